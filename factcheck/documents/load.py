"""Read a draft and parse it into a Document: prose segments whose offsets map back to the file.

Reading and decoding is `documents.decode`, the format `documents.formats`; the segments
come from `documents.plain`, `documents.html` and `documents.markdown` (machinery in
`documents.segments`); huge files are read in parts by `documents.chunks`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from factcheck.documents.decode import DocumentError, decode_draft
from factcheck.documents.formats import FORMATS, detect_format
from factcheck.documents.html import html_segments
from factcheck.documents.plain import text_segments
from factcheck.documents.segments import Collector, Directive, OffsetMap, Segment, line_starts
from factcheck.safeio import DRAFT_MAX_BYTES, read_capped

# extract/report.py still reads detect_format from here (documents.formats is its home).
__all__ = ["Document", "detect_format", "load_document", "parse_document"]


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
            text_segments(text, col, start)
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


def load_document(path: str, text: str | None = None, format: str | None = None) -> Document:
    """Read (unless ``text`` is given) and parse a draft; raise DocumentError if not UTF-8 text."""
    path = str(path)
    if text is None:
        try:
            data = read_capped(path, DRAFT_MAX_BYTES)
        except OSError as exc:
            raise DocumentError(path, 0, f"cannot read file: {exc.strerror or exc}") from None
        text = decode_draft(path, data)
    return parse_document(text, path, format or detect_format(path))
