"""check.series: a series' figures told apart by the period a sentence implies, never by value."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.check.statements import iter_statements
from factcheck.check.verdict import assess
from factcheck.decide import Policy
from factcheck.documents.load import parse_document
from factcheck.pipeline import draft_date_of, index_for
from factcheck.registry.load import FigureRegistry, load_registry

SOURCE = ("North ferry crossings were 2,100. Shelters in Marlow County housed 1,240 people in "
          "January 2026, 1,310 in February and "
          "1,185 in March. Ferry crossings fell to 8,900 in the second half of 2025 from 11,400 "
          "in the first half. Ferries ran at 18 mph (29 km/h) in the first half and 16 mph "
          "(26 km/h) in the second. The county reported 3,050 people on its housing waiting list "
          "in the first quarter of 2026.\n")


def _figure(fid: str, value: int, unit: str, period: str, keywords: str, number: str) -> str:
    kind = "    kind: measure\n" if unit in ("mph", "km/h") else ""
    return (f"  - id: {fid}\n    title: {fid.replace('_', ' ')}\n    value: {value}\n"
            f"    unit: {unit}\n{kind}"
            f"    period: \"{period}\"\n    keywords: [{keywords}]\n    sources:\n"
            f"      - {{document: sources/county.txt, publisher: Marlow County, value: {value}, "
            f"number: \"{number}\", quote: \"{number}\"}}\n")


FIGURES = [
    ("shelter_residents_2026_01", 1240, "people", "2026-01", "shelters, housed, shelter", "1,240"),
    ("shelter_residents_2026_02", 1310, "people", "2026-02", "shelters, housed, shelter", "1,310"),
    ("shelter_residents_2026_03", 1185, "people", "2026-03", "shelters, housed, shelter", "1,185"),
    ("ferry_crossings_2025_h1", 11400, "crossings", "2025-01/2025-06", "ferry, crossings",
     "11,400"),
    ("ferry_crossings_2025_h2", 8900, "crossings", "2025-07/2025-12", "ferry, crossings", "8,900"),
    ("ferry_speed_2025_h1", 18, "mph", "2025-01/2025-06", "ferries, speed, ran", "18"),
    ("ferry_speed_2025_h2", 16, "mph", "2025-07/2025-12", "ferries, speed, ran", "16"),
    ("ferry_speed_2025_h1_kmh", 29, "km/h", "2025-01/2025-06", "ferries, speed, ran", "29"),
    ("ferry_speed_2025_h2_kmh", 26, "km/h", "2025-07/2025-12", "ferries, speed, ran", "26"),
    ("waiting_list_2026_q1", 3050, "people", "2026-01/2026-03", "waiting, list, housing", "3,050"),
    # Another measure of the same half-year that the words cannot tell from the first.
    ("ferry_crossing_north_2025_h2", 2100, "crossings", "2025-07/2025-12", "ferry, crossings",
     "2,100"),
]


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> FigureRegistry:
    root = tmp_path_factory.mktemp("series")
    (root / "sources").mkdir()
    (root / "sources" / "county.txt").write_text(SOURCE, encoding="utf-8")
    path = root / "figures.yaml"
    path.write_text("version: 1\nfigures:\n" + "".join(_figure(*f) for f in FIGURES),
                    encoding="utf-8")
    return load_registry(path)


def _verdicts(registry: FigureRegistry, text: str,
              date: str = "2026-04-15") -> list[tuple[str, str, str]]:
    doc = parse_document(f"---\ndate: {date}\n---\n\n{text}\n", str(Path("d.md")), "markdown")
    out = []
    for sts, _ in iter_statements(doc, index_for(registry), draft_date_of(doc, Policy())):
        for st in sts:
            a = assess(st)
            out.append((st.q.text, a.verdict.value, a.figure.id if a.figure else "-"))
    return out


CASES = [
    pytest.param("Shelters housed 1,185 people.",
                 [("1,185", "verified", "shelter_residents_2026_03")],
                 id="no-period-the-latest-month-by-the-draft's-date"),
    pytest.param("Shelters housed 1,310 people.",
                 [("1,310", "period-mismatch", "shelter_residents_2026_02")],
                 id="an-older-month's-value-with-no-period-is-a-period-mismatch"),
    pytest.param("Shelters housed 1,158 people.",
                 [("1,158", "value-mismatch", "shelter_residents_2026_03")],
                 id="a-wrong-value-is-judged-against-the-implied-month"),
    pytest.param("Shelters housed 1,310 people in February.",
                 [("1,310", "verified", "shelter_residents_2026_02")], id="a-written-month-wins"),
    pytest.param("Shelters housed 1,310 people.",
                 [("1,310", "verified", "shelter_residents_2026_02")],
                 id="the-latest-as-of-an-earlier-draft-date"),
    pytest.param("Ferry crossings fell from 11,400 to 8,900.",
                 [("11,400", "verified", "ferry_crossings_2025_h1"),
                  ("8,900", "verified", "ferry_crossings_2025_h2")],
                 id="from-a-to-b-orders-the-periods"),
    pytest.param("Ferry crossings fell to 8,900, down from 11,400.",
                 [("8,900", "verified", "ferry_crossings_2025_h2"),
                  ("11,400", "verified", "ferry_crossings_2025_h1")],
                 id="b-down-from-a-orders-the-periods"),
    pytest.param("Ferry crossings fell from 11,400 to 9,800.",
                 [("11,400", "verified", "ferry_crossings_2025_h1"),
                  ("9,800", "value-mismatch", "ferry_crossings_2025_h2")],
                 id="a-wrong-later-value-in-a-comparison"),
    pytest.param("The ferries' speed fell from 18 mph (29 km/h) to 16 mph (26 km/h).",
                 [("18 mph", "verified", "ferry_speed_2025_h1"),
                  ("29 km/h", "verified", "ferry_speed_2025_h1"),
                  ("16 mph", "verified", "ferry_speed_2025_h2"),
                  ("26 km/h", "verified", "ferry_speed_2025_h2")],
                 id="a-conversion-shares-the-period-of-what-it-converts"),
    pytest.param("Shelters housed 1,185 people, down from 1,310.",
                 [("1,185", "verified", "shelter_residents_2026_03"),
                  ("1,310", "verified", "shelter_residents_2026_02")],
                 id="a-base-is-never-the-figure-of-its-main-number"),
    pytest.param("In March, shelters filled up. Shelters housed 1,185 people, down from 1,310.",
                 [("1,185", "verified", "shelter_residents_2026_03"),
                  ("1,310", "verified", "shelter_residents_2026_02")],
                 id="a-paragraph's-month-is-its-main-number's-not-its-base's"),
    pytest.param("At a briefing on April 2, officials said shelters housed 1,185 people.",
                 [("1,185", "verified", "shelter_residents_2026_03")],
                 id="a-day-that-dates-the-briefing-does-not-contradict-a-month"),
    pytest.param("Shelters were crowded in February 2026, staff said. "
                 "Shelters housed 1,310 people.",
                 [("1,310", "verified", "shelter_residents_2026_02")],
                 id="the-period-an-earlier-sentence-names"),
    pytest.param("Shelters were crowded in February 2026, staff said. "
                 "Shelters housed 1,185 people.",
                 [("1,185", "period-mismatch", "shelter_residents_2026_03")],
                 id="another-month's-value-after-a-named-month-is-a-period-mismatch"),
    pytest.param("Ferry crossings reached 11,400 in the first half of 2025. Crossings were 11,400, "
                 "the county said.",
                 [("11,400", "verified", "ferry_crossings_2025_h1"),
                  ("11,400", "verified", "ferry_crossings_2025_h1")],
                 id="a-statistic's-period-carries-to-the-next-sentence"),
    pytest.param("Shelters housed 1,185 people, fewer than the 1,310 housed the month before.",
                 [("1,185", "verified", "shelter_residents_2026_03"),
                  ("1,310", "verified", "shelter_residents_2026_02")],
                 id="the-month-before-orders-the-periods"),
    pytest.param("Shelters housed 1,185 people, fewer than the 1,240 housed the month before.",
                 [("1,185", "verified", "shelter_residents_2026_03"),
                  ("1,240", "period-mismatch", "shelter_residents_2026_01")],
                 id="two-months-before-is-not-the-month-before"),
    pytest.param("Ferry crossings fell from 11,400 to 8,900 in the second half of 2025.",
                 [("11,400", "verified", "ferry_crossings_2025_h1"),
                  ("8,900", "verified", "ferry_crossings_2025_h2")],
                 id="from-a-to-b-where-b's-period-is-written"),
    pytest.param("Ferries ran at 16 mph in the second half of 2025, and crossings dropped from "
                 "11,400 to 8,900.",
                 [("16 mph", "verified", "ferry_speed_2025_h2"),
                  ("11,400", "verified", "ferry_crossings_2025_h1"),
                  ("8,900", "verified", "ferry_crossings_2025_h2")],
                 id="a-bare-from-a-to-b-after-a-speed-is-no-speed"),
    pytest.param("Ferry crossings numbered 8,900.",
                 [("8,900", "verified", "ferry_crossings_2025_h2")],
                 id="two-figures-of-the-implied-period-neither-conflicts"),
    pytest.param("The housing waiting list held 3,050 people.",
                 [("3,050", "verified", "waiting_list_2026_q1")],
                 id="a-figure-without-a-series-is-untouched"),
]


DATES = {"the-latest-as-of-an-earlier-draft-date": "2026-03-10"}


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_series(registry: FigureRegistry, request: pytest.FixtureRequest, text: str,
                expected: list[tuple[str, str, str]]) -> None:
    date = DATES.get(request.node.callspec.id, "2026-04-15")
    assert _verdicts(registry, text, date) == expected
