"""A wrong number is judged against the figure of its own period when the words name it about
as well as a figure of another period (check/verdict._disagreeing), on a roads registry of ours."""

from __future__ import annotations

import pytest

from factcheck.decide import Policy
from factcheck.registry.load import FigureRegistry
from factcheck.scan import scan_text

SOURCE = "Traffic deaths numbered 46 in March 2026. In 2025, 118 traffic deaths were pedestrians.\n"

REGISTRY = """\
version: 1
figures:
  - id: traffic_deaths_2026_03
    title: Traffic deaths in the month
    value: 46
    unit: deaths
    period: "2026-03"
    keywords: [traffic deaths, deaths, died, toll, roads, crashes]
    sources:
      - {document: sources/s.txt, publisher: DOT, value: 46, number: "46",
         quote: "Traffic deaths numbered 46 in March 2026"}
  - id: pedestrian_deaths_2025
    title: Pedestrians killed in traffic, 2025
    value: 118
    unit: deaths
    period: "2025"
    keywords: [traffic deaths, deaths, died, toll, roads, crashes, climbed]
    sources:
      - {document: sources/s.txt, publisher: DOT, value: 118, number: "118",
         quote: "118 traffic deaths were pedestrians"}
"""


@pytest.fixture(scope="module")
def roads(registry_at, tmp_path_factory: pytest.TempPathFactory) -> FigureRegistry:
    return registry_at(tmp_path_factory.mktemp("roads"), REGISTRY, {"s.txt": SOURCE})


CASES = [
    pytest.param("The toll on the roads climbed in March 2026, when 64 people died in crashes.",
                 "64", "FC101", id="the-month's-figure-is-meant"),
    pytest.param("The toll on the roads climbed in March 2026, when 46 people died in crashes.",
                 "46", "FC100", id="the-right-value-is-verified"),
    pytest.param("Pedestrian deaths on the roads climbed in March 2026, to 64 in crashes.",
                 "64", "FC107", id="words-of-another-period's-figure-alone-accuse-nothing"),
]


@pytest.mark.parametrize(("text", "number", "code"), CASES)
def test_own_period(roads: FigureRegistry, text: str, number: str, code: str) -> None:
    findings = scan_text(text + "\n", roads, "d.md", policy=Policy(show_verified=True))
    assert [f["code"] for f in findings if f["text"] == number] == [code], findings
