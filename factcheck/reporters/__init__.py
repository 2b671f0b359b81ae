"""Output formats, one module each, registered in one explicit dict.

Every reporter speaks one protocol: ``start()``, ``finding(f)`` for each finding in order,
then ``end(summary)``, each returning text to write. Formats that can be written as they go
(concise, json, jsonl, claimreview) stream; the others collect their findings and render at the end.
The CLI derives its ``--format`` choices from ``REPORTERS``. Reporters read findings and
models only, and never filter: the decision engine already has.
"""

from __future__ import annotations

from factcheck.models import ScanResult
from factcheck.reporters import (
    checkstyle,
    claimreview,
    concise,
    console,
    github,
    gitlab,
    html,
    json_,
    jsonl,
    junit,
    sarif,
)
from factcheck.reporters.base import Collected, Quiet, ReportContext, Reporter, ReporterFactory

REPORTERS: dict[str, ReporterFactory] = {
    "console": Collected.of(console.render),
    "concise": concise.ConciseReport,
    "json": json_.JsonReport,
    "jsonl": jsonl.JsonlReport,
    "sarif": Collected.of(sarif.render),
    "github": Collected.of(github.render),
    "html": Collected.of(html.render),
    "junit": Collected.of(junit.render),
    "gitlab": Collected.of(gitlab.render),
    "checkstyle": Collected.of(checkstyle.render),
    "claimreview": claimreview.ClaimReviewReport,
}

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
