"""A stated number as an interval of true values, in the unit it is judged in.

A reading overrides the value of a malformed number; a share is judged against percent; a
measure converts to the figure's unit (temperatures with their offset).
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.intervals import Interval, interval
from factcheck.types import Stated, Statement


def stated_interval(q: Stated, value: float | None = None,
                    unit: str | None = None) -> Interval | None:
    """Return the interval a stated quantity covers, in `unit` when given and convertible.

    A reading overrides the value of a malformed number.
    """
    v = q.value if value is None else value
    if v is None:
        if q.low is None or q.high is None:
            return None
        out = Interval(q.low, q.high)
    else:
        out = interval(v, q.hedge, q.precision if value is None else None)
    if q.kind == "fraction":
        return out.scaled(100.0)  # a share against percent
    if _affine(q.unit, unit):
        lo, hi = value_in_unit(out.low, q.unit, unit), value_in_unit(out.high, q.unit, unit)
        return Interval(lo, hi, out.low_open, out.high_open)
    factor = unit_factor(q.unit, unit)
    return out.scaled(factor) if factor != 1.0 else out


def stated_words(st: Statement) -> str:
    """Describe what the draft states, with its hedge: 'more than 120,000'."""
    hedge = st.q.hedge.replace("-", " ")
    return f"{hedge} {st.q.text}" if st.q.hedge != "none" else st.q.text


BARE_DEGREE = "degree"  # "degrees" with no scale: Fahrenheit or Celsius as the figure is


def _affine(have: str | None, want: str | None) -> bool:
    """Say whether converting between two units needs an offset (temperatures)."""
    if not have or not want or have == want:
        return False
    from factcheck.units import STATIC_DIMENSIONS

    return STATIC_DIMENSIONS.get(have) == STATIC_DIMENSIONS.get(want) == "[temperature]"


def value_in_unit(value: float, have: str | None, want: str | None) -> float:
    """Convert one value between measure units (offsets included); other units pass through."""
    if have == BARE_DEGREE:
        return value  # "76 degrees" is written in the scale of the figure it states
    if _affine(have, want):
        from factcheck.units import convert

        assert have is not None and want is not None
        return convert(value, have, want)
    return value * unit_factor(have, want)


def unit_factor(have: str | None, want: str | None) -> float:
    """Return the factor converting measures in `have` to `want`, or 1 when not both measures."""
    if not have or not want or have in (want, BARE_DEGREE):
        return 1.0
    return _unit_factor(have, want)


@lru_cache(maxsize=4096)
def _unit_factor(have: str, want: str) -> float:
    from factcheck.registry.load import is_unit_name
    from factcheck.units import canonical_unit, convert

    have, want = canonical_unit(have), canonical_unit(want)
    if have == want:
        return 1.0
    if not (is_unit_name(have) and is_unit_name(want)):
        return 1.0

    try:
        return convert(1.0, have, want)
    except ValueError:
        return 1.0


@lru_cache(maxsize=4096)
def quoted_hedge(quote: str, number: str | None) -> str | None:
    """Return the hedge the source's own quote puts on its number ("use above 6,000 gallons"
    says "more-than"), or None when the quote does not show the number."""
    if not number:
        return None
    from factcheck.extract.quantities import extract_quantities

    return next((q.hedge for q in extract_quantities(quote) if number in q.text), None)
