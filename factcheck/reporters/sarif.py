"""The ``sarif`` reporter: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run; its driver lists every rule of ``ctx.rules`` (sorted by code), each with a
``helpUri`` to its page under ``docs/rules/`` when ``ctx.rule_docs_url`` is set (never a
guessed address: it comes from the configuration or factcheck's project URLs), and each
finding becomes a result with ``ruleId``/``ruleIndex``, a level (error -> ``error``,
warning -> ``warning``, info -> ``note``), a physical location and a stable
``partialFingerprints`` entry. URIs are relative to the base id ``SRCROOT``, which
``originalUriBaseIds`` resolves to ``ctx.srcroot`` (the git top level, else the working
directory), so code scanning places them in the repository whatever directory the scan
ran in; a file outside it gets an absolute ``file://`` URI. A malformed number and a bad
conversion with a suggestion carry a ``fixes`` entry whose ``artifactChanges`` replace the
number with the suggestion. Verified numbers are results of kind ``pass`` with level
``none`` so that viewers show them as passing checks, not alerts. Columns count Unicode
code points (``columnKind``), as factcheck's columns do.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from typing import Any
from urllib.parse import quote

from factcheck.intervals import respelled
from factcheck.models import Finding, Location, ScanResult
from factcheck.reporters.base import ReportContext, RuleInfo, report_path
from factcheck.reporters.json_ import expected_to_dict, source_to_dict

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SARIF_VERSION = "2.1.0"
TOOL_NAME = "factcheck"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "factcheck/v1"
SRCROOT = "SRCROOT"
FIXABLE = frozenset({"malformed-number", "bad-conversion"})  # kinds whose suggestion is a fix


def artifact_uri(path: str, srcroot: str | None = None) -> tuple[str, str | None]:
    """Return a URI for ``path`` and its base id (``SRCROOT`` unless absolute).

    The name is percent-encoded as the file system's bytes, so a name that is not valid
    UTF-8 (decoded with surrogate escapes) still gives a valid URI.
    """
    return _uri(os.fsencode(report_path(path, srcroot)))


def _uri(posix: bytes) -> tuple[str, str | None]:
    if re.match(rb"^[A-Za-z]:/", posix):
        return "file:///" + quote(posix, safe="/:"), None
    if posix.startswith(b"/"):
        return "file://" + quote(posix, safe="/"), None
    return quote(posix, safe="/"), SRCROOT


def root_uri(srcroot: str) -> str:
    """Return the ``file://`` URI of a directory, ending in a slash as SARIF requires."""
    posix = os.path.abspath(srcroot).replace("\\", "/").rstrip("/") + "/"
    if re.match(r"^[A-Za-z]:/", posix):
        return "file:///" + quote(posix, safe="/:")
    return "file://" + quote(posix, safe="/")


def fingerprint(finding: Finding, srcroot: str | None = None) -> str:
    """A stable hash of what identifies a finding regardless of where lines move."""
    path, _ = artifact_uri(finding.path, srcroot)
    parts = [
        path,
        finding.code,
        finding.text,
        finding.figure or "",
        " ".join(finding.context.split()),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def rule_descriptor(rule: RuleInfo, docs_url: str | None = None) -> dict[str, Any]:
    """Describe one rule for ``tool.driver.rules``."""
    full = rule.doc.strip() or rule.summary
    out: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": full},
    }
    if docs_url:
        out["helpUri"] = docs_url.format(code=rule.code, name=rule.name)
    out["help"] = {"text": full}
    out["defaultConfiguration"] = {"level": LEVELS.get(rule.severity, "note")}
    out["properties"] = {"tags": ["factcheck", rule.name]}
    return out


def artifact_location(path: str, srcroot: str | None = None) -> dict[str, Any]:
    """A SARIF artifactLocation: a URI and, when relative, its base id."""
    uri, base = artifact_uri(path, srcroot)
    artifact: dict[str, Any] = {"uri": uri}
    if base:
        artifact["uriBaseId"] = base
    return artifact


def region(line: int, column: int, end_line: int, end_column: int) -> dict[str, Any]:
    """A SARIF region from factcheck's 1-based, end-exclusive line and column span."""
    return {
        "startLine": max(line, 1),
        "startColumn": max(column, 1),
        "endLine": max(end_line, line, 1),
        "endColumn": max(end_column, 1),
    }


def physical_location(
    path: str, line: int, column: int, end_line: int, end_column: int, text: str,
    srcroot: str | None = None,
) -> dict[str, Any]:
    """A SARIF physicalLocation for one span of a file."""
    span = region(line, column, end_line, end_column)
    if text:
        span["snippet"] = {"text": text}
    return {"artifactLocation": artifact_location(path, srcroot), "region": span}


def _related(index: int, loc: Location, srcroot: str | None) -> dict[str, Any]:
    return {
        "id": index,
        "physicalLocation": physical_location(
            loc.path, loc.line, loc.column, loc.end_line, loc.end_column, loc.text, srcroot
        ),
        "message": {"text": f"also stated here as {loc.text}"},
    }


def fix_for(finding: Finding, srcroot: str | None = None) -> dict[str, Any] | None:
    """Return a SARIF fix replacing the number by its suggestion, for the fixable kinds."""
    if finding.kind not in FIXABLE or not finding.suggestion or finding.suggestion == finding.text:
        return None
    deleted = region(finding.line, finding.column, finding.end_line, finding.end_column)
    # A malformed number's suggestion is its digits alone: keep the currency and scale written.
    new = (respelled(finding.text, finding.suggestion) if finding.kind == "malformed-number"
           else finding.suggestion)
    return {
        "description": {"text": f"Replace '{finding.text}' with '{new}'"},
        "artifactChanges": [{
            "artifactLocation": artifact_location(finding.path, srcroot),
            "replacements": [
                {"deletedRegion": deleted, "insertedContent": {"text": new}}
            ],
        }],
    }


def result_for(finding: Finding, rule_index: int, srcroot: str | None = None) -> dict[str, Any]:
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
                srcroot,
            )
        }
    ]
    result["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint(finding, srcroot)}
    if finding.related:
        result["relatedLocations"] = [
            _related(i, loc, srcroot) for i, loc in enumerate(finding.related)
        ]
    fix = fix_for(finding, srcroot)
    if fix is not None:
        result["fixes"] = [fix]
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
    driver: dict[str, Any] = {"name": TOOL_NAME, "version": ctx.version,
                              "semanticVersion": ctx.version}
    if ctx.information_uri:
        driver["informationUri"] = ctx.information_uri
    driver["rules"] = [rule_descriptor(rule, ctx.rule_docs_url) for rule in rules]
    run: dict[str, Any] = {"tool": {"driver": driver}}
    if ctx.srcroot is not None:
        run["originalUriBaseIds"] = {SRCROOT: {"uri": root_uri(ctx.srcroot)}}
    run["columnKind"] = "unicodeCodePoints"
    run["results"] = [result_for(f, index[f.code], ctx.srcroot) for f in result.findings]
    log = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
