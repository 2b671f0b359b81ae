"""find_periods' cheap word tests: each pattern still reads the periods its words name."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.periods import find_periods

TODAY = date(2026, 3, 15)
Years = tuple[tuple[int, int], ...] | None

# (text, the years extraction found, the periods read: as written, first day, last day, kind)
CASES: list[tuple[str, Years, list[tuple[str, str, str, str]]]] = [
    ("Sales fell in the winter of 2024-25.", None,
     [("in the winter of 2024-25", "2024-12-01", "2025-02-28", "season")]),
    ("Rents rose from 2019 to 2021.", (),  # years extraction did not see: the intervals'
     [("from 2019 to 2021", "2019-01-01", "2021-12-31", "interval")]),
    ("Rents rose 2019-21 in the city.", (), [("2019-21", "2019-01-01", "2021-12-31", "interval")]),
    ("Spending grew in FY24.", (), [("FY24", "2023-10-01", "2024-09-30", "fiscal-year")]),
    ("Output grew in 2024Q1.", None, [("2024Q1", "2024-01-01", "2024-03-31", "quarter")]),
    ("Output grew in the third quarter.", (),
     [("third quarter", "2025-07-01", "2025-09-30", "quarter")]),
    ("Crashes rose in JANUARY THROUGH MARCH 2026.", None,
     [("in JANUARY", "2026-01-01", "2026-01-31", "month"),
      ("THROUGH MARCH", "2026-03-01", "2026-03-31", "month"),
      ("2026", "2026-01-01", "2026-12-31", "year")]),
    ("Crashes rose from January through March 2026.", None,
     [("from January through March 2026", "2026-01-01", "2026-03-31", "interval")]),
    ("The office counted 40 on Monday.", (), [("on Monday", "2026-03-09", "2026-03-09", "day")]),
    ("Last YEAR it counted 40.", (), [("Last YEAR", "2025-01-01", "2025-12-31", "year")]),
    ("No period here at all.", (), []),
    ("Numbers: 5, 12 and 40.", None, []),
]


@pytest.mark.parametrize(("text", "years", "expected"), CASES, ids=[c[0][:32] for c in CASES])
def test_each_pattern_reads_what_its_words_name(text: str, years: Years,
                                                expected: list[tuple[str, str, str, str]]) -> None:
    got = [(p.text, p.start.isoformat(), p.end.isoformat(), p.resolution)
           for p in find_periods(text, TODAY, years)]
    assert got == expected
