"""Read the sentence before for the statistics no figure fits: it often says what they count.

"The State Police recorded 619 deaths in 2025. The transportation department's count was
612.": the second sentence names neither deaths nor a year. Its words stand a step apart from
the number's own, so they count for half, and the figures they find may recognise an agreeing
number but never call one wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from factcheck.check.clauses import words_without
from factcheck.check.index import FigureIndex
from factcheck.check.score import MIN_STRENGTH, SentenceContext
from factcheck.periods import Period
from factcheck.types import Statement


def read_previous(found: list[Statement], read: list[SentenceContext],
                  years_of: Callable[[tuple[Period, ...]], frozenset[int]], previous: str,
                  periods: list[Period], index: FigureIndex) -> None:
    """Give the statistics no figure fits the words and periods of the sentence before, which
    says what they count: "The State Police recorded 619 deaths in 2025. The transportation
    department's count was 612." Its words stand apart from the number's own, so they tie it
    to a figure only weakly."""
    words = frozenset(words_without(previous, periods, index.stems))
    earlier = tuple(p for p in periods if not p.comparison)
    for st, ctx in zip(found, read, strict=True):
        if st.candidates or st.base is not None or ctx.noun:
            continue  # a number with a noun of its own ("412 swings") says what it counts
        support = ctx.periods or earlier
        own = ctx.own_periods
        if not ctx.periods:
            own = tuple(p for p in earlier if p.certain)
        wider = replace(ctx, stems=ctx.stems | words, periods=support, own_periods=own,
                        years=years_of(support), borrowed=words - ctx.stems)
        # Enough to recognise an agreeing number, never to call one wrong: "Rivals carry 20
        # tonnes" after a ferry's 30,000 pounds is no wrong ferry figure.
        st.candidates = [replace(c, strength=min(c.strength, MIN_STRENGTH))
                         for c in index.candidates(wider)]
        if st.candidates and own:
            st.periods = own
