"""The ``html`` reporter: one self-contained page an editor can open in a browser.

The page has a sticky summary bar (counts by severity, filter checkboxes), a legend and
the list of rules, then each draft shown as its original text (``ctx.texts[path]``) with
every checked number highlighted (found by its offsets, else by its line and column)
by a ``<mark>`` coloured by verdict: green verified, red error, amber warning, blue info.
Beside the text (below it on narrow screens) each finding has a numbered card: message,
expected value, figure, suggestion and sources with their quotes.  A highlight links to
its card and the card links back.

Nothing is loaded from the network: CSS and the little JS (the severity filters) are
inline.  Everything taken from drafts, the registry or findings is escaped.  Spans that
overlap an earlier highlight are not highlighted again: their cards point back to the
highlight that covers them.  A file whose text is not in ``ctx.texts`` lists its cards
only.  Files come worst first (errors, then warnings, then info, then verified numbers
only; by path within each), then the clean ones.  Verified numbers are hidden unless
``ctx.show_verified``; the bar still counts them all (``summary.verified``), hidden or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from factcheck.models import Finding, ScanResult
from factcheck.reporters.base import ReportContext
from factcheck.reporters.console import (
    format_expected,
    format_value,
    group_by_path,
    plural,
    severity_counts,
    verdict,
    visible_findings,
)
from factcheck.reporters.html_assets import CSS, JS

TITLE = "factcheck report"
VERDICT_RANK = {"verified": 0, "info": 1, "warning": 2, "error": 3}
VERDICT_LABELS = {
    "error": ("error", "errors", "the number contradicts the registry"),
    "warning": ("warning", "warnings", "sources disagree or the drafts disagree"),
    "info": ("info", "info", "worth a look: unsourced number, unused suppression"),
    "verified": ("verified", "verified", "the number matches a registry figure"),
}

def _e(value: object) -> str:
    return escape(str(value), quote=True)


@dataclass
class _Span:
    """One highlight in a draft: the span of its first finding and every finding it covers."""

    start: int
    end: int
    numbers: list[int] = field(default_factory=list)  # card numbers
    findings: list[Finding] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return max((verdict(f) for f in self.findings), key=VERDICT_RANK.__getitem__)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, char in enumerate(text) if char == "\n")
    return starts


def _locate(finding: Finding, text: str, line_starts: list[int]) -> tuple[int, int] | None:
    """Where the finding's number sits in ``text``: its offsets, else its line and column.

    The offsets win when they hold the number as written; when they do not (a default
    0..0, or offsets of a transformed text) the 1-based line and column are tried; failing
    both, offsets that are merely inside the text are kept.
    """
    start, end = finding.start, finding.end
    if 0 <= start < end <= len(text) and text[start:end] == finding.text:
        return start, end
    if finding.text and 1 <= finding.line <= len(line_starts) and finding.column >= 1:
        at = line_starts[finding.line - 1] + finding.column - 1
        if text[at : at + len(finding.text)] == finding.text:
            return at, at + len(finding.text)
    if 0 <= start < end <= len(text):
        return start, end
    return None


def _spans(numbered: list[tuple[int, Finding]], text: str) -> list[_Span]:
    """Group findings into non-overlapping highlights; findings with no place get none."""
    line_starts = _line_starts(text)
    placed: list[tuple[int, int, int, Finding]] = []
    for n, finding in numbered:
        where = _locate(finding, text, line_starts)
        if where is not None:
            placed.append((where[0], -where[1], n, finding))
    placed.sort(key=lambda item: item[:3])
    spans: list[_Span] = []
    for start, neg_end, n, finding in placed:
        if spans and start < spans[-1].end:
            spans[-1].numbers.append(n)
            spans[-1].findings.append(finding)
        else:
            spans.append(_Span(start, -neg_end, [n], [finding]))
    return spans


def _draft(text: str, spans: list[_Span]) -> str:
    parts: list[str] = []
    pos = 0
    for span in spans:
        first = span.numbers[0]
        title = "\n".join(f"{f.code} {f.rule}: {f.message}" for f in span.findings)
        kind = span.findings[0].kind
        parts.append(_e(text[pos : span.start]))
        parts.append(
            f'<mark id="m-{first}" class="v-{span.verdict} k-{_e(kind)}" title="{_e(title)}">'
            f'<a href="#f-{first}">{_e(text[span.start : span.end])}</a></mark>'
        )
        refs = "".join(f'<a href="#f-{n}">{n}</a>' for n in span.numbers)
        parts.append(f'<sup class="refs">{refs}</sup>')
        pos = span.end
    parts.append(_e(text[pos:]))
    return "".join(parts)


def _card(
    number: int,
    finding: Finding,
    mark: int | None,
    ctx: ReportContext,
    marks_at: dict[tuple[str, int, int], int],
) -> str:
    """Return one finding as a card: head, facts, sources and, with --explain, the reasons."""
    out = [f'<li class="card v-{verdict(finding)} k-{_e(finding.kind)}" id="f-{number}">']
    out.extend(_card_head(number, finding, mark))
    out.append('<dl class="facts">')
    out.extend(f"<dt>{_e(k)}</dt><dd>{v_}</dd>" for k, v_ in _facts(finding, marks_at))
    out.append("</dl>")
    out.extend(_source_list(finding))
    if ctx.explain and (finding.reasons or finding.score is not None):
        out.append('<div class="explain">')
        if finding.score is not None:
            out.append(f"match score {finding.score:.2f}")
        if finding.reasons:
            out.append("<ul>" + "".join(f"<li>{_e(r)}</li>" for r in finding.reasons) + "</ul>")
        out.append("</div>")
    out.append("</li>")
    return "\n".join(out)


def _card_head(number: int, finding: Finding, mark: int | None) -> list[str]:
    """Return a card's head (number, badge, code, rule, place) and its message."""
    v = verdict(finding)
    label = "verified" if v == "verified" else finding.severity
    where = f"line {finding.line}, col {finding.column}"
    loc = (
        f'<a class="loc" href="#m-{mark}">{where} ↑</a>'
        if mark
        else f'<span class="loc">{where}</span>'
    )
    return [
        '<div class="card-head">',
        f'<a class="n" href="#m-{mark}">{number}</a>'
        if mark
        else f'<span class="n">{number}</span>',
        f'<span class="badge v-{v}">{_e(label)}</span>',
        f"<code>{_e(finding.code)}</code>",
        f'<span class="rule">{_e(finding.rule)}</span>',
        loc,
        "</div>",
        f'<p class="msg">{_e(finding.message)}</p>',
    ]


def _facts(finding: Finding, marks_at: dict[tuple[str, int, int], int]) -> list[tuple[str, str]]:
    """Return a card's facts as (term, HTML): stated, expected, figure, suggestion, also in."""
    facts: list[tuple[str, str]] = [("stated", f"<q>{_e(finding.text)}</q>")]
    if finding.hedge and finding.hedge != "none":
        facts[0] = ("stated", f"{facts[0][1]} <span class='src'>({_e(finding.hedge)})</span>")
    if finding.expected is not None:
        facts.append(("expected", f"<strong>{_e(format_expected(finding.expected))}</strong>"))
    if finding.figure:
        facts.append(("figure", f"<code>{_e(finding.figure)}</code>"))
    if finding.suggestion:
        facts.append(("suggestion", f"<q>{_e(finding.suggestion)}</q>"))
    for loc_ in finding.related:
        label_ = f"{_e(loc_.path)}:{loc_.line}:{loc_.column}"
        target = marks_at.get((loc_.path, loc_.line, loc_.column))
        if target is not None:
            label_ = f'<a href="#m-{target}">{label_}</a>'
        facts.append(("also in", f"{label_} <q>{_e(loc_.text)}</q>"))
    return facts


def _source_list(finding: Finding) -> list[str]:
    """Return a card's list of sources with their quotes, or nothing when it has none."""
    if not finding.sources:
        return []
    out = ['<ul class="sources">']
    for source in finding.sources:
        value = "" if source.value is None else f" · {_e(format_value(source.value))}"
        out.append(
            f'<li><div class="src"><span class="pub">{_e(source.publisher)}</span>, '
            f"{_e(source.document)}{value}</div>"
            f"<blockquote>“{_e(source.quote)}”</blockquote></li>"
        )
    out.append("</ul>")
    return out


def _header(result: ScanResult, ctx: ReportContext, shown: list[Finding]) -> str:
    counts = severity_counts(result.findings)
    shown_verified = sum(1 for f in shown if f.kind == "verified")
    # The summary counts the verified numbers the decision engine hid, too.
    verified = max(result.summary.verified, sum(1 for f in result.findings if f.kind == "verified"))
    chips = []
    for v in ("error", "warning", "info"):
        one, many, _ = VERDICT_LABELS[v]
        chips.append(
            f'<span class="chip v-{v}">{counts[v]} {one if counts[v] == 1 else many}</span>'
        )
    hidden = " (hidden)" if verified > shown_verified else ""
    chips.append(f'<span class="chip v-verified">{verified} verified{hidden}</span>')
    s = result.summary
    meta = (
        f"{plural(s.files, 'file')} scanned · {plural(s.statistics, 'statistic')} checked"
        f" · {plural(s.quantities, 'number')} found"
    )
    kinds = (
        ("error", "warning", "info", "verified")
        if ctx.show_verified
        else ("error", "warning", "info")
    )
    boxes = "".join(
        f'<label><input type="checkbox" value="{v}" checked> {VERDICT_LABELS[v][1]}</label>'
        for v in kinds
    )
    return (
        '<header class="top"><div class="bar">'
        f"<h1>{_e(TITLE)}</h1>"
        f'<div class="chips">{"".join(chips)}</div>'
        f'<div class="meta">{meta}</div>'
        f'<fieldset class="filters" hidden>Show:{boxes}</fieldset>'
        "</div></header>"
    )


def _legend(ctx: ReportContext) -> str:
    items = "".join(
        f'<span><mark class="v-{v}">{VERDICT_LABELS[v][0]}</mark> {_e(VERDICT_LABELS[v][2])}</span>'
        for v in ("verified", "error", "warning", "info")
    )
    out = [f'<div class="legend">{items}</div>']
    if ctx.rules:
        rows = "".join(
            f"<tr><td><code>{_e(r.code)}</code></td><td>{_e(r.name)}</td>"
            f"<td>{_e(r.severity)}</td><td>{_e(r.summary)}</td></tr>"
            for r in (ctx.rules[c] for c in sorted(ctx.rules))
        )
        out.append(
            f'<details class="rules"><summary>Rules</summary><table>{rows}</table></details>'
        )
    return "\n".join(out)


def _worst_first(groups: dict[str, list[Finding]]) -> dict[str, list[Finding]]:
    """Order files by their worst finding (errors first, verified-only last), then by path."""
    def worst(path: str) -> tuple[int, str]:
        return (-max(VERDICT_RANK["verified" if f.kind == "verified" else f.severity]
                     for f in groups[path]), path)

    return {path: groups[path] for path in sorted(groups, key=worst)}


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render the whole scan as one self-contained HTML page."""
    shown = visible_findings(result, ctx)
    groups = _worst_first(group_by_path(shown))
    clean = [p for p in ctx.texts if p not in groups]
    numbered = _numbered(groups)
    body: list[str] = [_header(result, ctx, shown), "<main>", _legend(ctx)]
    if groups or clean:
        body.append(_file_nav(groups, clean))
    if not shown:
        body.append('<p class="clean-note">No findings to show.</p>')
    spans_of = {
        path: _spans(items, ctx.texts[path]) if path in ctx.texts else []
        for path, items in numbered.items()
    }
    mark_of = {
        n: span.numbers[0] for spans in spans_of.values() for span in spans for n in span.numbers
    }
    marks_at = {
        (f.path, f.line, f.column): span.numbers[0]
        for spans in spans_of.values()
        for span in spans
        for f in span.findings
    }
    for i, (path, items) in enumerate(numbered.items(), 1):
        body.extend(_file_section(i, path, items, spans_of[path], ctx, mark_of, marks_at))
    body.append("</main>")

    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="factcheck ' + _e(ctx.version) + '">\n'
        f"<title>{_e(TITLE)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{JS}</script>\n</body>\n</html>\n"
    )


def _numbered(groups: dict[str, list[Finding]]) -> dict[str, list[tuple[int, Finding]]]:
    """Number the findings 1, 2, ... across files, in the order they are shown."""
    numbered: dict[str, list[tuple[int, Finding]]] = {}
    counter = 0
    for path, findings in groups.items():
        numbered[path] = []
        for finding in findings:
            counter += 1
            numbered[path].append((counter, finding))
    return numbered


def _file_nav(groups: dict[str, list[Finding]], clean: list[str]) -> str:
    """Return the list of files, those with findings linked to their section."""
    links = [
        f'<li><a href="#file-{i}">{_e(p)}</a> '
        f'<span class="clean">({len(groups[p])})</span></li>'
        for i, p in enumerate(groups, 1)
    ]
    links += [f'<li class="clean">{_e(p)} (no findings)</li>' for p in clean]
    return f'<nav class="files"><ul>{"".join(links)}</ul></nav>'


def _file_section(
    i: int,
    path: str,
    items: list[tuple[int, Finding]],
    spans: list[_Span],
    ctx: ReportContext,
    mark_of: dict[int, int],
    marks_at: dict[tuple[str, int, int], int],
) -> list[str]:
    """Return one file's section: its counts, its marked-up draft and its cards."""
    text = ctx.texts.get(path)
    file_counts = severity_counts(f for _, f in items)
    summary = ", ".join(plural(c, s) for s, c in file_counts.items() if c)
    verified_here = sum(1 for _, f in items if f.kind == "verified")
    if verified_here:
        summary = ", ".join(x for x in (summary, f"{verified_here} verified") if x)
    body = [f'<section class="file" id="file-{i}">']
    body.append(f'<h2><span>{_e(path)}</span><span class="counts">{_e(summary)}</span></h2>')
    body.append('<div class="cols">')
    if text is not None:
        body.append(f'<article class="draft">{_draft(text, spans)}</article>')
    else:
        body.append('<p class="notext">The text of this file is not available.</p>')
    body.append('<ol class="cards">')
    body.extend(_card(n, f, mark_of.get(n), ctx, marks_at) for n, f in items)
    body.append("</ol></div></section>")
    return body
