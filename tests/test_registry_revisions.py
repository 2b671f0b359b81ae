"""`registry check` on revised figures: dated, ordered estimates and the newest as the value;
and the warning that asks whether disagreeing, dated sources are revisions or a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.registry.check import check_registry

REPORTS = {
    "march.txt": "Employers added 18,700 jobs in February, a first estimate.\n",
    "april.txt": "February's gain was revised down to 15,700 jobs.\n",
    "may.txt": "February's gain now stands at 16,500 jobs.\n",
}

REVISED = """\
version: 1
figures:
  - id: payroll_gain_2026_02
    title: Jobs added in February 2026
    value: 16500
    unit: jobs
    period: "2026-02"
    keywords: [jobs, added, payrolls]
    revisions: true
    sources:
      - document: march.txt
        publisher: Labor Office
        date: "2026-03-06"
        quote: "Employers added 18,700 jobs in February"
        value: 18700
        estimate: first
      - document: april.txt
        publisher: Labor Office
        date: "2026-04-03"
        quote: "revised down to 15,700 jobs"
        value: 15700
        estimate: second
      - document: may.txt
        publisher: Labor Office
        date: "2026-05-01"
        quote: "now stands at 16,500 jobs"
        value: 16500
        estimate: final
"""

ID = "figure payroll_gain_2026_02"
HINT = "write revisions: true if they are successive estimates, or disputed: true if they conflict"
PLAIN = (REVISED.replace("    revisions: true\n", "").replace("        estimate: first\n", "")
         .replace("        estimate: second\n", "").replace("        estimate: final\n", ""))

CASES = [
    pytest.param(REVISED, [], id="clean"),
    pytest.param(REVISED.replace("    value: 16500\n    unit", "    value: 15700\n    unit"),
                 [f"5:12: error: {ID}: value 15,700 is not the newest estimate, 16,500 (report of "
                  "2026-05-01); with revisions: true the value is the newest estimate"],
                  id="value-not-the-newest"),
    pytest.param(REVISED.replace('        date: "2026-04-03"\n', ""),
                 [f"20:16: error: {ID}: a source of a figure with revisions: true needs a date, "
                  "which orders the estimates; give the date of the report that states 15,700"],
                  id="undated-estimate"),
    pytest.param(REVISED.replace('"2026-04-03"', '"2026-03-06"'),
                 [f"19:15: error: {ID}: the second estimate and the first estimate are both dated "
                  "2026-03-06; give each report's own date, or the same estimate label"],
                  id="two-estimates-one-date"),
    pytest.param(REVISED.replace("estimate: second", "estimate: third").replace("estimate: final",
                                                                                "estimate: second"),
                 [f"28:19: error: {ID}: estimate 'second' is dated 2026-05-01, after estimate "
                  "'third' (2026-04-03); estimates go first, second, third, final"],
                  id="labels-out-of-order"),
    pytest.param(REVISED.replace("    revisions: true\n", ""),
                 [f"10:7: warning: {ID}: sources disagree beyond tolerance 0.02: {pair}; they are "
                  f"dated {dates}: {HINT}"
                    for pair, dates in [
                        ("Labor Office (march.txt) says 18,700; Labor Office "
                         "(april.txt) says 15,700", "2026-03-06 and 2026-04-03"),
                        ("Labor Office (march.txt) says 18,700; Labor Office (may.txt) says 16,500",
                         "2026-03-06 and 2026-05-01"),
                        ("Labor Office (april.txt) says 15,700; Labor Office (may.txt) says 16,500",
                         "2026-04-03 and 2026-05-01")]]
                 + [f"15:19: error: {ID}: estimate 'first' needs revisions: true on the figure",
                    f"21:19: error: {ID}: estimate 'second' needs revisions: true on the figure",
                    f"27:19: error: {ID}: estimate 'final' needs revisions: true on the figure"],
                 id="labels-without-revisions"),
    pytest.param(REVISED.replace("    revisions: true\n",
                                 "    revisions: true\n    disputed: true\n"),
                 [f"10:15: error: {ID}: revisions: true and disputed: true cannot both hold: the "
                  "sources are either successive estimates or in conflict; keep one"],
                  id="revisions-and-disputed"),
    pytest.param(REVISED.replace("estimate: second", "estimate: first"),
                 [f"11:7: warning: {ID}: sources disagree beyond tolerance 0.02: Labor Office "
                  "(march.txt) says 18,700; Labor Office (april.txt) says 15,700, both for the "
                  "first estimate"], id="one-estimate-disagrees"),
    pytest.param(PLAIN.replace("    keywords:", "    disputed: true\n    keywords:"),
                 [f"11:7: warning: {ID}: sources disagree beyond tolerance 0.02: {pair}"
                  for pair in [
                     "Labor Office (march.txt) says 18,700; Labor Office (april.txt) says 15,700",
                     "Labor Office (march.txt) says 18,700; Labor Office (may.txt) says 16,500",
                     "Labor Office (april.txt) says 15,700; Labor Office (may.txt) says 16,500"]],
                 id="disputed-needs-no-hint"),
    pytest.param(PLAIN.replace('"2026-04-03"', '"2026-03-06"').replace('"2026-05-01"',
                                                                       '"2026-03-06"'),
                 [f"10:7: warning: {ID}: sources disagree beyond tolerance 0.02: {pair}"
                  for pair in [
                     "Labor Office (march.txt) says 18,700; Labor Office (april.txt) says 15,700",
                     "Labor Office (march.txt) says 18,700; Labor Office (may.txt) says 16,500",
                     "Labor Office (april.txt) says 15,700; Labor Office (may.txt) says 16,500"]],
                 id="same-day-sources-are-no-revisions"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_registry_check_on_revised_figures(tmp_path: Path, text: str, expected: list[str]) -> None:
    for name, body in REPORTS.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    path = tmp_path / "figures.yaml"
    path.write_text(text, encoding="utf-8")
    assert [str(p).removeprefix(f"{path}:") for p in check_registry(str(path))] == expected


def test_figure_shows_the_revision_timeline(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app
    from factcheck.starter import init_project

    init_project(tmp_path)
    result = CliRunner().invoke(app, ["figure", "riverton_jobs_added_2026_02", "--registry",
                                      str(tmp_path / "figures.yaml")])
    assert result.exit_code == 0, result.output
    assert result.stdout == """\
riverton_jobs_added_2026_02: Jobs added by Riverton employers in February 2026
  value:     1,650 jobs
  kind:      count
  qualifier: exact
  period:    2026-02
  place:     Riverton
  keywords:  jobs, added, employers, payrolls, hiring, jobs gain
  note:      A fictional example written by 'factcheck init'.
  sources (3):
  1. Riverton Statistics Office, 2026-03-06 — sources/riverton-jobs-report-2026-03.txt
     states: 1,870
     “Employers in Riverton added [1,870] jobs in February”
  2. Riverton Statistics Office, 2026-04-03 — sources/riverton-jobs-report-2026-04.txt
     states: 1,570
     “was revised to [1,570]”
  3. Riverton Statistics Office, 2026-05-01 — sources/riverton-jobs-report-2026-05.txt
     states: 1,650
     “February's jobs gain stands at [1,650]”
  revisions (3 estimates, oldest first; the newest is the value):
    2026-03-06  first estimate   1,870  source 1
    2026-04-03  second estimate  1,570  revised down by 300, source 2
    2026-05-01  final estimate   1,650  revised up by 80, source 3
  each estimate's sources agree.
"""


def test_figure_json_has_the_timeline(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from factcheck.cli import app
    from factcheck.starter import init_project

    init_project(tmp_path)
    result = CliRunner().invoke(app, ["figure", "riverton_jobs_added_2026_02", "--registry",
                                      str(tmp_path / "figures.yaml"), "--format", "json"])
    data = json.loads(result.stdout)
    assert (data["revisions"], data["disagreements"]) == (True, [])
    assert data["timeline"] == [
        {"estimate": "first", "date": "2026-03-06", "value": 1870, "qualifier": "exact",
         "sources": [0]},
        {"estimate": "second", "date": "2026-04-03", "value": 1570, "qualifier": "exact",
         "sources": [1]},
        {"estimate": "final", "date": "2026-05-01", "value": 1650, "qualifier": "exact",
         "sources": [2]},
    ]
