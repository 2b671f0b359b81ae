"""Unicode lookalikes: extraction folds them (normalise.fold) and maps spans back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import normalise
from factcheck.extract.quantities import extract_quantities

# sentence, span as written, value, unit, kind
LOOKALIKES: list[tuple[str, str, float, str | None, str]] = [
    ("The particles measured 352 μm across, researchers said.", "352 μm", 352, "micrometer",
     "measure"),
    ("Each tablet contains 50 µg of iodine.", "50 µg", 50, "microgram", "measure"),
    ("The sample held 5 Μg of the toxin, the lab said.", "5 Μg", 5, "microgram", "measure"),
    ("Thermometers in Seville showed 46 °C on Sunday.", "46 °C", 46, "degree_Celsius", "measure"),
    ("Shanghai recorded 30℃ on Monday.", "30℃", 30, "degree_Celsius", "measure"),
    ("The new park covers 12,000 m² of former rail yards.", "12,000 m²", 12000, "square_meter",
     "measure"),
    ("The reservoir holds 3.2 km³ of water.", "3.2 km³", 3.2, "cubic_kilometer", "measure"),
    ("The trail runs 2 ㎞ along the ridge.", "2 ㎞", 2, "kilometer", "measure"),
    ("Each sack weighs 10 ㎏.", "10 ㎏", 10, "kilogram", "measure"),
    ("The flat measures 85 ㎡ in all.", "85 ㎡", 85, "square_meter", "measure"),
    ("The company sold １２,０００ units last year.", "１２,０００", 12000, None, "count"),
    ("Inflation hit ３．５％ in May.", "３．５％", 3.5, "percent", "percent"),
    ("The deal is worth ＄3 billion.", "＄3 billion", 3e9, "USD", "money"),
    ("Revenue fell to ₹２,０００ crore.", "₹２,０００ crore", 2e10, "INR", "money"),
    ("Temperatures fell to −15 °C overnight.", "−15 °C", -15, "degree_Celsius", "measure"),
    ("The index closed at −2.4% for the week.", "−2.4%", -2.4, "percent", "percent"),
    ("The city hired 1\u00a0250 teachers this year.", "1\u00a0250", 1250, None, "count"),
    ("Exports reached 4\u2009500\u2009000 tonnes.", "4\u2009500\u2009000 tonnes", 4.5e6,
     "metric_ton", "measure"),
    ("Attendance was 45\u202f000 people.", "45\u202f000", 45000, None, "count"),
    ("Police said 1\u2007000 people marched.", "1\u2007000", 1000, None, "count"),
    ("The storm dropped 40\u2009mm of rain.", "40\u2009mm", 40, "millimeter", "measure"),
    ("The convoy stretched 5\u3000km.", "5\u3000km", 5, "kilometer", "measure"),
    ("It cost €\u202f40 a head.", "€\u202f40", 40, "EUR", "money"),
    ("Officials counted 10\u200b000 ballots.", "10\u200b000", 10000, None, "count"),
    ("The bridge is 1\u2060200 metres long.", "1\u2060200 metres", 1200, "meter", "measure"),
    ("About 1\u00ad500 troops were deployed.", "1\u00ad500", 1500, None, "count"),
    ("The vote was 52\u200b% in favour.", "52\u200b%", 52, "percent", "percent"),
    ("Users reported a 5 ſec delay.", "5 ſec", 5, "second", "duration"),
]


def _spans_exact(text: str) -> None:
    last_end = 0
    for q in extract_quantities(text):
        assert text[q.start:q.end] == q.text
        assert q.end > q.start and q.start >= last_end
        last_end = q.end


@pytest.mark.parametrize(("sentence", "span", "value", "unit", "kind"), LOOKALIKES)
def test_lookalikes_extract_with_their_unit(sentence: str, span: str, value: float,
                                            unit: str | None, kind: str) -> None:
    found = [q for q in extract_quantities(sentence) if q.text == span]
    assert found, [q.text for q in extract_quantities(sentence)]
    q = found[0]
    assert sentence[q.start:q.end] == span
    assert q.value == pytest.approx(value)
    assert (q.unit, q.kind) == (unit, kind)
    _spans_exact(sentence)


def test_a_hedge_after_a_byte_order_mark() -> None:
    (q,) = extract_quantities("\ufeffNearly 110,000 people fled the fighting.")
    assert (q.text, q.value, q.hedge, q.noun) == ("110,000", 110000, "nearly", "people")


@pytest.mark.parametrize("sentence", [
    "The road is 20 mİles long.", "The road is 20 mıles long.", "The pulse lasted 5 μs.",
    "5 Μ", "ſ5ſ", "5 µ", "x\u200b", "\u200b5\u200b", "⑽ and ⒑", "5\u2212", "\u2212\u2212"
])
def test_a_unit_the_table_does_not_know_is_no_error(sentence: str) -> None:
    _spans_exact(sentence)


def test_unknown_unit_keeps_the_number() -> None:
    (q,) = extract_quantities("The road is 20 mİles long.")
    assert (q.text, q.value, q.unit) == ("20", 20, None)


def test_a_malformed_number_is_quoted_as_written() -> None:
    (q,) = extract_quantities("Some １１０,００ people came.")
    assert q.malformed == "bad digit grouping: '１１０,００'"
    assert q.readings == (110000, 11000)


def test_fold_is_none_for_text_with_nothing_to_fold() -> None:
    for text in ("plain ASCII 5 km", "“Curly quotes”, 1\u00a0000 and 5 µg, ½, m², 5¹ …"):
        assert normalise.fold(text) is None


def test_fold_maps_spans_back() -> None:
    text = "a\u200b１２\u2009℃ b"
    f = normalise.fold(text)
    assert f is not None
    assert f.text == "a12\u00a0°C b"
    start = f.text.index("12")
    assert f.span(start, start + 2) == (2, 4)
    assert f.span(start, f.text.index(" b")) == (2, 6)  # "°C" comes from one character
    assert f.span(0, 2) == (0, 3)  # the zero-width space inside the span is kept in it


_PIECES = [
    "0", "1", "7", "12", "1,000", "3.5", ",", ".", "-", "–", "\u2212", "+", "%", "％", "$", "＄",
    "€", "£", "₹", "¥", "US$", "１", "２", "０", "，", "．", " ", "\u00a0", "\u2009", "\u202f",
    "\u2007", "\u3000", "\u200b", "\u2060", "\ufeff", "\u00ad", "\n", "μm", "µg", "Μg", "μ", "Μ",
    "ſec", "ſ", "°C", "℃", "°F", "m²", "km³", "㎞", "㎡", "㎏", "km", "mph", "pounds", "tons",
    "percent", "per cent", "bn", "million", "thousand", "k", "m", "mİles", "ı", "İ", "½", "¹",
    "²", "…", "⑽", "ﬁ", "one", "twenty", "hundred", "half", "a", "of", "per", "day", "nearly",
    "more than", "or so", "-plus", "between", "and", "to", "years", "-year-old", "people",
    "<b>", "</b>", "**", "[", "](https://x.org/5)", "<p>", "&nbsp;", "(", ")", "“", "”", "'",
]
fragments = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
texts = st.one_of(fragments, st.lists(fragments, max_size=6).map(" ".join),
                  st.text(alphabet=st.sampled_from("".join(_PIECES)), max_size=80))


@settings(max_examples=500, deadline=None)
@given(texts)
def test_lookalikes_markup_and_units_never_raise(text: str) -> None:
    _spans_exact(text)
