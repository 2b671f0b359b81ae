"""Scanning time grows linearly with the text: 10x the news prose must cost less than 14x the time.

The text is the shipped seed articles (real news prose, about 3,000 numbers per MB), cycled
and cut at a word break near 20 KB and 200 KB. Each size is scanned three times after a
warm-up scan (which loads pint and builds the registry's index) and the fastest run counts,
so a busy machine inflates both sizes rather than one. A quadratic step anywhere in the
scan (a sentence, a figure's mentions, the decision engine) would make the ratio near 100.
"""

from __future__ import annotations

import gc
import itertools
import time
from pathlib import Path

import pytest

from factcheck.decide import Policy
from factcheck.scan import scan_text

ROOT = Path(__file__).resolve().parent.parent
SMALL = 20_000
RUNS = 3
LIMIT = 14.0  # for 10x the input
POLICY = Policy(show_verified=True)  # every statement's finding is built, not only the errors


def news(size: int) -> str:
    """Return the seed articles, cycled, cut at the last word break before `size` characters."""
    seeds = "\n\n".join(p.read_text(encoding="utf-8").strip()
                        for p in sorted((ROOT / "seeds").glob("*.txt")))
    text = "\n\n".join(itertools.repeat(seeds, size // len(seeds) + 1))
    return text[:size].rsplit(" ", 1)[0] + "\n"


def fastest(text: str, registry: object) -> float:
    best = float("inf")
    for _ in range(RUNS):
        gc.collect()
        start = time.perf_counter()
        scan_text(text, registry, path="draft.md", policy=POLICY)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - start)
    return best


MEASURE = """
import gc, sys, time
sys.path.insert(0, {tests!r})
import test_linearity as t
from factcheck.registry.load import load_registry
from factcheck.scan import scan_text
registry = load_registry(t.ROOT / "figures.yaml")
small, large = t.news(t.SMALL), t.news(10 * t.SMALL)
scan_text(small, registry, path="draft.md", policy=t.POLICY)
found = scan_text(large, registry, path="draft.md", policy=t.POLICY)
assert len(found) > 200, "news prose is full of figures"
print(t.fastest(small, registry), t.fastest(large, registry), len(small), len(large))
"""


@pytest.mark.slow
def test_scan_text_is_linear() -> None:
    # In a fresh interpreter, as a scan runs: a test session's heap would make every garbage
    # collection during the large scan cost more than during the small one.
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", MEASURE.format(tests=str(Path(__file__).parent))],
                         capture_output=True, text=True, check=True).stdout.split()
    t_small, t_large, n_small, n_large = float(out[0]), float(out[1]), int(out[2]), int(out[3])
    assert 9.99 < n_large / n_small < 10.01
    ratio = t_large / t_small
    allowed = LIMIT * (n_large / n_small) / 10
    assert ratio < allowed, (f"{n_large:,} chars took {t_large:.3f} s, {ratio:.1f}x the "
                             f"{t_small:.3f} s for {n_small:,} chars (allowed {allowed:.1f}x)")
