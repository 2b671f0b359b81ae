"""Family 6: FIFOs, devices and directories never hang a run or exhaust its memory.

Anything that is not a regular file (or '-') is refused with one error line naming it;
non-regular files found while walking a directory are skipped; every read is capped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adversarial._helpers import DRAFT, assert_clean, assert_one_error, run
from factcheck.cli import app


@pytest.fixture
def fifo(work: Path) -> Path:
    os.mkfifo(work / "pipe.md")
    return work / "pipe.md"


needs_dev = pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")

HOSTILE = {
    "scan-a-fifo": (["scan", "pipe.md"], "pipe.md"),
    "scan-a-fifo-as-html": (["scan", "--format", "json", "pipe.html"], "pipe.html"),
    "registry-is-a-fifo": (["scan", "--registry", "pipe.md", "d.md"], "pipe.md"),
    "config-is-a-fifo": (["scan", "--config", "pipe.md", "d.md"], "pipe.md"),
    "config-command-on-a-fifo": (["config", "--config", "pipe.md"], "pipe.md"),
    "registry-check-on-a-fifo": (["registry", "check", "pipe.md"], "pipe.md"),
    "figures-on-a-fifo": (["figures", "--registry", "pipe.md"], "pipe.md"),
    "extract-a-fifo": (["extract", "pipe.md"], "pipe.md"),
    "extract-a-directory": (["extract", "sources"], "sources"),
    "scan-dev-zero": (["scan", "/dev/zero"], "/dev/zero"),
    "scan-dev-urandom": (["scan", "/dev/urandom"], "/dev/urandom"),
    "scan-dev-null": (["scan", "/dev/null"], "/dev/null"),
    "extract-dev-zero": (["extract", "/dev/zero"], "/dev/zero"),
    "config-dev-zero": (["scan", "--config", "/dev/zero", "d.md"], "/dev/zero"),
    "config-command-dev-zero": (["config", "--config", "/dev/zero"], "/dev/zero"),
    "registry-dev-zero": (["scan", "--registry", "/dev/zero", "d.md"], "/dev/zero"),
    "registry-dev-urandom": (["registry", "check", "/dev/urandom"], "/dev/urandom"),
}


@needs_dev
@pytest.mark.parametrize(("args", "name"), HOSTILE.values(), ids=HOSTILE.keys())
def test_special_file_is_one_error_without_hanging(work: Path, fifo: Path, args: list[str],
                                                   name: str) -> None:
    os.mkfifo(work / "pipe.html")
    proc = run(args, work, timeout=20)
    assert_one_error(proc, name)


def test_a_fifo_in_a_directory_is_skipped(work: Path) -> None:
    drafts = work / "drafts"
    drafts.mkdir()
    (drafts / "a.md").write_text(DRAFT, encoding="utf-8")
    os.mkfifo(drafts / "b.md")
    proc = run(["scan", "drafts"], work, timeout=20)
    assert_clean(proc)
    assert b"a.md" in proc.stdout and b"b.md" not in proc.stdout


def test_a_directory_of_only_fifos_has_no_files_to_scan(work: Path) -> None:
    drafts = work / "drafts"
    drafts.mkdir()
    os.mkfifo(drafts / "b.md")
    assert_one_error(run(["scan", "drafts"], work, timeout=20), "drafts", "no files to scan")


def test_a_source_document_that_is_a_fifo_is_not_opened(work: Path) -> None:
    (work / "sources" / "transit_report.txt").unlink()
    os.mkfifo(work / "sources" / "transit_report.txt")
    proc = run(["registry", "check"], work, timeout=20)
    assert_clean(proc, codes=(1,))


def test_an_oversized_config_is_refused(work: Path) -> None:
    (work / "big.toml").write_bytes(b"# " + b"x" * (2 << 20) + b"\n")
    assert_one_error(run(["scan", "--config", "big.toml", "d.md"], work), "big.toml",
                     "larger than 1 MB")


def test_a_draft_over_the_cap_is_refused(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import pipeline
    from factcheck.documents import chunks, load

    monkeypatch.chdir(work)
    monkeypatch.setattr(load, "DRAFT_MAX_BYTES", 10_000)  # a whole read
    monkeypatch.setattr(chunks, "DRAFT_MAX_BYTES", 10_000)  # a read in parts
    (work / "big.md").write_text(DRAFT * 400, encoding="utf-8")
    for stream in (False, True):
        if stream:
            monkeypatch.setattr(pipeline, "STREAM_BYTES", 1000)
            monkeypatch.setattr(pipeline, "CHUNK_BYTES", 700)
        result = CliRunner().invoke(app, ["scan", "big.md"])
        assert result.exit_code == 2, result.output
        assert result.stderr == ("factcheck: error: big.md: cannot read file: "
                                 "larger than 10000 bytes\n")


def test_stdin_over_the_cap_is_refused(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import files

    monkeypatch.chdir(work)
    monkeypatch.setattr(files, "STDIN_MAX_BYTES", 1000)
    for command in ("scan", "extract"):
        result = CliRunner().invoke(app, [command, "-"], input=DRAFT * 100)
        assert result.exit_code == 2, result.output
        assert result.stderr == "factcheck: error: -: standard input is larger than 1000 bytes\n"
