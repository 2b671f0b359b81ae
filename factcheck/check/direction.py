"""Which way a change goes: "lost 40,000 jobs", "fell 3 percent", "a decline of 12,000" go
down; "added 14,200", "rose 4.2 percent" go up. A figure's direction is its sign, else the
way its sources' quotes (or its title) put it; a draft that turns a loss into a gain states
the wrong value even when the digits are right.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.vocabulary import PHRASAL_NO_CHANGE
from factcheck.models import Figure

DOWN_WORDS = (r"fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|declined|decline"
              r"|declines|declining|decreased|decrease|decreases|lost|lose|loses|losing|loss|losses|shed|sheds"
              r"|shedding|cut|cuts|slid|slipped|dipped|plunged|plummeted|tumbled|sank|shrank|shrunk"
              r"|down|reduction|reduced|contracted")
UP_WORDS = (r"rose|rise|rises|rising|risen|gained|gain|gains|gaining|added|add|adds|adding"
            r"|increased|increase|increases|increasing|grew|grow|grows|growth|climbed|climb|jumped|jump|surged"
            r"|soared|up|expanded|created|boosted")
_FILLER = (r"(?:\s+(?:by|of|some|about|nearly|almost|roughly|around|more\s+than|over|just|a|an"
           r"|the|another|[\w-]+ly))*")
_BEFORE = re.compile(rf"\b(?:(?P<down>{DOWN_WORDS})|(?P<up>{UP_WORDS})){_FILLER}\s*[$€£]?$", re.I)
_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+)?"
                    r"(?:(?P<down>decline|drop|decrease|fall|loss|reduction|fewer|less|lower)"
                    r"|(?P<up>increase|rise|gain|jump|growth|more|higher))\b", re.I)
_LEVEL = re.compile(r"\b(?:to|at|of)\s*[$€£]?$", re.I)  # "fell to 4.1 percent" states a level
_TITLE = re.compile(r"^\s*(?:the\s+)?(?:(?P<down>fall|decline|drop|decrease|loss|reduction|cut)"
                    r"|(?P<up>rise|increase|growth|gain|jump))\b", re.I)


# The direction particles: for each stated direction, the ones that do not agree with it.
# (Direction verbs and nouns stay keywords: "February's gain" names a payroll change.)
_UP_STEMS = frozenset({"up"})
_DOWN_STEMS = frozenset({"down"})
OFF_DIRECTION: dict[int, frozenset[str]] = {
    1: _DOWN_STEMS, -1: _UP_STEMS, 0: _UP_STEMS | _DOWN_STEMS}


def _phrasal(words: str) -> bool:
    """Say whether the words end in a phrasal verb whose "up" or "down" is no direction
    ("made up", "shut down")."""
    last = re.findall(r"[a-z]+", words.lower())[-2:]
    return tuple(last) in PHRASAL_NO_CHANGE


def stated_direction(before: str, after: str) -> int:
    """Return -1, 1 or 0: the way the words around a number say it changed."""
    tail = before[-48:]
    if _LEVEL.search(tail) and not re.search(r"\b(?:by|of)\s*[$€£]?$", tail, re.I):
        return 0
    m = _BEFORE.search(tail)
    if m is not None and _phrasal(tail[:m.end()]):
        return 0
    if m is None:
        m = _AFTER.match(after[:32])
    if m is None:
        return 0
    return -1 if m.group("down") else 1


@lru_cache(maxsize=8192)
def figure_direction(fig: Figure) -> int:
    """Return -1, 1 or 0: the way a figure's sign, quotes or title put its change."""
    if fig.value < 0:
        return -1
    for src in fig.sources:
        if src.value is None:
            continue
        number = src.number or _printed(src.value)
        at = src.quote.find(number)
        if at >= 0:
            found = stated_direction(src.quote[:at], src.quote[at + len(number):])
            if found:
                return found
    m = _TITLE.match(fig.title)
    return (-1 if m.group("down") else 1) if m else 0


def _printed(value: float) -> str:
    return f"{abs(value):,.0f}" if float(abs(value)).is_integer() else f"{abs(value):,}"
