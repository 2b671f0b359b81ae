"""Judge numbers as intervals: a stated value with its hedge and rounding against a figure.

Every statement covers an interval of true values (see docs/judging.md):

- Precision comes from the written form: "110,000" is rounded to the ten thousand and covers
  105,000..115,000; "7.8" covers 7.75..7.85; "32,223" covers only itself. The rounding unit
  is capped at a tenth of the value, so "200,000" covers 190,000..210,000 rather than
  150,000..250,000, and "10 countries" means ten.
- Hedges widen or move the edges: "about X" is X +/- max(precision, 10%), "nearly X" is
  [X - max(precision, 10%), X], "more than X" is (X, X + max(precision, 25%)], "at least X"
  is [X, ...], "less than X" is [X - max(precision, 25%), X), "up to X" is [0, X].

Two statements agree when their intervals overlap.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# A draft's hedge and a figure's qualifier share these words; "none" and "exact" are the same.
NEAR_HEDGES = {"about": 0.10, "nearly": 0.10}
WIDE = 0.25
EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed or half-open interval of plausible true values."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        """Say whether two intervals share at least one value."""
        if self.high < other.low - _eps(other.low) or other.high < self.low - _eps(self.low):
            return False
        # Touching edges overlap only when both touching ends are closed.
        if math.isclose(self.high, other.low, rel_tol=1e-9, abs_tol=1e-12):
            return not (self.high_open or other.low_open)
        if math.isclose(other.high, self.low, rel_tol=1e-9, abs_tol=1e-12):
            return not (other.high_open or self.low_open)
        return True

    def scaled(self, factor: float) -> Interval:
        """Return the interval multiplied by a positive factor."""
        return Interval(self.low * factor, self.high * factor, self.low_open, self.high_open)


def _eps(x: float) -> float:
    return abs(x) * EPS


def rounding_unit(value: float, written_precision: float | None = None) -> float:
    """Return the rounding unit of a value: its last significant place, capped at 10%."""
    if value == 0:
        return written_precision or 1.0
    place = written_precision if written_precision else _last_significant_place(value)
    cap = abs(value) * 0.1
    return min(place, cap) if cap > 0 else place


def _last_significant_place(value: float) -> float:
    v = abs(value)
    if v >= 1 and float(v).is_integer():
        n = round(v)
        place = 1
        while n % 10 == 0 and n:
            n //= 10
            place *= 10
        return float(place)
    text = f"{v:.10f}".rstrip("0")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 10.0 ** -decimals


def interval(value: float, hedge: str = "none", precision: float | None = None) -> Interval:
    """Return the interval a value covers, given its hedge and written precision."""
    unit = rounding_unit(value, precision)
    half = unit / 2
    mag = abs(value)
    if hedge in ("none", "exact"):
        # Half-open, as rounding is: "4.3" and "4.4" share no value.
        return Interval(value - half, value + half, high_open=True)
    if hedge == "about":
        w = max(unit, mag * NEAR_HEDGES["about"])
        return Interval(value - w, value + w)
    if hedge == "nearly":
        w = max(unit, mag * NEAR_HEDGES["nearly"])
        return Interval(value - w, value)
    if hedge == "more-than":
        return Interval(value, value + max(unit, mag * WIDE), low_open=True)
    if hedge == "at-least":
        return Interval(value, value + max(unit, mag * WIDE))
    if hedge == "less-than":
        return Interval(value - max(unit, mag * WIDE), value, high_open=True)
    if hedge == "at-most":
        return Interval(0.0, value)
    raise ValueError(f"unknown hedge {hedge!r}")


def agrees(a: Interval, b: Interval, tolerance: float = 0.0) -> bool:
    """Say whether two intervals overlap, after widening `b` by a relative tolerance."""
    if tolerance:
        pad = max(abs(b.low), abs(b.high)) * tolerance
        b = Interval(b.low - pad, b.high + pad, b.low_open, b.high_open)
    return a.overlaps(b)


SCALE_SLIPS = (10.0, 100.0, 1000.0, 1e6, 1e9)


def scale_slip(stated: float, expected: float) -> float | None:
    """Return the power-of-ten factor by which `stated` is off from `expected`, if it is one."""
    if stated <= 0 or expected <= 0:
        return None
    ratio = stated / expected
    for factor in SCALE_SLIPS:
        for r in (factor, 1 / factor):
            if abs(ratio / r - 1) <= 0.06:
                return r
    return None


def format_number(value: float | None) -> str:
    """Format a value the way a newsroom writes it: 110,000 / 7.8 / 1.2 million."""
    if value is None or math.isnan(value):
        return "?"
    v = abs(value)
    sign = "-" if value < 0 else ""
    # Scale words only where they lose nothing: 1.2 million, never 1.234567 million.
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if v >= scale and round(v / scale, 2) * scale == v:
            return f"{sign}{_trim(v / scale)} {word}"
    if float(v).is_integer():
        return f"{sign}{int(v):,}"
    return sign + f"{v:,.4f}".rstrip("0").rstrip(".")


_WRITTEN_DIGITS_RE = re.compile(r"[\dOolI][\dOolI.,'’]*")  # digits as typed, lookalike letters too


def respelled(written: str, number: str) -> str:
    """Return a number as written with its digits replaced.

    ("$41,00 million", "41,000") -> "$41,000 million".
    """
    runs = [m for m in _WRITTEN_DIGITS_RE.finditer(written) if any(c.isdigit() for c in m.group())]
    if not runs:
        return number
    run = max(runs, key=lambda m: len(m.group()))
    return written[: run.start()] + number + written[run.end():]


def _trim(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


QUALIFIER_WORDS = {
    "exact": "",
    "none": "",
    "about": "about ",
    "nearly": "nearly ",
    "more-than": "more than ",
    "at-least": "at least ",
    "less-than": "less than ",
    "at-most": "at most ",
}


def describe(value: float | None, qualifier: str = "exact", unit: str | None = None) -> str:
    """Describe a value in words: 'nearly 110,000 deaths', '70 percent'."""
    if value is None:
        return "?"
    number = format_number(value)
    words = QUALIFIER_WORDS.get(qualifier, "")
    if unit is None or unit == "":
        return f"{words}{number}"
    if unit == "percent":
        return f"{words}{number}%"
    if unit in ("USD",):
        return f"{words}${number}"
    from factcheck.units import CURRENCY_CODES, MEASURE_WORDS, format_unit

    if unit in CURRENCY_CODES:
        return f"{words}{number} {unit}"
    if unit in MEASURE_WORDS.values():
        return f"{words}{number} {format_unit(unit, value)}"
    return f"{words}{number} {unit.replace('_', ' ')}"
