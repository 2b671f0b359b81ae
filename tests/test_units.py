"""Unit lexicon and the lazy pint registry."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factcheck import units


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        (26000, "pound", "metric_ton", 11.79),
        (10000, "pound", "short_ton", 5.0),
        (6, "mile", "kilometer", 9.656),
        (1, "metric_ton", "kilogram", 1000.0),
        (1, "short_ton", "pound", 2000.0),
        (1, "long_ton", "pound", 2240.0),
        (212, "degree_Fahrenheit", "degree_Celsius", 100.0),
        (2, "decade", "year", 20.0),
        (100, "kilometer_per_hour", "mile_per_hour", 62.14),
        (5, "foot", "meter", 1.524),
        (10, "imperial_gallon", "liter", 45.46),
        (12, "board_foot", "cubic_foot", 1.0),
        (1, "ton_mile", "tonne_kilometer", 1.460),
    ],
    ids=["lb-tonne", "lb-short-ton", "mile-km", "tonne-kg", "short-ton-lb", "long-ton-lb",
         "F-C", "decade-year", "kmh-mph", "ft-m", "imperial-gallon-l", "board-feet-cu-ft",
         "ton-mile-tonne-km"],
)
def test_convert(value: float, src: str, dst: str, expected: float) -> None:
    assert units.convert(value, src, dst) == pytest.approx(expected, rel=1e-3)


def test_convert_same_unit_is_identity() -> None:
    assert units.convert(5, "USD", "USD") == 5.0


@pytest.mark.parametrize(("src", "dst"), [("pound", "mile"), ("USD", "EUR"), ("percent", "pound")],
                         ids=["mass-length", "currencies", "percent-mass"])
def test_convert_impossible(src: str, dst: str) -> None:
    with pytest.raises(ValueError):
        units.convert(1, src, dst)


@pytest.mark.parametrize(
    ("unit", "dimension"),
    [("pound", "[mass]"), ("metric_ton", "[mass]"), ("mile", "[length]"), ("USD", "currency:USD"),
     ("percent", "percent"), (None, "count"), ("mile_per_hour", "[length] / [time]"),
     ("ton_mile", "[mass] * [length]"), ("board_foot", "[length] ** 3")],
    ids=["pound", "tonne", "mile", "usd", "percent", "count", "speed", "ton-mile", "board-foot"],
)
def test_dimension_of(unit: str | None, dimension: str) -> None:
    assert units.dimension_of(unit) == dimension


def test_same_dimension() -> None:
    assert units.same_dimension("pound", "metric_ton")
    assert not units.same_dimension("pound", "USD")
    assert not units.same_dimension("USD", "EUR")
    assert not units.same_dimension("no_such_unit_xyz", "pound")


@pytest.mark.parametrize(
    ("unit", "value", "text"),
    [("pound", 2, "pounds"), ("pound", 1, "pound"), ("metric_ton", 6, "tonnes"),
     ("short_ton", 4, "short tons"), ("foot", 5, "feet"), ("USD", 3, "USD"), (None, 3, ""),
     ("percent", 70, "percent")],
    ids=["pounds", "pound", "tonnes", "short-tons", "feet", "usd", "none", "percent"],
)
def test_format_unit(unit: str | None, value: float, text: str) -> None:
    assert units.format_unit(unit, value) == text


def test_lexicon_names() -> None:
    assert units.MEASURE_WORDS["tons"] == "short_ton"
    assert units.MEASURE_WORDS["tonnes"] == "metric_ton"
    assert units.CURRENCY_WORDS["pesos"] == "MXN"
    assert units.CURRENCY_PREFIXES["$"] == "USD"


def test_every_lexicon_unit_is_known_to_pint() -> None:
    for name in {*units.MEASURE_WORDS.values(), *units.TIME_WORDS.values()}:
        assert units.dimension_of(name), name  # raises for a name pint does not know


def test_square_kilometers_convert() -> None:
    assert units.convert(1, "square_kilometer", "hectare") == pytest.approx(100.0)


def test_registry_is_single() -> None:
    assert units.get_ureg() is units.get_ureg()


def test_importing_does_not_import_pint() -> None:
    code = ("import sys, factcheck.units, factcheck.extract; "
            "factcheck.extract.extract_quantities('6 tons and 5 miles'); "
            "sys.exit(1 if 'pint' in sys.modules else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize("unit",
                         sorted(__import__("factcheck.units", fromlist=["SI_FACTORS"]).SI_FACTORS))
def test_static_factors_agree_with_pint(unit: str) -> None:
    """The table that spares scans from loading pint says what pint says."""
    from factcheck import units

    dim, factor = units.SI_FACTORS[unit]
    ureg = units.get_ureg()
    q = ureg.Quantity(1.0, ureg.Unit(units._pint_name(unit)))
    assert str(q.dimensionality) == dim
    assert q.to_base_units().magnitude == pytest.approx(factor, rel=1e-9)


@pytest.mark.parametrize("unit", sorted(units.STATIC_DIMENSIONS))
def test_static_dimensions_agree_with_pint(unit: str) -> None:
    ureg = units.get_ureg()
    assert units.STATIC_DIMENSIONS[unit] == str(ureg.Unit(units._pint_name(unit)).dimensionality)


def test_every_lexicon_unit_has_a_static_dimension() -> None:
    assert set(units.MEASURE_WORDS.values()) <= set(units.STATIC_DIMENSIONS)
