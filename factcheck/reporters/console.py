"""The ``console`` reporter: findings grouped by file, for people at a terminal.

Looks like ruff or eslint output::

    drafts/gaza.md
      drafts/gaza.md:4:27  error  FC102  Says "more than" but the figure is "nearly"
          │ Officials said more than 110,000 people had died.
          │                          ^^^^^^^
          │ expected: 110,000 people (nearly) — figure gaza_deaths
          │ Gaza Health Ministry, seeds/000.txt: “nearly 110,000 people”

    Found 3 problems (2 errors, 1 warning) in 1 file · 2 files scanned, 14 statistics checked

With colour the number is highlighted in the sentence; without colour a caret line marks
it. Lines fit the terminal's width as rich detects it (``COLUMNS`` overrides; 80 when
there is no terminal), or ``ctx.width``: messages wrap at word boundaries under a hanging
indent, and a sentence is cut to one line around its number.  Verified numbers are hidden
unless ``ctx.show_verified``.  ``rich`` is imported inside :func:`render` only, so
importing this module stays cheap; the plain helpers below are shared with the other
human-facing reporters.
"""

from __future__ import annotations

from collections.abc import Iterable
from io import StringIO
from typing import TYPE_CHECKING

from factcheck.models import Expected, Finding, ScanResult
from factcheck.reporters.base import ReportContext

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

MIN_WIDTH = 40  # narrower terminals still get this many columns
SEVERITY_ORDER = ("error", "warning", "info")
GUTTER = "      │ "
SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "blue", "verified": "green"}

# --- helpers shared by the human-facing reporters ---------------------------------------


def visible_findings(result: ScanResult, ctx: ReportContext) -> list[Finding]:
    """Return the findings a person should see: verified ones only when asked for."""
    return [f for f in result.findings if ctx.show_verified or f.kind != "verified"]


def group_by_path(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Group findings by file, keeping the order in which files first appear."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.path, []).append(finding)
    return groups


def verdict(finding: Finding) -> str:
    """Return ``verified`` for a verified number, otherwise the finding's severity."""
    return "verified" if finding.kind == "verified" else finding.severity


def format_value(value: float | None, unit: str | None = None) -> str:
    """Format a number for people: ``110,000``, ``7.8%``, ``1,200 USD``."""
    if value is None:
        number = "?"
    elif float(value).is_integer() and abs(value) < 1e18:
        number = f"{int(value):,}"
    else:
        number = format(value, ",.12g")
    if not unit:
        return number
    if unit in ("percent", "%"):
        return number + "%"
    if unit in ("percentage_point", "percentage-points", "percentage_points"):
        return number + " percentage points"
    return f"{number} {unit.replace('_', ' ')}"


def format_expected(expected: Expected) -> str:
    """Format what the registry expected: ``110,000 people (nearly)``."""
    text = format_value(expected.value, expected.unit)
    if expected.qualifier and expected.qualifier != "exact":
        text += f" ({expected.qualifier})"
    return text


def plural(count: int, word: str) -> str:
    """``1 error``, ``2 errors``; ``info`` never takes an s."""
    if count == 1 or word == "info":
        return f"{count} {word}"
    return f"{count} {word}s"


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Count problems (not verified numbers) by severity, most severe first."""
    counts = dict.fromkeys(SEVERITY_ORDER, 0)
    for finding in findings:
        if finding.kind != "verified":
            counts[finding.severity] = counts.get(finding.severity, 0) + 1
    return counts


def locate_in_context(finding: Finding, full_text: str | None) -> int | None:
    """Find where the number (``finding.text``) sits inside ``finding.context``.

    When the original text is known, the occurrence of the sentence that covers the
    finding's offsets decides; otherwise the first occurrence of the number is taken.
    """
    context, needle = finding.context, finding.text
    if not context or not needle:
        return None
    if full_text and finding.end > finding.start:
        lo = max(0, finding.end - len(context))
        pos = full_text.find(context, lo, finding.start + len(context))
        while pos != -1 and pos <= finding.start:
            offset = finding.start - pos
            if pos + len(context) >= finding.end and context[offset:].startswith(needle):
                return offset
            pos = full_text.find(context, pos + 1, finding.start + len(context))
    found = context.find(needle)
    return found if found >= 0 else None


def one_line(text: str) -> str:
    """Replace line breaks and tabs by spaces, keeping character offsets."""
    return text.translate({ord("\n"): " ", ord("\r"): " ", ord("\t"): " "})


def context_window(
    context: str, start: int | None, length: int, budget: int
) -> tuple[str, int | None]:
    """Cut ``context`` to about ``budget`` characters around the number at ``start``.

    Returns the window and the number's offset in it.
    """
    text = one_line(context).strip()
    lead = len(one_line(context)) - len(one_line(context).lstrip())
    if start is not None:
        start -= lead
        if start < 0 or start + length > len(text):
            start = None
    if len(text) <= budget:
        return text, start
    if start is None:
        return text[: budget - 1].rstrip() + "…", None
    room = max(budget - length - 2, 0)
    left = max(0, start - room // 2)
    right = min(len(text), left + length + room)
    left = max(0, right - length - room)
    window = text[left:right]
    offset = start - left
    if left > 0:
        window, offset = "…" + window, offset + 1
    if right < len(text):
        window += "…"
    return window, offset


# --- rendering ------------------------------------------------------------------------


def _finding_block(finding: Finding, ctx: ReportContext, body_width: int) -> list[Text]:
    """Lines under a finding's headline: sentence, expected value, sources, reasons."""
    from rich.cells import cell_len
    from rich.text import Text

    lines: list[Text] = []
    style = SEVERITY_STYLES[verdict(finding)]
    if finding.context.strip():
        where = locate_in_context(finding, ctx.texts.get(finding.path))
        window, offset = context_window(finding.context, where, len(finding.text), body_width)
        sentence = Text(window, no_wrap=True, overflow="ellipsis")
        if offset is not None:
            sentence.stylize(
                f"bold reverse {style.split()[-1]}", offset, offset + len(finding.text)
            )
        lines.append(sentence)
        if offset is not None and not ctx.color:
            pad = cell_len(window[:offset])
            lines.append(Text(" " * pad + "^" * max(cell_len(finding.text), 1)))
    if finding.expected is not None:
        line = Text.assemble(("expected: ", "dim"), (format_expected(finding.expected), "bold"))
        if finding.figure:
            line.append(" — figure ", style="dim")
            line.append(finding.figure, style="cyan")
        lines.append(line)
    elif finding.figure:
        lines.append(Text.assemble(("figure ", "dim"), (finding.figure, "cyan")))
    if finding.suggestion:
        lines.append(Text.assemble(("suggestion: ", "dim"), (finding.suggestion, "green")))
    for source in finding.sources:
        line = Text(f"{source.publisher}, {source.document}", style="italic")
        line.append(": ")
        line.append(f"“{one_line(source.quote)}”")
        lines.append(line)
    for loc in finding.related:
        lines.append(
            Text.assemble(
                ("also: ", "dim"), f"{loc.path}:{loc.line}:{loc.column} ", (loc.text, "bold")
            )
        )
    if ctx.explain:
        if finding.reasons:
            lines.append(Text.assemble(("reasons: ", "dim"), "; ".join(finding.reasons)))
        if finding.score is not None:
            lines.append(Text.assemble(("score: ", "dim"), f"{finding.score:.2f}"))
    return lines


def _emit(console: Console, text: Text, first: str, rest: str) -> None:
    """Print ``text`` wrapped to the console width, every line after the first hanging."""
    from rich.cells import cell_len
    from rich.text import Text

    width = max(console.width - max(cell_len(first), cell_len(rest)), 20)
    for i, line in enumerate(text.wrap(console, width, justify="default", overflow="fold")):
        line.rstrip()
        console.print(Text.assemble((first if i == 0 else rest, "dim"), line), no_wrap=True)


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render findings grouped by file, with a closing summary."""
    from rich.console import Console
    from rich.text import Text

    out = StringIO()
    console = Console(
        file=out,
        force_terminal=ctx.color,
        no_color=not ctx.color,
        color_system="standard" if ctx.color else None,
        width=ctx.width,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        legacy_windows=False,
    )
    if console.width < MIN_WIDTH:
        console.width = MIN_WIDTH
    shown = visible_findings(result, ctx)
    for path, findings in group_by_path(shown).items():
        console.print(Text(path, style="bold underline"))
        for finding in findings:
            head = Text()
            head.append(f"{finding.path}:{finding.line}:{finding.column}", style="bold")
            head.append("  ")
            label = "ok" if finding.kind == "verified" else finding.severity
            head.append(label, style=SEVERITY_STYLES[verdict(finding)])
            head.append("  ")
            head.append(finding.code, style="magenta" if ctx.color else "")
            head.append("  ")
            head.append(finding.message.replace("\r\n", "\n"))
            _emit(console, head, "  ", " " * 8)
            for line in _finding_block(finding, ctx, console.width - 8):
                if line.no_wrap:
                    gutter_line = Text.assemble((GUTTER, "dim"), line)
                    console.print(gutter_line, no_wrap=True, overflow="ellipsis")
                else:
                    _emit(console, line, GUTTER, GUTTER)
        console.print()
    for line in _summary_lines(result, shown):
        console.print(line)
    return out.getvalue()


def _summary_lines(result: ScanResult, shown: list[Finding]) -> list[Text]:
    from rich.text import Text

    counts = severity_counts(shown)
    problems = sum(counts.values())
    verified_total = max(result.summary.verified,
                         sum(1 for f in result.findings if f.kind == "verified"))
    verified_shown = sum(1 for f in shown if f.kind == "verified")
    files_with = len({f.path for f in shown if f.kind != "verified"})
    first = Text()
    if problems:
        first.append(f"Found {plural(problems, 'problem')}", style="bold")
        parts = [
            Text(plural(counts[severity], severity), style=SEVERITY_STYLES[severity])
            for severity in SEVERITY_ORDER
            if counts[severity]
        ]
        first.append(" (")
        first.append(Text(", ").join(parts))
        first.append(f") in {plural(files_with, 'file')}.")
    else:
        first.append("✓ No problems found.", style="bold green")
    second = Text(
        f"{plural(result.summary.files, 'file')} scanned, "
        f"{plural(result.summary.statistics, 'statistic')} checked",
        style="dim",
    )
    if verified_total:
        second.append(", ")
        second.append(f"{verified_total} verified", style="green")
        if verified_total > verified_shown:
            second.append(" (hidden)")
    second.append(".")
    return [first, second]
