"""Output formats: each reporter turns a :class:`ScanResult` into text.

``REPORTERS`` is the one list of formats; the CLI derives its ``--format`` choices from
its keys.  Reporters render what they are given and never decide severity or filtering,
except that the human-facing ones (console, concise, github, html) hide verified numbers
unless ``ctx.show_verified``.
"""

from __future__ import annotations

from factcheck.models import ScanResult
from factcheck.reporters import concise, console, github, html, json_, jsonl, sarif
from factcheck.reporters.base import ReportContext, Reporter, RuleInfo, Streamer

REPORTERS: dict[str, Reporter] = {
    "console": console.render,
    "concise": concise.render,
    "json": json_.render,
    "jsonl": jsonl.render,
    "sarif": sarif.render,
    "github": github.render,
    "html": html.render,
}

# Formats that can also be written finding by finding (same bytes as their render).
STREAMERS: dict[str, Streamer] = {
    "concise": concise.ConciseStream,
    "json": json_.JsonStream,
    "jsonl": jsonl.JsonlStream,
}


def render(name: str, result: ScanResult, ctx: ReportContext) -> str:
    """Render ``result`` in the format ``name``; raise ``KeyError`` naming the known formats."""
    try:
        reporter = REPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(REPORTERS))
        raise KeyError(f"unknown format {name!r}; choose one of: {known}") from None
    return reporter(result, ctx)


__all__ = ["REPORTERS", "STREAMERS", "ReportContext", "Reporter", "RuleInfo", "render"]
