#!/usr/bin/env python3
"""Score factcheck against the hand-labelled accuracy corpus in benchmarks/accuracy/.

For each beat (a folder with labels.yaml and drafts/), run
`factcheck scan -r <registry> --format json --show-verified --fail-on never drafts` in the
beat's folder, match findings to labels by draft, line and overlapping span, and print
precision and recall per error kind, errors caught, false alarms and unlabelled findings.
See benchmarks/accuracy/README.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent / "accuracy"
ERROR_KINDS = ("value-mismatch", "hedge-mismatch", "period-mismatch", "malformed",
               "bad-conversion", "source-conflict", "unit-mismatch", "rate-mismatch", "arithmetic",
               "percentage-points", "outdated")
# Kinds a document rule finds beside a registry verdict: a number can be both a value mismatch
# and the draft's own arithmetic, so these are also scored by any finding of the kind.
RULE_KINDS = ("arithmetic", "percentage-points")
EXPECTS = (*ERROR_KINDS, "verified", "unsourced", "none")
ALIASES = {"malformed-number": "malformed"}  # factcheck kind -> label kind
SEVERITY = {"error": 3, "warning": 2, "info": 1}
# Within one severity the more specific diagnosis wins (a fixed order, not the label's kind).
SPECIFIC = ("malformed", "bad-conversion", "hedge-mismatch", "period-mismatch", "percentage-points",
            "value-mismatch", "arithmetic", "outdated", "source-conflict", "inconsistent", "weak-bound", "unused-suppression", "verified",
            "unsourced")


@dataclass
class Label:
    beat: str
    draft: str
    line: int
    col: int  # 1-based start of the labelled text on its line
    text: str
    expect: str
    split: str
    figure: str | None
    role: str
    source_line: str
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def predicted(self) -> str:
        if not self.findings:
            return "none"
        best = max(self.findings, key=lambda f: (SEVERITY.get(f["severity"], 0), -_rank(f)))
        kind = str(best["kind"])
        return ALIASES.get(kind, kind)

    def has(self, kind: str) -> bool:  # any finding of this kind
        return any(ALIASES.get(f["kind"], f["kind"]) == kind for f in self.findings)

    @property
    def alarmed(self) -> bool:  # any error or warning finding
        return any(SEVERITY.get(f["severity"], 0) >= 2 for f in self.findings)


def _rank(finding: dict[str, Any]) -> int:
    kind = ALIASES.get(finding["kind"], finding["kind"])
    return SPECIFIC.index(kind) if kind in SPECIFIC else len(SPECIFIC)


def load_labels(beat_dir: Path) -> tuple[str, list[Label]]:
    data = yaml.safe_load((beat_dir / "labels.yaml").read_text(encoding="utf-8"))
    labels: list[Label] = []
    problems: list[str] = []
    for i, item in enumerate(data["statements"]):
        draft, line, text = item["draft"], int(item["line"]), str(item["text"])
        lines = (beat_dir / draft).read_text(encoding="utf-8").splitlines()
        src = lines[line - 1] if 0 < line <= len(lines) else ""
        col = int(item.get("column") or src.find(text) + 1)
        if text not in src or src[col - 1:col - 1 + len(text)] != text:
            problems.append(f"{beat_dir.name}/{draft}:{line}: label {i}: {text!r} not on the line")
        if item["expect"] not in EXPECTS or item.get("split") not in ("tune", "holdout"):
            problems.append(f"{beat_dir.name}/{draft}:{line}: label {i}: bad expect or split")
        labels.append(Label(beat_dir.name, draft, line, col, text, item["expect"], item["split"],
                            item.get("figure"), item.get("role", ""), src.strip()))
    if problems:
        sys.exit("labels.yaml problems:\n" + "\n".join(problems))
    return str(data["registry"]), labels


def scan(beat_dir: Path, registry: str) -> list[dict[str, Any]]:
    cmd = [sys.executable, "-m", "factcheck", "scan", "-r", registry, "--format", "json",
           "--show-verified", "--fail-on", "never", "drafts"]
    proc = subprocess.run(cmd, cwd=beat_dir, capture_output=True, text=True, check=False)
    try:
        findings: list[dict[str, Any]] = json.loads(proc.stdout)["findings"]
    except (json.JSONDecodeError, KeyError):
        findings = []
    if proc.returncode != 0 or not proc.stdout:
        # A draft that failed to scan would silently count as one with no findings.
        sys.exit(f"factcheck failed in {beat_dir} (exit {proc.returncode}):\n{proc.stderr}")
    for f in findings:
        f["path"] = Path(f["path"]).as_posix().removeprefix("./")
    return findings


def attach(labels: list[Label], findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each label the findings that overlap its text; return the unlabelled findings."""
    by_line: dict[tuple[str, int], list[Label]] = {}
    for lab in labels:
        by_line.setdefault((lab.draft, lab.line), []).append(lab)
    unlabelled = []
    for f in findings:
        start = int(f["column"])
        end = int(f["end_column"]) if f.get("end_line", f["line"]) == f["line"] else 10**9
        end = max(end, start + len(f.get("text") or "x"))
        hits = [lab for lab in by_line.get((f["path"], int(f["line"])), [])
                if (start < lab.col + len(lab.text) and lab.col < end)
                or (f.get("text") == lab.text and start == lab.col)]
        for lab in hits:
            lab.findings.append(f)
        if not hits:
            unlabelled.append(f)
    return unlabelled


def ratio(num: int, den: int) -> str:
    return f"{num}/{den} {100 * num / den:.0f}%" if den else "-"


def summary(labels: list[Label], unlabelled: list[dict[str, Any]]) -> dict[str, Any]:
    planted = [lab for lab in labels if lab.expect in ERROR_KINDS]
    correct = [lab for lab in labels if lab.expect == "verified"]
    nonstat = [lab for lab in labels if lab.expect == "none"]
    unsourced = [lab for lab in labels if lab.expect == "unsourced"]
    sev = Counter(f["severity"] for f in unlabelled)
    kinds: dict[str, dict[str, int]] = {}
    for kind in ERROR_KINDS:
        tp = sum(lab.expect == kind and lab.predicted == kind for lab in labels)
        kinds[kind] = {"tp": tp, "predicted": sum(lab.predicted == kind for lab in labels),
                       "expected": sum(lab.expect == kind for lab in labels),
                       # a rule's own view: any finding of the kind, whichever diagnosis wins
                       "hit": sum(lab.expect == kind and lab.has(kind) for lab in labels),
                       "fired": sum(lab.has(kind) for lab in labels)}
    return {
        "labels": len(labels), "planted": len(planted), "correct": len(correct),
        "nonstat": len(nonstat), "unsourced_labels": len(unsourced),
        "caught": sum(lab.alarmed for lab in planted),
        "exact": sum(lab.predicted == lab.expect for lab in planted),
        "fa_correct": sum(lab.alarmed for lab in correct),
        "verified": sum(lab.predicted == "verified" for lab in correct),
        "fa_nonstat": sum(bool(lab.findings) for lab in nonstat),
        "nonstat_unsourced": sum(lab.predicted == "unsourced" for lab in nonstat),
        "unsourced_ok": sum(lab.predicted == "unsourced" for lab in unsourced),
        "unlabelled": {s: sev.get(s, 0) for s in ("error", "warning", "info")},
        "kinds": kinds,
    }


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]

    def fmt(r: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()

    return "\n".join([fmt(rows[0]), "  ".join("-" * w for w in widths), *map(fmt, rows[1:])])


def summary_row(name: str, s: dict[str, Any]) -> list[str]:
    u = s["unlabelled"]
    return [name, str(s["labels"]), ratio(s["caught"], s["planted"]),
            ratio(s["exact"], s["planted"]), ratio(s["fa_correct"], s["correct"]),
            ratio(s["verified"], s["correct"]), ratio(s["fa_nonstat"], s["nonstat"]),
            ratio(s["nonstat_unsourced"], s["nonstat"]),
            ratio(s["unsourced_ok"], s["unsourced_labels"]),
            f"{u['error']}/{u['warning']}/{u['info']}"]


def kind_cell(k: dict[str, int]) -> str:
    p = f"{k['tp'] / k['predicted']:.2f}" if k["predicted"] else "-"
    r = f"{k['tp'] / k['expected']:.2f}" if k["expected"] else "-"
    return f"{p}/{r} ({k['tp']}/{k['predicted']}/{k['expected']})"


def report(scopes: dict[str, dict[str, Any]], kind_scopes: list[str]) -> str:
    head = ["scope", "labels", "errors caught", "exact kind", "false alarm (correct)",
            "verified (correct)", "any finding (non-stat)", "unsourced (non-stat)",
            "unsourced found", "unlabelled E/W/I"]
    out = [table([head, *(summary_row(n, s) for n, s in scopes.items())]), ""]
    rows = [["error kind", *kind_scopes]]
    rows += [[kind, *(kind_cell(scopes[s]["kinds"][kind]) for s in kind_scopes)]
             for kind in ERROR_KINDS]
    out += ["Precision/recall per error kind, exact kind (true pos / predicted / expected):",
            table(rows)]
    rows = [["rule's kind", *kind_scopes]]
    rows += [[kind, *(fired_cell(scopes[s]["kinds"][kind]) for s in kind_scopes)] for kind in RULE_KINDS]
    out += ["", "Precision/recall of any finding of the kind, whichever diagnosis wins "
            "(true pos / labels with one / expected):", table(rows)]
    return "\n".join(out)


def fired_cell(k: dict[str, int]) -> str:
    p = f"{k['hit'] / k['fired']:.2f}" if k["fired"] else "-"
    r = f"{k['hit'] / k['expected']:.2f}" if k["expected"] else "-"
    return f"{p}/{r} ({k['hit']}/{k['fired']}/{k['expected']})"


def details(labels: list[Label], unlabelled: list[dict[str, Any]]) -> str:
    out = ["", "Mismatches (label -> prediction):"]
    for lab in labels:
        if lab.predicted == lab.expect and not (lab.expect == "verified" and lab.alarmed):
            continue
        figs = ",".join(sorted({f.get("figure") or "-" for f in lab.findings})) or "-"
        msg = lab.findings[0]["message"][:110] if lab.findings else ""
        out.append(f"{lab.beat}/{lab.draft}:{lab.line}:{lab.col} {lab.text!r} "
                   f"[{lab.split}] expect {lab.expect}"
                   f"{' (' + lab.figure + ')' if lab.figure else ''}"
                   f"{' ' + lab.role if lab.expect == 'none' else ''} -> {lab.predicted} "
                   f"({figs})\n    | {lab.source_line[:160]}\n    > {msg}")
    out.append("")
    out.append("Unlabelled findings:")
    out += [f"{f['beat']}/{f['path']}:{f['line']}:{f['column']} {f['text']!r} {f['kind']} "
            f"({f['severity']})" for f in unlabelled]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("tune", "holdout", "all"), default="all")
    ap.add_argument("--beat", help="score one beat (a folder name under benchmarks/accuracy/)")
    ap.add_argument("--details", action="store_true", help="list every mismatch")
    ap.add_argument("--json", action="store_true", help="print the metrics as JSON")
    args = ap.parse_args()
    beats = sorted(p.parent for p in ROOT.glob("*/labels.yaml"))
    if args.beat:
        beats = [b for b in beats if b.name == args.beat]
        if not beats:
            sys.exit(f"no beat {args.beat!r} under {ROOT}")
    labels: list[Label] = []
    unlabelled: list[dict[str, Any]] = []
    for beat_dir in beats:
        registry, beat_labels = load_labels(beat_dir)
        draft_split = {lab.draft: lab.split for lab in beat_labels}
        for f in attach(beat_labels, scan(beat_dir, registry)):
            split = draft_split.get(f["path"], "tune")
            unlabelled.append({**f, "beat": beat_dir.name, "split": split})
        labels += beat_labels
    splits = ("tune", "holdout") if args.split == "all" else (args.split,)
    labels = [lab for lab in labels if lab.split in splits]
    unlabelled = [f for f in unlabelled if f["split"] in splits]
    scopes: dict[str, dict[str, Any]] = {}
    names = [b.name for b in beats] + (["ALL"] if len(beats) > 1 else [])
    for name in names:
        for split in ((*splits, "all") if len(splits) > 1 else splits):
            scopes[f"{name} {split}"] = summary(
                [lab for lab in labels if name in ("ALL", lab.beat) and split in ("all", lab.split)],
                [f for f in unlabelled if name in ("ALL", f["beat"]) and split in ("all", f["split"])])
    if args.json:
        print(json.dumps(scopes, indent=2))
        return
    last = "all" if len(splits) > 1 else splits[0]
    kind_scopes = [f"{n} {last}" for n in names]
    if len(splits) > 1 and len(names) > 1:
        kind_scopes += ["ALL tune", "ALL holdout"]
    print(f"factcheck accuracy corpus: {len(labels)} labels, split {args.split}")
    print(report(scopes, kind_scopes))
    if args.details:
        print(details(labels, unlabelled))


if __name__ == "__main__":
    main()
