"""FC100 verified: numbers that agree with their figure (shown only with --show-verified)."""

from __future__ import annotations

import pytest

from factcheck.rules import verified

OVERDOSES = "Nearly 110,000 people died of drug overdoses in the United States in 2022.\n"

CASES = [
    pytest.param(OVERDOSES, [(1, 8, "FC100")], id="same-hedge-as-the-figure"),
    pytest.param("About 110,000 people died of drug overdoses in 2022.\n", [(1, 7, "FC100")],
                 id="about-overlaps-nearly"),
    pytest.param("More than 100,000 people died of drug overdoses last year.\n", [(1, 11, "FC100")],
                 id="true-bound-close-to-the-figure"),
    pytest.param("Mexican officials said 6,000 people were crossing the southern border "
                 "every day.\n", [(1, 24, "FC100")], id="rate-per-day"),
    pytest.param("There were 32,223 killings in Mexico in 2022.\n", [(1, 12, "FC100")],
                 id="exact-count"),
    pytest.param("The Justice Department unsealed eight indictments charging Chinese "
                 "companies with producing fentanyl.\n", [(1, 33, "FC100")], id="number-word"),
    pytest.param("Fentanyl is responsible for more than two-thirds of the opioid overdose deaths "
                 "recorded in 2022.\n", [(1, 39, "FC100")], id="fraction-against-a-percent"),
    pytest.param("Mexico's homicide rate was 25 per 100,000 people in 2022, compared with a "
                 "U.S. homicide rate of about 7.8 per 100,000.\n",
                 [(1, 28, "FC100"), (1, 103, "FC100")], id="two-rates-in-one-sentence"),
    pytest.param("US authorities seized more than 26,000 pounds (nearly 12 tonnes) of fentanyl "
                 "last year.\n",
                 [(1, 33, "FC100"), (1, 55, "FC100")], id="amount-and-its-conversion"),
    pytest.param("The army now says it seized 635 synthetic drug laboratories from 2019 "
                 "through 2021.\n", [(1, 29, "FC100")], id="attributed-to-one-disputed-source"),
    pytest.param("# Overdoses\n\n" + OVERDOSES, [(3, 8, "FC100")], id="position-after-a-heading"),
    pytest.param("| Figure | 2022 |\n|---|---|\n| Drug overdose deaths | nearly 110,000 |\n"
                 "| Killings in Mexico | 32,223 |\n", [(3, 33, "FC100"), (4, 24, "FC100")],
                 id="table-cells-read-their-row"),
    pytest.param("About 11,000 people died of drug overdoses in 2022.\n", [(1, 7, "FC101")],
                 id="silent-wrong-value"),
    pytest.param("The council met on 4 March 2023 and adjourned at 5 p.m.\n", [],
                 id="silent-date-and-time"),
    pytest.param("The 34-year-old mayor was elected in 2021.\n", [], id="silent-age-and-year"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_verified(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    got = scan_findings({"a.md": text}, show_verified=True)
    assert [(line, col, code) for _, line, col, code in got] == expected


def test_hidden_without_show_verified(scan_findings) -> None:  # type: ignore[no-untyped-def]
    assert scan_findings({"a.md": OVERDOSES}) == []


def test_messages(scan_messages) -> None:  # type: ignore[no-untyped-def]
    assert scan_messages(OVERDOSES, show_verified=True) == [
        (1, 8, "FC100",
         "'110,000' agrees with overdose_deaths_2022: nearly 110,000 deaths in 2022"),
    ]
    draft = "The Biden administration sanctioned 28 people and organizations.\n"
    assert scan_messages(draft, show_verified=True) == [
        (1, 37, "FC100", "'28' agrees with fentanyl_sanctions_people_organizations_2023_10: "
                         "28 people and organizations in 2023-10-03"),
    ]


def test_metadata() -> None:
    assert (verified.CODE, verified.NAME, verified.SEVERITY) == ("FC100", "verified", "info")
