"""The shell of the factcheck GitHub Action (action.yml): every command its scan step runs.

Run by the action as ``python "$GITHUB_ACTION_PATH/scripts/action_run.py"`` with the
action's inputs as ``INPUT_*`` variables, and by tests/test_action.py with the same
variables in a simulated Actions environment. Standard library only.

1. ``factcheck registry check`` on the registry; an error stops here (exit 1 or 2).
2. Decide what to report. ``changed-only`` is ``auto`` (true on pull_request events),
   ``true`` or ``false``. When true, the base is the pull request's base commit (or a
   push's ``before``), and the scan reports only lines changed since its merge base with
   HEAD (``--changed-since``), unless the registry or the factcheck configuration changed:
   a changed figure can make any draft that states it wrong, so then every draft is
   reported.
3. With ``sarif: true``, a SARIF report for code scanning (``--exit-zero``: findings do not
   stop the upload; exit 2 still does).
4. The scan in the ``github`` format: annotations, the step summary (headed by what was
   scanned and why), and the exit code of the step (``fail-on``).

Outputs (``$GITHUB_OUTPUT``): ``mode`` (``full`` or ``changed``), ``base`` (the merge base
when changed), ``sarif`` (the report's path, when written), ``exit-code``.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

CONFIG_FILES = (".factcheck.toml", "pyproject.toml")
PULL_EVENTS = ("pull_request", "pull_request_target")
NULL_SHA = "0" * 40


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def factcheck() -> list[str]:
    """The command that runs factcheck ($FACTCHECK_COMMAND, else factcheck on PATH)."""
    return shlex.split(env("FACTCHECK_COMMAND", "factcheck"))


def log(message: str) -> None:
    print(message, flush=True)


def run(args: Sequence[str]) -> int:
    log("+ " + shlex.join(args))
    return subprocess.run(list(args), check=False).returncode


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-c", "core.quotePath=false", *args], capture_output=True,
                          encoding="utf-8", errors="surrogateescape", check=False)


def output(**values: str) -> None:
    path = env("GITHUB_OUTPUT")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            for key, value in values.items():
                fh.write(f"{key}={value}\n")


def summary(text: str) -> None:
    path = env("GITHUB_STEP_SUMMARY")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text + "\n\n")


def event() -> dict[str, object]:
    path = env("GITHUB_EVENT_PATH")
    if not path or not os.path.isfile(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return data if isinstance(data, dict) else {}


def changed_only() -> bool:
    value = env("INPUT_CHANGED_ONLY", "auto").lower()
    if value in ("", "auto"):
        return env("GITHUB_EVENT_NAME") in PULL_EVENTS
    if value not in ("true", "false"):
        raise SystemExit(f"factcheck action: changed-only must be auto, true or false, "
                         f"not '{value}'")
    return value == "true"


def base_commit(payload: dict[str, object]) -> str | None:
    """The commit the changes are measured from: a pull request's base, else a push's before."""
    pull = payload.get("pull_request")
    if isinstance(pull, dict) and isinstance(pull.get("base"), dict):
        sha = pull["base"].get("sha")
        if isinstance(sha, str) and sha:
            return sha
    before = payload.get("before")
    if isinstance(before, str) and before and before != NULL_SHA:
        return before
    if env("GITHUB_BASE_REF"):
        return f"origin/{env('GITHUB_BASE_REF')}"
    return None


def merge_base(base: str) -> str | None:
    """The merge base of ``base`` and HEAD, fetching the base when the checkout lacks it."""
    if git("cat-file", "-e", f"{base}^{{commit}}").returncode != 0:
        git("fetch", "--no-tags", "--quiet", "origin", base)
    found = git("merge-base", base, "HEAD")
    return found.stdout.strip() or None if found.returncode == 0 else None


def changed_files(since: str) -> list[str]:
    """Paths (from the repository root) added, changed, renamed or deleted since a commit."""
    proc = git("diff", "--name-only", "-z", "--no-renames", since, "--")
    return [p for p in proc.stdout.split("\0") if p]


def registry_path() -> str:
    return env("INPUT_REGISTRY") or env("FACTCHECK_REGISTRY") or "figures.yaml"


def touches_registry_or_config(files: Sequence[str], root: str) -> str | None:
    """Return the first changed file that is the registry or a factcheck configuration."""
    registry = os.path.realpath(registry_path())
    for name in files:
        full = os.path.realpath(os.path.join(root, name))
        if full == registry or os.path.basename(name) in (*CONFIG_FILES, "figures.yaml"):
            return name
    return None


def main() -> int:
    fc = factcheck()
    paths = shlex.split(env("INPUT_PATHS", ".")) or ["."]
    registry = env("INPUT_REGISTRY")
    fail_on = env("INPUT_FAIL_ON", "error") or "error"
    sarif = env("INPUT_SARIF", "false").lower() == "true"

    # 1. The registry first: a broken registry makes every verdict wrong.
    check = run([*fc, "registry", "check", *([registry] if registry else [])])
    if check != 0:
        summary(f"## factcheck\n\n**The registry check failed** (exit {check}): no draft "
                f"was scanned.")
        output(mode="none", **{"exit-code": str(check)})
        return check

    # 2. Everything, or only what changed.
    mode, since, why = "full", None, "every draft"
    if changed_only():
        base = base_commit(event())
        root = git("rev-parse", "--show-toplevel").stdout.strip() or os.getcwd()
        since = merge_base(base) if base else None
        if since is None:
            why = "every draft: no base commit to compare with"
        else:
            trigger = touches_registry_or_config(changed_files(since), root)
            if trigger is not None:
                why = (f"every draft: `{trigger}` changed, and a changed figure "
                       f"re-checks every draft")
                since = None
            else:
                mode, why = "changed", f"only lines changed since `{since[:12]}`"
    scope = ["--changed-since", since] if since else []
    baseline = env("INPUT_BASELINE")
    common = [*(["--registry", registry] if registry else []),
              *(["--baseline", baseline] if baseline else []), *scope, *paths]
    summary(f"## factcheck\n\nScanned {' '.join(paths)}: {why}.")

    # 3. SARIF for code scanning; findings must not stop the upload.
    sarif_path = ""
    if sarif:
        sarif_path = os.path.join(env("RUNNER_TEMP") or os.getcwd(), "factcheck.sarif")
        status = run([*fc, "scan", "--format", "sarif", "--output", sarif_path, "--exit-zero",
                      *common])
        if status != 0:
            output(mode=mode, base=since or "", **{"exit-code": str(status)})
            return status

    # 4. Annotations, the step summary, and the verdict.
    status = run([*fc, "scan", "--format", "github", "--fail-on", fail_on, *common])
    output(mode=mode, base=since or "",
           sarif=sarif_path if sarif_path and Path(sarif_path).exists() else "",
           **{"exit-code": str(status)})
    return status


if __name__ == "__main__":
    sys.exit(main())
