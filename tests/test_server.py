"""`factcheck server` end to end: a real LSP client (pygls's) drives the server as a subprocess.

The registry and drafts are written here; every expected range is found in the draft's own
text (UTF-16 columns, as the client negotiates by default), never copied from the output.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient
from pygls.uris import from_fs_path

REGISTRY = """\
version: 1
figures:
  - id: harbor_ferry_riders_2023
    title: Riders carried by the Bayport harbor ferry in 2023
    value: 8250
    unit: riders
    period: "2023"
    place: Bayport
    keywords: [ferry, riders, harbor, ridership, passengers]
    sources:
      - document: sources/port-report.txt
        publisher: Bayport Port Authority
        date: "2024-02-01"
        quote: "The harbor ferry carried 8,250 riders in 2023"
        value: 8250
        number: "8,250"
"""

# The ship emoji is one code point and two UTF-16 units: columns after it differ.
DRAFT = """\
# Ferry news

\U0001F6A2 The Bayport harbor ferry carried 9,100 riders in 2023, the port said.

Weekday ferry ridership averaged 1,2000 passengers.
"""

TIMEOUT = 10


def utf16_position(text: str, needle: str, end: bool = False) -> lsp.Position:
    """Return the LSP position of a needle's start (or end) in text, in UTF-16 units."""
    offset = text.index(needle) + (len(needle) if end else 0)
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return lsp.Position(line, len(text[start:offset].encode("utf-16-le")) // 2)


def utf16_range(text: str, needle: str) -> lsp.Range:
    return lsp.Range(utf16_position(text, needle), utf16_position(text, needle, end=True))


class Session:
    """A client talking to one `factcheck server` process, collecting published diagnostics."""

    def __init__(self) -> None:
        self.client = LanguageClient("factcheck-test", "1")
        self.published: asyncio.Queue[lsp.PublishDiagnosticsParams] = asyncio.Queue()

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def publish(ls: LanguageClient, params: lsp.PublishDiagnosticsParams) -> None:
            self.published.put_nowait(params)

        @self.client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
        def register(ls: LanguageClient, params: lsp.RegistrationParams) -> None:
            self.registered = params

    async def start(self, root: Path) -> lsp.InitializeResult:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
        await self.client.start_io(sys.executable, "-m", "factcheck", "server", cwd=str(root),
                                   env=env)
        caps = lsp.ClientCapabilities(workspace=lsp.WorkspaceClientCapabilities(
            did_change_watched_files=lsp.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True)))
        result = await asyncio.wait_for(self.client.initialize_async(
            lsp.InitializeParams(capabilities=caps, root_uri=from_fs_path(str(root)))), TIMEOUT)
        self.client.initialized(lsp.InitializedParams())
        return result

    async def diagnostics_for(self, uri: str) -> list[lsp.Diagnostic]:
        """Wait for the next diagnostics published for one file."""
        while True:
            params = await asyncio.wait_for(self.published.get(), TIMEOUT)
            if params.uri == uri:
                return list(params.diagnostics)

    def open(self, uri: str, text: str, language: str = "markdown") -> None:
        self.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            lsp.TextDocumentItem(uri, language, 1, text)))

    async def stop(self) -> None:
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        await self.client.stop()


def write_project(root: Path) -> tuple[Path, Path]:
    (root / "sources").mkdir()
    (root / "sources" / "port-report.txt").write_text("The harbor ferry carried 8,250 "
                                                      "riders in 2023.\n")
    (root / "figures.yaml").write_text(REGISTRY)
    (root / "draft.md").write_text(DRAFT)
    return root / "figures.yaml", root / "draft.md"


def apply(text: str, edit: lsp.TextEdit) -> str:
    """Apply one text edit whose positions are UTF-16 units, as a client would."""
    def offset(pos: lsp.Position) -> int:
        lines = text.split("\n")
        before = sum(len(line) + 1 for line in lines[: pos.line])
        units = lines[pos.line].encode("utf-16-le")[: pos.character * 2].decode("utf-16-le")
        return before + len(units)

    return text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]


async def _drive(root: Path) -> None:
    registry, draft = write_project(root)
    uri, reg_uri = from_fs_path(str(draft)), from_fs_path(str(registry))
    session = Session()
    result = await session.start(root)
    caps = result.capabilities
    assert caps.hover_provider and caps.definition_provider and caps.code_action_provider
    try:
        session.open(uri, DRAFT)
        diags = await session.diagnostics_for(uri)
        by_code = {d.code: d for d in diags}
        assert sorted(by_code) == ["FC101", "FC104"]
        assert by_code["FC101"].range == utf16_range(DRAFT, "9,100")
        assert by_code["FC104"].range == utf16_range(DRAFT, "1,2000")
        assert by_code["FC101"].severity == lsp.DiagnosticSeverity.Error
        assert by_code["FC101"].source == "factcheck"
        assert "8,250" in by_code["FC101"].message
        (related,) = by_code["FC101"].related_information
        assert related.location.uri == reg_uri
        assert related.location.range.start == utf16_position(REGISTRY,
                                                              "document: sources/port-report.txt")
        assert ("Bayport Port Authority" in related.message
                and "carried 8,250 riders" in related.message)

        inside = utf16_position(DRAFT, "9,100")
        hover = await asyncio.wait_for(session.client.text_document_hover_async(
            lsp.HoverParams(lsp.TextDocumentIdentifier(uri),
                            lsp.Position(inside.line, inside.character + 2))), TIMEOUT)
        assert hover is not None and hover.range == utf16_range(DRAFT, "9,100")
        shown = hover.contents.value
        for part in ("harbor_ferry_riders_2023", "8,250 riders", "period:    2023",
                     "qualifier: exact",
                     "Bayport Port Authority", "The harbor ferry carried [8,250] riders in 2023"):
            assert part in shown, part

        where = await asyncio.wait_for(session.client.text_document_definition_async(
            lsp.DefinitionParams(lsp.TextDocumentIdentifier(uri), inside)), TIMEOUT)
        assert where.uri == reg_uri
        assert where.range == utf16_range(REGISTRY, "harbor_ferry_riders_2023")

        asked = lsp.CodeActionParams(lsp.TextDocumentIdentifier(uri), by_code["FC104"].range,
                                     lsp.CodeActionContext([by_code["FC104"]]))
        actions = await asyncio.wait_for(session.client.text_document_code_action_async(asked),
                                         TIMEOUT)
        titles = [a.title for a in actions]
        assert titles == ["Replace '1,2000' with '12,000'", "Replace '1,2000' with '1,200'",
                          "Suppress FC104 on this line (factcheck: ignore)"]
        (fix,) = actions[0].edit.changes[uri]
        assert fix.range == by_code["FC104"].range and fix.new_text == "12,000"
        (ignore,) = actions[2].edit.changes[uri]

        # didChange: the suppression is applied as the client would; FC104 goes, FC101 stays.
        changed = apply(DRAFT, ignore)
        assert "passengers. <!-- factcheck: ignore FC104 -- reason -->\n" in changed
        session.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(version=2, uri=uri),
            [lsp.TextDocumentContentChangeWholeDocument(changed)]))
        diags = await session.diagnostics_for(uri)
        assert [d.code for d in diags] == ["FC101"]

        # The registry changes on disk: the open draft is checked again against the new figure.
        registry.write_text(REGISTRY.replace("value: 8250\n    unit", "value: 9100\n    unit")
                            .replace("8,250", "9,100").replace("value: 8250", "value: 9100"))
        session.client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
            [lsp.FileEvent(reg_uri, lsp.FileChangeType.Changed)]))
        assert await session.diagnostics_for(uri) == []

        # didSave checks again; a registry that no longer loads is an error on figures.yaml,
        # while drafts keep the last registry that loaded.
        session.client.text_document_did_save(lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(uri)))
        assert await session.diagnostics_for(uri) == []
        broken = registry.read_text().replace("value: 9100\n    unit", "value: lots\n    unit")
        registry.write_text(broken)
        session.client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
            [lsp.FileEvent(reg_uri, lsp.FileChangeType.Changed)]))
        assert await session.diagnostics_for(uri) == []
        (trouble,) = await session.diagnostics_for(reg_uri)
        assert trouble.severity == lsp.DiagnosticSeverity.Error and "lots" in trouble.message
        assert trouble.range.start.line == utf16_position(broken, "value: lots").line

        # HTML is read as HTML: the number's range is in the page's own lines.
        page = ("<html><body>\n"
                "<p>Weekday ferry ridership averaged <b>1,2000</b> passengers.</p>\n"
                "</body></html>\n")
        page_uri = from_fs_path(str(root / "page.html"))
        session.open(page_uri, page, "html")
        (malformed,) = await session.diagnostics_for(page_uri)
        assert malformed.code == "FC104" and malformed.range == utf16_range(page, "1,2000")
    finally:
        await session.stop()
    assert session.registered.registrations[0].method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES


# a server process and its imports: about 3 s; tests/test_server_units.py is quick
@pytest.mark.slow
def test_server_end_to_end(tmp_path: Path) -> None:
    asyncio.run(_drive(tmp_path))
