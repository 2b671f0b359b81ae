"""What a figure says beyond its fields: its kind, its sources' intervals and precision, and
whether its sources disagree."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from factcheck.intervals import Interval, agrees, describe, interval
from factcheck.models import Figure, Source

DEFAULT_TOLERANCE = 0.02
CURRENCIES = frozenset({"USD", "EUR", "GBP", "MXN", "CAD", "JPY", "CNY", "BRL", "INR", "AUD",
                        "CHF"})
# What `registry add` cannot know (a title's wording, a publisher) starts with this until a
# curator writes it, and `registry check` reports it as an error until then.
PLACEHOLDER = "FILL IN"


def is_placeholder(text: str | None) -> bool:
    """Say whether a field still holds `registry add`'s placeholder."""
    return text is not None and text.lstrip().upper().startswith(PLACEHOLDER)


def figure_kind(fig: Figure) -> str:
    """Return the figure's kind, derived from its unit and denominator when not given."""
    if fig.kind:
        return fig.kind
    if fig.unit == "percent":
        return "percent"
    if fig.unit == "percentage_point":
        return "percentage-points"
    if fig.unit in CURRENCIES:
        return "money"
    if fig.per:
        return "rate"
    return "measure" if is_unit_name(fig.unit) else "count"


def is_unit_name(unit: str) -> bool:
    """Say whether a registry unit is a canonical measurement unit rather than a counted noun."""
    return unit in _canonical_units()


@lru_cache(maxsize=1)
def _canonical_units() -> frozenset[str]:
    from factcheck.units import MEASURE_WORDS, UNIT_TABLE

    return frozenset(MEASURE_WORDS.values()) | {name for kind, name in UNIT_TABLE.values()
                                                if kind == "time"}


def source_interval(src: Source, precision: float | None = None) -> Interval | None:
    """Return the interval a source's statement covers, or None for a malformed number.

    The printed `number` sets the precision: "3.0" covers 2.95 to 3.05, where the value
    3.0 alone would cover 2.5 to 3.5.
    """
    if src.value is None:
        return None
    if precision is None:
        precision = printed_precision(src.number, src.value)
    return interval(src.value, src.qualifier, precision)


@lru_cache(maxsize=8192)
def printed_precision(number: str | None, value: float) -> float | None:
    """Return the precision a printed number gives its value when finer than the value's own.

    "3.0" gives 3 a precision of 0.1, "2.50 million" gives 2,500,000 one of 10,000; a number
    whose digits say no more than its value ("110,000"), or that states the value in another
    scale ("two-thirds" for 66.67), gives None.
    """
    if not number:
        return None
    from factcheck.extract.quantities import extract_quantities
    from factcheck.intervals import rounding_unit

    found = [(q.value, q.precision)
             for q in extract_quantities(number) if q.value is not None and q.precision]
    if len(found) != 1:
        return None
    stated, precision = found[0]
    if (stated is None or precision is None
            or abs(abs(stated) - abs(value)) > 1e-9 * max(1.0, abs(value))):
        return None
    return precision if precision < rounding_unit(value) else None


def figure_precision(fig: Figure) -> float | None:
    """Return the finest precision the sources stating the figure's own value print it with."""
    found = [
        p for src in fig.sources
        if src.value is not None and abs(src.value - fig.value) < 1e-9 * max(1.0, abs(fig.value))
        for p in [printed_precision(src.number, src.value)] if p is not None
    ]
    return min(found) if found else None


def conflicting_pairs(fig: Figure) -> Iterator[tuple[Source, Source]]:
    """Yield each pair of valued sources whose statements do not overlap (beyond tolerance)."""
    tol = fig.tolerance if fig.tolerance is not None else DEFAULT_TOLERANCE
    valued = [s for s in fig.sources if s.value is not None]
    for i, a in enumerate(valued):
        for b in valued[i + 1:]:
            ia, ib = source_interval(a), source_interval(b)
            if ia is not None and ib is not None and not agrees(ia, ib, tol):
                yield a, b


def source_disagreements(fig: Figure) -> list[str]:
    """Describe each pair of sources whose statements do not overlap, and malformed ones."""
    notes = [
        f"{src.publisher} ({src.document}) prints the malformed number "
        f"'{src.number or '?'}' where the figure is {describe(fig.value, fig.qualifier)}"
        for src in fig.sources if src.value is None
    ]
    notes.extend(
        f"{a.publisher} ({a.document}) says {describe(a.value, a.qualifier)}; "
        f"{b.publisher} ({b.document}) says {describe(b.value, b.qualifier)}"
        for a, b in conflicting_pairs(fig)
    )
    return notes


def sources_conflict(fig: Figure) -> bool:
    """Say whether the figure's sources state values that do not overlap."""
    return next(conflicting_pairs(fig), None) is not None
