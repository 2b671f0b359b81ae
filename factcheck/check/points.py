"""A change of a percentage stated against the registry's figures for its two periods.

"Calder's unemployment rate rose 0.3 percent in August" states no levels, but the registry
holds the rate for July (4.2 percent) and August (4.5 percent): the change is 0.3 percentage
points, a rise of 7.1 percent. The statement's figure (its best candidate, a percentage) is
the later level; the earlier one is the figure of the same series (the same unit, place and
words, a period as long) for the period the sentence compares with: a comparison's base it
names ("from June", "than in 2024"), a year earlier when it says so ("over the year", "from
a year earlier"), else the period just before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from factcheck.check.arithmetic import (
    Relation,
    is_percent_change,
    sentence_start,
    value_interval,
)
from factcheck.check.relations import closed, magnitude, percent
from factcheck.check.series import alike_periods
from factcheck.intervals import Interval, format_number
from factcheck.models import Figure
from factcheck.periods import Period, parse_figure_period
from factcheck.registry.derived import figure_interval
from factcheck.registry.figures import figure_kind
from factcheck.types import Candidate, Statement

YEAR_AGO = re.compile(r"\b(?:over\s+the\s+(?:past\s+)?year|(?:from|than|since)\s+a\s+year\s+"
                      r"(?:earlier|ago|before)|year[- ]over[- ]year|year[- ]on[- ]year"
                      r"|(?:a|one)\s+year\s+(?:earlier|ago|before)|annual(?:ly)?)\b", re.I)


def registry_changes(statements: list[Statement]) -> Iterator[Relation]:
    """Yield each percent change of a registry percentage, with both readings from its periods."""
    for st in statements:
        if not is_percent_change(st) or st.q.value is None or not st.candidates:
            continue
        pair = levels(st)
        if pair is None:
            continue
        old, new = pair
        yield _relation(st, old, new)


def levels(st: Statement) -> tuple[Figure, Figure] | None:
    """Return the (earlier, later) registry levels a percent change speaks of, or None."""
    best = st.candidates[0]
    new = best.figure
    if figure_kind(new) != "percent" or (period := parse_figure_period(new.period)) is None:
        return None
    series = [(c.figure, p) for c in st.candidates[1:] if _same_series(c, best)
              and (p := parse_figure_period(c.figure.period)) is not None
              and alike_periods(p, period)]
    if not series:
        return None
    bases = [p for p in st.periods if p.comparison and not p.overlaps(period)]
    if bases:
        found = [f for f, p in series if any(p.overlaps(b) for b in bases)]
        return (found[0], new) if len(found) == 1 else None
    if YEAR_AGO.search(_around(st)):
        year_ago = _year_before(period)
        found = [f for f, p in series if year_ago is not None and p.overlaps(year_ago)
                 and p.start.month == year_ago.start.month]
        return (found[0], new) if len(found) == 1 else None
    earlier = [(f, p) for f, p in series if p.end < period.start]
    if not earlier:
        return None
    return max(earlier, key=lambda fp: (fp[1].end, fp[1].start))[0], new


def _around(st: Statement, reach: int = 120) -> str:
    """Return the words of its sentence around a number (a long sentence is not read whole for
    each of its numbers)."""
    start = sentence_start(st)
    if start < 0:
        return st.sentence
    end = start + len(st.sentence)
    return st.segment[max(start, st.q.start - reach):min(end, st.q.end + reach)]


def _same_series(c: Candidate, best: Candidate) -> bool:
    """Say whether a candidate is another period of the best one's series."""
    a, b = c.figure, best.figure
    return (a.unit == b.unit and a.per == b.per and figure_kind(a) == figure_kind(b)
            and (a.place or "").casefold() == (b.place or "").casefold() and c.hits == best.hits
            and a.period != b.period)


def _year_before(p: Period) -> Period | None:
    """Return the same period a year earlier."""
    try:
        return replace(p, start=p.start.replace(year=p.start.year - 1),
                       end=p.end.replace(year=p.end.year - 1))
    except ValueError:  # 29 February
        return replace(p, start=date(p.start.year - 1, p.start.month, 28),
                       end=date(p.end.year - 1, p.end.month, 28))


def _relation(st: Statement, old: Figure, new: Figure) -> Relation:
    """Return the change from `old` to `new` against the stated one, in both readings."""
    o, n = figure_interval(old), figure_interval(new)
    rel = closed((n.low / max(o.high, 1e-12) - 1) * 100, (n.high / max(o.low, 1e-12) - 1) * 100)
    pts = closed(n.low - o.high, n.high - o.low)
    stated = value_interval(st)
    if st.direction < 0:
        stated = Interval(-stated.high, -stated.low)
    elif not st.direction:
        rel, pts = magnitude(rel), magnitude(pts)
    v = (new.value / old.value - 1) * 100 if old.value else 0.0
    way = "an increase" if v >= 0 else "a decrease"
    points = f"{format_number(round(abs(new.value - old.value), 2))} percentage points"
    span = (f"from {format_number(old.value)} percent ({old.id}) to {format_number(new.value)} "
            f"percent ({new.id})")
    message = f"{span} is {way} of {percent(v)} ({points}), not {st.q.text}"
    return Relation("change", st, stated, rel, message, points=pts,
                    points_message=f"{span} is {points} ({way} of {percent(v)})")
