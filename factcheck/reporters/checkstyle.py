"""The ``checkstyle`` reporter: Checkstyle XML, read by Jenkins' warnings plugin, reviewdog,
SonarQube and many code-review tools.

One ``<file>`` per file with findings (its path relative to the repository root), one
``<error>`` per finding with ``line``, ``column``, ``severity`` (``error``, ``warning`` or
``info``), ``message`` and ``source`` (``factcheck.FC101``). Verified numbers are left out
unless ``ctx.show_verified``.
"""

from __future__ import annotations

from factcheck.models import Finding, ScanResult
from factcheck.reporters.base import ReportContext, report_path
from factcheck.reporters.xmltext import XML_DECLARATION, attr


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render the scan as one Checkstyle XML document."""
    groups: dict[str, list[Finding]] = {}
    for f in result.findings:
        if ctx.show_verified or f.kind != "verified":
            groups.setdefault(report_path(f.path, ctx.srcroot), []).append(f)
    lines = [XML_DECLARATION.rstrip("\n"), '<checkstyle version="4.3">']
    for path, findings in groups.items():
        lines.append(f"  <file name={attr(path)}>")
        for f in findings:
            severity = "info" if f.kind == "verified" else f.severity
            lines.append(f"    <error line=\"{f.line}\" column=\"{f.column}\" "
                         f"severity=\"{severity}\" "
                         f"message={attr(f'{f.message} ({f.code} {f.rule})')} "
                         f"source={attr('factcheck.' + f.code)}/>")
        lines.append("  </file>")
    lines.append("</checkstyle>")
    return "\n".join(lines) + "\n"
