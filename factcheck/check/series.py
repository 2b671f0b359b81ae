"""Tell apart the figures of a series when the words name no period.

A monthly or yearly series holds figures that differ only by period ("Unemployed residents,
February 2026" and "..., March 2026"). When a sentence names no period, its words fit every
figure of the series equally, and the stated value must not choose among them (a wrong month
would be "verified"). The period is then implied by how the sentence is written:

- a comparison orders its numbers: in "fell from 61 to 44" and "44, down from 61", the base
  (61) is the earlier period and the other number the later one;
- a sentence after one that wrote its period out speaks of that period: in "Franklin recorded
  612 traffic deaths in 2025. ... Franklin recorded 612 deaths, a rate of 11.9", the second
  612 is 2025's count too;
- otherwise a dated draft speaks of the latest figure published by its date: "the number of
  unemployed dropped to 96,400" in an April story states March's count, not February's.

The implied figure is put first with the reason `--explain` prints; when the draft's date is
certain, the series' other figures conflict in period, so their values are period mismatches.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from factcheck.check.clauses import conversion_pairs
from factcheck.models import Figure
from factcheck.periods import Period, parse_date, parse_figure_period
from factcheck.types import Candidate, Statement

SIBLING_RATIO = 0.85  # the words fit a series figure this nearly as well as the best one
LONG_DAYS = 180  # a period this long may be reported while it runs
IMPLIED_WEIGHT = 1.0  # the score an implied period adds, as much as a period written out
_FROM = re.compile(r"\bfrom\s+(?:(?:about|nearly|almost|roughly|around|some|over|under|more\s+than|"
                   r"fewer\s+than|less\s+than)\s+)?$", re.I)
_SENTENCE_END = re.compile(r"[.;!?]\s")
_TO = re.compile(r"\bto\s+(?:(?:about|nearly|almost|roughly|around|some|over|under|"
                 r"more\s+than|fewer\s+than|less\s+than|just)\s+)?$", re.I)


@lru_cache(maxsize=8192)
def figure_period(text: str | None) -> Period | None:
    """Return a figure's period, parsed once."""
    return parse_figure_period(text)


def siblings(st: Statement) -> list[int]:
    """Return the candidates that differ from the best only by a period the words do not name."""
    cands = st.candidates
    if len(cands) < 2 or st.periods:
        return []
    best = cands[0]
    if best.period_score or best.period_conflict or best.figure.period is None:
        return []
    floor = best.word_score * SIBLING_RATIO
    found = [i for i, c in enumerate(cands)
             if c.word_score >= floor and not c.period_score and not c.period_conflict
             and _same_measure(c, best) and figure_period(c.figure.period) is not None]
    own = figure_period(best.figure.period)
    found = [i for i in found if alike_periods(figure_period(cands[i].figure.period), own)]
    periods = {(p.start, p.end) for i in found if (p := figure_period(cands[i].figure.period))}
    return found if len(periods) > 1 else []


def same_series(a: Candidate, b: Candidate) -> bool:
    """Say whether two figures are one measure at two alike periods, the second's words all
    among the first's ("eviction filings, 2024" beside "eviction filings in court, 2025")."""
    fa, fb = a.figure, b.figure
    return (fa.unit == fb.unit and fa.per == fb.per and fa.kind == fb.kind and b.hits <= a.hits
            and alike_periods(figure_period(fa.period), figure_period(fb.period)))


def alike_periods(a: Period | None, b: Period | None) -> bool:
    """Say whether two periods are of one series: alike in length (not a quarter and a month)."""
    if a is None or b is None:
        return False
    da, db = (a.end - a.start).days + 1, (b.end - b.start).days + 1
    return 0.8 <= da / db <= 1.25


def _same_measure(a: Candidate, b: Candidate) -> bool:
    fa, fb = a.figure, b.figure
    return fa.unit == fb.unit and fa.per == fb.per and fa.kind == fb.kind and a.hits == b.hits


def order_pairs(statements: list[Statement]) -> list[tuple[Statement, Statement]]:
    """Return (earlier, later) pairs that a comparison orders: "from A to B", "B, down from A",
    "A, twice the B seized the year before"."""
    # A comparison's base records the number it is compared with ("668" in "to 612 from 668").
    pairs = [(st, st.base) for st in statements if st.base is not None]
    pairs += _year_before(statements)
    for k, b in enumerate(statements):
        if b.base is not None:
            continue
        # The "from" number stands just before, or before its own conversion ("from 52 mph
        # (84 km/h) to 46 mph"): two back at most, so a run of numbers stays linear.
        for a in reversed(statements[max(0, k - 2):k]):
            if a.base is None and after_from(a.segment, a.q.start):
                if from_to(b.segment, a.q.end, b.q.start):
                    pairs.append((a, b))
                break
    return pairs


_YEAR_BEFORE = re.compile(r"^[^.;!?\d]{0,40}?\b(?:the\s+(?:year|month)\s+before|a\s+(?:year|month)"
                          r"\s+(?:earlier|before)|the\s+(?:previous|prior|preceding)\s+(?:year|month))"
                          r"\b", re.I)


def _year_before(statements: list[Statement]) -> list[tuple[Statement, Statement]]:
    """Pair a number followed by "the year before" with the number before it in its sentence
    that counts the same thing: "184 pounds ..., more than twice the 79 pounds seized the
    year before" puts 79 a year before 184."""
    pairs = []
    for k, st in enumerate(statements):
        if st.base is not None or not _YEAR_BEFORE.match(st.segment[st.q.end:st.q.end + 80]):
            continue
        later = next((a for a in reversed(statements[:k]) if a.sentence is st.sentence
                      and a.q.unit == st.q.unit and a.q.kind == st.q.kind), None)
        if later is not None:
            pairs.append((st, later))
    return pairs


def from_to(text: str, a_end: int, b_start: int) -> bool:
    """Say whether a number at `b_start` is the "to" of a "from" number ending at `a_end`
    ("fell from 61 to 44"), the caller having seen the "from"."""
    return (bool(_TO.search(text[max(a_end, b_start - 16):b_start]))
            and not _SENTENCE_END.search(text[a_end:b_start]))


def after_from(text: str, start: int) -> bool:
    """Say whether a number is written after "from" ("from 61")."""
    return bool(_FROM.search(text[max(0, start - 30):start]))


def conversions(statements: list[Statement]) -> dict[int, Statement]:
    """Return, by id, the statements that convert the one before them ("52 mph (84 km/h)")."""
    return {id(b): a for a, b in conversion_pairs(statements)}


def resolve_series(statements: list[Statement], today: date | None, certain: bool,
                   named: tuple[Period, ...] = ()) -> None:
    """Put the implied figure first for each statement whose series the words cannot tell apart;
    `named` holds the periods an earlier sentence of the paragraph wrote out."""
    later_of = {id(e): later for e, later in order_pairs(statements)}
    converts = conversions(statements)
    picked: dict[int, Period] = {}
    # Later numbers first, then the bases they order, then the conversions that follow them.
    for st in sorted(statements, key=lambda s: (id(s) in converts, id(s) in later_of)):
        partner = later_of.get(id(st))
        if partner is not None and (id(partner) in picked or _clear(partner)):
            _drop_partner(st, partner)
        group = siblings(st)
        if not group:
            continue
        periods = [(i, p) for i in group if (p := figure_period(st.candidates[i].figure.period))]
        original = converts.get(id(st))
        if original is not None:
            if id(original) not in picked:
                continue
            how = "the period of the number it converts"
            choice = next(((i, p) for i, p in periods if p == picked[id(original)]), None)
        elif partner is not None and (later := picked.get(id(partner))
                                      or _stated_period(partner)) is not None:
            how = "the period before its comparison's"
            choice = _before(periods, later)
        else:
            choice, how = _named(periods, named), "the period the paragraph named before"
            if choice is None:
                choice, how = _latest([(i, p) for i, p in periods
                                       if _known(st.candidates[i].figure, p, today)], today)
        if choice is not None:
            picked[id(st)] = choice[1]
            _imply(st, group, choice[0], choice[1], how, certain and today is not None)


def _stated_period(st: Statement) -> Period | None:
    """Return the period of the figure a statement clearly states, if its words settle it."""
    if not st.candidates or not _clear(st):
        return None
    return figure_period(st.candidates[0].figure.period)


def _clear(st: Statement) -> bool:
    """Say whether a statement's best figure stands clearly above its runner-up."""
    cands = st.candidates
    return len(cands) == 1 or (len(cands) > 1 and cands[1].score < cands[0].score * SIBLING_RATIO)


def _drop_partner(earlier: Statement, later: Statement) -> None:
    """Drop the later number's figure from its comparison base's candidates: in "rose to 118,
    up from 109", 109 is never the figure 118 states."""
    if not later.candidates or len(earlier.candidates) < 2:
        return
    taken = later.candidates[0].figure.id
    if earlier.candidates[0].figure.id == taken:
        earlier.candidates = [c for c in earlier.candidates if c.figure.id != taken]


def _known(fig: Figure, period: Period, today: date | None) -> bool:
    """Say whether a figure was known by the draft's date: a source published by then; without
    dates, a period over by then, or a long one begun (a school year's count is out in autumn)."""
    if today is None:
        return True
    dates = [d for s in fig.sources if (d := parse_date(s.date)) is not None]
    if dates:
        return min(dates) <= today
    return (period.end <= today
            or ((period.end - period.start).days >= LONG_DAYS and period.start <= today))


def _latest(known: list[tuple[int, Period]],
            today: date | None) -> tuple[tuple[int, Period] | None, str]:
    """Return the series' latest figure among those known by the draft's date."""
    if not known:
        return None, ""
    how = (f"the latest figure as of the draft's date {today.isoformat()}" if today
           else "the latest figure")
    return max(known, key=lambda ip: (ip[1].end, ip[1].start)), how


def _named(periods: list[tuple[int, Period]],
           named: tuple[Period, ...]) -> tuple[int, Period] | None:
    """Return the one figure of the series whose period lies within a period named before."""
    inside = [(i, p) for i, p in periods if any(p.within(n) for n in named)]
    return inside[0] if len(inside) == 1 else None


def _before(periods: list[tuple[int, Period]], later: Period) -> tuple[int, Period] | None:
    """Return the series' figure just before a period (a comparison's base)."""
    earlier = [(i, p) for i, p in periods if p.end < later.start]
    return max(earlier, key=lambda ip: (ip[1].end, ip[1].start)) if earlier else None


def _imply(st: Statement, group: list[int], pick: int, period: Period, how: str,
           conflict: bool) -> None:
    """Rank the implied figure first; with a certain date, its siblings conflict in period."""
    cands = list(st.candidates)
    top = cands[0].score
    chosen = cands[pick]
    detail = f"{period.label if period.text else chosen.figure.period} ({how}; no period written)"
    # The figures of the implied period all gain (Harlan's and the state's March rates alike:
    # which of them the words name is not the period's to say); the others conflict.
    same = [i for i in group if figure_period(cands[i].figure.period) == period] or [pick]
    for i in same:
        c = cands[i]
        cands[i] = replace(c, score=round(max(top, c.score) + IMPLIED_WEIGHT, 3),
                           evidence=(*c.evidence, ("implied period", detail)),
                           period_score=c.period_score + IMPLIED_WEIGHT)
    if conflict:
        for i in group:
            if i not in same:
                c = cands[i]
                cands[i] = replace(c, period_conflict=True,
                                   evidence=(*c.evidence,
                                             ("period differs: the implied period is", detail)))
        st.periods = (replace(period, text=str(chosen.figure.period), how=how),)
    cands.sort(key=lambda c: (-c.score, c.figure.id))
    st.candidates = cands
