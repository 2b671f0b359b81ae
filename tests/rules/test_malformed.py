"""FC104 malformed-number: bad grouping, stray separators and letters among digits."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param("Nearly 110,00 people died of drug overdoses in the United States in 2022.\n",
                 [(1, 8, "FC104")], id="missing-digit"),
    pytest.param("There were 32,2230 killings in Mexico in 2022.\n", [(1, 12, "FC104")],
                 id="extra-digit"),
    pytest.param("There were 3,22,23 killings in Mexico in 2022.\n", [(1, 12, "FC104")],
                 id="misplaced-commas"),
    pytest.param("Mexican officials said 6.000 people were crossing the southern border "
                 "every day.\n", [(1, 24, "FC104")], id="period-as-thousands-separator"),
    pytest.param("The city is housing more than 61,,000 migrants, as of September.\n",
                 [(1, 31, "FC104")], id="doubled-separator"),
    pytest.param("The city is housing more than 6l,000 migrants, as of September.\n",
                 [(1, 31, "FC104")], id="letter-l-for-one"),
    pytest.param("Mexican officials said 6,0O0 people were crossing the southern border "
                 "every day.\n", [(1, 24, "FC104")], id="letter-o-for-zero"),
    pytest.param("The city planted 1,0000 trees.\n", [(1, 18, "FC104")],
                 id="no-figure-matches-a-reading"),
    pytest.param("Nearly 110,000 people died of drug overdoses in the United States in 2022.\n", [],
                 id="silent-well-formed"),
    pytest.param("The U.S. homicide rate was about 7.8 per 100,000.\n", [], id="silent-decimal"),
    pytest.param("The typo `110,00` was printed in the NYT.\n", [], id="silent-inside-inline-code"),
    pytest.param("The Border Patrol apprehended roughly 2OO,000 migrants in September.\n",
                 [(1, 39, "FC104")], marks=pytest.mark.xfail(strict=True, reason=(
                     "two letters O among digits ('2OO,000') are read as the identifier '2OO' "
                     "and nothing is reported, though '1O,000' and '6,0O0' are malformed numbers")),
                 id="two-letters-o"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_malformed(scan_findings, text: str, expected: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(line, col, code) for _, line, col, code in scan_findings({"a.md": text})] == expected


MESSAGES = [
    pytest.param("Nearly 110,00 people died of drug overdoses in the United States in 2022.\n",
                 "malformed number '110,00' (bad digit grouping: '110,00'): did you mean 110,000 "
                 "(overdose_deaths_2022)?", id="best-reading-names-the-figure"),
    pytest.param("Mexican officials said 6.000 people were crossing the southern border "
                 "every day.\n",
                 "malformed number '6.000' (period as thousands separator: '6.000'): did "
                 "you mean 6,000 (mexico_southern_border_crossings_per_day)?",
                 id="period-separator"),
    pytest.param("The city planted 1,0000 trees.\n",
                 "malformed number '1,0000' (bad digit grouping: '1,0000'): readings 10,000 or "
                 "1,000; none matches a registry figure", id="readings-listed-without-a-figure"),
]


@pytest.mark.parametrize(("text", "message"), MESSAGES)
def test_message(scan_messages, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    assert [m for *_, m in scan_messages(text)] == [message]
