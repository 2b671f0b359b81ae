"""Family 1: `-o` must never destroy a user's file.

The report may only go to a new path or a regular file that is not an input of the run
(a draft, the registry, a registry source document, the configuration); anything else is
one error line and exit 2, with the file untouched.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from adversarial._helpers import assert_clean, assert_one_error, run


def _fifo(work: Path) -> str:
    os.mkfifo(work / "pipe")
    return "pipe"


def _dir(work: Path) -> str:
    (work / "out").mkdir()
    return "out"


def _config(work: Path) -> str:
    (work / ".factcheck.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    return ".factcheck.toml"


def _symlink_to_draft(work: Path) -> str:
    os.symlink("d.md", work / "link.md")
    return "link.md"


def _hardlink_to_draft(work: Path) -> str:
    os.link(work / "d.md", work / "hard.md")
    return "hard.md"


def _dotdot(work: Path) -> str:
    (work / "x").mkdir()
    return "./x/../d.md"


HOSTILE: dict[str, Callable[[Path], str]] = {
    "the-draft": lambda w: "d.md",
    "the-draft-via-dotdot": _dotdot,
    "the-draft-absolute": lambda w: str(w / "d.md"),
    "the-registry": lambda w: "figures.yaml",
    "a-registry-source-document": lambda w: "sources/transit_report.txt",
    "the-config": _config,
    "a-symlink-to-the-draft": _symlink_to_draft,
    "a-hard-link-to-the-draft": _hardlink_to_draft,
    "a-fifo": _fifo,
    "a-directory": _dir,
}


def _snapshot(work: Path) -> dict[str, tuple[str, bytes | str]]:
    out: dict[str, tuple[str, bytes | str]] = {}
    for p in sorted(work.rglob("*")):
        rel = str(p.relative_to(work))
        if p.is_symlink():
            out[rel] = ("link", os.readlink(p))
        elif p.is_file():
            out[rel] = ("file", p.read_bytes())
        else:
            out[rel] = ("dir" if p.is_dir() else "special", "")
    return out


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_report_onto_an_input_or_special_file_is_refused(work: Path,
                                                         make: Callable[[Path], str]) -> None:
    target = make(work)
    before = _snapshot(work)
    proc = run(["scan", "--format", "json", "d.md", "-o", target], work)
    assert_one_error(proc, target)
    assert _snapshot(work) == before


def test_report_through_a_symlink_writes_its_target_and_keeps_the_link(work: Path) -> None:
    (work / "real.json").write_text("old", encoding="utf-8")
    os.symlink("real.json", work / "report.json")
    proc = run(["scan", "--format", "json", "d.md", "-o", "report.json"], work)
    assert_clean(proc)
    assert (work / "report.json").is_symlink()
    assert json.loads((work / "real.json").read_text(encoding="utf-8"))["findings"]


def test_report_replaces_an_old_report_atomically_and_keeps_its_mode(work: Path) -> None:
    old = work / "report.json"
    old.write_text("old", encoding="utf-8")
    old.chmod(0o640)
    proc = run(["scan", "--format", "json", "d.md", "-o", "report.json"], work)
    assert_clean(proc)
    assert json.loads(old.read_text(encoding="utf-8"))["findings"]
    assert old.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in work.iterdir()) == ["d.md", "figures.yaml", "report.json",
                                                      "sources"]


def test_report_to_a_new_path(work: Path) -> None:
    proc = run(["scan", "--format", "json", "d.md", "-o", "new.json"], work)
    assert_clean(proc)
    assert json.loads((work / "new.json").read_text(encoding="utf-8"))["findings"]


def test_report_to_dev_null_is_discarded_and_the_device_kept(work: Path) -> None:
    import stat

    proc = run(["scan", "--format", "json", "d.md", "-o", os.devnull], work)
    assert_clean(proc)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
