"""The ``junit`` reporter: JUnit XML, the test-report format CI systems read.

One ``<testsuite>`` per file with findings, one ``<testcase>`` per finding, named by its
code, rule and place (``FC101 value-mismatch at 3:14``) with the file as ``classname``.
Errors and warnings are failures (``<failure type="error">``); info findings, and verified
numbers when shown, are passing test cases whose message is in ``<system-out>``. A scan
with nothing to report is one suite holding one passing case. Paths are relative to the
repository root (``ctx.srcroot``). The shape follows the common JUnit schema
(``tests/schemas/junit.xsd``), which Jenkins, GitLab, Azure Pipelines and CircleCI read.
"""

from __future__ import annotations

from factcheck.models import Finding, ScanResult
from factcheck.reporters.base import ReportContext, report_path
from factcheck.reporters.xmltext import XML_DECLARATION, attr, body

FAILING = ("error", "warning")


def _case(f: Finding, path: str) -> list[str]:
    name = f"{f.code} {f.rule} at {f.line}:{f.column}"
    head = (f"    <testcase name={attr(name)} classname={attr(path)} file={attr(path)} "
            f"line={attr(f.line)} time=\"0\"")
    detail = f"{path}:{f.line}:{f.column}: {f.code} {f.message}"
    if f.context:
        detail += f"\n{' '.join(f.context.split())}"
    if f.kind != "verified" and f.severity in FAILING:
        return [head + ">",
                f"      <failure type={attr(f.severity)} "
                f"message={attr(f.message)}>{body(detail)}</failure>",
                "    </testcase>"]
    return [head + ">", f"      <system-out>{body(detail)}</system-out>", "    </testcase>"]


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render the scan as one JUnit XML document."""
    shown = [f for f in result.findings if ctx.show_verified or f.kind != "verified"]
    groups: dict[str, list[Finding]] = {}
    for f in shown:
        groups.setdefault(report_path(f.path, ctx.srcroot), []).append(f)
    failures = sum(1 for f in shown if f.kind != "verified" and f.severity in FAILING)
    total = max(len(shown), 1)
    lines = [XML_DECLARATION.rstrip("\n"),
             f'<testsuites name="factcheck" tests="{total}" failures="{failures}" errors="0" '
             f'skipped="0" time="0">']
    if not groups:
        lines += ['  <testsuite name="factcheck" tests="1" failures="0" errors="0" '
                  'skipped="0" time="0">',
                  f"    <testcase name=\"no problems\" classname=\"factcheck\" time=\"0\">"
                  f"<system-out>{body(_scanned(result))}</system-out></testcase>",
                  "  </testsuite>"]
    for path, findings in groups.items():
        failed = sum(1 for f in findings if f.kind != "verified" and f.severity in FAILING)
        lines.append(f"  <testsuite name={attr(path)} tests=\"{len(findings)}\" "
                     f"failures=\"{failed}\" errors=\"0\" skipped=\"0\" time=\"0\">")
        for f in findings:
            lines.extend(_case(f, path))
        lines.append("  </testsuite>")
    lines.append("</testsuites>")
    return "\n".join(lines) + "\n"


def _scanned(result: ScanResult) -> str:
    s = result.summary
    return f"{s.files} file(s) scanned, {s.statistics} statistic(s) checked, no problems found"
