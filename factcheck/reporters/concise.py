"""The ``concise`` reporter: ``path:line:col: CODE message``, one line a finding.

Nothing else is printed: no header, no summary.  Findings keep the order they were given
in.  Line breaks inside a message become spaces so that each finding stays on one line.
Verified numbers are hidden unless ``ctx.show_verified``, as in the console.
"""

from __future__ import annotations

from factcheck.models import Finding, Summary
from factcheck.reporters.base import ReportContext


def line(f: Finding) -> str:
    """Return one finding's line."""
    message = " ".join(f.message.splitlines())
    return f"{f.path}:{f.line}:{f.column}: {f.code} {message}\n"


class ConciseReport:
    """Write one line per finding as it comes."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx

    def start(self) -> str:
        return ""

    def finding(self, finding: Finding) -> str:
        return line(finding) if self.ctx.show_verified or finding.kind != "verified" else ""

    def end(self, summary: Summary) -> str:
        return ""
