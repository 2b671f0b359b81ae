"""Which source a draft names: its attribution phrases or its publisher's distinctive words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.check.attribution import attributed_source
from factcheck.check.index import FigureIndex
from factcheck.check.statements import iter_statements
from factcheck.documents.load import parse_document
from factcheck.registry.load import FigureRegistry

REPORT = "Buses ran on time 86.4 percent of the time in 2025.\n"
AUDIT = ("The authority reports that buses ran on time 86.4 percent of the time in 2025. "
         "Counting canceled trips as late, the audit finds 79.8 percent.\n")
REGISTRY = """\
version: 1
figures:
  - id: bus_on_time_2025
    title: Share of bus trips that ran on time in 2025
    value: 86.4
    unit: percent
    period: "2025"
    keywords: [on time, on-time, buses]
    disputed: true
    sources:
      - {document: sources/report.txt, publisher: Tolvane Regional Transit Authority,
         value: 86.4, number: "86.4 percent", attribution: [authority, transit authority],
         quote: "Buses ran on time 86.4 percent of the time in 2025"}
      - {document: sources/audit.txt, publisher: Office of the State Auditor (citing the Tolvane
           Regional Transit Authority), value: 86.4, number: "86.4 percent",
         attribution: [authority, authority reports],
         quote: "The authority reports that buses ran on time 86.4 percent of the time in 2025"}
      - {document: sources/audit.txt, publisher: Office of the State Auditor, value: 79.8,
         number: "79.8 percent", attribution: [auditor, audit],
         quote: "the audit finds 79.8 percent"}
"""

CASES = [
    pytest.param("The authority's bus on-time rate was 86.4 percent in 2025.", 86.4,
                 id="two-sources-of-one-value-are-one-claim"),
    pytest.param("The auditor's bus on-time rate was 79.8 percent in 2025.", 79.8,
                 id="the-other-value's-source"),
    pytest.param("The bus on-time rate was 86.4 percent in 2025.", None, id="no-source-named"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_the_source_a_draft_names(registry_at: Callable[..., FigureRegistry], tmp_path: Path,
                                  text: str, value: float | None) -> None:
    registry = registry_at(tmp_path, REGISTRY, {"report.txt": REPORT, "audit.txt": AUDIT})
    doc = parse_document(text + "\n", "d.md", "markdown")
    (st,) = [s for sts, _ in iter_statements(doc, FigureIndex.build(registry)) for s in sts
             if s.q.is_statistic]
    src = attributed_source(st, registry.figures[0])
    assert (src.value if src else None) == value


TABLE = ("| 2025 | {} | {} |\n|---|---|---|\n"
         "| Bus on-time rate (%) | 86.4 | 79.8 |\n")
TABLES = [
    pytest.param(TABLE.format("Transit authority", "State auditor"), ["FC100", "FC100"],
                 id="each-column-header-names-its-source"),
    pytest.param(TABLE.format("First count", "Second count"), ["FC106", "FC106", "FC108"],
                 id="headers-that-name-no-source"),
]


@pytest.mark.parametrize(("table", "codes"), TABLES)
def test_a_column_header_names_the_source(registry_at: Callable[..., FigureRegistry],
                                          tmp_path: Path, table: str, codes: list[str]) -> None:
    from factcheck.decide import Policy
    from factcheck.scan import scan_text

    registry = registry_at(tmp_path, REGISTRY, {"report.txt": REPORT, "audit.txt": AUDIT})
    findings = scan_text(table, registry, "d.md", policy=Policy(show_verified=True))
    assert [f["code"] for f in findings] == codes, findings


PLACED = """\
version: 1
figures:
  - id: trips_2025
    title: Trips on Tolvane buses in 2025
    value: 47900000
    unit: trips
    period: "2025"
    place: Tolvane
    keywords: [trips, buses]
    disputed: true
    sources:
      - {document: sources/report.txt, publisher: Tolvane Regional Transit Authority,
         value: 48600000, number: "48.6 million", quote: "48.6 million"}
      - {document: sources/audit.txt, publisher: State Auditor, value: 47900000,
         number: "47.9 million", quote: "47.9 million"}
"""
PLACES = [
    pytest.param("Tolvane's buses carried 47.9 million trips in 2025.", None,
                 id="the-figure's-place-names-no-source"),
    pytest.param("The Regional Transit Authority says buses carried 48.6 million trips in 2025.",
                 48600000, id="the-publisher's-own-words-do"),
]


@pytest.mark.parametrize(("text", "value"), PLACES)
def test_a_place_is_not_a_publisher(registry_at: Callable[..., FigureRegistry], tmp_path: Path,
                                    text: str, value: float | None) -> None:
    registry = registry_at(tmp_path, PLACED, {"report.txt": "48.6 million\n",
                                              "audit.txt": "47.9 million\n"})
    doc = parse_document(text + "\n", "d.md", "markdown")
    (st,) = [s for sts, _ in iter_statements(doc, FigureIndex.build(registry)) for s in sts
             if s.q.is_statistic]
    src = attributed_source(st, registry.figures[0])
    assert (src.value if src else None) == value
