"""Read a table cell as a reader does: with its row's label, its column's header, and the
unit or scale the header gives ("Jobs added (thousands)", "Amount ($ millions)", "Rate (%)").

A number in a cell is extracted as if the header's unit were written beside it, so "11.5"
under "(thousands)" is 11,500 and "140" under "($ millions)" is $140 million; its span stays
the cell's own text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.documents.segments import Segment
from factcheck.extract.quantities import extract_quantities
from factcheck.models import Quantity

CURRENCY_WORDS = {"$": "$", "dollars": "$", "usd": "$", "us$": "$", "£": "£",
                  "pounds sterling": "£", "gbp": "£", "€": "€", "euros": "€", "eur": "€"}
SCALE_WORDS = {"thousands": "thousand", "thousand": "thousand", "000s": "thousand",
               "'000": "thousand", "000": "thousand", "millions": "million", "million": "million",
               "mn": "million", "mil": "million", "m": "million", "billions": "billion",
               "billion": "billion", "bn": "billion", "b": "billion"}
PERCENT_WORDS = {"%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
                 "percentage points": "percentage points", "pp": "percentage points",
                 "points": "percentage points"}
# A header's unit: in parentheses ("Seized (pounds)"), after a comma ("Spending, $ millions";
# not the comma of "100,000"), or a denominator at its end ("Deaths per 100,000 residents").
_PAREN = re.compile(r"\(([^()]{1,60})\)\s*$|,\s*(?!\d)(?:in\s+)?([^,]{1,40})$"
                    r"|\b(per\s+[\d,]+(?:\s+[a-z-]+){0,3})\s*$", re.I)
_NUMBER = re.compile(r"^[-+−]?\$?[\d.,\s\u00a0\u202f]+%?$")


@dataclass(frozen=True, slots=True)
class CellContext:
    """A table cell's reading: the words around it and the header's unit."""

    context: str  # the column header, the row label and the cell: what the cell's number says
    prefix: str = ""  # a currency symbol to read before a bare number
    suffix: str = ""  # scale and unit words to read after it
    header: bool = False  # a header cell labels its column
    label: str = ""  # the row's first cell
    column: str = ""  # the column's header

    def quantities(self, text: str) -> list[Quantity]:
        """Extract the cell's numbers as if the header's unit stood beside them."""
        if self.header:
            # A header labels its column: "(thousands)" or "per 100,000 residents" there is a
            # scale or a denominator; only a header that is a bare number may state one.
            if not _NUMBER.match(text.strip()):
                return []
            return [q for q in extract_quantities(text) if q.kind != "vague"]
        if not (self.prefix or self.suffix) or not _NUMBER.match(text.strip()):
            return extract_quantities(text)
        prefix = self.prefix if not text.lstrip().startswith(("$", "£", "€")) else ""
        suffix = self.suffix if "%" not in text or not self.suffix.endswith("percent") else ""
        joined = f"{prefix}{text} {suffix}".rstrip()
        out = []
        for q in extract_quantities(joined):
            start, end = max(q.start - len(prefix), 0), min(q.end - len(prefix), len(text))
            if start >= end:
                continue
            out.append(q.model_copy(update={"start": start, "end": end, "text": text[start:end]}))
        return out


def header_unit(header: str) -> tuple[str, str]:
    """Return the currency prefix and the scale and unit suffix a column header gives."""
    m = _PAREN.search(header.strip())
    if m is None:
        return "", ""
    words = (m.group(1) or m.group(2) or m.group(3) or "").lower().replace("in ", " ").strip()
    prefix = suffix = ""
    rest: list[str] = []
    for token in re.findall(r"per\s+[\d,]+(?:\s+[a-z-]+)*|percentage points|per cent"
                            r"|[$£€%]|[\w'.-]+", words):
        if token in CURRENCY_WORDS:
            prefix = CURRENCY_WORDS[token]
        elif token in SCALE_WORDS:
            rest.insert(0, SCALE_WORDS[token])
        elif token in PERCENT_WORDS:
            rest.append(PERCENT_WORDS[token])
        elif token not in ("of", "the", "a", "in"):
            rest.append(token)
    suffix = " ".join(rest)
    if suffix and not prefix and not _reads_as_unit(suffix):
        return "", ""
    return prefix, suffix


def _reads_as_unit(suffix: str) -> bool:
    """Say whether words after a number make it a quantity with a unit, scale or rate."""
    qs = extract_quantities(f"7 {suffix}")
    return bool(qs) and (qs[0].unit is not None or qs[0].value != 7 or qs[0].per is not None)


def table_cells(segments: Sequence[Segment]) -> dict[int, CellContext]:
    """Return, for each table cell segment, its row label, column header and the header's unit."""
    tables: dict[int, dict[tuple[int, int], int]] = {}
    for i, seg in enumerate(segments):
        if seg.cell is not None:
            tables.setdefault(seg.cell[0], {})[(seg.cell[1], seg.cell[2])] = i
    out: dict[int, CellContext] = {}
    for grid in tables.values():
        out.update(_read_table(segments, grid))
    return out


def _is_header(seg: Segment) -> bool:
    return seg.cell is not None and seg.cell[3]


def _labels_row(col: int, row: int, grid: dict[tuple[int, int], int], text: str) -> bool:
    """Say whether a cell is its row's label: the first of several, and not a bare number."""
    return col == 0 and (row, 1) in grid and not _NUMBER.match(text.strip())


def _read_table(segments: Sequence[Segment],
                grid: dict[tuple[int, int], int]) -> dict[int, CellContext]:
    header_rows = sorted({r for (r, _), i in grid.items() if _is_header(segments[i])}) or [0]
    headers: dict[int, str] = {}
    for r in header_rows:
        for (row, col), i in grid.items():
            if row == r:
                headers[col] = (f"{headers[col]} {segments[i].text}".strip() if col in headers
                                else segments[i].text)
    units = {col: header_unit(text) for col, text in headers.items()}
    out: dict[int, CellContext] = {}
    for (row, col), i in grid.items():
        text = segments[i].text
        if row in header_rows or _labels_row(col, row, grid, text):
            # A row's label ("Total trips (millions)") labels its cells as a header does.
            out[i] = CellContext(text, header=True)
            continue
        # The row's other cells (its label first) say what the number is; of the headers,
        # only the cell's own column's does.
        others = [segments[grid[(row, c)]].text
                  for c in sorted(c for r, c in grid if r == row) if c != col]
        if col != 0 and others and headers.get(0) and (row, 0) in grid:
            # The label reads with its column's header: "First" under "Quarter (2025)" is the
            # first quarter of 2025. A number label follows its header, since "2024 Year"
            # would read as a duration where "Year 2024" is a year.
            label0, head0 = others[0], headers[0]
            others[0] = (f"{head0} {label0}" if _NUMBER.match(label0.strip())
                         else f"{label0} {head0}")
        header = headers.get(col, "")
        prefix, suffix = units.get(col, ("", ""))
        label_i = grid.get((row, 0))
        if not (prefix or suffix) and label_i is not None and col != 0:
            prefix, suffix = header_unit(segments[label_i].text)  # "Average speed (mph) | 52 | 46"
        label = segments[label_i].text if label_i is not None else ""
        out[i] = CellContext(" | ".join(p for p in (header, *others, text) if p), prefix, suffix,
                             label=label, column=header)
    return out
