"""A revised figure's history: its sources grouped into successive estimates, oldest first.

A figure with `revisions: true` holds estimates of one quantity published one after another
(a first estimate, then revisions). Each source is one report of an estimate: sources with
the same `estimate` label report the same estimate, and an unlabelled source is a new
estimate unless it repeats the one before it. The newest estimate is the figure's value.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations, pairwise

from factcheck.intervals import agrees, describe, format_number
from factcheck.models import ESTIMATES, Figure, Source
from factcheck.registry.figures import (
    DEFAULT_TOLERANCE,
    conflicting_pairs,
    source_disagreements,
    source_interval,
)
from factcheck.registry.load import Problem
from factcheck.registry.yamltext import Marks, mark_for

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth")


@dataclass(frozen=True)
class Revision:
    """One estimate of a revised figure: its value, when it was first reported, and by whom."""

    label: str  # "first", "second", "final": the source's `estimate`, else its place in the order
    value: float
    qualifier: str
    date: str  # the earliest report of it, as the registry writes the date
    sources: tuple[Source, ...]
    places: tuple[int, ...]  # the sources' places in the figure's list of sources (0-based)

    @property
    def name(self) -> str:
        """Return how a message names the estimate: 'the first estimate'."""
        return f"the {self.label} estimate"

    @property
    def stated(self) -> str:
        """Return the estimate as written in messages: '187,000 (report of 2026-03-06)'."""
        return f"{describe(self.value, self.qualifier)} (report of {self.date})"


def date_start(text: str | None) -> date | None:
    """Return the first day an ISO date of a source covers ("2026-03" -> 2026-03-01), or None."""
    if not text:
        return None
    parts = text.split("-")
    try:
        numbers = [int(p) for p in parts]
        return date(numbers[0], numbers[1] if len(numbers) > 1 else 1,
                    numbers[2] if len(numbers) > 2 else 1)
    except (ValueError, IndexError):
        return None


def dated_sources(fig: Figure) -> list[tuple[int, Source]]:
    """Return the valued, dated sources of a figure with their places, oldest first (file
    order within a day)."""
    found = [(d, i, s) for i, s in enumerate(fig.sources)
             if s.value is not None and (d := date_start(s.date)) is not None]
    return [(i, s) for _, i, s in sorted(found, key=lambda t: (t[0], t[1]))]


@lru_cache(maxsize=1024)
def revision_history(fig: Figure) -> tuple[Revision, ...]:
    """Return a revised figure's estimates, oldest first; () for a figure without revisions."""
    if not fig.revisions:
        return ()
    groups: list[list[tuple[int, Source]]] = []
    by_label: dict[str, list[tuple[int, Source]]] = {}
    for place, src in dated_sources(fig):
        if src.estimate is not None:
            if src.estimate in by_label:
                by_label[src.estimate].append((place, src))
                continue
            by_label[src.estimate] = [(place, src)]
            groups.append(by_label[src.estimate])
        elif groups and groups[-1][0][1].estimate is None and _same(fig, groups[-1][0][1], src):
            groups[-1].append((place, src))  # a later report repeating the estimate is no revision
        else:
            groups.append([(place, src)])
    return tuple(_revision(g, i) for i, g in enumerate(groups))


def _revision(group: list[tuple[int, Source]], i: int) -> Revision:
    first = group[0][1]
    label = first.estimate or (ORDINALS[i] if i < len(ORDINALS) else f"{i + 1}th")
    assert first.value is not None and first.date is not None
    return Revision(label, first.value, first.qualifier, first.date, tuple(s for _, s in group),
                    tuple(p for p, _ in group))


def _same(fig: Figure, a: Source, b: Source) -> bool:
    ia, ib = source_interval(a), source_interval(b)
    tol = fig.tolerance if fig.tolerance is not None else DEFAULT_TOLERANCE
    return ia is not None and ib is not None and agrees(ia, ib, tol)


def newest(fig: Figure) -> Revision | None:
    """Return the newest estimate of a revised figure, or None."""
    history = revision_history(fig)
    return history[-1] if history else None


def known_on(fig: Figure, day: date | None) -> Revision | None:
    """Return the newest estimate published on or before `day` (the newest of all without a
    day, or when the day is before every estimate: a draft cannot be held to an estimate
    that did not exist yet, nor excused by one that did not either)."""
    history = revision_history(fig)
    if not history:
        return None
    if day is not None:
        known = [r for r in history if (d := date_start(r.date)) is not None and d <= day]
        if known:
            return known[-1]
    return history[-1]


def disagreements_within(fig: Figure) -> list[str]:
    """Describe the sources of one estimate that disagree (the estimates themselves may)."""
    notes = []
    for rev in revision_history(fig):
        for a, b in combinations(rev.sources, 2):
            if not _same(fig, a, b):
                notes.append(f"{a.publisher} ({a.document}) says {describe(a.value, a.qualifier)}; "
                             f"{b.publisher} ({b.document}) says {describe(b.value, b.qualifier)}, "
                             f"both for {rev.name}")
    return notes


def order_problems(fig: Figure) -> Iterator[tuple[int, str, str]]:
    """Yield (source index, key, message) for what keeps a revised figure's estimates from
    being ordered: a source without a date, two estimates of one date, labels out of order."""
    for si, src in enumerate(fig.sources):
        if src.value is not None and date_start(src.date) is None:
            yield si, "value", ("a source of a figure with revisions: true needs a date, which "
                                f"orders the estimates; give the date of the report that states "
                                f"{describe(src.value, src.qualifier)}")
    history = revision_history(fig)
    for before, after in pairwise(history):
        at = after.places[0]
        if date_start(before.date) == date_start(after.date):
            yield at, "date", (f"{after.name} and {before.name} are both dated {after.date}; "
                               "give each report's own date, or the same estimate label")
        elif (after.label in ESTIMATES and before.label in ESTIMATES
              and ESTIMATES.index(after.label) < ESTIMATES.index(before.label)):
            yield at, "estimate", (f"estimate '{after.label}' is dated {after.date}, "
                                   f"after estimate '{before.label}' ({before.date}); estimates go "
                                   f"first, second, third, final")


def disagreement_notes(fig: Figure) -> list[str]:
    """Describe the sources that disagree: within one estimate of a revised figure; otherwise
    every pair, saying how to tell revisions from a conflict when nothing says which it is."""
    if fig.revisions:
        return disagreements_within(fig)
    notes = source_disagreements(fig)
    if fig.disputed:
        return notes
    pairs = list(conflicting_pairs(fig))
    offset = len(notes) - len(pairs)  # the malformed printings come first
    return [note + _undecided(*pairs[i - offset]) if i >= offset else note
            for i, note in enumerate(notes)]


def _undecided(a: Source, b: Source) -> str:
    if not a.date or not b.date or a.date == b.date:
        return ""
    return (f"; they are dated {a.date} and {b.date}: write revisions: true if they are successive "
            "estimates, or disputed: true if they conflict")


def revision_problems(fig: Figure, where: tuple[str | int, ...], marks: Marks,
                      path: str) -> list[Problem]:
    """Check a revised figure: dated, ordered estimates, and the newest one as its value."""
    out: list[Problem] = []

    def add(keys: tuple[str | int, ...], message: str) -> None:
        line, col = mark_for(marks, (*where, *keys))
        out.append(Problem(path, line, col, "error", f"figure {fig.id}: {message}"))

    if not fig.revisions:
        for si, src in enumerate(fig.sources):
            if src.estimate is not None:
                add(("sources", si, "estimate"),
                    f"estimate '{src.estimate}' needs revisions: true on the figure")
        return out
    if fig.disputed:
        add(("disputed",),
            "revisions: true and disputed: true cannot both hold: the sources are either "
                           "successive estimates or in conflict; keep one")
    for si, key, message in order_problems(fig):
        add(("sources", si, key), message)
    latest = newest(fig)
    stated = any(s.value is not None and close(s.value, fig.value) for s in fig.sources)
    if latest is not None and stated and not close(latest.value, fig.value):
        add(("value",), f"value {format_number(fig.value)} is not the newest estimate, "
                        f"{latest.stated}; with revisions: true the value is the newest estimate")
    return out


def close(a: float, b: float) -> bool:
    """Say whether two values are one number (within a hundredth)."""
    return abs(a - b) <= max(abs(a), abs(b)) * 0.01 + 1e-9


def revision_of(fig: Figure, src: Source) -> Revision | None:
    """Return the estimate of a revised figure that a source reports, or None."""
    return next((r for r in revision_history(fig) if src in r.sources), None)
