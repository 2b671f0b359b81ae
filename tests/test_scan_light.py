"""A scan stays light: it reads factcheck's package metadata only for the one format that prints
its links, and with a cached registry it never imports pydantic (validation only)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

REGISTRY = str(Path(__file__).resolve().parent.parent / "figures.yaml")
FORMATS = [("json", 0), ("concise", 0), ("github", 0), ("sarif", 1)]


@pytest.mark.parametrize(("fmt", "reads"), FORMATS, ids=[f[0] for f in FORMATS])
def test_only_sarif_reads_the_project_urls(fmt: str, reads: int, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def urls() -> dict[str, str]:
        calls.append(1)
        return {"homepage": "https://example.org/fc"}

    monkeypatch.setattr("factcheck.docs.project_urls", urls)
    draft = tmp_path / "d.md"
    draft.write_text("The bakery sold 4,321 croissants on Tuesday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "-r", REGISTRY, "--format", fmt, "--fail-on",
                                      "never", str(draft)])
    assert result.exit_code == 0, result.output
    assert bool(calls) == bool(reads)
    assert ("https://example.org/fc" in result.output) == bool(reads)


# Scan in-process, then say whether pydantic was imported; the first run builds the cache.
SCAN_THEN_REPORT = (
    "import sys\n"
    "from factcheck.cli import main\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n"
    "print('pydantic' in sys.modules, file=sys.stderr)")
CACHE_RUNS = [
    ("warm-cache", True, False),  # a cached registry: plain records, no validation
    ("no-cache", False, True),  # the registry is validated, so pydantic is needed
]


@pytest.mark.parametrize(("name", "warm", "pydantic"), CACHE_RUNS, ids=[c[0] for c in CACHE_RUNS])
def test_a_scan_of_a_cached_registry_imports_no_pydantic(name: str, warm: bool, pydantic: bool,
                                                         tmp_path: Path) -> None:
    draft = tmp_path / "page.md"
    draft.write_text("Nearly 110,000 people died of drug overdoses in 2022, and 110,00 more "
                     "in a typo; the bakery sold 4,321 croissants.\n", encoding="utf-8")
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("FACTCHECK_NO_CACHE", None)
    args = [sys.executable, "-c", SCAN_THEN_REPORT, "scan", "-r", REGISTRY, str(draft)]
    if warm:
        subprocess.run(args, env=env, capture_output=True, check=True)
    else:
        args.append("--no-cache")
    run = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    assert "FC104" in run.stdout  # the scan ran and found the typo
    assert run.stderr.strip().splitlines()[-1] == str(pydantic)
