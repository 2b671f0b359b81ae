"""Turn a parsed document into statements: each statistic in its sentence, clause and table row.

A statement carries what matching and the rules read: the sentence and its stems, the words
near the number, its own clause, the periods that belong to it, the window read for
attribution, and the candidate figures the index proposes for it. What is read of a
sentence (stems, periods, who owns each period) is computed once per sentence.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace

from factcheck.check.clauses import (
    before_attribution,
    checked,
    clause_end,
    clause_start,
    framing,
    is_base,
    neighbours,
    owners,
    refers_back,
    subject_start,
    words_without,
)
from factcheck.check.direction import OFF_DIRECTION, stated_direction
from factcheck.check.draft_periods import (
    DraftDate,
    day_of,
    is_certain,
    read_periods,
    written,
)
from factcheck.check.index import FigureIndex, quantity_dimension
from factcheck.check.previous import read_previous
from factcheck.check.score import PER_NUMBER, SentenceContext, counted_noun_stem
from factcheck.check.sentence import Sentence
from factcheck.check.series import after_from, from_to, resolve_series
from factcheck.check.tables import table_cells
from factcheck.documents.load import Document
from factcheck.documents.segments import Segment
from factcheck.extract.quantities import extract_quantities
from factcheck.models import Quantity
from factcheck.periods import Period
from factcheck.text import sentence_spans, stems
from factcheck.types import Statement, TableCell

NEAR_WORDS = 6  # words either side of a number that count as "near" it
WINDOW_CHARS = 70  # characters either side of a number that count as its neighbourhood
ATTRIBUTION_CHARS = 120  # characters before a number read for who said it


def iter_statements(doc: Document, index: FigureIndex, today: DraftDate | None = None,
                    ) -> Iterator[tuple[list[Statement], int]]:
    """Yield each prose segment's statements (matched to candidates) and its count of numbers."""
    cells = table_cells(doc.segments)
    heading: tuple[Period, ...] = ()
    intro: tuple[Segment, list[Quantity] | None] | None = None  # the paragraph a list follows
    # What the lead-in says, read once per list however many of its items hold numbers.
    lead: tuple[tuple[Period, ...], tuple[str, ...]] | None = None
    for seg_id, seg in enumerate(doc.segments):
        cell = cells.get(seg_id)
        qs = cell.quantities(seg.text) if cell is not None else extract_quantities(seg.text)
        if seg.kind == "heading":
            # A heading's day or week ("The numbers this week") dates the edition: it supports
            # a figure of its time, and contradicts none.
            heading = tuple(replace(p, certain=False) if p.moment else p
                            for p in read_periods(seg.text, qs, 0, today))
        lead_in = intro if seg.kind == "list-item" else None
        if seg.kind != "list-item":
            intro = (seg, qs if cell is None else None) if seg.kind == "paragraph" else None
            lead = None
        if not qs:
            continue
        row = cell.context if cell is not None else None
        if lead_in is not None and lead is None:
            lead = _lead_in(*lead_in, today)
        context = lead if lead_in is not None and lead is not None else (heading, ())
        statements = list(_statements(doc, seg_id, seg, qs, row, context[0] or heading, today,
                                      index, context[1]))
        # A guessed date neither excuses nor convicts a revised figure's estimate.
        for st in statements:
            st.dated = day_of(today) if is_certain(today) else None
        if cell is not None and seg.cell is not None:
            place = TableCell(seg.cell[0], seg.cell[1], seg.cell[2], cell.label, cell.column)
            for st in statements:
                st.cell = place
        yield statements, len(qs)


def _lead_in(intro: Segment, qs: list[Quantity] | None, today: DraftDate | None,
             ) -> tuple[tuple[Period, ...], tuple[str, ...]]:
    """Return the periods and words of the paragraph a list follows (its numbers `qs`, when
    already read), which each of its items shares. Only a lead-in ("Deaths in 2025, by road
    user:") sets its items' period; the periods of any other paragraph before a list only
    support a figure."""
    if qs is None:
        qs = extract_quantities(intro.text)
    periods = tuple(read_periods(intro.text, qs, 0, today))
    if not intro.text.rstrip().endswith(":"):
        periods = tuple(replace(p, certain=False) for p in periods)
    return periods, tuple(stems(intro.text))


def _statements(doc: Document, seg_id: int, seg: Segment, qs: list[Quantity], row: str | None,
                heading: tuple[Period, ...], today: DraftDate | None, index: FigureIndex,
                lead_words: tuple[str, ...] = ()) -> Iterator[Statement]:
    """Yield the statements of one segment, reading each sentence once."""
    text = seg.text
    # A table cell's sentence is its row with the header: "Overdose deaths, 2022 | nearly
    # 110,000" says what the number in the second cell is.
    spans = [(0, len(text))] if row is not None else sentence_spans(text)
    prev_ends, next_starts = neighbours(qs, len(text))
    lead: tuple[Period, ...] = ()
    named: tuple[Period, ...] = ()  # the periods the paragraph's sentences last wrote out
    mines: list[range] = []  # each sentence's numbers
    read_at: dict[int, list[Period]] = {}  # each sentence's periods, read once for all uses

    def periods_of(k: int) -> list[Period]:
        if k not in read_at:
            p0, p1 = spans[k]
            read_at[k] = read_periods(text[p0:p1], qs[mines[k].start:mines[k].stop], p0, today)
        return read_at[k]

    si, qi = 0, 0
    for si, (s0, s1) in enumerate(spans):
        first = qi
        while qi < len(qs) and (qs[qi].start < s1 or si == len(spans) - 1):
            qi += 1
        mine = range(first, qi)
        mines.append(mine)
        if not any(checked(qs[i]) for i in mine):
            # A sentence of no statistic may still name the period the next ones speak of.
            if si == 0:
                lead = framing(text[s0:s1], periods_of(si))
            if si == 0 or any(qs[i].kind == "year" for i in mine):
                named = written(periods_of(si)) or named
            continue
        sentence = _sentence(text, s0, s1, qs, mine, row, today, index,
                             periods_of(si) if row is None else [])
        before: tuple[Period, ...] = ()
        found_before: list[Period] | None = None  # the sentence before's, read once if at all
        if si and row is None and refers_back(sentence.text):
            # "That is 70,412 graduates.", "In math it was 39.7 percent.": the sentence before
            # says what and when.
            p0, p1 = spans[si - 1]
            found_before = periods_of(si - 1)
            lead_words = (*lead_words, *words_without(text[p0:p1], found_before, index.stems))
            before = tuple(p for p in found_before if not p.comparison)
        if lead_words:
            sentence.stems = sentence.stems + [index.canon.get(w, w) for w in lead_words]
            sentence._stem_set = None
        if si == 0:
            lead = framing(sentence.text, sentence.periods)
        context = sentence.periods or before or (lead if si else ()) or heading
        sentence.bases = _base_periods(text, qs, mine, sentence, prev_ends)
        found: list[Statement] = []
        mains: list[Statement] = []  # the numbers so far that are no comparison's base
        read: list[SentenceContext] = []
        for i in mine:
            if checked(qs[i]):
                st, ctx = _statement(doc, seg_id, seg, qs[i], i, sentence, context, prev_ends[i],
                                     next_starts[i], index, _compared_with(qs[i], mains))
                found.append(st)
                read.append(ctx)
                if st.base is None:
                    mains.append(st)
        if si and row is None and not before and not all(st.candidates for st in found):
            p0, p1 = spans[si - 1]
            if found_before is None:
                found_before = periods_of(si - 1)
            read_previous(found, read, sentence.years_of, text[p0:p1], found_before, index)
        if not sentence.table:  # a table's headers name its columns' periods in words of their own
            resolve_series(found, day_of(today), is_certain(today), named)
            # The periods of the sentence's own numbers, not of a comparison's base ("612 in
            # 2025, down from 668 in 2024" names 2025 for what follows).
            named = written([p for st in found if st.base is None for p in st.periods]) or named
        yield from found


LOOK_BACK = 4  # numbers a comparison's base may reach back over; a run of numbers stays linear


def _compared_with(q: Quantity, mains: list[Statement]) -> Statement | None:
    """Return the number a comparison's base may be compared with: the nearest before it, or,
    when that is of another size, the nearest of a like size ("71 died, a rate of 3.1 per
    10,000, down from 80": 80 is compared with 71)."""
    if not mains:
        return None
    nearest = mains[-1]
    if q.unit is not None:
        # "over the limit dropped from 38 percent": a base in a unit is compared with a number
        # in it (or in none), never with the "10 mph" before it
        return next((m for m in reversed(mains[-LOOK_BACK:]) if m.q.unit in (q.unit, None)),
                    None)
    if q.value is None or q.per is not None or _alike(q, nearest.q):
        return nearest
    # Of no like size: a bare base never takes a unit from a number of another size ("ran 16
    # mph, and crossings dropped from 11,400": 11,400 is no speed).
    return next((m for m in reversed(mains[-LOOK_BACK:]) if _alike(q, m.q)),
                nearest if nearest.q.unit is None else None)


def _alike(q: Quantity, other: Quantity) -> bool:
    """Say whether two bare values are of a like size (within a factor of three)."""
    if q.value is None or other.value is None or not other.value:
        return True
    ratio = abs(q.value / other.value)
    return 1 / 3 <= ratio <= 3


def _base_periods(text: str, qs: list[Quantity], mine: range, sentence: Sentence,
                  prev_ends: list[int]) -> tuple[Period, ...]:
    """Return the periods owned by the sentence's comparison bases: in "14.5 minutes, down from
    16.1 minutes a year earlier", "a year earlier" dates 16.1 only, never 14.5."""
    if not sentence.owners:
        return ()
    out: list[Period] = []
    seen_main = False
    for i in mine:
        if not checked(qs[i]):
            continue
        lo = (clause_start(text, prev_ends[i], qs[i].start) if prev_ends[i] > sentence.start
              else sentence.start)
        if seen_main and is_base(text, qs[i], lo):
            out.extend(sentence.owners.get(i, ()))
        seen_main = True
    return tuple(out)


def _sentence(text: str, s0: int, s1: int, qs: list[Quantity], mine: range, row: str | None,
              today: DraftDate | None, index: FigureIndex, found: list[Period]) -> Sentence:
    """Read one sentence (whose periods were `found`): its stems, its periods and the
    statistic each period belongs to; a table cell reads its row instead."""
    if row is not None:
        row_qs = extract_quantities(row)
        periods = tuple(read_periods(row, row_qs, 0, today))
        return Sentence(s0, s1, row, index.stems(row), periods, dict.fromkeys(mine, periods),
                        table=True)
    body = text[s0:s1]
    periods = tuple(found)
    return Sentence(s0, s1, body, index.stems(body), periods, owners(qs, mine, periods, s0, text))


def _statement(doc: Document, seg_id: int, seg: Segment, q: Quantity, qi: int, sentence: Sentence,
               context: tuple[Period, ...], prev_end: int, next_start: int, index: FigureIndex,
               main: Statement | None = None) -> tuple[Statement, SentenceContext]:
    """Build one number's statement and its candidates, with what scoring read of it."""
    text = seg.text
    lo, near, own, window, subject = _words(text, q, sentence, prev_end, next_start,
                                            index.stems)
    # The periods that can contradict a figure: the number's own, else (in a sentence that
    # names none) its paragraph's or heading's.
    own_periods = (sentence.owners.get(qi, ()) if sentence.periods
                   else tuple(p for p in context if p.certain))
    support, excluded = context, tuple[Period, ...]()
    base = main if main is not None and is_base(text, q, lo) else None
    if base is not None:
        # "to 612 from 668": the number after "from" is an earlier period's, never the main
        # one's; it counts what the main number counts, in its unit ("to 11.9 per 100,000
        # from 13.1"). The paragraph's or heading's period is the main number's, not its base's.
        if not sentence.periods:
            own_periods = ()
        support = own_periods
        # A span written open-ended ("its fewest killings since 2014") is no period another
        # number states, so it excludes no figure from the base.
        excluded = tuple(p for i, ps in sentence.owners.items() if i != qi
                         for p in ps if not p.comparison and not p.open_ended)
        if not sentence.periods:
            excluded = tuple(p for p in context if p.certain)
        q = _inherit(q, base.q)
        near = near | base.near
        own = (own or frozenset()) | (base.clause or frozenset())
    else:
        # "down 0.2 point from February": February is what the change is measured against.
        own_periods = tuple(p for p in own_periods if not p.comparison)
        support = sentence.main_support(context)
        if (main is not None and after_from(text, main.q.start)
                and from_to(text, main.q.end, q.start)):
            # "Injury crashes fell from 61 to 44": 44 counts what 61 counts.
            q = _inherit(q, main.q)
            near = near | main.near
            own = (own or frozenset()) | (main.clause or frozenset())
    start, end = seg.to_original(q.start), seg.to_original_end(q.end)
    line, col = doc.position(start)
    end_line, end_col = doc.position(end)
    st = Statement(
        q=q, path=doc.path, start=start, end=end, line=line, column=col,
        end_line=end_line, end_column=end_col, sentence=sentence.text, stems=sentence.stems,
        near=near, periods=own_periods, window=window, segment=text, seg_id=seg_id,
        clause=own, base=base, direction=_direction(text, q, lo),
    )
    certain = tuple(p for p in own_periods if p.certain)
    ctx = sentence_context(q, sentence, near, own, support, certain, excluded,
                           index.canon, st.direction, index.rare_idf, subject)
    st.candidates = index.candidates(ctx, sentence.pools)
    if ctx.dimension in OTHER_UNIT:
        st.other_unit = index.candidates(replace(ctx, dimension=OTHER_UNIT[ctx.dimension]),
                                         sentence.pools)
    return st, ctx


OTHER_UNIT = {"percent": "pp", "pp": "percent"}  # the units a change is mistaken between


def _words(text: str, q: Quantity, sentence: Sentence, prev_end: int, next_start: int,
           stems: Callable[[str], list[str]],
           ) -> tuple[int, frozenset[str], frozenset[str] | None, str, frozenset[str]]:
    """Return where the number's clause starts, the stems near it, its clause's stems, the
    window read for attribution, and the subject words it shares with the clause before."""
    s0, s1 = sentence.start, sentence.end
    # The words that belong to a number end at the clause break between it and the
    # statistics beside it (else halfway): in "the army says 635, officials had reported
    # 104", "army" belongs to 635 only.
    lo = clause_start(text, prev_end, q.start) if prev_end > s0 else s0
    hi = clause_end(text, q.end, next_start) if next_start < s1 else s1
    # A clause that names nothing reads the words of the clause before (see subject_start).
    stop = min(s1, clause_end(text, q.end, next_start, halfway=False))
    words_lo = subject_start(text, s0, lo, prev_end, q, stop, stems) if lo > s0 else lo
    before = text[max(s0, lo, q.start - WINDOW_CHARS): q.start]
    after = text[q.end: min(s1, hi, q.end + WINDOW_CHARS)]
    near = frozenset(stems(before)[-NEAR_WORDS:] + stems(before_attribution(after))[:NEAR_WORDS])
    subject = frozenset(stems(text[words_lo:lo])) - near
    own = frozenset(stems(text[words_lo:q.start])) | frozenset(stems(text[q.end:hi])) if (
        lo > s0 or hi < s1) else None
    # Who said it may stand a clause away ("the State Police, whose records include parking
    # lots, counted 121"): attribution reads back to the neighbouring statistic.
    said = text[max(s0, prev_end, q.start - ATTRIBUTION_CHARS): q.start]
    if sentence.table:
        near = frozenset(sentence.stems)  # a cell's row and header are all next to it
        said = sentence.text  # a column headed "State Auditor (May)" gives the auditor's numbers
    return lo, near, own, said + " " + after, subject


def _direction(text: str, q: Quantity, clause_start: int) -> int:
    """Return which way the number's own words say it changed (a minus sign says down)."""
    if q.value is not None and q.value < 0:
        return -1
    return stated_direction(text[max(clause_start, q.start - 48):q.start], text[q.end:q.end + 32])


_MEASURED_KINDS = ("percent", "money", "measure", "rate", "percentage-points")


def _inherit(q: Quantity, main: Quantity) -> Quantity:
    """Give a comparison's bare base the unit, rate and kind of the number it is compared with."""
    update: dict[str, object] = {}
    if q.unit is None and main.unit is not None:
        update["unit"] = main.unit
    if q.per is None and main.per is not None:
        update["per"] = main.per
    if q.kind == "count" and main.kind in _MEASURED_KINDS:
        update["kind"] = main.kind
    if q.noun is None and main.noun is not None:
        update["noun"] = main.noun
    return q.model_copy(update=update) if update else q


def sentence_context(q: Quantity, sentence: Sentence, near: frozenset[str],
                     own: frozenset[str] | None,
                     periods: tuple[Period, ...], own_periods: tuple[Period, ...],
                     excluded: tuple[Period, ...] = (), canon: Mapping[str, str] | None = None,
                     direction: int = 0, rare: float = math.inf,
                     subject: frozenset[str] = frozenset()) -> SentenceContext:
    """Return what scoring reads of one number in its sentence."""
    noun = counted_noun_stem(q)
    noun = canon.get(noun, noun) if canon else noun
    years = sentence.years_of(periods)
    # "up" and "down" are evidence only for the number whose own words move that way: in
    # "emitted 19.1 million tons, down 8.2 percent, and made up 27.9 percent", they say
    # nothing about 27.9 (registries often list "up" or "down" among a change's keywords).
    off = OFF_DIRECTION[direction]
    stems = sentence.stem_set - off if off & sentence.stem_set else sentence.stem_set
    near = near - off if off & near else near
    return SentenceContext(q, sentence.lowered, stems, near, own, periods,
                           own_periods, years, quantity_dimension(q), noun,
                           bool(q.per and PER_NUMBER.search(q.per)), excluded, sentence.proper,
                           sentence.memo, rare, subject=subject)
