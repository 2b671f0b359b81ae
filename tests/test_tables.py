"""Table cells read their row label, column header and the header's unit, in Markdown and HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.check.tables import header_unit
from factcheck.cli import app

HEADERS = [
    ("thousands", "Jobs added (thousands)", ("", "thousand")),
    ("dollar-millions", "Amount ($ millions)", ("$", "million")),
    ("percent-sign", "Rate (%)", ("", "percent")),
    ("unit", "Seized (pounds)", ("", "pounds")),
    ("per-capita", "Deaths (per 100,000 people)", ("", "per 100,000 people")),
    ("points", "Change (percentage points)", ("", "percentage points")),
    ("comma-form", "Spending, $ billions", ("$", "billion")),
    ("no-unit", "Unemployment rate", ("", "")),
    ("a-year-is-no-unit", "Month (2026)", ("", "")),
    ("words-are-no-unit", "Sector (private only)", ("", "")),
    ("speed", "Average speed (mph)", ("", "mph")),
    ("a-denominator-at-the-end", "Deaths per 100,000 residents", ("", "per 100,000 residents")),
    ("a-number's-comma-is-no-unit-comma", "Deaths, 100,000", ("", "")),
    ("a-year-after-a-comma", "Deaths, 2025", ("", "")),
]


@pytest.mark.parametrize(("header", "expected"), [c[1:] for c in HEADERS],
                         ids=[c[0] for c in HEADERS])
def test_header_unit(header: str, expected: tuple[str, str]) -> None:
    assert header_unit(header) == expected


ROOT = Path(__file__).parent.parent
MARKDOWN = """# Overdoses

| Measure | Count (thousands) | Year |
|---|---|---|
| Overdose deaths | 110 | 2022 |
| Homicides in Mexico | 32.2 | 2022 |
"""
HTML = """<html><body><table>
<tr><th>Measure</th><th>Deaths</th></tr>
<tr><td>Drug overdose deaths in the United States, 2022</td>
<td>nearly 110,000</td></tr>
<tr><td>Drug overdose deaths in the United States, 2022</td>
<td>11,000</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("d.md", MARKDOWN, [(5, "110", "verified"), (6, "32.2", "verified")]),
    ("d.html", HTML, [(4, "110,000", "verified"), (6, "11,000", "value-mismatch")]),
], ids=["markdown-header-scale", "html-rows-on-several-lines"])
def test_cells_read_their_row_and_header(tmp_path: Path, name: str, text: str,
                                         expected: list[tuple[int, str, str]]) -> None:
    draft = tmp_path / name
    draft.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", "-r", str(ROOT / "figures.yaml"), "--format", "json",
                                      "--show-verified", "--fail-on", "never", str(draft)])
    got = [(f["line"], f["text"], f["kind"]) for f in json.loads(result.stdout)["findings"]
           if f["kind"] != "inconsistent"]
    assert got == expected
