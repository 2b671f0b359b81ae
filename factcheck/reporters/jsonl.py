"""The ``jsonl`` reporter: one finding per line, the same fields as ``json``, no summary."""

from __future__ import annotations

from factcheck.models import Finding, ScanResult, Summary
from factcheck.reporters.base import ReportContext
from factcheck.reporters.json_ import dumps_compact, finding_to_dict


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render each finding as one compact JSON object on its own line."""
    return "".join(dumps_compact(finding_to_dict(f, ctx.explain)) + "\n" for f in result.findings)


class JsonlStream:
    """Write one finding per line as it comes."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx

    def start(self) -> str:
        return ""

    def finding(self, finding: Finding) -> str:
        return dumps_compact(finding_to_dict(finding, self.ctx.explain)) + "\n"

    def end(self, summary: Summary) -> str:
        return ""
