"""The command line as desks and CI use it: output formats from -o, FACTCHECK_FORMAT, colour
and width, --exit-zero, --statistics, -V, scanning '.' with .gitignore, baselines, the help
text against the README, and --changed-since with any file name.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import typer
from test_cli import (
    BAKERY,
    CROSSINGS_RIGHT,
    CROSSINGS_WRONG,
    DEATHS_MALFORMED,
    DRAFT,
    DRAFT_LINES,
    MSG_BAKERY,
    lines,
    run,
    scan,
    write,
)

from factcheck import __version__
from factcheck.cli import app
from factcheck.scan import use_color

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture(autouse=True)
def _plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FACTCHECK_FORMAT", "NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS", "COLUMNS",
                 "FACTCHECK_RULE_DOCS_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def draft(work: Path) -> Path:
    return write(work / "draft.md", DRAFT)


# --- -o FILE implies the format -------------------------------------------------------------


@pytest.mark.parametrize(("name", "check"), [
    ("report.sarif", lambda t: json.loads(t)["version"] == "2.1.0"),
    ("report.json", lambda t: json.loads(t)["version"] == 1),
    ("report.jsonl", lambda t: all(json.loads(x) for x in t.splitlines())),
    ("report.html", lambda t: t.lstrip().lower().startswith("<!doctype html")),
    ("report.xml", lambda t: ET.fromstring(t).tag == "testsuites"),
    ("report.txt", lambda t: t.splitlines() == DRAFT_LINES),
])
def test_output_extension_implies_the_format(draft: Path, work: Path, name: str, check) -> None:  # type: ignore[no-untyped-def]
    result = scan("draft.md", "-o", name)
    assert result.exit_code == 1 and result.stdout == ""
    assert check((work / name).read_text(encoding="utf-8"))


def test_format_flag_beats_the_extension(draft: Path, work: Path) -> None:
    scan("draft.md", "-o", "report.xml", "-f", "checkstyle")
    assert ET.fromstring((work / "report.xml").read_text(encoding="utf-8")).tag == "checkstyle"


@pytest.mark.parametrize("fmt", ["junit", "gitlab", "checkstyle"])
def test_ci_formats_from_the_command_line(draft: Path, fmt: str) -> None:
    result = scan("draft.md", "-f", fmt)
    assert result.exit_code == 1
    assert "draft.md" in result.stdout


# --- FACTCHECK_FORMAT ----------------------------------------------------------------------


def test_factcheck_format_sets_the_default(draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_FORMAT", "json")
    assert json.loads(scan("draft.md").stdout)["version"] == 1
    assert lines(scan("draft.md", "-f", "concise")) == DRAFT_LINES


def test_factcheck_format_beats_the_config(draft: Path, work: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    write(work / ".factcheck.toml", 'format = "jsonl"\n')
    assert json.loads(scan("draft.md").stdout.splitlines()[0])
    monkeypatch.setenv("FACTCHECK_FORMAT", "concise")
    assert lines(scan("draft.md")) == DRAFT_LINES
    assert "FACTCHECK_FORMAT" in run("config").stdout


def test_factcheck_format_unknown(draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_FORMAT", "yaml")
    result = scan("draft.md")
    assert result.exit_code == 2
    assert result.stderr.startswith('factcheck: error: FACTCHECK_FORMAT: FACTCHECK_FORMAT must be '
                                    'one of "auto"')


# --- --exit-zero, --statistics, -V --------------------------------------------------------


def test_exit_zero(draft: Path) -> None:
    result = scan("draft.md", "--exit-zero")
    assert result.exit_code == 0 and lines(result) == DRAFT_LINES
    assert scan("draft.md", "--exit-zero", "--fail-on", "never").exit_code == 0


def test_exit_zero_contradicting_fail_on(draft: Path) -> None:
    result = scan("draft.md", "--exit-zero", "--fail-on", "warning")
    assert result.exit_code == 2
    assert result.stderr == ("factcheck: error: --exit-zero and --fail-on warning contradict each "
                             "other; give one\n")


def test_statistics(draft: Path) -> None:
    result = scan("draft.md", "--statistics")
    assert result.exit_code == 1
    assert result.stdout == "3\tFC101\tvalue-mismatch\n1\tFC107\tunsourced\nFound 4 findings.\n"


def test_statistics_with_an_output_file_keeps_the_report(draft: Path, work: Path) -> None:
    result = scan("draft.md", "--statistics", "-o", "report.json")
    assert result.stdout.splitlines()[-1] == "Found 4 findings."
    assert len(json.loads((work / "report.json").read_text(encoding="utf-8"))["findings"]) == 4


def test_statistics_of_a_clean_draft(work: Path) -> None:
    write(work / "ok.md", CROSSINGS_RIGHT + "\n")
    assert scan("ok.md", "--statistics").stdout == "No findings.\n"


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag: str) -> None:
    result = run(flag)
    assert result.exit_code == 0 and result.stdout == f"factcheck {__version__}\n"


# --- shell completion (typer's) --------------------------------------------------------------

FACTCHECK = shutil.which("factcheck") or str(Path(sys.executable).parent / "factcheck")


@pytest.mark.parametrize(("shell", "marker"), [
    pytest.param("bash", "complete -o default -F _factcheck_completion factcheck", id="bash"),
    pytest.param("zsh", "#compdef factcheck", id="zsh"),
    pytest.param("fish", "complete --command factcheck", id="fish"),
])
def test_show_completion_prints_the_shell_script(shell: str, marker: str) -> None:
    # the named shell, not ours
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    out = subprocess.run([FACTCHECK, "--show-completion", shell], capture_output=True, text=True,
                         env=env)
    assert out.returncode == 0 and marker in out.stdout, out.stderr


@pytest.mark.parametrize(("words", "expected"), [
    pytest.param("factcheck sc", ["scan"], id="a-command"),
    pytest.param("factcheck registry ch", ["check"], id="a-subcommand"),
    pytest.param("factcheck scan --fail", ["--fail-on"], id="an-option"),
])
def test_completion_completes_commands_and_options(words: str, expected: list[str]) -> None:
    env = {**os.environ, "_FACTCHECK_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - 1)}
    out = subprocess.run([FACTCHECK], capture_output=True, text=True, env=env)
    assert out.returncode == 0 and out.stdout.split() == expected, out.stderr


# --- colour and width ---------------------------------------------------------------------


@pytest.mark.parametrize(("mode", "env", "tty", "expected"), [
    ("always", {}, False, True),
    ("never", {"FORCE_COLOR": "1"}, True, False),
    ("auto", {}, True, True),
    ("auto", {}, False, False),
    ("auto", {"NO_COLOR": "1"}, True, False),
    ("auto", {"FORCE_COLOR": "1"}, False, True),
    ("auto", {"FORCE_COLOR": "0"}, False, False),
    ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, False),
    ("always", {"NO_COLOR": "1"}, False, True),
])
def test_use_color(mode: str, env: dict[str, str], tty: bool, expected: bool) -> None:
    assert use_color(mode, None, env, tty) is expected


def test_no_colour_for_a_file_on_auto() -> None:
    assert use_color("auto", "report.txt", {}, True) is False


ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(("args", "env", "colored"), [
    (["--color", "always"], {}, True),
    (["--color", "never"], {"FORCE_COLOR": "1"}, False),
    ([], {"FORCE_COLOR": "1"}, True),
    ([], {}, False),  # the test runner is no terminal
    (["--color", "always", "-f", "concise"], {}, False),  # only the console has colour
])
def test_color_on_the_command_line(draft: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                                   env: dict[str, str], colored: bool) -> None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    fmt = [] if "-f" in args else ["-f", "console"]
    result = scan("draft.md", *fmt, *args)
    assert bool(ANSI.search(result.stdout)) is colored


def test_color_bad_value(draft: Path) -> None:
    result = scan("draft.md", "--color", "sometimes")
    assert result.exit_code == 2
    assert "--color" in result.stderr


def _console(monkeypatch: pytest.MonkeyPatch, columns: int) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(columns))
    return scan("draft.md", "-f", "console").stdout.splitlines()


def test_console_wraps_messages_at_80_columns_between_words(
        draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _console(monkeypatch, 80)
    assert max(len(x) for x in out) <= 80
    assert max(len(x) for x in out) > 70  # the width is used, not wasted
    words = set(" ".join(scan("draft.md", "-f", "concise").stdout.split()).split())
    heads = [x for x in out if x.startswith("  draft.md:")]
    assert len(heads) == 4
    for i, line in enumerate(out):  # every wrapped line continues with whole words
        if line.startswith("        ") and i and not line.strip().startswith("│"):
            assert all(w in words for w in line.split()), line


def test_console_uses_a_wide_terminal(draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    narrow, wide = _console(monkeypatch, 80), _console(monkeypatch, 200)
    assert max(len(x) for x in wide) > 100
    assert len(wide) < len(narrow)
    assert any(MSG_BAKERY.split(' ', 1)[1] in x for x in wide)  # one line


# --- scanning '.' with .gitignore ----------------------------------------------------------


@pytest.fixture
def tree(work: Path) -> Path:
    write(work / "drafts" / "a.md", CROSSINGS_WRONG + "\n")
    write(work / "drafts" / "b.md", BAKERY + "\n")
    write(work / "node_modules" / "pkg" / "README.md", DEATHS_MALFORMED + "\n")
    write(work / "build" / "out.md", DEATHS_MALFORMED + "\n")
    write(work / "drafts" / "scratch.md", DEATHS_MALFORMED + "\n")
    write(work / "drafts" / "keep" / "scratch.md", BAKERY + "\n")
    write(work / ".gitignore", "node_modules/\n/build\nscratch.md\n!drafts/keep/scratch.md\n")
    return work


def _paths(result: typer.testing.Result) -> list[str]:
    return sorted({line.split(":")[0] for line in lines(result)})


def test_scan_without_paths_scans_the_working_directory(tree: Path) -> None:
    result = scan("-f", "concise")
    assert _paths(result) == ["drafts/a.md", "drafts/b.md", "drafts/keep/scratch.md"]
    assert result.exit_code == 1


def test_no_respect_gitignore(tree: Path) -> None:
    result = scan("-f", "concise", "--no-respect-gitignore")
    assert _paths(result) == ["build/out.md", "drafts/a.md", "drafts/b.md",
                              "drafts/keep/scratch.md",
                              "drafts/scratch.md"]  # node_modules/ is never walked into


def test_respect_gitignore_in_the_config(tree: Path) -> None:
    write(tree / ".factcheck.toml", "respect-gitignore = false\n")
    assert "drafts/scratch.md" in _paths(scan("-f", "concise"))
    assert "drafts/scratch.md" not in _paths(scan("-f", "concise", "--respect-gitignore"))


def test_a_nested_gitignore_and_the_config_exclude(tree: Path) -> None:
    write(tree / "drafts" / ".gitignore", "b.md\n")
    write(tree / ".factcheck.toml", 'exclude = ["drafts/keep/*"]\n')
    assert _paths(scan("-f", "concise")) == ["drafts/a.md"]


def test_a_file_named_on_the_command_line_is_scanned_even_if_ignored(tree: Path) -> None:
    assert _paths(scan("-f", "concise", "drafts/scratch.md")) == ["drafts/scratch.md"]


@needs_git
def test_gitignore_from_the_repository_top_when_scanning_a_subdirectory(tree: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tree, check=True)
    write(tree / ".git" / "info" / "exclude", "b.md\n")
    assert _paths(scan("-f", "concise", "drafts")) == ["drafts/a.md", "drafts/keep/scratch.md"]


# --- the help text and the README ----------------------------------------------------------


def _scan_command() -> typer.core.TyperCommand:
    command = typer.main.get_command(app)
    return command.commands["scan"]  # type: ignore[attr-defined,no-any-return]


def _readme_options() -> set[str]:
    section = README.split("### `factcheck scan [PATH ...]`", 1)[1].split("\nExit codes", 1)[0]
    rows = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    return {opt for row in rows for opt in re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", row)}


def test_readme_options_are_the_scan_options() -> None:
    params = [p for p in _scan_command().params if p.param_type_name == "option"]
    flags = {o for p in params for o in (*p.opts, *p.secondary_opts)}
    assert _readme_options() == flags


def test_scan_help_shows_every_option_with_choices_and_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    help_text = run("scan", "--help").stdout
    for p in _scan_command().params:
        if p.param_type_name != "option":
            continue
        for opt in p.opts:
            assert opt in help_text, opt
        if not getattr(p, "is_flag", False) and p.name != "help":
            assert "Default:" in (p.help or ""), p.name
    formats = "console|concise|json|jsonl|sarif|github|html|junit|gitlab|checkstyle|claimreview"
    assert f"[auto|{formats}]" in help_text
    assert "--fail-on [error|warning|info|never]" in help_text
    assert "--color [auto|always|never]" in help_text


@pytest.mark.parametrize("command", [["scan"], ["figure"], ["figures"], ["extract"], ["rules"],
                                     ["config"], ["registry", "check"], ["registry", "add"], []])
def test_help_has_no_type_names(command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    out = run(*command, "--help").stdout
    assert not re.search(r"<(?:bool|str|int|list\[str\]|int range)>", out), out
    assert not re.search(r"\b(?:TEXT|INTEGER|BOOLEAN)\b", out), out


# --- baselines -------------------------------------------------------------------------------


def test_baseline_round_trip(work: Path) -> None:
    old = "\n\n".join([CROSSINGS_WRONG, DEATHS_MALFORMED, BAKERY]) + "\n"
    write(work / "drafts" / "a.md", old)
    written = scan("drafts", "--write-baseline", "baseline.json")
    assert written.exit_code == 0
    assert "wrote 3 findings to the baseline baseline.json" in written.stderr
    # Lines inserted above the old findings, and a new mistake among them.
    new = ("# Border and overdoses\n\nA new lede with no numbers.\n\n"
           "The shop sold 2,718 bagels on Monday.\n\n")
    write(work / "drafts" / "a.md", new + old)
    result = scan("drafts", "--baseline", "baseline.json")
    assert lines(result) == ["drafts/a.md:5:15: FC107 statistic '2,718' matches no figure in "
                             "the registry"]
    assert result.exit_code == 0
    write(work / "drafts" / "a.md", new + old.replace("9,000", "19,000"))
    result = scan("drafts", "--baseline", "baseline.json", "-f", "json")
    found = [(f["code"], f["path"], f["line"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("FC107", "drafts/a.md", 5), ("FC101", "drafts/a.md", 7),
                     ("FC113", "baseline.json", 2)]
    assert result.exit_code == 1


def test_baseline_from_another_directory(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(work / "drafts" / "a.md", CROSSINGS_WRONG + "\n")
    scan("drafts", "--write-baseline", "baseline.json")
    monkeypatch.chdir(work / "drafts")
    result = scan("a.md", "--baseline", "../baseline.json")
    assert result.stdout == "" and result.exit_code == 0


@pytest.mark.parametrize(("text", "message"), [
    ("{not json", "baseline.json:1: not a baseline: "),
    ('{"version": 7, "entries": []}', "baseline.json: not a factcheck baseline"),
    ('{"version": 1, "entries": [{"path": 1}]}',
     "baseline.json: entry 1 needs path, code and fingerprint"),
])
def test_bad_baseline(draft: Path, work: Path, text: str, message: str) -> None:
    write(work / "baseline.json", text)
    result = scan("draft.md", "--baseline", "baseline.json")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factcheck: error: {message}")


def test_missing_baseline(draft: Path) -> None:
    result = scan("draft.md", "--baseline", "nope.json")
    assert (result.exit_code == 2
            and result.stderr.startswith("factcheck: error: nope.json: cannot read baseline"))


# --- --changed-since with any file name ---------------------------------------------------


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t",
                    "-c", "core.quotePath=true", *args], cwd=cwd, check=True, capture_output=True)


@needs_git
@pytest.mark.parametrize("name", ["señal.md", "데이터.md", 'a "quoted" name.md', "tab\there.md"])
def test_changed_since_finds_a_change_in_any_file_name(work: Path, name: str) -> None:
    _git(work, "init", "-q")
    write(work / "drafts" / name, f"{BAKERY}\n")
    _git(work, "add", ".")
    _git(work, "commit", "-q", "-m", "first")
    write(work / "drafts" / name, f"{BAKERY}\n\nThe shop sold 2,718 bagels on Monday.\n")
    result = scan("drafts", "--changed-since", "HEAD")
    assert lines(result) == [f"drafts/{name}:3:15: FC107 statistic '2,718' matches no figure in "
                             f"the registry"]


@needs_git
def test_changed_since_a_renamed_and_a_deleted_file(work: Path) -> None:
    _git(work, "init", "-q")
    write(work / "old.md", f"{BAKERY}\n")
    write(work / "gone.md", f"{BAKERY}\n")
    _git(work, "add", ".")
    _git(work, "commit", "-q", "-m", "first")
    _git(work, "mv", "old.md", "nuevo-ñ.md")
    _git(work, "rm", "-q", "gone.md")
    write(work / "nuevo-ñ.md", f"{BAKERY}\n\nThe shop sold 2,718 bagels on Monday.\n")
    result = scan(".", "--changed-since", "HEAD")
    assert lines(result) == ["nuevo-ñ.md:3:15: FC107 statistic '2,718' matches no figure in "
                             "the registry"]
