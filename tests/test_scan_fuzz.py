"""Fuzz the whole scan: any text, in any format, gives findings whose spans fit the text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.registry.load import load_registry
from factcheck.scan import scan_text

REGISTRY = load_registry(Path(__file__).parent / "golden" / "scan" / "figures.yaml")
PIECES = st.sampled_from([
    "The metro carried ", "nearly ", "more than ", "480,000", "48,00", "riders a day", " in 2023",
    "2022",
    "$2.4 billion", "30,000 pounds", " (nearly 20 tonnes)", "412 schools", "the ministry said ",
    ". ", "\n",
    "\n\n", "# ", "| a | 212 |\n|---|---|\n", "<p>", "</p>", "<!-- factcheck: ignore FC101 -->",
    "`212`",
    "```\n110,000\n```\n", "&amp;", "½", "−3", "seven in 10", "1.2m people", "Oct. 4", "COVID-19 ",
    "—",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(PIECES | st.text(max_size=12), max_size=30),
       fmt=st.sampled_from(["text", "markdown", "html"]))
def test_scan_never_raises_and_spans_fit(parts: list[str], fmt: str) -> None:
    text = "".join(parts)
    lines = text.splitlines() or [""]
    for f in scan_text(text, REGISTRY, path=f"d.{fmt}", format=fmt):
        assert 0 <= f["start"] <= f["end"] <= len(text)
        assert 1 <= f["line"] <= max(len(lines), 1) + 1
        assert f["column"] >= 1
