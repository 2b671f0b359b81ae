"""A clause that names nothing ("to 1,162 from 1,229") counts what the clause before counts."""

from __future__ import annotations

import pytest

from factcheck.check.verdict import assess

CASES = [
    pytest.param("Potholes rose 8 percent, to 9,100.\n", "9,100",
                 ("source-conflict", "potholes_repaired_2023"), id="after-a-comma"),
    pytest.param("Potholes rose 8 percent to 9,100.\n", "9,100",
                 ("source-conflict", "potholes_repaired_2023"), id="no-comma-split-halfway"),
    pytest.param("Ridership climbed 5 percent, to about 48,000.\n", "48,000",
                 ("verified", "bus_riders_per_day"), id="a-hedged-number"),
    pytest.param("Library visits climbed 3 percent, to nearly 1.5 million.\n", "1.5 million",
                 ("value-mismatch", "library_visitors_2023"), id="a-wrong-value-is-caught"),
    pytest.param("Potholes rose 8 percent, and volunteers planted 9,100 tulips.\n", "9,100",
                 ("unsourced", None), id="a-clause-with-its-own-subject-borrows-nothing"),
]


@pytest.mark.parametrize(("text", "number", "expected"), CASES)
def test_a_nameless_clause_shares_the_subject(statements, text: str, number: str,  # type: ignore[no-untyped-def]
                                              expected: tuple[str, str | None]) -> None:
    (st,) = [s for s in statements(text) if s.q.text == number]
    a = assess(st)
    assert (a.verdict.value, a.figure.id if a.figure else None) == expected
