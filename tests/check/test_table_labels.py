"""A table cell reads its row label with the label column's header: "First" under "Quarter
(2025)" is the first quarter of 2025, and "2024" under "Year" is the year 2024
(check/tables.py), on a registry of our own."""

from __future__ import annotations

import pytest

from factcheck.decide import Policy
from factcheck.registry.load import FigureRegistry
from factcheck.scan import scan_text

SOURCE = "Homicides by quarter in 2025: 7 in the first, 11 in the second.\n"


def _quarter(q: int, value: int) -> str:
    return _figure(f"homicides_2025_q{q}", f"quarter {q} of 2025", f"2025-Q{q}", value)


def _year(year: int, value: int) -> str:
    return _figure(f"homicides_{year}", str(year), str(year), value)


def _figure(fid: str, when: str, period: str, value: int) -> str:
    return (f"  - id: {fid}\n    title: Homicides, {when}\n"
            f"    value: {value}\n    unit: homicides\n    period: \"{period}\"\n"
            f"    keywords: [homicides, killings]\n    sources:\n"
            f"      - {{document: sources/s.txt, publisher: Police, value: {value}, "
            f"number: \"{value}\", quote: \"{value} in the\"}}\n")


@pytest.fixture(scope="module")
def police(registry_at, tmp_path_factory: pytest.TempPathFactory) -> FigureRegistry:
    return registry_at(tmp_path_factory.mktemp("police"),
                       "version: 1\nfigures:\n" + _quarter(1, 7) + _quarter(2, 11)
                       + _year(2024, 31) + _year(2025, 38),
                       {"s.txt": SOURCE})


TABLE = "| Quarter (2025) | Homicides |\n|---|---|\n| First | {} |\n| Second | {} |\n"
YEARS = ("| {} | Homicides | Robberies |\n|---|---|---|\n"
         "| 2024 | {} | 1,229 |\n| 2025 | {} | 1,162 |\n")

CASES = [
    pytest.param(TABLE.format(7, 11), [("7", "FC100", "homicides_2025_q1"),
                                       ("11", "FC100", "homicides_2025_q2")],
                 id="each-row-its-quarter"),
    # Judged against its own row's quarter, never verified against the other row's.
    pytest.param(TABLE.format(11, 7), [("11", "FC101", "homicides_2025_q1"),
                                       ("7", "FC101", "homicides_2025_q2")],
                 id="rows-swapped-are-wrong-for-their-quarter"),
    # A year label follows its header: "Year 2024" is a year, "2024 Year" a duration.
    pytest.param(YEARS.format("Year", 31, 38), [("31", "FC100", "homicides_2024"),
                                                ("38", "FC100", "homicides_2025")],
                 id="year-label-under-year-header"),
    pytest.param(YEARS.format("Calendar year", 38, 31), [("38", "FC101", "homicides_2024"),
                                                         ("31", "FC101", "homicides_2025")],
                 id="year-rows-swapped-are-wrong-for-their-year"),
]


@pytest.mark.parametrize(("table", "expected"), CASES)
def test_row_label_reads_its_column_header(police: FigureRegistry, table: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    findings = scan_text(table, police, "d.md", policy=Policy(show_verified=True))
    # Robberies are in no registry figure: their cells stay unsourced and are not compared.
    got = [(f["text"], f["code"], f["figure"]) for f in findings if f["code"] != "FC107"]
    assert got == expected, findings


def test_a_row_label_is_no_statistic(police: FigureRegistry) -> None:
    """A unit or scale in a row's label ("Robberies (thousands)") labels the row's cells."""
    table = "| | 2024 | 2025 |\n|---|---|---|\n| Robberies (thousands) | 1.2 | 1.1 |\n"
    findings = scan_text(table, police, "d.md", policy=Policy(show_verified=True))
    assert [f["text"] for f in findings] == ["1.2", "1.1"], findings
