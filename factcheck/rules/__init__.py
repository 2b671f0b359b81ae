"""The rules: one module each, registered in one explicit dict.

A rule module's docstring is its user documentation (`factcheck rules CODE` prints it). Each
module declares CODE, NAME, SEVERITY (its default), SCOPE, SUMMARY and, for a statement
rule, the VERDICTS it reports; its `check` returns problems, and the rule fills in each
finding's code, name, kind and severity. Rules detect; only the decision engine
(factcheck.decide) filters findings and sets the exit code.
"""

from __future__ import annotations

from collections import defaultdict
from types import ModuleType

from factcheck.models import RuleInfo, Scope, Verdict
from factcheck.rules import (
    arithmetic,
    conversion,
    hedge_mismatch,
    inconsistent,
    malformed,
    outdated,
    percentage_points,
    period_mismatch,
    rate_mismatch,
    source_conflict,
    stale_baseline,
    unit_mismatch,
    unsourced,
    unused_suppression,
    value_mismatch,
    verified,
    weak_bound,
)
from factcheck.rules.base import Problem, Rule


def _rule(module: ModuleType) -> Rule:
    return Rule(
        code=module.CODE, name=module.NAME, severity=module.SEVERITY, scope=module.SCOPE,
        verdicts=tuple(getattr(module, "VERDICTS", ())), summary=module.SUMMARY,
        doc=module.__doc__ or "", check=getattr(module, "check", None),
    )


RULES: dict[str, Rule] = {
    r.code: r
    for r in map(_rule, (
        verified, value_mismatch, hedge_mismatch, period_mismatch, malformed, conversion,
        source_conflict, unsourced, inconsistent, unused_suppression, weak_bound, unit_mismatch,
        rate_mismatch, stale_baseline, arithmetic, percentage_points, outdated,
    ))
}


def statement_rules(enabled: set[str] | frozenset[str] | None = None) -> dict[Verdict, list[Rule]]:
    """Return the statement rules by the verdict they report (only `enabled` codes when given)."""
    out: dict[Verdict, list[Rule]] = defaultdict(list)
    for r in RULES.values():
        if r.scope is Scope.STATEMENT and (enabled is None or r.code in enabled):
            for v in r.verdicts:
                out[v].append(r)
    return dict(out)


def rules_of(scope: Scope) -> list[Rule]:
    """Return the rules of one scope, in registry order."""
    return [r for r in RULES.values() if r.scope is scope]


def rule_names() -> dict[str, str]:
    """Return a map from every rule name to its code."""
    return {r.name: r.code for r in RULES.values()}


def find_rule(key: str) -> Rule | None:
    """Return the rule with this code or name (case-insensitive), or None."""
    k = key.strip()
    if k.upper() in RULES:
        return RULES[k.upper()]
    return next((r for r in RULES.values() if r.name == k.lower()), None)


def rule_infos() -> dict[str, RuleInfo]:
    """Return the rules as reporters describe them."""
    return {r.code: r.info for r in RULES.values()}


__all__ = ["RULES", "Problem", "Rule", "find_rule", "rule_infos", "rule_names", "rules_of",
           "statement_rules"]
