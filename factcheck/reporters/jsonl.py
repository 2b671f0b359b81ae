"""The ``jsonl`` reporter: one finding per line, the same fields as ``json``, no summary."""

from __future__ import annotations

from factcheck.models import Finding, Summary
from factcheck.reporters.base import ReportContext
from factcheck.reporters.json_ import dumps_compact, finding_to_dict


class JsonlReport:
    """Write one finding per line as it comes."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx

    def start(self) -> str:
        return ""

    def finding(self, finding: Finding) -> str:
        return dumps_compact(finding_to_dict(finding, self.ctx.explain)) + "\n"

    def end(self, summary: Summary) -> str:
        return ""
