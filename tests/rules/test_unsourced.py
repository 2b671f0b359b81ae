"""FC107 unsourced: statistics that match no figure, and the numbers that are never statistics."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.decide import Policy
from factcheck.pipeline import Job
from factcheck.registry.load import load_registry
from factcheck.scan import check_jobs

CASES = [
    pytest.param("Roughly 45 percent of voters backed the measure.\n", [(1, 9, "FC107")],
                 id="percent"),
    pytest.param("The council approved $3.5 million for new bus shelters.\n", [(1, 22, "FC107")],
                 id="money"),
    pytest.param("About 2,500 people attended the rally in 2019.\n", [(1, 7, "FC107")],
                 id="count-of-people"),
    pytest.param("The trail runs 6 miles through the canyon.\n", [(1, 16, "FC107")], id="measure"),
    pytest.param("More than 50,000 fans attended the final.\n", [(1, 11, "FC107")],
                 id="hedged-count"),
    pytest.param("About 11,000 people died of drug overdoses in 2021.\n", [(1, 7, "FC107")],
                 id="a-year-the-registry-does-not-hold"),
    pytest.param("The two countries agreed to meet again.\n", [], id="silent-small-bare-count"),
    pytest.param("She walked a mile to the clinic.\n", [], id="silent-a-mile"),
    pytest.param("The meeting began at 9:30 a.m. on Oct. 4, 2023, in Mexico City.\n", [],
                 id="silent-time-date-and-year"),
    pytest.param("The 34-year-old mayor was elected in 2021.\n", [], id="silent-age"),
    pytest.param("The USMCA could sunset after 16 years.\n", [], id="silent-duration"),
    pytest.param("See page 12 of the report and Section 230 of the law.\n", [],
                 id="silent-references"),
    pytest.param("Call 202-555-0134 or write to 1600 Pennsylvania Avenue.\n", [],
                 id="silent-phone-and-address"),
    pytest.param("```\nriders = 480_001\n```\n\nThe setting `48,000` is code.\n", [],
                 id="silent-code"),
    pytest.param("Call 555-0134 for details.\n", [], id="silent-local-phone-number"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unsourced(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


def test_messages(scan_messages) -> None:  # type: ignore[no-untyped-def]
    assert scan_messages("Roughly 45 percent of voters backed the measure.\n") == [
        (1, 9, "FC107", "statistic '45 percent' matches no figure in the registry"),
    ]
    assert scan_messages("About 11,000 people died of drug overdoses in 2021.\n") == [
        (1, 7, "FC107", "statistic '11,000' matches no figure in the registry (the registry's "
                        "overdose_deaths_2022 is for 2022)"),
    ]


def test_ignored_by_policy(scan_findings) -> None:  # type: ignore[no-untyped-def]
    text = {"a.md": "Roughly 45 percent of voters backed the measure.\n"}
    assert scan_findings(text, ignore=frozenset({"FC107"})) == []
    assert scan_findings(text, min_severity="warning") == []


def test_docstring_example_without_a_matching_figure() -> None:
    # The docstring's example assumes no such figure; the shipped registry's "more than 61,000
    # migrants" housed by the city agrees with 72,000, so it is checked against the golden registry.
    registry = load_registry(Path(__file__).parent.parent / "golden" / "scan" / "figures.yaml")
    job = Job("a.md", "The city is housing 72,000 asylum seekers.\n", "markdown")
    assert [(f.line, f.column, f.code)
            for f in check_jobs([job], registry, Policy())] == [(1, 21, "FC107")]
