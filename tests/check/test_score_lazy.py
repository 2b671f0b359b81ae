"""Scoring writes evidence text only for figures that pass MIN_STRENGTH."""

from __future__ import annotations

import pytest

from factcheck.check import score
from factcheck.periods import year_period

SENTENCES = [
    pytest.param("The utility recorded 412 water main breaks in 2023, up from 380 in 2022.\n",
                 id="keywords-and-periods"),
    pytest.param("City buses carried about 48,000 riders a day in 2023.\n", id="noun-and-per"),
    pytest.param("In 2023 the city counted 77 of them.\n", id="period-only"),
]


@pytest.mark.parametrize("text", SENTENCES)
def test_only_a_passing_figure_is_described(statements, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                            text: str) -> None:
    described: list[int] = []
    expected: list[int] = []
    real_detail = score.Evidence.detail
    real_score = score.score_entry

    def detail(self: score.Evidence) -> str:
        described.append(1)
        return real_detail.fget(self)  # type: ignore[attr-defined, no-any-return]

    def scoring(*args):  # type: ignore[no-untyped-def]
        got = real_score(*args)
        expected.append(len(got.evidence) if got is not None else 0)
        return got

    monkeypatch.setattr(score.Evidence, "detail", property(detail))
    monkeypatch.setattr("factcheck.check.index.score_entry", scoring)
    statements(text)
    assert len(expected) > sum(1 for n in expected if n)  # some figure fell short
    assert len(described) == sum(expected)


DETAILS = [
    pytest.param(frozenset({"repair", "pothol"}), "pothol, repair", id="stems-sorted"),
    pytest.param("riders", "riders", id="text"),
    pytest.param((year_period(2023, "in 2023", "inferred"),), "in 2023 (inferred)",
                 id="period-how"),
]


@pytest.mark.parametrize(("found", "text"), DETAILS)
def test_evidence_is_written_as_before(found: object, text: str) -> None:
    assert score.Evidence(1.0, 1.0, "label", found).detail == text  # type: ignore[arg-type]
