"""Build prose segments from a draft: text pieces with a map back to their file offsets.

The format parsers (plain text, HTML, Markdown) feed a :class:`Collector` with pieces of
prose located in a normalised copy of the file (BOM cut, CRLF folded); an
:class:`OffsetMap` maps those offsets back to the original, and each :class:`Builder` keeps
the runs that let a :class:`Segment` map any of its characters back to the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter

__all__ = [
    "COMMENT_RE",
    "Builder",
    "Collector",
    "Directive",
    "OffsetMap",
    "Run",
    "Segment",
    "iter_comments",
    "line_starts",
    "nl_line_starts",
]

# A run is (segment start, original start, segment length, original length). Equal lengths
# mean a one-to-one copy; unequal lengths mean a replacement (an entity, an escape, a line
# break) whose characters all map to the whole original span.
Run = tuple[int, int, int, int]

_run_start = itemgetter(0)

# Bare URLs carry digits (ids, dates) that are never statistics.
_URL_RE = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}]", re.I)
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
# An HTML comment, in HTML, Markdown and plain text alike; group 1 is its inside. Match it
# against one comment only (fullmatch): searching a text with it rescans to the end for
# every unclosed "<!--"; iter_comments finds comments in linear time.
COMMENT_RE = re.compile(r"<!--(.*?)-->", re.S)


def iter_comments(text: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, inside) of each HTML comment in text from ``start``, in linear time.

    As COMMENT_RE.finditer would, but once a "<!--" has no "-->" after it, no later one
    has either, so the search stops there instead of rescanning the rest for each.
    """
    pos = start
    while True:
        open_at = text.find("<!--", pos)
        if open_at < 0:
            return
        close_at = text.find("-->", open_at + 4)
        if close_at < 0:
            return
        yield open_at, close_at + 3, text[open_at + 4 : close_at]
        pos = close_at + 3
_DIRECTIVE_START_RE = re.compile(r"\s*factcheck\s*:", re.I)


Cell = tuple[int, int, int, bool]  # (table, row, column, is a header cell)


@dataclass(frozen=True, slots=True)
class Segment:
    """A block of prose (paragraph, heading, list item, cell) with a map back to the file."""

    text: str
    runs: tuple[Run, ...]
    kind: str = "paragraph"
    cell: Cell | None = None  # a table cell's place: (table, row, column, is a header cell)

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



class OffsetMap:
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


class Builder:
    """Accumulate one segment's text and runs."""

    __slots__ = ("cell", "kind", "length", "omap", "parts", "runs")

    def __init__(self, omap: OffsetMap, kind: str = "paragraph", cell: Cell | None = None) -> None:
        self.omap = omap
        self.kind = kind
        self.cell = cell
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
        return Segment(stripped, tuple(runs), self.kind, self.cell)


class Collector:
    """Collect segments and directives for one document."""

    def __init__(self, omap: OffsetMap) -> None:
        self.omap = omap
        self.segments: list[Segment] = []
        self.directives: list[tuple[int, int, str]] = []  # (orig start, orig end, inner text)
        self.current: Builder | None = None
        self.cell: Cell | None = None  # the table cell being read, if any
        self._tables = self._row = self._col = -1

    def builder(self, kind: str = "paragraph") -> Builder:
        """Return the open builder, opening one of ``kind`` if none is open."""
        if self.current is None:
            self.current = Builder(self.omap, kind, self.cell if kind == "table-cell" else None)
        return self.current

    def table(self) -> None:
        """Start a table: its rows and cells are counted from here."""
        self._tables += 1
        self._row = -1

    def row(self) -> None:
        """Start a table row."""
        self._row += 1
        self._col = -1

    def open_cell(self, header: bool) -> None:
        """Start a table cell (header cells are <th> or a Markdown table's first row)."""
        self.flush()
        self._col += 1
        self.cell = (max(self._tables, 0), max(self._row, 0), self._col, header)

    def close_cell(self) -> None:
        """End a table cell."""
        self.flush()
        self.cell = None

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


def line_starts(text: str) -> tuple[int, ...]:
    """Return the offset of every line start, counting CRLF, CR and LF as breaks."""
    return (0, *(m.end() for m in _LINE_BREAK_RE.finditer(text)))


def nl_line_starts(text: str) -> list[int]:
    """Return the offset of every line start in text whose only breaks are LF."""
    return [0, *(m.end() for m in re.finditer("\n", text))]

