"""FC111 unit-mismatch: the figure's own number written in another unit."""

from __future__ import annotations

import pytest

SEIZED = "U.S. authorities seized {} of fentanyl in 2022.\n"

CASES = [
    pytest.param(SEIZED.format("26,000 kilograms"), [(1, 25, "FC111")], id="kilograms-for-pounds"),
    pytest.param(SEIZED.format("26,000 tonnes"), [(1, 25, "FC111")], id="tonnes-for-pounds"),
    pytest.param(SEIZED.format("more than 26,000 kg"), [(1, 35, "FC111")], id="abbreviated-unit"),
    pytest.param(SEIZED.format("nearly 12 pounds"), [(1, 32, "FC111")], id="pounds-for-tonnes"),
    pytest.param(SEIZED.format("more than 26,000 pounds"), [], id="silent-right-unit"),
    pytest.param(SEIZED.format("more than 26,000 pounds (nearly 12 tonnes)"), [],
                 id="silent-right-conversion"),
    pytest.param(SEIZED.format("more than 11,800 kilograms"), [], id="silent-converted-right"),
    pytest.param("The bridge is 26,000 kilograms heavier than planned.\n", [(1, 15, "FC107")],
                 id="silent-no-figure-named"),
    pytest.param(SEIZED.format("26,000 miles"), [(1, 25, "FC107")], id="silent-another-dimension"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unit_mismatch(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


def test_message_gives_the_conversion(scan_messages) -> None:  # type: ignore[no-untyped-def]
    assert scan_messages(SEIZED.format("26,000 kilograms"), {"FC111"}) == [
        (1, 25, "FC111",
         "'26,000 kilograms' has the number of us_fentanyl_seized_2022_pounds but not its unit: "
                         "the registry says more than 26,000 pounds in 2022; 26,000 kilograms is "
                         "57,320 pounds"),
    ]
