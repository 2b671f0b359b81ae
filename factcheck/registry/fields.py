"""A figure's own fields as `registry check` reads them: its unit against its kind, its period
in the period grammar (with the spelling it probably meant), its sources' ISO dates.
"""

from __future__ import annotations

import re

from factcheck.models import PERCENTAGE_POINT, Figure
from factcheck.periods import grammar, parse_figure_period
from factcheck.registry.load import CURRENCIES, figure_kind


def unit_is_known(unit: str) -> bool:
    """Say whether pint can parse a unit name, or the lexicon's ("parts per billion" is ppb)."""
    from factcheck.units import canonical_unit, dimension_of

    try:
        dimension_of(canonical_unit(unit))
    except Exception:  # pint raises several error types for unknown names
        return False
    return True


# What each kind's unit must be, and how to say so.
_KIND_UNITS = {
    "percent": "unit: percent",
    "change": "unit: percent (a relative rise or fall)",
    "percentage-points": "unit: percentage_points",
    "money": "an ISO currency code such as USD",
    "measure": "a unit pint knows, such as pound, metric_ton or kilometer",
    "count": "a counted noun in the plural, such as deaths or people",
    "rate": "a counted noun with 'per', such as homicides per 100000 people",
}
ISO_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def unit_problem(fig: Figure) -> str | None:
    """Return why the figure's unit does not fit its kind, or None."""
    kind, unit = figure_kind(fig), fig.unit
    special = (unit == "percent" or unit == PERCENTAGE_POINT or unit in CURRENCIES
               or bool(re.fullmatch(r"[A-Z]{3}", unit)))
    fits = {
        "percent": unit == "percent",
        "change": unit == "percent",
        "percentage-points": unit == PERCENTAGE_POINT,
        "money": bool(re.fullmatch(r"[A-Z]{3}", unit)),
        "measure": True,  # checked against pint below
        "count": not special and not _is_measure_unit(unit),
        "rate": unit not in ("percent", PERCENTAGE_POINT),
    }[kind]
    if fits:
        return None
    shown = "percentage_points" if unit == PERCENTAGE_POINT else unit
    if kind == "count" and _is_measure_unit(unit):
        return (f"unit '{shown}' does not fit kind 'count': '{shown}' is a measure, "
                "so write kind: measure")
    return f"unit '{shown}' does not fit kind '{kind}': use {_KIND_UNITS[kind]}"


def _is_measure_unit(unit: str) -> bool:
    from factcheck.registry.load import is_unit_name
    from factcheck.units import canonical_unit

    # a spelling the scanner reads as a measure ("parts per billion") is one in the registry too
    canon = canonical_unit(unit)
    return ((is_unit_name(unit) or is_unit_name(canon))
            and not (_is_time_unit(unit) or _is_time_unit(canon)))


def _is_time_unit(unit: str) -> bool:
    from factcheck.units import MEASURE_WORDS, UNIT_TABLE

    names = {name for kind, name in UNIT_TABLE.values() if kind == "time"}
    return unit in names or MEASURE_WORDS.get(unit) in names or unit.endswith("of age")


def period_suggestion(text: str) -> str | None:
    """Return a period in the registry grammar for a common other spelling, or None.

    "August 2026" -> "2026-08", "Aug. 3, 2026" -> "2026-08-03", "Q1 2026" -> "2026-Q1",
    "fiscal year 2023" -> "FY2023", "water year 2026" -> "WY2026", "March-May 2023" ->
    "2023-03/2023-05".
    """
    from factcheck.periods import MONTHS

    t = " ".join(text.replace(",", " ").split())
    month = r"([A-Za-z]+)\.?"
    m = re.fullmatch(month + r" (\d{4})", t)
    if m and m.group(1).lower() in MONTHS:
        return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"
    m = re.fullmatch(month + r" (\d{1,2})(?:st|nd|rd|th)? (\d{4})", t) or None
    if m and m.group(1).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = re.fullmatch(r"(\d{1,2}) " + month + r" (\d{4})", t)
    if m and m.group(2).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(month + r" ?(?:-|–|to|through) ?" + month + r" (\d{4})", t)
    if m and m.group(1).lower() in MONTHS and m.group(2).lower() in MONTHS:
        y = m.group(3)
        return f"{y}-{MONTHS[m.group(1).lower()]:02d}/{y}-{MONTHS[m.group(2).lower()]:02d}"
    m = re.fullmatch(r"(?:Q([1-4]) (\d{4})|(\d{4}) Q([1-4]))", t, re.I)
    if m:
        return f"{m.group(2) or m.group(3)}-Q{m.group(1) or m.group(4)}"
    m = re.fullmatch(r"(?:fiscal(?: year)?|FY) ?(\d{4})", t, re.I)
    if m:
        return f"FY{m.group(1)}"
    m = re.fullmatch(r"(?:water year|WY) ?(\d{4})|(?:the )?(\d{4}) water year", t, re.I)
    if m:
        return f"WY{m.group(1) or m.group(2)}"
    return None


def period_problem(period: str) -> str | None:
    """Return why a figure's period is not in the period grammar, with a suggestion, or None."""
    if parse_figure_period(period) is not None:
        return None
    suggestion = period_suggestion(period)
    hint = f'; write "{suggestion}"' if suggestion else ""
    return f'period "{period}" is not in the period grammar{hint} (accepted forms: {grammar()})'


# Words a denominator's comparison drops: "per person per day" is the denominator "person day".
_PER_FILLER = frozenset(("per", "a", "an", "each", "every"))


def per_problem(per: str) -> str | None:
    """Return a warning for a 'per' that repeats "per" or its like inside, with its plain form."""
    words = per.split()
    kept = [w for w in words if w.lower() not in _PER_FILLER]
    if len(kept) == len(words) or not kept:
        return None
    plain = " ".join(kept)
    dropped = next(w for w in words if w.lower() in _PER_FILLER)
    return (f'per "{per}" holds the word "{dropped}", which a denominator drops: it is read as '
            f'"{plain}"; write per: {plain}')
