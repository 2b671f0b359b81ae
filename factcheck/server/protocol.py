"""Findings and figures as Language Server Protocol values: diagnostics, hovers, edits.

Positions: a finding's line and column are 1-based and count code points; LSP's are
0-based and count the client's units (UTF-16 unless it negotiated another), on lines broken
at CRLF, CR and LF only, as factcheck breaks them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from lsprotocol import types as lsp
from pygls.uris import from_fs_path
from pygls.workspace.position_codec import PositionCodec

from factcheck.documents.segments import line_starts
from factcheck.intervals import respelled
from factcheck.models import Figure, Finding
from factcheck.server.positions import Mark, RegistryMarks

SOURCE = "factcheck"
SEVERITIES = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}
REASON = "reason"  # the placeholder a suppression's author replaces with why it is right


@dataclass(frozen=True)
class Text:
    """A text with its lines, as positions are counted in it."""

    uri: str
    lines: tuple[str, ...]
    codec: PositionCodec

    @classmethod
    def of(cls, uri: str, text: str, codec: PositionCodec) -> Text:
        """Split a text at CRLF, CR and LF, keeping the breaks."""
        starts = (*line_starts(text), len(text))
        return cls(uri, tuple(text[a:b] for a, b in pairwise(starts)), codec)

    def position(self, line: int, column: int) -> lsp.Position:
        """Return the LSP position of a 1-based line and code-point column."""
        return self.codec.position_to_client_units(self.lines, lsp.Position(max(line - 1, 0),
                                                                            max(column - 1, 0)))

    def span(self, line: int, column: int, end_line: int, end_column: int) -> lsp.Range:
        """Return the LSP range of a 1-based, end-exclusive span."""
        return lsp.Range(self.position(line, column),
                         self.position(max(end_line, line), end_column))

    def at(self, mark: Mark) -> lsp.Location:
        """Return the location of a mark, as wide as the word there."""
        line, column = mark
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        word = re.match(r"[^\s:#]*", text[column - 1:])
        return lsp.Location(self.uri, self.span(line, column, line,
                                                column + len(word.group() if word else "")))


def finding_range(f: Finding, doc: Text) -> lsp.Range:
    """Return the range of a finding's number in its draft."""
    return doc.span(f.line, f.column, f.end_line, f.end_column)


def diagnostic(f: Finding, doc: Text, registry: Text | None, marks: RegistryMarks,
               figure: Figure | None, docs_url: str | None = None) -> lsp.Diagnostic:
    """Turn one finding into a diagnostic, its figure's sources as related information."""
    severity = lsp.DiagnosticSeverity.Hint if f.kind == "verified" else SEVERITIES[f.severity]
    related = [lsp.DiagnosticRelatedInformation(loc, text)
               for loc, text in _related(f, registry, marks, figure)]
    href = docs_url.format(code=f.code, name=f.rule) if docs_url else None
    data: dict[str, Any] = {"kind": f.kind, "figure": f.figure, "suggestion": f.suggestion}
    return lsp.Diagnostic(
        range=finding_range(f, doc), message=f.message, severity=severity, code=f.code,
        code_description=lsp.CodeDescription(href) if href else None, source=SOURCE,
        related_information=related or None, data=data,
    )


def _related(f: Finding, registry: Text | None, marks: RegistryMarks,
             figure: Figure | None) -> list[tuple[lsp.Location, str]]:
    out: list[tuple[lsp.Location, str]] = []
    if registry is not None and f.figure in marks.figures:
        for src in f.sources:
            index = _source_index(figure, src.document, src.quote)
            mark = marks.sources.get((f.figure, index), marks.figures[f.figure])
            out.append((registry.at(mark), f"{src.publisher}: “{src.quote}” ({src.document})"))
        if not f.sources:
            out.append((registry.at(marks.figures[f.figure]), f"figure {f.figure}"))
    for loc in f.related:  # the same number in another draft (FC108); its lines are not at hand
        span = lsp.Range(lsp.Position(loc.line - 1, loc.column - 1),
                         lsp.Position(loc.end_line - 1, loc.end_column - 1))
        out.append((lsp.Location(from_fs_path(loc.path) or loc.path, span),
                    f"also stated here as {loc.text}"))
    return out


def _source_index(figure: Figure | None, document: str, quote: str) -> int:
    for i, src in enumerate(figure.sources if figure else ()):
        if src.document == document and src.quote == quote:
            return i
    return -1


def trouble_diagnostic(line: int, column: int, message: str, doc: Text) -> lsp.Diagnostic:
    """Return the diagnostic for a registry or configuration that cannot be used."""
    return lsp.Diagnostic(range=doc.span(line, column, line, column + 1), message=message,
                          severity=lsp.DiagnosticSeverity.Error, source=SOURCE)


def hover_text(f: Finding, figure_text: str | None) -> str:
    """Return a hover's Markdown: the finding, then its figure with every source."""
    parts = [f"**{f.code} {f.rule}**: {_escape(f.message)}"]
    if figure_text:
        parts.append("```text\n" + figure_text.rstrip("\n") + "\n```")
    return "\n\n".join(parts)


def _escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


def replacement(f: Finding, doc: Text, number: str) -> lsp.TextEdit:
    """Return the edit that writes a number's reading in its place."""
    return lsp.TextEdit(finding_range(f, doc), respelled(f.text, number))


def suppression(f: Finding, doc: Text) -> lsp.TextEdit:
    """Return the edit that appends an ignore directive for this finding to the number's line.

    A comment at the end of the line suppresses that line in Markdown, HTML and plain text
    alike, and leaves paragraphs and list items whole; in a table row it goes inside the
    last cell, where the Markdown parser still reads it.
    """
    line = doc.lines[f.line - 1] if 0 < f.line <= len(doc.lines) else ""
    body = line.rstrip("\r\n").rstrip()
    at = len(body)
    if body.lstrip().startswith("|") and body.endswith("|") and body.count("|") > 1:
        at = len(body[:-1].rstrip())
    where = doc.position(f.line, at + 1)
    tail = " " if at < len(body) else ""
    directive = f"<!-- factcheck: ignore {f.code} -- {REASON} -->"
    return lsp.TextEdit(lsp.Range(where, where), f"{' ' if body else ''}{directive}{tail}")


def overlaps(a: lsp.Range, b: lsp.Range) -> bool:
    """Say whether two ranges share a position (touching counts, as for a cursor)."""
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and \
        (b.start.line, b.start.character) <= (a.end.line, a.end.character)


def readings_of(f: Finding) -> list[str]:
    """Return a malformed number's readings as written: the suggested one (a figure's) first."""
    from factcheck.extract.quantities import extract_quantities
    from factcheck.intervals import format_number

    found: Sequence[float] = ()
    for q in extract_quantities(f.context or f.text):
        if q.text == f.text and q.readings:
            found = q.readings
            break
    readings = [format_number(r) for r in found]
    if f.suggestion:
        readings = [f.suggestion, *(r for r in readings if r != f.suggestion)]
    return readings
