"""What is read once of one sentence and shared by all its numbers: stems, periods, owners."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.periods import Period
from factcheck.text import proper_stems


@dataclass
class Sentence:
    """What is read once of one sentence and shared by its numbers."""

    start: int
    end: int
    text: str
    stems: list[str]
    periods: tuple[Period, ...]  # every period written in it (or in its table row)
    owners: dict[int, tuple[Period, ...]]  # quantity index -> the periods nearest it
    pools: dict[tuple[str, frozenset[int]], list[int]] = field(default_factory=dict)
    table: bool = False  # a table cell read with its row and header
    bases: tuple[Period, ...] = ()  # its comparison bases' periods ("from 16.1 a year earlier")

    @property
    def stem_set(self) -> frozenset[str]:
        """Return the sentence's stems as a set, built once for all its numbers."""
        if self._stem_set is None:
            self._stem_set = frozenset(self.stems)
        return self._stem_set

    @property
    def lowered(self) -> str:
        """Return the sentence in lower case, built once for all its numbers."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    _stem_set: frozenset[str] | None = None
    _lowered: str | None = None
    memo: dict[object, object] = field(default_factory=dict)  # scoring's cache for this sentence
    _support: dict[int, tuple[tuple[Period, ...], tuple[Period, ...]]] = field(default_factory=dict)
    _years: dict[int, tuple[tuple[Period, ...], frozenset[int]]] = field(default_factory=dict)

    def main_support(self, context: tuple[Period, ...]) -> tuple[Period, ...]:
        """Return the periods that support a main number's figure: the context's, bar the
        comparison bases; worked out once per sentence."""
        hit = self._support.get(id(context))
        if hit is None or hit[0] is not context:
            bases = self.bases
            hit = self._support[id(context)] = (context, tuple(
                p for p in context if not p.comparison and not any(p is b for b in bases)))
        return hit[1]

    def years_of(self, periods: tuple[Period, ...]) -> frozenset[int]:
        """Return the calendar years of some periods, for the index's shortlist (cached)."""
        hit = self._years.get(id(periods))
        if hit is None or hit[0] is not periods:
            years = frozenset(y for p in periods if p.end.year - p.start.year <= 50
                              for y in p.years)
            hit = self._years[id(periods)] = (periods, years)
        return hit[1]

    @property
    def proper(self) -> frozenset[str]:
        """Return the stems of the sentence's names."""
        if self._proper is None:
            self._proper = proper_stems(self.text)
        return self._proper

    _proper: frozenset[str] | None = None
