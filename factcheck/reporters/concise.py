"""The ``concise`` reporter: ``path:line:col: CODE message``, one line a finding.

Nothing else is printed: no header, no summary.  Findings keep the order they were given
in.  Line breaks inside a message become spaces so that each finding stays on one line.
Verified numbers are hidden unless ``ctx.show_verified``, as in the console.
"""

from __future__ import annotations

from factcheck.models import ScanResult
from factcheck.reporters.base import ReportContext
from factcheck.reporters.console import visible_findings


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render one ``path:line:col: CODE message`` line per finding."""
    lines = []
    for f in visible_findings(result, ctx):
        message = " ".join(f.message.splitlines())
        lines.append(f"{f.path}:{f.line}:{f.column}: {f.code} {message}\n")
    return "".join(lines)
