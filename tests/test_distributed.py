"""Scanning on a local Dask cluster gives the same findings as the serial scan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import executors as fdist
from factcheck.cli import app
from factcheck.decide import Policy
from factcheck.errors import InputError
from factcheck.executors import scan_jobs
from factcheck.files import collect_jobs
from factcheck.registry.load import load_registry
from factcheck.scan import result_of as build_result

pytest.importorskip("dask")
pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

pytestmark = pytest.mark.slow  # each test starts a local Dask cluster

REGISTRY = Path(__file__).parent.parent / "figures.yaml"

DRAFTS = {
    "right.md": "# Overdoses\n\nNearly 110,000 people died of drug overdoses in the United "
                "States in 2022.\n",
    "wrong.md": "About 11,000 people died of drug overdoses in 2022.\n",
    "malformed.txt": "Nearly 110,00 people died of drug overdoses in the United States in 2022.\n",
    "plain.txt": "The council met on 4 March 2023 and adjourned at 5 p.m.\n",
}


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    for name, text in DRAFTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _dumped(result: object) -> list[dict[str, object]]:
    return [f.model_dump(mode="json") for f in result.findings]  # type: ignore[attr-defined]


@pytest.mark.parametrize("show_verified", [False, True])
def test_dask_scan_matches_serial_scan(drafts: Path, show_verified: bool) -> None:
    registry = load_registry(REGISTRY)
    policy = Policy(show_verified=show_verified)
    jobs = collect_jobs([str(drafts)], ["*.md", "*.txt"], [], None)
    assert len(jobs) == len(DRAFTS)
    serial = scan_jobs(jobs, registry, policy, workers=1)
    on_dask = fdist.scan_with_dask(jobs, registry.path, policy, "local", False)
    assert [s.path for s in on_dask] == [j.path for j in jobs]  # results in job order
    expected, got = build_result(serial, policy), build_result(on_dask, policy)
    assert _dumped(got) == _dumped(expected)
    assert got.summary == expected.summary
    kinds = {f.kind for f in got.findings}
    assert {"value-mismatch", "malformed-number"} <= kinds


def test_dask_scan_keeps_text_when_asked(drafts: Path) -> None:
    jobs = collect_jobs([str(drafts / "wrong.md")], ["*.md"], [], None)
    (scan,) = fdist.scan_with_dask(jobs, str(REGISTRY), Policy(), "local", True)
    assert scan.text == DRAFTS["wrong.md"]


def test_dask_scan_of_nothing_starts_no_cluster() -> None:
    assert fdist.scan_with_dask([], str(REGISTRY), Policy(), "local", False) == []


def test_worker_registry_is_loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fdist, "_REGISTRIES", {})
    first = fdist._registry(str(REGISTRY))
    assert fdist._registry(str(REGISTRY)) is first


def test_missing_dask_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(InputError, match=r"pip install 'newsroom-factcheck\[dask\]'"):
        fdist.scan_with_dask([object()], str(REGISTRY), Policy(), "local", False)  # type: ignore[list-item]


def test_cli_dask_local_output_equals_jobs_1(drafts: Path) -> None:
    runner = CliRunner()
    base = ["scan", "--registry", str(REGISTRY), "--format", "json", str(drafts)]
    serial = runner.invoke(app, [*base, "--jobs", "1"])
    on_dask = runner.invoke(app, [*base, "--dask", "local"])
    assert serial.exit_code == 1, serial.output
    assert on_dask.exit_code == serial.exit_code, on_dask.output
    assert on_dask.stdout == serial.stdout
    assert json.loads(on_dask.stdout)["summary"]["files"] == len(DRAFTS)
