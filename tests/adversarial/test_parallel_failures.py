"""Family 8: one file that fails never spoils the run.

Whatever the executor, a file that cannot be read (not UTF-8, binary) or that crashes the
scan is named on stderr in one line; every other file is still reported, the report is
well formed, and the exit code is 2. --jobs is bounded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adversarial._helpers import DRAFT, assert_one_error, run
from factcheck.cli import app

BAD = {
    "not-utf8": b"caf\xe9 9,000 riders\n",
    "binary": b"\x00\x01\x02 riders\n",
    "utf16": "The metro carried 48,000 riders.".encode("utf-16"),
    "truncated-utf8": b"48,000 riders \xe2\x82",
}


def _drafts(work: Path, bad: bytes, count: int = 9) -> Path:
    drafts = work / "drafts"
    drafts.mkdir()
    for i in range(count):
        (drafts / f"d{i}.md").write_text(DRAFT, encoding="utf-8")
    (drafts / "d4.md").write_bytes(bad)
    return drafts


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["json", "sarif", "concise", "jsonl"])
@pytest.mark.parametrize("bad", BAD.values(), ids=BAD.keys())
def test_one_unreadable_file_is_named_and_the_rest_reported(work: Path, bad: bytes, fmt: str,
                                                            jobs: str) -> None:
    _drafts(work, bad)
    proc = run(["scan", "--jobs", jobs, "--format", fmt, "drafts"], work)
    assert_one_error(proc, "d4.md")
    out = proc.stdout.decode()
    if fmt == "json":
        paths = {Path(f["path"]).name for f in json.loads(out)["findings"]}
    elif fmt == "sarif":
        paths = {Path(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).name
                 for r in json.loads(out)["runs"][0]["results"]}
    elif fmt == "jsonl":
        paths = {Path(json.loads(line)["path"]).name
                 for line in out.splitlines() if '"path"' in line}
    else:
        paths = {Path(line.split(":")[0]).name for line in out.splitlines()}
    assert paths == {f"d{i}.md" for i in range(9) if i != 4}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crash_in_one_file_is_named_and_the_rest_reported(
        work: Path, jobs: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import pipeline

    _drafts(work, DRAFT.encode())
    (work / "drafts" / "d4.md").write_text("BOOM " + DRAFT, encoding="utf-8")
    real = pipeline.scan_document

    def crashing(doc, registry, policy):  # type: ignore[no-untyped-def]
        if doc.text.startswith("BOOM"):
            raise KeyError("μm")
        return real(doc, registry, policy)

    monkeypatch.setattr(pipeline, "scan_document", crashing)  # workers are forked: they see it
    monkeypatch.chdir(work)
    result = CliRunner().invoke(app, ["scan", "--jobs", jobs, "--format", "json", "drafts"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("factcheck: error: drafts/d4.md: internal error while "
                                    "scanning: KeyError")
    paths = {Path(f["path"]).name for f in json.loads(result.stdout)["findings"]}
    assert paths == {f"d{i}.md" for i in range(9) if i != 4}


def test_jobs_outputs_agree_when_a_file_fails(work: Path) -> None:
    _drafts(work, BAD["not-utf8"])
    one, two = (run(["scan", "--jobs", j, "--format", "json", "drafts"], work) for j in ("1", "2"))
    assert (one.stdout == two.stdout and one.stderr == two.stderr
            and one.returncode == two.returncode == 2)


JOBS = {"zero": "0", "negative": "-3", "too-many": "100000", "word": "two", "float": "2.5",
        "empty": ""}


@pytest.mark.parametrize("value", JOBS.values(), ids=JOBS.keys())
def test_jobs_out_of_range_is_one_error(work: Path, value: str) -> None:
    assert_one_error(run(["scan", f"--jobs={value}", "d.md"], work), "--jobs")


def test_jobs_in_the_config_is_bounded(work: Path) -> None:
    (work / ".factcheck.toml").write_text("jobs = 1000\n", encoding="utf-8")
    assert_one_error(run(["scan", "d.md"], work), ".factcheck.toml:1", "jobs")
