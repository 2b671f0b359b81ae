"""The pre-commit hook (.pre-commit-hooks.yaml), run for real with `pre-commit try-repo`.

pre-commit builds a virtualenv and pip-installs this repository into it (from PyPI for
the dependencies), which takes a while the first time; both tests share one
PRE_COMMIT_HOME so it happens once. The test skips when pre-commit or git is missing, or
when the package index cannot be reached.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,  # about 25 s each: pre-commit builds a virtualenv and installs the hook
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(
        importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed"
    ),
    pytest.mark.skipif(
        not (ROOT / ".git").exists(), reason="the hook repository is not a git checkout"
    ),
]

TIMEOUT = 1800  # seconds: the first run creates a virtualenv and installs from PyPI

WRONG = "Mexican officials said 9,000 people were crossing the southern border every day.\n"
RIGHT = "Mexican officials said 6,000 people were crossing the southern border every day.\n"

_OFFLINE = (
    "Temporary failure in name resolution",
    "NewConnectionError",
    "Network is unreachable",
    "No matching distribution found",
    "Could not find a version that satisfies",
)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.pop("FACTCHECK_REGISTRY", None)  # the draft repository's own figures.yaml is found
    env["PRE_COMMIT_HOME"] = str(home)
    env["PRE_COMMIT_COLOR"] = "never"
    env["NO_COLOR"] = "1"
    return env


def _try_repo(tmp_path: Path, home: Path, text: str) -> subprocess.CompletedProcess[str]:
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git(repo, "init", "-q")
    shutil.copyfile(ROOT / "figures.yaml", repo / "figures.yaml")
    (repo / "draft.md").write_text(text, encoding="utf-8")
    _git(repo, "add", "figures.yaml", "draft.md")
    _git(repo, "commit", "-q", "-m", "draft")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            "factcheck",
            "--files",
            "draft.md",
        ],
        cwd=repo,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    output = proc.stdout + proc.stderr
    log = home / "pre-commit.log"
    if log.exists():
        output += log.read_text(encoding="utf-8", errors="replace")
    if proc.returncode not in (0, 1) or "An unexpected error has occurred" in output:
        if any(marker in output for marker in _OFFLINE):
            pytest.skip("pre-commit could not install the hook: the package index is unreachable")
        pytest.fail(f"pre-commit try-repo failed (exit {proc.returncode}):\n{output}")
    return proc


def test_hook_fails_on_a_wrong_number(tmp_path: Path, pre_commit_home: Path) -> None:
    proc = _try_repo(tmp_path, pre_commit_home, WRONG)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "Failed" in output
    assert "- exit code: 1" in output
    assert (
        "draft.md:1:24: FC101 '9,000' does not match mexico_southern_border_crossings_per_day: "
        "the registry says 6,000 people per day"
    ) in output


def test_hook_passes_a_correct_draft(tmp_path: Path, pre_commit_home: Path) -> None:
    proc = _try_repo(tmp_path, pre_commit_home, RIGHT)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "Passed" in output
    assert "FC1" not in output
