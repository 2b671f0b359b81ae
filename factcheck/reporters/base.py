"""What every reporter receives, and the one reporter protocol (start / finding / end)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from factcheck.models import Finding, RuleInfo, ScanResult, Summary


@dataclass(frozen=True)
class ReportContext:
    """Everything a reporter may need besides the findings."""

    rules: Mapping[str, RuleInfo]  # by code
    version: str = "0.1.0"
    color: bool = False  # console only: use colour and styles
    texts: Mapping[str, str] = field(default_factory=dict)  # path -> original file text (html)
    show_verified: bool = False
    explain: bool = False  # print match reasons and scores
    registry_path: str | None = None
    width: int | None = None  # console: columns; None = the terminal's (COLUMNS overrides)
    # The directory report paths are relative to (the git top level, else the working
    # directory); SARIF names it as SRCROOT. None: paths are written as given.
    srcroot: str | None = None
    # Where each rule's documentation lives, with {code} for the rule code (SARIF helpUri).
    rule_docs_url: str | None = None
    information_uri: str | None = None  # factcheck's home page (SARIF informationUri)
    # Who publishes the checks and where (ClaimReview's author and url), from the config.
    author: str | None = None
    author_url: str | None = None
    review_url: str | None = None


class Reporter(Protocol):
    """A report written in three steps; each returns the text to write."""

    def start(self) -> str:
        """Return the text before the first finding."""

    def finding(self, finding: Finding) -> str:
        """Return the text of one finding."""

    def end(self, summary: Summary) -> str:
        """Return the text after the last finding."""


ReporterFactory = Callable[[ReportContext], Reporter]
WholeRender = Callable[[ScanResult, ReportContext], str]


class Collected:
    """A format that needs every finding before it writes: collect them, render at the end."""

    def __init__(self, ctx: ReportContext, render: WholeRender) -> None:
        self.ctx, self.render, self.findings = ctx, render, list[Finding]()

    @classmethod
    def of(cls, render: WholeRender) -> ReporterFactory:
        """Return a reporter factory for a whole-report render function."""
        return lambda ctx: cls(ctx, render)

    def start(self) -> str:
        """Write nothing yet."""
        return ""

    def finding(self, finding: Finding) -> str:
        """Keep the finding for the end."""
        self.findings.append(finding)
        return ""

    def end(self, summary: Summary) -> str:
        """Render the whole report."""
        return self.render(ScanResult(findings=tuple(self.findings), summary=summary), self.ctx)


class Quiet:
    """The reporter of --quiet: it writes nothing; the exit code speaks."""

    def __init__(self, ctx: ReportContext | None = None) -> None:
        self.ctx = ctx

    def start(self) -> str:
        """Write nothing."""
        return ""

    def finding(self, finding: Finding) -> str:
        """Write nothing."""
        return ""

    def end(self, summary: Summary) -> str:
        """Write nothing."""
        return ""


def report_path(path: str, srcroot: str | None) -> str:
    """Return ``path`` with forward slashes, relative to ``srcroot`` when it lies under it.

    With a ``srcroot``, a path outside it becomes absolute; without one, a path keeps its
    own form. Either way a leading ``./`` goes, and standard input (``-``) stays ``-``.
    """
    if srcroot is not None and path != "-":
        full = os.path.abspath(path)
        root = os.path.abspath(srcroot)
        try:
            inside = os.path.commonpath([full, root]) == root
        except ValueError:  # another drive
            inside = False
        path = os.path.relpath(full, root) if inside else full
    posix = path.replace("\\", "/")
    while posix.startswith("./"):
        posix = posix[2:]
    return posix
