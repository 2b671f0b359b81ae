"""The summary counts every number judged against a figure, durations included."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

REGISTRY = """\
version: 1
figures:
  - id: workweek_2026_03
    title: Average workweek in March 2026
    value: 34.3
    unit: hours
    period: "2026-03"
    keywords: [workweek, average, hours]
    sources:
      - {document: sources/r.txt, publisher: Labor Department, value: 34.3, number: "34.3",
         quote: "The average workweek was 34.3 hours in March 2026"}
"""


@pytest.mark.parametrize(("draft", "summary"), [
    pytest.param("The average workweek was 34.3 hours in March 2026.\n",
                 "1 file scanned, 1 statistic checked, 1 verified (hidden).",
                 id="a-verified-duration-is-checked"),
    pytest.param("The meeting ran for three hours in March 2026.\n",
                 "1 file scanned, 0 statistics checked.",
                 id="a-passing-duration-is-not"),
])
def test_summary_counts_judged_durations(tmp_path: Path, draft: str, summary: str) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "r.txt").write_text(
        "The average workweek was 34.3 hours in March 2026.\n", encoding="utf-8")
    (tmp_path / "figures.yaml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "d.md").write_text(draft, encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "-r", str(tmp_path / "figures.yaml"),
                                      "--format", "console", "--color", "never",
                                      str(tmp_path / "d.md")])
    assert result.stdout.strip().splitlines()[-1] == summary
