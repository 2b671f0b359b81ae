"""Sources that disagree: the figure's value is the best-supported one unless it is disputed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

REGISTRY = """version: 1
figures:
  - id: traffic_deaths_2025
    title: Traffic deaths on state roads in 2025
    value: 612
    unit: deaths
    period: "2025"
    keywords: [traffic, deaths, roads, crashes]
    tolerance: 0
{disputed}    sources:
      - {{document: dot.txt, publisher: Department of Transportation, value: 612, number: "612",
         quote: "612 people died in traffic crashes in 2025"}}
      - {{document: police.txt, publisher: State Police, value: 619, number: "619",
         attribution: [state police, troopers],
         quote: "troopers counted 619 traffic deaths in 2025"}}
"""
CASES = [
    ("best-supported-value", "", "Traffic crashes killed 612 people on state roads in 2025.",
     "verified"),
    ("another-source-unattributed", "", "Traffic crashes killed 619 people on state roads in 2025.",
     "source-conflict"),
    ("another-source-attributed", "",
     "The State Police counted 619 traffic deaths on state roads in 2025.", "verified"),
    ("neither", "", "Traffic crashes killed 700 people on state roads in 2025.", "value-mismatch"),
    ("disputed-value-unattributed", "    disputed: true\n",
     "Traffic crashes killed 612 people on state roads in 2025.", "source-conflict"),
    ("disputed-attributed", "    disputed: true\n",
     "The State Police counted 619 traffic deaths on state roads in 2025.", "verified"),
]


@pytest.mark.parametrize(("disputed", "sentence", "kind"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_disagreeing_sources(tmp_path: Path, disputed: str, sentence: str, kind: str) -> None:
    (tmp_path / "dot.txt").write_text("612 people died in traffic crashes in 2025.\n",
                                      encoding="utf-8")
    (tmp_path / "police.txt").write_text("troopers counted 619 traffic deaths in 2025.\n",
                                         encoding="utf-8")
    (tmp_path / "figures.yaml").write_text(REGISTRY.format(disputed=disputed), encoding="utf-8")
    (tmp_path / "d.md").write_text(sentence + "\n", encoding="utf-8")
    result = CliRunner().invoke(app,
                                ["scan", "-r", str(tmp_path / "figures.yaml"), "--format", "json",
                                      "--show-verified", "--fail-on", "never",
                                      str(tmp_path / "d.md")])
    assert [f["kind"] for f in json.loads(result.stdout)["findings"]] == [kind]
