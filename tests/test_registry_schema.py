"""The schema says what it means: signed values, units, periods, precision and messages.

Every error, warning and note is asserted with its exact message and file:line:col.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.registry.check import check_registry
from factcheck.registry.fields import period_suggestion
from factcheck.registry.load import load_registry, printed_precision, source_interval
from factcheck.registry.quotes import loss_words
from factcheck.scan import scan_text

runner = CliRunner()

DOC = """\
The state lost 50,000 jobs in 2025, officials said. Payrolls fell by 3 percent over the year.
Employment (-23,000) dropped in March. Factories added 4,000 workers in May.
The unemployment rate was 3.0 percent in August 2026, up 0.4 percentage points from a year earlier.
The city recorded 12 homicides per 100,000 residents. Its budget was $2 billion.
Riders took 1,200 trips a day. First reported by the Courier, 40 stores closed.
"""


def figure(fid: str, body: str) -> str:
    """Return one figure entry: its id line, then `body` (already indented by four spaces)."""
    return f"  - id: {fid}\n{body}"


def registry(*figures: str) -> str:
    return "version: 1\nfigures:\n" + "".join(figures)


JOBS = """\
    title: Jobs lost in the state in 2025
    value: -50000
    unit: jobs
    period: "2025"
    keywords: [jobs, lost, state]
    sources:
      - document: doc.txt
        publisher: State Labor Office
        quote: "The state lost 50,000 jobs in 2025"
        value: -50000
        number: "50,000"
"""


def check(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "doc.txt").write_text(DOC, encoding="utf-8")
    path = tmp_path / "figures.yaml"
    path.write_text(text, encoding="utf-8")
    return [str(p).removeprefix(f"{path}:") for p in check_registry(str(path))]


# --- signed values -------------------------------------------------------------------------


def test_a_decline_is_a_negative_value_and_check_says_which_words_it_read(tmp_path: Path) -> None:
    assert check(tmp_path, registry(figure("jobs_lost_2025", JOBS))) == [
        "13:16: note: figure jobs_lost_2025: negative value -50,000 read as a loss: 'lost' with "
        "'50,000' in the quote",
    ]
    result = runner.invoke(app, ["registry", "check", str(tmp_path / "figures.yaml")])
    assert result.exit_code == 0
    assert result.stderr == f"{tmp_path / 'figures.yaml'}: 0 errors, 0 warnings, 1 note\n"
    assert runner.invoke(app, ["registry", "check", "--strict",
                               str(tmp_path / "figures.yaml")]).exit_code == 0


@pytest.mark.parametrize(("quote", "value", "note"), [
    ("Payrolls fell by 3 percent", -3,
     "negative value -3 read as a loss: 'fell by' with '3 percent' in the quote"),
    ("Employment (-23,000) dropped", -23000,
     "negative value -23,000 read from the minus sign in '-23,000'"),
], ids=["fell-by", "minus-in-parentheses"])
def test_other_ways_of_stating_a_loss(tmp_path: Path, quote: str, value: float, note: str) -> None:
    unit = "percent\n    kind: change" if "percent" in quote else "jobs"
    body = (JOBS.replace("The state lost 50,000 jobs in 2025", quote).replace("-50000", str(value))
            .replace('        number: "50,000"\n', "").replace("unit: jobs", f"unit: {unit}"))
    line = 14 if "percent" in quote else 13
    assert check(tmp_path,
                 registry(figure("decline", body))) == [f"{line}:16: note: figure decline: {note}"]


def test_a_negative_value_needs_a_quote_that_states_a_loss(tmp_path: Path) -> None:
    body = JOBS.replace("The state lost 50,000 jobs in 2025",
                        "Factories added 4,000 workers in May").replace(
        "-50000", "-4000").replace('"50,000"', '"4,000"')
    assert check(tmp_path, registry(figure("workers", body))) == [
        "13:16: error: figure workers: value -4,000 is negative, but the quote states 4,000 "
        "without a loss ('lost', 'fell by', 'declined', 'down', a minus sign or '(-23,000)'); "
        "write 4,000, or quote the words that say it fell",
    ]


def test_loss_words_are_read_in_the_clause_of_the_number() -> None:
    assert loss_words("The state lost 50,000 jobs", "50,000") == "lost"
    assert loss_words("Sales were down by 4 percent", "4 percent") == "down by"
    assert loss_words("There were 300 fewer arrests", "300") == "fewer"
    assert loss_words("Jobs declined. Then 300 were hired", "300") == ""


# --- units and kinds ------------------------------------------------------------------------

PP = """\
    title: Change in the unemployment rate over a year
    value: 0.4
    unit: {unit}
    kind: percentage-points
    keywords: [unemployment, rate, year]
    sources:
      - document: doc.txt
        publisher: State Labor Office
        quote: "up 0.4 percentage points from a year earlier"
        value: 0.4
"""


@pytest.mark.parametrize("unit", ["percentage_points", "percentage points", "pp", "points",
                                  "percentage_point"])
def test_percentage_points_and_its_spellings(tmp_path: Path, unit: str) -> None:
    text = registry(figure("unemployment_rate_change", PP.format(unit=unit)))
    assert check(tmp_path, text) == []
    assert load_registry(tmp_path / "figures.yaml").figures[0].unit == "percentage_point"


UNIT_ERRORS = [
    ("pp-as-percent", PP.format(unit="percent"),
     "6:11: error: figure f: unit 'percent' does not fit kind 'percentage-points': use unit: "
     "percentage_points"),
    ("money-in-words", PP.format(unit="dollars").replace("percentage-points", "money"),
     "6:11: error: figure f: unit 'dollars' does not fit kind 'money': use an ISO currency "
     "code such as USD"),
    ("count-in-percent", PP.format(unit="percent").replace("percentage-points", "count"),
     "6:11: error: figure f: unit 'percent' does not fit kind 'count': use a counted noun in the "
     "plural, such as deaths or people"),
    ("count-of-a-measure", PP.format(unit="pound").replace("percentage-points", "count"),
     "6:11: error: figure f: unit 'pound' does not fit kind 'count': 'pound' is a measure, so "
     "write kind: measure"),
    ("change-in-people", PP.format(unit="people").replace("percentage-points", "change"),
     "6:11: error: figure f: unit 'people' does not fit kind 'change': use unit: percent (a "
     "relative rise or fall)"),
    ("rate-without-per", PP.format(unit="homicides").replace("percentage-points", "rate"),
     "7:11: error: figure f: kind 'rate' needs 'per', the denominator: per: day, per: month or "
     "per: 100000 people"),
]


@pytest.mark.parametrize(("body", "expected"), [u[1:] for u in UNIT_ERRORS],
                         ids=[u[0] for u in UNIT_ERRORS])
def test_a_unit_that_does_not_fit_its_kind(tmp_path: Path, body: str, expected: str) -> None:
    assert check(tmp_path, registry(figure("f", body))) == [expected]


def test_a_rate_with_per_is_fine(tmp_path: Path) -> None:
    body = PP.format(unit="homicides").replace("kind: percentage-points",
                                               "kind: rate\n    per: 100000 people").replace(
        "up 0.4 percentage points from a year earlier",
        "The city recorded 12 homicides per 100,000 residents").replace(
        "0.4", "12")
    assert check(tmp_path, registry(figure("homicide_rate", body))) == []


# --- periods and dates ------------------------------------------------------------------------

GRAMMAR = ('"2022", "FY2023", "WY2026", "2026-Q1", "2023-09", "2023-09-30", "2019-2021", '
           '"2023-03/2023-05", "FY2023 (first 11 months)" or "by 2029"')


@pytest.mark.parametrize(("period", "hint"), [
    ("August 2026", '; write "2026-08"'),
    ("Aug. 3, 2026", '; write "2026-08-03"'),
    ("Q1 2026", '; write "2026-Q1"'),
    ("fiscal year 2023", '; write "FY2023"'),
    ("March-May 2023", '; write "2023-03/2023-05"'),
    ("last summer", ""),
])
def test_periods_follow_the_grammar(tmp_path: Path, period: str, hint: str) -> None:
    body = JOBS.replace('period: "2025"', f'period: "{period}"')
    assert check(tmp_path, registry(figure("jobs_lost_2025", body))) == [
        f'7:13: error: figure jobs_lost_2025: period "{period}" is not in the period grammar{hint} '
        f"(accepted forms: {GRAMMAR})",
        "13:16: note: figure jobs_lost_2025: negative value -50,000 read as a loss: 'lost' with "
        "'50,000' in the quote",
    ]


def test_an_unquoted_year_is_one_error_not_three(tmp_path: Path) -> None:
    other = JOBS.replace("jobs lost", "jobs").replace("    keywords: [jobs, lost, state]\n",
                                                      "    keywords: [jobs, lost, "
                                                      "state, payrolls]\n    related: [{figure: "
                                                      "jobs_lost_2025, relation: see-also}]\n")
    text = registry(figure("jobs_lost_2025", JOBS.replace('period: "2025"', "period: 2025")),
                    figure("payrolls", other))
    problems = check(tmp_path, text)
    assert [p for p in problems if "error" in p] == [
        '7:13: error: figure jobs_lost_2025: \'period\' must be quoted, or YAML reads it as a '
        'number: period: "2025"',
    ]


def test_month_names_suggest_the_iso_form() -> None:
    assert period_suggestion("August 2026") == "2026-08"
    assert period_suggestion("3 August 2026") == "2026-08-03"
    assert period_suggestion("sometime") is None


def test_source_dates_are_iso(tmp_path: Path) -> None:
    body = JOBS.replace("        publisher: State Labor Office\n",
                        "        publisher: State Labor Office\n        date: October 2023\n")
    assert check(tmp_path, registry(figure("jobs_lost_2025", body)))[0] == (
        '12:15: error: figure jobs_lost_2025: date "October 2023" is not an ISO date '
        '("2023-08-27", "2023-10" or "2023"); write "2023-10"')


# --- messages a curator understands --------------------------------------------------------------

MESSAGES = [
    ("attribution-not-a-list",
     JOBS.replace('        number: "50,000"\n',
                  '        number: "50,000"\n        attribution: first reported\n'),
     ["15:22: error: figure f: attribution must be a list of phrases: write [first reported]"]),
    ("keywords-not-a-list", JOBS.replace("[jobs, lost, state]", "jobs"),
     ["8:15: error: figure f: keywords must be a list of words or phrases: write [jobs]"]),
    ("related-not-a-mapping",
     JOBS.replace("    sources:\n", "    related: [jobs_lost_2024]\n    sources:\n"),
     ["9:15: error: figure f: each of 'related' must be a link such as {figure: other_id, "
      "relation: see-also} (got the text 'jobs_lost_2024')"]),
    ("sources-not-a-list", JOBS.split("    sources:")[0] + "    sources: doc.txt\n",
     ["9:14: error: figure f: sources must be a list of sources, each with document, publisher, "
      "quote and value (got the text 'doc.txt')"]),
    ("title-not-text",
     JOBS.replace("    title: Jobs lost in the state in 2025", "    title: [Jobs]"),
     ["4:12: error: figure f: 'title' must be text (got a list)"]),
    ("number-unquoted", JOBS.replace('number: "50,000"', "number: 50000"),
     ["14:17: error: figure f: 'number' must be quoted text, or YAML reads it as a number: "
      "number: \"50000\""]),
]


@pytest.mark.parametrize(("body", "expected"), [m[1:] for m in MESSAGES],
                         ids=[m[0] for m in MESSAGES])
def test_messages_use_no_implementation_words(tmp_path: Path, body: str,
                                              expected: list[str]) -> None:
    problems = check(tmp_path, registry(figure("f", body)))
    assert problems == expected
    for word in ("tuple", "dict", "str)", "input should", "valid"):
        assert not any(word in p for p in problems), word


def test_a_broken_figure_is_not_also_a_missing_related_figure(tmp_path: Path) -> None:
    broken = JOBS.replace("    value: -50000\n    unit: jobs\n",
                          "    value: lots\n    unit: jobs\n")
    linking = JOBS.replace("[jobs, lost, state]", "[jobs, payrolls]").replace(
        "    sources:\n",
        "    related: [{figure: jobs_lost_2025, relation: see-also}]\n    sources:\n", 1)
    problems = check(tmp_path,
                     registry(figure("jobs_lost_2025", broken), figure("jobs_elsewhere", linking)))
    assert [p for p in problems if "error" in p] == [
        "5:12: error: figure jobs_lost_2025: 'value' must be a number (got the text 'lots')",
    ]


# --- keyword collisions ---------------------------------------------------------------------------


def test_two_unrelated_figures_that_keywords_cannot_tell_apart_warn_once(tmp_path: Path) -> None:
    twin = JOBS.replace("Jobs lost in the state", "Jobs cut in the state")
    problems = check(tmp_path,
                     registry(figure("jobs_lost_2025", JOBS), figure("jobs_cut_2025", twin)))
    assert [p for p in problems if "warning" in p] == [
        "20:15: warning: figure jobs_cut_2025: every keyword is also one of jobs_lost_2025's; "
        "add a word of its own so drafts can tell them apart",
    ]


def test_figures_of_another_period_or_value_are_told_apart(tmp_path: Path) -> None:
    other_year = JOBS.replace('period: "2025"', 'period: "2024"')
    far_value = JOBS.replace("    value: -50000\n    unit", "    value: -500\n    unit")
    problems = check(tmp_path,
                     registry(figure("a", JOBS), figure("b", other_year), figure("c", far_value)))
    assert not [p for p in problems if "warning" in p]


# --- precision -----------------------------------------------------------------------------------

RATE = """\
    title: Unemployment rate in August 2026
    value: 3.0
    unit: percent
    period: "2026-08"
    keywords: [unemployment, rate, jobless]
    sources:
      - document: doc.txt
        publisher: State Labor Office
        quote: "The unemployment rate was 3.0 percent in August 2026"
        value: 3.0
        number: "3.0 percent"
"""


def test_the_printed_number_sets_the_precision(tmp_path: Path) -> None:
    assert check(tmp_path, registry(figure("unemployment_rate_2026_08", RATE))) == []
    reg = load_registry(tmp_path / "figures.yaml")
    src = reg.figures[0].sources[0]
    span = source_interval(src)
    assert span is not None and (span.low, span.high) == pytest.approx((2.95, 3.05))
    assert printed_precision("3.0 percent", 3.0) == pytest.approx(0.1)
    assert printed_precision("110,000", 110000) is None  # its digits say no more than its value
    found = scan_text("The unemployment rate was 3.4 percent in August 2026.", reg, path="d.md")
    assert [(f["code"], f["text"]) for f in found] == [("FC101", "3.4 percent")]
    found = scan_text("The unemployment rate was 3.0 percent in August 2026.", reg, path="d.md")
    assert [f["code"] for f in found] == []
