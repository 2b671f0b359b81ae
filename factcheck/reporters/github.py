"""The ``github`` reporter: GitHub Actions workflow commands, one per finding.

Each finding becomes an annotation on the pull request::

    ::error file=drafts/a.md,line=3,col=14,endLine=3,endColumn=21,title=factcheck FC101::message

``warning`` findings use ``::warning`` and ``info`` findings ``::notice``.  Values are
escaped as the Actions runner expects: in the message ``%``, CR and LF become ``%25``,
``%0D`` and ``%0A``; in properties ``:`` and ``,`` also become ``%3A`` and ``%2C``.
Files are named relative to the repository root (``ctx.srcroot``), as annotations need,
whatever directory the scan ran in.

When the environment variable ``GITHUB_STEP_SUMMARY`` names a file (as it does inside a
workflow step), a Markdown summary table is appended to that file; it is never
overwritten.  Verified numbers are hidden unless ``ctx.show_verified``.
"""

from __future__ import annotations

import os
import sys

from factcheck.models import Finding, ScanResult
from factcheck.reporters.base import ReportContext, report_path
from factcheck.reporters.console import plural, severity_counts, visible_findings

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
SUMMARY_ROW_LIMIT = 1000  # GitHub caps a step summary at 1 MiB


def escape_data(value: str) -> str:
    """Escape a workflow command's message."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_path(path: str) -> str:
    """Paths with forward slashes, relative to the repository root as given."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def command(finding: Finding, srcroot: str | None = None) -> str:
    """Return the workflow command for one finding (its file relative to ``srcroot``)."""
    name = COMMANDS.get(finding.severity, "notice")
    props = {
        "file": report_path(finding.path, srcroot),
        "line": str(finding.line),
        "col": str(finding.column),
        "endLine": str(finding.end_line),
        "endColumn": str(finding.end_column),
        "title": f"factcheck {finding.code}",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props.items())
    return f"::{name} {joined}::{escape_data(finding.message)}"


def escape_cell(value: str) -> str:
    """Make text safe inside one Markdown table cell."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = value.replace("\\", "\\\\").replace("|", "\\|")
    return "<br>".join(value.splitlines())


def step_summary(result: ScanResult, findings: list[Finding], srcroot: str | None = None) -> str:
    """Return the Markdown summary: a heading, counts and a table of findings."""
    counts = severity_counts(findings)
    problems = sum(counts.values())
    # hidden ones too
    verified = max(result.summary.verified, sum(1 for f in findings if f.kind == "verified"))
    lines = ["## factcheck report", ""]
    parts = [plural(counts[s], s) for s in ("error", "warning", "info") if counts[s]]
    scanned = (
        f"{plural(result.summary.files, 'file')} scanned, "
        f"{plural(result.summary.statistics, 'statistic')} checked"
    )
    if problems:
        lines.append(f"**{plural(problems, 'problem')}** ({', '.join(parts)}) · {scanned}")
    else:
        lines.append(f"**No problems found** · {scanned}")
    if verified:
        lines[-1] += f" · {verified} verified"
    lines.append("")
    if findings:
        lines.append("| File | Line | Severity | Code | Message |")
        lines.append("| --- | ---: | --- | --- | --- |")
        for f in findings[:SUMMARY_ROW_LIMIT]:
            severity = "verified" if f.kind == "verified" else f.severity
            cells = [escape_cell(report_path(f.path, srcroot)), str(f.line), severity, f.code]
            cells.append(escape_cell(f.message))
            lines.append("| " + " | ".join(cells) + " |")
        if len(findings) > SUMMARY_ROW_LIMIT:
            lines.append("")
            lines.append(f"… and {len(findings) - SUMMARY_ROW_LIMIT} more findings.")
        lines.append("")
    return "\n".join(lines) + "\n"


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render workflow commands; append a step summary when ``GITHUB_STEP_SUMMARY`` is set."""
    findings = visible_findings(result, ctx)
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        try:
            with open(summary_path, "a", encoding="utf-8") as handle:
                handle.write(step_summary(result, findings, ctx.srcroot))
        except OSError as error:
            print(f"factcheck: cannot write GITHUB_STEP_SUMMARY: {error}", file=sys.stderr)
    return "".join(command(f, ctx.srcroot) + "\n" for f in findings)
