"""The language server: pygls over standard input and output, wired to `features`.

Drafts are checked when opened and saved, and a moment after the last change while typing
(``debounce`` seconds, so a burst of keystrokes costs one scan). A saved or changed
figures.yaml, ``.factcheck.toml`` or ``pyproject.toml`` (reported by the client's file
watcher or saved in the editor) drops the cached settings and registries and re-checks
every open draft. A registry or configuration that cannot be used gets its own diagnostic.
"""

from __future__ import annotations

import asyncio

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path

from factcheck import __version__
from factcheck.server import features, protocol
from factcheck.server.features import Checked
from factcheck.server.project import Projects

DEBOUNCE_SECONDS = 0.3
WATCH_GLOB = "**/*.{yaml,yml,toml}"  # registries may have any name; features.is_watched decides


class FactcheckServer(LanguageServer):
    """factcheck's language server: the checked documents and what they were checked with."""

    def __init__(self, debounce: float = DEBOUNCE_SECONDS) -> None:
        super().__init__("factcheck", __version__,
                         text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.projects = Projects()
        self.checked: dict[str, Checked] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.troubled: set[str] = set()  # registry and config files showing a diagnostic
        self.debounce = debounce

    def recheck(self, uri: str) -> Checked | None:
        """Check a document now and publish its diagnostics."""
        self.cancel(uri)
        checked = features.check(self, self.projects, uri)
        if checked is None:
            return None
        self.checked[uri] = checked
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
            uri, features.diagnostics(checked), checked.version))
        self.publish_troubles()
        return checked

    def current(self, uri: str) -> Checked | None:
        """Return the check of a document's current text, checking it if it changed since."""
        checked = self.checked.get(uri)
        if checked is None or checked.version != self.workspace.get_text_document(uri).version:
            checked = self.recheck(uri)
        return checked

    def later(self, uri: str) -> None:
        """Check a document once it has not changed for `debounce` seconds."""
        self.cancel(uri)
        self.timers[uri] = asyncio.get_running_loop().call_later(self.debounce, self.recheck, uri)

    def cancel(self, uri: str) -> None:
        """Drop a document's pending check."""
        timer = self.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()

    def recheck_all(self) -> None:
        """Reload settings and registries, then check every open draft again."""
        self.projects.forget()
        for uri in list(self.checked):
            self.recheck(uri)

    def publish_troubles(self) -> None:
        """Show what is wrong with a registry or configuration on that file; clear what is fixed."""
        from factcheck.registry.yamlmarks import YamlError, read_text

        now: set[str] = set()
        for path, trouble in self.projects.troubles.items():
            uri = from_fs_path(path) or path
            try:
                content = read_text(path)
            except YamlError:
                content = ""
            text = protocol.Text.of(uri, content, self.workspace.position_codec)
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
                uri,
                [protocol.trouble_diagnostic(trouble.line, trouble.column, trouble.message, text)]))
            now.add(uri)
        for uri in self.troubled - now:
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri, []))
        self.troubled = now


def build_server(debounce: float = DEBOUNCE_SECONDS) -> FactcheckServer:
    """Return a server with every feature registered."""
    server = FactcheckServer(debounce)
    _register_sync(server)
    _register_language(server)
    return server


def _register_sync(server: FactcheckServer) -> None:
    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: FactcheckServer, params: lsp.InitializedParams) -> None:
        caps = ls.client_capabilities.workspace
        watch = caps.did_change_watched_files if caps else None
        if watch is not None and watch.dynamic_registration:
            options = lsp.DidChangeWatchedFilesRegistrationOptions(
                [lsp.FileSystemWatcher(WATCH_GLOB)])
            await ls.client_register_capability_async(lsp.RegistrationParams([lsp.Registration(
                "factcheck-watch", lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, options)]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactcheckServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.recheck(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactcheckServer, params: lsp.DidChangeTextDocumentParams) -> None:
        if params.text_document.uri in ls.checked:
            ls.later(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FactcheckServer, params: lsp.DidSaveTextDocumentParams) -> None:
        if _watched(ls, params.text_document.uri):
            ls.recheck_all()
        elif params.text_document.uri in ls.checked:
            ls.recheck(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.cancel(params.text_document.uri)
        if ls.checked.pop(params.text_document.uri, None) is not None:
            ls.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(params.text_document.uri, []))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: FactcheckServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        if any(_watched(ls, change.uri) for change in params.changes):
            ls.recheck_all()


def _watched(ls: FactcheckServer, uri: str) -> bool:
    import os

    from pygls.uris import to_fs_path

    path = os.path.abspath(to_fs_path(uri) or uri)
    return features.is_watched(uri) or path in ls.projects.registry_paths()


def _register_language(server: FactcheckServer) -> None:
    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: lsp.HoverParams) -> lsp.Hover | None:
        checked = ls.current(params.text_document.uri)
        return features.hover(checked, params.position) if checked else None

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                    lsp.CodeActionOptions([lsp.CodeActionKind.QuickFix]))
    def code_action(ls: FactcheckServer,
                    params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        checked = ls.current(params.text_document.uri)
        return features.code_actions(checked, params.range) if checked else None

    @server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: FactcheckServer, params: lsp.DefinitionParams) -> lsp.Location | None:
        checked = ls.current(params.text_document.uri)
        return features.definition(checked, params.position) if checked else None


def serve() -> None:
    """Run the server on standard input and output until the client says exit."""
    build_server().start_io()
