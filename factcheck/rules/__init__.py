"""The rules: one module each, registered in one explicit dict.

A rule module's docstring is its user documentation (`factcheck rules CODE` prints it).
Rules detect; the engine alone decides severity, suppressions and the exit code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from factcheck.rules import (
    conversion,
    hedge_mismatch,
    inconsistent,
    malformed,
    period_mismatch,
    source_conflict,
    unsourced,
    unused_suppression,
    value_mismatch,
    verified,
    weak_bound,
)


@dataclass(frozen=True)
class Rule:
    """A registered rule and its entry points."""

    code: str
    name: str
    severity: str
    summary: str
    doc: str
    check: Callable[..., Any] | None = None  # (Statement, Assessment) -> Finding | None
    check_document: Callable[..., Any] | None = None  # (list[Statement]) -> list[Finding]
    check_corpus: Callable[..., Any] | None = None  # (list[Mention]) -> list[Finding]


def _rule(module: ModuleType) -> Rule:
    return Rule(
        code=module.CODE, name=module.NAME, severity=module.SEVERITY, summary=module.SUMMARY,
        doc=module.__doc__ or "", check=getattr(module, "check", None),
        check_document=getattr(module, "check_document", None),
        check_corpus=getattr(module, "check_corpus", None),
    )


RULES: dict[str, Rule] = {
    r.code: r
    for r in map(_rule, (
        verified, value_mismatch, hedge_mismatch, period_mismatch, malformed, conversion,
        source_conflict, unsourced, inconsistent, unused_suppression, weak_bound,
    ))
}


def rule_names() -> dict[str, str]:
    """Return a map from every rule name to its code."""
    return {r.name: r.code for r in RULES.values()}


def find_rule(key: str) -> Rule | None:
    """Return the rule with this code or name (case-insensitive), or None."""
    k = key.strip()
    if k.upper() in RULES:
        return RULES[k.upper()]
    return next((r for r in RULES.values() if r.name == k.lower()), None)


def rule_infos() -> dict[str, Any]:
    """Return the rules as reporters describe them."""
    from factcheck.reporters.base import RuleInfo

    return {r.code: RuleInfo(r.code, r.name, r.severity, r.summary, r.doc) for r in RULES.values()}
