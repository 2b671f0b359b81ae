"""Settle a sentence's numbers together: a figure one number states is not another's.

A sentence rarely states one figure twice. In "the company looked at 14 sites in six
states", 14 states the figure "sites considered" and agrees with it; six counts states, and
the words it shares with that figure are 14's. Judged alone, six would be called a wrong
value for the figure 14 has already stated. So once every number of a sentence is assessed,
a number accused against a figure that another number of the same sentence agrees with is
judged again without that figure: it is then whatever else its words name, or unsourced.

A number that reads as a slip for the figure (near its value or a power of ten off, in its
unit or counting what it counts) keeps its accusation: in "the council spent $2.4 billion,
though some say $4.2 billion", the second amount contradicts the figure the first states.

An amount and its own conversion ("26,000 pounds (nearly 12 tonnes)") are one quantity
stated twice, and a bad conversion must still be caught, so such pairs are left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck.check.clauses import conversion_pairs
from factcheck.check.plausible import plausible_slip
from factcheck.models import Verdict
from factcheck.types import Assessment, Statement

AGREEING = frozenset({Verdict.VERIFIED, Verdict.SOURCE_CONFLICT, Verdict.OUTDATED})
ACCUSING = frozenset({Verdict.VALUE_MISMATCH, Verdict.HEDGE_MISMATCH, Verdict.WEAK_BOUND,
                      Verdict.PERIOD_MISMATCH, Verdict.RATE_MISMATCH, Verdict.UNIT_MISMATCH})

Assess = Callable[[Statement], Assessment]


def assess_together(statements: list[Statement],
                    assess: Assess) -> list[tuple[Statement, Assessment]]:
    """Assess a block's statements, then judge again a number accused against a figure that
    another number of its sentence states."""
    pairs = [(st, assess(st)) for st in statements]
    if len(pairs) < 2:
        return pairs
    stated = _stated_figures(pairs)
    paired = _conversions(statements)
    for i, (st, a) in enumerate(pairs):
        if a.verdict not in ACCUSING or a.figure is None or plausible_slip(st, a):
            continue
        owners = stated.get((id(st.sentence), a.figure.id), ())
        others = [o for o in owners if o is not st and (id(o), id(st)) not in paired]
        if others:
            pairs[i] = (st, _without(st, a.figure.id, assess))
    return pairs


def _stated_figures(
    pairs: list[tuple[Statement, Assessment]],
) -> dict[tuple[int, str], list[Statement]]:
    """Map (sentence, figure id) to the statements that agree with the figure."""
    stated: dict[tuple[int, str], list[Statement]] = {}
    for st, a in pairs:
        if a.verdict in AGREEING and a.figure is not None:
            # A sentence's statements share its text object; a repeated sentence has its own.
            stated.setdefault((id(st.sentence), a.figure.id), []).append(st)
    return stated


def _conversions(statements: list[Statement]) -> set[tuple[int, int]]:
    """Return the (amount, conversion) pairs, both ways round, as identity pairs."""
    found: set[tuple[int, int]] = set()
    for a, b in conversion_pairs(statements):
        found.update({(id(a), id(b)), (id(b), id(a))})
    return found


def _without(st: Statement, figure_id: str, assess: Assess) -> Assessment:
    """Assess a statement again without one of its candidate figures."""
    st.candidates = [c for c in st.candidates if c.figure.id != figure_id]
    return assess(st)
