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
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.models import Figure, Quantity
from factcheck.registry.load import FigureRegistry, figure_kind
from factcheck.text import STOPWORDS, stem, stems
from factcheck.types import Candidate

RARE_DF = 48  # stems in more figures than this only rescore candidates, never add them
MAX_POOL = 4096  # a sentence whose rarest word is in more figures than this names none of them
SHORTLIST = 24  # candidates fully scored per statement, ranked first by the words they share
MAX_SHARED = 64  # figures left sharing every common word of a sentence: more, and it names none
MIN_STRENGTH = 2.0  # evidence needed before a figure counts as what the sentence states
W_KEYWORD, W_ALIAS, W_TITLE, W_PLACE, W_NOUN, W_PERIOD = 1.0, 2.0, 0.5, 0.5, 1.0, 1.0


@lru_cache(maxsize=1024)
def measure_dimension(unit: str) -> str:
    """Return a comparable dimension label for a pint unit ('measure:[mass]')."""
    from factcheck.units import dimension_of

    try:
        return f"measure:{dimension_of(unit)}"
    except Exception:  # an unknown unit only matches itself
        return f"measure:{unit}"


def figure_dimension(fig: Figure) -> str:
    """Return the dimension a figure is compared in."""
    kind = figure_kind(fig)
    if kind in ("count", "rate"):
        return "count"
    if kind in ("percent", "change"):
        return "percent" if fig.unit == "percent" else f"change:{fig.unit}"
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


@dataclass
class _Entry:
    figure: Figure
    dimension: str
    keywords: frozenset[str]  # stems of keywords and unit
    phrases: tuple[str, ...]  # lower-case aliases and multi-word keywords
    title: frozenset[str]
    place: frozenset[str]
    years: frozenset[int]
    unit_stem: str
    keys: frozenset[str] = frozenset()  # every indexed stem, with years as "y2022"
    per_capita: bool = False  # a rate per N people, which only a rate can state


@dataclass
class FigureIndex:
    """An inverted index from (dimension, stem) to figures."""

    entries: list[_Entry] = field(default_factory=list)
    postings: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # dimension -> stem -> ids
    df: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    _idf: dict[str, float] = field(default_factory=dict)

    @classmethod
    def build(cls, registry: FigureRegistry) -> FigureIndex:
        """Index every figure of a registry."""
        index = cls()
        for fig in registry.figures:
            index.add(fig)
        return index

    def add(self, fig: Figure) -> None:
        """Index one figure."""
        kw: set[str] = set()
        phrases: list[str] = []
        for k in fig.keywords:
            parts = stems(k)
            # Unit and number words say nothing about which figure a number states: the
            # unit is already its dimension, and "two" or "percent" stand beside any number.
            kw.update(p for p in parts if p not in _NOT_EVIDENCE and p not in GENERIC_PEOPLE)
            if len(parts) > 1:
                phrases.append(" ".join(k.lower().split()))
        phrases.extend(" ".join(a.lower().split()) for a in fig.aliases)
        # The head word of the unit counts: "years of age" counts years, "people and
        # organizations" counts people.
        head = fig.unit.lower().replace("-", " ").split()[0] if fig.unit else ""
        unit_stem = stem(head) if head.isalpha() else ""
        # "people" is what most figures count: the noun bonus weighs it, once, not each keyword.
        if unit_stem and unit_stem not in STOPWORDS and unit_stem not in _NOT_EVIDENCE and unit_stem not in GENERIC_PEOPLE:
            kw.add(unit_stem)
        title = frozenset(stems(fig.title)) - kw - _NOT_EVIDENCE
        place = frozenset(stems(fig.place or "")) - kw
        years = period_years(fig.period)
        # Years are keys too, so "traffic deaths in Ohio in 2015" finds the 2015 figure among
        # a thousand traffic figures without scanning them.
        keys = frozenset(kw | title | place | {f"y{y}" for y in years})
        entry = _Entry(fig, figure_dimension(fig), frozenset(kw), tuple(phrases), title, place,
                       years, unit_stem, keys, bool(fig.per and _PER_NUMBER.search(fig.per)))
        i = len(self.entries)
        self.entries.append(entry)
        for s in keys:
            self.postings.setdefault(entry.dimension, {}).setdefault(s, []).append(i)
            self.df[s] += 1
        self._idf.clear()

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

    def candidates(self, q: Quantity, sentence: str, sentence_stems: list[str],
                   years: frozenset[int], near: frozenset[str] = frozenset(),
                   pools: dict[tuple[str, frozenset[int]], list[int]] | None = None,
                   own: frozenset[str] | None = None,
                   own_years: frozenset[int] | None = None) -> list[Candidate]:
        """Return the figures this statement may state, best first.

        `pools` caches the candidate pool of one sentence per dimension across its numbers;
        `own` is the number's own clause when the sentence holds other statistics: words
        elsewhere in the sentence then count for less. Any year of the sentence supports a
        figure of that period; only the years nearest this number (`own_years`) contradict one.
        """
        dim = quantity_dimension(q)
        unique = set(sentence_stems)
        key = (dim, years)
        found = pools.get(key) if pools is not None else None
        if found is None:
            found = self._pool(dim, unique | {f"y{y}" for y in years})
            if pools is not None:
                pools[key] = found
        lowered = sentence.lower()
        # "non-Mexicans" counts Mexicans; "first-time voters" counts voters.
        noun = stem(q.noun.rsplit("-", 1)[-1]) if q.noun else ""
        per_capita = bool(q.per and _PER_NUMBER.search(q.per))
        idf = self.idf
        out = []
        for i in found:
            e = self.entries[i]
            if dim == "count" and not nouns_compatible(noun, e.unit_stem, e.keywords, e.title):
                continue
            # A per-capita rate ("25 per 100,000") and a plain count never state each other.
            if per_capita != e.per_capita:
                continue
            evidence: list[tuple[str, str]] = []
            strength = score = 0.0
            hits = e.keywords & unique
            if hits:
                for s in hits:
                    # Words next to the number say most about which figure it states: in
                    # "110,000 died ..., more than 70,000 of them from fentanyl", "fentanyl".
                    # Strength asks whether the sentence speaks of the figure; the score, which
                    # figure this number states, so a word of another number's clause counts less.
                    if s in near:
                        strength += W_KEYWORD * 1.5
                        score += W_KEYWORD * 3.0 * idf(s)
                    else:
                        strength += W_KEYWORD
                        score += W_KEYWORD * (1.0 if own is None or s in own else 0.5) * idf(s)
                evidence.append(("keywords", ", ".join(sorted(hits))))
            for p in e.phrases:
                if p in lowered:
                    strength += W_ALIAS
                    score += W_ALIAS * 2
                    evidence.append(("phrase", f"'{p}'"))
            t_hits = e.title & unique
            if t_hits:
                strength += W_TITLE  # title words back keywords up; alone they identify nothing
                score += sum(W_TITLE * idf(s) for s in t_hits)
                evidence.append(("title words", ", ".join(sorted(t_hits))))
            pl = e.place & unique
            if pl:
                strength += W_PLACE
                score += W_PLACE * 2
                evidence.append(("place", ", ".join(sorted(pl))))
            noun_match = bool(noun) and noun not in hits and (
                noun == e.unit_stem or noun in e.keywords or (noun in PERSON_NOUNS and e.unit_stem in PERSON_NOUNS))
            if noun_match:
                strength += W_NOUN
                score += W_NOUN * 2
                evidence.append(("noun", q.noun or ""))
            conflict = False
            mine = years if own_years is None else own_years
            if years and e.years:
                shared = years & e.years
                if shared:
                    strength += W_PERIOD
                    score += W_PERIOD * 2
                    evidence.append(("period", ", ".join(str(y) for y in sorted(shared))))
                if mine and not mine & e.years:
                    conflict = True
                    evidence.append(("period differs: the number's years are", ", ".join(str(y) for y in sorted(mine))))
            if q.per and e.figure.per and _same_per(q.per, e.figure.per):
                strength += W_PERIOD
                score += W_PERIOD * 2
                evidence.append((f"per {e.figure.per}", ""))
            if strength < MIN_STRENGTH:
                continue
            if q.unit and q.unit == e.figure.unit:
                # Of a figure and its conversion, the one in the draft's own unit is meant.
                score += W_NOUN
                evidence.append(("same unit", q.unit))
            evidence.append(("unit", dim))
            close_by = len(hits & near) + len(t_hits & near) + int(noun_match)
            out.append(Candidate(e.figure, round(score, 3), strength, tuple(evidence), conflict, close_by,
                                 frozenset(hits)))
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
    words.update(stem(w) for w in ("percent", "percentage", "per", "cent", "point", "points", "number",
                                   "total", "figure", "dozen", "dozens", "hundreds", "thousands", "millions"))
    return frozenset(w for w in words if w.isalpha())


_NOT_EVIDENCE = _not_evidence()
_PER_NUMBER = re.compile(r"\d[\d,.]*")


def _same_per(a: str, b: str) -> bool:
    # "100000" and "100,000 people" are one denominator; "day" and "month" are not.
    na, nb = _PER_NUMBER.search(a), _PER_NUMBER.search(b)
    if na is None or nb is None:
        if na is not None or nb is not None:
            return False
    else:
        return _to_float(na.group()) == _to_float(nb.group())
    return stem(a.lower().strip()) == stem(b.lower().strip())


def _to_float(text: str) -> float | None:
    try:
        return float(text.replace(",", "").rstrip("."))
    except ValueError:
        return None


# Nouns for people are interchangeable in news prose: "6,000 people" may state a figure
# counted in migrants; "two countries" never states a figure counted in people.
PERSON_NOUNS = frozenset(stem(w) for w in """people person persons individuals americans migrants
    residents citizens mexicans men women children adults workers victims deaths died lives
    immigrants refugees asylum seekers defendants patients users voters students""".split())
# The most generic of them say nothing about which figure a number states.
GENERIC_PEOPLE = frozenset(stem(w) for w in "people person persons individuals men women adults".split())


def nouns_compatible(noun: str, entry_unit: str, keywords: frozenset[str], title: frozenset[str]) -> bool:
    """Say whether a counted noun may count the same thing as a figure's unit."""
    if not noun or not entry_unit:
        return True
    if noun == entry_unit or noun in keywords or noun in title:
        return True
    return noun in PERSON_NOUNS and entry_unit in PERSON_NOUNS


def same_per(a: str | None, b: str | None) -> bool:
    """Say whether two rate denominators are the same ('100,000 people' == '100000 people')."""
    if a is None or b is None:
        return a == b
    return _same_per(a, b)
