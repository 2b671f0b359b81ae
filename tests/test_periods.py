"""Periods as intervals: the registry's grammar, periods in prose, a monthly series told apart."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.documents.dates import draft_date
from factcheck.periods import find_periods, parse_figure_period, registry_form

FIGURE_PERIODS = [
    ("year", "2022", ("2022-01-01", "2022-12-31")),
    ("fiscal-year", "FY2023", ("2022-10-01", "2023-09-30")),
    ("quarter", "2026-Q1", ("2026-01-01", "2026-03-31")),
    ("month", "2023-09", ("2023-09-01", "2023-09-30")),
    ("day", "2023-09-30", ("2023-09-30", "2023-09-30")),
    ("years", "2019-2021", ("2019-01-01", "2021-12-31")),
    ("months", "2023-03/2023-05", ("2023-03-01", "2023-05-31")),
    ("partial", "FY2023 (first 11 months)", ("2022-10-01", "2023-09-30")),
    ("horizon", "by 2029", ("2029-01-01", "2029-12-31")),
    ("month-name", "August 2026", None),
    ("month-13", "2023-13", None),
    ("backwards", "2023/2021", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FIGURE_PERIODS],
                         ids=[c[0] for c in FIGURE_PERIODS])
def test_figure_period(text: str, expected: tuple[str, str] | None) -> None:
    p = parse_figure_period(text)
    assert (None if p is None else (p.start.isoformat(), p.end.isoformat())) == expected


TODAY = date(2026, 4, 10)
PROSE = [
    ("month-resolved", "Employers added 187,000 jobs in March, the agency said.",
     [("March", "2026-03-01", "2026-03-31")]),
    ("month-last-year", "Claims peaked in December.", [("December", "2025-12-01", "2025-12-31")]),
    ("month-year", "In September 2023, agents made 200,000 arrests.",
     [("September 2023", "2023-09-01", "2023-09-30")]),
    ("day", "On March 3, 2026, 45 people died.", [("March 3, 2026", "2026-03-03", "2026-03-03")]),
    ("quarter", "In the first quarter of 2026, claims rose.",
     [("first quarter of 2026", "2026-01-01", "2026-03-31")]),
    # A quarter's count comes out after it ends: one still under way is last year's.
    ("quarter-under-way", "Sales rose in the second quarter.",
     [("second quarter", "2025-04-01", "2025-06-30")]),
    ("quarter-ended", "Sales rose in the first quarter.",
     [("first quarter", "2026-01-01", "2026-03-31")]),
    ("quarter-short", "Q4 2025 sales", [("Q4 2025", "2025-10-01", "2025-12-31")]),
    ("fiscal", "In fiscal 2025 the agency spent more.",
     [("fiscal 2025", "2024-10-01", "2025-09-30")]),
    ("between", "between 2014 and 2018, 500 cases",
     [("between 2014 and 2018", "2014-01-01", "2018-12-31")]),
    ("from-through", "from 2019 through 2021",
     [("from 2019 through 2021", "2019-01-01", "2021-12-31")]),
    ("last-month", "Last month the rate was 4.1 percent.",
     [("Last month", "2026-03-01", "2026-03-31")]),
    ("last-year", "Last year 40 people died.", [("Last year", "2025-01-01", "2025-12-31")]),
    ("so-far", "so far this year", [("so far this year", "2026-01-01", "2026-04-10")]),
    ("saturday", "hitting 9,000 on Saturday alone", [("on Saturday", "2026-04-04", "2026-04-04")]),
    ("since", "since 2019, 500 deaths", [("2019", "2019-01-01", "2026-04-10")]),
    ("year-earlier", "4.1 percent in March, up from 3.8 percent a year earlier",
     [("March", "2026-03-01", "2026-03-31"), ("a year earlier", "2025-03-01", "2025-03-31")]),
    ("the-year-before", "184 pounds in 2025, twice the 79 pounds seized the year before",
     [("2025", "2025-01-01", "2025-12-31"), ("the year before", "2024-01-01", "2024-12-31")]),
    ("the-previous-year", "Thefts rose in 2024 from the previous year.",
     [("2024", "2024-01-01", "2024-12-31"), ("the previous year", "2023-01-01", "2023-12-31")]),
    ("a-year-ago-alone", "A year ago the lake held 504,800 acre-feet.",
     [("A year ago", "2025-02-24", "2025-04-10")]),
    ("a-year-earlier-alone-says-nothing", "A year earlier it was 40.", []),
    # The letters IGNORECASE matches to ASCII ones are read as those, one for one.
    ("long-s", "Deaths rose in \u017fpring 2024.",
     [("in spring 2024", "2024-03-01", "2024-05-31")]),
    ("dotted-capital-i", "\u0130n March 2023 it rose.",
     [("March 2023", "2023-03-01", "2023-03-31")]),
    ("elliptic-quarter", "It peaked in the third quarter of 2025, then eased in the fourth.",
     [("third quarter of 2025", "2025-07-01", "2025-09-30"),
      ("in the fourth", "2025-10-01", "2025-12-31")]),
    ("quarter-then-year", "Sales in the first quarter 2025 rose.",
     [("first quarter 2025", "2025-01-01", "2025-03-31")]),
    ("quarter-year-in-brackets", "First Quarter (2025)",
     [("First Quarter (2025)", "2025-01-01", "2025-03-31")]),
    ("bare-ordinal-alone-is-no-quarter", "She finished in the fourth.", []),
    ("ordinal-with-a-noun-is-no-quarter", "In the third quarter of 2025 and in the second round.",
     [("third quarter of 2025", "2025-07-01", "2025-09-30")]),
    ("may-the-verb", "Officials may revise the 40 figure.", []),
    ("may-the-month", "Deaths fell in May.", [("in May", "2025-05-01", "2025-05-31")]),
    # Seasons are meteorological; "fall" and "spring" alone are a verb and a noun.
    ("this-summer", "This summer's average was 76.1 degrees.",
     [("This summer's", "2026-06-01", "2026-08-31")]),
    ("last-winter", "Last winter 41 inches of snow fell.",
     [("Last winter", "2025-12-01", "2026-02-28")]),
    ("winter-span", "Flu cases peaked in winter 2025-26.",
     [("in winter 2025-26", "2025-12-01", "2026-02-28")]),
    ("summer-of", "in the summer of 2024, 12 heat deaths",
     [("in the summer of 2024", "2024-06-01", "2024-08-31")]),
    ("in-the-fall", "Enrollment rose in the fall.", [("in the fall", "2025-09-01", "2025-11-30")]),
    ("fall-the-verb", "Emissions fall for a third year.", []),
    ("spring-the-noun", "The spring feeds 40 ponds.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PROSE], ids=[c[0] for c in PROSE])
def test_periods_in_prose(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(p.label, p.start.isoformat(), p.end.isoformat()) for p in find_periods(text, TODAY)]
    assert got == expected


def test_a_month_without_a_date_is_not_read() -> None:
    assert find_periods("Employers added 187,000 jobs in March.", None) == []


DATES = [
    ("front-matter", "---\ntitle: x\ndate: 2026-04-10\n---\n\nText.\n", "markdown", "2026-04-10"),
    ("front-matter-quoted", "---\ndate: '2026-04-10T08:00:00Z'\n---\nText.\n", "markdown",
     "2026-04-10"),
    ("meta",
     '<html><head><meta property="article:published_time" content="2026-03-02T10:00:00Z"></head>',
     "html", "2026-03-02"),
    ("meta-name-date", '<meta name="date" content="2025-12-31">', "html", "2025-12-31"),
    ("none", "Just text.\n", "text", None),
    ("dateline", "After the mill\n\nBy Priya Natarajan\nApril 23, 2026\n\nText.\n", "text",
     "2026-04-23"),
    ("dateline-abbreviated", "HARLAN, Franklin (Sept. 3, 2025) - The county...\n", "text",
     "2025-09-03"),
    ("markdown-dateline", "# Title\n\n*March 2, 2026*\n\nText.\n", "markdown", "2026-03-02"),
    ("a-date-deep-in-the-text-is-no-dateline", "x\n" * 300 + "April 23, 2026\n", "text", None),
]


@pytest.mark.parametrize(("text", "fmt", "expected"), [c[1:] for c in DATES],
                         ids=[c[0] for c in DATES])
def test_draft_date(text: str, fmt: str, expected: str | None) -> None:
    got = draft_date(text, fmt)
    assert (got[0].isoformat() if got else None) == expected


SERIES = """version: 1
figures:
{figures}
"""
FIGURE = """  - id: payrolls_2026_{m:02d}
    title: Nonfarm payroll jobs added in {name} 2026
    value: {value}
    unit: jobs
    kind: count
    period: "2026-{m:02d}"
    keywords: [payrolls, jobs, added, employers, nonfarm]
    sources:
      - document: release.txt
        publisher: Bureau of Labor Statistics
        quote: "Employers added {printed} jobs in {name}."
        value: {value}
"""
MONTHS = [(1, "January", 143000), (2, "February", 151000), (3, "March", 228000)]


@pytest.fixture
def series(tmp_path: Path) -> Path:
    (tmp_path / "release.txt").write_text(
        " ".join(f"Employers added {v:,} jobs in {n}." for _, n, v in MONTHS), encoding="utf-8")
    figs = "".join(FIGURE.format(m=m, name=n, value=v, printed=f"{v:,}") for m, n, v in MONTHS)
    (tmp_path / "figures.yaml").write_text(SERIES.format(figures=figs), encoding="utf-8")
    return tmp_path


DRAFTS = [
    ("right-month", "Employers added 151,000 jobs in February.", ("verified", "payrolls_2026_02")),
    ("wrong-month", "Employers added 151,000 jobs in March.",
     ("period-mismatch", "payrolls_2026_02")),
    ("last-month", "Employers added 228,000 jobs last month.", ("verified", "payrolls_2026_03")),
    ("wrong-value-right-month", "Employers added 282,000 jobs in March.",
     ("value-mismatch", "payrolls_2026_03")),
    ("framing-paragraph", "In February, hiring slowed. Employers added 151,000 jobs.",
     ("verified", "payrolls_2026_02")),
    ("framing-wrong", "In January, hiring slowed. Employers added 151,000 jobs.",
     ("period-mismatch", "payrolls_2026_02")),
]


def _series_scan(series: Path, sentence: str) -> list[tuple[str, str]]:
    draft = series / "d.md"
    draft.write_text(f"---\ndate: 2026-04-10\n---\n\n{sentence}\n", encoding="utf-8")
    result = CliRunner().invoke(app,
                                ["scan", "-r", str(series / "figures.yaml"), "--format", "json",
                                      "--show-verified", "--fail-on", "never", str(draft)])
    return [(f["kind"], f["figure"]) for f in json.loads(result.stdout)["findings"]
            if f["text"][0].isdigit() and f["kind"] != "inconsistent"]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in DRAFTS],
                         ids=[c[0] for c in DRAFTS])
def test_a_monthly_series_is_told_apart_by_the_text(series: Path, sentence: str,
                                                    expected: tuple[str, str]) -> None:
    assert _series_scan(series, sentence) == [expected]


BASES = [
    ("to-from", "Employers added 228,000 jobs in March, up from 151,000.",
     [("verified", "payrolls_2026_03"), ("verified", "payrolls_2026_02")]),
    ("from-in", "Payroll jobs rose to 228,000 in March from 151,000 in February.",
     [("verified", "payrolls_2026_03"), ("verified", "payrolls_2026_02")]),
    ("base-is-judged-against-the-month-before",
     "Employers added 228,000 jobs in March, up from 228,000.",
     [("verified", "payrolls_2026_03"), ("value-mismatch", "payrolls_2026_02")]),
    ("more-than-is-no-base", "Employers added more than 220,000 jobs in March.",
     [("verified", "payrolls_2026_03")]),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in BASES],
                         ids=[c[0] for c in BASES])
def test_a_comparison_base_is_an_earlier_period(series: Path, sentence: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert _series_scan(series, sentence) == expected


@pytest.mark.parametrize(("prose", "expected"), [
    pytest.param("in 2025", "2025", id="year"),
    pytest.param("in June", "2026-06", id="month-resolved"),
    pytest.param("on March 3, 2026", "2026-03-03", id="day"),
    pytest.param("in the first quarter of 2026", "2026-Q1", id="quarter"),
    pytest.param("in fiscal year 2023", "FY2023", id="fiscal-year"),
    pytest.param("between 2019 and 2021", "2019-2021", id="years"),
    pytest.param("from March through May 2023", "2023-03/2023-05", id="months"),
    pytest.param("by 2030", "by 2030", id="horizon"),
    pytest.param("in summer 2025", "2025-06/2025-08", id="season"),
])
def test_a_period_in_prose_in_the_registry_grammar(prose: str, expected: str) -> None:
    (period,) = find_periods(prose, date(2026, 9, 4))
    assert registry_form(period) == expected
    assert parse_figure_period(expected) is not None


DATE_OPTION = [
    ("flag", ["--date", "2026-04-10"], None, ("verified", "payrolls_2026_03")),
    ("flag-another-month", ["--date", "2026-03-10"], None, ("period-mismatch", "payrolls_2026_03")),
    ("config-key", [], 'date = "2026-04-10"\n', ("verified", "payrolls_2026_03")),
    ("toml-date", [], "date = 2026-04-10\n", ("verified", "payrolls_2026_03")),
]


@pytest.mark.parametrize(("args", "config", "expected"), [c[1:] for c in DATE_OPTION],
                         ids=[c[0] for c in DATE_OPTION])
def test_an_undated_draft_resolves_against_the_date_option(series: Path, args: list[str],
                                                           config: str | None,
                                                           expected: tuple[str, str]) -> None:
    draft = series / "undated.md"
    draft.write_text("Employers added 228,000 jobs last month.\n", encoding="utf-8")
    if config is not None:
        (series / ".factcheck.toml").write_text(config, encoding="utf-8")
    if config is not None:
        args = [*args, "--config", str(series / ".factcheck.toml")]
    result = CliRunner().invoke(app,
                                ["scan", "-r", str(series / "figures.yaml"), "--format", "json",
                                      "--show-verified", "--fail-on", "never", *args, str(draft)])
    found = [(f["kind"], f["figure"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [expected]


@pytest.mark.parametrize(("value", "message"), [
    ("2026-13-01", '--date must be a date written YYYY-MM-DD, not "2026-13-01"'),
    ("April 10", '--date must be a date written YYYY-MM-DD, not "April 10"'),
], ids=["no-such-month", "not-iso"])
def test_a_bad_date_option_is_one_line_and_exit_2(series: Path, value: str, message: str) -> None:
    result = CliRunner().invoke(app, ["scan", "-r", str(series / "figures.yaml"), "--date", value,
                                      str(series)])
    assert result.exit_code == 2
    assert message in result.output
