"""Score a figure as what a statement states: each feature of evidence is a small function.

A feature reads the statement's context (its sentence, clause and nearby words) and one
indexed figure, and returns the evidence it found (strength, score, reason) or None.
Strength asks whether the sentence speaks of the figure at all; the score, which figure
this number states. `--explain` prints exactly the features that fired.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from factcheck.models import Figure, Quantity
from factcheck.periods import Period
from factcheck.text import stem, stems
from factcheck.types import Candidate

MIN_STRENGTH = 2.0  # evidence needed before a figure counts as what the sentence states
W_KEYWORD, W_ALIAS, W_TITLE, W_PLACE, W_NOUN, W_PERIOD = 1.0, 2.0, 0.5, 0.5, 1.0, 1.0
# A word in at most one figure in eleven names its figure on its own next to the number
# ("Births: 5,412"); in a registry of fewer than 22 figures, a word in one figure does.
RARE_SHARE = 1 / 11
PER_NUMBER = re.compile(r"\d[\d,.]*")

# Nouns for people are interchangeable in news prose: "6,000 people" may state a figure
# counted in migrants; "two countries" never states a figure counted in people.
PERSON_NOUNS = frozenset(stem(w) for w in """people person persons individuals americans migrants
    residents citizens mexicans men women children adults workers victims deaths died lives
    immigrants refugees asylum seekers defendants patients users voters students visitors riders
    passengers travelers commuters tourists customers members employees officers inmates drivers
    pedestrians cyclists teachers nurses doctors renters tenants homeowners applicants""".split())
# The most generic of them say nothing about which figure a number states.
GENERIC_PEOPLE = frozenset(
    stem(w) for w in "people person persons individuals men women adults".split())
# Words that set no figure apart from another: who is counted, and how it was counted.
GENERIC_WORDS = GENERIC_PEOPLE | frozenset(stem(w) for w in """americans residents total number
    recorded reported estimated official officials data figure figures""".split())


def rare_idf(figures: int) -> float:
    """Return the idf of a word in RARE_SHARE of a registry's figures (or in one of a few)."""
    df = max(1.0, figures * RARE_SHARE)
    return math.log(1 + figures / (1 + df))


def counted_noun_stem(q: Quantity) -> str:
    """Return the stem of a number's counted noun ("non-Mexicans" counts Mexicans), or ""."""
    return stem(q.noun.rsplit("-", 1)[-1]) if q.noun else ""


def nouns_compatible(noun: str, entry_unit: str, keywords: frozenset[str],
                     title: frozenset[str]) -> bool:
    """Say whether a counted noun may count the same thing as a figure's unit."""
    if not noun or not entry_unit:
        return True
    if noun == entry_unit or noun in keywords or noun in title:
        return True
    return noun in PERSON_NOUNS and entry_unit in PERSON_NOUNS


@dataclass
class Entry:
    """One indexed figure: the stems, phrases, place and years that identify it."""

    figure: Figure
    dimension: str
    keywords: frozenset[str]  # stems of keywords and unit
    phrases: tuple[str, ...]  # lower-case aliases and multi-word keywords
    title: frozenset[str]
    place: frozenset[str]
    years: frozenset[int]
    period: Period | None
    unit_stem: str
    keys: frozenset[str] = frozenset()  # every indexed stem, with years as "y2022"
    per_capita: bool = False  # a rate per N people, which only a rate can state
    age: bool = False  # measured in years of age: the only figures an age can state
    duration: bool = False  # measured in time (a 38.5-hour workweek, a 12-year term)


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """What scoring reads of one statement: its number, sentence, clause and nearby words."""

    q: Quantity
    lowered: str  # the sentence, lower-case, for phrases
    stems: frozenset[str]  # every stem of the sentence
    near: frozenset[str]  # stems within a few words of the number
    own: frozenset[str] | None  # the number's own clause, when the sentence holds other statistics
    periods: tuple[Period, ...]  # any period of the sentence (or its context) supports a figure
    own_periods: tuple[Period, ...]  # only the periods nearest the number contradict one
    years: frozenset[int]  # the calendar years of `periods`, for the index's shortlist
    dimension: str
    noun: str  # stem of the counted noun ("non-Mexicans" counts Mexicans)
    per_capita: bool  # a rate per N people
    excluded: tuple[Period, ...] = ()  # periods the number cannot be of (a comparison's base)
    proper: frozenset[str] = frozenset()  # stems of the sentence's names (capitalised words)
    memo: dict[object, object] | None = None  # shared by a sentence's numbers: their period fits
    rare_idf: float = math.inf  # the idf from which a word is rare in the registry (see RARE_SHARE)
    borrowed: frozenset[str] = frozenset()  # stems read from the sentence before, not this one
    subject: frozenset[str] = frozenset()  # the clause before's words, which a clause naming
    # nothing of its own shares ("Robberies fell 8.4 percent, to 1,162 from 1,229")


class Evidence(NamedTuple):
    """What one feature found: how strongly it ties the sentence to the figure, and why."""

    strength: float
    score: float
    label: str
    # What was found, written out only for a figure that passes MIN_STRENGTH (`detail`): of
    # the figures scored, many fall short, and their text would be thrown away.
    found: str | frozenset[str] | tuple[Period, ...] = ""

    @property
    def detail(self) -> str:
        """Return what was found as --explain prints it: stems in order, periods described."""
        found = self.found
        if isinstance(found, str):
            return found
        if isinstance(found, frozenset):
            return ", ".join(sorted(found))
        return ", ".join(_described(p) for p in found)


IDF = Callable[[str], float]
Feature = Callable[[SentenceContext, Entry, IDF], "Evidence | None"]


def keywords(ctx: SentenceContext, e: Entry, idf: IDF) -> Evidence | None:
    """The figure's keywords in the sentence; next to the number they weigh most."""
    hits = e.keywords & ctx.stems
    if not hits:
        return None
    strength = score = 0.0
    for s in hits:
        # Words next to the number say most about which figure it states: in "110,000
        # died ..., more than 70,000 of them from fentanyl", "fentanyl". A word of another
        # number's clause counts less for the score.
        if s in ctx.near:
            strength += W_KEYWORD * (2.0 if idf(s) >= ctx.rare_idf else 1.5)
            score += W_KEYWORD * 3.0 * idf(s)
        elif s in ctx.subject:  # what the clause before counts, this number counts too
            strength += W_KEYWORD * (2.0 if idf(s) >= ctx.rare_idf else 1.5)
            score += W_KEYWORD * idf(s)
        elif s in ctx.borrowed:  # the sentence before says what is counted, a step removed
            strength += W_KEYWORD * 0.5
            score += W_KEYWORD * 0.5 * idf(s)
        else:
            strength += W_KEYWORD
            score += W_KEYWORD * (1.0 if ctx.own is None or s in ctx.own else 0.5) * idf(s)
    return Evidence(strength, score, "keywords", hits)


def phrases(ctx: SentenceContext, e: Entry, idf: IDF) -> list[Evidence]:
    """The figure's aliases and multi-word keywords, each written whole in the sentence; in
    another number's clause a phrase describes that number, and counts for little here."""
    out = []
    for p in e.phrases:
        if p in ctx.lowered:
            mine = ctx.own is None or set(stems(p)) <= (ctx.own | ctx.near)
            out.append(Evidence(W_ALIAS if mine else W_ALIAS / 4, W_ALIAS * (2 if mine else 0.5),
                                "phrase", f"'{p}'"))
    return out


def title_words(ctx: SentenceContext, e: Entry, idf: IDF) -> Evidence | None:
    """Words of the figure's title: they back keywords up; alone they identify nothing."""
    hits = e.title & ctx.stems
    if not hits:
        return None
    return Evidence(W_TITLE, sum(W_TITLE * idf(s) for s in hits), "title words", hits)


def place(ctx: SentenceContext, e: Entry, idf: IDF) -> Evidence | None:
    """The figure's place named in the sentence."""
    hits = e.place & ctx.stems
    return Evidence(W_PLACE, W_PLACE * 2, "place", hits) if hits else None


def noun_matches(ctx: SentenceContext, e: Entry) -> bool:
    """Say whether the counted noun is what the figure counts (and not already a keyword hit)."""
    noun = ctx.noun
    return bool(noun) and noun not in (e.keywords & ctx.stems) and (
        noun == e.unit_stem or noun in e.keywords
        or (noun in PERSON_NOUNS and e.unit_stem in PERSON_NOUNS))


def counted_noun(ctx: SentenceContext, e: Entry, idf: IDF) -> Evidence | None:
    """The noun after the number is what the figure counts."""
    return Evidence(W_NOUN, W_NOUN * 2, "noun", ctx.q.noun or "") if noun_matches(ctx, e) else None


def period(ctx: SentenceContext, e: Entry, idf: IDF) -> Evidence | None:
    """A period of the sentence (or of its paragraph or heading) overlaps the figure's."""
    if e.period is None or not ctx.periods:
        return None
    # Keyed by identity: an entry and its period live as long as the index, and hashing a
    # period's fields on every call cost more than the evidence it saves.
    key = (id(ctx.periods), id(e.period))
    found = ctx.memo.get(key) if ctx.memo is not None else None
    if found is None or found[0] is not ctx.periods:  # type: ignore[index]
        found = (ctx.periods, _period_evidence(ctx.periods, e.period))
        if ctx.memo is not None:
            ctx.memo[key] = found
    return found[1]  # type: ignore[index]


def _period_evidence(periods: tuple[Period, ...], figure: Period) -> Evidence | None:
    shared = tuple(p for p in periods if p.overlaps(figure))
    if not shared:
        return None
    # The closer the periods fit, the more it says: "January through March" is the
    # quarter's figure more than March's.
    fit = max(_fit(p, figure) for p in shared)
    # Written out here, once per sentence and figure period (the caller memoises it): per
    # candidate, a sentence of many periods would cost time in the square of its length.
    return Evidence(W_PERIOD, W_PERIOD * (1 + fit), "period",
                    ", ".join(_described(p) for p in shared))


def _fit(a: Period, b: Period) -> float:
    """Return how much two periods coincide: shared days over the days of either (0..1)."""
    shared = (min(a.end, b.end) - max(a.start, b.start)).days + 1
    union = (max(a.end, b.end) - min(a.start, b.start)).days + 1
    return max(shared, 0) / union if union > 0 else 0.0


def _described(p: Period) -> str:
    return f"{p.label} ({p.how})" if p.how and p.how not in ("written", "a year") else p.label


def per_period(ctx: SentenceContext, e: Entry, idf: IDF) -> Evidence | None:
    """The number is per the figure's own denominator ("a day", "per 100,000")."""
    q, per = ctx.q, e.figure.per
    if q.per and per and same_per_text(q.per, per):
        return Evidence(W_PERIOD, W_PERIOD * 2, f"per {per}")
    return None


# The features, in the order --explain prints them.
FEATURES: tuple[Callable[[SentenceContext, Entry, IDF], Evidence | list[Evidence] | None], ...] = (
    keywords, phrases, title_words, place, counted_noun, period,
)


PERIOD_DIFFERS = "period differs: the number's period is"


def period_conflict(ctx: SentenceContext, e: Entry) -> Evidence | None:
    """The periods nearest the number share no day with the figure's period."""
    mine = ctx.own_periods
    if e.period is None or not mine or any(p.overlaps(e.period) for p in mine):
        return None
    if all(p.moment and not e.period.moment for p in mine):
        # "Your February 12 story said", "this week": when it was said, not what it counts
        return None
    return Evidence(0.0, 0.0, PERIOD_DIFFERS, mine)


def admissible(ctx: SentenceContext, e: Entry, foreign: bool) -> bool:
    """Say whether a figure could be stated by this number at all (age, noun and rate kind)."""
    if ctx.q.kind == "age" and not e.age:
        return False  # "Tom Becker, 63," never states a count of 63 anything
    if ctx.q.kind == "duration" and not e.duration:
        return False  # "for three years" in passing is context, not a count
    if foreign and ctx.noun not in PERSON_NOUNS and e.unit_stem in PERSON_NOUNS:
        # "two countries" never states a count of people; people may stand for what is
        # counted of them ("cited 940 drivers": citations).
        return False
    if e.period is not None and any(e.period.within(p) for p in ctx.excluded):
        return False  # "to 612 from 668": 668 is not the 2025 figure that 612 states
    # A per-capita rate ("25 per 100,000") and a plain count never state each other.
    return ctx.per_capita == e.per_capita


def foreign_noun(ctx: SentenceContext, e: Entry) -> bool:
    """Say whether a count's noun is another thing than the figure counts ("2,870 visits" for
    inspections): evidence against the figure, which the words may still outweigh."""
    return ctx.dimension == "count" and not nouns_compatible(ctx.noun, e.unit_stem, e.keywords,
                                                              e.title)


def score_entry(ctx: SentenceContext, e: Entry, idf: IDF) -> Candidate | None:
    """Return the figure as a candidate with its evidence, or None when too little ties them."""
    foreign = foreign_noun(ctx, e)
    if not admissible(ctx, e, foreign):
        return None
    found = evidence(ctx, e, idf, foreign)
    strength = sum([ev.strength for ev in found])
    if strength < MIN_STRENGTH:
        return None
    return _candidate(ctx, e, found, strength)


def evidence(ctx: SentenceContext, e: Entry, idf: IDF, foreign: bool) -> list[Evidence]:
    """Return what every feature found for and against the figure, in --explain's order."""
    found: list[Evidence] = []
    for feature in FEATURES:
        got = feature(ctx, e, idf)
        if type(got) is list:
            found.extend(got)
        elif got is not None:
            found.append(got)  # type: ignore[arg-type]
    conflict = period_conflict(ctx, e)
    if conflict is not None:
        found.append(conflict)
    if foreign:
        found.append(Evidence(-W_NOUN, -2 * W_NOUN, "noun differs", ctx.q.noun or ""))
    per = per_period(ctx, e, idf)
    if per is not None:
        found.append(per)
    return found


def _candidate(ctx: SentenceContext, e: Entry, found: list[Evidence],
               strength: float) -> Candidate:
    """Return the figure as a candidate: its score and the evidence written out."""
    score = sum([ev.score for ev in found])
    q = ctx.q
    if q.unit and q.unit == e.figure.unit:
        # Of a figure and its conversion, the one in the draft's own unit is meant.
        score += W_NOUN
        found.append(Evidence(0.0, W_NOUN, "same unit", q.unit))
    found.append(Evidence(0.0, 0.0, "unit", ctx.dimension))
    hits = e.keywords & ctx.stems
    close_by = (len(hits & ctx.near) + len(e.title & ctx.stems & ctx.near)
                + int(noun_matches(ctx, e)))
    from_period = sum(ev.score for ev in found if ev.label == "period")
    conflict = any(ev.label == PERIOD_DIFFERS for ev in found)
    return Candidate(e.figure, round(score, 3), strength,
                     tuple((ev.label, ev.detail) for ev in found),
                     conflict, close_by, frozenset(hits), round(from_period, 3),
                     names_topic(ctx, e, hits))


def names_topic(ctx: SentenceContext, e: Entry, hits: frozenset[str]) -> bool:
    """Say whether the words name what the figure is about, beyond the names of its people and
    places: "three years of the López Obrador administration" names no figure about AMLO."""
    if hits - ctx.proper or noun_matches(ctx, e):
        return True
    return any(p in ctx.lowered and not set(stems(p)) <= ctx.proper for p in e.phrases)


@lru_cache(maxsize=4096)  # a registry and a draft write few denominators, each pair read often
def same_per_text(a: str, b: str) -> bool:
    """Say whether two written denominators are one ("100000", "100,000 people"; not day/month)."""
    na, nb = PER_NUMBER.search(a), PER_NUMBER.search(b)
    if na is None or nb is None:
        if na is not None or nb is not None:
            return False
    else:
        return _to_float(na.group()) == _to_float(nb.group())
    return _per_words(a) == _per_words(b)


_PER_FILLER = frozenset(("per", "a", "an", "each", "every"))


def _per_words(per: str) -> frozenset[str]:
    """Return a written denominator's words as units: "capita per day" is {"person", "day"}."""
    from factcheck.units import per_unit

    return frozenset(stem(per_unit(w)) for w in per.lower().split() if w not in _PER_FILLER)


def _to_float(text: str) -> float | None:
    try:
        return float(text.replace(",", "").rstrip("."))
    except ValueError:
        return None


def figure_is_age(fig: Figure) -> bool:
    """Say whether a figure is measured in years of age ("aged 25 to 54")."""
    unit = fig.unit.lower()
    if "age" in unit.split() or unit in ("years old", "year old"):
        return True
    return (unit.startswith("year")
            and any(k.lower() in ("age", "ages", "aged") for k in fig.keywords))


def figure_per_capita(fig: Figure) -> bool:
    """Say whether a figure is a rate per N people, which only a rate can state."""
    return bool(fig.per and PER_NUMBER.search(fig.per))
