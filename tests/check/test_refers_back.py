"""A sentence that refers back ("That is", "It was", "of them") reads the sentence before it."""

from __future__ import annotations

import pytest

from factcheck.check.clauses import refers_back
from factcheck.check.verdict import assess

CASES = [
    pytest.param("The utility counted water main breaks in 2023. The total was 412.\n", "412",
                 ("verified", "water_main_breaks_2023"), id="the-total-was"),
    pytest.param("The utility counted water main breaks in 2023. It was 421, it said.\n", "421",
                 ("value-mismatch", "water_main_breaks_2023"), id="it-was-a-wrong-value"),
    pytest.param("The utility counted water main breaks in 2022. That came to 380.\n", "380",
                 ("verified", "water_main_breaks_2022"), id="the-period-comes-along"),
    pytest.param("The utility counted water main breaks in 2023. Crews then fixed 412 swings.\n",
                 "412", ("unsourced", None), id="no-reference-no-borrowing"),
]


@pytest.mark.parametrize(("text", "number", "expected"), CASES)
def test_a_sentence_that_refers_back(statements, text: str, number: str,  # type: ignore[no-untyped-def]
                                     expected: tuple[str, str | None]) -> None:
    (st,) = [s for s in statements(text) if s.q.text == number]
    a = assess(st)
    assert (a.verdict.value, a.figure.id if a.figure else None) == expected


OPENERS = [
    ("That is 70,412 graduates.", True), ("In math it was 39.7 percent.", True),
    ("More than 70,000 of them died.", True), ("This figure rose.", True),
    ("The number of unemployed fell to 96,400.", False), ("Thatcher won 42 seats.", False),
    ("Employers added 14,200 jobs.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), OPENERS, ids=[s for s, _ in OPENERS])
def test_refers_back(sentence: str, expected: bool) -> None:
    assert refers_back(sentence) is expected


COMPARED = [
    pytest.param("71 died, a rate of 3.1 per 10,000, down from 80.", "80", "71",
                 id="a-like-size-over-the-nearest"),
    pytest.param("Crashes fell 32 percent, to 143 from 186.", "186", "143",
                 id="the-nearest-of-a-like-size"),
    pytest.param("The rate was 3.1 per 10,000, down from 3.6.", "3.6", "3.1", id="the-nearest"),
    pytest.param("It rose 4 percent to $33.82 from $32.45.", "$32.45", "$33.82",
                 id="a-unit-takes-the-nearest-in-its-unit"),
    pytest.param("Drivers going more than 10 mph over the limit dropped from 38 percent.",
                 "38 percent", None, id="a-base-in-a-unit-is-no-base-of-another-unit"),
    pytest.param("The ferries ran 16 mph, and crossings dropped from 11,400.", "11,400", None,
                 id="a-bare-base-takes-no-unit-from-a-number-of-another-size"),
]


@pytest.mark.parametrize(("sentence", "base", "main"), COMPARED)
def test_a_base_is_compared_with_a_number_of_its_size(sentence: str, base: str,
                                                      main: str | None) -> None:
    from types import SimpleNamespace

    from factcheck import extract_quantities
    from factcheck.check.statements import _compared_with

    qs = extract_quantities(sentence)
    (b,) = [q for q in qs if q.text == base]
    mains = [SimpleNamespace(q=q, base=None) for q in qs if q.start < b.start and q.kind != "year"]
    found = _compared_with(b, mains)  # type: ignore[arg-type]
    assert (found.q.text if found is not None else None) == main


def test_an_open_ended_span_excludes_no_figure_from_a_base(statements) -> None:  # type: ignore[no-untyped-def]
    text = ("The utility recorded 412 water main breaks in 2023, up from 380 in 2022, "
            "a rise of 8 percent, the most since 2010.\n")
    (base,) = [s for s in statements(text) if s.q.text == "380"]
    assert base.candidates and base.candidates[0].figure.id == "water_main_breaks_2022"


HALVES = [
    pytest.param("Officers inspected 4,610 trucks and ordered more than 21.4 percent off.",
                 id="a-word-at-the-middle-goes-whole-to-one-side"),
    pytest.param("Crews fixed 412 breaks and 380 leaks.", id="a-short-gap"),
    pytest.param("It was 12 and 14.", id="one-word-between"),
]


@pytest.mark.parametrize("sentence", HALVES)
def test_halfway_between_two_numbers_cuts_no_word(sentence: str) -> None:
    from factcheck import extract_quantities
    from factcheck.check.clauses import clause_end, clause_start

    a, b = extract_quantities(sentence)[:2]
    cut = clause_end(sentence, a.end, b.start)
    assert cut == clause_start(sentence, a.end, b.start)
    assert not (sentence[cut - 1].isalpha() and sentence[cut].isalpha())
