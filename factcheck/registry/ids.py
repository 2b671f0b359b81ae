"""Readable figure ids: what is counted, then the place and the period, unique in the file.

`manufacturing_jobs_riverton_2025`, `jobless_rate_riverton_2026_07`. When that id is taken, the
statement's own words tell the figures apart (`jobs_lost_riverton_2025`); a number suffix
(`_3`) never does, because it says nothing a reader can check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from factcheck.text import STOPWORDS, fold

_NOT_ID = re.compile(r"[^a-z0-9]+")
MAX_WORDS = 4  # words of what is counted in an id: more is a title, not an id


def slug(text: str) -> str:
    """Return text as id words: lower case, ASCII, joined by underscores, stopwords dropped."""
    words = _NOT_ID.split(fold(text).lower())
    return "_".join(w for w in words if w and w not in STOPWORDS)


def figure_id(what: Sequence[str], place: str | None, period: str | None,
              extra: Iterable[str], taken: set[str]) -> str:
    """Return a new id from what is counted, the place and the period, unique among `taken`.

    Words from `extra` (the statement's other words, nearest first) are added after what
    is counted, one at a time, until the id is free; the printed number is the last resort.
    """
    head = [slug(w) for w in what if slug(w)][:MAX_WORDS] or ["figure"]
    tail = [s for s in (slug(place or ""), slug(period or "")) if s]
    tail_words = set("_".join(tail).split("_"))
    head = [w for w in head if w not in tail_words] or head  # "the state" once, not "state_state"
    candidate = _join(head, tail)
    for word in extra:
        if candidate not in taken:
            break
        w = slug(word)
        if w and w not in head and w not in tail_words:
            head.append(w)
            candidate = _join(head, tail)
    return candidate


def _join(head: list[str], tail: list[str]) -> str:
    out = "_".join([*head, *tail])
    return out if out[:1].isalpha() else "figure_" + out
