"""FC105 bad-conversion: a unit conversion in the draft that does not hold.

What it flags: a measured amount followed by its own conversion ("26,000 pounds (nearly
12 tonnes)", "6 miles (10 km)", "over 4 tons, or 3.6 tonnes") where the converted value,
with both hedges and both roundings, does not match the original. It is checked with pint
whether or not the figure is in the registry. US "tons" are short tons (2,000 pounds),
unlike metric tonnes.

Why: conversions are done by hand at deadline and are easy to get wrong by a factor.

A conversion hedged with "about" is read as rounded: it must round to the exact
conversion at the precision it is written in ("184 pounds, or about 92 kilograms" is wrong:
184 pounds is 83.5 kilograms).

Example: "26,000 pounds (nearly 20 tonnes)" -> 26,000 pounds is 11.8 tonnes.
"""

from __future__ import annotations

from factcheck.check.clauses import conversion_pairs
from factcheck.check.stated import BARE_DEGREE, stated_interval
from factcheck.intervals import Interval, agrees, format_number
from factcheck.models import Scope
from factcheck.rules.base import Problem, problem_at, stated_words
from factcheck.types import Statement

CODE, NAME, SEVERITY, SCOPE = "FC105", "bad-conversion", "error", Scope.DOCUMENT
SUMMARY = "A unit conversion in the draft is wrong."

def check(statements: list[Statement], tolerance: float = 0.01,
          registry: object = None) -> list[Problem]:
    """Check every conversion in a document with pint, allowing a relative `tolerance` (the
    registry, passed to every document rule, is not needed)."""
    from factcheck.check.index import measure_dimension

    out = []
    for a, b in conversion_pairs(statements):
        ua, ub = a.q.unit, b.q.unit
        assert ua is not None and ub is not None
        # Dimensions come from a static table: pint loads only for a real conversion.
        if a.q.value is None or b.q.value is None or measure_dimension(ua) != measure_dimension(ub):
            continue
        if BARE_DEGREE in (ua, ub):
            continue  # "76 degrees (24 C)": a bare degree names no scale to convert from
        from factcheck.units import convert, format_unit

        # "about" on a conversion says it is rounded, not that it is a tenth off: "184 pounds,
        # or about 92 kilograms" is wrong (83.5); "26,000 pounds (about 12 tonnes)" is right.
        rounded = b.q.model_copy(update={"hedge": "none"}) if b.q.hedge == "about" else b.q
        ia, ib = stated_interval(a.q), stated_interval(rounded)
        if ia is None or ib is None:
            continue
        # Convert the ends, not a factor: temperatures are affine (30 °C is 86 °F, not 54 °F).
        lo, hi = sorted((convert(ia.low, ua, ub), convert(ia.high, ua, ub)))
        if agrees(Interval(lo, hi, ia.low_open, ia.high_open), ib, tolerance):
            continue
        exact = convert(a.q.value, ua, ub)
        message = (f"'{stated_words(b)}' is not a conversion of '{stated_words(a)}': "
                   f"{a.q.text} is {format_number(round(exact, 2 if exact < 100 else 0))} "
                   f"{format_unit(ub, exact)}")
        out.append(problem_at(b, message,
                              suggestion=f"{format_number(round(exact, 1))} "
                                         f"{format_unit(ub, exact)}"))
    return out
