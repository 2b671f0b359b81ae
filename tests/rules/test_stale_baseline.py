"""FC113 stale-baseline: baseline entries that accept no finding of a draft the scan read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.baseline import read_baseline, save_baseline
from factcheck.models import Finding

Scan = Callable[..., list[Finding]]

RIGHT = "Nearly 110,000 people died of drug overdoses in 2022."
WRONG = "About 11,000 people died of drug overdoses in 2022."
MALFORMED = "Nearly 110,00 people died of drug overdoses in 2022."
CONVERSION = "The truck carried 26,000 pounds (nearly 20 tonnes) of fentanyl."


@pytest.fixture
def scan(scan_drafts: Scan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Scan:
    monkeypatch.chdir(tmp_path)  # drafts and the baseline side by side
    return scan_drafts


def accept(scan: Scan, drafts: dict[str, str]) -> str:
    """Write the baseline of these drafts' findings; return its path."""
    save_baseline("baseline.json", scan(drafts))
    return "baseline.json"


def rescan(scan: Scan, drafts: dict[str, str], baseline: str,
           **policy: object) -> list[tuple[str, int, int, str]]:
    found = scan(drafts, baseline=read_baseline(baseline), **policy)
    return [(f.path, f.line, f.column, f.code) for f in found]


CASES = [
    pytest.param({"a.md": f"{WRONG}\n"}, {"a.md": f"{WRONG}\n"}, [], id="silent-all-accepted"),
    pytest.param({"a.md": f"{WRONG}\n"},
                 {"a.md": f"# Title\n\nA new first paragraph.\n\n{WRONG}\n"}, [],
                 id="silent-lines-inserted-above"),
    pytest.param({"a.md": f"{WRONG}\n"}, {"a.md": f"{RIGHT}\n"}, [("baseline.json", 2, 1, "FC113")],
                 id="corrected-number"),
    pytest.param({"a.md": f"{WRONG}\n\n{CONVERSION}\n"}, {"a.md": f"{WRONG}\n"},
                 [("baseline.json", n, 1, "FC113") for n in (3, 4, 5)],
                 id="second-paragraph-entries-stale"),
    pytest.param({"a.md": f"{WRONG}\n\n{WRONG}\n"}, {"a.md": f"{WRONG}\n"},
                 [("baseline.json", 3, 1, "FC113")], id="one-of-two-identical-findings-fixed"),
    pytest.param({"a.md": f"{WRONG}\n"}, {"b.md": f"{RIGHT}\n"}, [], id="silent-draft-not-scanned"),
    pytest.param({"a.md": f"{WRONG}\n"}, {"a.md": f"{WRONG}\n", "b.md": f"{CONVERSION}\n"},
                 [("b.md", 1, 19, "FC107"), ("b.md", 1, 41, "FC105"), ("b.md", 1, 41, "FC107")],
                 id="new-findings-elsewhere-are-reported"),
]


@pytest.mark.parametrize(("before", "after", "expected"), CASES)
def test_stale_baseline(scan: Scan, before: dict[str, str], after: dict[str, str],
                        expected: list[tuple[str, int, int, str]]) -> None:
    assert rescan(scan, after, accept(scan, before)) == expected


def test_message(scan: Scan) -> None:
    baseline = accept(scan, {"a.md": f"{MALFORMED}\n"})
    [f] = scan({"a.md": f"{RIGHT}\n"}, baseline=read_baseline(baseline))
    assert f.message == ("baseline entry FC104 '110,00' (a.md, was line 1) matches no finding; "
                         "rewrite it with --write-baseline")
    assert (f.kind, f.severity, f.text) == ("stale-baseline", "info", "110,00")


def test_entries_of_rules_not_run_are_not_judged(scan: Scan) -> None:
    baseline = accept(scan, {"a.md": f"{WRONG}\n"})
    assert rescan(scan, {"a.md": f"{RIGHT}\n"}, baseline, ignore=frozenset({"FC101"})) == []


def test_ignored_by_policy(scan: Scan) -> None:
    baseline = accept(scan, {"a.md": f"{WRONG}\n"})
    assert rescan(scan, {"a.md": f"{RIGHT}\n"}, baseline, ignore=frozenset({"FC113"})) == []


def test_a_rewritten_sentence_is_new(scan: Scan) -> None:
    baseline = accept(scan, {"a.md": f"{WRONG}\n"})
    rewritten = "About 11,000 people died of drug overdoses in 2022, the CDC said."
    assert [c for *_, c in rescan(scan, {"a.md": f"{rewritten}\n"}, baseline)] == ["FC101", "FC113"]
