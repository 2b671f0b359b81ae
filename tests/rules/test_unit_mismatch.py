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


VACANCY = """\
version: 1
figures:
  - id: vacancy_rate_change_2026
    title: Change in the rental vacancy rate, 2025 to 2026
    value: -0.9
    unit: percentage_points
    kind: percentage-points
    period: "2026"
    keywords: [vacancy, vacancy rate, points]
    sources:
      - {document: sources/s.txt, publisher: City, value: -0.9, number: "0.9 percentage points",
         quote: "down 0.9 percentage points"}
  - id: rents_change_pct_2026
    title: Change in the median asking rent, 2025 to 2026
    value: 6.2
    unit: percent
    kind: change
    period: "2026"
    keywords: [rent, rents, asking rent]
    sources:
      - {document: sources/s.txt, publisher: City, value: 6.2, number: "6.2 percent",
         quote: "up 6.2 percent"}
"""
POINTS = [
    pytest.param("In 2026 the vacancy rate fell 0.9 percent.", ["FC111"],
                 id="percent-for-percentage-points"),
    pytest.param("In 2026 the vacancy rate fell 0.9 percentage points.", ["FC100"],
                 id="points-as-the-registry-says"),
    pytest.param("In 2026 the median asking rent rose 6.2 percentage points.", ["FC111"],
                 id="percentage-points-for-percent"),
    pytest.param("In 2026 the vacancy rate fell 2.4 percent.", ["FC107"],
                 id="another-number-in-the-other-unit-accuses-nothing"),
]


@pytest.mark.parametrize(("text", "codes"), POINTS)
def test_percent_and_percentage_points(registry_at, tmp_path, text: str,  # type: ignore[no-untyped-def]
                                       codes: list[str]) -> None:
    from factcheck.decide import Policy
    from factcheck.scan import scan_text

    registry = registry_at(tmp_path, VACANCY, {"s.txt": "down 0.9 percentage points; up 6.2 "
                                                        "percent\n"})
    findings = scan_text(text + "\n", registry, "d.md", policy=Policy(show_verified=True))
    assert [f["code"] for f in findings] == codes, findings
