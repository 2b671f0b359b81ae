"""Plausibility before accusing, and a sentence's numbers settled together (check/plausible.py,
check/claims.py), on a parks registry of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.decide import Policy
from factcheck.registry.load import FigureRegistry
from factcheck.scan import scan_text

SOURCE = (
    "The parks department maintained 212 playgrounds in 2025 and planted 4,800 trees. "
    "Volunteers logged 38,500 hours. The department surveyed 14 parks in six wards.\n"
)

REGISTRY = """\
version: 1
figures:
  - id: playgrounds_2025
    title: Playgrounds maintained by the parks department, 2025
    value: 212
    unit: playgrounds
    period: "2025"
    keywords: [playgrounds, parks, department, maintained]
    sources:
      - {document: sources/parks.txt, publisher: Parks Department, value: 212, number: "212",
         quote: "The parks department maintained 212 playgrounds in 2025"}
  - id: trees_planted_2025
    title: Trees planted by the parks department, 2025
    value: 4800
    unit: trees
    period: "2025"
    keywords: [trees, planted, parks, department]
    sources:
      - {document: sources/parks.txt, publisher: Parks Department, value: 4800, number: "4,800",
         quote: "planted 4,800 trees"}
  - id: volunteer_hours_2025
    title: Hours logged by parks volunteers, 2025
    value: 38500
    unit: hours
    period: "2025"
    keywords: [volunteers, volunteer, hours, logged, parks]
    sources:
      - {document: sources/parks.txt, publisher: Parks Department, value: 38500, number: "38,500",
         quote: "Volunteers logged 38,500 hours"}
  - id: parks_surveyed
    title: Parks surveyed by the department
    value: 14
    unit: parks
    keywords: [parks, surveyed, survey, wards]
    sources:
      - {document: sources/parks.txt, publisher: Parks Department, value: 14, number: "14",
         quote: "The department surveyed 14 parks in six wards"}
"""


@pytest.fixture(scope="module")
def parks(registry_at, tmp_path_factory: pytest.TempPathFactory) -> FigureRegistry:
    return registry_at(tmp_path_factory.mktemp("parks"), REGISTRY, {"parks.txt": SOURCE})


CASES = [
    # A number the words tie to a figure, but of another magnitude and counting something else.
    pytest.param("The parks department, in a city of 640,000 people, maintained playgrounds "
                 "in 2025.",
                 "640,000", "FC107", id="far-off-population-is-no-playground-count"),
    pytest.param("Volunteers, about 2,900 residents in all, logged their hours in 2025.",
                 "2,900", "FC107", id="generic-people-noun-is-no-hours-count"),
    # Near the figure, or a power of ten off, it is a slip and is called wrong.
    pytest.param("The parks department maintained 221 playgrounds in 2025.", "221", "FC101",
                 id="transposed-digits-still-wrong"),
    pytest.param("The parks department planted 48,000 trees in 2025.", "48,000", "FC101",
                 id="scale-slip-still-wrong"),
    # Far off but within ten times, in the figure's own noun: still a plausible mistake.
    pytest.param("The parks department planted 19,000 trees in 2025.", "19,000", "FC101",
                 id="same-noun-within-ten-times"),
    # Another number of the sentence states the figure; this one counts something else.
    pytest.param("The department surveyed 14 parks in six wards.", "six", None,
                 id="other-number-states-the-figure"),
    pytest.param("The department surveyed 14 parks in six wards.", "14", "FC100",
                 id="the-stating-number-is-verified"),
    # A part and its whole: the whole counts the same noun, but it is no slip for the part.
    pytest.param("The department surveyed 14 of 30 parks.", "30", "FC107",
                 id="the-whole-beside-its-part-is-not-wrong"),
    # Two amounts of one figure in one sentence: the one that is a slip is still wrong.
    pytest.param("Volunteers logged 38,500 hours in 2025, though the union says 35,800 hours.",
                 "35,800 hours", "FC101", id="second-amount-of-the-same-figure-still-wrong"),
]


@pytest.mark.parametrize(("text", "number", "code"), CASES)
def test_plausibility(parks: FigureRegistry, text: str, number: str, code: str | None) -> None:
    findings = scan_text(text + "\n", parks, "d.md", policy=Policy(show_verified=True))
    codes = [f["code"] for f in findings if f["text"] == number and f["code"] != "FC108"]
    assert codes == ([code] if code else []), findings


WEATHER = """\
version: 1
figures:
  - id: summer_avg_temp_2026
    title: Average summer temperature at the airport, 2026
    value: 76.1
    unit: degree_Fahrenheit
    kind: measure
    period: "2026-06/2026-08"
    keywords: [average, temperature, summer, airport]
    sources:
      - {document: sources/w.txt, publisher: Climate Office, value: 76.1, number: "76.1",
         quote: "The summer average at the airport was 76.1 degrees Fahrenheit"}
"""


@pytest.mark.parametrize(("text", "number", "code"), [
    pytest.param("The summer average at the airport was 76.1 degrees in 2026.", "76.1 degrees",
                 "FC100", id="bare-degrees-take-the-figure-scale"),
    pytest.param("The summer average at the airport was 71.6 degrees in 2026.", "71.6 degrees",
                 "FC101", id="bare-degrees-wrong-value"),
    # No FC105 from a bare degree (it names no scale); the Celsius value is judged on its own.
    pytest.param("The airport averaged 76 degrees (24 C) in summer 2026.", "24 C", "FC100",
                 id="no-conversion-from-a-bare-degree"),
])
def test_bare_degrees_are_temperatures(registry_at, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       text: str, number: str, code: str | None) -> None:
    registry = registry_at(tmp_path, WEATHER, {
        "w.txt": "The summer average at the airport was 76.1 degrees Fahrenheit.\n"})
    findings = scan_text(text + "\n", registry, "d.md", policy=Policy(show_verified=True))
    codes = [f["code"] for f in findings if f["text"] == number and f["code"] in (
        "FC100", "FC101", "FC105")]
    assert codes == ([code] if code else []), findings


FILINGS = """\
version: 1
figures:
  - id: filings_2025
    title: Eviction filings in housing court, 2025
    value: 6874
    unit: filings
    period: "2025"
    keywords: [eviction, filings, court, housing court]
    sources:
      - {document: sources/f.txt, publisher: Housing Court, value: 6874, number: "6,874",
         quote: "The court recorded 6,874 eviction filings in 2025"}
  - id: filings_2024
    title: Eviction filings, 2024
    value: 6406
    unit: filings
    period: "2024"
    keywords: [eviction, filings]
    sources:
      - {document: sources/f.txt, publisher: Housing Court, value: 6406, number: "6,406",
         quote: "up from 6,406 in 2024"}
"""


@pytest.mark.parametrize(("text", "number", "expected"), [
    pytest.param("In 2024, the housing court recorded 6,406 eviction filings.", "6,406",
                 ("FC100", "filings_2024"), id="a-figure-of-another-period-sets-no-bar"),
    pytest.param("In 2024, the housing court recorded 6,874 eviction filings.", "6,874",
                 ("FC103", "filings_2025"), id="the-other-period-s-value-is-a-period-mismatch"),
])
def test_the_number_s_own_period_chooses(registry_at, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         text: str, number: str,
                                         expected: tuple[str, str]) -> None:
    registry = registry_at(tmp_path, FILINGS, {
        "f.txt": "The court recorded 6,874 eviction filings in 2025, up from 6,406 in 2024.\n"})
    findings = scan_text(text + "\n", registry, "d.md", policy=Policy(show_verified=True))
    assert [(f["code"], f["figure"]) for f in findings if f["text"] == number] == [expected]
