"""FC105 bad-conversion: a draft's own unit conversions, with and without a registry figure."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param("US authorities seized more than 26,000 pounds (nearly 20 tonnes) of "
                 "fentanyl in 2022.\n",
                 [(1, 55, "FC101"), (1, 55, "FC105")], id="pounds-to-tonnes-wrong"),
    pytest.param("US authorities seized more than 26,000 pounds (nearly 12 tonnes) of fentanyl "
                 "last year.\n", [], id="pounds-to-tonnes-right"),
    pytest.param("Nearly 14,000 pounds of fentanyl (about 14 tonnes) were seized between October "
                 "and March.\n",
                 [(1, 41, "FC101"), (1, 41, "FC105")], id="pounds-read-as-kilograms"),
    pytest.param("Nearly 14,000 pounds of fentanyl (over 6 tonnes) were seized between October "
                 "and March.\n", [], id="noun-phrase-before-the-parenthesis"),
    pytest.param("More than 10,000 pounds (over 4 tons) of the opioid were seized in the first "
                 "two months of Operation Blue Lotus.\n", [], id="us-tons-are-short-tons"),
    pytest.param("The trail runs 6 miles (16 km) through the canyon.\n",
                 [(1, 16, "FC107"), (1, 25, "FC105"), (1, 25, "FC107")],
                 id="miles-to-km-without-a-figure"),
    pytest.param("The trail runs 6 miles (10 km) through the canyon.\n",
                 [(1, 16, "FC107"), (1, 25, "FC107")], id="rounded-conversion-holds"),
    pytest.param("It was 30 °C (100 °F) at noon.\n",
                 [(1, 8, "FC107"), (1, 15, "FC105"), (1, 15, "FC107")], id="temperature-wrong"),
    pytest.param("It was 30 °C (86 °F) at noon.\n", [(1, 8, "FC107"), (1, 15, "FC107")],
                 id="temperature-is-affine"),
    pytest.param("The bell weighs 100 kilograms (100 pounds).\n",
                 [(1, 17, "FC107"), (1, 32, "FC105"), (1, 32, "FC107")],
                 id="same-number-other-unit"),
    pytest.param("The truck carried 4 tons of sand, or 3.6 tonnes.\n",
                 [(1, 19, "FC107"), (1, 38, "FC107")], id="or-introduces-a-conversion"),
    pytest.param("The bell weighs 184 pounds, or about 92 kilograms.\n",
                 [(1, 17, "FC107"), (1, 38, "FC105"), (1, 38, "FC107")],
                 id="about-on-a-conversion-is-its-rounding-not-a-tenth-off"),
    pytest.param("The bell weighs 184 pounds, or about 83 kilograms.\n",
                 [(1, 17, "FC107"), (1, 38, "FC107")], id="about-and-rounded-holds"),
    pytest.param("The bell weighs about 184 pounds (80 kilograms).\n",
                 [(1, 23, "FC107"), (1, 35, "FC107")], id="a-hedged-original-still-widens"),
    pytest.param("The truck weighed 5 tons. The trailer added 2 tonnes.\n",
                 [(1, 19, "FC107"), (1, 45, "FC107")], id="silent-next-sentence-is-no-conversion"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_conversion(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


def test_messages(scan_messages) -> None:  # type: ignore[no-untyped-def]
    text = "US authorities seized more than 26,000 pounds (nearly 20 tonnes) of fentanyl in 2022.\n"
    assert scan_messages(text, {"FC105"}) == [
        (1, 55, "FC105", "'nearly 20 tonnes' is not a conversion of 'more than 26,000 pounds': "
                         "26,000 pounds is 11.79 tonnes"),
    ]
    assert scan_messages("It was 30 °C (100 °F) at noon.\n", {"FC105"}) == [
        (1, 15, "FC105", "'100 °F' is not a conversion of '30 °C': 30 °C is 86 °F"),
    ]


def test_conversion_tolerance(scan_findings) -> None:  # type: ignore[no-untyped-def]
    # 100.0 kg is 220.5 lb; "217.0 pounds" is 1.6% short: outside the default 1% slack, within 2%.
    text = {"a.md": "The bell weighs 100.0 kilograms (217.0 pounds).\n"}
    assert scan_findings(text, {"FC105"}) == [("a.md", 1, 34, "FC105")]
    assert scan_findings(text, {"FC105"}, conversion_tolerance=0.02) == []
