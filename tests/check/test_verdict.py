"""verdict.assess: one statement and its candidates -> one Assessment with a Verdict."""

from __future__ import annotations

import pytest

from factcheck.check.verdict import assess, stated_interval
from factcheck.extract.quantities import extract_quantities
from factcheck.models import Verdict

BREAKS = "The utility recorded {} water main breaks{}.\n"
LIBRARY = "{} visitors came to the city's libraries in 2023.\n"

CASES = [
    # (text, verdict, figure, attributes of the assessment)
    pytest.param(BREAKS.format(412, " in 2023"), Verdict.VERIFIED, "water_main_breaks_2023", {},
                 id="right-value"),
    pytest.param(BREAKS.format(380, " in 2022"), Verdict.VERIFIED, "water_main_breaks_2022", {},
                 id="right-value-of-the-other-year"),
    pytest.param(BREAKS.format(412, " in 2021"), Verdict.PERIOD_MISMATCH, "water_main_breaks_2023",
                 {"per_mismatch": False}, id="a-year-of-neither-figure"),
    pytest.param(BREAKS.format(380, " in 2023"), Verdict.PERIOD_MISMATCH,
                 "water_main_breaks_2022", {}, id="last-year's-value-for-this-year"),
    pytest.param("City buses carried about 48,000 riders a month.\n", Verdict.PERIOD_MISMATCH,
                 "bus_riders_per_day", {"per_mismatch": True}, id="per-another-period"),
    pytest.param(BREAKS.format("4,120", " in 2023"), Verdict.VALUE_MISMATCH,
                 "water_main_breaks_2023",
                 {"scale": 10.0, "transposed": False}, id="slip-too-large"),
    pytest.param(BREAKS.format(41, " in 2023"), Verdict.VALUE_MISMATCH, "water_main_breaks_2023",
                 {"scale": 0.1}, id="slip-too-small"),
    pytest.param(BREAKS.format(421, " in 2023"), Verdict.VALUE_MISMATCH, "water_main_breaks_2023",
                 {"scale": None, "transposed": True}, id="transposed"),
    pytest.param(BREAKS.format(415, " in 2023"), Verdict.VALUE_MISMATCH, "water_main_breaks_2023",
                 {"scale": None, "transposed": False}, id="near-miss-of-an-exact-count"),
    pytest.param(LIBRARY.format("More than 1.2 million"), Verdict.HEDGE_MISMATCH,
                 "library_visitors_2023", {}, id="hedge-contradicts-the-qualifier"),
    pytest.param(LIBRARY.format("About 1.2 million"), Verdict.VERIFIED, "library_visitors_2023", {},
                 id="hedge-overlaps-the-qualifier"),
    pytest.param(LIBRARY.format("More than 500,000"), Verdict.WEAK_BOUND,
                 "library_visitors_2023", {}, id="true-but-weak-bound"),
    pytest.param(BREAKS.format("41,2", " in 2023"), Verdict.MALFORMED, "water_main_breaks_2023",
                 {"reading": 412.0}, id="malformed-with-its-reading"),
    pytest.param("Crews repaired 9,100 potholes in 2023.\n", Verdict.SOURCE_CONFLICT,
                 "potholes_repaired_2023",
                 {"conflict": True, "source": None}, id="disputed-figure-unattributed"),
    pytest.param("Crews repaired 7,000 potholes in 2023.\n", Verdict.VALUE_MISMATCH,
                 "potholes_repaired_2023", {"conflict": True}, id="disputed-figure-neither-value"),
    pytest.param("Water main breaks at the utility came to 7 in its north district in 2023.\n",
                 Verdict.UNSOURCED,
                 "water_main_breaks_2023", {}, id="a-far-off-bare-number-is-not-accused"),
    pytest.param(BREAKS.format(500, ""), Verdict.AMBIGUOUS, "water_main_breaks_2023", {},
                 id="two-close-candidates-undated-the-latest-named-first"),
    pytest.param("The cat had 412 whiskers.\n", Verdict.UNSOURCED, None, {}, id="no-candidate"),
]


@pytest.mark.parametrize(("text", "verdict", "figure", "attrs"), CASES)
def test_assess(statements, text: str, verdict: Verdict, figure: str | None,  # type: ignore[no-untyped-def]
                attrs: dict[str, object]) -> None:
    (st,) = statements(text)
    a = assess(st)
    assert (a.verdict, a.figure.id if a.figure else None) == (verdict, figure)
    assert {k: getattr(a, k) for k in attrs} == attrs


@pytest.mark.parametrize(("text", "publisher"), [
    ("The council says crews repaired 9,100 potholes in 2023.\n", "City Council"),
    ("An independent audit counted only 6,000 pothole repairs in 2023.\n", "Independent Audit"),
], ids=["council", "audit"])
def test_attributed_source_is_judged_alone(statements, text: str, publisher: str) -> None:  # type: ignore[no-untyped-def]
    (st,) = statements(text)
    a = assess(st)
    assert a.verdict is Verdict.VERIFIED
    assert a.source is not None and a.source.publisher == publisher
    assert [s.publisher for s in a.targets] == [publisher]
    assert not a.conflict


def test_ambiguous_lists_both_figures(statements) -> None:  # type: ignore[no-untyped-def]
    (st,) = statements(BREAKS.format(500, ""))
    assert ([c.figure.id for c in assess(st).others]
            == ["water_main_breaks_2023", "water_main_breaks_2022"])


def test_tolerance_widens_agreement(statements) -> None:  # type: ignore[no-untyped-def]
    (st,) = statements(BREAKS.format(415, " in 2023"))
    assert assess(st).verdict is Verdict.VALUE_MISMATCH
    (st,) = statements(BREAKS.format(415, " in 2023"))
    assert assess(st, tolerance=0.01).verdict is Verdict.VERIFIED


INTERVALS = [
    # docs/judging.md: precision from the written form (capped at 10%), hedges move the edges;
    # a rounded number's interval is half-open, so "4.3" and "4.4" share no value.
    ("about 6,000 people", (5400.0, 6600.0, False, False)),
    ("nearly 110,000 deaths", (99000.0, 110000.0, False, False)),
    ("more than 110,000 deaths", (110000.0, 137500.0, True, False)),
    ("at least 70 percent", (70.0, 87.5, False, False)),
    ("fewer than 50,000 killings", (37500.0, 50000.0, False, True)),
    ("up to 300 people", (0.0, 300.0, False, False)),
    ("200,000 migrants", (190000.0, 210000.0, False, True)),
    ("10 countries", (9.5, 10.5, False, True)),
    ("7.8 percent", (7.75, 7.85, False, True)),
    ("1.2 million visitors", (1150000.0, 1250000.0, False, True)),
    ("32,223 killings", (32222.5, 32223.5, False, True)),
]


@pytest.mark.parametrize(("text", "expected"), INTERVALS, ids=[t for t, _ in INTERVALS])
def test_stated_interval(text: str, expected: tuple[float, float, bool, bool]) -> None:
    (q,) = [q for q in extract_quantities(text) if q.is_statistic]
    i = stated_interval(q)
    assert i is not None
    assert (i.low, i.high, i.low_open, i.high_open) == pytest.approx(expected)
