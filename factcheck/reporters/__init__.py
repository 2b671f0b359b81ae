"""Output formats, one module each, registered in one explicit dict.

Every reporter speaks one protocol: ``start()``, ``finding(f)`` for each finding in order,
then ``end(summary)``, each returning text to write. Formats that can be written as they go
(concise, json, jsonl, claimreview) stream; the others collect their findings and render at the end.
The CLI derives its ``--format`` choices from ``REPORTERS``. Reporters read findings and
models only, and never filter: the decision engine already has.
"""

from __future__ import annotations

from importlib import import_module

from factcheck.models import ScanResult
from factcheck.reporters.base import Collected, Quiet, ReportContext, Reporter, ReporterFactory

# Each format's module is imported when a report in it is written: a scan writes one format,
# and importing all of them (html.entities, the SARIF and XML writers) cost every start.
# A format is its module and either its `render` function (collected, written at the end)
# or its reporter class (written as findings come).
_FORMATS: dict[str, tuple[str, str]] = {
    "console": ("console", "render"),
    "concise": ("concise", "ConciseReport"),
    "json": ("json_", "JsonReport"),
    "jsonl": ("jsonl", "JsonlReport"),
    "sarif": ("sarif", "render"),
    "github": ("github", "render"),
    "html": ("html", "render"),
    "junit": ("junit", "render"),
    "gitlab": ("gitlab", "render"),
    "checkstyle": ("checkstyle", "render"),
    "claimreview": ("claimreview", "ClaimReviewReport"),
}


def _lazy(module: str, name: str) -> ReporterFactory:
    """Return a factory that imports a format's module only when it makes a reporter."""

    def make(ctx: ReportContext) -> Reporter:
        made = getattr(import_module(f"factcheck.reporters.{module}"), name)
        return Collected(ctx, made) if name == "render" else made(ctx)

    return make


REPORTERS: dict[str, ReporterFactory] = {fmt: _lazy(*spec) for fmt, spec in _FORMATS.items()}

# The format `-o FILE` implies when no format is given, by the file's extension.
EXTENSIONS: dict[str, str] = {
    ".sarif": "sarif", ".json": "json", ".jsonl": "jsonl", ".html": "html", ".htm": "html",
    ".xml": "junit",
}

# Formats whose text is written as findings come, so an archive's report is never held.
STREAMING: frozenset[str] = frozenset({"concise", "json", "jsonl", "claimreview"})

# Formats that report verified numbers unless --hide-verified says otherwise: a published
# check of a right number is a check too.
SHOWS_VERIFIED: frozenset[str] = frozenset({"claimreview"})


def render(name: str, result: ScanResult, ctx: ReportContext) -> str:
    """Render ``result`` in the format ``name``; raise ``KeyError`` naming the known formats."""
    try:
        factory = REPORTERS[name]
    except KeyError:
        known = ", ".join(sorted(REPORTERS))
        raise KeyError(f"unknown format {name!r}; choose one of: {known}") from None
    reporter = factory(ctx)
    return (reporter.start() + "".join(map(reporter.finding, result.findings))
            + reporter.end(result.summary))


__all__ = ["EXTENSIONS", "REPORTERS", "SHOWS_VERIFIED", "STREAMING", "Quiet", "ReportContext",
           "Reporter", "render"]
