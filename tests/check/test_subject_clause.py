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


LAKES = """\
version: 1
figures:
  - id: halloran_pct_capacity
    title: Lake Halloran storage as a share of its capacity, end of August 2026
    value: 58
    unit: percent
    period: "2026-08"
    place: Lake Halloran
    keywords: [capacity, full, storage]
    sources:
      - {document: sources/s.txt, publisher: Water Resources, value: 58, number: "58 percent",
         quote: "Lake Halloran held 58 percent"}
  - id: statewide_storage_pct
    title: Storage in the state's reservoirs as a share of capacity, end of August 2026
    value: 64
    unit: percent
    period: "2026-08"
    keywords: [capacity, full, storage, state, statewide, reservoirs]
    sources:
      - {document: sources/s.txt, publisher: Water Resources, value: 64, number: "64 percent",
         quote: "state reservoirs held 64 percent"}
""" + "".join(  # other figures, so that the words above are rare in the registry, as in a real one
    f"  - {{id: bridge_{i}, title: Bridges inspected in district {i}, value: {i}, unit: bridges,"
    f" keywords: [bridges, inspected], sources: [{{document: sources/s.txt, publisher: DOT,"
    f" value: {i}, number: '{i}', quote: held}}]}}\n" for i in range(1, 21))
LAKE_CASES = [
    pytest.param("Lake Halloran held 412,600 acre-feet in August 2026, just 58 percent of its "
                 "capacity, the state water department said.", "58 percent",
                 ("verified", "halloran_pct_capacity"), id="who-said-it-names-no-figure"),
    pytest.param("Lake Halloran held 412,600 acre-feet in August 2026, just 85 percent of its "
                 "capacity, the state water department said.", "85 percent",
                 ("value-mismatch", "halloran_pct_capacity"), id="a-wrong-share-of-its-capacity"),
    pytest.param("Reservoirs across the state held 64 percent of their capacity in August 2026, "
                 "the department said.", "64 percent",
                 ("verified", "statewide_storage_pct"), id="the-state's-own-share"),
]


@pytest.mark.parametrize(("text", "number", "expected"), LAKE_CASES)
def test_the_words_of_who_said_it(registry_at, tmp_path, text: str, number: str,  # type: ignore[no-untyped-def]
                                  expected: tuple[str, str | None]) -> None:
    from factcheck.check.index import FigureIndex
    from factcheck.check.statements import iter_statements
    from factcheck.documents.load import parse_document

    registry = registry_at(tmp_path, LAKES, {"s.txt": "Lake Halloran held 58 percent; state "
                                                      "reservoirs held 64 percent.\n"})
    doc = parse_document(text + "\n", "d.md", "markdown")
    sts = [s for group, _ in iter_statements(doc, FigureIndex.build(registry)) for s in group]
    (st,) = [s for s in sts if s.q.text == number]
    a = assess(st)
    assert (a.verdict.value, a.figure.id if a.figure else None) == expected
