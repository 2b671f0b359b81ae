"""Registry forms a water newsroom needs: compound denominators, concentrations, water years."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import factcheck
from factcheck.check.score import same_per_text
from factcheck.decide import Policy
from factcheck.extract.quantities import extract_quantities
from factcheck.models import Figure
from factcheck.periods import find_periods, parse_figure_period
from factcheck.registry.check import check_registry
from factcheck.registry.fields import per_problem, period_suggestion
from factcheck.registry.validation import figure_record
from factcheck.units import convert, dimension_of, get_ureg, split_unit

SOURCE = ("The 90th percentile lead level was 6.1 ppb, under the action level of 15 parts per "
          "billion. Nitrate averaged 4.2 mg/L. Customers used 118 gallons per person per day.\n")


def _registry(tmp_path: Path, unit: str, value: float, number: str, quote: str,
              per: str | None = None, period: str = "2025") -> Path:
    (tmp_path / "report.txt").write_text(SOURCE, encoding="utf-8")
    per_line = f"    per: {per}\n" if per else ""
    (tmp_path / "figures.yaml").write_text(f"""\
version: 1
figures:
  - id: orrin_water_2025
    title: A water figure for Orrin
    value: {value}
    unit: "{unit}"
    kind: measure
{per_line}    period: "{period}"
    keywords: [lead, nitrate, gallons, level, water]
    sources:
      - document: report.txt
        publisher: Orrin Water
        date: "2026-03-01"
        quote: "{quote}"
        value: {value}
        number: "{number}"
""", encoding="utf-8")
    return tmp_path / "figures.yaml"


# --- compound denominators ---------------------------------------------------------------

SAME_PER = [
    ("plain", "person day", "person day", True),
    ("per-inside", "person per day", "person day", True),
    ("capita", "capita day", "person day", True),
    ("per-capita-per-day", "per capita per day", "person day", True),
    ("order", "day person", "person day", True),
    ("one-missing", "person", "person day", False),
    ("other-time", "person month", "person day", False),
]


@pytest.mark.parametrize(("a", "b", "same"), [r[1:] for r in SAME_PER],
                         ids=[r[0] for r in SAME_PER])
def test_a_denominator_is_a_set_of_unit_words(a: str, b: str, same: bool) -> None:
    assert same_per_text(a, b) is same


PER_WARNINGS = [
    ("plain", "person day", None),
    ("number", "100000 people", None),
    ("per-inside", "person per day", "person day"),
    ("per-before", "per capita per day", "capita day"),
    ("every", "every day", "day"),
]


@pytest.mark.parametrize(("per", "plain"), [r[1:] for r in PER_WARNINGS],
                         ids=[r[0] for r in PER_WARNINGS])
def test_a_per_with_filler_words_is_told_its_plain_form(per: str, plain: str | None) -> None:
    problem = per_problem(per)
    assert (problem is None) is (plain is None)
    if plain is not None:
        assert problem is not None and problem.endswith(f"write per: {plain}")


def test_registry_check_warns_at_the_per_line(tmp_path: Path) -> None:
    path = _registry(tmp_path, "gallon", 118, "118 gallons",
                     "Customers used 118 gallons per person per day", per="person per day")
    problems = check_registry(str(path))
    assert [(p.line, p.severity) for p in problems] == [(8, "warning")]
    assert 'write per: person day' in problems[0].message


# --- concentrations ----------------------------------------------------------------------

CONVERSIONS = [
    ("ppm-to-ppb", 0.015, "ppm", "ppb", 15.0),
    ("ppb-to-ppm", 6.1, "ppb", "ppm", 0.0061),
    ("a-million-ppm", 1e6, "ppm", "ppb", 1e9),
]


@pytest.mark.parametrize(("value", "have", "want", "expected"), [r[1:] for r in CONVERSIONS],
                         ids=[r[0] for r in CONVERSIONS])
def test_concentrations_convert(value: float, have: str, want: str, expected: float) -> None:
    assert convert(value, have, want) == pytest.approx(expected)
    ureg = get_ureg()  # pint is the reference for the table's factors
    assert ureg.Quantity(value, have).to(want).magnitude == pytest.approx(expected)


def test_a_concentration_is_not_a_percent_or_a_mass() -> None:
    assert dimension_of("ppb") == "dimensionless"
    for other in ("percent", "milligram"):
        with pytest.raises(ValueError):
            convert(1.0, "ppb", other)


READINGS = [
    ("ppb", "The lead level was 15 ppb last year.", "15 ppb", 15.0, "ppb", None),
    ("parts-per-billion", "Lead reached 15 parts per billion.", "15 parts per billion", 15.0,
     "ppb", None),
    ("hyphened", "Lead reached 6.1 parts-per-billion.", "6.1 parts-per-billion", 6.1, "ppb", None),
    ("ppm", "The limit is 0.015 ppm of lead.", "0.015 ppm", 0.015, "ppm", None),
    ("mg-per-L", "Nitrate averaged 4.2 mg/L in 2025.", "4.2 mg", 4.2, "milligram", "liter"),
    ("ug-per-l", "Arsenic was 3 µg/l in June.", "3 µg", 3.0, "microgram", "liter"),
    ("words", "Nitrate averaged 4.2 milligrams per liter.", "4.2 milligrams", 4.2, "milligram",
     "liter"),
    ("price-per-L", "Fuel cost €1.80/L in May.", "€1.80", 1.8, "EUR", "liter"),
    ("tons-per-year", "Trucks haul 5 tons/year.", "5 tons", 5.0, "short_ton", "year"),
    ("slash-later-is-no-per", "There were 1,200 cases in the city/county area.", "1,200",
     1200.0, None, None),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "per"),
                         [r[1:] for r in READINGS], ids=[r[0] for r in READINGS])
def test_drafts_read_concentrations(text: str, surface: str, value: float, unit: str,
                                    per: str | None) -> None:
    q = next(q for q in extract_quantities(text) if q.text == surface)
    assert (q.value, q.unit, q.per) == (value, unit, per)


SPLITS = [
    ("mg-L", "mg/L", ("milligram", "liter")),
    ("ug-l", "µg/l", ("microgram", "liter")),
    ("names", "milligram/liter", ("milligram", "liter")),
    ("per-day", "gallon/day", ("gallon", "day")),
    ("speed-is-one-unit", "km/h", None),
    ("no-slash", "ppb", None),
    ("counted", "cases/week", None),
]


@pytest.mark.parametrize(("unit", "split"), [r[1:] for r in SPLITS], ids=[r[0] for r in SPLITS])
def test_a_slashed_registry_unit_is_a_unit_per_a_unit(
        unit: str, split: tuple[str, str] | None) -> None:
    assert split_unit(unit) == split


def _figure(unit: str, per: str | None = None) -> Figure:
    return figure_record({
        "id": "x", "title": "x", "value": 1, "unit": unit, "per": per,
        "sources": [{"document": "d.txt", "publisher": "p", "quote": "1", "value": 1}]})


def test_a_figure_in_mg_per_L_is_milligram_per_liter() -> None:
    fig = _figure("mg/L")
    assert (fig.unit, fig.per) == ("milligram", "liter")
    assert (_figure("mg/L", per="day").unit, _figure("km/h").unit) == ("mg/L", "km/h")


CLEAN = [
    ("ppb", "ppb", 6.1, "6.1 ppb", "The 90th percentile lead level was 6.1 ppb", None),
    ("mg-per-L", "mg/L", 4.2, "4.2 mg/L", "Nitrate averaged 4.2 mg/L", None),
    ("person-day", "gallon", 118, "118 gallons", "Customers used 118 gallons per person per day",
     "person day"),
]


@pytest.mark.parametrize(("unit", "value", "number", "quote", "per"), [r[1:] for r in CLEAN],
                         ids=[r[0] for r in CLEAN])
def test_registry_check_accepts_concentrations(tmp_path: Path, unit: str, value: float,
                                               number: str, quote: str, per: str | None) -> None:
    assert check_registry(str(_registry(tmp_path, unit, value, number, quote, per))) == []


SCANS = [
    ("same-unit", "The lead level in Orrin water was 15 ppb, the utility said.", ["verified"]),
    ("converted", "The lead level in Orrin water was 0.015 ppm, the utility said.",
     ["verified"]),
    ("words", "The lead level in Orrin water was 15 parts per billion, the utility said.",
     ["verified"]),
    ("wrong", "The lead level in Orrin water was 18 ppb, the utility said.", ["value-mismatch"]),
]


@pytest.mark.parametrize(("text", "kinds"), [r[1:] for r in SCANS], ids=[r[0] for r in SCANS])
def test_drafts_meet_a_figure_in_ppb(tmp_path: Path, text: str, kinds: list[str]) -> None:
    path = _registry(tmp_path, "ppb", 15, "15 parts per billion",
                     "under the action level of 15 parts per billion")
    findings = factcheck.scan_text(text, factcheck.load_registry(path), path="d.md",
                                   policy=Policy(show_verified=True))
    assert [f["kind"] for f in findings] == kinds


# --- water years -------------------------------------------------------------------------

FIGURE_PERIODS = [
    ("water-year", "WY2026", (date(2025, 10, 1), date(2026, 9, 30))),
    ("spaced", "WY 2026", (date(2025, 10, 1), date(2026, 9, 30))),
    ("interval", "WY2020-WY2023", (date(2019, 10, 1), date(2023, 9, 30))),
    ("partial", "WY2026 (first 11 months)", (date(2025, 10, 1), date(2026, 9, 30))),
    ("two-digits", "WY26", None),
    ("backwards", "WY2026-WY2024", None),
]


@pytest.mark.parametrize(("text", "days"), [r[1:] for r in FIGURE_PERIODS],
                         ids=[r[0] for r in FIGURE_PERIODS])
def test_a_registry_water_year(text: str, days: tuple[date, date] | None) -> None:
    p = parse_figure_period(text)
    assert (None if p is None else (p.start, p.end)) == days


SUGGESTIONS = [
    ("water-year", "water year 2026", "WY2026"),
    ("the-year-first", "the 2026 water year", "WY2026"),
    ("fiscal-unchanged", "fiscal year 2023", "FY2023"),
]


@pytest.mark.parametrize(("text", "form"), [r[1:] for r in SUGGESTIONS],
                         ids=[r[0] for r in SUGGESTIONS])
def test_registry_check_suggests_the_water_year_form(text: str, form: str) -> None:
    assert period_suggestion(text) == form


PROSE = [
    ("water-year", "Rain in water year 2026 ran short.", "water year 2026", 2026),
    ("year-first", "The 2026 water year was the driest.", "2026 water year", 2026),
    ("two-years", "Across the 2025-26 water year, rain fell.", "2025-26 water year", 2026),
    ("abbreviated", "WY2025 ended wet.", "WY2025", 2025),
    ("hyphened", "The water-year 2024 total was 30 inches.", "water-year 2024", 2024),
]


@pytest.mark.parametrize(("text", "written", "year"), [r[1:] for r in PROSE],
                         ids=[r[0] for r in PROSE])
def test_prose_reads_a_water_year(text: str, written: str, year: int) -> None:
    found = find_periods(text, date(2026, 4, 10))
    assert [(p.text, p.start, p.end) for p in found] == [
        (written, date(year - 1, 10, 1), date(year, 9, 30))]


NOT_WATER_YEARS = [
    ("three-years", "the 2025-27 water year", ("2025-27",)),
    ("apart", "In 2026, water year totals fell.", ("2026",)),
]


@pytest.mark.parametrize(("text", "written"), [r[1:] for r in NOT_WATER_YEARS],
                         ids=[r[0] for r in NOT_WATER_YEARS])
def test_prose_reads_no_water_year_where_none_is_named(text: str, written: tuple[str]) -> None:
    found = find_periods(text, date(2026, 4, 10))
    assert tuple(p.text for p in found) == written
    assert all(p.resolution != "water-year" for p in found)


OLD_SPELLINGS = [
    ("count-of-parts", "parts per billion", "count",
     "unit 'parts per billion' does not fit kind 'count': 'parts per billion' is a measure"),
    ("measure-in-words", "parts per billion", "measure", None),
    ("counted-noun", "samples", "count", None),
]


@pytest.mark.parametrize(("unit", "kind", "message"), [r[1:] for r in OLD_SPELLINGS],
                         ids=[r[0] for r in OLD_SPELLINGS])
def test_a_concentration_in_words_is_a_measure(tmp_path: Path, unit: str, kind: str,
                                               message: str | None) -> None:
    path = _registry(tmp_path, unit, 6.1, "6.1 ppb", "The 90th percentile lead level was 6.1 ppb")
    path.write_text(path.read_text(encoding="utf-8").replace("kind: measure", f"kind: {kind}"),
                    encoding="utf-8")
    errors = [p.message for p in check_registry(str(path)) if p.severity == "error"]
    assert errors == ([] if message is None else [f"figure orrin_water_2025: {message}, so write "
                                                  "kind: measure"])
