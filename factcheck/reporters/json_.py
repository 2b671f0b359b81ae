"""The ``json`` reporter: the public, versioned machine-readable report.

Shape (version 1, a public contract)::

    {"version": 1, "findings": [...], "summary": {...}}

Every finding starts with ``path, line, column, end_line, end_column, text, code, kind,
severity, message, figure, expected, sources`` in that order, followed by ``rule,
stated_value, stated_unit, hedge, context, suggestion, related`` and, with ``--explain``
only, ``reasons`` and ``score``.  Lines and columns are 1-based; ``end_column`` is
exclusive.  Floats that hold whole numbers print as integers (``110000``, not
``110000.0``).

This module also holds the serialisation helpers that ``jsonl`` and ``sarif`` share.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring  # the C implementation where available
from typing import Any

from factcheck.models import Expected, Finding, Location, SourceRef, Summary
from factcheck.reporters.base import ReportContext

JSON_VERSION = 1


def plain_number(value: float | int | None) -> float | int | None:
    """Return ``value`` as an int when it is a whole float, ``None`` when not finite."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if not math.isfinite(value):
        return None
    if value.is_integer():
        return int(value)
    return value


def expected_to_dict(expected: Expected | None) -> dict[str, Any] | None:
    """Serialise what the registry expected, or ``None``."""
    if expected is None:
        return None
    return {
        "value": plain_number(expected.value),
        "unit": expected.unit,
        "qualifier": expected.qualifier,
    }


def source_to_dict(source: SourceRef) -> dict[str, Any]:
    """Serialise one cited source."""
    return {
        "document": source.document,
        "publisher": source.publisher,
        "quote": source.quote,
        "value": plain_number(source.value),
    }


def location_to_dict(location: Location) -> dict[str, Any]:
    """Serialise a related location."""
    return {
        "path": location.path,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
        "text": location.text,
    }


def finding_to_dict(finding: Finding, explain: bool = False) -> dict[str, Any]:
    """Serialise one finding with the public key order of the ``json`` format."""
    data: dict[str, Any] = {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "text": finding.text,
        "code": finding.code,
        "kind": finding.kind,
        "severity": finding.severity,
        "message": finding.message,
        "figure": finding.figure,
        "expected": expected_to_dict(finding.expected),
        "sources": [source_to_dict(s) for s in finding.sources],
        "rule": finding.rule,
        "stated_value": plain_number(finding.stated_value),
        "stated_unit": finding.stated_unit,
        "hedge": finding.hedge,
        "context": finding.context,
        "suggestion": finding.suggestion,
        "related": [location_to_dict(loc) for loc in finding.related],
    }
    if explain:
        data["reasons"] = list(finding.reasons)
        data["score"] = plain_number(finding.score)
    return data


def summary_to_dict(summary: Summary) -> dict[str, Any]:
    """Serialise the scan summary in its public key order."""
    return {
        "files": summary.files,
        "quantities": summary.quantities,
        "statistics": summary.statistics,
        "findings": summary.findings,
        "by_severity": dict(summary.by_severity),
        "by_kind": dict(summary.by_kind),
        "verified": summary.verified,
    }


def dumps_compact(data: Any) -> str:
    """One-line JSON, UTF-8 kept as is."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def dumps_indented(data: Any, indent: str = "") -> str:
    """Return exactly json.dumps(data, indent=2, ensure_ascii=False), several times faster.

    json.dumps drops to its pure-Python encoder whenever it indents; a report of 100,000
    findings spent most of its rendering time there.
    """
    if isinstance(data, dict):
        if not data:
            return "{}"
        inner = indent + "  "
        items = ",\n".join(f"{inner}{encode_basestring(str(k))}: {dumps_indented(v, inner)}"
                           for k, v in data.items())
        return "{\n" + items + "\n" + indent + "}"
    if isinstance(data, (list, tuple)):
        if not data:
            return "[]"
        inner = indent + "  "
        return ("[\n" + ",\n".join(inner + dumps_indented(v, inner) for v in data) + "\n" + indent
                + "]")
    if isinstance(data, str):
        return encode_basestring(data)
    if data is None:
        return "null"
    if data is True:
        return "true"
    if data is False:
        return "false"
    if isinstance(data, float):
        if math.isnan(data) or math.isinf(data):
            raise ValueError("Out of range float values are not JSON compliant")
        return float.__repr__(data)
    if isinstance(data, int):
        return int.__repr__(data)
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)


class JsonReport:
    """Write one indented JSON document, one finding at a time."""

    def __init__(self, ctx: ReportContext) -> None:
        self.ctx = ctx
        self.count = 0

    def start(self) -> str:
        return f'{{\n  "version": {JSON_VERSION},\n  "findings": ['

    def finding(self, finding: Finding) -> str:
        sep = "," if self.count else ""
        self.count += 1
        return sep + "\n    " + dumps_indented(finding_to_dict(finding, self.ctx.explain), "    ")

    def end(self, summary: Summary) -> str:
        close = "\n  ]" if self.count else "]"
        body = json.dumps(summary_to_dict(summary), ensure_ascii=False, indent=2, allow_nan=False)
        body = "\n".join(("  " + line) if i else line for i, line in enumerate(body.splitlines()))
        return f'{close},\n  "summary": {body}\n}}\n'
