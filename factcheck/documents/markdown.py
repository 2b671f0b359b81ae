"""Find the prose in Markdown drafts with markdown-it-py, mapping every piece to the source.

markdown-it-py is imported on first use, so importing this module stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from factcheck.documents.html import html_segments
from factcheck.documents.segments import COMMENT_RE, Builder, Collector, OffsetMap, nl_line_starts

__all__ = ["markdown_segments"]

_md_parser: Any = None


def _markdown_parser() -> Any:
    """Return the shared markdown-it parser, importing and configuring it on first use."""
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

    def __init__(self, norm: str, col: Collector, env: dict[str, Any]) -> None:
        self.norm = norm
        self.env = env
        self.col = col
        self.starts = nl_line_starts(norm)
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
                    html_segments(self.norm[start:end], start, self.col)
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
                self.col.open_cell(ty == "th_open")
            elif ty in ("th_close", "td_close"):
                self.col.close_cell()
            elif ty == "table_open":
                self.col.table()
            elif ty == "tr_open":
                self.col.row()
            elif ty == "paragraph_open":
                if containers and containers[-1] == "list_item_open":
                    kind = "list-item"
                elif containers:
                    kind = "blockquote"
                else:
                    kind = "paragraph"

    def plain(self, content: str, pos: int, end: int, b: Builder) -> int:
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

    def place(self, s: str, pos: int, end: int, b: Builder | None) -> int:
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
        self, children: Sequence[Any], pos: int, end: int, b: Builder, skip: list[str]
    ) -> int:
        """Place inline tokens in the source from pos, emitting their prose; return their end."""
        norm = self.norm
        autolink = False
        for c in children:
            ty = c.type
            emit = None if (autolink or skip) else b
            if ty == "text":
                pos = self.place(c.content, pos, end, emit)
            elif ty == "text_special":
                pos = self.text_special(c, pos, end, emit)
            elif ty in ("softbreak", "hardbreak"):
                pos = self.line_break(pos, end, emit)
            elif ty == "code_inline":
                at = pos
                pos = self.skip_code(c.markup or "`", pos, end)
                if emit is not None and pos > at:
                    # Code is no prose, but it parts the words beside it: "1`0`0" is no "10".
                    emit.replace(" ", at, pos)
            elif ty == "html_inline":
                pos = self.html_inline(c.content, pos, end, skip)
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

    def text_special(self, c: Any, pos: int, end: int, emit: Builder | None) -> int:
        """Place an escaped or entity character ("\\*", "&amp;") as the character it stands for."""
        at = self.norm.find(c.markup, pos, end) if c.markup else -1
        if at < 0:
            return self.place(c.content, pos, end, emit)
        if emit is not None:
            emit.replace(c.content, at, at + len(c.markup))
        return at + len(c.markup)

    def line_break(self, pos: int, end: int, emit: Builder | None) -> int:
        """Place a soft or hard line break as one newline."""
        nl = self.norm.find("\n", pos, end)
        if nl < 0:
            if emit is not None:
                emit.replace("\n", pos, pos)
            return pos
        if emit is not None:
            emit.replace("\n", nl, nl + 1)
        return nl + 1

    def html_inline(self, content: str, pos: int, end: int, skip: list[str]) -> int:
        """Place inline HTML: read a comment's directive, open or close a skipped element."""
        at = self.norm.find(content, pos, end)
        if at < 0:
            return pos
        stop = at + len(content)
        m = COMMENT_RE.fullmatch(content)
        if m:
            self.col.comment(m.group(1), at, stop)
        elif (o := _INLINE_SKIP_OPEN_RE.fullmatch(content)) and not o.group(2):
            skip.append(o.group(1).lower())
        elif (cl := _INLINE_SKIP_CLOSE_RE.fullmatch(content)) and cl.group(1).lower() in skip:
            while skip and skip.pop() != cl.group(1).lower():
                pass
        return stop

    def skip_code(self, ticks: str, pos: int, end: int) -> int:
        """Skip a code span delimited by backtick runs of exactly ``len(ticks)``."""
        run = re.compile(r"(?<!`)" + re.escape(ticks) + r"(?!`)")
        m = run.search(self.norm, pos, end)
        if not m:
            return pos
        m2 = run.search(self.norm, m.end(), end)
        return m2.end() if m2 else m.end()


def markdown_segments(text: str, start: int) -> Collector | None:
    """Collect the prose of a Markdown draft from ``start``; None if markdown-it fails on it."""
    body = text[start:] if start else text
    removed: list[int] = []
    if "\r" in body:
        if "\r\n" in body:
            removed = [m.start() - i for i, m in enumerate(re.finditer("\r\n", body))]
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in body:
        body = body.replace("\0", "\ufffd")  # what markdown-it's normaliser does; same length
    col = Collector(OffsetMap(start, removed))
    try:
        env: dict[str, Any] = {}
        tokens = _markdown_parser().parse(body, env)
    except Exception:  # the caller falls back to paragraphs rather than fail the file
        return None
    _MarkdownWalker(body, col, env).walk(tokens)
    col.flush()
    return col
