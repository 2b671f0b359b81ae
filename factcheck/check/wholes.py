"""Parts and wholes: which of a part and its whole a sentence states.

"110,000 people died of overdoses" states all overdose deaths, not the fentanyl deaths among
them; "70,000 died of fentanyl" names the part. And a sentence that names two parts at once
("buses and trains carried 47.9 million trips") states the whole they make up, not either.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.check.score import GENERIC_WORDS
from factcheck.models import Figure
from factcheck.text import stems
from factcheck.types import Candidate


def prefer_wholes(cands: list[Candidate], sentence: frozenset[str],
                  ambiguity: float) -> list[Candidate]:
    """Return the candidates with the wholes a sentence states before their parts."""
    return _parts_named_together(_unnamed_parts(cands, sentence, ambiguity), ambiguity)


def _unnamed_parts(cands: list[Candidate], sentence: frozenset[str],
                   ambiguity: float) -> list[Candidate]:
    """Drop a figure that is part of another close candidate when the sentence names nothing
    that sets the part apart."""
    if len(cands) < 2:
        return cands
    by_id = {c.figure.id: c for c in cands}
    drop = set()
    for c in cands:
        for rel in c.figure.related:
            whole = by_id.get(rel.figure)
            if (rel.relation in ("part-of", "derived-from") and whole is not None
                    and whole.score >= c.score * ambiguity
                    and not distinguishing_words(c.figure, whole.figure) & sentence):
                drop.add(c.figure.id)
    return [c for c in cands if c.figure.id not in drop] if drop else cands


def _parts_named_together(cands: list[Candidate], ambiguity: float) -> list[Candidate]:
    """Put first a figure whose title names both of two close rivals' own words: "buses and
    trains" names the trips on both, where "buses" or "trains" alone names one part."""
    if len(cands) < 3:
        return cands
    a, b = cands[0], cands[1]
    if b.score < a.score * ambiguity or b.period_conflict or a.period_conflict:
        return cands
    mine, theirs = a.hits - b.hits, b.hits - a.hits
    if not mine or not theirs:
        return cands
    for c in cands[2:]:
        words = c.hits | title_stems(c.figure)
        if (words & mine and words & theirs and not c.period_conflict
                and c.figure.unit == a.figure.unit):
            return [c, *[x for x in cands if x is not c]]
    return cands


@lru_cache(maxsize=4096)
def title_stems(fig: Figure) -> frozenset[str]:
    """Return the stems of a figure's title."""
    return frozenset(stems(fig.title))


@lru_cache(maxsize=4096)
def distinguishing_words(part: Figure, whole: Figure) -> frozenset[str]:
    """Return the stems that name a part but not its whole. Titles say precisely what a figure
    counts ("Fentanyl overdose deaths" within "Opioid overdose deaths"); keywords are search
    aids, and a whole's may well list its parts."""
    return title_stems(part) - title_stems(whole) - GENERIC_WORDS
