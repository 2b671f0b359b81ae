"""Helpers for the adversarial suite: run the real command line and judge its failure.

Every hostile input must end in one line ``factcheck: error: MESSAGE`` on stderr naming the
file (and line where there is one), exit code 2, no traceback and no hang; the command runs
in a subprocess with a timeout, so a hang fails the test instead of the run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
REGISTRY = ROOT / "tests" / "golden" / "scan" / "figures.yaml"
DRAFT = "The metro carried nearly 48,000 riders a day in 2023.\n"


def run(args: Sequence[str], cwd: Path, *, stdin: bytes | None = None, timeout: float = 30,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m factcheck ARGS`` in cwd; a hang fails the test."""
    full_env = {k: v for k, v in os.environ.items()
                if not k.startswith(("FACTCHECK_", "GITHUB_")) or k == "FACTCHECK_CACHE_DIR"}
    full_env.update({"NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"})
    full_env.update(env or {})
    try:
        return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, input=stdin,
                              capture_output=True, timeout=timeout, env=full_env,
                              stdin=None if stdin is not None else subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"factcheck {' '.join(args)} hung for {timeout} s")


def assert_one_error(proc: subprocess.CompletedProcess[bytes], *names: str, code: int = 2) -> str:
    """Assert exit code 2, no traceback and exactly one error line naming every name."""
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert proc.returncode == code, (proc.returncode, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("factcheck: error: "), err
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


def assert_clean(proc: subprocess.CompletedProcess[bytes], codes: Sequence[int] = (0, 1)) -> None:
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert proc.returncode in codes, (proc.returncode, err)


def min_time(fn: Callable[[], object], runs: int = 3) -> float:
    """Return the best of `runs` timings, with the cyclic garbage collector off while timing.

    (Its full passes walk every live object, so a run that builds many objects would look
    superlinear because of the collector, not the code.)
    """
    import gc

    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            t = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t)
        finally:
            gc.enable()
    return best


def assert_linear(make: Callable[[int], str], work: Callable[[str], object], n: int,
                  factor: int = 10, limit: float = 12.0, attempts: int = 3) -> None:
    """Assert that work on input of size factor*n takes < limit times its time at size n."""
    small, big = make(n), make(n * factor)
    work(small)  # warm caches and imports
    ratios = []
    for _ in range(attempts):  # a busy machine can slow one measurement; a quadratic never passes
        t1 = max(min_time(lambda: work(small)), 1e-3)
        t2 = min_time(lambda: work(big))
        ratios.append(f"{t2 / t1:.1f}x ({t1:.4f}s -> {t2:.4f}s)")
        if t2 < limit * t1:
            return
    raise AssertionError(f"{factor}x input took " + ", then ".join(ratios) + " time")
