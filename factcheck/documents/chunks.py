"""A huge draft read in parts: chunks of whole paragraphs, each with its first line and
offset, so memory stays bounded whatever the input (`pipeline.scan_parts` scans them)."""

from __future__ import annotations

import codecs
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from factcheck.documents.decode import BOMS, DocumentError, decode_draft
from factcheck.documents.formats import detect_format
from factcheck.safeio import DRAFT_MAX_BYTES, describe_size, open_regular

_FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})")
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
        if self.line_no == 1 and self.offset == 0 and raw.startswith(tuple(b for b, _ in BOMS)):
            decode_draft(self.path, raw, self.line_no)
        if b"\0" in raw:
            decode_draft(self.path, raw, self.line_no)
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
