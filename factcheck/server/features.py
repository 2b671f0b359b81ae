"""The language features: diagnostics, hover, code actions and go to definition.

Every check is one ``scan.check_jobs`` call on the editor's text, with the settings and
registry ``factcheck scan`` would use for that file (``project.Projects``). The findings of
the last check of each document are kept for hover, code actions and definitions; the
diagnostics are those the decision engine keeps under the file's own settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from factcheck.decide import decide
from factcheck.errors import InputError
from factcheck.models import Finding
from factcheck.pipeline import Job
from factcheck.scan import check_jobs, policy_for
from factcheck.server import protocol
from factcheck.server.positions import RegistryMarks, marks_of
from factcheck.server.project import WATCHED_NAMES, Context, Projects

LANGUAGES = {"markdown": "markdown", "html": "html", "plaintext": "text", "text": "text"}


@dataclass(frozen=True)
class Checked:
    """One check of one version of a document."""

    version: int | None
    text: protocol.Text
    findings: tuple[Finding, ...]  # every finding, verified numbers too
    context: Context


def draft_format(uri: str, language: str | None) -> str | None:
    """Return the format to read a document in, or None for a file that is not a draft.

    The file's extension decides, as for `factcheck scan`; the editor's language only for a
    file without a draft's extension (an unsaved buffer, notes without one).
    """
    from factcheck.documents.formats import detect_format

    path = to_fs_path(uri) or uri
    fmt = detect_format(path)  # "text" for any extension it does not know
    if fmt != "text" or os.path.splitext(path)[1].lower() == ".txt":
        return fmt
    return LANGUAGES.get(language or "")


def is_watched(uri: str) -> bool:
    """Say whether a change to this file changes how drafts are checked."""
    return os.path.basename(to_fs_path(uri) or uri) in WATCHED_NAMES


def check(ls: LanguageServer, projects: Projects, uri: str) -> Checked | None:
    """Scan an open document as it is in the editor; None when it is not a draft."""
    doc = ls.workspace.get_text_document(uri)
    fmt = draft_format(uri, doc.language_id)
    if fmt is None:
        return None
    path = to_fs_path(uri) or os.path.join(os.getcwd(), "untitled")
    ctx = projects.context_for(path)
    text = protocol.Text.of(uri, doc.source, ls.workspace.position_codec)
    try:
        findings = tuple(check_jobs([Job(path, doc.source, fmt)], ctx.registry, ctx.policy))
    except InputError as exc:
        ls.window_log_message(lsp.LogMessageParams(lsp.MessageType.Warning, f"factcheck: {exc}"))
        findings = ()
    return Checked(doc.version, text, findings, ctx)


def diagnostics(checked: Checked) -> list[lsp.Diagnostic]:
    """Return the diagnostics of a check: what `factcheck scan` reports for the file."""
    from factcheck.docs import rule_docs_url

    ctx = checked.context
    docs_url = rule_docs_url(ctx.settings.rule_docs_url)
    registry = ctx.registry
    marks = marks_of(registry.path) if ctx.has_registry else None
    reg_text = protocol.Text.of(from_fs_path(registry.path) or registry.path, marks.text,
                                checked.text.codec) if marks else None
    shown = decide(checked.findings, policy_for(ctx.settings))
    return [protocol.diagnostic(f, checked.text, reg_text, marks or RegistryMarks(),
                                registry.get(f.figure or ""), docs_url)
            for f in shown]


def finding_at(checked: Checked, position: lsp.Position) -> Finding | None:
    """Return the finding whose number the position is on (a figure's first)."""
    point = lsp.Range(position, position)
    hits = [f for f in checked.findings
            if protocol.overlaps(protocol.finding_range(f, checked.text), point)]
    hits.sort(key=lambda f: (f.figure is None, f.kind == "unused-suppression"))
    return hits[0] if hits else None


def hover(checked: Checked, position: lsp.Position) -> lsp.Hover | None:
    """Return the hover for a number: the finding and its figure with every source."""
    from factcheck.registry.show import figure_text

    f = finding_at(checked, position)
    if f is None:
        return None
    fig = checked.context.registry.get(f.figure) if f.figure else None
    body = protocol.hover_text(f, figure_text(fig) if fig else None)
    return lsp.Hover(lsp.MarkupContent(lsp.MarkupKind.Markdown, body),
                     protocol.finding_range(f, checked.text))


def code_actions(checked: Checked, span: lsp.Range) -> list[lsp.CodeAction]:
    """Return the fixes for the findings in a range: each reading of a number, a suppression."""
    uri = checked.text.uri
    out: list[lsp.CodeAction] = []
    for f in checked.findings:
        where = protocol.finding_range(f, checked.text)
        if f.kind == "verified" or not protocol.overlaps(where, span):
            continue
        fixes: list[tuple[str, lsp.TextEdit]] = []
        if f.kind == "malformed-number":
            for number in protocol.readings_of(f):
                edit = protocol.replacement(f, checked.text, number)
                fixes.append((f"Replace '{f.text}' with '{edit.new_text}'", edit))
        elif f.kind == "bad-conversion" and f.suggestion:
            fixes.append((f"Replace '{f.text}' with '{f.suggestion}'",
                          lsp.TextEdit(where, f.suggestion)))
        for i, (title, edit) in enumerate(fixes):
            out.append(_action(title, uri, edit, preferred=i == 0))
        if f.kind != "unused-suppression":
            edit = protocol.suppression(f, checked.text)
            out.append(_action(f"Suppress {f.code} on this line (factcheck: ignore)", uri, edit))
    return out


def _action(title: str, uri: str, edit: lsp.TextEdit, preferred: bool = False) -> lsp.CodeAction:
    return lsp.CodeAction(title, kind=lsp.CodeActionKind.QuickFix, is_preferred=preferred or None,
                          edit=lsp.WorkspaceEdit(changes={uri: [edit]}))


def definition(checked: Checked, position: lsp.Position) -> lsp.Location | None:
    """Return where the figure of the number at a position is written in figures.yaml."""
    f = finding_at(checked, position)
    if f is None or not f.figure or not checked.context.has_registry:
        return None
    registry = checked.context.registry
    marks = marks_of(registry.path)
    mark = marks.figures.get(f.figure)
    if mark is None:
        line = registry.lines.get(f.figure)
        if line is None:
            return None
        mark = (line, 1)
    text = protocol.Text.of(from_fs_path(registry.path) or registry.path, marks.text,
                            checked.text.codec)
    return text.at(mark)
