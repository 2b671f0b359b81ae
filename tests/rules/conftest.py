"""The per-rule test helper: scan small drafts against the shipped registry, return findings.

Every finding the helpers return is also checked against the rule that reported it: its
`rule` and `kind` are the rule's NAME, so each table checks the rules' metadata as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
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
# An invented registry (Calder, Westbay) of derived figures, rates and a monthly series.


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


DERIVED = Path(__file__).parent.parent / "fixtures" / "derived" / "figures.yaml"


@lru_cache(maxsize=2)
def derived_registry(linked: bool = True) -> FigureRegistry:
    """Return the test registry; unlinked, its figures carry no derived-from or formula."""
    reg = load_registry(DERIVED)
    if linked:
        return reg
    plain = tuple(f.model_copy(update={"derived_from": None, "formula": None}) for f in reg.figures)
    return FigureRegistry(reg.path, plain, reg.lines, reg.synonyms)


def derived_findings(text: str, codes: set[str], linked: bool = True) -> list[Finding]:
    """Scan one Markdown line against the test registry; return the findings of `codes`."""
    job = Job("a.md", text + "\n", "markdown")
    found = check_jobs([job], derived_registry(linked), Policy(date=date(2025, 9, 10)))
    return [f for f in found if f.code in codes]


@pytest.fixture
def scan_derived() -> Callable[..., list[Finding]]:
    """Return the helper that scans one line against the invented registry of derived figures."""
    return derived_findings
