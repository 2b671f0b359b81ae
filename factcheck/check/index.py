"""Match a stated quantity to the registry figures it may state, with a score and reasons.

The index maps (dimension, word stem) to the figures whose keywords, aliases, title, place
or unit contain that stem. A statement looks up only the stems of its own sentence, and
common stems (shared by many figures) only add to the score of candidates that a rarer
stem already found, so the cost per statement does not grow with the registry.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.check.score import (
    GENERIC_PEOPLE,
    Entry,
    SentenceContext,
    figure_is_age,
    figure_per_capita,
    rare_idf,
    same_per_text,
    score_entry,
)
from factcheck.check.stated import BARE_DEGREE
from factcheck.models import Figure, Quantity
from factcheck.periods import Period, parse_figure_period, span, year_period
from factcheck.periods.prose import MONTHS
from factcheck.registry.load import FigureRegistry, figure_kind
from factcheck.text import STOPWORDS, canonical_map, stem, stems
from factcheck.types import Candidate

RARE_DF = 48  # stems in more figures than this only rescore candidates, never add them
MAX_POOL = 4096  # a sentence whose rarest word is in more figures than this names none of them
SHORTLIST = 24  # candidates fully scored per statement, ranked first by the words they share
MAX_SHARED = 64  # figures left sharing every common word of a sentence: more, and it names none


@lru_cache(maxsize=1024)
def measure_dimension(unit: str) -> str:
    """Return a comparable dimension label for a pint unit ('measure:[mass]')."""
    from factcheck.units import dimension_of

    if unit == BARE_DEGREE:
        # A bare "degrees" in news copy is a temperature, in the scale of the figure it states.
        return "measure:[temperature]"

    try:
        return f"measure:{dimension_of(unit)}"
    except Exception:  # an unknown unit only matches itself
        return f"measure:{unit}"


def is_duration_unit(unit: str | None) -> bool:
    """Say whether a unit measures time ("hours", "weeks", "years"), so only a duration states it.

    Read from the static unit table: a counted noun ("deaths") must not load pint."""
    from factcheck import units

    found = units.UNIT_TABLE.get(unit.lower()) if unit else None
    return found is not None and found[0] == "time"


def _is_measure_unit(unit: str) -> bool:
    """Say whether a unit is a measure the static tables know (so pint need not load to say no)."""
    from factcheck import units

    found = units.UNIT_TABLE.get(unit.lower())
    return ((found is not None and found[0] in ("measure", "time"))
            or unit in units.STATIC_DIMENSIONS)


def figure_dimension(fig: Figure) -> str:
    """Return the dimension a figure is compared in."""
    kind = figure_kind(fig)
    if is_duration_unit(fig.unit) and kind in ("count", "measure"):
        return "measure:[time]"  # a term of 12 years, a 38.5-hour week (no pint needed to say so)
    if kind in ("count", "rate"):
        return "count"
    if kind == "percent" or (kind == "change" and fig.unit == "percent"):
        return "percent" if fig.unit == "percent" else f"change:{fig.unit}"
    if kind == "change":
        # A change is counted like what changed: "lost 5,300 jobs" is a count, "up $3 million"
        # money; only a multiple ("doubled", "times") is a change of its own.
        if fig.unit == "times":
            return "change:times"
        if fig.unit.isupper() and len(fig.unit) == 3:
            return f"money:{fig.unit}"
        if not _is_measure_unit(fig.unit):
            return "count"
        dim = measure_dimension(fig.unit)
        return dim if dim.startswith("measure:[") else "count"
    if kind == "percentage-points":
        return "pp"
    if kind == "money":
        return f"money:{fig.unit}"
    return measure_dimension(fig.unit)


def quantity_dimension(q: Quantity) -> str:
    """Return the dimension a stated quantity is compared in."""
    kind = q.kind
    if kind in ("count", "rate", "vague") and q.unit in (None, ""):
        return "count"
    if kind in ("percent", "fraction") or (kind == "change" and q.unit == "percent"):
        return "percent"
    if kind == "change":
        return f"change:{q.unit}"
    if kind == "percentage-points":
        return "pp"
    if kind == "money" or (q.unit and q.unit.isupper() and len(q.unit) == 3):
        return f"money:{q.unit}"
    if q.unit:
        return measure_dimension(q.unit)
    return "count"


_YEAR = re.compile(r"(?:FY\s?)?((?:19|20)\d\d)")


@lru_cache(maxsize=4096)
def period_years(period: str | None) -> frozenset[int]:
    """Return the calendar years a figure's period covers ('2019-2021' -> 2019, 2020, 2021)."""
    if not period:
        return frozenset()
    years = [int(y) for y in _YEAR.findall(period)]
    if len(years) == 2 and re.search(r"\d\s*(?:-|–|to|through)\s*(?:FY\s?)?(?:19|20)\d\d", period):
        lo, hi = sorted(years)
        if hi - lo <= 50:
            return frozenset(range(lo, hi + 1))
    return frozenset(years)


def _figure_period(period: str | None, years: frozenset[int]) -> Period | None:
    """Return a figure's period; one outside the grammar still counts by the years it names."""
    parsed = parse_figure_period(period)
    if parsed is None and years:
        return span(year_period(min(years)), year_period(max(years)), period or "")
    return parsed


@dataclass
class FigureIndex:
    """An inverted index from (dimension, stem) to figures."""

    # A list as built; revived one entry at a time when read from the registry cache.
    entries: Sequence[Entry] = field(default_factory=list)
    # dimension -> stem -> ids
    postings: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    df: dict[str, int] = field(default_factory=dict)
    _idf: dict[str, float] = field(default_factory=dict)
    canon: dict[str, str] = field(default_factory=dict)  # the registry's own synonyms, by stem

    def stems(self, text: str) -> list[str]:
        """Return a text's stems as this registry reads them (its synonyms joined)."""
        found = stems(text)
        return [self.canon.get(s, s) for s in found] if self.canon else found

    @classmethod
    def build(cls, registry: FigureRegistry) -> FigureIndex:
        """Index every figure of a registry, reading its words through its own synonyms."""
        index = cls()
        if registry.synonyms:
            index.canon = canonical_map(list(registry.synonyms))
        for fig in registry.figures:
            index.add(fig)
        return index

    def add(self, fig: Figure) -> None:
        """Index one figure."""
        kw: set[str] = set()
        phrases: list[str] = []
        for k in fig.keywords:
            parts = self.stems(k)
            # Unit and number words say nothing about which figure a number states: the
            # unit is already its dimension, and "two" or "percent" stand beside any number.
            kw.update(p for p in parts if p not in _NOT_EVIDENCE and p not in GENERIC_PEOPLE
                      and not (fig.period and p in _PERIOD_WORDS))
            if len(parts) > 1:
                phrases.append(" ".join(k.lower().split()))
        phrases.extend(" ".join(a.lower().split()) for a in fig.aliases)
        # The head word of the unit counts: "years of age" counts years, "people and
        # organizations" counts people.
        head = fig.unit.lower().replace("-", " ").split()[0] if fig.unit else ""
        unit_stem = self.canon.get(stem(head), stem(head)) if head.isalpha() else ""
        # "people" is what most figures count: the noun bonus weighs it, once, not each keyword.
        if (unit_stem and unit_stem not in STOPWORDS and unit_stem not in _NOT_EVIDENCE
                and unit_stem not in GENERIC_PEOPLE):
            kw.add(unit_stem)
        title = frozenset(self.stems(fig.title)) - kw - _NOT_EVIDENCE
        place = frozenset(self.stems(fig.place or "")) - kw
        years = period_years(fig.period)
        # Years are keys too, so "traffic deaths in Ohio in 2015" finds the 2015 figure among
        # a thousand traffic figures without scanning them.
        keys = frozenset(kw | title | place | {f"y{y}" for y in years})
        entry = Entry(fig, figure_dimension(fig), frozenset(kw), tuple(phrases), title, place,
                      years, _figure_period(fig.period, years), unit_stem, keys,
                      figure_per_capita(fig), figure_is_age(fig), is_duration_unit(fig.unit))
        entries = self.entries
        assert isinstance(entries, list), "a cached index is complete: nothing is added to it"
        i = len(entries)
        entries.append(entry)
        for s in keys:
            self.postings.setdefault(entry.dimension, {}).setdefault(s, []).append(i)
            self.df[s] = self.df.get(s, 0) + 1
        self._idf.clear()
        self._rare_idf = None

    @property
    def rare_idf(self) -> float:
        """Return the idf from which a stem is rare enough to name its figure alone."""
        if self._rare_idf is None:
            self._rare_idf = rare_idf(len(self.entries))
        return self._rare_idf

    _rare_idf: float | None = None

    def idf(self, s: str) -> float:
        """Return the inverse document frequency of a stem among figures."""
        value = self._idf.get(s)
        if value is None:
            value = self._idf[s] = math.log(1 + len(self.entries) / (1 + self.df.get(s, 0)))
        return value

    def _pool(self, dim: str, keys: set[str]) -> list[int]:
        """Return the shortlist of figures sharing words with a sentence, at bounded cost."""
        post = self.postings.get(dim)
        if not post:
            return []
        found = [(k, post[k]) for k in keys if k in post]
        if not found:
            return []
        rare = [(k, ids) for k, ids in found if len(ids) <= RARE_DF]
        if rare:
            if len(rare) == 1 and len(rare[0][1]) <= SHORTLIST:
                return sorted(rare[0][1])
            # Rank by the rare words each figure shares, in one pass over short lists.
            weight: dict[int, float] = defaultdict(float)
            for k, ids in rare:
                w = self.idf(k)
                for i in ids:
                    weight[i] += w
            if len(weight) <= SHORTLIST:
                return sorted(weight)
            return heapq.nsmallest(SHORTLIST, weight, key=lambda i: (-weight[i], i))
        # Only common words: start from the rarest and keep the figures that the next rarest
        # words share too, so a thousand "traffic deaths" figures narrow to the one for this
        # place and year in a few C-speed set intersections.
        lists = sorted((ids for _, ids in found), key=len)
        if len(lists[0]) > MAX_POOL:
            return []
        pool = set(lists[0])
        for ids in lists[1:]:
            if len(pool) <= SHORTLIST:
                break
            narrowed = pool.intersection(ids)
            if narrowed:
                pool = narrowed
        if len(pool) <= SHORTLIST:
            return sorted(pool)
        if len(pool) > MAX_SHARED:
            return []  # all its words together still fit hundreds of figures: it names none
        entries, idf = self.entries, self.idf
        ranked = sorted(pool, key=lambda i: (-sum(idf(k) for k in entries[i].keys & keys), i))
        return ranked[:SHORTLIST]

    def candidates(
        self,
        ctx: SentenceContext,
        pools: dict[tuple[str, frozenset[int]], list[int]] | None = None,
    ) -> list[Candidate]:
        """Return the figures this statement may state, best first.

        `pools` caches the candidate pool of one sentence per dimension across its numbers.
        """
        key = (ctx.dimension, ctx.years)
        found = pools.get(key) if pools is not None else None
        if found is None:
            found = self._pool(ctx.dimension, set(ctx.stems) | {f"y{y}" for y in ctx.years})
            if pools is not None:
                pools[key] = found
        out = [c for i in found if (c := score_entry(ctx, self.entries[i], self.idf)) is not None]
        out.sort(key=lambda c: (-c.score, c.figure.id))
        return out


def _not_evidence() -> frozenset[str]:
    from factcheck import units
    from factcheck.extract import numwords

    words: set[str] = set()
    for table in (units.UNIT_TABLE, numwords.SCALES, numwords.UNITS, numwords.TEENS, numwords.TENS,
                  numwords.ORDINALS, numwords.DENOMINATORS):
        # Single-word keys only: "american dollar" must not make "American" a unit word.
        words.update(stem(str(key).lower()) for key in table if " " not in str(key))
    words.update(stem(w) for w in ("percent", "percentage", "per", "cent", "point", "points",
                                   "number", "total", "figure", "dozen", "dozens", "hundreds",
                                   "thousands", "millions"))
    return frozenset(w for w in words if w.isalpha())


_NOT_EVIDENCE = _not_evidence()
# A figure's period is its period's evidence: "January" among its keywords would count the
# month twice, and for the wrong figure when the text names a span ("January through March").
# Months only: "fall" and "spring" are words too ("falls below 1,900").
_PERIOD_WORDS = frozenset(stem(w) for w in MONTHS)
def same_per(a: str | None, b: str | None) -> bool:
    """Say whether two rate denominators are the same ('100,000 people' == '100000 people')."""
    if a is None or b is None:
        return a == b
    return same_per_text(a, b)
