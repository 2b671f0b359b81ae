"""Turn text, Markdown and HTML drafts into prose segments whose offsets map back to the file.

This module reads files and splits plain text; the segment machinery lives in
:mod:`factcheck.documents.segments`, and the HTML and Markdown parsers in
:mod:`factcheck.documents.html` and :mod:`factcheck.documents.markdown`.
"""

from __future__ import annotations

import codecs
import os
import re
from bisect import bisect_right
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter

from factcheck.documents.html import html_segments
from factcheck.documents.segments import (
    Collector,
    Directive,
    OffsetMap,
    Segment,
    iter_comments,
    line_starts,
)
from factcheck.errors import LocatedError
from factcheck.safeio import DRAFT_MAX_BYTES, describe_size, open_regular, read_capped

__all__ = [
    "Directive",
    "Document",
    "DocumentError",
    "Segment",
    "decode_draft",
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

_TEXT_DIRECTIVE_RE = re.compile(
    r"^[^\S\n]*((?:#+|//)[^\S\n]*(factcheck[^\S\n]*:[^\n]*?))[^\S\n]*$", re.M | re.I
)
_BLANK_LINES_RE = re.compile(r"\n(?:[^\S\n]*\n)+")
_FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})")


class DocumentError(LocatedError):
    """A file that cannot be read as a UTF-8 text draft."""


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


# --- plain text ----------------------------------------------------------------------


def _text_segments(text: str, col: Collector, start: int) -> None:
    """Collect the paragraphs of plain text from ``start``: blank lines and directives end them."""
    # Spans cut from the prose: (start, end, ends_segment, directive inner text, directive start).
    cuts: list[tuple[int, int, bool, str | None, int]] = []
    if "<!--" in text:
        for c_start, c_end, c_inner in iter_comments(text, start):
            cuts.append((c_start, c_end, False, c_inner, c_start))
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


# --- public API ------------------------------------------------------------------------


def detect_format(path: str) -> str:
    """Return "markdown", "html" or "text" from a path's extension."""
    return _EXTENSIONS.get(os.path.splitext(str(path))[1].lower(), "text")


def parse_document(text: str, path: str = "-", format: str = "text") -> Document:
    """Split a draft's text into prose segments and directives."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    start = 1 if text.startswith("\ufeff") else 0
    col: Collector | None = None
    if format == "markdown":
        # Imported here: Markdown support loads markdown-it-py, which text and HTML never need.
        from factcheck.documents.markdown import markdown_segments

        col = markdown_segments(text, start)
    if col is None:
        col = Collector(OffsetMap(start))
        if format == "html":
            html_segments(text[start:], 0, col)
        else:
            # Plain text, or Markdown that markdown-it could not parse: paragraphs.
            _text_segments(text, col, start)
    starts = line_starts(text)

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


# Byte-order marks of encodings other than UTF-8, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def decode_draft(path: str, data: bytes) -> str:
    """Decode a whole draft's bytes as UTF-8, or raise DocumentError naming what it is.

    Drafts are UTF-8 (a UTF-8 byte-order mark is kept and takes no column). UTF-16 and
    UTF-32 files, recognised by their byte-order mark, are refused by name rather than
    decoded: positions, suppression comments and reports all assume UTF-8 files, and
    re-encoding a draft is a one-line fix for its author.
    """
    return _check_bytes(path, data)


def _check_bytes(path: str, data: bytes, first_line: int = 1) -> str:
    if first_line == 1:
        for bom, name in _BOMS:
            if data.startswith(bom):
                raise DocumentError(
                    path, 1, f"{name} text (byte-order mark at line 1); save it as UTF-8"
                )
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
            data = read_capped(path, DRAFT_MAX_BYTES)
        except OSError as exc:
            raise DocumentError(path, 0, f"cannot read file: {exc.strerror or exc}") from None
        text = _check_bytes(path, data)
    return parse_document(text, path, format or detect_format(path))


_SENTENCE_CUT_RE = re.compile(r"[.!?][\"'”’)\]]*[^\S\r\n]+(?=\S)")
_WORD_CUT_RE = re.compile(r"[^\S\r\n]+(?=\S)")


def _mid_line_rest(text: str) -> str:
    """Return the end of text's last line to carry into the next chunk when a long line is cut.

    The cut falls after the last sentence end on that line, else at its last space, so
    no number, word or sentence is split; a line without spaces is cut where it is.
    """
    line_start = max(text.rfind("\n"), text.rfind("\r")) + 1
    # Keep at least half of the line's text in this chunk, so chunks still progress.
    lo = line_start + (len(text) - line_start) // 2
    for pattern in (_SENTENCE_CUT_RE, _WORD_CUT_RE):
        last = deque(pattern.finditer(text, lo), maxlen=1)
        if last:
            return text[last[0].end() :]
    return ""


@dataclass
class _ChunkReader:
    """Where a chunked read of one file is: the text held, and the line and offset of each part."""

    path: str
    max_bytes: int
    markdown: bool
    decoder: codecs.IncrementalDecoder
    buf: list[str] = field(default_factory=list)
    buf_bytes: int = 0
    total: int = 0
    line_no: int = 1  # line of the next byte read
    offset: int = 0  # characters before the next text read
    chunk_line: int = 1
    chunk_offset: int = 0
    fence: str = ""  # the open Markdown code fence, whose blank lines never end a chunk

    def decode(self, raw: bytes) -> str:
        """Return one line read as text, or raise DocumentError for a BOM, NUL or bad UTF-8."""
        if self.line_no == 1 and self.offset == 0 and raw.startswith(tuple(b for b, _ in _BOMS)):
            _check_bytes(self.path, raw, self.line_no)
        if b"\0" in raw:
            _check_bytes(self.path, raw, self.line_no)
        try:
            return self.decoder.decode(raw)
        except UnicodeDecodeError as exc:
            bad = raw[exc.start] if exc.start < len(raw) else 0
            raise DocumentError(
                self.path, self.line_no, f"not UTF-8 text (byte 0x{bad:02x} at line {self.line_no})"
            ) from None

    def take(self, raw: bytes, s: str) -> None:
        """Hold one line, counting its bytes, characters and line breaks."""
        self.total += len(raw)
        if self.total > DRAFT_MAX_BYTES:
            raise DocumentError(self.path, 0,
                                f"cannot read file: larger than {describe_size(DRAFT_MAX_BYTES)}")
        self.buf.append(s)
        self.buf_bytes += len(raw)
        self.offset += len(s)
        breaks = s.count("\n")
        if "\r" in s:
            breaks += s.count("\r") - s.count("\r\n")
        self.line_no += breaks
        if self.markdown and raw.endswith(b"\n"):
            self.fence = _next_fence(self.fence, s)

    def full(self, s: str, whole: bool) -> bool:
        """Say whether the text held ends a chunk after this line."""
        hard = 4 * self.max_bytes
        blank = whole and not s.strip()
        return (
            (blank and self.buf_bytes >= self.max_bytes and not self.fence)
            or (whole and self.buf_bytes >= hard)
            or self.buf_bytes >= 2 * hard
        )

    def cut(self, whole: bool) -> tuple[str, int, int]:
        """Return the chunk held and start the next, carrying the rest of a cut line."""
        text = "".join(self.buf)
        keep = "" if whole else _mid_line_rest(text)
        if keep:  # cut a long line between sentences (or words), never inside one
            text = text[: len(text) - len(keep)]
        chunk = (text, self.chunk_line, self.chunk_offset)
        self.buf = [keep] if keep else []
        self.buf_bytes = len(keep.encode("utf-8", "surrogatepass")) if keep else 0
        self.chunk_line, self.chunk_offset = self.line_no, self.offset - len(keep)
        return chunk

    def finish(self) -> tuple[str, int, int] | None:
        """Return the last chunk, or None when nothing is left."""
        try:
            tail = self.decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise DocumentError(
                self.path, self.line_no,
                f"not UTF-8 text (truncated character at line {self.line_no})"
            ) from None
        self.buf.append(tail)
        return ("".join(self.buf), self.chunk_line, self.chunk_offset) if any(self.buf) else None


def _next_fence(fence: str, line: str) -> str:
    """Return the Markdown code fence open after a line, given the one open before it."""
    m = _FENCE_RE.match(line)
    if not m:
        return fence
    mark = m.group(1)
    if not fence:
        return mark
    if mark[0] == fence[0] and len(mark) >= len(fence) and not line[m.end() :].strip():
        return ""
    return fence


def iter_paragraph_chunks(
    path: str, max_bytes: int = 8 << 20, format: str | None = None
) -> Iterator[tuple[str, int, int]]:
    """Yield (text, first line, character offset) chunks of a file, split at blank lines.

    A chunk starts at a line start, except when a single line is longer than the hard
    limit: then it is cut between sentences (else words), and the next chunk starts
    mid-line (see pipeline.scan_parts, which shifts its first line's columns).
    """
    # A chunk ends at the first blank line after max_bytes (outside Markdown code fences); a
    # file with no blank lines is cut at a line end after 4 * max_bytes, and a single longer
    # line mid-line, so memory stays bounded whatever the input.
    path = str(path)
    max_bytes = max(int(max_bytes), 1)
    markdown = (format or detect_format(path)) == "markdown"
    reader = _ChunkReader(path, max_bytes, markdown,
                          codecs.getincrementaldecoder("utf-8")("strict"))
    try:
        fh = open_regular(path)  # closed in finally; reading is incremental
    except OSError as exc:
        raise DocumentError(path, 0, f"cannot read file: {exc.strerror or exc}") from None
    try:
        while raw := fh.readline(max_bytes):
            s = reader.decode(raw)
            reader.take(raw, s)
            if reader.full(s, raw.endswith(b"\n")):
                yield reader.cut(raw.endswith(b"\n"))
        last = reader.finish()
        if last is not None:
            yield last
    finally:
        fh.close()
