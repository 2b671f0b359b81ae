"""The relations a sentence states between its own numbers: shares, changes, multiples,
differences, totals and rates, each with what the other numbers imply.

A relation is read only where the words state it plainly ("70,000 of the 110,000 deaths, or
40 percent"; "rose from 40,000 to 52,000, a 30 percent increase"); every number is an
interval of true values (its rounding and hedge), so a relation holds when the stated
interval and the implied one overlap. The cue words are the tables below.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factcheck.check.stated import stated_interval
from factcheck.intervals import Interval, agrees, interval
from factcheck.types import Statement


class LazyPattern:
    """A pattern compiled when first matched: a page's sentences try few of the layouts below."""

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags = source, flags

    def __getattr__(self, name: str) -> Callable[..., re.Match[str] | None]:
        if name not in ("search", "match"):
            raise AttributeError(name)
        # Bound to the instance once compiled: every later call goes straight to the pattern.
        compiled = re.compile(self.source, self.flags)
        self.search, self.match = compiled.search, compiled.match
        return getattr(compiled, name)


lazy_re = LazyPattern

HEDGE = (r"(?:about|nearly|almost|over|some|around|approximately|roughly|just\s+(?:under|over)"
         r"|at\s+least|less\s+than|fewer\s+than|more\s+than|under|close\s+to|only|just"
         r"|an\s+estimated|barely)")
WORD = r"[\w'’.-]+"
# "70,000 of the 110,000": a part of a whole; a few words may name it ("of the state's").
OF = lazy_re(rf"^\s+(?:out\s+)?of\s+(?:(?:the|all|its|their|those|an?|every)\s+)?"
             rf"(?:{WORD}\s+){{0,3}}?(?:{HEDGE}\s+)?$", re.I)
# "Of the 1,240 burglaries reported, 310, or 25 percent": the whole first.
OF_LEAD = lazy_re(rf"\b(?:of|among)\s+(?:(?:the|all|its|their|those)\s+)?"
                  rf"(?:{WORD}\s+){{0,2}}?(?:{HEDGE}\s+)?$", re.I)
LEAD_GAP = lazy_re(rf"^(?:\s+{WORD}){{0,8}}?\s*,\s*(?:{HEDGE}\s+)?$", re.I)
# ", or 40 percent", "(64 percent)", "— 300 —": the same amount said another way.
ASIDE = lazy_re(rf"^(?:\s+{WORD}){{0,5}}?\s*(?:,\s*or|,|\(|—|–|\bor)\s*(?:{HEDGE}\s+)?$", re.I)
# The old and the new level: "from 40,000 to 52,000", "to 52,000 from 40,000",
# "52,000, up from 40,000", "9,000 against 3,000".
FROM_BEFORE = lazy_re(rf"\bfrom\s+(?:{HEDGE}\s+)?$", re.I)
# "estimates range from 40,000 to 60,000" is a range, not a change.
RANGE_BEFORE = lazy_re(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|estimates?)\b"
                       r"[^,;]{0,40}from\s+\S*\s*$", re.I)
TO_BETWEEN = lazy_re(rf"^(?:\s+{WORD}){{0,3}}?\s*,?\s+to\s+(?:{HEDGE}\s+)?$", re.I)
TO_BEFORE = lazy_re(rf"\bto\s+(?:{HEDGE}\s+)?$", re.I)
FROM_AFTER = lazy_re(rf"^(?:\s+{WORD}){{0,4}}?\s*,?\s+(?:(?P<updown>up|down)\s+)?from\s+"
                     rf"(?:{WORD}\s+){{0,2}}?(?:{HEDGE}\s+)?$", re.I)
AGAINST = lazy_re(rf"^(?:\s+{WORD}){{0,4}}?\s*,?\s+"
                  rf"(?:against|versus|vs\.?|compared\s+(?:with|to))\s+"
                  rf"(?:{WORD}\s+){{0,2}}?(?:{HEDGE}\s+)?$", re.I)
# "8,000 more than last year's 26,000", "up 8,000 from 26,000", "30 percent higher than".
COMPARED = lazy_re(rf"^(?:\s+(?:percent|per\s+cent|%))?\s+"
                   rf"(?P<dir>more|fewer|less|higher|lower|above|below"
                   rf"|greater|larger|smaller|bigger)\s+than\s+(?:{WORD}\s+){{0,4}}?$", re.I)
UP_FROM = lazy_re(rf"^\s+(?:{WORD}\s+)?from\s+(?:{WORD}\s+){{0,3}}?$", re.I)
LEAD = lazy_re(rf"^(?:\s+{WORD}){{0,5}}?\s*(?:,|—|–|\(|:)\s*"
               rf"(?:or\s+)?(?P<dir>up|down)?\s*(?:by\s+)?(?:{HEDGE}\s+)?$", re.I)
MULTIPLE_AFTER = lazy_re(rf"^\s+(?:as\s+(?:many|much|high|large|big|often)\s+as"
                         rf"|the|that\s+of|those\s+of)\s+(?:{WORD}\s+){{0,3}}?$", re.I)
# What makes a number after the pair a change of it, not another statistic.
DIFF_BEFORE = lazy_re(rf"\b(?:by|up|down|rose|fell|grew|dropped|increased|decreased|climbed"
                      rf"|added|lost|gained|shed|cut|jumped"
                      rf"|(?:increase|rise|drop|decline|fall|gain|loss|jump|cut|reduction"
                      rf"|decrease|growth|change|difference)\s+of)"
                      rf"\s+(?:{HEDGE}\s+)?[$€£]?$", re.I)
DIFF_AFTER = lazy_re(r"^\s+(?:\w+\s+)?"
                     r"(?:more|fewer|less|higher|lower|increase|rise|drop|decline|fall|gain)\b",
                     re.I)
FRACTION_CHANGE_AFTER = lazy_re(
    r"^\s+(?:lower|higher|less|more|fewer|smaller|larger|bigger|down|up|cheaper)\b", re.I)
FRACTION_CHANGE_BEFORE = lazy_re(
    r"\b(?:by|cut|down|up|fell|rose|dropped|grew|slashed|shrank)\s+$", re.I)
SHARE_SPOILERS = lazy_re(r"^\s+(?:\w+\s+)?(?:more|fewer|less|higher|lower|increase|rise|drop"
                         r"|decline|fall|up|down|gain)\b", re.I)
# "A, B and C, a total of T"; "T in all".
TOTAL_BEFORE = lazy_re(rf"(?:\ba\s+(?:combined\s+)?total\s+of|\btotal(?:l?ing|l?ed)"
                       rf"|\badd(?:s|ing)?\s+up\s+to|\bsumming\s+to|\bcombined\s+total\s+of)"
                       rf"\s+(?:{HEDGE}\s+)?$", re.I)
# "a total of $9 million since 2015" covers more than the items
TOTAL_SPAN = lazy_re(r"^\s+(?:since|so\s+far|to\s+date|over\s+the|in\s+the\s+(?:past|last)"
                     r"|this|in\s+all\s+of)\b", re.I)
TOTAL_AFTER = lazy_re(
    r"^\s+(?:[\w'’-]+\s+){0,2}?(?:in\s+(?:all|total)|altogether|combined)\b", re.I)
LIST_GAP = lazy_re(rf"^(?:\s+{WORD}){{0,6}}?\s*(?:,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+)"
                   rf"(?:{WORD}\s+){{0,3}}?(?:{HEDGE}\s+)?$", re.I)
LIST_END = lazy_re(r"\b(?:and|plus)\b", re.I)
# "32,223 killings, a rate of 25 per 100,000", in "a country of 129 million".
RATE_GAP = lazy_re(rf"^(?:\s+{WORD}){{0,4}}?\s*(?:,|—|–|\(|:)\s*"
                   rf"(?:or\s+|an?\s+(?:\w+\s+)?rate\s+of\s+|equal\s+to\s+|equivalent\s+to\s+)?"
                   rf"(?:{HEDGE}\s+)?$", re.I)
POPULATION_BEFORE = lazy_re(rf"\b(?:population|country|nation|state|city|county|region|province"
                            rf"|town)\s+of\s+(?:{HEDGE}\s+)?$", re.I)
POPULATION_AFTER = lazy_re(r"^\s+(?:people|residents|inhabitants)\b", re.I)
NEGATIVE = {"fewer", "less", "lower", "below", "smaller", "down"}
# A hedge before a word the extractor leaves unhedged ("more than doubled", "nearly a third").
WORD_HEDGES = {"more than": "more-than", "over": "more-than", "well over": "more-than",
               "at least": "at-least", "nearly": "nearly", "almost": "nearly",
               "not quite": "nearly", "about": "about", "roughly": "about", "around": "about",
               "some": "about", "less than": "less-than", "under": "less-than"}
WORD_HEDGE = lazy_re(
    r"\b(" + "|".join(k.replace(" ", r"\s+") for k in WORD_HEDGES) + r")\s+$", re.I)
# A table's total row or column, and columns whose cells do not add up (shares, rates, changes).
TOTAL_LABEL = lazy_re(
    r"^\W*(?:total|all|overall|combined|grand\s+total|sum)\b|\btotal\W*$", re.I)
SUBTOTAL_LABEL = lazy_re(r"\bsub-?total\b", re.I)
NOT_ADDITIVE = lazy_re(r"%|\b(?:percent|per\s*cent|share|rate|ratio|change|average|avg|mean"
                       r"|median|per|index|growth|pct|year|years)\b", re.I)
# Where one clause ends and another begins: a change beyond it is another quantity's.
CLAUSE_BREAK = lazy_re(
    r";|,\s*(?:and|but|while|whereas|although|though|as|yet)\b|\b(?:while|whereas|but)\b", re.I)
LEVEL_KINDS = frozenset({"count", "money", "measure", "percent", "rate"})


@dataclass(frozen=True)
class Relation:
    """One relation a sentence states: the stated number, what the others imply, its wording."""

    kind: str  # share, change, multiple, difference, total, rate
    at: Statement  # the number that states the result
    stated: Interval
    implied: Interval
    message: str  # "70,000 of 110,000 is 64 percent"
    points: Interval | None = None  # a change of a percentage: the change in percentage points
    points_message: str = ""
    levels: tuple[Statement, ...] = ()  # a percent change's (old, new) levels

    def holds(self, tolerance: float = 0.0) -> bool:
        """Say whether the stated number agrees with what the others imply (either reading of a
        change of a percentage)."""
        if agrees(self.implied, self.stated, tolerance):
            return True
        return self.points is not None and agrees(self.points, self.stated, tolerance)


@dataclass(frozen=True)
class Clause:
    """A sentence's statements with the text around each: `gaps[i]` lies before `sts[i]`."""

    sts: list[Statement]
    gaps: list[str]  # len(sts) + 1: before the first, between each pair, after the last

    def before(self, i: int) -> str:
        """Return the text between number `i` and the one before it (or the sentence's start)."""
        return self.gaps[i]

    def after(self, i: int) -> str:
        """Return the text between number `i` and the one after it (or the sentence's end)."""
        return self.gaps[i + 1]


def clauses(statements: list[Statement]) -> Iterator[Clause]:
    """Yield each prose sentence's statements with the text between them (table cells excluded)."""
    i = 0
    while i < len(statements):
        j = i
        first = statements[i]
        while j < len(statements) and (
            (statements[j].seg_id, statements[j].sentence) == (first.seg_id, first.sentence)
        ):
            j += 1
        group = [s for s in statements[i:j] if s.q.value is not None and not s.q.malformed]
        start = sentence_start(first)
        if len(group) >= 2 and start >= 0:
            seg, end = first.segment, start + len(first.sentence)
            cuts = [start, *(x for s in group for x in (s.q.start, s.q.end)), end]
            yield Clause(group, [seg[cuts[k]:cuts[k + 1]] for k in range(0, len(cuts), 2)])
        i = j


def sentence_start(st: Statement) -> int:
    """Return where a statement's sentence starts in its segment, or -1 for a table cell."""
    if not st.sentence:
        return -1
    # The sentence holds the number, so it starts at most its length before the number ends:
    # searching from there keeps a long paragraph of many sentences linear.
    at = st.segment.find(st.sentence, max(0, st.q.end - len(st.sentence)))
    return at if 0 <= at <= st.q.start else -1


def value_interval(st: Statement, plain: bool = False) -> Interval:
    """Return a number's interval; a fraction or multiple in words ("one in four", "doubled")
    is as loose as "about"; `plain` drops a hedge the relation's own words took ("more than")."""
    q = st.q
    assert q.value is not None
    if plain:
        return interval(q.value, "none", q.precision).scaled(100.0 if q.kind == "fraction" else 1.0)
    if q.hedge == "none" and q.kind in ("fraction", "change") and not re.search(r"\d", q.text):
        m = WORD_HEDGE.search(st.segment[max(0, q.start - 24):q.start])
        hedge = WORD_HEDGES[re.sub(r"\s+", " ", m.group(1).lower())] if m else "about"
        if hedge == "more-than" and q.unit == "times":
            # "more than doubled": any ratio above two
            return Interval(q.value, math.inf, low_open=True)
        return interval(q.value, hedge).scaled(100.0 if q.kind == "fraction" else 1.0)
    out = stated_interval(q)
    assert out is not None
    return out


def level_unit(st: Statement) -> str | None:
    """Return the unit a level is counted in; a count never is in "times" (extraction gives the
    levels of "doubled from 1,200 to 2,400" the multiple's unit, "up 20 percent from 1,700" the
    change's)."""
    return None if st.q.kind == "count" and st.q.unit in ("times", "percent") else st.q.unit


def same_scale(a: Statement, b: Statement) -> bool:
    """Say whether two numbers count the same kind of thing in the same unit."""
    if level_unit(a) != level_unit(b) or a.q.per != b.q.per:
        return False
    return (a.q.kind in LEVEL_KINDS and b.q.kind in LEVEL_KINDS
            and (a.q.kind == b.q.kind or level_unit(a) is None))


def is_percent_change(st: Statement) -> bool:
    """Say whether a number is a change in percent ("rose 30 percent", "a 30 percent increase")."""
    return st.q.kind == "change" and st.q.unit == "percent"


def is_multiple(st: Statement) -> bool:
    """Say whether a number is a multiple ("doubled", "three times", "halved")."""
    return st.q.kind == "change" and st.q.unit == "times"


def pairs(c: Clause) -> Iterator[tuple[int, int, int]]:
    """Yield (old, new, sign) index pairs the sentence compares: "from X to Y", "to Y from X",
    "Y, up from X", "Y against X"; sign is the direction "up"/"down" gives, else 0."""
    for i in range(len(c.sts) - 1):
        a, b = c.sts[i], c.sts[i + 1]
        if not same_scale(a, b):
            continue
        between = c.after(i)
        if (FROM_BEFORE.search(c.before(i)) and TO_BETWEEN.match(between)
                and not RANGE_BEFORE.search(c.before(i))):
            yield i, i + 1, 0
        elif ((m := FROM_AFTER.match(between))
              and (m.group("updown") or TO_BEFORE.search(c.before(i)))):
            yield i + 1, i, {"up": 1, "down": -1}.get((m.group("updown") or "").lower(), 0)
        elif AGAINST.match(between):
            yield i + 1, i, 0
