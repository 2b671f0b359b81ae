"""What every reporter receives, and the reporter signature."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from factcheck.models import Finding, ScanResult, Summary


@dataclass(frozen=True)
class RuleInfo:
    """A rule as reporters describe it (SARIF rules, HTML legend, docs)."""

    code: str  # "FC101"
    name: str  # "value-mismatch"
    severity: str  # default severity: "error", "warning" or "info"
    summary: str  # one line
    doc: str = ""  # the rule module's docstring: what it flags, why, an example


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


Reporter = Callable[[ScanResult, ReportContext], str]


class StreamWriter(Protocol):
    """A format that can be written finding by finding, so an archive scan holds no report."""

    def start(self) -> str:
        """Return the text before the first finding."""

    def finding(self, finding: Finding) -> str:
        """Return the text of one finding."""

    def end(self, summary: Summary) -> str:
        """Return the text after the last finding."""


Streamer = Callable[[ReportContext], StreamWriter]
