"""The per-rule test helper: scan a small draft against a small registry, return findings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.decide import Policy
from factcheck.pipeline import Job
from factcheck.registry.load import load_registry
from factcheck.scan import check_jobs

REGISTRY = Path(__file__).parent.parent.parent / "figures.yaml"


def findings(drafts: dict[str, str], codes: set[str] | None = None, **policy: object) -> list[tuple[str, int, int, str]]:
    """Scan drafts (name -> text) together; return (path, line, column, code) of each finding."""
    reg = load_registry(REGISTRY)
    jobs = [Job(name, text, "markdown" if name.endswith(".md") else "text") for name, text in drafts.items()]
    out = check_jobs(jobs, reg, Policy(**policy))  # type: ignore[arg-type]
    return [(f.path, f.line, f.column, f.code) for f in out if codes is None or f.code in codes]


Found = Callable[..., list[tuple[str, int, int, str]]]


@pytest.fixture
def scan_findings() -> Found:
    """Return the helper that scans drafts and lists their findings."""
    return findings
