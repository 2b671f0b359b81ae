"""Baselines: accept today's findings so that a scan fails only on new ones.

``--write-baseline FILE`` writes every finding a scan reports (verified numbers and the
baseline's own FC113 aside) to a JSON file, one entry a line; ``--baseline FILE`` makes the
decision engine drop each finding that an entry accepts. An entry is keyed by the draft's
path (relative to the baseline file, so the scan may run from anywhere) and a fingerprint
of the rule code, the figure, the number as written and its sentence with white space and
case normalised: no line or column, so it survives lines inserted above it and edits
elsewhere in the file, and it stops matching when the sentence itself is rewritten. Two
identical findings in one file need two entries. An entry of a scanned file that accepts
nothing is stale and reported as FC113 stale-baseline (info) at its line of the baseline.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.errors import InputError
from factcheck.models import Finding

VERSION = 1
UNBASELINED = frozenset({"verified", "stale-baseline"})  # kinds never written to a baseline


def normalise(text: str) -> str:
    """Fold white space and case, so re-wrapping a paragraph keeps the fingerprint."""
    return " ".join(text.split()).casefold()


def fingerprint(f: Finding) -> str:
    """Return what identifies a finding wherever its line moves: rule, figure, number, sentence."""
    parts = [f.code, f.figure or "", normalise(f.text), normalise(f.context or f.text)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class Entry:
    """One accepted finding."""

    path: str  # real path of the draft
    fingerprint: str
    code: str
    severity: str
    text: str
    line: int  # the draft line it was on when written (for people only)
    at: int  # the entry's own line in the baseline file


@dataclass(frozen=True)
class Baseline:
    """A baseline file's entries."""

    path: str  # as the user gave it
    entries: tuple[Entry, ...]


def _rel(path: str, base: str) -> str:
    return os.path.relpath(os.path.realpath(path), base).replace(os.sep, "/")


def save_baseline(path: str, findings: Iterable[Finding]) -> int:
    """Write the baseline of these findings; return how many entries it has."""
    base = os.path.dirname(os.path.realpath(path))
    rows = [{"path": _rel(f.path, base), "code": f.code, "fingerprint": fingerprint(f),
             "severity": f.severity, "text": f.text, "line": f.line}
            for f in findings if f.kind not in UNBASELINED and f.path != "-"]
    rows.sort(key=lambda r: (r["path"], r["line"], r["code"], r["fingerprint"]))
    body = ",\n".join("  " + json.dumps(r, ensure_ascii=False, sort_keys=False) for r in rows)
    text = f'{{"version": {VERSION}, "tool": "factcheck", "entries": [\n{body}\n]}}\n'
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text if rows
                     else f'{{"version": {VERSION}, "tool": "factcheck", "entries": []}}\n')
    except OSError as exc:
        raise InputError(f"{path}: cannot write baseline: {exc.strerror or exc}") from None
    return len(rows)


def read_baseline(path: str) -> Baseline:
    """Read a baseline file; raise InputError naming the file when it is not one."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not a baseline: {exc.msg}") from None
    if (not isinstance(data, dict) or data.get("version") != VERSION
            or not isinstance(data.get("entries"), list)):
        raise InputError(f"{path}: not a factcheck baseline (version {VERSION} with entries)")
    base = os.path.dirname(os.path.realpath(path))
    lines = text.splitlines()
    entries = []
    start = 1
    for i, row in enumerate(data["entries"]):
        if (not isinstance(row, dict)
                or not all(isinstance(row.get(k), str) for k in ("path", "code", "fingerprint"))):
            raise InputError(f"{path}: entry {i + 1} needs path, code and fingerprint")
        # The entry's own line: the next line naming its fingerprint (one entry a line as written).
        at = next((n for n in range(start, len(lines) + 1) if row["fingerprint"] in lines[n - 1]),
                  start)
        start = at + 1
        entries.append(Entry(
            path=os.path.realpath(os.path.join(base, row["path"])), fingerprint=row["fingerprint"],
            code=row["code"].upper(), severity=str(row.get("severity", "info")),
            text=str(row.get("text", "")), line=int(row.get("line", 0) or 0), at=at))
    return Baseline(path=path, entries=tuple(entries))
