"""Output formats, one module each, registered in one explicit dict.

Every reporter speaks one protocol: ``start()``, ``finding(f)`` for each finding in order,
then ``end(summary)``, each returning text to write. Formats that can be written as they go
(concise, json, jsonl, claimreview) stream; the others collect their findings and render at the end.
The CLI derives its ``--format`` choices from ``REPORTERS``. Reporters read findings and
models only, and never filter: the decision engine already has.
"""

from __future__ import annotations

from factcheck.models import ScanResult
from factcheck.reporters.base import Collected, Quiet, ReportContext, Reporter, ReporterFactory

# Each format's module is imported when a report in it is written: a scan writes one format,
# and importing all of them (html.entities, the SARIF and XML writers) cost every start.


def _console(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import console

    return Collected(ctx, console.render)


def _concise(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import concise

    return concise.ConciseReport(ctx)


def _json(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import json_

    return json_.JsonReport(ctx)


def _jsonl(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import jsonl

    return jsonl.JsonlReport(ctx)


def _sarif(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import sarif

    return Collected(ctx, sarif.render)


def _github(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import github

    return Collected(ctx, github.render)


def _html(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import html

    return Collected(ctx, html.render)


def _junit(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import junit

    return Collected(ctx, junit.render)


def _gitlab(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import gitlab

    return Collected(ctx, gitlab.render)


def _checkstyle(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import checkstyle

    return Collected(ctx, checkstyle.render)


def _claimreview(ctx: ReportContext) -> Reporter:
    from factcheck.reporters import claimreview

    return claimreview.ClaimReviewReport(ctx)


REPORTERS: dict[str, ReporterFactory] = {
    "console": _console,
    "concise": _concise,
    "json": _json,
    "jsonl": _jsonl,
    "sarif": _sarif,
    "github": _github,
    "html": _html,
    "junit": _junit,
    "gitlab": _gitlab,
    "checkstyle": _checkstyle,
    "claimreview": _claimreview,
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
