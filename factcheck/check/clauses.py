"""Clauses and references inside a sentence: which number owns which words and periods.

A sentence with several numbers is cut at its clause breaks, so that each number reads its
own words and periods; a comparison's base ("from 668") and a sentence that refers back
("That is 70,412 graduates") and an amount followed by its own conversion ("26,000 pounds
(nearly 12 tonnes)") are recognised here.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from factcheck.check.direction import DOWN_WORDS, UP_WORDS
from factcheck.models import Quantity
from factcheck.periods import Period
from factcheck.periods.prose import MONTHS
from factcheck.text import stem
from factcheck.types import Statement

CLAUSE_BREAKS = ",;:()—–"
# Words that name nothing a number counts: how it moved, and to or from what. A clause of
# only these ("to 1,162 from 1,229") counts what the clause before it counts.
NAMELESS = frozenset(stem(w) for w in (
    DOWN_WORDS.split("|") + UP_WORDS.split("|") + list(MONTHS)
    + "to from just only another reach reaching reached hit hitting end ending where".split()))
_BREAK = re.compile("[" + re.escape(CLAUSE_BREAKS) + "]")


# Words that refer back to the sentence before: it says what the number counts, and when.
_REFERS_BACK = re.compile(
    r"^\W*(?:that|this|it|they|these|those|which|the\s+(?:figure|number|total|count|rate|share|latter|former)\b(?!\s+of)"
    r"|in\s+\w+(?:\s+\w+)?,?\s+(?:it|they|that|the\s+(?:figure|number|rate|share))\s+(?:was|were|is|are|rose|fell|stood))\b"
    r"|\b(?:of\s+(?:them|those|these)|the\s+same\s+(?:measure|figure|period|count)|(?:this|that)\s+figure)\b",
    re.I)


def words_without(text: str, periods: list[Period], stems: Callable[[str], list[str]]) -> list[str]:
    """Return a sentence's stems without its periods: the period is inherited as a period."""
    for p in sorted(periods, key=lambda p: -p.at):
        if p.at >= 0:
            text = text[:p.at] + " " + text[p.at + len(p.text):]
    return stems(text)


def refers_back(sentence: str) -> bool:
    """Say whether a sentence refers back to the one before ("That is 70,412 graduates")."""
    return bool(_REFERS_BACK.search(sentence[:80]))


_FRAMING = re.compile(r"^\W*(?:(?:in|during|for|over|through|since|as\s+of|by|at\s+the\s+end\s+of"
                      r"|on|the|of|last|this|early|late|mid)\s+)*$", re.I)


def framing(sentence: str, periods: list[Period] | tuple[Period, ...]) -> tuple[Period, ...]:
    """Return the period a paragraph opens with ("In August, ..."), shared by later sentences."""
    for p in periods:
        after = sentence[p.at + len(p.text): p.at + len(p.text) + 2]
        if _FRAMING.match(sentence[:p.at]) and after.startswith(","):
            return (p,)
    return ()


def owners(qs: list[Quantity], mine: range, periods: tuple[Period, ...], s0: int,
            text: str = "") -> dict[int, tuple[Period, ...]]:
    """Give each period of a sentence to the statistic of its own clause ("742 troopers at the
    end of February, about 100 short"), else to the one before it, else the nearest."""
    stats = [i for i in mine if checked(qs[i])]
    if not periods or not stats:
        return {}
    starts = [qs[i].start for i in stats]
    breaks = clause_breaks(qs, mine, periods, s0, text)
    owners: dict[int, list[Period]] = {}
    for p in periods:
        at, end = s0 + p.at, s0 + p.at + max(len(p.text), 1)
        k = bisect_left(breaks, at)
        lo = breaks[k - 1] if k else -1
        hi = breaks[bisect_left(breaks, end)] if bisect_left(breaks, end) < len(breaks) else 1 << 30
        a, b = bisect_right(starts, lo), bisect_left(starts, hi)
        if a < b:  # statistics in the period's own clause: the nearest of them
            pool = stats[a:b]
        else:
            before = bisect_right(starts, at) - 1
            pool = [stats[before]] if before >= 0 else stats[:1]
        nearest = min(pool, key=lambda i: max(0, at - qs[i].end, qs[i].start - end))
        owners.setdefault(nearest, []).append(p)
    return {i: tuple(ps) for i, ps in owners.items()}


def clause_breaks(qs: list[Quantity], mine: range, periods: tuple[Period, ...], s0: int,
                  text: str) -> list[int]:
    """Return the offsets of the clause breaks in a sentence that lie outside its numbers."""
    if not text:
        return []
    stop = min(len(text), s0 + max(p.at + len(p.text) for p in periods) + 200)
    spans = [(qs[i].start, qs[i].end) for i in mine]
    out, si = [], 0
    for m in _BREAK.finditer(text, s0, stop):  # a search, not a loop over each character
        k = m.start()
        while si < len(spans) and spans[si][1] <= k:
            si += 1
        if si < len(spans) and spans[si][0] <= k:
            continue  # a comma inside "1,912"
        out.append(k)
    return out


_BASE = re.compile(r"\b(?:from"
                   r"|(?<!more )(?<!less )(?<!fewer )(?<!rather )(?<!greater )(?<!other )than"
                   r"|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?"
                   r"(?:(?:about|nearly|almost|roughly|around|some|just|more\s+than|over|under"
                   r"|fewer\s+than|less\s+than)\s+)?$", re.I)


def is_base(text: str, q: Quantity, clause_start: int) -> bool:
    """Say whether a number is a comparison's base ("from 668", "than 109") after another number."""
    return clause_start > 0 and bool(_BASE.search(text[max(0, q.start - 40):q.start]))


def checked(q: Quantity) -> bool:
    """Say whether a number is checked against the registry: a statistic, a malformed number,
    an age bracket ("aged 25 to 54") or a duration, which only figures measured in years of age,
    or in time, can state. A person's age ("Tom Becker, 63,") is never checked."""
    return (q.is_statistic or bool(q.malformed) or q.kind == "duration"
            or (q.kind == "age" and q.range_id is not None))


# A trailing clause that says who said it (", the state Department of Water Resources said
# Tuesday", ", according to the audit"): its words name the source, not what is counted.
_SAID = re.compile(r"[,;]\s+(?:according\s+to\b|(?:[\w.'’&-]+\s+){0,8}?(?:said|says|say|reported"
                   r"|reports|announced|estimated|estimates|found|finds|told|wrote|noted)\b)", re.I)


def before_attribution(after: str) -> str:
    """Return the words after a number up to a clause that says who said it."""
    m = _SAID.search(after)
    return after[:m.start()] if m is not None else after


def subject_start(text: str, s0: int, lo: int, prev_end: int, q: Quantity, stop: int,
                  stems: Callable[[str], list[str]]) -> int:
    """Return where the words a number's clause shares begin: a clause that names nothing
    ("Robberies fell 8.4 percent, to 1,162 from 1,229") counts what the clause before counts.
    The clause tested runs from the last break after the statistic before (not from `lo`, a
    cut halfway between two numbers) to `stop`, a break or the next statistic."""
    cut = max(text.rfind(ch, prev_end, q.start) for ch in CLAUSE_BREAKS)
    start = cut + 1 if cut >= 0 else prev_end
    if not _names_nothing(text[start:q.start] + " " + text[q.end:stop], stems):
        return lo
    # A subject stands a clause or two back: reading further would cost a long run of numbers
    # ("1, 2, 3, ...") time in the square of its length.
    floor = max(s0, start - SUBJECT_CHARS)
    for _ in range(SUBJECT_CLAUSES):
        if start <= floor:
            break
        cut = max(text.rfind(ch, floor, start - 1) for ch in CLAUSE_BREAKS)
        new = cut + 1 if cut >= 0 else floor
        named_here = not _names_nothing(text[new:start], stems)
        start = new
        if named_here:
            break
    return start


def _names_nothing(words: str, stems: Callable[[str], list[str]]) -> bool:
    return all(s in NAMELESS for s in stems(words))


SUBJECT_CHARS, SUBJECT_CLAUSES = 200, 3  # how far back a nameless clause looks for its subject


def clause_start(text: str, prev_end: int, start: int) -> int:
    """Return where a number's clause starts: after the last break since the previous statistic."""
    cut = max(text.rfind(ch, prev_end, start) for ch in CLAUSE_BREAKS)
    return cut + 1 if cut >= 0 else _halfway(text, prev_end, start)


def clause_end(text: str, end: int, next_start: int, halfway: bool = True) -> int:
    """Return where a number's clause ends: at the first clause break before the next statistic
    (else halfway to it, or at it)."""
    cuts = [i for ch in CLAUSE_BREAKS if (i := text.find(ch, end, next_start)) >= 0]
    return min(cuts) if cuts else _halfway(text, end, next_start) if halfway else next_start


def _halfway(text: str, end: int, start: int) -> int:
    """Return the space nearest before the middle of two numbers (else the first after it), so
    no word is cut in two ("4,610 trucks and ord|ered more than 21.4 percent" read "ered")."""
    mid = (end + start) // 2
    space = text.rfind(" ", end, mid + 1)
    if space > end:
        return space
    after = text.find(" ", mid, start)
    return after if after >= 0 else mid


def neighbours(qs: list[Quantity], size: int) -> tuple[list[int], list[int]]:
    """Return, for each quantity, the end of the checked number before it and the start of the
    one after (a duration that states a figure has its own clause, like any statistic)."""
    prev_ends, last = [], 0
    for q in qs:
        prev_ends.append(last)
        if checked(q):
            last = q.end
    next_starts, first = [0] * len(qs), size
    for i in range(len(qs) - 1, -1, -1):
        next_starts[i] = first
        if checked(qs[i]):
            first = qs[i].start
    return prev_ends, next_starts


_HEDGE = (r"(?:about|nearly|almost|over|more than|some|around|approximately|roughly|just under"
          r"|at least|less than|under|close to)")
# How a conversion is introduced: "(", ", or", "or", "—", "i.e.", optionally hedged, or a
# comma and a hedge ("1.9 million miles, roughly 3 million kilometers"); what comes before
# it may be the rest of the noun phrase ("26,000 pounds of fentanyl in 2022 (").
_INTRO = re.compile(
    rf"(?:(?:\(|\[|,\s*or|\bor|—|–|\bi\.e\.,?|\bthat is,?|\bequivalent to|\bwhich is)"
    rf"\s*(?:{_HEDGE}\s*)?|,\s*{_HEDGE}\s*)$", re.I)
_MAX_GAP = 60


def conversion_pairs(statements: list[Statement]) -> list[tuple[Statement, Statement]]:
    """Return (amount, its conversion) pairs standing next to each other in one block."""
    pairs = []
    for a, b in itertools.pairwise(statements):
        if a.seg_id != b.seg_id or a.q.kind != "measure" or b.q.kind != "measure":
            continue
        if not a.q.unit or not b.q.unit or a.q.unit == b.q.unit:
            continue
        between = a.segment[a.q.end:b.q.start]
        if len(between) > _MAX_GAP or re.search(r"[.;!?]\s", between) or not _INTRO.search(between):
            continue
        pairs.append((a, b))
    return pairs
