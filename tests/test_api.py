"""The public library API: lazy top-level names, plain JSON-able results."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import factcheck

REGISTRY = Path(__file__).parent / "golden" / "scan" / "figures.yaml"


def test_public_names() -> None:
    assert set(factcheck.__all__) == {"extract_quantities", "load_registry", "scan_text"}
    qs = factcheck.extract_quantities("Nearly 48,000 riders a day, up 5% since 2021.")
    assert [(q.text, q.value, q.hedge, q.kind) for q in qs] == [
        ("48,000", 48000.0, "nearly", "rate"), ("5%", 5.0, "none", "change"),
        ("2021", 2021.0, "none", "year"),
    ]


def test_scan_text_returns_plain_picklable_json_data() -> None:
    registry = factcheck.load_registry(REGISTRY)
    findings = factcheck.scan_text("The metro carried nearly 48,000 riders a day in 2023.",
                                   registry, path="d.md")
    assert [(f["kind"], f["figure"], f["line"], f["column"]) for f in findings] == [
        ("value-mismatch", "metro_riders_per_day_2023", 1, 26),
    ]
    assert pickle.loads(pickle.dumps(findings)) == findings
    assert json.loads(json.dumps(findings)) == findings


def test_import_is_light() -> None:
    """Importing the package and the CLI loads neither pint nor the Markdown parser."""
    code = ("import sys, factcheck, factcheck.cli; "
            "print(any(m.split('.')[0] in ('pint', 'markdown_it', 'rich') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
