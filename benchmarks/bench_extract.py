"""Measure extract_quantities throughput on generated news-like prose, and its accuracy on
the labelled suite in tests/extraction.

Usage: python benchmarks/bench_extract.py [--mb N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from factcheck.extract.quantities import extract_quantities

_SUITE = Path(__file__).resolve().parent.parent / "tests" / "extraction"

_SUBJECTS = ["Officials", "The ministry", "Border agents", "Researchers", "The agency", "Police",
             "The report", "Analysts", "Health authorities", "The company"]
_VERBS = ["reported", "seized", "counted", "estimated", "recorded", "announced", "found"]
_NOUNS = ["people", "migrants", "laboratories", "vehicles", "doses", "cases", "families",
          "weapons", "shipments", "workers"]
_HEDGES = ["", "", "", "nearly ", "about ", "more than ", "at least ", "some ", "up to ",
           "fewer than ", "roughly "]
_MONTHS = ["January", "March", "June", "September", "October", "December"]
_FILLER = [
    "The meeting is not expected to yield major announcements, but it offers a chance to "
    "ease tensions between the two governments while addressing long-standing concerns. ",
    "Critics said the plan, which has been debated for months, did little to address the "
    "underlying causes of the crisis and left local communities to shoulder the burden. ",
    "“We are working closely with our partners on both sides of the border,” the spokeswoman "
    "said in an interview on Tuesday, declining to give further details. ",
    "Some of the officials who attended the talks described them as frank and productive, "
    "while others warned that one round of negotiations would not be enough. ",
    "The administration has faced growing pressure from lawmakers in both parties, who argue "
    "that the current approach is neither sustainable nor humane. ",
]


def _number(r: random.Random) -> str:
    kind = r.randrange(12)
    if kind == 0:
        return f"{r.randrange(1, 999):,}"
    if kind == 1:
        return f"{r.randrange(1000, 999999):,}"
    if kind == 2:
        return f"{r.randrange(1, 99)}.{r.randrange(1, 9)} million"
    if kind == 3:
        return f"${r.randrange(1, 50)} billion"
    if kind == 4:
        return r.choice(["six", "twenty-eight", "a dozen", "one hundred and five",
                         "tens of thousands"])
    if kind == 5:
        return f"{r.randrange(1, 99)} percent"
    if kind == 6:
        return f"{r.randrange(1, 30000):,} pounds"
    if kind == 7:
        return f"{r.randrange(2, 20)} tonnes"
    if kind == 8:
        return f"{r.randrange(1, 12)}0,00"
    return str(r.randrange(2, 5000))


def _sentence(r: random.Random) -> str:
    k = r.randrange(14)
    if k >= 8:
        return r.choice(_FILLER)
    if k == 0:
        return (f"In {r.randrange(1990, 2025)}, {_SUBJECTS[r.randrange(10)].lower()} met on "
                f"{r.choice(_MONTHS)} {r.randrange(1, 29)}. ")
    if k == 1:
        return (f"The rate rose {r.randrange(1, 40)} percentage points to {r.randrange(1, 99)}% "
                f"between {r.randrange(2000, 2010)} and {r.randrange(2011, 2024)}. ")
    if k == 2:
        return (f"About {r.randrange(1, 90)} per 100,000 people died, and "
                f"{r.randrange(100, 9000):,} {r.choice(_NOUNS)} crossed every day. ")
    if k == 3:
        return r.choice(_FILLER)
    return (f"{r.choice(_SUBJECTS)} {r.choice(_VERBS)} {r.choice(_HEDGES)}{_number(r)} "
            f"{r.choice(_NOUNS)} in {r.choice(_MONTHS)}, according to a statement released "
            f"at 9:30 a.m. ")


def generate(mb: float, seed: int = 1) -> str:
    """Return about mb megabytes of deterministic news-like prose."""
    r = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(mb * 1_000_000)
    while size < target:
        para = "".join(_sentence(r) for _ in range(r.randrange(3, 8))) + "\n\n"
        parts.append(para)
        size += len(para)
    return "".join(parts)


def main() -> None:
    """Print MB/s and quantities/s, then the labelled suite's scores per class."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    text = generate(args.mb, args.seed)
    size = len(text.encode("utf-8")) / 1e6
    extract_quantities(text[:10000])  # warm up regex caches
    best = float("inf")
    count = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        count = len(extract_quantities(text))
        best = min(best, time.perf_counter() - t0)
    print(f"text: {size:.2f} MB, {count} quantities")
    print(f"best of {args.repeat}: {best:.3f} s = {size / best:.2f} MB/s, {count / best:,.0f} "
          f"quantities/s")
    sys.path.insert(0, str(_SUITE))
    from cases import CASES
    from score import format_table, score

    print("\nlabelled suite (tests/extraction): precision, recall, F1, unit accuracy per class")
    print(format_table(score(CASES, extract_quantities)))


if __name__ == "__main__":
    main()
