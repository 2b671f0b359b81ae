"""FC110 weak-bound: a bound that is true but far from the figure (info, not an error)."""

from __future__ import annotations

import pytest

OVERDOSES = "{} people died of drug overdoses in 2022.\n"

CASES = [
    pytest.param(OVERDOSES.format("More than 50,000"), [(1, 11, "FC110")], id="more-than-half"),
    pytest.param("More than 10,000 Americans died of drug overdoses in 2022.\n", [(1, 11, "FC110")],
                 id="more-than-a-tenth"),
    pytest.param(OVERDOSES.format("Fewer than 200,000"), [(1, 12, "FC110")],
                 id="fewer-than-far-above"),
    pytest.param(OVERDOSES.format("Less than 1,000,000"), [(1, 11, "FC110")],
                 id="less-than-ten-times-above"),
    pytest.param("At least 20,000 Americans died from fentanyl overdoses in 2022.\n",
                 [(1, 10, "FC110")], id="at-least-for-a-more-than-figure"),
    pytest.param("Mexican officials said more than 1,000 people were crossing the southern border "
                 "every day.\n", [(1, 34, "FC110")], id="rate"),
    pytest.param("There were more than 20,000 killings in Mexico in 2022.\n", [(1, 22, "FC110")],
                 id="bound-below-an-exact-count"),
    pytest.param("There were fewer than 50,000 killings in Mexico in 2022.\n", [(1, 23, "FC110")],
                 id="bound-above-an-exact-count"),
    pytest.param(OVERDOSES.format("More than 100,000"), [], id="silent-close-bound-is-verified"),
    pytest.param(OVERDOSES.format("More than 120,000"), [(1, 11, "FC101")],
                 id="silent-false-bound-is-a-mismatch"),
    pytest.param("The city is housing more than 30,000 migrants, as of September.\n",
                 [(1, 31, "FC101")], id="silent-misquoted-bound-of-a-bound"),
    pytest.param("More than 50,000 fans attended the final.\n", [(1, 11, "FC107")],
                 id="silent-no-figure"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_weak_bound(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


def test_messages(scan_messages) -> None:  # type: ignore[no-untyped-def]
    assert scan_messages(OVERDOSES.format("More than 50,000")) == [
        (1, 11, "FC110",
         "'more than 50,000' is true but far from overdose_deaths_2022: the registry says nearly "
                         "110,000 deaths in 2022"),
    ]
    assert scan_messages(OVERDOSES.format("Fewer than 200,000")) == [
        (1, 12, "FC110",
         "'less than 200,000' is true but far from overdose_deaths_2022: the registry says nearly "
                         "110,000 deaths in 2022"),
    ]


def test_info_only(scan_drafts) -> None:  # type: ignore[no-untyped-def]
    drafts = {"a.md": OVERDOSES.format("More than 50,000")}
    assert [f.severity for f in scan_drafts(drafts)] == ["info"]
    assert scan_drafts(drafts, min_severity="warning") == []
