"""The ``gitlab`` reporter: GitLab Code Quality JSON, for merge-request widgets.

A JSON array with one issue per finding: ``description`` (the message), ``check_name``
(the rule code), ``fingerprint`` (stable across line shifts: rule, path, number, figure and
the sentence, with an occurrence count for repeats), ``severity`` (error -> ``major``,
warning -> ``minor``, info -> ``info``; GitLab's scale is info, minor, major, critical,
blocker), ``location.path`` relative to the repository root and ``location.lines.begin``.
Verified numbers are left out unless ``ctx.show_verified``. Save it as the job's
``artifacts:reports:codequality`` file.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from factcheck.models import ScanResult
from factcheck.reporters.base import ReportContext, report_path

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(result: ScanResult, ctx: ReportContext) -> str:
    """Render the scan as a GitLab Code Quality report."""
    seen: Counter[str] = Counter()
    issues: list[dict[str, Any]] = []
    for f in result.findings:
        if f.kind == "verified" and not ctx.show_verified:
            continue
        path = report_path(f.path, ctx.srcroot)
        key = "\x1f".join([path, f.code, f.text, f.figure or "", " ".join(f.context.split())])
        seen[key] += 1
        digest = hashlib.sha256(f"{key}\x1f{seen[key]}".encode()).hexdigest()[:32]
        issues.append({
            "type": "issue",
            "description": f"{f.code} {f.message}",
            "check_name": f.code,
            "categories": ["Bug Risk"],
            "fingerprint": digest,
            "severity": "info" if f.kind == "verified" else SEVERITIES.get(f.severity, "info"),
            "location": {"path": path, "lines": {"begin": f.line, "end": f.end_line}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
