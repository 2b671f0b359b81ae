"""Golden end-to-end scans: drafts of our own beside their expected JSON reports.

Regenerate with UPDATE_GOLDEN=1 after checking the differences by eye.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import get_args

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import FindingKind

HERE = Path(__file__).parent / "golden" / "scan"
runner = CliRunner()

CASES = [
    # (id, paths, extra options, expected exit code)
    ("correct-markdown", ["cases/correct.md"], [], 0),
    ("correct-markdown-verified", ["cases/correct.md"], ["--show-verified"], 0),
    ("planted-errors", ["cases/errors.md"], [], 1),
    ("html", ["cases/page.html"], ["--show-verified"], 1),
    ("across-documents", ["cases/correct.md", "cases/second.txt"], [], 1),
    ("errors-fail-on-never", ["cases/errors.md"],
     ["--fail-on", "never", "--min-severity", "warning"], 0),
    ("bounds-and-suppressions", ["cases/bounds.md"], ["--show-verified"], 1),
    ("units-and-rates", ["cases/units.md"], ["--show-verified"], 1),
    # a draft's own arithmetic: a share, a change, percent for percentage points, a table total
    ("arithmetic", ["cases/arithmetic.md"], ["--select", "FC115,FC116"], 1),
    # A revised figure: an old estimate is outdated (a warning), a named one verified.
    ("revisions", ["cases/revisions.md"], ["--show-verified"], 0),
    # baseline.json accepts every finding of errors.md but the unsourced 5,000, and has one
    # entry that matches nothing (FC113).
    ("baseline", ["cases/errors.md"], ["--baseline", "baseline.json"], 0),
]


def scan(paths: list[str], options: list[str], cwd: Path,
         monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.chdir(cwd)
    result = runner.invoke(app, ["scan", "--registry", "figures.yaml", "--format", "json", *options,
                                 *paths])
    return result.exit_code, result.stdout


@pytest.mark.parametrize(("paths", "options", "code"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_golden(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, paths: list[str],
                options: list[str], code: int) -> None:
    name = request.node.callspec.id
    exit_code, out = scan(paths, options, HERE, monkeypatch)
    expected_file = HERE / "expected" / f"{name}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_file.write_text(out, encoding="utf-8")
    assert exit_code == code, out
    assert json.loads(out) == json.loads(expected_file.read_text(encoding="utf-8"))


def test_every_finding_kind_is_covered() -> None:
    kinds = set()
    for f in (HERE / "expected").glob("*.json"):
        kinds.update(x["kind"] for x in json.loads(f.read_text(encoding="utf-8"))["findings"])
    assert kinds == set(get_args(FindingKind))


def test_hedge_mismatch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "d.md").write_text("The metro carried more than 480,000 riders a day in 2023.\n",
                                   encoding="utf-8")
    code, out = scan([str(tmp_path / "d.md")], [], HERE, monkeypatch)
    findings = json.loads(out)["findings"]
    assert code == 1
    assert [(f["kind"], f["text"], f["figure"]) for f in findings] == [
        ("hedge-mismatch", "480,000", "metro_riders_per_day_2023")
    ]


def test_attributed_source_is_verified_not_conflict(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "d.md").write_text(
        "The independent audit counted 389 schools closed by the 2021 floods.\n\n"
        "The education ministry puts the number of schools closed in the 2021 floods at 412.\n",
        encoding="utf-8")
    code, out = scan([str(tmp_path / "d.md")], ["--show-verified"], HERE, monkeypatch)
    findings = json.loads(out)["findings"]
    assert code == 0
    assert [(f["kind"], f["text"], [s["value"] for s in f["sources"]]) for f in findings] == [
        ("verified", "389", [389]),
        ("verified", "412", [412]),
    ]


def test_seeds(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped seeds: the malformed 110,00, attributed lab counts, nothing on years or dates."""
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["scan", "--format", "json", "--show-verified", "seeds/"])
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    by = {(f["path"], f["text"], f["kind"]) for f in findings}
    # seeds/README.md quotes the defect itself; the documents are what this test is about.
    malformed = [f for f in findings
                 if f["kind"] == "malformed-number" and f["path"].endswith(".txt")]
    assert len(malformed) == 1
    assert malformed[0]["path"] == "seeds/001_199993240065e76f.txt"
    assert malformed[0]["text"] == "110,00"
    assert malformed[0]["suggestion"] == "110,000"
    assert malformed[0]["figure"] == "overdose_deaths_2022"
    inconsistent = [f for f in findings
                    if f["kind"] == "inconsistent" and f["figure"] == "overdose_deaths_2022"]
    assert len(inconsistent) == 1
    # At the place that disagrees with the registry, never at one it verified.
    assert inconsistent[0]["path"] == "seeds/001_199993240065e76f.txt"
    assert {r["path"] for r in inconsistent[0]["related"]} >= {"seeds/000_e83ba781ee059829.txt"}
    labs = [f for f in findings if f["figure"] == "mexico_drug_labs_seized_2019_2021"]
    assert [(f["text"], f["kind"], [s["value"] for s in f["sources"]]) for f in labs] == [
        ("635", "verified", [635]),
        ("104", "verified", [104]),
    ]
    assert ("seeds/000_e83ba781ee059829.txt", "110,000", "verified") in by
    # The documents' own figures raise nothing else above info.
    loud = {(f["path"], f["text"], f["kind"]) for f in findings
            if f["severity"] != "info" and f["path"].endswith(".txt")
            and f["figure"] != "overdose_deaths_2022"}
    assert loud == set()
    # No finding on a year, a date or an identifier.
    from factcheck.extract.quantities import extract_quantities

    for path in sorted((root / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        non_stats = {q.text
                     for q in extract_quantities(text) if not q.is_statistic and not q.malformed}
        reported = {f["text"] for f in findings if f["path"] == f"seeds/{path.name}"}
        assert not (reported & non_stats - {f["text"] for f in findings
                                            if f["kind"] != "unsourced"}), path.name
        assert not any(t.isdigit() and len(t) == 4 and t.startswith(("19", "20"))
                       for t in reported), path.name


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("The new ferry can carry 30,000 pounds of cargo on each trip (nearly 20 tonnes).",
     ["bad-conversion", "inconsistent", "value-mismatch"]),
    ("The new ferry can carry 30,000 pounds of cargo, or about 13.6 tonnes.", []),
    ("The new ferry can carry 30,000 pounds of cargo. Rivals carry 20 tonnes.", []),
    ("The new ferry can carry 30,000 pounds of cargo, roughly 20 tonnes.",
     ["bad-conversion", "inconsistent", "value-mismatch"]),
    ("The new ferry can carry 30,000 pounds of cargo, roughly 13.6 tonnes.", []),
], ids=["gap-before-parenthesis", "or-conversion-right", "next-sentence-is-no-conversion",
        "hedged-aside-wrong", "hedged-aside-right"])
def test_conversion_pairs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sentence: str,
                          kinds: list[str]) -> None:
    (tmp_path / "d.md").write_text(sentence + "\n", encoding="utf-8")
    _, out = scan([str(tmp_path / "d.md")], ["--min-severity", "warning"], HERE, monkeypatch)
    assert sorted(f["kind"] for f in json.loads(out)["findings"]
                  if f["text"] != "30,000 pounds") == sorted(kinds)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Mexican army says it seized 635 drug labs between 2019 and 2021, while officials had "
     "reported 104.", [("635", "verified", [635]), ("104", "verified", [104])]),
    ("Mexico seized 635 synthetic drug laboratories from 2019 through 2021.",
     [("635", "source-conflict", [635, 104])]),
], ids=["attributed-by-phrases", "unattributed"])
def test_attribution_in_the_shipped_registry(root: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, sentence: str,
                                             expected: list[tuple[str, str, list[int]]]) -> None:
    (tmp_path / "d.md").write_text(sentence + "\n", encoding="utf-8")
    monkeypatch.chdir(root)
    result = runner.invoke(app,
                           ["scan", "--format", "json", "--show-verified", str(tmp_path / "d.md")])
    got = [(f["text"], f["kind"], [s["value"] for s in f["sources"]])
           for f in json.loads(result.stdout)["findings"]
           if f["figure"] == "mexico_drug_labs_seized_2019_2021"]
    assert sorted(got) == sorted(expected)


def test_tolerance_from_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "d.md").write_text("The council spent $2.6 billion on transit in 2023.\n",
                                   encoding="utf-8")
    strict = runner.invoke(app, ["scan", "-r", str(HERE / "figures.yaml"), "-f", "json",
                                 str(tmp_path / "d.md")])
    assert [f["kind"] for f in json.loads(strict.stdout)["findings"]] == ["value-mismatch"]
    (tmp_path / ".factcheck.toml").write_text("[tool.factcheck]\ntolerance = { relative = 0.1 }\n",
                                              encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    lenient = runner.invoke(app, ["scan", "-r", str(HERE / "figures.yaml"), "-f", "json", "d.md"])
    assert lenient.exit_code == 0, lenient.output
    assert json.loads(lenient.stdout)["findings"] == []


def test_pairwise_agreement_shortcut_matches_all_pairs() -> None:
    """The one-check test of 'all stated intervals overlap' equals checking every pair."""
    import itertools
    import random

    from factcheck.intervals import interval
    from factcheck.rules.inconsistent import _all_agree

    class M:  # the fields _all_agree reads of a Mention
        def __init__(self, value: float, hedge: str) -> None:
            self.value, self.hedge = value, hedge
            self.unit, self.precision, self.low, self.high = None, None, None, None
            self.malformed, self.kind = False, "count"
            self.figure = type("F", (), {"unit": None})()

    rng = random.Random(7)
    hedges = ["none", "about", "nearly", "more-than", "at-least", "less-than", "at-most"]
    for _ in range(500):
        items = [M(rng.choice([90.0, 100.0, 110.0, 120.0, 1000.0]), rng.choice(hedges))
                 for _ in range(rng.randint(2, 5))]
        spans = [interval(m.value, m.hedge) for m in items]
        pairwise = all(a.overlaps(b) for a, b in itertools.combinations(spans, 2))
        assert _all_agree(items) == pairwise  # type: ignore[arg-type]


def test_table_cells_read_their_row_and_header(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    table = ("| Measure | 2023 |\n|---|---|\n| Metro riders a day | 48,000 |\n| Council transit "
             "spending | $2.4 billion |\n\n| Unrelated | 48,000 |\n|---|---|\n")
    (tmp_path / "t.md").write_text(table, encoding="utf-8")
    _, out = scan([str(tmp_path / "t.md")], ["--show-verified"], HERE, monkeypatch)
    got = [(f["line"], f["text"], f["kind"], f["figure"]) for f in json.loads(out)["findings"]]
    assert got == [
        (3, "48,000", "value-mismatch", "metro_riders_per_day_2023"),
        (4, "$2.4 billion", "verified", "transit_spending_2023"),
        (6, "48,000", "unsourced", None),
    ]


@pytest.mark.parametrize(("sentence", "bad"), [
    ("The trail runs 6 miles (10 km) through the canyon.", False),
    ("The trail runs 6 miles (16 km) through the canyon.", True),
    ("The bell weighs 100 kilograms (220 pounds).", False),
    ("The truck carried 4 tons (3.6 tonnes) of sand.", False),
    ("It was 30 °C (86 °F) at noon.", False),
    ("It was 30 °C (100 °F) at noon.", True),
    ("The tank holds 50 gallons, or about 190 liters.", False),
], ids=["miles-km", "miles-km-wrong", "kg-lb", "short-tons-tonnes", "celsius-fahrenheit",
        "celsius-fahrenheit-wrong", "gallons-liters"])
def test_conversions_without_a_figure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      sentence: str, bad: bool) -> None:
    (tmp_path / "d.md").write_text(sentence + "\n", encoding="utf-8")
    _, out = scan([str(tmp_path / "d.md")], [], HERE, monkeypatch)
    assert any(f["code"] == "FC105" for f in json.loads(out)["findings"]) == bad
