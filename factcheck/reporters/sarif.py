"""The ``sarif`` reporter: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run; its driver lists every rule of ``ctx.rules`` (sorted by code) and each finding
becomes a result with ``ruleId``/``ruleIndex``, a level (error -> ``error``, warning ->
``warning``, info -> ``note``), a physical location whose URI is relative to
``%SRCROOT%`` and a stable ``partialFingerprints`` entry.  Verified numbers are results of
kind ``pass`` with level ``none`` so that viewers show them as passing checks, not alerts.
Columns count Unicode code points (``columnKind``), as factcheck's columns do.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from typing import Any
from urllib.parse import quote

from factcheck.models import Finding, Location, ScanResult
from factcheck.reporters.base import ReportContext, RuleInfo
from factcheck.reporters.json_ import expected_to_dict, source_to_dict

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SARIF_VERSION = "2.1.0"
TOOL_NAME = "factcheck"
INFORMATION_URI = "https://pypi.org/project/factcheck/"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "factcheck/v1"


def artifact_uri(path: str) -> tuple[str, str | None]:
    """Return a URI for ``path`` and its base id (``%SRCROOT%`` unless absolute).

    The name is percent-encoded as the file system's bytes, so a name that is not valid
    UTF-8 (decoded with surrogate escapes) still gives a valid URI.
    """
    posix = os.fsencode(path.replace("\\", "/"))
    return _uri(posix)


def _uri(posix: bytes) -> tuple[str, str | None]:
    while posix.startswith(b"./"):
        posix = posix[2:]
    if re.match(rb"^[A-Za-z]:/", posix):
        return "file:///" + quote(posix, safe="/:"), None
    if posix.startswith(b"/"):
        return "file://" + quote(posix, safe="/"), None
    return quote(posix, safe="/"), "%SRCROOT%"


def fingerprint(finding: Finding) -> str:
    """A stable hash of what identifies a finding regardless of where lines move."""
    path, _ = artifact_uri(finding.path)
    parts = [
        path,
        finding.code,
        finding.text,
        finding.figure or "",
        " ".join(finding.context.split()),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def rule_descriptor(rule: RuleInfo) -> dict[str, Any]:
    """Describe one rule for ``tool.driver.rules``."""
    full = rule.doc.strip() or rule.summary
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": full},
        "help": {"text": full},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "note")},
        "properties": {"tags": ["factcheck", rule.name]},
    }


def physical_location(
    path: str, line: int, column: int, end_line: int, end_column: int, text: str
) -> dict[str, Any]:
    """A SARIF physicalLocation for one span of a file."""
    uri, base = artifact_uri(path)
    artifact: dict[str, Any] = {"uri": uri}
    if base:
        artifact["uriBaseId"] = base
    region: dict[str, Any] = {
        "startLine": max(line, 1),
        "startColumn": max(column, 1),
        "endLine": max(end_line, line, 1),
        "endColumn": max(end_column, 1),
    }
    if text:
        region["snippet"] = {"text": text}
    return {"artifactLocation": artifact, "region": region}


def _related(index: int, loc: Location) -> dict[str, Any]:
    return {
        "id": index,
        "physicalLocation": physical_location(
            loc.path, loc.line, loc.column, loc.end_line, loc.end_column, loc.text
        ),
        "message": {"text": f"also stated here as {loc.text}"},
    }


def result_for(finding: Finding, rule_index: int) -> dict[str, Any]:
    """Turn one finding into a SARIF result."""
    result: dict[str, Any] = {"ruleId": finding.code, "ruleIndex": rule_index}
    if finding.kind == "verified":
        result["kind"] = "pass"
        result["level"] = "none"
    else:
        result["level"] = LEVELS.get(finding.severity, "note")
    result["message"] = {"text": finding.message}
    result["locations"] = [
        {
            "physicalLocation": physical_location(
                finding.path,
                finding.line,
                finding.column,
                finding.end_line,
                finding.end_column,
                finding.text,
            )
        }
    ]
    result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint(finding)}
    if finding.related:
        result["relatedLocations"] = [_related(i, loc) for i, loc in enumerate(finding.related)]
    properties: dict[str, Any] = {
        "figure": finding.figure,
        "expected": expected_to_dict(finding.expected),
        "kind": finding.kind,
        "rule": finding.rule,
        "severity": finding.severity,
    }
    if finding.sources:
        properties["sources"] = [source_to_dict(s) for s in finding.sources]
    if finding.suggestion:
        properties["suggestion"] = finding.suggestion
    result["properties"] = properties
    return result


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render the scan as one SARIF 2.1.0 log."""
    rules = [ctx.rules[code] for code in sorted(ctx.rules)]
    index = {rule.code: i for i, rule in enumerate(rules)}
    for finding in result.findings:  # a rule missing from ctx.rules still gets a descriptor
        if finding.code not in index:
            index[finding.code] = len(rules)
            rules.append(RuleInfo(finding.code, finding.rule, finding.severity, finding.rule))
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": ctx.version,
                        "semanticVersion": ctx.version,
                        "informationUri": INFORMATION_URI,
                        "rules": [rule_descriptor(rule) for rule in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [result_for(f, index[f.code]) for f in result.findings],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
