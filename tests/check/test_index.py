"""FigureIndex.candidates: which figures a statement may state, ranked, with year conflicts."""

from __future__ import annotations

import pytest

from factcheck.check.index import FigureIndex, period_years, same_per
from factcheck.check.score import rare_idf
from factcheck.registry.load import FigureRegistry

BREAKS = "The utility recorded {} water main breaks{}.\n"

RANKING = [
    pytest.param(BREAKS.format(412, " in 2023"),
                 ["water_main_breaks_2023", "water_main_breaks_2022"],
                 id="the-sentence's-year-ranks-its-figure-first"),
    pytest.param(BREAKS.format(380, " in 2022"),
                 ["water_main_breaks_2022", "water_main_breaks_2023"],
                 id="the-other-year-the-other-figure"),
    pytest.param(BREAKS.format(500, ""), ["water_main_breaks_2023", "water_main_breaks_2022"],
                 id="no-year-the-series'-latest-figure-first"),
    pytest.param("Nearly 1.2 million visitors came to the city's libraries in 2023.\n",
                 ["library_visitors_2023"],
                 id="keywords-and-alias"),
    pytest.param("City buses carried about 48,000 riders a day.\n", ["bus_riders_per_day"],
                 id="rate"),
    pytest.param("The utility recorded 412 potholes in 2023.\n",
                 ["potholes_repaired_2023", "water_main_breaks_2023"],
                 id="a-counted-noun-of-another-thing-ranks-its-figure-below"),
    pytest.param("Water main breaks rose 412 percent in 2023.\n", [],
                 id="percent-is-another-dimension"),
    pytest.param("The cat had 412 whiskers.\n", [], id="no-shared-words"),
    pytest.param("Potholes: 9,100.\n", ["potholes_repaired_2023"],
                 id="a-rare-word-beside-it-names-it"),
    pytest.param("Water: 412.\n", [], id="a-word-two-figures-share-names-neither"),
    pytest.param("About 1.2 million people visited the city's library branches in 2023.\n",
                 ["library_visitors_2023"],
                 id="people-for-visitors"),
]


@pytest.mark.parametrize(("text", "ranked"), RANKING)
def test_candidates_ranked(statements, text: str, ranked: list[str]) -> None:  # type: ignore[no-untyped-def]
    (st,) = statements(text)
    assert [c.figure.id for c in st.candidates] == ranked
    assert ([c.score for c in st.candidates]
            == sorted((c.score for c in st.candidates), reverse=True))


YEARS = [
    pytest.param(BREAKS.format(412, " in 2023"), 0,
                 {"water_main_breaks_2023": False, "water_main_breaks_2022": True},
                 id="one-year"),
    pytest.param(BREAKS.format(412, " in 2021"), 0,
                 {"water_main_breaks_2023": True, "water_main_breaks_2022": True},
                 id="a-year-of-neither"),
    pytest.param(BREAKS.format(412, ""), 0,
                 {"water_main_breaks_2023": False, "water_main_breaks_2022": False},
                 id="no-year-no-conflict"),
    pytest.param(BREAKS.format(412, " in 2022 and 2023"), 0,
                 {"water_main_breaks_2023": False, "water_main_breaks_2022": False},
                 id="two-years"),
    pytest.param("The utility recorded 380 water main breaks in 2023, against 412 in 2022.\n", 0,
                 {"water_main_breaks_2023": False, "water_main_breaks_2022": True},
                 id="each-clause-keeps-its-year"),
]


@pytest.mark.parametrize(("text", "index", "conflicts"), YEARS)
def test_year_conflicts(statements, text: str, index: int, conflicts: dict[str, bool]) -> None:  # type: ignore[no-untyped-def]
    st = statements(text)[index]
    assert {c.figure.id: c.period_conflict for c in st.candidates} == conflicts


def test_evidence_is_recorded(statements) -> None:  # type: ignore[no-untyped-def]
    (st,) = statements("Nearly 1.2 million visitors came to the city's libraries in 2023.\n")
    assert st.candidates[0].reasons == (
        "keywords: library, visitor", "phrase: 'came to the city's libraries'", "title words: city",
        "period: 2023", "unit: count",
    )
    (st,) = statements("City buses carried about 48,000 riders a day.\n")
    assert "per day" in st.candidates[0].reasons


def test_words_near_the_number_weigh_more(statements) -> None:  # type: ignore[no-untyped-def]
    (near,) = statements("The utility recorded 412 water main breaks in 2023.\n")
    (far,) = statements("Water main breaks, the utility said in its annual report on the year, "
                        "numbered 412 in 2023.\n")
    assert near.candidates[0].near > far.candidates[0].near
    assert near.candidates[0].score > far.candidates[0].score


def test_direct_call_matches_the_statement_pipeline(  # type: ignore[no-untyped-def]
        tiny_registry: FigureRegistry, statements) -> None:
    (st,) = statements(BREAKS.format(412, " in 2023"))
    fresh = FigureIndex.build(tiny_registry)
    from factcheck.check.sentence import Sentence
    from factcheck.check.statements import sentence_context

    sentence = Sentence(0, len(st.sentence), st.sentence, st.stems, st.periods, {0: st.periods})
    direct = fresh.candidates(sentence_context(st.q, sentence, st.near, None, st.periods,
                                               st.periods))
    assert ([(c.figure.id, c.score) for c in direct]
            == [(c.figure.id, c.score) for c in st.candidates])
    assert len(fresh.entries) == len(tiny_registry.figures)


@pytest.mark.parametrize(("period", "years"), [
    ("2022", {2022}),
    ("2019-2021", {2019, 2020, 2021}),
    ("FY2020-FY2023", {2020, 2021, 2022, 2023}),
    ("2023-09", {2023}),
    ("2023-03/2023-05", {2023}),
    ("FY2023 (first 11 months)", {2023}),
    ("by 2029", {2029}),
    (None, set()),
])
def test_period_years(period: str | None, years: set[int]) -> None:
    assert period_years(period) == years


def test_the_tiny_registry_is_valid(registry_path) -> None:  # type: ignore[no-untyped-def]
    from factcheck.registry.check import check_registry

    problems = check_registry(str(registry_path))
    assert [p.severity for p in problems] == ["warning"]  # the pothole sources disagree on purpose
    assert "potholes_repaired_2023" in problems[0].message


NOUNS = [
    pytest.param("Inspectors made 412 visits to water mains in 2023.\n", "water_main_breaks_2023",
                 id="another-thing's-noun-is-evidence-against-not-a-veto"),
    pytest.param("The city had 412 potholes in 2023.\n", "potholes_repaired_2023",
                 id="the-figure's-own-noun-wins"),
]


@pytest.mark.parametrize(("text", "first"), NOUNS)
def test_counted_noun_weighs(statements, text: str, first: str) -> None:  # type: ignore[no-untyped-def]
    (st,) = statements(text)
    assert st.candidates and st.candidates[0].figure.id == first


RARITY = [
    pytest.param(5, 1, True, id="tiny-registry-one-figure-is-rare"),
    pytest.param(5, 2, False, id="tiny-registry-two-figures-are-common"),
    pytest.param(100, 9, True, id="one-in-eleven-is-rare"),
    pytest.param(100, 12, False, id="one-in-eight-is-common"),
    pytest.param(10_000, 900, True, id="large-registry-scales"),
]


@pytest.mark.parametrize(("figures", "df", "rare"), RARITY)
def test_rare_idf(figures: int, df: int, rare: bool) -> None:
    import math

    assert (math.log(1 + figures / (1 + df)) >= rare_idf(figures)) is rare


PREVIOUS = [
    pytest.param("Burst pipes kept utility crews busy across Springfield in 2023. "
                 "The final count was 412.\n",
                 ["water_main_breaks_2023"], id="the-sentence-before-says-what-is-counted"),
    pytest.param("Burst pipes kept utility crews busy in 2023. "
                 "The mayor's account has 412 followers.\n",
                 [], id="a-number-of-its-own-kind-borrows-nothing"),
    pytest.param("Burst pipes kept crews busy. The final count was 412.\n",
                 [], id="a-word-or-two-a-sentence-away-is-too-little"),
]


@pytest.mark.parametrize(("text", "first"), PREVIOUS)
def test_reads_the_sentence_before(statements, text: str, first: list[str]) -> None:  # type: ignore[no-untyped-def]
    st = statements(text)[-1]
    assert [c.figure.id for c in st.candidates[:1]] == first


SAME_PER = [
    pytest.param("100,000 people", "100000 residents", True, id="the-number-decides"),
    pytest.param("person day", "capita per day", True, id="per-capita-per-day"),
    pytest.param("person day", "day per person", True, id="either-order"),
    pytest.param("person", "person day", False, id="per-person-is-not-per-person-per-day"),
    pytest.param("day", "month", False, id="day-is-not-month"),
]


@pytest.mark.parametrize(("a", "b", "same"), SAME_PER)
def test_same_per(a: str, b: str, same: bool) -> None:
    assert same_per(a, b) is same


MONTHLY = """\
version: 1
figures:
  - id: deaths_2026_01
    title: Traffic deaths, January 2026
    value: 41
    unit: deaths
    period: "2026-01"
    keywords: [january, traffic deaths, month]
    sources:
      - {document: sources/s.txt, publisher: DOT, value: 41, number: "41", quote: "41 in January"}
  - id: deaths_2026_q1
    title: Traffic deaths, first quarter 2026
    value: 124
    unit: deaths
    period: "2026-01/2026-03"
    keywords: [traffic deaths, quarter]
    sources:
      - {document: sources/s.txt, publisher: DOT, value: 124, number: "124",
         quote: "124 deaths from January through March"}
"""


def test_a_month_among_keywords_is_period_evidence_only(registry_at, tmp_path) -> None:  # type: ignore[no-untyped-def]
    index = FigureIndex.build(registry_at(tmp_path, MONTHLY, {
        "s.txt": "41 in January; 124 deaths from January through March\n"}))
    month = next(e for e in index.entries if e.figure.id == "deaths_2026_01")
    assert "january" not in month.keywords and "traffic" in month.keywords
