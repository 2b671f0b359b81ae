"""Turn text, Markdown and HTML drafts into prose segments whose offsets map back to the file."""

from __future__ import annotations

import codecs
import html
import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from operator import itemgetter
from typing import Any

__all__ = [
    "Directive",
    "Document",
    "DocumentError",
    "Segment",
    "detect_format",
    "iter_paragraph_chunks",
    "load_document",
    "parse_document",
]

FORMATS: tuple[str, ...] = ("text", "markdown", "html")

_EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

# A run is (segment start, original start, segment length, original length). Equal lengths
# mean a one-to-one copy; unequal lengths mean a replacement (an entity, an escape, a line
# break) whose characters all map to the whole original span.
Run = tuple[int, int, int, int]

_run_start = itemgetter(0)

# Bare URLs carry digits (ids, dates) that are never statistics.
_URL_RE = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}]", re.I)
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
_COMMENT_RE = re.compile(r"<!--(.*?)-->", re.S)
_DIRECTIVE_START_RE = re.compile(r"\s*factcheck\s*:", re.I)
_TEXT_DIRECTIVE_RE = re.compile(
    r"^[^\S\n]*((?:#+|//)[^\S\n]*(factcheck[^\S\n]*:[^\n]*?))[^\S\n]*$", re.M | re.I
)
_BLANK_LINES_RE = re.compile(r"\n(?:[^\S\n]*\n)+")
_FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})")


class DocumentError(Exception):
    """A file that cannot be read as a UTF-8 text draft."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(path, line, message)
        self.path = path
        self.line = line
        self.message = message

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}: {self.message}"
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class Segment:
    """A block of prose (paragraph, heading, list item, cell) with a map back to the file."""

    text: str
    runs: tuple[Run, ...]
    kind: str = "paragraph"

    def _run_at(self, i: int) -> Run:
        k = bisect_right(self.runs, i, key=_run_start) - 1
        return self.runs[max(k, 0)]

    def to_original(self, i: int) -> int:
        """Return the file offset where segment character ``i`` starts."""
        if not self.runs:
            return 0
        if i >= len(self.text):
            return self.to_original_end(len(self.text))
        seg, orig, seg_len, orig_len = self._run_at(max(i, 0))
        if seg_len == orig_len:
            return orig + max(i, 0) - seg
        return orig

    def to_original_end(self, i: int) -> int:
        """Return the file offset just past segment character ``i - 1`` (for exclusive ends)."""
        if not self.runs:
            return 0
        if i <= 0:
            return self.to_original(0)
        c = min(i, len(self.text)) - 1
        seg, orig, seg_len, orig_len = self._run_at(c)
        if seg_len == orig_len:
            return orig + c - seg + 1
        return orig + orig_len

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the file span of segment characters ``start:end``."""
        return self.to_original(start), self.to_original_end(end)

    @property
    def start(self) -> int:
        """Return the file offset of the segment's first character."""
        return self.to_original(0)

    @property
    def end(self) -> int:
        """Return the file offset just past the segment's last character."""
        return self.to_original_end(len(self.text))


@dataclass(frozen=True, slots=True)
class Directive:
    """A ``factcheck:`` comment found in a draft."""

    line: int  # 1-based line of the comment's first character
    column: int  # 1-based, in characters
    text: str  # the inside of the comment, stripped: "factcheck: ignore FC101 -- reason"
    offset: int = 0  # file offsets of the whole comment, delimiters included
    end: int = 0
    end_line: int = 0  # line of the comment's last character


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed draft: its original text, prose segments and factcheck directives."""

    path: str
    text: str
    format: str
    segments: tuple[Segment, ...]
    directives: tuple[Directive, ...]
    line_starts: tuple[int, ...] = field(default=(0,), repr=False, compare=False)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a file offset; a BOM takes no column."""
        offset = min(max(offset, 0), len(self.text))
        line = bisect_right(self.line_starts, offset)
        column = offset - self.line_starts[line - 1] + 1
        if line == 1 and self.text.startswith("\ufeff") and offset > 0:
            column -= 1
        return line, column

    @property
    def line_count(self) -> int:
        """Return the number of lines in the file."""
        return len(self.line_starts)

    def line_span(self, line: int) -> tuple[int, int]:
        """Return the file span of a 1-based line, without its line break."""
        if line < 1 or line > len(self.line_starts):
            return len(self.text), len(self.text)
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def line_text(self, line: int) -> str:
        """Return the text of a 1-based line, without its line break."""
        start, end = self.line_span(line)
        return self.text[start:end]


# --- building segments ----------------------------------------------------------------


class _OffsetMap:
    """Map offsets in a normalised copy of the file (BOM cut, CRLF folded) to the original."""

    __slots__ = ("base", "removed")

    def __init__(self, base: int = 0, removed: Sequence[int] = ()) -> None:
        self.base = base
        self.removed = removed  # normalised offsets of "\n" characters that were "\r\n"

    def orig(self, k: int) -> int:
        """Return the original offset of normalised offset ``k``."""
        if not self.removed:
            return self.base + k
        return self.base + k + bisect_right(self.removed, k)

    def orig_end(self, k: int) -> int:
        """Return the original exclusive end for a normalised exclusive end ``k``."""
        if k <= 0 or not self.removed:
            return self.base + k
        return self.orig(k - 1) + 1

    def pieces(self, k: int, length: int) -> Iterator[tuple[int, int, int]]:
        """Yield (piece offset, original start, length) runs that copy one-to-one."""
        if not self.removed:
            yield 0, self.base + k, length
            return
        i = bisect_right(self.removed, k)
        done = 0
        while i < len(self.removed) and self.removed[i] < k + length:
            cut = self.removed[i] - k
            if cut > done:
                yield done, self.orig(k + done), cut - done
                done = cut
            i += 1
        yield done, self.orig(k + done), length - done


class _Builder:
    """Accumulate one segment's text and runs."""

    __slots__ = ("kind", "length", "omap", "parts", "runs")

    def __init__(self, omap: _OffsetMap, kind: str = "paragraph") -> None:
        self.omap = omap
        self.kind = kind
        self.parts: list[str] = []
        self.runs: list[list[int]] = []
        self.length = 0

    def add(self, s: str, k: int) -> None:
        """Append text copied verbatim from normalised offset ``k``, minus bare URLs."""
        if not s:
            return
        if "://" in s or "www." in s or "WWW." in s:
            last = 0
            for m in _URL_RE.finditer(s):
                self._copy(s[last : m.start()], k + last)
                last = m.end()
            self._copy(s[last:], k + last)
        else:
            self._copy(s, k)

    def _copy(self, s: str, k: int) -> None:
        if not s:
            return
        omap = self.omap
        if not omap.removed:
            self._append(s, omap.base + k)
            return
        for off, orig, n in omap.pieces(k, len(s)):
            self._append(s[off : off + n], orig)

    def _append(self, piece: str, orig: int) -> None:
        n = len(piece)
        runs = self.runs
        if runs:
            last = runs[-1]
            if (
                last[2] == last[3]
                and last[0] + last[2] == self.length
                and last[1] + last[3] == orig
            ):
                # Contiguous with the previous copy: extend it rather than add a run.
                last[2] += n
                last[3] += n
                self.parts.append(piece)
                self.length += n
                return
        runs.append([self.length, orig, n, n])
        self.parts.append(piece)
        self.length += n

    def replace(self, s: str, k: int, k_end: int) -> None:
        """Append text that stands for the normalised span ``k:k_end`` (an entity, a break)."""
        if not s:
            return
        orig = self.omap.orig(k)
        orig_len = max(self.omap.orig_end(k_end) - orig, 0)
        if orig_len == len(s):
            # A same-length stand-in (NUL -> U+FFFD) still maps one character to one.
            self._copy_raw(s, orig)
            return
        self.runs.append([self.length, orig, len(s), orig_len])
        self.parts.append(s)
        self.length += len(s)

    def _copy_raw(self, s: str, orig: int) -> None:
        self.runs.append([self.length, orig, len(s), len(s)])
        self.parts.append(s)
        self.length += len(s)

    def build(self) -> Segment | None:
        """Return the stripped segment, or None when it holds no prose."""
        text = "".join(self.parts)
        lead = len(text) - len(text.lstrip())
        stripped = text.strip()
        if not stripped:
            return None
        stop = lead + len(stripped)
        runs: list[Run] = []
        for seg, orig, seg_len, orig_len in self.runs:
            lo, hi = max(seg, lead), min(seg + seg_len, stop)
            if lo >= hi:
                continue
            if seg_len == orig_len:
                runs.append((lo - lead, orig + lo - seg, hi - lo, hi - lo))
            elif lo == seg and hi == seg + seg_len:
                runs.append((lo - lead, orig, seg_len, orig_len))
            else:
                # A replacement cut by the strip keeps its whole original span.
                runs.append((lo - lead, orig, hi - lo, orig_len))
        return Segment(stripped, tuple(runs), self.kind)


class _Collector:
    """Collect segments and directives for one document."""

    def __init__(self, omap: _OffsetMap) -> None:
        self.omap = omap
        self.segments: list[Segment] = []
        self.directives: list[tuple[int, int, str]] = []  # (orig start, orig end, inner text)
        self.current: _Builder | None = None

    def builder(self, kind: str = "paragraph") -> _Builder:
        """Return the open builder, opening one of ``kind`` if none is open."""
        if self.current is None:
            self.current = _Builder(self.omap, kind)
        return self.current

    def flush(self) -> None:
        """Close the open segment, keeping it if it holds prose."""
        if self.current is not None:
            seg = self.current.build()
            if seg is not None:
                self.segments.append(seg)
            self.current = None

    def comment(self, inner: str, k: int, k_end: int) -> None:
        """Record a comment spanning normalised ``k:k_end`` if it is a factcheck directive."""
        if _DIRECTIVE_START_RE.match(inner):
            self.directives.append((self.omap.orig(k), self.omap.orig_end(k_end), inner.strip()))


def _line_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _LINE_BREAK_RE.finditer(text)))


def _nl_line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text))]


# --- plain text ----------------------------------------------------------------------


def _text_segments(text: str, col: _Collector, start: int) -> None:
    # Spans cut from the prose: (start, end, ends_segment, directive inner text, directive start).
    cuts: list[tuple[int, int, bool, str | None, int]] = []
    if "<!--" in text:
        for m in _COMMENT_RE.finditer(text, start):
            cuts.append((m.start(), m.end(), False, m.group(1), m.start()))
    if re.search("factcheck", text, re.I):
        for m in _TEXT_DIRECTIVE_RE.finditer(text, start):
            cuts.append((m.start(), m.end(), True, m.group(2), m.start(1)))
    for m in _BLANK_LINES_RE.finditer(text, start):
        cuts.append((m.start(), m.end(), True, None, 0))
    cuts.sort(key=itemgetter(0, 1))
    base = col.omap.base
    cur = start
    for s, e, breaks, inner, at in cuts:
        if s >= cur:
            if s > cur:
                col.builder().add(text[cur:s], cur - base)
            if inner is not None:
                col.comment(inner, at - base, e - base)
        if breaks:
            col.flush()
        cur = max(cur, e)
    if cur < len(text):
        col.builder().add(text[cur:], cur - base)
    col.flush()


# --- HTML ------------------------------------------------------------------------------

_SKIP_TAGS = frozenset(
    "script style pre code noscript template textarea svg math kbd samp var object iframe"
    " select".split()
)
_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_BLOCK_KINDS = {
    **dict.fromkeys(
        "p div section article main header footer aside nav figure address details summary"
        " form fieldset legend body html head br hr ul ol dl tr table thead tbody tfoot"
        " option pre".split(),
        "paragraph",
    ),
    **dict.fromkeys("h1 h2 h3 h4 h5 h6 title".split(), "heading"),
    **dict.fromkeys("li dt dd".split(), "list-item"),
    **dict.fromkeys("td th".split(), "table-cell"),
    **dict.fromkeys("figcaption caption".split(), "caption"),
    "blockquote": "blockquote",
}


class _HTMLSegmenter(HTMLParser):
    """Feed HTML events into a collector with exact offsets."""

    def __init__(self, src: str, base: int, col: _Collector) -> None:
        super().__init__(convert_charrefs=False)
        self.src = src
        self.base = base  # normalised offset of src[0]
        self.col = col
        self.starts = _nl_line_starts(src)
        self.skip: list[str] = []
        self.kind = "paragraph"

    def _here(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def _block(self, tag: str) -> None:
        self.col.flush()
        self.kind = _BLOCK_KINDS.get(tag, "paragraph")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip.append(tag)
        if tag in _BLOCK_KINDS:
            self._block(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_KINDS:
            self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skip:
            # Close the innermost matching element and anything left open inside it.
            while self.skip and self.skip.pop() != tag:
                pass
        if tag in _BLOCK_KINDS:
            self.col.flush()
            self.kind = "paragraph"

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        self.col.builder(self.kind).add(data, self.base + self._here())

    def _reference(self, raw_start: int, body_len: int) -> None:
        if self.skip:
            return
        end = raw_start + body_len
        if self.src.startswith(";", end):
            end += 1
        raw = self.src[raw_start:end]
        decoded = html.unescape(raw)
        b = self.col.builder(self.kind)
        if decoded == raw:
            b.add(raw, self.base + raw_start)
        else:
            b.replace(decoded, self.base + raw_start, self.base + end)

    def handle_entityref(self, name: str) -> None:
        self._reference(self._here(), len(name) + 1)

    def handle_charref(self, name: str) -> None:
        self._reference(self._here(), len(name) + 2)

    def handle_comment(self, data: str) -> None:
        start = self._here()
        end = self.src.find("-->", start)
        end = len(self.src) if end < 0 else end + 3
        self.col.comment(data, self.base + start, self.base + end)


def _html_segments(src: str, base: int, col: _Collector) -> None:
    parser = _HTMLSegmenter(src, base, col)
    try:
        parser.feed(src)
        # A tag cut off at the end of the input is a tag to browsers too, not text.
        if not parser.rawdata.startswith("<"):
            parser.close()
    except Exception:  # a broken draft must still yield what was parsed
        pass
    col.flush()


# --- Markdown --------------------------------------------------------------------------

_md_parser: Any = None


def _markdown_parser() -> Any:
    global _md_parser
    if _md_parser is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
        # Keep escapes and entities as separate tokens so each maps to its own source span.
        md.disable("text_join", ignoreInvalid=True)
        # Inline parsing runs per block in the walker, and only where markup can occur.
        md.disable("inline")
        _md_parser = md
    return _md_parser


_INLINE_SKIP_OPEN_RE = re.compile(
    r"<(script|style|pre|code|noscript|template|textarea|kbd|samp|var)\b[^>]*?(/?)>", re.I
)
_INLINE_SKIP_CLOSE_RE = re.compile(
    r"</(script|style|pre|code|noscript|template|textarea|kbd|samp|var)\s*>", re.I
)


# Characters that can start inline markup (emphasis, code, links, HTML, entities, escapes);
# a hard break needs two spaces before a newline.
_MD_INLINE_MARKUP_RE = re.compile(r"[*_`\[\]!<>&\\]|  \n")


class _MarkdownWalker:
    """Walk markdown-it tokens, locating each text piece in the normalised source."""

    def __init__(self, norm: str, col: _Collector, env: dict[str, Any]) -> None:
        self.norm = norm
        self.env = env
        self.col = col
        self.starts = _nl_line_starts(norm)
        self.cursor = 0

    def line_start(self, line: int) -> int:
        if line < len(self.starts):
            return self.starts[line]
        return len(self.norm)

    def walk(self, tokens: Sequence[Any]) -> None:
        containers: list[str] = []
        kind = "paragraph"
        for tok in tokens:
            ty = tok.type
            if ty == "inline":
                if tok.map is not None:
                    start = max(self.cursor, self.line_start(tok.map[0]))
                    end = max(self.line_start(tok.map[1]), start)
                else:
                    start, end = self.cursor, len(self.norm)
                b = self.col.builder(kind)
                content = tok.content
                if _MD_INLINE_MARKUP_RE.search(content):
                    children: list[Any] = []
                    md = _markdown_parser()
                    md.inline.parse(content, md, self.env, children)
                    self.cursor = self.inline(children, start, end, b, [])
                else:
                    self.cursor = self.plain(content, start, end, b)
                self.col.flush()
            elif ty in ("fence", "code_block", "front_matter", "hr"):
                if tok.map is not None:
                    self.cursor = max(self.cursor, self.line_start(tok.map[1]))
            elif ty == "html_block":
                if tok.map is not None:
                    start = max(self.cursor, self.line_start(tok.map[0]))
                    end = max(self.line_start(tok.map[1]), start)
                    self.col.flush()
                    _html_segments(self.norm[start:end], start, self.col)
                    self.cursor = end
            elif ty in ("list_item_open", "blockquote_open"):
                containers.append(ty)
            elif ty in ("list_item_close", "blockquote_close"):
                if containers:
                    containers.pop()
            elif ty == "heading_open":
                kind = "heading"
            elif ty in ("th_open", "td_open"):
                kind = "table-cell"
            elif ty == "paragraph_open":
                if containers and containers[-1] == "list_item_open":
                    kind = "list-item"
                elif containers:
                    kind = "blockquote"
                else:
                    kind = "paragraph"

    def plain(self, content: str, pos: int, end: int, b: _Builder) -> int:
        """Place inline content that holds no markup: text lines joined by line breaks."""
        first = True
        for line in content.split("\n"):
            if not first:
                nl = self.norm.find("\n", pos, end)
                if nl >= 0:
                    b.replace("\n", nl, nl + 1)
                    pos = nl + 1
                else:
                    b.replace("\n", pos, pos)
            first = False
            pos = self.place(line.strip(" \t"), pos, end, b)
        return pos

    def place(self, s: str, pos: int, end: int, b: _Builder | None) -> int:
        """Locate ``s`` at or after ``pos`` and append it; return the new cursor."""
        if not s:
            return pos
        at = self.norm.find(s, pos, end)
        if at >= 0:
            if b is not None:
                b.add(s, at)
            return at + len(s)
        # The token's text differs from the source (tabs, escaped pipes): align by character.
        p = pos
        for ch in s:
            j = self.norm.find(ch, p, min(end, p + 8))
            if j >= 0:
                if b is not None:
                    b.add(ch, j)
                p = j + 1
            elif b is not None:
                b.replace(ch, p, p)
        return p

    def skip_destination(self, pos: int, end: int) -> int:
        """Skip a link's ``](url "title")`` or ``][ref]`` tail; return the new cursor."""
        norm = self.norm
        j = norm.find("]", pos, end)
        if j < 0:
            return pos
        k = j + 1
        if k < end and norm[k] == "(":
            depth = 0
            quote = ""
            i = k
            while i < end:
                ch = norm[i]
                if ch == "\\":
                    i += 2
                    continue
                if quote:
                    if ch == quote:
                        quote = ""
                elif ch in "\"'" and depth == 1 and norm[i - 1] in " \t\n":
                    quote = ch
                elif ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        return i + 1
                i += 1
            return k + 1
        if k < end and norm[k] == "[":
            close = norm.find("]", k, end)
            return close + 1 if close >= 0 else k + 1
        return k

    def inline(
        self, children: Sequence[Any], pos: int, end: int, b: _Builder, skip: list[str]
    ) -> int:
        norm = self.norm
        autolink = False
        for c in children:
            ty = c.type
            emit = None if (autolink or skip) else b
            if ty == "text":
                pos = self.place(c.content, pos, end, emit)
            elif ty == "text_special":
                at = norm.find(c.markup, pos, end) if c.markup else -1
                if at >= 0:
                    if emit is not None:
                        emit.replace(c.content, at, at + len(c.markup))
                    pos = at + len(c.markup)
                else:
                    pos = self.place(c.content, pos, end, emit)
            elif ty in ("softbreak", "hardbreak"):
                nl = norm.find("\n", pos, end)
                if nl < 0:
                    if emit is not None:
                        emit.replace("\n", pos, pos)
                else:
                    if emit is not None:
                        emit.replace("\n", nl, nl + 1)
                    pos = nl + 1
            elif ty == "code_inline":
                pos = self.skip_code(c.markup or "`", pos, end)
            elif ty == "html_inline":
                at = norm.find(c.content, pos, end)
                if at < 0:
                    continue
                stop = at + len(c.content)
                m = _COMMENT_RE.fullmatch(c.content)
                if m:
                    self.col.comment(m.group(1), at, stop)
                elif (o := _INLINE_SKIP_OPEN_RE.fullmatch(c.content)) and not o.group(2):
                    skip.append(o.group(1).lower())
                elif (cl := _INLINE_SKIP_CLOSE_RE.fullmatch(c.content)) and cl.group(
                    1
                ).lower() in skip:
                    while skip and skip.pop() != cl.group(1).lower():
                        pass
                pos = stop
            elif ty == "link_open":
                if c.markup == "autolink" or c.info == "auto":
                    autolink = True
            elif ty == "link_close":
                if autolink:
                    gt = norm.find(">", pos, end)
                    pos = gt + 1 if gt >= 0 else pos
                    autolink = False
                else:
                    pos = self.skip_destination(pos, end)
            elif ty == "image":
                at = norm.find("![", pos, end)
                if at >= 0:
                    pos = at + 2
                pos = self.inline(c.children or [], pos, end, b, skip)
                pos = self.skip_destination(pos, end)
        return pos

    def skip_code(self, ticks: str, pos: int, end: int) -> int:
        """Skip a code span delimited by backtick runs of exactly ``len(ticks)``."""
        run = re.compile(r"(?<!`)" + re.escape(ticks) + r"(?!`)")
        m = run.search(self.norm, pos, end)
        if not m:
            return pos
        m2 = run.search(self.norm, m.end(), end)
        return m2.end() if m2 else m.end()


def _markdown_segments(
    text: str, col_factory: Callable[[_OffsetMap], _Collector], start: int
) -> _Collector:
    body = text[start:] if start else text
    removed: list[int] = []
    if "\r" in body:
        if "\r\n" in body:
            removed = [m.start() - i for i, m in enumerate(re.finditer("\r\n", body))]
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in body:
        body = body.replace("\0", "\ufffd")  # what markdown-it's normaliser does; same length
    col = col_factory(_OffsetMap(start, removed))
    try:
        env: dict[str, Any] = {}
        tokens = _markdown_parser().parse(body, env)
    except Exception:  # fall back to paragraphs rather than fail the file
        col = col_factory(_OffsetMap(start))
        _text_segments(text, col, start)
        return col
    _MarkdownWalker(body, col, env).walk(tokens)
    col.flush()
    return col


# --- public API ------------------------------------------------------------------------


def detect_format(path: str) -> str:
    """Return "markdown", "html" or "text" from a path's extension."""
    return _EXTENSIONS.get(os.path.splitext(str(path))[1].lower(), "text")


def parse_document(text: str, path: str = "-", format: str = "text") -> Document:
    """Split a draft's text into prose segments and directives."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    start = 1 if text.startswith("\ufeff") else 0
    if format == "markdown":
        col = _markdown_segments(text, _Collector, start)
    else:
        col = _Collector(_OffsetMap(start))
        if format == "html":
            _html_segments(text[start:], 0, col)
        else:
            _text_segments(text, col, start)
    starts = _line_starts(text)

    def position(offset: int) -> tuple[int, int]:
        line = bisect_right(starts, offset)
        column = offset - starts[line - 1] + 1 - (1 if line == 1 and start and offset else 0)
        return line, column

    directives = []
    for s, e, inner in sorted(col.directives):
        line, column = position(s)
        end_line = bisect_right(starts, max(e - 1, s))
        directives.append(Directive(line, column, inner, s, e, end_line))
    return Document(
        path=path,
        text=text,
        format=format,
        segments=tuple(col.segments),
        directives=tuple(directives),
        line_starts=starts,
    )


def _check_bytes(path: str, data: bytes, first_line: int = 1) -> str:
    nul = data.find(b"\0")
    if nul >= 0:
        line = first_line + data.count(b"\n", 0, nul)
        raise DocumentError(path, line, f"binary file, not text (NUL byte at line {line})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        bad = data[exc.start]
        raise DocumentError(
            path, line, f"not UTF-8 text (byte 0x{bad:02x} at line {line})"
        ) from None


def load_document(path: str, text: str | None = None, format: str | None = None) -> Document:
    """Read (unless ``text`` is given) and parse a draft; raise DocumentError if not UTF-8 text."""
    path = str(path)
    if text is None:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise DocumentError(path, 0, f"cannot read file: {exc.strerror or exc}") from None
        text = _check_bytes(path, data)
    return parse_document(text, path, format or detect_format(path))


def iter_paragraph_chunks(
    path: str, max_bytes: int = 8 << 20, format: str | None = None
) -> Iterator[tuple[str, int, int]]:
    """Yield (text, first line, character offset) chunks of a file, split at blank lines."""
    # A chunk ends at the first blank line after max_bytes (outside Markdown code fences); a
    # file with no blank lines is cut at a line end after 4 * max_bytes, and a single longer
    # line mid-line, so memory stays bounded whatever the input.
    path = str(path)
    max_bytes = max(int(max_bytes), 1)
    markdown = (format or detect_format(path)) == "markdown"
    hard = 4 * max_bytes
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    buf: list[str] = []
    buf_bytes = 0
    line_no = 1  # line of the next byte read
    offset = 0  # characters before the next text read
    chunk_line, chunk_offset = 1, 0
    fence = ""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally; reading is incremental
    except OSError as exc:
        raise DocumentError(path, 0, f"cannot read file: {exc.strerror or exc}") from None
    try:
        while True:
            raw = fh.readline(max_bytes)
            if not raw:
                break
            if b"\0" in raw:
                _check_bytes(path, raw, line_no)
            try:
                s = decoder.decode(raw)
            except UnicodeDecodeError as exc:
                bad = raw[exc.start] if exc.start < len(raw) else 0
                raise DocumentError(
                    path, line_no, f"not UTF-8 text (byte 0x{bad:02x} at line {line_no})"
                ) from None
            whole = raw.endswith(b"\n")
            buf.append(s)
            buf_bytes += len(raw)
            offset += len(s)
            breaks = s.count("\n")
            if "\r" in s:
                breaks += s.count("\r") - s.count("\r\n")
            line_no += breaks
            if markdown and whole:
                m = _FENCE_RE.match(s)
                if m:
                    mark = m.group(1)
                    if not fence:
                        fence = mark
                    elif (
                        mark[0] == fence[0] and len(mark) >= len(fence) and not s[m.end() :].strip()
                    ):
                        fence = ""
            blank = whole and not s.strip()
            if (
                (blank and buf_bytes >= max_bytes and not fence)
                or (whole and buf_bytes >= hard)
                or buf_bytes >= 2 * hard
            ):
                yield "".join(buf), chunk_line, chunk_offset
                buf, buf_bytes = [], 0
                chunk_line, chunk_offset = line_no, offset
        try:
            tail = decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise DocumentError(
                path, line_no, f"not UTF-8 text (truncated character at line {line_no})"
            ) from None
        buf.append(tail)
        if any(buf):
            yield "".join(buf), chunk_line, chunk_offset
    finally:
        fh.close()
