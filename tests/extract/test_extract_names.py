"""Names with digits in them (gases, particulates, diseases, aircraft) are no statistics; the
figures beside them are, and megatonnes and parameter counts keep their units and scales."""

from __future__ import annotations

import pytest

from factcheck.extract.quantities import extract_quantities
from factcheck.extract.vocabulary.scales import EUROPEAN_SCALE_STARTS, EUROPEAN_SCALES

# id, sentence, span as written, kind, value
KINDS: list[tuple[str, str, str, str, float | None]] = [
    ("co2", "CO2 levels rose in the city.", "CO2", "identifier", 2),
    ("pm25-glued", "PM2.5 levels of 35 micrograms were recorded.", "PM2.5", "identifier", 2.5),
    ("pm25-figure", "PM2.5 levels of 35 micrograms were recorded.", "35 micrograms", "measure",
     35),
    ("pm25-spaced", "Levels of PM 2.5 reached 80 micrograms.", "2.5", "identifier", 2.5),
    ("pm10-spaced", "The PM 10 readings hit 150, officials said.", "10", "identifier", 10),
    ("pm10-figure", "The PM 10 readings hit 150, officials said.", "150", "count", 150),
    ("no2", "NO2 pollution fell 20 percent.", "NO2", "identifier", 2),
    ("covid", "COVID-19 killed 1,000 people.", "COVID-19", "identifier", 19),
    ("f35", "The F-35 costs $80 million.", "F-35", "identifier", 35),
    ("boeing-737", "The Boeing 737 was grounded.", "737", "identifier", 737),
    ("a320", "An A320 landed safely.", "A320", "identifier", 320),
    ("737-max", "The 737 Max was grounded for 20 months.", "737", "identifier", 737),
    ("737-max-caps", "A 737 MAX jet made an emergency landing.", "737", "identifier", 737),
    ("747-8", "The 747-8 jumbo carries 410 passengers.", "747-8", "identifier", 747),
    ("737s", "Boeing delivered 30 737s in May.", "737s", "identifier", 737),
    ("737s-count", "Boeing delivered 30 737s in May.", "30", "count", 30),
    ("Mt", "The refinery emitted 4.2 Mt of CO2.", "4.2 Mt", "measure", 4.2),
    ("B-model", "They released a 7B model last week.", "7B", "count", 7e9),
    ("seat", "He was sitting in Seat 12B.", "12B", "identifier", 12),
]


@pytest.mark.parametrize(("sentence", "span", "kind", "value"), [c[1:] for c in KINDS],
                         ids=[c[0] for c in KINDS])
def test_kind(sentence: str, span: str, kind: str, value: float | None) -> None:
    found = {q.text: q for q in extract_quantities(sentence)}
    assert span in found, [(q.text, q.kind) for q in found.values()]
    assert (found[span].kind, found[span].value) == (kind, value)


def test_european_scale_starts_come_from_the_table() -> None:
    assert {w[0].lower() for w in EUROPEAN_SCALES} == {c.lower() for c in EUROPEAN_SCALE_STARTS}
    assert {w[0].upper() for w in EUROPEAN_SCALES} <= EUROPEAN_SCALE_STARTS
