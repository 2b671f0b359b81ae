"""Plausibility before accusing: whether a value at odds with a figure could be a slip for it.

A number the words tie to a figure is called wrong only when it could be a mistake for
that figure: near its value, a power of ten off (a scale slip), its digits in another order,
or, further off but within a factor of ten, in the figure's own unit or counting what it
counts. A lone number of another magnitude ("a county of 31,000 people" beside a layoff
count of 1,450) is another statistic, not a wrong one.
"""

from __future__ import annotations

from factcheck.check.score import GENERIC_PEOPLE, counted_noun_stem
from factcheck.check.stated import value_in_unit
from factcheck.intervals import scale_slip
from factcheck.models import Quantity
from factcheck.text import stem
from factcheck.types import Assessment, Candidate, Statement
from factcheck.units import same_dimension


def plausible_slip(st: Statement, a: Assessment) -> bool:
    """Say whether an accused number reads as a typing slip for its figure: its digits (a
    scale slip or a transposition), in the figure's own unit or counting what it counts."""
    c = a.candidate
    if c is None:
        return False
    return same_digits(in_unit(st.q, c.figure.unit), c.figure.value) and fits(st, c)


def fits(st: Statement, c: Candidate) -> bool:
    """Say whether a number's unit or counted noun is what the figure measures: the same
    dimension, the figure's own noun (not a generic one such as "people"), or its kind."""
    q, fig = st.q, c.figure
    if q.unit or (fig.unit and q.kind == "measure"):
        return same_dimension(q.unit, fig.unit)
    if q.noun:
        noun = counted_noun_stem(q)
        if noun == stem(fig.unit or ""):
            return True
        return noun not in GENERIC_PEOPLE and any(label == "noun" for label, _ in c.evidence)
    if q.kind in ("money", "percent", "rate", "percentage-points"):
        return True
    return any(label in ("noun", "same unit") for label, _ in c.evidence)


def same_order(stated: float | None, expected: float) -> bool:
    """Say whether a value is within a factor of ten of the figure's (a vague amount, such as
    "a few thousand", has no one value and passes)."""
    return stated is None or not expected or 0.1 <= abs(stated) / abs(expected) <= 10




def related_value(stated: float | None, expected: float) -> bool:
    """Say whether a wrong value is near the figure or off by a power of ten (a likely slip)."""
    if stated is None or not expected:
        return False
    stated, expected = abs(stated), abs(expected)  # a decline is judged by its size
    return 0.3 <= stated / expected <= 3.0 or scale_slip(stated, expected) is not None


def same_digits(stated: float | None, expected: float) -> bool:
    """Say whether two values are written with the same digits (a scale slip or a transposition)."""
    return (stated is not None and stated != expected
            and sorted(_digits(stated)) == sorted(_digits(expected)))


def _digits(value: float) -> str:
    return f"{abs(value):.10g}".replace(".", "").replace("e", "").strip("0")


def in_unit(q: Quantity, unit: str | None) -> float | None:
    """Return the stated value in a figure's unit (a share in percent)."""
    if q.value is None:
        return None
    return q.value * 100.0 if q.kind == "fraction" else value_in_unit(q.value, q.unit, unit)
