"""FC112 rate-mismatch: the figure's own number per another denominator."""

from __future__ import annotations

import pytest

RATE = "Mexico's homicide rate was {} in 2022.\n"

CASES = [
    pytest.param(RATE.format("25 per 1,000 people"), [(1, 28, "FC112")],
                 id="per-thousand-for-per-100000"),
    pytest.param(RATE.format("25 per 10,000 residents"), [(1, 28, "FC112")], id="per-ten-thousand"),
    pytest.param(RATE.format("25 per 100,000 people"), [], id="silent-right-denominator"),
    pytest.param(RATE.format("25 per 100,000 residents"), [], id="silent-same-number-other-noun"),
    pytest.param("Mexican officials say 6,000 people cross the southern border every week.\n",
                 [(1, 23, "FC103")], id="silent-time-denominator-is-a-period-mismatch"),
    pytest.param(RATE.format("30 per 100,000 people"), [(1, 28, "FC101")],
                 id="silent-wrong-value-right-denominator"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rate_mismatch(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


def test_message_names_both_denominators(scan_messages) -> None:  # type: ignore[no-untyped-def]
    assert scan_messages(RATE.format("25 per 1,000 people"), {"FC112"}) == [
        (1, 28, "FC112",
         "'25' is stated per 1,000 people, but mexico_homicide_rate_2022 is per 100000 people: "
                         "the registry says 25 homicides per 100000 people in 2022"),
    ]
