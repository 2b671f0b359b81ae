"""FC103 period-mismatch: the right value for another year, or per another period."""

from __future__ import annotations

import pytest

CROSSINGS = "Mexican officials said 6,000 people were crossing the southern border {}.\n"

CASES = [
    pytest.param("In 2021, nearly 110,000 Americans died of drug overdoses.\n", [(1, 17, "FC103")],
                 id="year-before-the-number"),
    pytest.param("Nearly 110,000 people died of drug overdoses in the United States in 2021.\n",
                 [(1, 8, "FC103")], id="year-after-the-number"),
    pytest.param("There were 32,223 killings in Mexico in 2020.\n", [(1, 12, "FC103")],
                 id="exact-count"),
    pytest.param("The Border Patrol apprehended roughly 200,000 migrants in September 2022.\n",
                 [(1, 39, "FC103")], id="month-of-another-year"),
    pytest.param("Mexico's homicide rate was 25 per 100,000 people in 2019.\n", [(1, 28, "FC103")],
                 id="per-capita-rate"),
    pytest.param("Mexico seized 635 synthetic drug laboratories in 2018.\n", [(1, 15, "FC103")],
                 id="year-outside-a-range-period"),
    pytest.param(CROSSINGS.format("every month"), [(1, 24, "FC103")], id="per-month-for-per-day"),
    pytest.param("Mexican officials said 6,000 people a week were crossing the southern border.\n",
                 [(1, 24, "FC103")], id="per-week-for-per-day"),
    pytest.param("Nearly 110,000 people died of drug overdoses in the United States in 2022.\n", [],
                 id="silent-right-year"),
    pytest.param(CROSSINGS.format("every day"), [], id="silent-right-period"),
    pytest.param("The army now says it seized 635 synthetic drug laboratories in 2020.\n", [],
                 id="silent-year-inside-the-period"),
    pytest.param("Between 2021 and 2022, nearly 110,000 people died of drug overdoses.\n", [],
                 id="silent-one-of-the-years-is-the-figure's"),
    pytest.param("Nearly 110,000 people died of drug overdoses in the United States in 2022, up "
                 "from 2021.\n", [], id="silent-comparison-year"),
    pytest.param("About 11,000 people died of drug overdoses in 2021.\n", [(1, 7, "FC107")],
                 id="silent-other-value-for-another-year-is-unsourced"),
    pytest.param("There were 32,223 killings in Mexico in 2021, while nearly 110,000 Americans "
                 "died of drug overdoses in 2022.\n", [(1, 12, "FC103")],
                 id="year-of-its-own-clause"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_period_mismatch(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


def test_messages(scan_messages) -> None:  # type: ignore[no-untyped-def]
    assert scan_messages("In 2021, nearly 110,000 Americans died of drug overdoses.\n") == [
        (1, 17, "FC103",
         "'nearly 110,000' is the value of overdose_deaths_2022 (nearly 110,000 deaths in 2022); "
                         "the sentence says 2021, but the figure is for 2022"),
    ]
    assert scan_messages(CROSSINGS.format("every month")) == [
        (1, 24, "FC103",
         "'6,000' is the value of mexico_southern_border_crossings_per_day (6,000 people per day); "
                         "it is stated per month, but the figure is per day"),
    ]
