"""Property tests: extraction never raises, spans slice back, and stays linear."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.quantities import extract_quantities

_PIECES = [
    "0", "1", "7", "12", "1,000", ",", ".", "..", ",,", "-", "–", "—", "−", "+", "%", "$", "€",
    "£", "US$", "one", "two", "twenty", "hundred", "thousand", "million", "and", "a", "half",
    "thirds", "of", "tens", "dozens", "first", "second", "per", "cent", "percent", "pounds",
    "tons", "km", "mph", "°C", "years", "-year-old", "people", "nearly", "over", "more", "than",
    "between", "to", "\u00a0", "\u2009", "\u202f", " ", "\n", "'", "’", "“", "”", "(", ")", ":",
    "/", "O", "l", "½", "a.m.", "Oct.", "March", "FY", "COVID-", "Section", "page", "§", "v",
    "@", "https://x.org/", "or", "so", "plus", "bn", "k", "m", "2023", "1990s", "'90s",
    "e5", "e512", "×10", "^", "1/2", "3/4", "24/7", "Street", "Avenue", "Rua X,", "minus", "ages",
    "aged", "C", "F", "L", "T", "dozen", "dozens", "point", "few", "several", "every", "day",
    "times", "higher", "rose", "doubled", "twice", "such", "-plus", "odd", "(555)", "+1", "9:30",
]

fragments = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
texts = st.one_of(st.text(max_size=200), fragments,
                  st.lists(st.one_of(fragments, st.text(max_size=20)), max_size=5).map(" ".join))


def _check_spans(text: str) -> None:
    qs = extract_quantities(text)
    last_end = 0
    for q in qs:
        assert text[q.start:q.end] == q.text
        assert q.start >= last_end, (q.text, qs)
        assert q.end > q.start
        last_end = q.end
        if q.range_role is not None:
            assert q.range_id is not None


@pytest.mark.slow  # 400 examples: 0.4 to 4.8 s
@settings(max_examples=400, deadline=None)
@given(texts)
def test_spans_slice_back_and_do_not_overlap(text: str) -> None:
    _check_spans(text)


ADVERSARIAL = {
    "digits-and-commas": "".join("1234567890,"[(i * 7919) % 11] for i in range(1_000_000)),
    "ones-and-commas": "1," * 500_000,
    "number-words": "one two three " * 72_000,
    "dots": "1." * 500_000,
}


@pytest.mark.slow
def test_adversarial_megabyte_inputs() -> None:
    for name, text in ADVERSARIAL.items():
        assert len(text) >= 1_000_000, name
        _check_spans(text)
    words = extract_quantities(ADVERSARIAL["number-words"])
    assert [q.value for q in words[:3]] == [1.0, 2.0, 3.0]
    assert len(words) == 3 * 72_000
