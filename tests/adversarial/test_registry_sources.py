"""Family 3: a registry's source documents must stay inside its directory tree (or its git
repository), or be URLs; anything else is a registry error naming the figure, both in
`registry check` and when scanning, and the document is never read."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from adversarial._helpers import assert_clean, assert_one_error, run

FIGURE = "metro_riders_per_day_2023"
FIRST = "document: sources/transit_report.txt"


def _point(work: Path, document: str) -> None:
    reg = work / "figures.yaml"
    text = reg.read_text(encoding="utf-8")
    assert FIRST in text
    reg.write_text(text.replace(FIRST, f"document: {document}", 1), encoding="utf-8")


def _symlink_out(work: Path) -> str:
    outside = work.parent / f"{work.name}-outside.txt"
    outside.write_text("The metro carried nearly 480,000 riders a day in 2023\n", encoding="utf-8")
    os.symlink(outside, work / "sources" / "link.txt")
    return "sources/link.txt"


def _symlinked_dir_out(work: Path) -> str:
    outside = work.parent / f"{work.name}-outdir"
    outside.mkdir()
    (outside / "t.txt").write_text("The metro carried nearly 480,000 riders a day in 2023\n",
                                   encoding="utf-8")
    os.symlink(outside, work / "sources" / "elsewhere")
    return "sources/elsewhere/t.txt"


HOSTILE: dict[str, Callable[[Path], str]] = {
    "dotdot-to-etc-passwd": lambda w: "../../../../../../../../etc/passwd",
    "absolute-etc-passwd": lambda w: "/etc/passwd",
    "dotdot-inside-then-out": lambda w: "sources/../../outside.txt",
    "absolute-outside": lambda w: str(w.parent / "outside.txt"),
    "symlink-out": _symlink_out,
    "symlinked-dir-out": _symlinked_dir_out,
    "proc-self-environ": lambda w: "/proc/self/environ",
}


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_scan_refuses_a_source_outside_the_registry_tree(work: Path,
                                                         make: Callable[[Path], str]) -> None:
    _point(work, make(work))
    proc = run(["scan", "d.md"], work)
    assert_one_error(proc, "figures.yaml:", FIGURE, "outside")


@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_registry_check_reports_a_source_outside_the_registry_tree(work: Path,
                                                                   make: Callable[[Path],
                                                                                  str]) -> None:
    _point(work, make(work))
    proc = run(["registry", "check"], work)
    assert_clean(proc, codes=(1,))
    out = proc.stdout.decode()
    assert f"error: figure {FIGURE}: source document" in out and "outside" in out, out
    assert "quote does not appear" not in out  # the document was not read


def test_a_source_elsewhere_in_the_git_repository_is_allowed(work: Path) -> None:
    (work / ".git").mkdir()  # the repository's top: a .git entry, as git makes it
    sub = work / "registry"
    sub.mkdir()
    (work / "figures.yaml").rename(sub / "figures.yaml")
    reg = sub / "figures.yaml"
    reg.write_text(reg.read_text(encoding="utf-8").replace("document: sources/",
                                                           "document: ../sources/"),
                   encoding="utf-8")
    assert_clean(run(["scan", "--registry", "registry/figures.yaml", "d.md"], work))
    proc = run(["registry", "check", "registry/figures.yaml"], work)
    assert_clean(proc, codes=(0,))


def test_urls_are_not_paths(work: Path) -> None:
    _point(work, "https://example.org/../../etc/passwd")
    assert_clean(run(["scan", "d.md"], work))
