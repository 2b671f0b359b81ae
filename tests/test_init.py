"""A first run anywhere: scanning with no registry, `factcheck init`, and the packaged seeds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.registry.check import check_registry
from factcheck.starter import seed_files

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "Officials said 110,00 people died of overdoses.\nThe bakery sold 4,321 loaves.\n"


def note(where: Path) -> str:
    return (
        f"factcheck: note: no figures.yaml found in {where} or its parents, so only the "
        "checks that need no registry ran (malformed numbers, in-sentence conversions, unsourced "
        "statistics); run 'factcheck init' to create one\n"
    )


@pytest.fixture
def empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    work = tmp_path / "newsroom"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


def run(*args: str) -> object:
    return CliRunner().invoke(app, list(args))


def test_scan_without_a_registry_runs_the_checks_that_need_none(empty: Path) -> None:
    (empty / "draft.md").write_text(
        DRAFT + "The truck carried 26,000 pounds (nearly 20 tonnes).\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "draft.md", "--format", "concise"])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "draft.md:1:16: FC104 malformed number '110,00' (bad digit grouping: '110,00'): "
        "readings 110,000 or 11,000; none matches a registry figure",
        "draft.md:2:17: FC107 statistic '4,321' matches no figure in the registry",
        "draft.md:3:19: FC107 statistic '26,000 pounds' matches no figure in the registry",
        "draft.md:3:41: FC105 'nearly 20 tonnes' is not a conversion of '26,000 pounds': "
        "26,000 pounds is 11.79 tonnes",
        "draft.md:3:41: FC107 statistic '20 tonnes' matches no figure in the registry",
    ]
    assert result.stderr == note(empty)


def test_scan_without_a_registry_exit_codes_as_usual(empty: Path) -> None:
    (empty / "fine.md").write_text("The bakery sold 4,321 loaves.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "fine.md", "--format", "concise"])
    assert result.exit_code == 0
    assert result.stderr == note(empty)
    quiet = CliRunner().invoke(app, ["scan", "fine.md", "--quiet"])
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")


def test_a_named_registry_must_exist(empty: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (empty / "draft.md").write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "--registry", "figures.yaml", "draft.md"])
    assert (result.exit_code, result.stderr) == (2,
                                                 "factcheck: error: figures.yaml:1:1: registry "
                                                 "file does not exist\n")
    (empty / ".factcheck.toml").write_text('registry = "mine.yaml"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "draft.md"])
    assert (result.exit_code, result.stderr) == (2,
                                                 f"factcheck: error: {empty / 'mine.yaml'}:1:1: "
                                                 f"registry file does not exist\n")
    (empty / ".factcheck.toml").unlink()
    monkeypatch.setenv("FACTCHECK_REGISTRY", "env.yaml")
    result = CliRunner().invoke(app, ["scan", "draft.md"])
    expected = "factcheck: error: env.yaml:1:1: registry file does not exist\n"
    assert (result.exit_code, result.stderr) == (2, expected)


STARTER = ["figures.yaml", "figures.schema.json", "example-draft.md",
           "sources/riverton-transit-report-2024.txt", "sources/riverton-courier-2025-03-04.txt",
           "sources/riverton-jobs-report-2026-03.txt", "sources/riverton-jobs-report-2026-04.txt",
           "sources/riverton-jobs-report-2026-05.txt", ".factcheck.toml"]


def test_init_writes_a_starter_that_checks_and_scans(empty: Path) -> None:
    result = CliRunner().invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"wrote {name}" for name in STARTER] + [
        "next: factcheck registry check && factcheck scan example-draft.md"]
    assert result.stderr == ""
    assert check_registry(str(empty / "figures.yaml")) == []
    assert CliRunner().invoke(app, ["registry", "check"]).exit_code == 0
    scanned = CliRunner().invoke(app, ["scan", "example-draft.md", "--format", "concise",
                                       "--show-verified"])
    assert scanned.exit_code == 1
    assert scanned.stderr == ""  # the registry is found: no note
    assert scanned.stdout.splitlines() == [
        "example-draft.md:3:36: FC100 '12.4 million' agrees with riverton_transit_trips_2024: "
        "12,412,000 trips in 2024",
        "example-draft.md:6:50: FC104 malformed number '41,00' (bad digit grouping: '41,00'): "
        "readings 41,000 or 4,100; none matches a registry figure",
        "example-draft.md:8:26: FC117 '1,870': 1,870 was the first estimate of "
        "riverton_jobs_added_2026_02 (report of 2026-03-06); revised to 1,650 (report "
        "of 2026-05-01)",
    ]
    # The settings exclude the registry's own documents from a scan of the folder.
    folder = CliRunner().invoke(app, ["scan", ".", "--format", "concise"])
    assert folder.stdout.splitlines() == scanned.stdout.splitlines()[1:]


def test_init_overwrites_nothing(empty: Path) -> None:
    (empty / "figures.yaml").write_text("mine\n", encoding="utf-8")
    (empty / "example-draft.md").write_text("my draft\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["init", "."])
    assert result.exit_code == 0
    assert (empty / "figures.yaml").read_text() == "mine\n"
    assert (empty / "example-draft.md").read_text() == "my draft\n"
    assert result.stderr.splitlines() == [
        "factcheck: note: figures.yaml already exists; left it alone",
        "factcheck: note: example-draft.md already exists; left it alone",
    ]
    assert "wrote sources/riverton-courier-2025-03-04.txt" in result.stdout.splitlines()


def test_init_keeps_a_pyproject_table_and_never_edits_pyproject(empty: Path) -> None:
    table = '[project]\nname = "desk"\n\n[tool.factcheck]\nfail-on = "warning"\n'
    (empty / "pyproject.toml").write_text(table, encoding="utf-8")
    result = CliRunner().invoke(app, ["init", "desk-dir"])
    assert result.exit_code == 0
    assert (empty / "desk-dir" / ".factcheck.toml").is_file()  # not the pyproject's directory
    result = CliRunner().invoke(app, ["init"])
    assert result.stderr.splitlines() == ["factcheck: note: pyproject.toml already exists; "
                                          "left it alone"]
    assert not (empty / ".factcheck.toml").exists()
    assert (empty / "pyproject.toml").read_text() == table
    plain = empty / "other"
    plain.mkdir()
    (plain / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    CliRunner().invoke(app, ["init", "other"])
    assert (plain / "pyproject.toml").read_text() == '[project]\nname = "x"\n'
    assert (plain / ".factcheck.toml").is_file()


def test_init_unknown_example(empty: Path) -> None:
    result = CliRunner().invoke(app, ["init", "--example", "nope"])
    assert (result.exit_code, result.stderr) == (
        2, "factcheck: error: --example: unknown example 'nope'; choose from starter, seeds\n")


def test_packaged_seeds_equal_the_repository_copy() -> None:
    packaged = seed_files()
    repo = {"figures.yaml": (ROOT / "figures.yaml").read_bytes()}
    repo.update({f"seeds/{p.name}": p.read_bytes()
                 for p in sorted((ROOT / "seeds").iterdir()) if p.is_file()})
    assert packaged.keys() == repo.keys(), "run: python scripts/sync_examples.py"
    for name, data in repo.items():
        assert packaged[name] == data, (f"{name} differs from the packaged copy; "
                                        "run: python scripts/sync_examples.py")


def _concise(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FACTCHECK_REGISTRY", "GITHUB_ACTIONS")}
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True,
                          text=True, env=env, check=False)


@pytest.mark.slow
def test_first_run_from_a_directory_outside_the_clone(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The issue's 'done when', as a user would type it, in processes started outside the
    repository."""
    work = tmp_path / "desk"
    work.mkdir()
    monkeypatch.chdir(work)
    (work / "draft.md").write_text(DRAFT, encoding="utf-8")
    first = _concise("scan", "draft.md", "--format", "concise")
    assert first.returncode == 1
    assert "draft.md:1:16: FC104 malformed number '110,00'" in first.stdout
    assert first.stderr == note(work)

    assert _concise("init").returncode == 0
    assert (work / "draft.md").read_text() == DRAFT
    started = _concise("scan", "draft.md", "example-draft.md", "--format", "concise")
    assert started.returncode == 1
    assert started.stderr == ""
    assert "example-draft.md:6:50: FC104 malformed number '41,00'" in started.stdout

    seeds = tmp_path / "seeds-copy"
    assert _concise("init", str(seeds), "--example", "seeds").returncode == 0
    monkeypatch.chdir(seeds)
    theirs = _concise("scan", "seeds/", "--format", "json")
    monkeypatch.chdir(ROOT)
    ours = _concise("scan", "seeds/", "--format", "json")
    assert theirs.returncode == ours.returncode == 1
    assert theirs.stdout == ours.stdout
    assert _concise("registry", "check", str(seeds / "figures.yaml")).returncode == 0


def test_seed_example_matches_the_repository_result_in_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "try"
    assert CliRunner().invoke(app, ["init", str(target), "--example", "seeds"]).exit_code == 0
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()) == sorted(
        [*seed_files(), ".factcheck.toml"])
    monkeypatch.chdir(target)
    theirs = CliRunner().invoke(app, ["scan", "seeds/", "--format", "concise"])
    monkeypatch.chdir(ROOT)
    ours = CliRunner().invoke(app, ["scan", "seeds/", "--format", "concise"])
    assert theirs.exit_code == ours.exit_code == 1
    assert theirs.stdout == ours.stdout
    shutil.rmtree(target)


def test_package_data_ships_every_example_file() -> None:
    import tomllib
    from fnmatch import fnmatch

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["factcheck"]
    examples = ROOT / "factcheck" / "examples"
    shipped = [str(p.relative_to(ROOT / "factcheck")) for p in examples.rglob("*") if p.is_file()]
    assert shipped and all(any(fnmatch(name, pat) for pat in patterns) for name in shipped), shipped


def test_the_readme_names_the_distribution() -> None:
    import tomllib

    name = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
    assert name == "newsroom-factcheck"
    assert f"pip install {name}" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert project_scripts() == {"factcheck": "factcheck.__main__:main"}


def project_scripts() -> dict[str, str]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return dict(project["scripts"])
