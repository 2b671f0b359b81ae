"""The per-rule test helper: scan small drafts against the shipped registry, return findings.

Every finding the helpers return is also checked against the rule that reported it: its
`rule` and `kind` are the rule's NAME, so each table checks the rules' metadata as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest

from factcheck.decide import Policy
from factcheck.models import Finding
from factcheck.pipeline import Job
from factcheck.registry.load import FigureRegistry, load_registry
from factcheck.rules import RULES
from factcheck.scan import check_jobs

REGISTRY = Path(__file__).parent.parent.parent / "figures.yaml"


@lru_cache(maxsize=1)
def shipped() -> FigureRegistry:
    """Return the shipped registry, loaded once for the whole session."""
    return load_registry(REGISTRY)


def scan(drafts: dict[str, str], codes: set[str] | None = None, **policy: object) -> list[Finding]:
    """Scan drafts (name -> text) together; return the decided findings (of `codes`, if given)."""
    jobs = [Job(name, text, "markdown" if name.endswith(".md") else "text")
            for name, text in drafts.items()]
    out = list(check_jobs(jobs, shipped(), Policy(**policy)))  # type: ignore[arg-type]
    for f in out:
        rule = RULES[f.code]
        assert (f.rule, f.kind) == (rule.name, rule.name), f
    return [f for f in out if codes is None or f.code in codes]


def findings(drafts: dict[str, str], codes: set[str] | None = None,
             **policy: object) -> list[tuple[str, int, int, str]]:
    """Scan drafts (name -> text) together; return (path, line, column, code) of each finding."""
    return [(f.path, f.line, f.column, f.code) for f in scan(drafts, codes, **policy)]


def messages(text: str, codes: set[str] | None = None,
             **policy: object) -> list[tuple[int, int, str, str]]:
    """Scan one Markdown draft; return (line, column, code, message) of each finding."""
    return [(f.line, f.column, f.code, f.message) for f in scan({"a.md": text}, codes, **policy)]


Found = Callable[..., list[tuple[str, int, int, str]]]
Messages = Callable[..., list[tuple[int, int, str, str]]]
Scanned = Callable[..., list[Finding]]


@pytest.fixture
def scan_findings() -> Found:
    """Return the helper that scans drafts and lists their findings."""
    return findings


@pytest.fixture
def scan_messages() -> Messages:
    """Return the helper that scans one draft and lists (line, column, code, message)."""
    return messages


@pytest.fixture
def scan_drafts() -> Scanned:
    """Return the helper that scans drafts and returns the findings themselves."""
    return scan
