"""Every rule module declares coherent metadata, documents itself, and has its own test table."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from types import ModuleType
from typing import get_args

import pytest

import factcheck.rules
from factcheck.models import SEVERITIES, FindingKind, Scope, Verdict
from factcheck.rules import RULES

MODULES = sorted(m.name for m in pkgutil.iter_modules(factcheck.rules.__path__) if m.name != "base")


def module(name: str) -> ModuleType:
    return importlib.import_module(f"factcheck.rules.{name}")


@pytest.mark.parametrize("name", MODULES)
def test_module_is_registered_once_under_its_code(name: str) -> None:
    mod = module(name)
    rule = RULES[mod.CODE]
    assert re.fullmatch(r"FC1\d\d", mod.CODE)
    assert (rule.name, rule.kind, rule.severity, rule.scope) == (mod.NAME, mod.NAME, mod.SEVERITY,
                                                                 mod.SCOPE)
    assert rule.doc == mod.__doc__
    assert mod.SEVERITY in SEVERITIES
    assert isinstance(mod.SCOPE, Scope)


@pytest.mark.parametrize("name", MODULES)
def test_module_documents_itself(name: str) -> None:
    mod = module(name)
    doc = mod.__doc__ or ""
    assert doc.startswith(f"{mod.CODE} {mod.NAME}: "), name
    assert "\nWhat it flags: " in doc, name
    assert "\nExample: " in doc, name
    assert "\n" not in mod.SUMMARY and mod.SUMMARY.endswith("."), name


@pytest.mark.parametrize("name", MODULES)
def test_module_has_a_test_table(name: str) -> None:
    assert (Path(__file__).parent / f"test_{name}.py").is_file(), name


@pytest.mark.parametrize("name", MODULES)
def test_scope_matches_what_the_module_declares(name: str) -> None:
    mod = module(name)
    if mod.SCOPE is Scope.STATEMENT:
        assert mod.VERDICTS and all(isinstance(v, Verdict) for v in mod.VERDICTS), name
        assert callable(mod.check), name
    elif mod.SCOPE is Scope.SUPPRESSION:
        # the decision engine reports it
        assert not hasattr(mod, "check") and not hasattr(mod, "VERDICTS"), name
    else:
        assert callable(mod.check) and not hasattr(mod, "VERDICTS"), name


def test_every_module_is_a_rule_and_every_rule_a_module() -> None:
    assert sorted(r.doc for r in RULES.values()) == sorted(module(n).__doc__ or "" for n in MODULES)
    assert len({r.name for r in RULES.values()}) == len(RULES)


def test_rule_names_are_the_finding_kinds() -> None:
    assert sorted(r.name for r in RULES.values()) == sorted(get_args(FindingKind))


def test_every_verdict_is_reported_by_exactly_one_statement_rule() -> None:
    reported = [v for r in RULES.values() if r.scope is Scope.STATEMENT for v in r.verdicts]
    assert sorted(reported) == sorted(Verdict)


EXAMPLES = [
    # (code, the example's quoted words, drafts stating them): each docstring's example fires
    # its rule.
    ("FC100", ["Nearly 110,000 people died of drug overdoses in 2022"], {"a.md": "{0}."}),
    ("FC101", ["About 11,000 people died of drug overdoses in 2022"], {"a.md": "{0}."}),
    ("FC102", ["More than 110,000 people died of overdoses in 2022"], {"a.md": "{0}."}),
    ("FC103", ["In 2021, nearly 110,000 Americans died of drug overdoses"], {"a.md": "{0}."}),
    ("FC104", ["Nearly 110,00 people died of drug overdoses"], {"a.md": "{0}."}),
    ("FC105", ["26,000 pounds (nearly 20 tonnes)"], {"a.md": "{0}."}),
    ("FC106", ["Mexico seized 635 drug laboratories from 2019 to 2021"], {"a.md": "{0}."}),
    # FC107's example assumes no matching figure; test_unsourced checks it against another registry.
    ("FC108", ["nearly 110,000 overdose deaths", "110,00"],
     {"a.md": "The CDC counted {0} in 2022.",
      "b.md": "The CDC counted nearly {1} overdose deaths in 2022."}),
    ("FC109", ["<!-- factcheck: ignore FC101 -- checked with the CDC -->"],
     {"a.md": "{0}\nNearly 110,000 people died of drug overdoses in 2022."}),
    ("FC110", ["More than 10,000 Americans died of drug overdoses in 2022"], {"a.md": "{0}."}),
]


@pytest.mark.parametrize(("code", "quoted", "drafts"), EXAMPLES, ids=[c for c, *_ in EXAMPLES])
def test_docstring_example_fires_its_rule(scan_findings, code: str, quoted: list[str],  # type: ignore[no-untyped-def]
                                          drafts: dict[str, str]) -> None:
    doc = " ".join(RULES[code].doc.split())
    assert all(q in doc for q in quoted), code
    texts = {name: text.format(*quoted) + "\n" for name, text in drafts.items()}
    assert code in {c for *_, c in scan_findings(texts, show_verified=True)}
