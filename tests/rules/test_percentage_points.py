"""FC116 percentage-points: a change of a percentage given in percent where the sentence's own
levels make it percentage points; silent on points, on a right relative change and on counts."""

from __future__ import annotations

import pytest

# (sentence, the change the finding is on)
WRONG = [
    pytest.param("The unemployment rate rose 0.3 percent, from 3.6 percent to 3.9 percent.",
                 "0.3 percent", id="unemployment-rose"),
    pytest.param("The jobless rate fell 0.4 percent to 4.7 percent from 5.1 percent.",
                 "0.4 percent", id="jobless-fell-to-from"),
    pytest.param("Turnout climbed 6 percent, from 58 percent in 2020 to 64 percent this year.",
                 "6 percent", id="turnout-with-years"),
    pytest.param("The share of homes sold above asking price dropped 9 percent, from 31% to 22%.",
                 "9 percent", id="homes-percent-signs"),
    pytest.param("The vaccination rate among children rose 4 percent, from 88.5 percent to "
                 "92.5 percent.", "4 percent", id="vaccination"),
    pytest.param("The county's poverty rate fell 1.2 percent, to 13.4 percent from 14.6 percent.",
                 "1.2 percent", id="poverty-to-from"),
    pytest.param("Support for the stadium bond rose 7 percent, from 41 percent in March to 48 "
                 "percent in June.", "7 percent", id="poll-support"),
    pytest.param("The graduation rate increased 7 percent, from 74 percent to 81 percent.",
                 "7 percent", id="graduation"),
    pytest.param("Mortgage rates rose 0.75 percent, from 6.1 percent to 6.85 percent.",
                 "0.75 percent", id="mortgage-rates"),
    pytest.param("The hospital's occupancy rate jumped 10 percent, from 78 percent to 88 percent.",
                 "10 percent", id="occupancy"),
    pytest.param("The office vacancy rate rose 4 percent, from 12 percent to 16 percent.",
                 "4 percent", id="vacancy"),
]

CORRECT = [
    pytest.param("The unemployment rate rose 0.3 percentage points, from 3.6 percent to "
                 "3.9 percent.", id="points-stated"),
    pytest.param("The unemployment rate rose 8 percent, from 3.6 to 3.9 percent.",
                 id="relative-change-right"),
    pytest.param("The jobless rate fell 0.4 percentage point to 4.7 percent from 5.1 percent.",
                 id="point-singular"),
    pytest.param("The share of homes sold above asking price dropped 29 percent, from 31% to 22%.",
                 id="relative-drop-right"),
    pytest.param("Burglaries rose 3 percent, from 40,000 to 41,200.", id="change-of-counts"),
    pytest.param("Sales rose 12 percent, from $4.1 million to $4.6 million.", id="change-of-money"),
    pytest.param("The graduation rate increased 9 percent, from 74 percent to 81 percent.",
                 id="relative-rise-right"),
    pytest.param("Mortgage rates rose to 6.85 percent from 6.1 percent, up 0.75 percentage points.",
                 id="points-after-levels"),
    pytest.param("Prices rose 3 percent in May, and the unemployment rate was 4.1 percent.",
                 id="no-levels"),
    pytest.param("The unemployment rate rose 0.3 percent to 3.9 percent.", id="one-level-only"),
    pytest.param("Turnout was 62 percent, against 58 percent in 2020.",
                 id="levels-without-a-change"),
]


@pytest.mark.parametrize(("text", "number"), WRONG)
def test_percent_for_points_is_flagged(scan_findings, text: str, number: str) -> None:  # type: ignore[no-untyped-def]
    found = scan_findings({"a.md": text + "\n"}, {"FC115", "FC116"})
    assert found == [("a.md", 1, text.index(number) + 1, "FC116")]


@pytest.mark.parametrize("text", CORRECT)
def test_points_and_relative_changes_are_silent(scan_findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert scan_findings({"a.md": text + "\n"}, {"FC115", "FC116"}) == []


def test_message_says_both_readings(scan_drafts) -> None:  # type: ignore[no-untyped-def]
    text = "The unemployment rate rose 0.3 percent, from 3.6 percent to 3.9 percent.\n"
    [f] = scan_drafts({"a.md": text}, {"FC116"})
    assert (f.message, f.suggestion) == (
        "from 3.6 percent to 3.9 percent is 0.3 percentage points (an increase of 8.3 percent), "
        "not 0.3 percent", "0.3 percentage points")


def test_neither_reading_is_arithmetic(scan_findings) -> None:  # type: ignore[no-untyped-def]
    text = "The unemployment rate rose 0.5 percent, from 3.6 percent to 3.9 percent.\n"
    assert scan_findings({"a.md": text}, {"FC115", "FC116"}) == [("a.md", 1, 28, "FC115")]


# --- levels from the registry (tests/fixtures/derived: Calder's monthly unemployment rate) ---

REGISTRY_WRONG = [
    pytest.param(
        "Calder's unemployment rate rose 0.3 percent in August 2025.",
        "0.3 percent",
        id="month-named",
    ),
    pytest.param(
        "Calder's unemployment rate rose 0.3 percent in August.",
        "0.3 percent",
        id="month-without-year",
    ),
    pytest.param(
        "Calder's jobless rate climbed 0.5 percent from a year earlier, reaching its August "
        "2025 level.",
        "0.5 percent",
        id="from-a-year-earlier",
    ),
    pytest.param(
        "Calder's unemployment rate rose 0.5 percent over the year to August 2025.",
        "0.5 percent",
        id="over-the-year",
    ),
]

REGISTRY_CORRECT = [
    pytest.param(
        "Calder's unemployment rate rose 7 percent in August 2025.", id="relative-change-right"
    ),
    pytest.param(
        "Calder's unemployment rate rose 0.3 percentage points in August 2025.", id="points-stated"
    ),
    pytest.param(
        "Calder's unemployment rate fell 0.3 percent in August 2025.", id="wrong-direction"
    ),
    pytest.param(
        "Calder's unemployment rate rose 12.5 percent over the year to August 2025.",
        id="year-over-year-relative-right",
    ),
    pytest.param(
        "Calder's unemployment rate rose 7 percent over the year to August 2025.",
        id="year-over-year-fits-neither",
    ),
    pytest.param(
        "Measles vaccination coverage among Calder's kindergartners fell 2 percent in 2025.",
        id="rounded-levels-fit-both-readings",
    ),
]


@pytest.mark.parametrize(("text", "number"), REGISTRY_WRONG)
def test_registry_levels_flag_percent_for_points(  # type: ignore[no-untyped-def]
    scan_derived, text: str, number: str
) -> None:
    found = [(f.column, f.code) for f in scan_derived(text, {"FC115", "FC116"})]
    assert found == [(text.index(number) + 1, "FC116")]


@pytest.mark.parametrize("text", REGISTRY_CORRECT)
def test_registry_levels_are_silent_on_right_changes(  # type: ignore[no-untyped-def]
    scan_derived, text: str
) -> None:
    assert scan_derived(text, {"FC115", "FC116"}) == []


def test_registry_message_says_both_readings(scan_derived) -> None:  # type: ignore[no-untyped-def]
    [f] = scan_derived("Calder's unemployment rate rose 0.3 percent in August 2025.", {"FC116"})
    assert (f.message, f.suggestion) == (
        "from 4.2 percent (calder_unemployment_rate_2025_07) to 4.5 percent "
        "(calder_unemployment_rate_2025_08) is 0.3 percentage points (an increase of 7.1 percent), "
        "not 0.3 percent",
        "0.3 percentage points",
    )
