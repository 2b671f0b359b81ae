"""Scoring does per-figure work once: no period hashed per call, no denominator read twice."""

from __future__ import annotations

from collections import Counter

import pytest

from factcheck.check import score
from factcheck.periods import Period

SENTENCES = [
    pytest.param("The utility recorded 412 water main breaks in 2023, up from 380 in 2022.\n",
                 id="two-numbers-two-years"),
    pytest.param("In 2023 the utility recorded 412 water main breaks and 90 burst pipes.\n",
                 id="two-numbers-one-year"),
]


@pytest.mark.parametrize("text", SENTENCES)
def test_no_period_is_hashed_while_scoring(statements, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                           text: str) -> None:
    hashed: Counter[str] = Counter()
    real_hash = Period.__hash__
    real_score = score.score_entry

    def scoring(*args):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(Period, "__hash__", counting)
        try:
            return real_score(*args)
        finally:
            monkeypatch.setattr(Period, "__hash__", real_hash)

    def counting(self: Period) -> int:
        hashed[self.label] += 1
        return real_hash(self)

    monkeypatch.setattr("factcheck.check.index.score_entry", scoring)
    found = statements(text)
    assert any(st.candidates for st in found)
    assert not hashed


PAIRS = [
    pytest.param("a day", "per day", id="words"),
    pytest.param("100,000 people", "100000", id="numbers"),
    pytest.param("month", "a day", id="different"),
]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_a_pair_of_denominators_is_read_once(monkeypatch: pytest.MonkeyPatch, a: str,
                                             b: str) -> None:
    read: Counter[str] = Counter()
    real = score._per_words

    def counting(per: str) -> frozenset[str]:
        read[per] += 1
        return real(per)

    monkeypatch.setattr(score, "_per_words", counting)
    score.same_per_text.cache_clear()
    first = score.same_per_text(a, b)
    assert score.same_per_text(a, b) == first
    assert all(n <= 1 for n in read.values())
