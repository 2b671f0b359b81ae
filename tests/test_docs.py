"""The README's tables are derived from the rule and reporter registries: keep them in step."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.reporters import REPORTERS
from factcheck.rules import RULES

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_rules_table_matches_the_rule_registry() -> None:
    rows = re.findall(r"^\| (FC\d{3}) \| ([a-z-]+) \| (error|warning|info) \|", README, re.M)
    assert rows == [(r.code, r.name, r.severity) for r in RULES.values()]


def test_every_rule_module_documents_itself() -> None:
    for rule in RULES.values():
        assert rule.doc.startswith(f"{rule.code} {rule.name}:"), rule.code
        assert "Example" in rule.doc or rule.code == "FC109", rule.code


def test_formats_listed_in_the_readme_are_the_reporters() -> None:
    line = next(ln for ln in README.splitlines() if ln.startswith("| `-f, --format NAME` |"))
    assert re.findall(r"`([a-z]+)`", line.split("|")[2]) == ["auto", *REPORTERS]
