"""The command line, end to end through Typer's runner, with exact output.

Every test writes its own drafts in a temporary directory (and runs there, so no
configuration file of the repository is found) and scans them against the shipped
registry.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from factcheck import __version__
from factcheck.cli import app

REGISTRY = str(Path(__file__).resolve().parent.parent / "figures.yaml")

# Sentences written for these tests; each states (or misstates) one shipped figure.
CROSSINGS_WRONG = "Mexican officials said 9,000 people were crossing the southern border every day."
CROSSINGS_RIGHT = "Mexican officials said 6,000 people were crossing the southern border every day."
GUNS_WRONG = (
    "A review found 45 percent of the firearms submitted for tracing in Mexico "
    "originated in the United States."
)
DEATHS_SCALE = "Some 1,100,000 people died of drug overdoses in the United States last year."
DEATHS_MALFORMED = "Nearly 110,00 people died of drug overdoses in the United States in 2022."
BAKERY = "The bakery sold 4,321 croissants on Tuesday."
BAGELS = "The shop sold 2,718 bagels on Monday."

MSG_CROSSINGS = (
    "FC101 '9,000' does not match mexico_southern_border_crossings_per_day: "
    "the registry says 6,000 people per day"
)
MSG_GUNS = (
    "FC101 '45 percent' does not match mexico_traced_firearms_us_origin_share: "
    "the registry says 70% in 2014-2018"
)
MSG_SCALE = (
    "FC101 'about 1,100,000' does not match overdose_deaths_2022: the registry says "
    "nearly 110,000 deaths in 2022; 10 times too large, a typo or scale slip?"
)
MSG_BAKERY = "FC107 statistic '4,321' matches no figure in the registry"

# The draft most scan tests use: three errors (FC101) and one info (FC107).
DRAFT = "\n\n".join([GUNS_WRONG, CROSSINGS_WRONG, DEATHS_SCALE, BAKERY]) + "\n"
DRAFT_LINES = [
    f"draft.md:1:16: {MSG_GUNS}",
    f"draft.md:3:24: {MSG_CROSSINGS}",
    f"draft.md:5:6: {MSG_SCALE}",
    f"draft.md:7:17: {MSG_BAKERY}",
]

CONTRACT_KEYS = {
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "text",
    "code",
    "kind",
    "severity",
    "message",
    "figure",
    "expected",
    "sources",
}


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input)


def scan(*args: str, input: str | bytes | None = None) -> Result:
    return run("scan", "--registry", REGISTRY, *args, input=input)


def lines(result: Result) -> list[str]:
    return result.stdout.splitlines()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def draft(work: Path) -> Path:
    return write(work / "draft.md", DRAFT)


# --- version, figures, rules, config -------------------------------------------------------


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"factcheck {__version__}\n"


def test_figure_text_shows_value_sources_and_the_malformed_source() -> None:
    result = run("figure", "overdose_deaths_2022", "--registry", REGISTRY)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0] == (
        "overdose_deaths_2022: Drug overdose deaths in the United States in 2022"
    )
    assert "  value:     nearly 110,000 deaths" in out.splitlines()
    assert "110,000" in out
    assert "  disagreements:" in out.splitlines()
    assert (
        "  - The New York Times (seeds/001_199993240065e76f.txt) prints the malformed number "
        "'110,00' where the figure is nearly 110,000"
    ) in out.splitlines()


def test_figure_json() -> None:
    result = run("figure", "overdose_deaths_2022", "--registry", REGISTRY, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["id"] == "overdose_deaths_2022"
    assert data["value"] == 110000
    assert data["unit"] == "deaths"
    assert data["qualifier"] == "nearly"
    assert data["period"] == "2022"
    assert [s["document"] for s in data["sources"]] == [
        "seeds/000_e83ba781ee059829.txt",
        "seeds/000_e83ba781ee059829.txt",
        "seeds/001_199993240065e76f.txt",
    ]


def test_figure_unknown_id_exits_2_with_suggestions() -> None:
    result = run("figure", "overdose_deaths_2021", "--registry", REGISTRY)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(
        "factcheck: error: no figure 'overdose_deaths_2021'; did you mean overdose_deaths_2022"
    )
    assert result.stderr.endswith("?\n")
    assert result.stderr.count("\n") == 1


def test_figure_suggests_the_nearest_id_for_a_prefix() -> None:
    result = run("figure", "overdose_deaths", "--registry", REGISTRY)
    assert result.exit_code == 2
    assert "did you mean overdose_deaths_2022" in result.stderr


def test_figure_unknown_id_without_close_ids() -> None:
    result = run("figure", "zzqqxx", "--registry", REGISTRY)
    assert result.exit_code == 2
    assert result.stderr == "factcheck: error: no figure 'zzqqxx'\n"


def test_figures_filtered_by_a_word() -> None:
    result = run("figures", "fentanyl", "--registry", REGISTRY)
    assert result.exit_code == 0, result.stderr
    out = lines(result)
    assert out[0].split() == ["ID", "VALUE", "PERIOD", "SOURCES", "TITLE"]
    ids = [row.split()[0] for row in out[1:-1]]
    assert "fentanyl_overdose_deaths_2022" in ids
    assert "overdose_deaths_2022" not in ids  # all drugs: does not mention fentanyl
    assert out[-1] == f"{len(ids)} figures"


def test_rules_lists_every_rule() -> None:
    result = run("rules")
    assert result.exit_code == 0
    out = lines(result)
    assert out[0] == "CODE   NAME                SEVERITY  SUMMARY"
    assert [row[:7].strip() for row in out[1:]] == [f"FC{n}"
                                                    for n in (*range(100, 114), 115, 116, 117)]
    assert out[2] == (
        "FC101  value-mismatch      error     The number contradicts the registry figure it states."
    )


def test_rules_one_rule() -> None:
    result = run("rules", "FC102")
    assert result.exit_code == 0
    assert result.stdout.startswith("FC102 hedge-mismatch (default severity: error)\n\n")
    assert "more than 110,000" in result.stdout
    assert run("rules", "hedge-mismatch").stdout == result.stdout


def test_rules_unknown_rule() -> None:
    result = run("rules", "FC199")
    assert result.exit_code == 2
    assert (
        result.stderr == "factcheck: error: no rule 'FC199'; run 'factcheck rules' for the list\n"
    )


def test_config_shows_values_and_their_sources(work: Path) -> None:
    write(
        work / "pyproject.toml", '[tool.factcheck]\nfail-on = "warning"\nignore = ["unsourced"]\n'
    )
    result = run("config")
    assert result.exit_code == 0, result.stderr
    where = str(work / "pyproject.toml")
    out = lines(result)
    assert f'fail-on               "warning"  ({where})' in out
    assert f'ignore                ["FC107"]  ({where})' in out
    assert 'min-severity          "info"  (default)' in out
    assert "registry              (not set)  (default)" in out


def test_config_bad_key_exits_2_with_file_and_line(work: Path) -> None:
    write(
        work / "pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\nfail_onn = "warning"\n'
    )
    result = run("config")
    assert result.exit_code == 2
    assert result.stderr == (
        f"factcheck: error: {work / 'pyproject.toml'}:5: "
        'unknown key "fail_onn" (did you mean "fail-on"?)\n'
    )


def test_scan_bad_config_key_exits_2_with_file_and_line(work: Path, draft: Path) -> None:
    write(
        work / "pyproject.toml", '[project]\nname = "x"\n\n[tool.factcheck]\nfail_onn = "warning"\n'
    )
    result = scan("draft.md")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"factcheck: error: {work / 'pyproject.toml'}:5: "
        'unknown key "fail_onn" (did you mean "fail-on"?)\n'
    )


# --- scan: formats ---------------------------------------------------------------------------


def test_scan_concise(draft: Path) -> None:
    result = scan("draft.md", "--format", "concise")
    assert result.exit_code == 1
    assert lines(result) == DRAFT_LINES
    assert result.stderr == ""


def test_scan_auto_is_concise_off_a_terminal(draft: Path) -> None:
    result = scan("draft.md")
    assert result.exit_code == 1
    assert lines(result) == DRAFT_LINES


def test_scan_json_contract(draft: Path) -> None:
    result = scan("draft.md", "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["version"] == 1
    findings = data["findings"]
    assert [(f["line"], f["column"], f["code"]) for f in findings] == [
        (1, 16, "FC101"),
        (3, 24, "FC101"),
        (5, 6, "FC101"),
        (7, 17, "FC107"),
    ]
    for f in findings:
        assert set(f) >= CONTRACT_KEYS
    guns = findings[0]
    assert guns["path"] == "draft.md"
    assert (guns["end_line"], guns["end_column"]) == (1, 26)
    assert guns["text"] == "45 percent"
    assert guns["kind"] == "value-mismatch"
    assert guns["severity"] == "error"
    assert guns["figure"] == "mexico_traced_firearms_us_origin_share"
    assert guns["expected"]["value"] == 70
    assert guns["expected"]["unit"] == "percent"
    assert set(guns["expected"]) == {"value", "unit", "qualifier"}
    assert guns["sources"][0]["publisher"] == "The New York Times"
    assert set(guns["sources"][0]) >= {"document", "publisher", "quote", "value"}
    bakery = findings[3]
    assert (bakery["severity"], bakery["figure"], bakery["expected"]) == ("info", None, None)
    assert data["summary"]["files"] == 1
    assert data["summary"]["findings"] == 4
    assert data["summary"]["by_severity"] == {"error": 3, "warning": 0, "info": 1}


def test_scan_jsonl(draft: Path) -> None:
    result = scan("draft.md", "--format", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in lines(result)]
    assert [(r["path"], r["line"], r["column"], r["code"]) for r in records] == [
        ("draft.md", 1, 16, "FC101"),
        ("draft.md", 3, 24, "FC101"),
        ("draft.md", 5, 6, "FC101"),
        ("draft.md", 7, 17, "FC107"),
    ]
    assert all(set(r) >= CONTRACT_KEYS for r in records)


def test_scan_sarif(draft: Path) -> None:
    result = scan("draft.md", "--format", "sarif")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["version"] == "2.1.0"
    (run_,) = data["runs"]
    assert run_["tool"]["driver"]["name"] == "factcheck"
    results = run_["results"]
    assert [r["ruleId"] for r in results] == ["FC101", "FC101", "FC101", "FC107"]
    assert [r["level"] for r in results] == ["error", "error", "error", "note"]
    region = results[1]["locations"][0]["physicalLocation"]["region"]
    uri = results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "draft.md"
    assert (region["startLine"], region["startColumn"]) == (3, 24)
    assert (region["endLine"], region["endColumn"]) == (3, 29)
    assert results[1]["message"]["text"] == MSG_CROSSINGS.removeprefix("FC101 ")


def test_scan_github(draft: Path) -> None:
    result = scan("draft.md", "--format", "github")
    assert result.exit_code == 1
    out = lines(result)
    assert out[1] == (
        "::error file=draft.md,line=3,col=24,endLine=3,endColumn=29,title=factcheck FC101::"
        + MSG_CROSSINGS.removeprefix("FC101 ")
    )
    assert out[0].startswith("::error file=draft.md,line=1,col=16,endLine=1,endColumn=26,")
    assert out[3].startswith("::notice file=draft.md,line=7,col=17,")
    assert len(out) == 4


def test_scan_unknown_format(draft: Path) -> None:
    result = scan("draft.md", "--format", "xml")
    assert result.exit_code == 2
    assert result.stderr == (
        "factcheck: error: --format: unknown format 'xml'; choose from auto, console, "
        "concise, json, jsonl, sarif, github, html, junit, gitlab, checkstyle, claimreview\n"
    )


# --- scan: exit codes and filters ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        (DRAFT, "error", 1),
        (DRAFT, "never", 0),
        (BAKERY + "\n", "error", 0),
        (BAKERY + "\n", "warning", 0),
        (BAKERY + "\n", "info", 1),
        (BAKERY + "\n", "never", 0),
        (CROSSINGS_RIGHT + "\n", "info", 0),
    ],
)
def test_scan_fail_on(work: Path, text: str, fail_on: str, code: int) -> None:
    write(work / "draft.md", text)
    result = scan("draft.md", "--fail-on", fail_on)
    assert result.exit_code == code


def test_scan_fail_on_warning_counts_warnings(work: Path) -> None:
    # One figure stated two ways is a warning (FC108); the draft has no error.
    write(
        work / "draft.md",
        f"<!-- factcheck: ignore FC101 -->\n{CROSSINGS_WRONG}\n\n{CROSSINGS_RIGHT}\n",
    )
    result = scan("draft.md", "--fail-on", "warning")
    assert lines(result) == [
        "draft.md:2:24: FC108 mexico_southern_border_crossings_per_day is stated 2 different "
        "ways: '9,000' at draft.md:2:24; '6,000' at draft.md:4:24 agrees with the registry"
    ]
    assert result.exit_code == 1
    assert scan("draft.md").exit_code == 0


def test_scan_bad_fail_on(draft: Path) -> None:
    result = scan("draft.md", "--fail-on", "bogus")
    assert result.exit_code == 2
    assert result.stderr == (
        'factcheck: error: --fail-on: --fail-on must be "error", "warning", "info" or '
        '"never", not "bogus"\n'
    )


def test_scan_min_severity(draft: Path) -> None:
    result = scan("draft.md", "--min-severity", "error")
    assert result.exit_code == 1
    assert lines(result) == DRAFT_LINES[:3]


def test_scan_min_severity_hides_and_does_not_fail(work: Path) -> None:
    write(work / "draft.md", BAKERY + "\n")
    result = scan("draft.md", "--min-severity", "warning", "--fail-on", "info")
    assert result.stdout == ""
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--select", "FC107"), [DRAFT_LINES[3]]),
        (("--select", "unsourced"), [DRAFT_LINES[3]]),
        (("--select", "value-mismatch,FC107"), DRAFT_LINES),
        (("--select", "FC101", "--select", "unsourced"), DRAFT_LINES),
        (("--ignore", "FC101"), [DRAFT_LINES[3]]),
        (("--ignore", "value-mismatch"), [DRAFT_LINES[3]]),
        (("--ignore", "FC101,unsourced"), []),
        (("--ignore", "FC101", "--ignore", "FC107"), []),
    ],
)
def test_scan_select_and_ignore(draft: Path, args: tuple[str, ...], expected: list[str]) -> None:
    result = scan("draft.md", *args)
    assert lines(result) == expected
    errors = any(" FC101 " in line for line in expected)
    assert result.exit_code == (1 if errors else 0)


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        (
            "--select",
            "FC999",
            'factcheck: error: --select: unknown rule code "FC999" in --select\n',
        ),
        ("--ignore", "nosuch", 'factcheck: error: --ignore: unknown rule "nosuch" in --ignore\n'),
    ],
)
def test_scan_unknown_rule(draft: Path, flag: str, value: str, message: str) -> None:
    result = scan("draft.md", flag, value)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == message


def test_scan_quiet(draft: Path) -> None:
    result = scan("draft.md", "--quiet")
    assert (result.stdout, result.stderr, result.exit_code) == ("", "", 1)
    result = scan("draft.md", "-q", "--fail-on", "never")
    assert (result.stdout, result.exit_code) == ("", 0)


@pytest.mark.parametrize("fmt", ["concise", "json"])
def test_scan_output_file(draft: Path, work: Path, fmt: str) -> None:
    result = scan("draft.md", "--format", fmt, "-o", "report.out")
    assert result.stdout == ""
    assert result.exit_code == 1
    written = (work / "report.out").read_text(encoding="utf-8")
    assert written == scan("draft.md", "--format", fmt).stdout
    assert not [p.name for p in work.iterdir() if ".tmp-" in p.name]


def test_scan_output_file_clean_draft_exits_0(work: Path) -> None:
    write(work / "draft.md", CROSSINGS_RIGHT + "\n")
    result = scan("draft.md", "--output", "report.json", "--format", "json")
    assert (result.stdout, result.exit_code) == ("", 0)
    assert json.loads((work / "report.json").read_text())["findings"] == []


# --- scan: inputs ----------------------------------------------------------------------------


def test_scan_stdin(work: Path) -> None:
    result = scan("-", input=CROSSINGS_WRONG + "\n")
    assert result.exit_code == 1
    assert lines(result) == [f"-:1:24: {MSG_CROSSINGS}"]


def test_scan_stdin_filename_names_the_text_and_its_format(work: Path) -> None:
    html = f"<p>{CROSSINGS_WRONG}</p>\n<script>var n = '9,000';</script>\n"
    result = scan("-", "--stdin-filename", "news/x.html", input=html)
    assert result.exit_code == 1
    assert lines(result) == [f"news/x.html:1:27: {MSG_CROSSINGS}"]


def test_scan_stdin_not_utf8(work: Path) -> None:
    result = scan("-", "--stdin-filename", "x.md", input=b"caf\xe9 9,000\n")
    assert result.exit_code == 2
    assert result.stderr == "factcheck: error: x.md:1: not UTF-8 text (byte 0xe9 at line 1)\n"


def test_scan_nonexistent_path(work: Path) -> None:
    result = scan("missing.md")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "factcheck: error: missing.md: no such file or directory\n"


def test_scan_glob_without_match(work: Path) -> None:
    result = scan("drafts/*.md")
    assert result.exit_code == 2
    assert result.stderr == "factcheck: error: drafts/*.md: no file matches this pattern\n"


def test_scan_glob(work: Path) -> None:
    write(work / "drafts" / "b.md", CROSSINGS_WRONG + "\n")
    write(work / "drafts" / "a.md", BAKERY + "\n")
    write(work / "drafts" / "c.txt", CROSSINGS_WRONG + "\n")
    result = scan("drafts/*.md")
    assert lines(result) == [
        f"drafts/a.md:1:17: {MSG_BAKERY}",
        f"drafts/b.md:1:24: {MSG_CROSSINGS}",
    ]


def test_scan_no_paths_in_an_empty_directory(work: Path) -> None:
    result = scan()
    assert result.exit_code == 2
    assert result.stderr == (
        "factcheck: error: .: no files to scan (include: *.md, *.markdown, *.txt, *.html, *.htm)\n"
    )


def test_scan_missing_registry(draft: Path) -> None:
    result = run("scan", "--registry", "nowhere.yaml", "draft.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: nowhere.yaml")
    assert result.stderr.count("\n") == 1


def test_scan_binary_file_is_a_one_line_error(work: Path) -> None:
    (work / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = scan("photo.md")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("factcheck: error: photo.md")
    assert "binary" in result.stderr
    assert result.stderr.count("\n") == 1


def test_scan_directory_with_include_and_exclude_from_config(work: Path) -> None:
    write(work / ".factcheck.toml", 'include = ["*.md", "*.txt"]\nexclude = ["drafts/archive/*"]\n')
    for name in ("a.md", "sub/b.txt", "sub/c.html", "archive/old.md", ".hidden/h.md", "notes.rst"):
        write(work / "drafts" / name, CROSSINGS_WRONG + "\n")
    result = scan("drafts")
    assert result.exit_code == 1
    assert lines(result) == [
        f"drafts/a.md:1:24: {MSG_CROSSINGS}",
        f"drafts/sub/b.txt:1:24: {MSG_CROSSINGS}",
    ]


def test_scan_directory_default_include(work: Path) -> None:
    for name in ("a.md", "b.markdown", "c.txt", "d.html", "e.htm", "f.rst", "g.py"):
        write(work / "drafts" / name, CROSSINGS_WRONG + "\n")
    result = scan("drafts/")
    got = [line.split(":")[0] for line in lines(result)]
    assert got == [
        "drafts/a.md",
        "drafts/b.markdown",
        "drafts/c.txt",
        "drafts/d.html",
        "drafts/e.htm",
    ]


def test_scan_the_same_file_twice_is_scanned_once(draft: Path) -> None:
    result = scan("draft.md", "./draft.md", ".")
    assert lines(result) == DRAFT_LINES


# --- scan: suppressions ----------------------------------------------------------------------


def test_scan_suppressions(work: Path) -> None:
    write(
        work / "draft.md",
        "\n".join(
            [
                "<!-- factcheck: ignore FC101 -- our own count -->",  # 1
                CROSSINGS_WRONG,  # 2: suppressed by the line before
                "",
                GUNS_WRONG + " <!-- factcheck: ignore value-mismatch -- disputed -->",  # 4
                "",
                "<!-- factcheck: off -->",  # 6
                DEATHS_SCALE,  # 7
                "",
                BAKERY,  # 9
                "<!-- factcheck: on -->",  # 10
                "",
                "<!-- factcheck: ignore FC104 -- nothing malformed here -->",  # 12
                BAGELS,  # 13: FC107 is not FC104
                "",
            ]
        ),
    )
    result = scan("draft.md")
    assert lines(result) == [
        "draft.md:12:1: FC109 suppression of FC104 matches no finding",
        "draft.md:13:15: FC107 statistic '2,718' matches no figure in the registry",
    ]
    assert result.exit_code == 0


def test_scan_ignore_file(work: Path) -> None:
    write(work / "draft.md", "<!-- factcheck: ignore-file -->\n" + DRAFT)
    result = scan("draft.md")
    assert (result.stdout, result.exit_code) == ("", 0)


def test_scan_ignore_file_for_one_rule(work: Path) -> None:
    write(work / "draft.md", "<!-- factcheck: ignore-file FC101 -->\n" + DRAFT)
    result = scan("draft.md")
    assert lines(result) == [f"draft.md:8:17: {MSG_BAKERY}"]
    assert result.exit_code == 0


def test_scan_suppression_in_plain_text(work: Path) -> None:
    write(work / "draft.txt", f"# factcheck: ignore FC101 -- checked by phone\n{CROSSINGS_WRONG}\n")
    result = scan("draft.txt")
    assert (result.stdout, result.exit_code) == ("", 0)


# --- scan: --changed-since, --explain, --show-verified ---------------------------------------


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def repo(work: Path) -> Path:
    _git(work, "init", "-q")
    write(work / "draft.md", f"{CROSSINGS_WRONG}\n\n{BAKERY}\n\n{BAGELS}\n")
    _git(work, "add", "draft.md")
    _git(work, "commit", "-q", "-m", "draft")
    write(
        work / "draft.md", f"{CROSSINGS_WRONG}\n\n{BAKERY}\n\n{BAGELS.replace('2,718', '3,141')}\n"
    )
    write(work / "new.md", "A kiosk sold 1,234 papers.\n")
    return work


@needs_git
def test_scan_changed_since_reports_only_changed_lines(repo: Path) -> None:
    result = scan(".", "--changed-since", "HEAD")
    assert lines(result) == [
        "draft.md:5:15: FC107 statistic '3,141' matches no figure in the registry",
        "new.md:1:14: FC107 statistic '1,234' matches no figure in the registry",
    ]
    assert result.exit_code == 0  # the FC101 on line 1 is unchanged
    assert scan(".").exit_code == 1


@needs_git
def test_scan_changed_since_bad_revision(repo: Path) -> None:
    result = scan("draft.md", "--changed-since", "no-such-rev")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "factcheck: error: --changed-since: 'no-such-rev' names no commit in "
    )
    assert result.stderr.count("\n") == 1


@needs_git
def test_scan_changed_since_with_an_absolute_path(repo: Path) -> None:
    result = scan(str(repo / "draft.md"), "--changed-since", "HEAD")
    assert lines(result) == [
        f"{repo / 'draft.md'}:5:15: FC107 statistic '3,141' matches no figure in the registry",
    ]


@needs_git
def test_scan_changed_since_from_a_subdirectory(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "sub").mkdir()
    monkeypatch.chdir(repo / "sub")
    result = scan("../draft.md", "--changed-since", "HEAD")
    assert lines(result) == [
        "../draft.md:5:15: FC107 statistic '3,141' matches no figure in the registry",
    ]


def test_scan_explain_json_has_reasons(work: Path) -> None:
    write(work / "draft.md", CROSSINGS_WRONG + "\n")
    plain = json.loads(scan("draft.md", "--format", "json").stdout)["findings"][0]
    assert "reasons" not in plain
    explained = json.loads(scan("draft.md", "--format", "json", "--explain").stdout)["findings"][0]
    assert explained["code"] == "FC101"
    reasons = explained["reasons"]
    assert isinstance(reasons, list)
    assert reasons
    assert all(isinstance(r, str) for r in reasons)
    assert "noun: people" in reasons
    assert "per day" in reasons


def test_scan_show_verified(work: Path) -> None:
    write(work / "draft.md", f"{CROSSINGS_RIGHT}\n\n{BAKERY}\n")
    assert lines(scan("draft.md")) == [f"draft.md:3:17: {MSG_BAKERY}"]
    result = scan("draft.md", "--show-verified")
    assert lines(result) == [
        "draft.md:1:24: FC100 '6,000' agrees with mexico_southern_border_crossings_per_day: "
        "6,000 people per day",
        f"draft.md:3:17: {MSG_BAKERY}",
    ]
    assert result.exit_code == 0
    assert scan("draft.md", "--show-verified", "--fail-on", "info").exit_code == 1


def test_scan_malformed_number(work: Path) -> None:
    write(work / "draft.md", DEATHS_MALFORMED + "\n")
    result = scan("draft.md")
    assert lines(result) == [
        "draft.md:1:8: FC104 malformed number '110,00' (bad digit grouping: '110,00'): "
        "did you mean 110,000 (overdose_deaths_2022)?"
    ]
    assert result.exit_code == 1


def test_scan_hedge_mismatch_doc_example(work: Path) -> None:
    write(work / "draft.md", "More than 110,000 people died of overdoses in 2022.\n")
    result = scan("draft.md")
    assert [line.split(": ", 1)[1].split()[0] for line in lines(result)] == ["FC102"]
    assert result.exit_code == 1
