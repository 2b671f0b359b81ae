"""FC101 value-mismatch: wrong values, scale slips and transpositions, and what is not one."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param("About 11,000 people died of drug overdoses in 2022.\n", [(1, 7, "FC101")],
                 id="tenfold-too-small"),
    pytest.param("Mexican officials said 60,000 people were crossing the southern border "
                 "every day.\n", [(1, 24, "FC101")], id="rate-off-by-ten"),
    pytest.param("There were 23,223 killings in Mexico in 2022.\n", [(1, 12, "FC101")],
                 id="transposed-digits"),
    pytest.param("The Justice Department unsealed twelve indictments charging Chinese "
                 "companies with producing fentanyl.\n", [(1, 33, "FC101")],
                 id="small-count-in-words"),
    pytest.param("Mexico sued U.S. gun manufacturers in a $10 million lawsuit.\n",
                 [(1, 41, "FC101")], id="million-for-billion"),
    pytest.param("Seven percent of the firearms submitted for tracing in Mexico between "
                 "2014 and 2018 originated in the United States.\n", [(1, 1, "FC101")],
                 id="percent-at-sentence-start"),
    pytest.param("The city is housing more than 16,000 migrants, as of September.\n",
                 [(1, 31, "FC101")], id="misquoted-bound"),
    pytest.param("Mexico seized 300 synthetic drug laboratories from 2019 through 2021.\n",
                 [(1, 15, "FC101")], id="disputed-figure-matching-neither-source"),
    pytest.param("There were 32,223 killings in Mexico in 2022.\n", [], id="silent-right-value"),
    pytest.param("More than 50,000 people died of drug overdoses in 2022.\n", [(1, 11, "FC110")],
                 id="silent-true-but-weak-bound"),
    pytest.param("The 34-year-old mayor said nearly 110,000 people died of drug "
                 "overdoses in 2022.\n", [], id="silent-age-beside-a-right-value"),
    pytest.param("The council approved $3.5 million for new bus shelters.\n", [(1, 22, "FC107")],
                 id="silent-other-subject"),
    pytest.param("Mayor Eric Adams, 63, said the city is housing more than 61,000 migrants.\n", [],
                 id="silent-appositive-age"),
    pytest.param("In Mexico, 32,223 people were killed in 2022.\n", [],
                 id="silent-people-killed-is-killings"),
    # 'shelters' is one of the migrants figure's keywords, but 14 is far below 60,000 and
    # counts no migrants: not a plausible slip for it.
    pytest.param("The city opened 14 new shelters.\n", [(1, 17, "FC107")],
                 id="silent-count-of-another-noun"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_value_mismatch(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


MESSAGES = [
    pytest.param("About 11,000 people died of drug overdoses in 2022.\n",
                 "'about 11,000' does not match overdose_deaths_2022: the registry says nearly "
                 "110,000 deaths in 2022; 10 times too small, a typo or scale slip?",
                 id="scale-slip-named"),
    pytest.param("There were 23,223 killings in Mexico in 2022.\n",
                 "'23,223' does not match mexico_killings_2022: the registry says 32,223 "
                 "killings in 2022; the same digits in another order, transposed?",
                 id="transposition-named"),
    pytest.param("Mexico sued U.S. gun manufacturers in a $10 million lawsuit.\n",
                 "'$10 million' does not match mexico_gun_lawsuit_damages: the registry says "
                 "$10 billion; 1,000 times too small, a typo or scale slip?", id="money-scale"),
]


@pytest.mark.parametrize(("text", "message"), MESSAGES)
def test_message(scan_messages, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    assert [m for *_, m in scan_messages(text, {"FC101"})] == [message]
