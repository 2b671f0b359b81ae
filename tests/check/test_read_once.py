"""What a list's lead-in or a sentence says is read once, however many numbers share it."""

from __future__ import annotations

from collections import Counter

import pytest

from factcheck.check import draft_periods as statements_module

LEAD_IN = "Breaks the utility recorded in 2023, by district:\n\n"
LISTS = [
    pytest.param(LEAD_IN + "- North: 120 breaks\n- South: 140 breaks\n- East: 152 breaks\n",
                 id="three-items"),
    pytest.param(LEAD_IN + "- North: 120 breaks\n- South: none\n- East: 152 breaks\n",
                 id="an-item-without-a-number"),
    pytest.param(LEAD_IN + "- North: 120 breaks\n\nA paragraph between.\n\n" + LEAD_IN
                 + "- East: 152 breaks\n", id="two-lists"),
]


@pytest.mark.parametrize("text", LISTS)
def test_a_lead_in_is_read_once_per_list(statements, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                         text: str) -> None:
    read: Counter[str] = Counter()
    real = statements_module.find_periods

    def counting(body: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        read[body] += 1
        return real(body, *args, **kwargs)

    monkeypatch.setattr(statements_module, "find_periods", counting)
    found = statements(text)
    assert found and all(st.periods or st.q.kind != "count" for st in found)
    # Once as a paragraph of its own, once as its list's lead-in.
    assert read[LEAD_IN.strip()] == 2 * text.count(LEAD_IN)


BEFORE = "The utility counted water main breaks in 2023."
SENTENCES = [
    pytest.param(BEFORE + " The total was 412.\n", BEFORE, id="refers-back-to-the-sentence-before"),
    pytest.param(BEFORE + " Crews fixed 412.\n", BEFORE, id="no-figure-fits-reads-the-one-before"),
    pytest.param("Crews fixed 412 breaks in 2023. That is 412 breaks.\n",
                 "Crews fixed 412 breaks in 2023.", id="a-sentence-with-its-own-number"),
]


@pytest.mark.parametrize(("text", "sentence"), SENTENCES)
def test_a_sentences_periods_are_read_once(statements, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                           text: str, sentence: str) -> None:
    read: Counter[str] = Counter()
    real = statements_module.find_periods

    def counting(body: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        read[body.strip()] += 1
        return real(body, *args, **kwargs)

    monkeypatch.setattr(statements_module, "find_periods", counting)
    assert statements(text)
    assert read[sentence] == 1


BREAKS = [
    pytest.param("Crews fixed 1,912 breaks in 2023, up from 1,700; officials said (again).",
                 [32, 47, 64, 70],
                 id="commas-inside-numbers-are-no-breaks"),
    pytest.param("In 2023 — a dry year – crews fixed 412 breaks: most in June.", [8, 21, 45],
                 id="dashes-and-colons"),
    pytest.param("No break at all in 2023", [], id="none"),
]


@pytest.mark.parametrize(("text", "breaks"), BREAKS)
def test_clause_breaks_are_found_by_one_search(text: str, breaks: list[int]) -> None:
    from factcheck.check.clauses import clause_breaks
    from factcheck.extract.quantities import extract_quantities
    from factcheck.periods import find_periods

    qs = extract_quantities(text)
    periods = tuple(find_periods(text))
    assert periods
    assert clause_breaks(qs, range(len(qs)), periods, 0, text) == breaks
