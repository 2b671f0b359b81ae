"""FC102 hedge-mismatch: the figure's own number with a hedge that moves it out of the figure."""

from __future__ import annotations

import pytest

OVERDOSES = "{} people died of drug overdoses in 2022.\n"
HOUSED = "The city is housing {} migrants, as of September.\n"

CASES = [
    pytest.param(OVERDOSES.format("More than 110,000"), [(1, 11, "FC102")],
                 id="more-than-for-nearly"),
    pytest.param(OVERDOSES.format("Over 110,000"), [(1, 6, "FC102")], id="over-for-nearly"),
    pytest.param(HOUSED.format("nearly 61,000"), [(1, 28, "FC102")], id="nearly-for-more-than"),
    pytest.param(HOUSED.format("fewer than 61,000"), [(1, 32, "FC102")],
                 id="fewer-than-for-more-than"),
    pytest.param("Fewer than 70,000 Americans died from fentanyl overdoses in 2022.\n",
                 [(1, 12, "FC102")], id="fewer-than-for-over"),
    pytest.param("US citizens account for nearly 85% of those convicted of fentanyl charges.\n",
                 [(1, 32, "FC102")], id="percent-share"),
    pytest.param("The Treasury has sanctioned more than 100 individuals and entities for their "
                 "roles in the illicit drug trade.\n", [(1, 39, "FC102")], id="small-count"),
    pytest.param("Fentanyl seizures at the border rose nearly 80 percent in the first 11 "
                 "months of fiscal year 2023.\n", [(1, 45, "FC102")], id="change-in-percent"),
    pytest.param(OVERDOSES.format("Nearly 110,000"), [], id="silent-same-hedge"),
    pytest.param(HOUSED.format("about 61,000"), [], id="silent-about-overlaps"),
    pytest.param(HOUSED.format("61,000"), [], id="silent-rounded-bare-number-covers-the-bound"),
    # docs/judging.md: "nearly X" is [X - 10%, X] and "at least X" is [X, X + 25%]: they meet at X.
    pytest.param(OVERDOSES.format("At least 110,000"), [],
                 id="silent-at-least-meets-nearly-at-its-edge"),
    pytest.param(OVERDOSES.format("More than 120,000"), [(1, 11, "FC101")],
                 id="silent-other-number-is-a-value-mismatch"),
    pytest.param("Exactly 70,000 Americans died from fentanyl overdoses in 2022.\n",
                 [(1, 9, "FC102")], marks=pytest.mark.xfail(strict=True, reason=(
                     "FC102's docs flag a number stated as exact where the figure is 'more than'; "
                     "'exactly' is not read as a hedge, so 'exactly 70,000' is verified against "
                     "'over 70,000'")),
                 id="exactly-for-more-than"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hedge_mismatch(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


def test_messages(scan_messages) -> None:  # type: ignore[no-untyped-def]
    assert scan_messages(OVERDOSES.format("More than 110,000")) == [
        (1, 11, "FC102",
         "'more than 110,000' contradicts overdose_deaths_2022: the registry says nearly "
                         "110,000 deaths in 2022"),
    ]
    assert scan_messages(HOUSED.format("fewer than 61,000")) == [
        (1, 32, "FC102",
         "'less than 61,000' contradicts nyc_migrants_housed_2023_09: the registry says more "
                         "than 61,000 migrants in 2023-09"),
    ]
