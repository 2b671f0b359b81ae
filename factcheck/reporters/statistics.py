"""``--statistics``: how many findings each rule reported, most first, as ``ruff --statistics``::

    3	FC101	value-mismatch
    1	FC104	malformed-number
    Found 4 findings.

Not a format of its own (it is not in ``REPORTERS``): it speaks the reporter protocol and
replaces the report on standard output; with ``-o FILE`` the report still goes to the file.
Verified numbers are counted only when ``ctx.show_verified``.
"""

from __future__ import annotations

from collections import Counter

from factcheck.models import Finding, Summary
from factcheck.reporters.base import ReportContext


class StatisticsReport:
    """Count findings per rule as they come; print the table at the end."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.counts: Counter[tuple[str, str]] = Counter()

    def start(self) -> str:
        """Write nothing yet."""
        return ""

    def finding(self, finding: Finding) -> str:
        """Count one finding."""
        if self.ctx.show_verified or finding.kind != "verified":
            self.counts[(finding.code, finding.rule)] += 1
        return ""

    def end(self, summary: Summary) -> str:
        """Return one line per rule, most findings first, then the total."""
        rows = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
        width = max((len(str(n)) for _, n in rows), default=1)
        lines = [f"{n:>{width}}\t{code}\t{name}" for (code, name), n in rows]
        total = sum(self.counts.values())
        lines.append(f"Found {total} finding{'s' * (total != 1)}." if total else "No findings.")
        return "\n".join(lines) + "\n"
