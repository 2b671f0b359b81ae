"""The composite GitHub Action: action.yml's shape, and its scan step's commands
(scripts/action_run.py, the very script the action runs) in a simulated Actions
environment: GITHUB_* variables, an event payload file and a temporary git repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "action_run.py"
GOLDEN = ROOT / "tests" / "golden" / "scan"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

RIGHT = "The metro carried nearly 480,000 riders a day in 2023."
WRONG = "Officials said the metro carried nearly 48,000 riders a day in 2023."
CAPACITY = "The ferry can carry 30,000 pounds of cargo."


def test_action_yml() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert set(action["inputs"]) >= {"paths", "registry", "fail-on", "changed-only", "sarif",
                                     "version"}
    assert action["inputs"]["changed-only"]["default"] == "auto"
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["cache"] == "pip"
    scan = next(s for s in steps if s.get("id") == "scan")
    assert scan["run"] == 'python "$GITHUB_ACTION_PATH/scripts/action_run.py"'
    assert {f"INPUT_{k.upper().replace('-', '_')}"
            for k in ("paths", "registry", "fail-on", "changed-only", "sarif")} <= set(scan["env"])
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert ("inputs.sarif == 'true'" in upload["if"]
            and "steps.scan.outputs.sarif" in upload["with"]["sarif_file"])


def test_docs_use_the_action() -> None:
    doc = (ROOT / "docs" / "github-actions.md").read_text(encoding="utf-8")
    assert "uses: OWNER/factcheck@" in doc
    assert "push:" in doc and "pull_request:" in doc


def git(cwd: Path, *args: str) -> str:
    proc = subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
                          cwd=cwd, check=True, capture_output=True, text=True)
    return proc.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A newsroom repository: the golden registry with its sources and one draft, committed."""
    root = tmp_path / "newsroom"
    shutil.copytree(GOLDEN / "sources", root / "sources")
    shutil.copy(GOLDEN / "figures.yaml", root / "figures.yaml")
    (root / "drafts").mkdir()
    (root / "drafts" / "metro.md").write_text(f"{WRONG}\n\n{CAPACITY}\n", encoding="utf-8")
    (root / "node_modules").mkdir()
    (root / "node_modules" / "x.md").write_text(f"{WRONG}\n", encoding="utf-8")
    (root / ".gitignore").write_text("node_modules/\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    return root


def actions(repo: Path, tmp: Path, event_name: str, payload: dict[str, Any],
            **inputs: str) -> tuple[int, dict[str, str], str, str]:
    """Run the action's scan step as Actions would; return exit code, outputs, summary, stdout."""
    tmp.mkdir(exist_ok=True)
    event_path, output, summary = tmp / "event.json", tmp / "output", tmp / "summary.md"
    event_path.write_text(json.dumps(payload), encoding="utf-8")
    for f in (output, summary):
        f.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GITHUB_", "INPUT_", "FACTCHECK_")) or k == "FACTCHECK_CACHE_DIR"}
    env.update({
        "GITHUB_ACTIONS": "true", "CI": "true", "GITHUB_EVENT_NAME": event_name,
        "GITHUB_EVENT_PATH": str(event_path), "GITHUB_OUTPUT": str(output),
        "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_WORKSPACE": str(repo),
        "GITHUB_ACTION_PATH": str(ROOT), "RUNNER_TEMP": str(tmp),
        "FACTCHECK_COMMAND": f"{sys.executable} -m factcheck",
        "INPUT_PATHS": ".", "INPUT_REGISTRY": "", "INPUT_FAIL_ON": "error",
        "INPUT_CHANGED_ONLY": "auto", "INPUT_SARIF": "false",
    })
    if event_name == "pull_request":
        env["GITHUB_BASE_REF"], env["GITHUB_HEAD_REF"] = "main", "feature"
    env.update({f"INPUT_{k.upper()}": v for k, v in inputs.items()})
    proc = subprocess.run([sys.executable, str(SCRIPT)], cwd=repo, env=env, capture_output=True,
                          text=True, check=False)
    outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    return proc.returncode, outputs, summary.read_text(encoding="utf-8"), proc.stdout + proc.stderr


def pull_request(repo: Path) -> dict[str, Any]:
    base = git(repo, "rev-parse", "main")
    git(repo, "checkout", "-q", "-b", "feature")
    return {"pull_request": {"base": {"sha": base, "ref": "main"}, "head": {"ref": "feature"}}}


def annotations(stdout: str) -> list[str]:
    return [line.split("::")[1].split(" ", 1)[0] + " " + line.split("file=", 1)[1].split(",")[0]
            + ":" + line.split("line=", 1)[1].split(",")[0]
            for line in stdout.splitlines() if line.startswith("::")]


@pytest.mark.slow
def test_pull_request_reports_only_changed_lines(repo: Path, tmp_path: Path) -> None:
    payload = pull_request(repo)
    (repo / "drafts" / "metro.md").write_text(
        f"{WRONG}\n\n{CAPACITY}\n\nThe metro spent $2.4 million on transit in 2023.\n",
        encoding="utf-8")
    git(repo, "commit", "-q", "-am", "a new paragraph")
    code, outputs, summary, stdout = actions(repo, tmp_path / "run", "pull_request", payload)
    assert code == 1, stdout
    assert (outputs["mode"] == "changed"
            and outputs["base"] == payload["pull_request"]["base"]["sha"])
    found = annotations(stdout)
    assert "error drafts/metro.md:5" in found
    assert all(a.endswith(":5") for a in found), found  # the old error on line 1 is not new
    assert "registry check" in stdout.splitlines()[0]
    assert "only lines changed since" in summary and "## factcheck report" in summary
    assert "| drafts/metro.md | 5 |" in summary


@pytest.mark.slow
def test_pull_request_changing_a_figure_scans_everything(repo: Path, tmp_path: Path) -> None:
    payload = pull_request(repo)
    registry = (repo / "figures.yaml").read_text(encoding="utf-8")
    (repo / "figures.yaml").write_text(registry.replace("value: 30000", "value: 30001", 1),
                                       encoding="utf-8")
    git(repo, "commit", "-q", "-am", "correct the ferry's capacity")
    code, outputs, summary, stdout = actions(repo, tmp_path / "run", "pull_request", payload)
    assert outputs["mode"] == "full"
    assert "`figures.yaml` changed" in summary
    assert "error drafts/metro.md:1" in annotations(stdout)  # no draft line changed, all reported
    assert not any("node_modules" in a for a in annotations(stdout))
    assert code == 1


@pytest.mark.slow
def test_push_scans_everything_and_writes_sarif(repo: Path, tmp_path: Path) -> None:
    before = git(repo, "rev-parse", "HEAD")
    (repo / "drafts" / "other.md").write_text(f"{RIGHT}\n", encoding="utf-8")
    # Where the rule pages are: code scanning links each rule there (no guessed address).
    (repo / ".factcheck.toml").write_text('rule-docs-url = "https://desk.example/rules/{code}.md"\n')
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "another draft")
    code, outputs, summary, stdout = actions(repo, tmp_path / "run", "push", {"before": before},
                                             sarif="true", fail_on="never")
    assert code == 0, stdout
    assert outputs["mode"] == "full" and "every draft" in summary
    sarif = json.loads(Path(outputs["sarif"]).read_text(encoding="utf-8"))
    run = sarif["runs"][0]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"].endswith("/newsroom/")
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in run["results"]}
    assert uris == {"drafts/metro.md"}
    assert all(r["helpUri"] == f"https://desk.example/rules/{r['id']}.md"
               for r in run["tool"]["driver"]["rules"])


@pytest.mark.slow
def test_changed_only_on_a_push_uses_before(repo: Path, tmp_path: Path) -> None:
    before = git(repo, "rev-parse", "HEAD")
    (repo / "drafts" / "metro.md").write_text(f"{WRONG}\n\n{CAPACITY}\n\n{RIGHT}\n",
                                              encoding="utf-8")
    git(repo, "commit", "-q", "-am", "a correct line")
    code, outputs, _, stdout = actions(repo, tmp_path / "run", "push", {"before": before},
                                       changed_only="true")
    assert (code, outputs["mode"], annotations(stdout)) == (0, "changed", [])


@pytest.mark.slow
def test_a_baseline_accepts_the_old_findings(repo: Path, tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "factcheck", "scan", ".", "--write-baseline",
                    "baseline.json"],
                   cwd=repo, check=True, capture_output=True)
    code, outputs, _, stdout = actions(repo, tmp_path / "run", "push", {}, baseline="baseline.json")
    assert (code, outputs["mode"], annotations(stdout)) == (0, "full", [])
    assert "--baseline baseline.json" in stdout


@pytest.mark.slow
def test_a_broken_registry_stops_before_the_scan(repo: Path, tmp_path: Path) -> None:
    (repo / "figures.yaml").write_text("version: 1\nfigures:\n  - id: Bad Id\n", encoding="utf-8")
    code, outputs, summary, stdout = actions(repo, tmp_path / "run", "push", {})
    assert code != 0 and outputs["mode"] == "none"
    assert "registry check failed" in summary
    assert "scan" not in " ".join(line for line in stdout.splitlines() if line.startswith("+ "))
