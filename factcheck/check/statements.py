"""Turn a parsed document into statements: each statistic in its sentence, clause and table row.

A statement carries what matching and the rules read: the sentence and its stems, the words
near the number, the years that belong to it, the window read for attribution, and the
candidate figures the index proposes for it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from factcheck.check.index import FigureIndex, quantity_dimension
from factcheck.check.score import PER_NUMBER, SentenceContext
from factcheck.documents.load import Document
from factcheck.extract.quantities import extract_quantities
from factcheck.models import STATISTIC_KINDS, Quantity
from factcheck.text import sentence_spans, stem, stems
from factcheck.types import Statement

NEAR_WORDS = 6  # words either side of a number that count as "near" it
WINDOW_CHARS = 70  # characters either side of a number read for attribution


def _years(qs: Iterable[Quantity]) -> frozenset[int]:
    return frozenset(int(q.value) for q in qs if q.kind == "year" and q.value is not None)


def iter_statements(doc: Document, index: FigureIndex) -> Iterator[tuple[list[Statement], int]]:
    """Yield each prose segment's statements (matched to candidates) and its count of numbers."""
    rows = _table_rows(doc)
    for seg_id, seg in enumerate(doc.segments):
        text = seg.text
        qs = extract_quantities(text)
        statements: list[Statement] = []
        if not qs:
            continue
        spans = sentence_spans(text)
        si = 0
        # Numbers in one sentence share its stems and candidate pools; each year in it belongs
        # to the nearest statistic ("26,000 pounds in 2022, while Blue Lotus netted 10,000").
        per_sentence: dict[int, tuple[list[str], dict[int, frozenset[int]], dict[tuple[str, frozenset[int]], list[int]]]] = {}
        row = rows.get(seg_id)
        if row is not None:
            # A table cell's sentence is its row (and the header): "Overdose deaths, 2022 |
            # nearly 110,000" says what the number in the second cell is.
            spans = [(0, len(text))]
            row_years = _years(extract_quantities(row))
            per_sentence[0] = (stems(row), dict.fromkeys(range(len(qs)), row_years), {})
        prev_ends, next_starts = _neighbours(qs, len(text))
        for qi, q in enumerate(qs):
            if not (q.is_statistic or q.malformed):
                continue
            while si < len(spans) - 1 and spans[si][1] <= q.start:
                si += 1
            s0, s1 = spans[si]
            sentence = text[s0:s1] if row is None else row
            if si not in per_sentence:
                per_sentence[si] = (stems(sentence), _nearest_years(qs, s0, s1), {})
            sentence_stems, owners, pools = per_sentence[si]
            years = frozenset().union(*owners.values()) if owners else frozenset()
            own_years = owners.get(qi, frozenset())
            # The words that belong to a number end at the clause break between it and the
            # statistics beside it (else halfway): in "the army says 635, officials had
            # reported 104", "army" belongs to 635 only.
            lo = _clause_start(text, prev_ends[qi], q.start) if prev_ends[qi] > s0 else s0
            hi = _clause_end(text, q.end, next_starts[qi]) if next_starts[qi] < s1 else s1
            before = text[max(s0, lo, q.start - WINDOW_CHARS): q.start]
            after = text[q.end: min(s1, hi, q.end + WINDOW_CHARS)]
            near = frozenset(stems(before)[-NEAR_WORDS:] + stems(after)[:NEAR_WORDS])
            # This number's own clause: halfway to the statistics beside it in the sentence.
            own = frozenset(stems(text[lo:q.start])) | frozenset(stems(text[q.end:hi])) if (
                lo > s0 or hi < s1) else None
            start = seg.to_original(q.start)
            end = seg.to_original_end(q.end)
            line, col = doc.position(start)
            end_line, end_col = doc.position(end)
            st = Statement(
                q=q, path=doc.path, start=start, end=end, line=line, column=col,
                end_line=end_line, end_column=end_col, sentence=sentence, stems=sentence_stems,
                near=near, years=own_years, window=before + " " + after,
                segment=text, seg_id=seg_id,
            )
            st.candidates = index.candidates(sentence_context(q, sentence, sentence_stems, years, near, own, own_years), pools)
            statements.append(st)
        yield statements, len(qs)


_CLAUSE_BREAKS = ",;:()—–"


def _clause_start(text: str, prev_end: int, start: int) -> int:
    """Return where a number's clause starts: after the last clause break since the previous statistic."""
    cut = max(text.rfind(ch, prev_end, start) for ch in _CLAUSE_BREAKS)
    return cut + 1 if cut >= 0 else (prev_end + start) // 2


def _clause_end(text: str, end: int, next_start: int) -> int:
    """Return where a number's clause ends: at the first clause break before the next statistic."""
    cuts = [i for ch in _CLAUSE_BREAKS if (i := text.find(ch, end, next_start)) >= 0]
    return min(cuts) if cuts else (end + next_start) // 2


def _nearest_years(qs: list[Quantity], s0: int, s1: int) -> dict[int, frozenset[int]]:
    """Give each year in a sentence to the statistic nearest to it, by index of quantity."""
    stats = [i for i, q in enumerate(qs) if s0 <= q.start < s1 and (q.is_statistic or q.malformed)]
    owners: dict[int, set[int]] = defaultdict(set)
    if not stats:
        return {}
    for y in qs:
        if y.kind != "year" or y.value is None or not s0 <= y.start < s1:
            continue
        nearest = min(stats, key=lambda i: max(0, y.start - qs[i].end, qs[i].start - y.end))
        owners[nearest].add(int(y.value))
    return {i: frozenset(ys) for i, ys in owners.items()}


def _table_rows(doc: Document) -> dict[int, str]:
    """Return, for each table cell segment, the text of its row with the table's header row."""
    cells = [(i, seg) for i, seg in enumerate(doc.segments) if getattr(seg, "kind", "") == "table-cell"]
    if not cells:
        return {}
    by_line: dict[int, list[int]] = {}
    for i, seg in cells:
        by_line.setdefault(doc.position(seg.to_original(0))[0], []).append(i)
    out: dict[int, str] = {}
    header = ""
    previous_line = -2
    for line in sorted(by_line):
        ids = by_line[line]
        row = " | ".join(doc.segments[i].text for i in ids)
        if line > previous_line + 2:  # a new table: its first row is the header
            header = row
        previous_line = line
        for i in ids:
            out[i] = row if row == header else f"{header} | {row}"
    return out


def _neighbours(qs: list[Quantity], size: int) -> tuple[list[int], list[int]]:
    """Return, for each quantity, the end of the statistic before it and the start of the one after."""
    prev_ends, last = [], 0
    for q in qs:
        prev_ends.append(last)
        if q.kind in STATISTIC_KINDS:
            last = q.end
    next_starts, first = [0] * len(qs), size
    for i in range(len(qs) - 1, -1, -1):
        next_starts[i] = first
        if qs[i].kind in STATISTIC_KINDS:
            first = qs[i].start
    return prev_ends, next_starts


def sentence_context(q: Quantity, sentence: str, sentence_stems: list[str], years: frozenset[int],
                     near: frozenset[str], own: frozenset[str] | None,
                     own_years: frozenset[int] | None) -> SentenceContext:
    """Return what scoring reads of one number in its sentence."""
    noun = stem(q.noun.rsplit("-", 1)[-1]) if q.noun else ""
    return SentenceContext(q, sentence.lower(), frozenset(sentence_stems), near, own, years, own_years,
                           quantity_dimension(q), noun, bool(q.per and PER_NUMBER.search(q.per)))
