"""The periods a draft's text names, read against the draft's date.

A date that dates a document ("Your February 12 story said") is no period of the numbers
beside it; a period written out in one sentence is what the next ones may speak of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.models import Quantity
from factcheck.periods import Period, find_periods


@dataclass(frozen=True, slots=True)
class DraftDate:
    """The date relative periods resolve against, where it came from, and whether it is sure."""

    day: date
    how: str
    certain: bool = True  # a modification date is a guess: its periods support, never contradict


def written(periods: Sequence[Period]) -> tuple[Period, ...]:
    """Return the periods a sentence states as its own: certain, and no comparison's base."""
    return tuple(p for p in periods if p.certain and not p.comparison)



def read_periods(text: str, qs: list[Quantity], at: int, today: DraftDate | None) -> list[Period]:
    """Return the periods of a text that starts at offset `at`, the years in `qs` its years;
    a date that dates a document ("Your February 12 story said") is no period of its numbers."""
    found = find_periods(text, day_of(today), year_marks(qs, at, at + len(text)), is_certain(today))
    return [p for p in found if p.at < 0 or not p.moment
            or not DATES_A_DOCUMENT.match(text, p.at + len(p.text))]


# What a day before it dates: a story, report or statement, not what the numbers count (a
# year or a month before "report" is often the period reported: "the March jobs report").
DATES_A_DOCUMENT = re.compile(
    r"\s*(?:'s\s+)?(?:story|stories|article|report|release|press\s+release|statement|letter|"
    r"column|editorial|op-ed|bulletin|briefing|memo|interview|speech|broadcast|newsletter|"
    r"edition|issue|post|tweet|filing|testimony|hearing)\b", re.I)


def day_of(today: DraftDate | None) -> date | None:
    """Return the draft's day, if it has one."""
    return today.day if today is not None else None


def is_certain(today: DraftDate | None) -> bool:
    """Say whether the draft's date is sure enough for its periods to contradict a figure."""
    return today is None or today.certain


def year_marks(qs: list[Quantity], s0: int, s1: int, lo: int = 0, hi: int | None = None,
                ) -> tuple[tuple[int, int], ...]:
    """Return the years extraction found in text[s0:s1], as (offset in it, year)."""
    return tuple((q.start - s0, int(q.value)) for q in qs[lo:hi]
                 if q.kind == "year" and q.value is not None and s0 <= q.start < s1)
