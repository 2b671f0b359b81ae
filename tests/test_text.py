"""Sentence splitting and the hedge before a number, on sentences of our own."""

from __future__ import annotations

import pytest

from factcheck import extract_quantities
from factcheck.text import sentence_spans

SPLITS = [
    pytest.param("The report came out at 10 a.m. The number of claims rose.",
                 ["The report came out at 10 a.m. ", "The number of claims rose."],
                 id="a.m.-then-a-sentence"),
    pytest.param("Doors open at 7 p.m. It is free.", ["Doors open at 7 p.m. ", "It is free."],
                 id="p.m.-then-a-pronoun"),
    pytest.param("The rally starts at 11 a.m. Saturday at City Hall.",
                 ["The rally starts at 11 a.m. Saturday at City Hall."], id="a.m.-then-a-day-name"),
    pytest.param("Imports into the U.S. Customs data show a rise.",
                 ["Imports into the U.S. Customs data show a rise."], id="initialism-then-a-name"),
    pytest.param("Most guns came from the U.S. In 2022 the share rose.",
                 ["Most guns came from the U.S. ", "In 2022 the share rose."],
                 id="initialism-then-a-preposition"),
    pytest.param("Dr. Ruiz said so. Mr. Cole agreed.", ["Dr. Ruiz said so. ", "Mr. Cole agreed."],
                 id="titles-stay-joined"),
]


@pytest.mark.parametrize(("text", "sentences"), SPLITS)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


HEDGES = [
    pytest.param("The workweek ticked up to 34.3 hours.", "34.3 hours", "none",
                 id="ticked-up-to-is-a-new-level"),
    pytest.param("Rents climbed up to $1,450 a month.", "$1,450", "none", id="climbed-up-to"),
    pytest.param("Fines of up to $500 apply.", "$500", "at-most", id="up-to-is-a-bound"),
    pytest.param("The plant will hire up to 300 people.", "300", "at-most",
                 id="hire-up-to-is-a-bound"),
]


@pytest.mark.parametrize(("sentence", "text", "hedge"), HEDGES)
def test_hedge_before(sentence: str, text: str, hedge: str) -> None:
    assert next(q.hedge for q in extract_quantities(sentence) if q.text == text) == hedge


PLURALS = [("viruses", "virus"), ("campuses", "campus"), ("bonuses", "bonus"),
           ("statuses", "status"), ("causes", "cause"), ("uses", "use"), ("crashes", "crash"),
           ("taxes", "tax"), ("deaths", "death")]


@pytest.mark.parametrize(("plural", "singular"), PLURALS, ids=[p for p, _ in PLURALS])
def test_a_plural_meets_its_singular(plural: str, singular: str) -> None:
    from factcheck.text import stem

    assert stem(plural) == stem(singular)
