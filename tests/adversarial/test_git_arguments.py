"""Family 2: `--changed-since` must never hand a user value to git as an option, and must
find every changed file whatever its name (non-ASCII, spaces, quotes, tabs), renamed or
deleted ones included."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from adversarial._helpers import DRAFT, assert_clean, assert_one_error, run

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@e", "GIT_CONFIG_NOSYSTEM": "1"}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={**os.environ, **GIT_ENV, "HOME": str(repo)})


@pytest.fixture
def repo(work: Path) -> Path:
    git(work, "init", "-q")
    (work / "drafts").mkdir()
    (work / "drafts" / "old.md").write_text("Intro.\n\n" + DRAFT, encoding="utf-8")
    (work / "drafts" / "gone.md").write_text(DRAFT, encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-qm", "base")
    return work


HOSTILE = {
    "an-output-option": "--output=victim.txt",
    "an-option-with-a-space": "--output victim.txt",
    "a-short-option": "-ovictim.txt",
    "a-no-index-option": "--no-index",
    "an-unknown-revision": "no-such-branch",
    "a-range": "HEAD..HEAD",
    "an-empty-revision": "",
    "a-tree-not-a-commit": "HEAD^{tree}",
}


@pytest.mark.parametrize("rev", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_revision_is_one_error(repo: Path, rev: str) -> None:
    proc = run(["scan", f"--changed-since={rev}", "drafts"], repo, env={"HOME": str(repo)})
    assert_one_error(proc, "--changed-since")
    assert not (repo / "victim.txt").exists()
    assert not any(p.name.startswith("victim") for p in repo.rglob("*"))


NAMES = ["señal.md", "with space.md", 'quote"d.md', "tab\there.md", "back\\slash.md", "ünï çødé.md"]


@pytest.mark.parametrize("name", NAMES,
                         ids=["non-ascii", "space", "quote", "tab", "backslash", "accents"])
@pytest.mark.parametrize("tracked", [True, False], ids=["committed-then-changed", "untracked"])
def test_changed_file_with_any_name_is_found(repo: Path, name: str, tracked: bool) -> None:
    path = repo / "drafts" / name
    if tracked:
        path.write_text("Intro.\n", encoding="utf-8")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "add")
    path.write_text("Intro.\n\n" + DRAFT, encoding="utf-8")
    proc = run(["scan", "--changed-since=HEAD", "--format", "json", "drafts"], repo,
               env={"HOME": str(repo)})
    assert_clean(proc)
    found = {(Path(f["path"]).name, f["line"]) for f in json.loads(proc.stdout)["findings"]}
    assert found == {(name, 3)}


def test_renamed_and_deleted_files(repo: Path) -> None:
    git(repo, "mv", "drafts/old.md", "drafts/new.md")
    (repo / "drafts" / "gone.md").unlink()
    new = repo / "drafts" / "new.md"
    new.write_text(new.read_text(encoding="utf-8") + "\n" + DRAFT, encoding="utf-8")
    proc = run(["scan", "--changed-since=HEAD", "--format", "json", "drafts"], repo,
               env={"HOME": str(repo)})
    assert_clean(proc)
    found = {(Path(f["path"]).name, f["line"]) for f in json.loads(proc.stdout)["findings"]}
    assert found == {("new.md", 5)}


def test_git_configuration_does_not_change_the_diff(repo: Path) -> None:
    for key, value in [("diff.noprefix", "true"), ("diff.mnemonicPrefix", "true"),
                       ("diff.external", "false"), ("color.diff", "always"),
                       ("core.quotePath", "true")]:
        git(repo, "config", key, value)
    (repo / "drafts" / "señal.md").write_text(DRAFT, encoding="utf-8")
    old = repo / "drafts" / "old.md"
    old.write_text(old.read_text(encoding="utf-8") + "\n" + DRAFT, encoding="utf-8")
    proc = run(["scan", "--changed-since=HEAD", "--format", "json", "drafts"], repo,
               env={"HOME": str(repo)})
    assert_clean(proc)
    found = {(Path(f["path"]).name, f["line"]) for f in json.loads(proc.stdout)["findings"]}
    assert found == {("señal.md", 1), ("old.md", 5)}
