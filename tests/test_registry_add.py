"""`factcheck registry add`: source documents' statistics merged into figures.yaml."""

from __future__ import annotations

import difflib
import os
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.documents.load import parse_document
from factcheck.registry.harvest import Stated, read_statistics
from factcheck.registry.ids import figure_id
from factcheck.text import STOPWORDS

DECLINE = ("Harbor Point jobs report\nMarch 3, 2026\n\n"
           "Harbor Point lost 1,200 manufacturing jobs in 2025, the county's labor office said "
           "on Tuesday.\nRetail employers added about 300 jobs over the same year.\n")
POINTS = ("---\ntitle: County labor market\ndate: 2026-09-04\n---\n\n# Unemployment edges up\n\n"
          "The county unemployment rate rose 0.4 percentage points over the year to August 2026.\n")
SERIES = ('<html><head><meta name="date" content="2026-09-10"><title>Jobless rate</title></head>\n'
          "<body><h1>Jobless rate by month</h1>\n"
          "<p>The jobless rate in Harbor Point was 4.1 percent in June, 4.3 percent in July and "
          "4.4 percent in August.</p>\n</body></html>\n")
DRAFT = ("Harbor Point lost 1,200 manufacturing jobs in 2025.\n\n"
         "The county unemployment rate rose 0.4 percentage points over the year to August 2026.\n\n"
         "The jobless rate in Harbor Point was 4.3 percent in July 2026.\n")


@pytest.fixture
def beat(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    for name, text in (("jobs.txt", DECLINE), ("rate.md", POINTS), ("series.html", SERIES)):
        (tmp_path / "sources" / name).write_text(text, encoding="utf-8")
    return tmp_path


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input)


def fill_placeholders(path: Path) -> None:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("title: \"FILL IN"):
            clause = line.split("(", 1)[1].rsplit(")", 1)[0]
            line = line.split("title:")[0] + f'title: "{clause}"'
        elif line.strip().startswith("publisher: \"FILL IN"):
            line = line.split("publisher:")[0] + "publisher: Harbor Point Labor Office"
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_three_documents_make_a_registry_that_checks_and_verifies_a_draft(beat: Path) -> None:
    result = run("registry", "add", "--registry", "figures.yaml", "--place", "Harbor Point",
                 "sources/jobs.txt", "sources/rate.md", "sources/series.html")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "sources/jobs.txt:4:19: new figure manufacturing_jobs_harbor_point_2025: -1,200 jobs, 2025",
        "sources/jobs.txt:5:30: new figure jobs_harbor_point: 300 jobs",
        "sources/rate.md:8:35: new figure unemployment_rate_harbor_point_2026_08: 0.4 percentage "
        "points, 2026-08",
        "sources/series.html:3:41: new figure jobless_rate_harbor_point_2026_06: 4.1 "
        "percent, 2026-06",
        "sources/series.html:3:62: new figure jobless_rate_harbor_point_2026_07: 4.3 "
        "percent, 2026-07",
        "sources/series.html:3:86: new figure jobless_rate_harbor_point_2026_08: 4.4 "
        "percent, 2026-08",
    ]
    assert result.stderr == ("figures.yaml: added 6 figures and 0 sources; fill in 12 placeholders "
                             "('FILL IN'), then run 'factcheck registry check'\n")
    check = run("registry", "check", "figures.yaml")
    assert check.exit_code == 1
    assert check.stdout.splitlines()[:2] == [
        "figures.yaml:4:12: error: figure manufacturing_jobs_harbor_point_2025: title is still the "
        "placeholder 'FILL IN': write what is counted, where and when",
        "figures.yaml:13:20: error: figure manufacturing_jobs_harbor_point_2025: publisher "
        "is still the placeholder 'FILL IN': write who published sources/jobs.txt",
    ]
    assert check.stderr == "figures.yaml: 12 errors, 0 warnings, 1 note\n"
    figures = yaml.safe_load((beat / "figures.yaml").read_text(encoding="utf-8"))["figures"]
    assert all(k not in STOPWORDS for f in figures for k in f["keywords"])
    assert [(f["value"], f["kind"], f.get("period")) for f in figures] == [
        (-1200, "count", "2025"), (300, "count", None), (0.4, "percentage-points", "2026-08"),
        (4.1, "percent", "2026-06"), (4.3, "percent", "2026-07"), (4.4, "percent", "2026-08")]
    fill_placeholders(beat / "figures.yaml")
    check = run("registry", "check", "--strict", "figures.yaml")
    assert check.exit_code == 0, check.stdout
    assert check.stderr == "figures.yaml: 0 errors, 0 warnings, 1 note\n"
    (beat / "draft.md").write_text(DRAFT, encoding="utf-8")
    scan = run("scan", "--registry", "figures.yaml", "--format", "concise", "--show-verified",
               "draft.md")
    assert scan.exit_code == 0, scan.stdout
    assert [" ".join(line.split(" ")[:2]) for line in scan.stdout.splitlines()] == [
        "draft.md:1:19: FC100", "draft.md:3:35: FC100", "draft.md:5:38: FC100"]
    assert "agrees with manufacturing_jobs_harbor_point_2025" in scan.stdout
    assert "agrees with unemployment_rate_harbor_point_2026_08" in scan.stdout
    assert "agrees with jobless_rate_harbor_point_2026_07" in scan.stdout


def test_dry_run_prints_the_entries_and_writes_nothing(beat: Path) -> None:
    result = run("registry", "add", "-r", "figures.yaml", "--dry-run", "--publisher",
                 "County Labor Office", "sources/rate.md")
    assert result.exit_code == 0
    assert result.stdout == (
        "# sources/rate.md:8:35: new figure unemployment_rate_2026_08: 0.4 percentage "
        "points, 2026-08\n- id: unemployment_rate_2026_08\n"
        '  title: "FILL IN: what is counted, where and when (The county unemployment rate rose '
        '0.4 percentage points over the year to August 2026)"\n'
        "  value: 0.4\n"
        "  unit: percentage_points\n"
        "  kind: percentage-points\n"
        '  period: "2026-08"\n'
        "  keywords: [county, unemployment, rate, rose]\n"
        "  sources:\n"
        "    - document: sources/rate.md\n"
        '      publisher: "County Labor Office"\n'
        '      date: "2026-09-04"\n'
        '      quote: "The county unemployment rate rose 0.4 percentage points over the year to '
        'August 2026."\n'
        "      value: 0.4\n"
        '      number: "0.4 percentage points"\n'
    )
    assert result.stderr == "figures.yaml: would add 1 figure and 0 sources\n"
    assert not (beat / "figures.yaml").exists()


REGISTRY = """\
# Harbor Point beat: hand-curated — “desk” ü
version: 1
figures:
  # jobs
  - id: manufacturing_jobs_2025
    title: Manufacturing jobs Harbor Point lost in 2025   # labor office
    value: -1200
    unit: jobs
    kind: count
    period: '2025'
    keywords: [lost, manufacturing, jobs]
    sources:
    - document: sources/jobs.txt
      publisher: Harbor Point Labor Office
      quote: "Harbor Point lost 1,200 manufacturing jobs in 2025"
      value: -1200
      number: "1,200"

# more to come
"""


def test_a_registered_statement_is_reported_and_the_file_keeps_every_byte(beat: Path) -> None:
    (beat / "figures.yaml").write_text(REGISTRY, encoding="utf-8")
    (beat / "sources" / "union.txt").write_text(
        "Harbor Point Gazette, March 9, 2026\n\nHarbor Point lost 1,450 manufacturing "
        "jobs in 2025, according to a union count.\n", encoding="utf-8")
    result = run("registry", "add", "--publisher", "Harbor Point Gazette", "sources/jobs.txt",
                 "sources/union.txt")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "sources/jobs.txt:4:19: already registered as manufacturing_jobs_2025",
        "sources/jobs.txt:5:30: new figure jobs: 300 jobs",
        "sources/union.txt:3:19: new source of manufacturing_jobs_2025: it states -1,450 jobs, "
        "the figure's value is -1,200; the sources disagree",
    ]
    registry = str(beat / "figures.yaml")
    assert result.stderr == (f"{registry}: added 1 figure and 1 source, 1 already registered, "
                             "1 disagreeing with the registry; fill in 1 placeholder ('FILL IN'), "
                             "then run 'factcheck registry check'\n")
    text = (beat / "figures.yaml").read_text(encoding="utf-8")
    source = text.index("    - document: sources/union.txt")
    figure = text.index("  - id: jobs\n")
    assert text[:source] == REGISTRY[:REGISTRY.index("\n# more to come")]
    assert text[figure:].endswith("\n\n# more to come\n")
    again = run("registry", "add", "sources/union.txt")
    assert again.stdout == "sources/union.txt:3:19: already registered as manufacturing_jobs_2025\n"
    assert (beat / "figures.yaml").read_text(encoding="utf-8") == text
    check = run("registry", "check")
    assert "sources disagree beyond tolerance" in check.stdout


@pytest.mark.parametrize(("args", "error"), [
    pytest.param(["--date", "March 2026"],
                 'factcheck: error: --date "March 2026" is not an ISO date '
                 '("2026-09-04", "2026-09" or "2026")', id="date-not-iso"),
    pytest.param(["sources/missing.txt"], "factcheck: error: sources/missing.txt: no such file",
                 id="missing-source"),
])
def test_bad_input_is_one_line_and_leaves_the_registry_alone(beat: Path, args: list[str],
                                                             error: str) -> None:
    (beat / "figures.yaml").write_text(REGISTRY, encoding="utf-8")
    result = run("registry", "add", "sources/jobs.txt", *args)
    assert result.exit_code == 2
    assert result.stderr == error + "\n"
    assert (beat / "figures.yaml").read_text(encoding="utf-8") == REGISTRY


def test_a_layout_it_cannot_extend_is_an_error_and_nothing_is_written(beat: Path) -> None:
    flow = ("version: 1\nfigures: [{id: a, title: A, value: 1, unit: jobs, sources: "
            "[{document: sources/jobs.txt, publisher: P, "
            "quote: 'Retail employers added about 300 jobs', value: 300}]}]\n")
    (beat / "figures.yaml").write_text(flow, encoding="utf-8")
    result = run("registry", "add", "sources/jobs.txt")
    assert result.exit_code == 2
    assert result.stderr == (f"factcheck: error: {beat / 'figures.yaml'}:2:10: figures is "
                             "written as a flow list '[...]'; write 'figures:' with no value to "
                             "add to it\n")
    assert (beat / "figures.yaml").read_text(encoding="utf-8") == flow
    assert sorted(os.listdir(beat)) == ["figures.yaml", "sources"]  # no temporary file left


def test_a_source_outside_the_registry_tree_is_refused(
        beat: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "jobs.txt"
    elsewhere.write_text(DECLINE, encoding="utf-8")
    result = run("registry", "add", "-r", "figures.yaml", str(elsewhere))
    assert result.exit_code == 2
    assert "is outside the registry's tree" in result.stderr
    assert not (beat / "figures.yaml").exists()


def test_select_accepts_skips_and_edits_titles(beat: Path) -> None:
    result = run("registry", "add", "-r", "figures.yaml", "--select", "--place", "Harbor Point",
                 "sources/series.html",
                 input="a\ns\ne\nJobless rate in Harbor Point in August 2026\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-3:] == [
        "sources/series.html:3:41: new figure jobless_rate_harbor_point_2026_06: 4.1 "
        "percent, 2026-06", "sources/series.html:3:62: skipped jobless_rate_harbor_point_2026_07",
        "sources/series.html:3:86: new figure jobless_rate_harbor_point_2026_08: 4.4 "
        "percent, 2026-08",
    ]
    text = (beat / "figures.yaml").read_text(encoding="utf-8")
    assert "jobless_rate_harbor_point_2026_07" not in text
    assert '    title: "Jobless rate in Harbor Point in August 2026"\n' in text


def test_crlf_registry_without_a_final_newline_keeps_its_line_endings(beat: Path) -> None:
    crlf = REGISTRY.replace("\n# more to come\n", "").replace("\n", "\r\n").rstrip("\r\n")
    (beat / "figures.yaml").write_bytes(crlf.encode("utf-8"))
    result = run("registry", "add", "--publisher", "Labor Office", "sources/jobs.txt")
    assert result.exit_code == 0, result.output
    data = (beat / "figures.yaml").read_bytes()
    assert data.startswith(crlf.encode("utf-8") + b"\r\n  - id: jobs\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")


def stated(text: str, today: date | None = date(2026, 3, 3)) -> tuple[object, ...]:
    (s,) = read_statistics(parse_document(text), today, None)
    assert isinstance(s, Stated)
    return s.value, s.unit, s.kind, s.qualifier, s.period, s.what


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("The port shed 640 dock jobs in 2024.",
                 (-640, "jobs", "count", "exact", "2024", ("dock", "jobs")),
                 id="loss-is-negative"),
    pytest.param("Ridership fell to 310 riders a day in 2024.",
                 (310, "riders", "rate", "exact", "2024", ("riders",)),
                 id="fell-to-is-a-level"),
    pytest.param("Fewer than 90 clinics remained open last year.",
                 (90, "clinics", "count", "less-than", "2025",
                                                                      ("clinics",)),
                                                                      id="fewer-than-is-a-hedge"),
    pytest.param("Home sales declined 3 percent in the first quarter of 2026.",
                 (-3, "percent", "change", "exact", "2026-Q1", ("home", "sales")),
                 id="percent-change-falls"),
    pytest.param("The county spent $4.5 million on road repairs between 2019 and 2021.",
                 (4500000, "USD", "money", "exact", "2019-2021", ("road", "repairs")),
                 id="money-plain-integer"),
    pytest.param("Two-thirds of voters backed the levy in 2024.",
                 (66.67, "percent", "percent", "exact", "2024", ("voters", "backed")),
                 id="fraction-in-percent"),
    pytest.param("Tens of thousands of people marched in 2024.",
                 (10000, "people", "count", "at-least", "2024", ("people",)),
                 id="vague-lower-bound"),
    pytest.param("The rate of unemployment reached a record 5.1 percent in May.",
                 (5.1, "percent", "percent", "exact", "2025-05", ("rate", "unemployment")),
                 id="subject-before-verb"),
    pytest.param("Nearly 2,000 tenants were evicted in January.",
                 (2000, "tenants", "count", "nearly", "2026-01", ("tenants",)),
                 id="month-from-document-date"),
])
def test_a_statistic_is_read_as_a_source_states_it(sentence: str,
                                                   expected: tuple[object, ...]) -> None:
    assert stated(sentence) == expected


@pytest.mark.parametrize(("what", "place", "period", "taken", "expected"), [
    pytest.param(("dock", "jobs"), "Harbor Point", "2024", set(), "dock_jobs_harbor_point_2024",
                 id="plain"),
    pytest.param(("state", "jobs"), "the state", "2026-Q1", set(), "jobs_state_2026_q1",
                 id="place-once"),
    pytest.param(("jobs",), None, "2025", {"jobs_2025"}, "jobs_lost_2025", id="taken-adds-a-word"),
    pytest.param(("jobs",), None, "2025", {"jobs_2025", "jobs_lost_2025"}, "jobs_lost_port_2025",
                 id="taken-twice-adds-two"),
    pytest.param(("2,000",), None, None, set(), "figure_2_000", id="starts-with-a-letter"),
])
def test_ids_are_readable_and_unique(what: tuple[str, ...], place: str | None, period: str | None,
                                     taken: set[str], expected: str) -> None:
    assert figure_id(what, place, period, ["lost", "port", "jobs"], taken) == expected


ENTRY = {"id": "bridges_2024", "title": "Bridges closed in 2024", "value": 14, "unit": "bridges",
         "sources": [{"document": "s.txt", "publisher": "P", "quote": "14 bridges closed",
                      "value": 14}]}


@pytest.mark.parametrize(("before", "after"), [
    pytest.param("version: 1\nfigures:\n", "version: 1\nfigures:\n  - id: bridges_2024\n",
                 id="empty-figures"),
    pytest.param("version: 1\n", "version: 1\nfigures:\n  - id: bridges_2024\n",
                 id="no-figures-key"),
    pytest.param("version: 1  # v\nfigures:   # none yet\n\n# tail\n",
                 "version: 1  # v\nfigures:   # none yet\n  - id: bridges_2024\n",
                 id="comments-kept"),
    pytest.param("figures:\n- id: a\n  title: A\n  value: 1\n  unit: jobs\n  sources:\n  - "
                 "{document: s.txt, publisher: P, quote: '1 job', value: 1}\nversion: 1\n",
                 "figures:\n- id: a\n  title: A\n  value: 1\n  unit: jobs\n  sources:\n  - "
                 "{document: s.txt, publisher: P, quote: '1 job', value: 1}\n- id: bridges_2024\n",
                 id="indentless-list-flow-source"),
])
def test_new_figures_go_where_the_file_lists_them(before: str, after: str) -> None:
    from factcheck.registry.write import merge_text

    merged = merge_text(before, "figures.yaml", [ENTRY], [])
    assert merged.startswith(after)
    assert yaml.safe_load(merged)["figures"][-1] == ENTRY
    diff = difflib.ndiff(before.splitlines(), merged.splitlines())
    assert [line for line in diff if line.startswith("- ")] == []  # lines were only inserted


def test_a_second_document_stating_the_same_value_is_a_new_source(beat: Path) -> None:
    (beat / "figures.yaml").write_text(REGISTRY, encoding="utf-8")
    (beat / "sources" / "paper.txt").write_text(
        "Harbor Point lost 1,200 manufacturing jobs in 2025, the Gazette reported.\n",
        encoding="utf-8")
    result = run("registry", "add", "--publisher", "Harbor Point Gazette", "--date", "2026-03",
                 "sources/paper.txt")
    assert result.stdout == ("sources/paper.txt:1:19: new source of manufacturing_jobs_2025: "
                             "-1,200 jobs\n")
    text = (beat / "figures.yaml").read_text(encoding="utf-8")
    assert '      publisher: "Harbor Point Gazette"\n      date: "2026-03"\n' in text
    assert run("registry", "check", "--strict").exit_code == 0


def test_a_malformed_number_and_a_sentence_with_markup_are_left_to_the_curator(beat: Path) -> None:
    (beat / "sources" / "odd.md").write_text(
        "Officials said 110,00 people died.\n\nThe shelter housed [412 "
        "families](https://example.org) in 2025.\n", encoding="utf-8")
    result = run("registry", "add", "-r", "figures.yaml", "--dry-run", "sources/odd.md")
    assert result.stdout == (
        "# sources/odd.md:1:16: left out '110,00' (a malformed number); record it by hand\n"
        "# sources/odd.md:3:21: left out '412' (markup inside its sentence: no verbatim quote); "
        "record it by hand\n")
    assert result.stderr == "figures.yaml: would add 0 figures and 0 sources, 2 left out\n"


def test_select_without_answers_writes_nothing(beat: Path) -> None:
    result = run("registry", "add", "-r", "figures.yaml", "--select", "sources/rate.md", input="")
    assert result.exit_code == 2
    assert result.stderr.endswith("factcheck: error: --select: standard input ended before "
                                  "every entry was answered; nothing was written\n")
    assert not (beat / "figures.yaml").exists()


def test_the_seed_documents_are_nearly_all_registered_already(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The repository's registry was curated by hand from seeds/: a statement it quotes (as a
    # sentence, a clause or two sentences run on) is recognised, and none is a disagreement.
    from factcheck.registry.add import add_to_registry

    monkeypatch.chdir(root)
    seeds = sorted(str(p.relative_to(root)) for p in (root / "seeds").glob("*.txt"))
    plan = add_to_registry(seeds, "figures.yaml", dry_run=True)
    assert plan.count("registered") >= 50
    assert plan.count("disagreement") == 0
    assert len(plan.outcomes) - plan.count("registered") <= 5


def test_two_new_sources_of_one_figure_keep_their_order(beat: Path) -> None:
    (beat / "figures.yaml").write_text(REGISTRY, encoding="utf-8")
    for name, paper in (("b.txt", "Bay Times"), ("a.txt", "Ayr Post")):
        (beat / "sources" / name).write_text(
            f"Harbor Point lost 1,200 manufacturing jobs in 2025, the {paper} reported.\n",
            encoding="utf-8")
    result = run("registry", "add", "--publisher", "Press", "sources/b.txt", "sources/a.txt")
    assert result.exit_code == 0, result.output
    data = yaml.safe_load((beat / "figures.yaml").read_text(encoding="utf-8"))
    assert [s["document"] for s in data["figures"][0]["sources"]] == ["sources/jobs.txt",
                                                                      "sources/b.txt",
                                                                      "sources/a.txt"]


def test_an_empty_registry_with_a_byte_order_mark_behind_a_symlink(beat: Path) -> None:
    (beat / "real.yaml").write_bytes(b"\xef\xbb\xbfversion: 1\nfigures:\n")
    (beat / "figures.yaml").symlink_to("real.yaml")
    result = run("registry", "add", "-r", "figures.yaml", "--publisher", "County Labor Office",
                 "sources/rate.md")
    assert result.exit_code == 0, result.output
    assert (beat / "figures.yaml").is_symlink()
    assert (beat / "real.yaml").read_bytes().startswith(b"\xef\xbb\xbfversion: 1\nfigures:\n  - "
                                                        b"id: unemployment_rate")


def test_nothing_to_add_starts_no_registry(beat: Path) -> None:
    (beat / "sources" / "none.txt").write_text("No numbers here.\n", encoding="utf-8")
    result = run("registry", "add", "-r", "figures.yaml", "sources/none.txt")
    assert result.exit_code == 0
    assert result.stderr == "figures.yaml: added 0 figures and 0 sources\n"
    assert not (beat / "figures.yaml").exists()
