"""Score an extractor on the labelled cases: per-class and micro precision, recall, F1 and
unit accuracy.

Which predictions count
    Every quantity the extractor reports, whatever its kind, except kind ``pronoun``: that
    kind is the extractor's own statement that the word is no number ("the one you
    mentioned"). Years, dates, ages, durations, ordinals and identifiers are numbers people
    wrote, so they are scored like statistics and the gold lists them. A ``not-numbers``
    case has empty gold: every quantity reported in it is a false positive.
Matching
    A predicted quantity matches a gold one when their spans overlap and their values agree
    (both None, or within 1e-6 relative). Each gold quantity matches at most one prediction
    and vice versa (a maximum matching; among candidates, same unit and larger overlap are
    tried first). Unmatched predictions are false positives, unmatched gold quantities false
    negatives. A value read wrong is therefore both.
Metrics
    precision = tp / (tp + fp), 1.0 when nothing was predicted; recall = tp / (tp + fn), 1.0
    when there is nothing to find; F1 their harmonic mean. unit accuracy = share of matched
    quantities whose unit equals the gold unit (None == None); None when nothing matched.
    exact = share of cases whose predictions match the gold exactly (no fp, no fn). For
    ``not-numbers`` precision and F1 are 0 as soon as one case has a false positive, so
    ``exact`` (the share of clean sentences) is the measure that moves. "micro" pools every
    class's counts.
An extractor that raises on a sentence predicts nothing for it; the case is listed in
``errors``.

Usage: python tests/extraction/score.py [--tag TAG] [--failures [CLASS]]
                                        [--write-baseline [--allow-lower]]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"
NOT_A_NUMBER_KINDS = frozenset({"pronoun"})
RATCHETED = ("f1", "unit_accuracy", "exact")


def values_agree(a: float | None, b: float | None) -> bool:
    """Say whether two values are the same number (within 1e-6 relative), or both None."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b))


@dataclass
class CaseResult:
    """How one case scored: matched pairs, false positives and false negatives."""

    case: Any
    matched: list[tuple[Any, Any]] = field(default_factory=list)  # (gold, predicted quantity)
    fps: list[Any] = field(default_factory=list)  # predicted quantities
    fns: list[Any] = field(default_factory=list)  # gold tuples
    error: str | None = None

    @property
    def unit_misses(self) -> list[tuple[Any, Any]]:
        return [(g, p) for g, p in self.matched if g[2] != p.unit]


@dataclass
class Metrics:
    """Counts and rates for one class, or pooled ("micro")."""

    cases: int = 0
    exact_cases: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    unit_ok: int = 0
    errors: int = 0

    def add(self, r: CaseResult) -> None:
        self.cases += 1
        self.tp += len(r.matched)
        self.fp += len(r.fps)
        self.fn += len(r.fns)
        self.unit_ok += len(r.matched) - len(r.unit_misses)
        self.exact_cases += not r.fps and not r.fns
        self.errors += r.error is not None

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def unit_accuracy(self) -> float | None:
        return self.unit_ok / self.tp if self.tp else None

    @property
    def exact(self) -> float:
        return self.exact_cases / self.cases if self.cases else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"cases": self.cases, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "unit_accuracy": self.unit_accuracy, "exact": self.exact, "errors": self.errors}


def _match(gold: Sequence[Any], spans: Sequence[tuple[int, int]],
           pred: Sequence[Any]) -> dict[int, int]:
    """Return a maximum matching gold index -> prediction index (Kuhn's augmenting paths)."""
    cands: list[list[int]] = []
    for (gs, ge), g in zip(spans, gold, strict=True):
        ok = [j for j, p in enumerate(pred)
              if p.start < ge and gs < p.end and values_agree(p.value, g[1])]
        ok.sort(key=lambda j: (pred[j].unit != g[2],
                               -(min(ge, pred[j].end) - max(gs, pred[j].start))))
        cands.append(ok)
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(i: int, seen: set[int]) -> bool:
        for j in cands[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def score_case(case: Any, extract: Callable[[str], Iterable[Any]]) -> CaseResult:
    """Run the extractor on one case and match its output against the gold."""
    result = CaseResult(case)
    try:
        pred = [q for q in extract(case.text) if q.kind not in NOT_A_NUMBER_KINDS]
    except Exception as exc:  # a crash is a miss of everything in the sentence
        pred = []
        result.error = f"{type(exc).__name__}: {exc}"
    pairs = _match(case.gold, case.spans(), pred)
    result.matched = [(case.gold[i], pred[j]) for i, j in sorted(pairs.items())]
    used = set(pairs.values())
    result.fps = [p for j, p in enumerate(pred) if j not in used]
    result.fns = [g for i, g in enumerate(case.gold) if i not in pairs]
    return result


def case_results(cases: Iterable[Any], extract: Callable[[str], Iterable[Any]]) -> list[CaseResult]:
    """Score every case; see :func:`score` for the pooled numbers."""
    return [score_case(c, extract) for c in cases]


def metrics(results: Iterable[CaseResult]) -> dict[str, Metrics]:
    """Pool case results by class, plus "micro" over all of them."""
    out: dict[str, Metrics] = {}
    micro = Metrics()
    for r in results:
        out.setdefault(r.case.cls, Metrics()).add(r)
        micro.add(r)
    out["micro"] = micro
    return out


def score(cases: Iterable[Any],
          extract: Callable[[str], Iterable[Any]]) -> dict[str, dict[str, Any]]:
    """Return {class: {precision, recall, f1, unit_accuracy, exact, tp, fp, fn, ...}} and
    "micro"."""
    return {k: m.as_dict() for k, m in metrics(case_results(cases, extract)).items()}


# --- the ratchet -------------------------------------------------------------------------------


def floor3(x: float | None) -> float | None:
    """Round down to 3 decimals (a baseline never claims more than was measured)."""
    return None if x is None else math.floor(round(x * 1000, 6)) / 1000


def regressions(scores: dict[str, dict[str, Any]], baseline: dict[str, Any]) -> list[str]:
    """Return one message per class metric that fell below its baseline."""
    out = []
    for cls, floors in baseline["classes"].items():
        got = scores.get(cls)
        if got is None:
            out.append(f"{cls}: class missing from the suite")
            continue
        for name, floor in floors.items():
            value = got[name]
            if floor is not None and (value is None or value < floor - 1e-9):
                shown = value if value is None else round(value, 4)
                out.append(f"{cls}: {name} {shown} < baseline {floor}")
    return out


def baseline_from(scores: dict[str, dict[str, Any]], pronoun_failures: list[str]) -> dict[str, Any]:
    return {
        "note": "Floors for tests/extraction/test_suite.py (scores rounded down to 3 decimals). "
                "Regenerate with: python tests/extraction/score.py --write-baseline",
        "classes": {cls: {k: floor3(s[k]) for k in RATCHETED} for cls, s in scores.items()},
        "pronoun_known_failures": sorted(pronoun_failures),
    }


def pronoun_statistics(case: Any, extract: Callable[[str], Iterable[Any]]) -> list[Any]:
    """Return the statistics reported over the word "one" (or "ones") of a pronoun case."""
    import re

    words = [m.span() for m in re.finditer(r"(?i)\bones?\b", case.text)]
    return [q for q in extract(case.text) if q.is_statistic
            and any(q.start < e and s < q.end for s, e in words)]


# --- command line ------------------------------------------------------------------------------


def format_table(scores: dict[str, dict[str, Any]]) -> str:
    def pct(x: float | None) -> str:
        return "    -" if x is None else f"{x:5.3f}"

    lines = [f"{'class':<16} {'cases':>5} {'tp':>4} {'fp':>4} {'fn':>4}  "
             f"{'P':>5} {'R':>5} {'F1':>5}"
             f"  {'unit':>5} {'exact':>5}"]
    for cls, s in scores.items():
        lines.append(f"{cls:<16} {s['cases']:>5} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4}  "
                     f"{pct(s['precision'])} {pct(s['recall'])} {pct(s['f1'])}  "
                     f"{pct(s['unit_accuracy'])} {pct(s['exact'])}")
    return "\n".join(lines)


def _show(q: Any) -> str:
    return f"{q.text!r}={q.value} {q.unit} [{q.kind}]"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failures", nargs="?", const="", metavar="CLASS",
                    help="list each case that is not exact (optionally of one class)")
    ap.add_argument("--tag", help="score only the cases with this tag (e.g. unseen)")
    ap.add_argument("--write-baseline", action="store_true",
                    help="write baseline.json from today's scores")
    ap.add_argument("--allow-lower", action="store_true", help="let --write-baseline lower a floor")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from cases import CASES

    from factcheck import extract_quantities

    if args.tag and args.write_baseline:
        sys.exit("--write-baseline scores the whole suite; drop --tag")
    cases = [c for c in CASES if args.tag in c.tags] if args.tag else CASES
    results = case_results(cases, extract_quantities)
    scores = {k: m.as_dict() for k, m in metrics(results).items()}
    print(format_table(scores))
    if args.failures is not None:
        for r in results:
            if (r.fps or r.fns or r.unit_misses) and args.failures in ("", r.case.cls):
                print(f"\n{r.case.id}: {r.case.text!r}" + (f"  ERROR {r.error}" if r.error else ""))
                for g in r.fns:
                    print(f"   missed    {g}")
                for p in r.fps:
                    print(f"   spurious  {_show(p)}")
                for g, p in r.unit_misses:
                    print(f"   unit      {g} got {_show(p)}")
    if args.write_baseline:
        failing = [c.id for c in CASES
                   if "pronoun" in c.tags and pronoun_statistics(c, extract_quantities)]
        new = baseline_from(scores, failing)
        if BASELINE.exists() and not args.allow_lower:
            lowered = regressions(scores, json.loads(BASELINE.read_text()))
            if lowered:
                sys.exit("refusing to lower the baseline (use --allow-lower):\n  "
                         + "\n  ".join(lowered))
        BASELINE.write_text(json.dumps(new, indent=2) + "\n")
        print(f"\nwrote {BASELINE}")


if __name__ == "__main__":
    main()
