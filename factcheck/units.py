"""The one lazily built pint registry, and dimensions and conversions of canonical units.

The unit words and patterns extraction reads live in `unit_lexicon` (re-exported here, so
`factcheck.units` stays the one place callers name); common conversions need no pint.
"""

from __future__ import annotations

import functools
from typing import Any

from factcheck.unit_lexicon import (
    A_UNIT_RE,
    CURRENCY_BEFORE_RE,
    CURRENCY_CENTS,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    LOWER_CASE_ONLY,
    MEASURE_WORDS,
    PER_NUM_RE,
    PER_RE,
    PER_WORDS,
    PERCENT,
    PERCENT_WORDS,
    PERCENTAGE_POINT,
    SCALE_RE,
    SCALES,
    SP,
    TIME_WORDS,
    UNIT_RE,
    UNIT_SCALES,
    UNIT_TABLE,
    canonical_unit,
    format_unit,
    of_unit_re,
    per_unit,
    trie_pattern,
)

__all__ = [
    "A_UNIT_RE",
    "CURRENCY_BEFORE_RE",
    "CURRENCY_CENTS",
    "CURRENCY_CODES",
    "CURRENCY_PREFIXES",
    "CURRENCY_WORDS",
    "LOWER_CASE_ONLY",
    "MEASURE_WORDS",
    "PERCENT",
    "PERCENTAGE_POINT",
    "PERCENT_WORDS",
    "PER_NUM_RE",
    "PER_RE",
    "PER_WORDS",
    "SCALES",
    "SCALE_RE",
    "SI_FACTORS",
    "SP",
    "STATIC_DIMENSIONS",
    "TIME_WORDS",
    "UNIT_RE",
    "UNIT_SCALES",
    "UNIT_TABLE",
    "canonical_unit",
    "convert",
    "dimension_of",
    "format_unit",
    "get_ureg",
    "of_unit_re",
    "per_unit",
    "same_dimension",
    "split_unit",
    "trie_pattern",
]


@functools.cache
def get_ureg() -> Any:
    """Build the single pint UnitRegistry on first use."""
    import pint

    # pint caches its parsed definition files on disk: later processes build it several times
    # faster.
    try:
        ureg: Any = pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # an unwritable cache folder must not stop a scan
        ureg = pint.UnitRegistry()
    # pint's "decade" is logarithmic; prose means ten years.
    ureg.define("decade_year = 10 * year")
    ureg.define("millennium = 1000 * year = _ = millennia")
    # pint has ppm but no ppb: a concentration of lead in water is written in parts per billion.
    ureg.define("ppb = 1e-9")
    # Names the lexicon uses that pint spells only as products.
    for name, definition in (
        ("square_meter", "meter ** 2"), ("square_kilometer", "kilometer ** 2"),
        ("square_centimeter", "centimeter ** 2"), ("square_millimeter", "millimeter ** 2"),
        ("cubic_meter", "meter ** 3"), ("cubic_kilometer", "kilometer ** 3"),
        ("megabit_per_second", "megabit / second"), ("gigabit_per_second", "gigabit / second"),
        # freight's product units: "1.6 trillion ton-miles" (US tons), "tonne-kilometres"
        ("ton_mile", "short_ton * mile"), ("tonne_kilometer", "metric_ton * kilometer"),
    ):
        ureg.define(f"{name} = {definition}")
    return ureg


def _pint_name(unit: str) -> str:
    return "decade_year" if unit == "decade" else unit


# Linear units by dimension, as factors to the SI unit (exact definitions). Dimensions and
# conversions among them need no pint, whose registry costs ~0.2 s to build even cached;
# pint stays the reference (tests check every factor against it) and handles the rest.
_SI_TABLE: dict[str, dict[str, float]] = {
    "[mass]": {
        "kilogram": 1.0, "gram": 1e-3, "milligram": 1e-6, "microgram": 1e-9, "metric_ton": 1000.0,
        "pound": 0.45359237, "ounce": 0.028349523125, "short_ton": 907.18474,
        "long_ton": 1016.0469088, "troy_ounce": 0.0311034768, "megatonne": 1e9, "gigatonne": 1e12,
    },
    "[length]": {
        "meter": 1.0, "kilometer": 1000.0, "centimeter": 0.01, "millimeter": 0.001,
        "mile": 1609.344, "nautical_mile": 1852.0, "foot": 0.3048, "inch": 0.0254, "yard": 0.9144,
    },
    "[length] ** 2": {
        # US survey acre, as pint defines it
        "square_meter": 1.0, "square_kilometer": 1e6, "hectare": 1e4, "acre": 4046.8726098742513,
        "square_foot": 0.09290304, "square_mile": 2589988.110336, "square_centimeter": 1e-4,
        "square_millimeter": 1e-6, "square_yard": 0.83612736, "square_inch": 0.00064516,
    },
    "[length] ** 3": {
        "liter": 1e-3, "milliliter": 1e-6, "microliter": 1e-9, "cubic_centimeter": 1e-6,
        "gallon": 0.003785411784, "oil_barrel": 0.158987294928,
        "tablespoon": 1.478676478125e-05, "teaspoon": 4.92892159375e-06, "cup": 2.365882365e-04,
        "pint": 4.73176473e-04, "quart": 9.46352946e-04, "fluid_ounce": 2.95735295625e-05,
        "cubic_yard": 0.764554857984, "cubic_inch": 1.6387064e-05,
        "imperial_gallon": 4.54609e-03, "imperial_pint": 5.6826125e-04,
        "imperial_quart": 1.1365225e-03, "imperial_fluid_ounce": 2.84130625e-05,
        "board_foot": 2.359737216e-03,
    },
    # concentrations as ratios: "0.015 ppm" is 15 ppb
    "dimensionless": {"ppm": 1e-6, "ppb": 1e-9},
    "[length] / [time]": {
        "meter_per_second": 1.0, "kilometer_per_hour": 1 / 3.6, "mile_per_hour": 0.44704,
        "knot": 1852 / 3600, "foot_per_second": 0.3048, "kilometer_per_second": 1000.0,
    },
}
SI_FACTORS: dict[str, tuple[str, float]] = {
    unit: (dim, factor) for dim, table in _SI_TABLE.items() for unit, factor in table.items()
}

# Dimensions of the other lexicon units (conversions among them still go through pint).
_DIMENSION_TABLE: dict[str, str] = {
    '[current]': 'ampere',
    '[mass] / [length] / [time] ** 2': 'atmosphere kilopascal pascal psi',
    'dimensionless': 'bit byte degree exabyte gigabit gigabyte kilobit kilobyte megabit megabyte '
                     'petabyte terabyte',
    '[mass] * [length] ** 2 / [time] ** 2': 'british_thermal_unit calorie electron_volt '
                                            'gigaelectron_volt gigawatt_hour joule kilocalorie '
                                            'kiloelectron_volt kilowatt_hour megaelectron_volt '
                                            'megawatt_hour teraelectron_volt '
                                            'terawatt_hour watt_hour',
    '[time]': 'century day decade fortnight hour millennium minute month second week year',
    '[length] ** 3': 'acre_foot cubic_foot cubic_kilometer cubic_meter',
    '[mass] * [length]': 'ton_mile tonne_kilometer',
    '[temperature]': 'degree_Celsius degree_Fahrenheit kelvin',
    '1 / [time]': 'gigabit_per_second gigahertz hertz kilohertz megabit_per_second megahertz',
    '[mass] * [length] ** 2 / [time] ** 3': 'gigawatt kilowatt megawatt terawatt watt',
    '[length] ** 2 * [mass] / [time] ** 3': 'horsepower',
    '[length]': 'micrometer nanometer',
    '[current] * [time]': 'milliampere_hour',
    '[mass] * [length] ** 2 / [time] ** 3 / [current] ** 2': 'ohm',
    '[mass] * [length] ** 2 / [time] ** 3 / [current]': 'volt',
}
STATIC_DIMENSIONS: dict[str, str] = {
    **{unit: dim for dim, names in _DIMENSION_TABLE.items() for unit in names.split()},
    **{unit: dim for unit, (dim, _) in SI_FACTORS.items()},
}


def dimension_of(unit: str | None) -> str:
    """Return the dimension of a canonical unit: "[mass]", "currency:USD", "percent", "count"."""
    if unit is None:
        return "count"
    if unit in STATIC_DIMENSIONS:
        return STATIC_DIMENSIONS[unit]
    if unit in CURRENCY_CODES:
        return "currency:" + unit
    if unit in (PERCENT, PERCENTAGE_POINT, "times", "basis_point"):
        return unit
    ureg = get_ureg()
    return str(ureg.Unit(_pint_name(unit)).dimensionality)


def same_dimension(a: str | None, b: str | None) -> bool:
    """Say whether two canonical units measure the same kind of thing."""
    try:
        return dimension_of(a) == dimension_of(b)
    except Exception:
        return False


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert value between two canonical units; raise ValueError when impossible."""
    if from_unit == to_unit:
        return float(value)
    a, b = SI_FACTORS.get(from_unit), SI_FACTORS.get(to_unit)
    if a is not None and b is not None:
        if a[0] != b[0]:
            raise ValueError(f"cannot convert {from_unit} to {to_unit}")
        return float(value) * a[1] / b[1]
    if not same_dimension(from_unit, to_unit):
        raise ValueError(f"cannot convert {from_unit} to {to_unit}")
    if from_unit in CURRENCY_CODES or dimension_of(from_unit) in (
        PERCENT, PERCENTAGE_POINT, "times", "basis_point", "count",
    ):
        raise ValueError(f"cannot convert {from_unit} to {to_unit}")
    ureg = get_ureg()
    q = ureg.Quantity(value, ureg.Unit(_pint_name(from_unit)))
    return float(q.to(ureg.Unit(_pint_name(to_unit))).magnitude)


def split_unit(unit: str) -> tuple[str, str] | None:
    """Return a slashed measure ("mg/L", "µg/l") as its unit and denominator, else None."""
    if unit.lower() in MEASURE_WORDS or unit.count("/") != 1:
        return None  # "km/h" is a unit of its own
    top, _, bottom = (part.strip() for part in unit.partition("/"))
    num = MEASURE_WORDS.get(top.lower()) or (top if top in MEASURE_WORDS.values() else None)
    den = per_unit(bottom if bottom in ("l", "L") else bottom.lower())
    known = set(MEASURE_WORDS.values()) | set(TIME_WORDS.values())
    return (num, den) if num is not None and den in known else None
