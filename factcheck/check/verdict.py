"""Decide what a stated number is: verified, wrong, mis-hedged, off-period, malformed or unsourced.

Matching proposes candidate figures; this module judges the statement against each one
(see factcheck.intervals) and settles on one verdict, so that every rule reads the same facts.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.check.attribution import attributed_source
from factcheck.check.direction import figure_direction
from factcheck.check.index import same_per
from factcheck.check.plausible import (
    fits,
    in_unit,
    related_value,
    same_digits,
    same_order,
)
from factcheck.check.revisions import revise
from factcheck.check.series import same_series
from factcheck.check.stated import BARE_DEGREE, quoted_hedge, stated_interval, value_in_unit
from factcheck.check.wholes import prefer_wholes
from factcheck.intervals import Interval, agrees, interval, rounding_unit, scale_slip
from factcheck.models import Figure, Quantity, Source, Verdict
from factcheck.registry.load import source_interval, sources_conflict
from factcheck.text import one_line
from factcheck.types import Assessment, Candidate, Mention, Statement

AMBIGUITY = 0.85  # a runner-up this close to the best candidate makes a mismatch ambiguous
AGREE_RATIO = 0.7  # an agreeing candidate must score at least this share of the best
OWN_PERIOD_RATIO = 0.75  # of the words score: a figure of the number's own period is then meant
STRONG = 3.0  # evidence needed to call a far-off value wrong rather than unsourced
ACCUSE = 2.5  # evidence needed to call any value wrong (recognising an agreeing one needs 2)


def mention_of(st: Statement, a: Assessment) -> Mention | None:
    """Return the compact record of a statement tied to a figure, or None."""
    if a.figure is None:
        return None
    q = st.q
    return Mention(a.figure, a.source, a.verdict, a.reading, st.path, st.line, st.column,
                   st.end_line, st.end_column, st.start, st.end, q.text, q.hedge, q.value, q.unit,
                   q.kind, bool(q.malformed), q.precision, q.low, q.high, one_line(st.sentence))


def _target_interval(fig: Figure, src: Source | None) -> Interval:
    """Return the interval a statement is judged against: one source's, else the figure's; a
    decline stored as a negative value is judged by its size, its direction apart."""
    if src is not None and src.value is not None and src.value < 0:
        src = src.model_copy(update={"value": -src.value})
    span = source_interval(src) if src is not None else None
    return span if span is not None else interval(abs(fig.value), fig.qualifier)


def _judge(q: Quantity, value: float | None, fig: Figure, targets: list[Source | None],
           default_tolerance: float = 0.0) -> str:
    """Return 'agree', 'hedge' (agrees without the hedges) or 'differ', comparing sizes: which
    way a change goes is judged apart (see _reversed)."""
    if q.value is not None and q.value < 0:
        q = q.model_copy(update={"value": -q.value})
    if value is not None and value < 0:
        value = -value
    mine = stated_interval(q, value, fig.unit)
    if mine is None:
        return "differ"
    tol = fig.tolerance if fig.tolerance is not None else default_tolerance
    if any(agrees(mine, _target_interval(fig, t), tol) and not _bound_at_exact(q, value, fig, t)
           for t in targets):
        return "agree"
    v = value if value is not None else q.value
    if v is not None:
        v = v * 100.0 if q.kind == "fraction" else value_in_unit(v, q.unit, fig.unit)
    if v is not None and q.hedge != "none":
        bare = interval(v, "none", q.precision if value is None else None)
        for t in targets:
            target = _target_interval(fig, t)
            raw = abs(t.value if t is not None and t.value is not None else fig.value)
            # The bare number is the figure's own number: only the hedges disagree, unless
            # the source words it so too ("falls below 1,900", a threshold).
            if agrees(bare, target, tol) or abs(v - raw) < rounding_unit(raw) / 2:
                return "agree" if _hedged_as_quoted(q, fig, t) else "hedge"
    elif v is not None:
        for t in targets:
            if ((t is not None and t.qualifier != "exact")
                    or (t is None and fig.qualifier != "exact")):
                raw = abs(t.value if t is not None and t.value is not None else fig.value)
                if agrees(interval(v, "none", q.precision), interval(raw, "none"), 0.0):
                    return "hedge"
    return "differ"


def _hedged_as_quoted(q: Quantity, fig: Figure, src: Source | None) -> bool:
    """Say whether the draft hedges the number as its source's quote (or, judged against the
    figure's own value, every quote) does."""
    sources = [src] if src is not None else fig.sources
    return bool(sources) and all(quoted_hedge(s.quote, s.number) == q.hedge for s in sources)


STRICT_HEDGES = ("more-than", "less-than", "nearly")


def _bound_at_exact(q: Quantity, value: float | None, fig: Figure, t: Source | None) -> bool:
    """Say whether a strict bound is put at an exact figure's own number: "more than 34,400"
    or "nearly 4,600" where the source says exactly that number claims what it does not."""
    qualifier = t.qualifier if t is not None else fig.qualifier
    if q.hedge not in STRICT_HEDGES or qualifier != "exact":
        return False
    v = value if value is not None else q.value
    if v is None or q.kind == "fraction":
        return False
    raw = abs(t.value if t is not None and t.value is not None else fig.value)
    return abs(value_in_unit(abs(v), q.unit, fig.unit) - raw) < rounding_unit(raw) / 2


def _targets(st: Statement, fig: Figure) -> tuple[list[Source | None], Source | None, bool]:
    """Return what a statement is judged against: the source it names, else every source of a
    disputed figure, else the figure's own (best-supported) value."""
    src = attributed_source(st, fig)
    if src is not None:
        return [src], src, False
    if fig.disputed and sources_conflict(fig):
        return _valued(fig), None, True
    return [None], None, False


def _valued(fig: Figure) -> list[Source | None]:
    return [s for s in fig.sources if s.value is not None]


Judged = tuple[str, list[Source | None], Source | None, bool]  # verdict, targets, source, conflict


class _Judge:
    """Judge a statement against its candidates, each at most once."""

    def __init__(self, st: Statement, cands: list[Candidate], tolerance: float) -> None:
        self.st, self.cands, self.tolerance = st, cands, tolerance
        self.done: dict[int, Judged] = {}

    def __call__(self, i: int) -> Judged:
        if i not in self.done:
            fig = self.cands[i].figure
            targets, src, conflict = _targets(self.st, fig)
            verdict = _judge(self.st.q, None, fig, targets, self.tolerance)
            if verdict != "agree" and src is None and not conflict and sources_conflict(fig):
                # Not the best-supported value, but another source's: whose number is it?
                others = _valued(fig)
                if _judge(self.st.q, None, fig, others, self.tolerance) == "agree":
                    verdict, targets, conflict = "agree", others, True
            self.done[i] = (verdict, targets, src, conflict)
        return self.done[i]


def assess(st: Statement, tolerance: float = 0.0) -> Assessment:
    """Settle on one verdict for a statement from its candidates."""
    # Revised figures (check/revisions.py): judged again by their estimates; an old one is outdated.
    return revise(st, _assess(st, tolerance),
                  lambda fig, targets: _judge(st.q, None, fig, targets, tolerance))


def _assess(st: Statement, tolerance: float) -> Assessment:
    if st.q.malformed:
        return _assess_malformed(st, tolerance)
    if not st.candidates:
        return _points_slip(st, tolerance) or Assessment(Verdict.UNSOURCED)
    cands = st.candidates = prefer_wholes(st.candidates, frozenset(st.stems), AMBIGUITY)
    judge = _Judge(st, cands, tolerance)
    return (_agreeing(st, cands, judge) or _other_period(cands, judge)
            or _unit_slip(st, cands, tolerance) or _points_slip(st, tolerance)
            or _disagreeing(st, cands, judge))


def _agreeing(st: Statement, cands: list[Candidate], judge: _Judge) -> Assessment | None:
    """Return the verdict on a value that agrees with a figure the sentence speaks of about as
    strongly as the best one; a weak match does not excuse a wrong number for the best."""
    q, best = st.q, cands[0]
    if best.period_conflict:
        # A series' figure of another period than the number's own sets no bar for its own
        # period's: in "In 2024, the court recorded 6,406 filings", the 2025 figure's extra
        # keyword does not outrank the 2024 figure's.
        best = next((c for c in cands if not c.period_conflict and same_series(best, c)), best)
    for i, c in enumerate(cands):
        if c.score < best.score * AGREE_RATIO:
            break
        verdict, targets, src, conflict = judge(i)
        if verdict != "agree":
            continue
        per_off = bool(q.per and c.figure.per and not same_per(q.per, c.figure.per))
        if c.period_conflict or per_off:
            if c.strength < ACCUSE:
                continue  # a similar number for another period, weakly related: not an error
            if per_off and not (is_time_per(q.per) and is_time_per(c.figure.per)):
                return Assessment(Verdict.RATE_MISMATCH, c.figure, c, src, _real(targets),
                                  per_mismatch=True)
            return Assessment(Verdict.PERIOD_MISMATCH, c.figure, c, src, _real(targets),
                              per_mismatch=per_off)
        if _reversed(st, c.figure):
            return Assessment(Verdict.VALUE_MISMATCH, c.figure, c, src, _real(targets),
                              reversed=True)
        found = Verdict.SOURCE_CONFLICT if conflict else Verdict.VERIFIED
        return Assessment(found, c.figure, c, src, _real(targets), conflict=conflict)
    return None


def _reversed(st: Statement, fig: Figure) -> bool:
    """Say whether the draft turns the figure's change around: a loss stated as a gain."""
    mine, theirs = st.direction, figure_direction(fig)
    return bool(mine and theirs and mine != theirs)


def _disagreeing(st: Statement, cands: list[Candidate], judge: _Judge) -> Assessment:
    """Return the verdict on a value that agrees with no figure the sentence speaks of."""
    q, best = st.q, cands[0]
    if best.period_conflict:
        # A figure of the number's own period that the words name nearly as well is the one
        # meant ("when 64 people died in March" beside a year's pedestrian deaths) ...
        own = [c for c in cands if not c.period_conflict]
        if own and own[0].near and own[0].word_score >= best.word_score * OWN_PERIOD_RATIO:
            return _disagreeing(st, own, _Judge(st, own, judge.tolerance))
        # ... else the draft speaks of another period: a figure the registry does not hold.
        return Assessment(Verdict.UNSOURCED, best.figure, best, others=tuple(cands[:3]))
    close = [i for i, c in enumerate(cands)
             if c.score >= best.score * AMBIGUITY and not c.period_conflict]
    related = _likely_meant(q, cands, close)
    if len(close) > 1 and len(related) != 1:
        return Assessment(Verdict.AMBIGUOUS, best.figure, best,
                          others=tuple(cands[i] for i in close[:2]))
    pick = related[0] if related else 0
    c = cands[pick]
    if c.strength < ACCUSE:
        # Enough to recognise an agreeing number, not enough to call a different one wrong.
        return Assessment(Verdict.UNSOURCED, c.figure, c, others=tuple(cands[:3]))
    verdict, targets, src, conflict = judge(pick)
    if verdict == "hedge":
        return Assessment(Verdict.HEDGE_MISMATCH, c.figure, c, src, _real(targets),
                          conflict=conflict)
    if not c.topic:
        # Only a name ties the number to the figure: not enough to call it wrong.
        return Assessment(Verdict.UNSOURCED, c.figure, c, others=tuple(cands[:3]))
    stated = in_unit(q, c.figure.unit)
    if _weak_bound(q, stated, c.figure, targets):
        # A true bound needs no plausible slip: "more than 10,000" for 110,000 says too little.
        return Assessment(Verdict.WEAK_BOUND, c.figure, c, src, _real(targets), conflict=conflict)
    # A far-off value is called wrong only when it is of the figure's order of magnitude, the
    # figure's words stand next to it and its noun or unit says what it counts: in "Level 3 or
    # 4 on the test", 4 is no student count; in "a county of 31,000 people", no layoff count.
    if not (related_value(stated, c.figure.value)
            or (c.strength >= STRONG and c.near > 0 and same_order(stated, c.figure.value)
                and fits(st, c))):
        return Assessment(Verdict.UNSOURCED, c.figure, c, others=tuple(cands[:3]))
    slip = scale_slip(stated, c.figure.value) if stated is not None else None
    transposed = slip is None and same_digits(stated, c.figure.value)
    return Assessment(Verdict.VALUE_MISMATCH, c.figure, c, src, _real(targets), conflict=conflict,
                      scale=slip, transposed=transposed)




def _likely_meant(q: Quantity, cands: list[Candidate], close: list[int]) -> list[int]:
    """Return the close candidates a wrong value is likely a slip for."""
    related = [i for i in close
               if related_value(in_unit(q, cands[i].figure.unit), cands[i].figure.value)]
    if len(related) > 1 and q.unit:
        # A figure and its conversion ("26,000 pounds", "nearly 12 tonnes") are one quantity:
        # the one in the draft's own unit is meant.
        same_unit = [i for i in related if cands[i].figure.unit == q.unit]
        related = same_unit if len(same_unit) == 1 else related
    if len(related) > 1:
        # The same digits as one figure ("800" for 80, "62" for 26) point to a slip in it.
        alike = [i for i in related
                 if same_digits(in_unit(q, cands[i].figure.unit), cands[i].figure.value)]
        related = alike if len(alike) == 1 else related
    return related


def _unit_slip(st: Statement, cands: list[Candidate], tolerance: float) -> Assessment | None:
    """Return a unit mismatch when the number as written is the figure's own number in the
    figure's unit: "4,000 kilograms" where the source says 4,000 pounds."""
    q = st.q
    if not q.unit or q.value is None or q.unit == BARE_DEGREE:
        return None  # a bare "106 degrees" is in the figure's own scale
    for c in cands:
        fig = c.figure
        if c.strength < ACCUSE or not c.topic or _same_unit(q.unit, fig.unit):
            continue
        targets, src, _ = _targets(st, fig)
        as_written = q.model_copy(update={"unit": fig.unit})
        if _judge(as_written, None, fig, targets, tolerance) == "agree":
            return Assessment(Verdict.UNIT_MISMATCH, fig, c, src, _real(targets))
    return None


def _points_slip(st: Statement, tolerance: float) -> Assessment | None:
    """Return a unit mismatch when a change in percent is a figure's change in percentage
    points as written, or the other way round ("down 0.9 percent" for 0.9 points)."""
    for c in st.other_unit:
        if c.strength < ACCUSE or not c.topic or c.period_conflict:
            continue
        targets, src, _ = _targets(st, c.figure)
        as_written = st.q.model_copy(update={"unit": c.figure.unit, "kind": c.figure.kind})
        if _judge(as_written, None, c.figure, targets, tolerance) == "agree":
            return Assessment(Verdict.UNIT_MISMATCH, c.figure, c, src, _real(targets))
    return None


def _same_unit(a: str, b: str) -> bool:
    from factcheck.units import canonical_unit

    return canonical_unit(a) == canonical_unit(b)


def is_time_per(per: str | None) -> bool:
    """Say whether a rate's denominator is a span of time ("day", "month"), not a population."""
    if not per:
        return False
    from factcheck.units import UNIT_TABLE

    head = per.lower().split()[-1]
    found = UNIT_TABLE.get(head)
    return found is not None and found[0] == "time"


def _other_period(cands: list[Candidate],
                  judge: Callable[[int], tuple[str, list[Source | None], Source | None, bool]],
                  ) -> Assessment | None:
    """Return a period mismatch when the number is the value of a figure that the words name as
    well as the best one, but for another period (February's payrolls stated for March)."""
    best = cands[0]
    for i, c in enumerate(cands[1:], start=1):
        if (not c.period_conflict or c.strength < ACCUSE
                or c.word_score < best.word_score * AGREE_RATIO):
            continue
        verdict, targets, src, _ = judge(i)
        if verdict == "agree":
            return Assessment(Verdict.PERIOD_MISMATCH, c.figure, c, src, _real(targets))
    return None


def _weak_bound(q: Quantity, stated: float | None, fig: Figure,
                targets: list[Source | None]) -> bool:
    """Say whether a bound is true but far from the figure: "more than 50,000" for 110,000."""
    if stated is None or q.hedge not in ("more-than", "at-least", "less-than", "at-most"):
        return False
    if any((t.qualifier if t is not None else fig.qualifier) == q.hedge for t in targets):
        return False  # "more than 16,000" for "more than 61,000" misquotes the bound
    spans = [_target_interval(fig, t) for t in targets]
    if q.hedge in ("more-than", "at-least"):
        return all(stated <= span.low for span in spans)
    return all(stated >= span.high for span in spans)




def _real(targets: list[Source | None]) -> tuple[Source, ...]:
    return tuple(t for t in targets if t is not None)


def _assess_malformed(st: Statement, tolerance: float = 0.0) -> Assessment:
    q = st.q
    for reading in q.readings:
        for c in st.candidates:
            targets, src, _ = _targets(st, c.figure)
            if _judge(q, reading, c.figure, targets, tolerance) == "agree":
                return Assessment(Verdict.MALFORMED, c.figure, c, src, _real(targets),
                                  reading=reading)
    best = st.candidates[0] if st.candidates else None
    return Assessment(Verdict.MALFORMED, best.figure if best else None, best)
