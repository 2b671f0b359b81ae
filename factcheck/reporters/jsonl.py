"""The ``jsonl`` reporter: one finding per line, the same fields as ``json``, no summary."""

from __future__ import annotations

from factcheck.models import ScanResult
from factcheck.reporters.base import ReportContext
from factcheck.reporters.json_ import dumps_compact, finding_to_dict


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render each finding as one compact JSON object on its own line."""
    return "".join(dumps_compact(finding_to_dict(f, ctx.explain)) + "\n" for f in result.findings)
