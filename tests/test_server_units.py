"""The language server's parts, in process: positions, edits, readings, projects, imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types as lsp
from pygls.workspace.position_codec import PositionCodec

from factcheck.decide import Policy
from factcheck.intervals import respelled
from factcheck.models import Finding
from factcheck.pipeline import Job
from factcheck.registry.load import empty_registry
from factcheck.scan import check_jobs
from factcheck.server import features, protocol
from factcheck.server.project import Projects

UTF16 = PositionCodec(lsp.PositionEncodingKind.Utf16)
UTF32 = PositionCodec(lsp.PositionEncodingKind.Utf32)


def findings(text: str, fmt: str, path: str = "draft") -> list[Finding]:
    return list(check_jobs([Job(path, text, fmt)], empty_registry(), Policy()))


@pytest.mark.parametrize(("written", "number", "expected"), [
    pytest.param("1,2000", "12,000", "12,000", id="bare"),
    pytest.param("$41,00 million", "41,000", "$41,000 million", id="currency-and-scale-kept"),
    pytest.param("41,00 percent", "4,100", "4,100 percent", id="unit-kept"),
    pytest.param("6.000", "6,000", "6,000", id="dot-thousands"),
    pytest.param("1O0 people", "100", "100 people", id="letter-o"),
])
def test_respelled(written: str, number: str, expected: str) -> None:
    assert respelled(written, number) == expected


@pytest.mark.parametrize(("codec", "character"), [
    pytest.param(UTF16, 9, id="utf-16-counts-the-emoji-twice"),
    pytest.param(UTF32, 8, id="utf-32-counts-code-points"),
])
def test_positions_follow_the_negotiated_encoding(codec: PositionCodec, character: int) -> None:
    text = protocol.Text.of("file:///d.md", "first\r\n\U0001F6A2 ferry 9,100 riders\rlast", codec)
    assert text.lines == ("first\r\n", "\U0001F6A2 ferry 9,100 riders\r", "last")
    assert text.span(2, 9, 2, 14) == lsp.Range(lsp.Position(1, character),
                                               lsp.Position(1, character + 5))


SUPPRESSIBLE = [
    pytest.param("Weekday ridership averaged 1,2000 passengers.\n", "markdown", id="markdown"),
    pytest.param("- Weekday ridership averaged 1,2000 passengers\n- Next item\n", "markdown",
                 id="markdown-list"),
    pytest.param("| route | riders |\n|---|---|\n| A | 1,2000 |\n", "markdown",
                 id="markdown-table"),
    pytest.param("<p>Weekday ridership averaged\n1,2000 passengers.</p>\n", "html", id="html"),
    pytest.param("Weekday ridership averaged 1,2000 passengers.", "text",
                 id="text-no-final-newline"),
    pytest.param("Weekday ridership averaged 1,2000 passengers.   \r\nNext.\r\n", "text",
                 id="text-crlf-trailing-spaces"),
]


@pytest.mark.parametrize(("text", "fmt"), SUPPRESSIBLE)
def test_the_suppression_action_suppresses_exactly_its_finding(text: str, fmt: str) -> None:
    (f,) = findings(text, fmt)
    doc = protocol.Text.of("file:///d", text, UTF32)
    edit = protocol.suppression(f, doc)
    assert edit.range.start == edit.range.end and edit.range.start.line == f.line - 1
    line = doc.lines[f.line - 1]
    at = edit.range.start.character
    changed = ("".join(doc.lines[: f.line - 1]) + line[:at] + edit.new_text + line[at:]
               + "".join(doc.lines[f.line:]))
    assert f"<!-- factcheck: ignore {f.code} -- reason -->" in changed
    assert findings(changed, fmt) == []  # gone, and no FC109: the directive is used


def test_readings_of_a_malformed_number_the_suggestion_first() -> None:
    (f,) = findings("Weekday ridership averaged 1,2000 passengers.\n", "markdown")
    assert f.kind == "malformed-number"
    assert protocol.readings_of(f) == ["12,000", "1,200"]
    doc = protocol.Text.of("file:///d", "Weekday ridership averaged 1,2000 passengers.\n", UTF16)
    assert protocol.replacement(f, doc, "1,200").new_text == "1,200"


@pytest.mark.parametrize(("uri", "language", "expected"), [
    pytest.param("file:///a/draft.md", "markdown", "markdown", id="markdown-by-language"),
    pytest.param("file:///a/page.htm", None, "html", id="html-by-extension"),
    pytest.param("file:///a/notes", "plaintext", "text", id="plain-text"),
    pytest.param("untitled:Untitled-1", "markdown", "markdown", id="an-unsaved-buffer"),
    pytest.param("file:///a/notes.txt", "markdown", "text", id="the-extension-decides-as-for-scan"),
    pytest.param("file:///a/figures.yaml", "yaml", None, id="registry-is-not-a-draft"),
    pytest.param("file:///a/app.py", "python", None, id="code-is-not-a-draft"),
])
def test_which_documents_are_drafts(uri: str, language: str | None, expected: str | None) -> None:
    assert features.draft_format(uri, language) == expected


BROKEN = "version: 1\nfigures:\n  - id: Bad Id\n    title: x\n"
GOOD = """version: 1
figures:
  - id: ferry_riders_2023
    title: Ferry riders in 2023
    value: 8250
    unit: riders
    sources:
      - {document: report.txt, publisher: Port, quote: "8,250 riders", value: 8250}
"""


def test_a_broken_registry_is_a_trouble_until_fixed_and_reloads_on_change(tmp_path: Path) -> None:
    registry, draft = tmp_path / "figures.yaml", tmp_path / "draft.md"
    registry.write_text(BROKEN)
    projects = Projects()
    ctx = projects.context_for(str(draft))
    (trouble,) = projects.troubles.values()
    assert (trouble.path, trouble.line) == (str(registry), 3)
    assert ctx.registry.figures == ()
    registry.write_text(GOOD + "\n")  # another size and time: the cached registry is stale
    ctx = projects.context_for(str(draft))
    assert projects.troubles == {}
    assert [f.id for f in ctx.registry.figures] == ["ferry_riders_2023"]
    assert projects.context_for(str(draft)).registry is ctx.registry  # loaded once


def test_a_broken_config_is_a_trouble_and_the_defaults_apply(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text('fail-on = "sometimes"\n')
    projects = Projects()
    ctx = projects.context_for(str(tmp_path / "draft.md"))
    (trouble,) = projects.troubles.values()
    assert trouble.path == str(tmp_path / ".factcheck.toml") and trouble.line == 1
    assert ctx.settings.fail_on == "error" and not ctx.has_registry


def test_scan_does_not_import_the_language_server(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("Ridership averaged 1,2000 passengers.\n")
    code = ("import sys\nfrom factcheck.cli import app\n"
            f"app(['scan', {str(draft)!r}, '-f', 'concise', '-q'], standalone_mode=False)\n"
            "print(sorted(m for m in ('pygls', 'lsprotocol') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         check=True)
    assert out.stdout.strip() == "[]"
