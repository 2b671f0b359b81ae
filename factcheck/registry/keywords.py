"""Keyword warnings of `registry check`: a figure with none, or none that sets it apart."""

from __future__ import annotations

from factcheck.models import Figure
from factcheck.registry.load import Problem, figure_kind
from factcheck.registry.yamlmarks import Marks, mark_for


def _keyword_stems(fig: Figure) -> frozenset[str]:
    from factcheck.text import stems

    return frozenset(s for k in fig.keywords for s in stems(k))


def _similar(a: Figure, b: Figure) -> bool:
    """Say whether two figures' values are close enough that their value cannot tell them apart."""
    if a.value == b.value:
        return True
    if not a.value or not b.value or (a.value < 0) != (b.value < 0):
        return False
    return 0.5 <= a.value / b.value <= 2.0


def keyword_problems(figures: list[Figure], wheres: dict[str, tuple[str | int, ...]], marks: Marks,
                    path: str) -> list[Problem]:
    """Warn when a figure has no keywords, or none that another figure like it lacks.

    Two figures are alike when a draft could not tell them apart by anything but words: the
    same unit, kind, period and place, and values within a factor of two (the two ends of
    an age bracket tell themselves apart by value). Each pair is reported once: on the
    figure whose keywords are all the other's, or on the later one when both have the same.
    """
    out: list[Problem] = []
    groups: dict[tuple[object, ...], list[Figure]] = {}
    mine: dict[str, frozenset[str]] = {}
    for fig in figures:
        mine[fig.id] = _keyword_stems(fig)
        if not mine[fig.id]:
            line, col = mark_for(marks, (*wheres[fig.id], "keywords"))
            out.append(Problem(path, line, col, "warning",
                               f"figure {fig.id}: no keywords; drafts can only match it by its "
                               f"title and unit"))
            continue
        key = (fig.unit, figure_kind(fig), fig.per, fig.period, (fig.place or "").lower())
        groups.setdefault(key, []).append(fig)
    order = {fig.id: i for i, fig in enumerate(figures)}
    for group in groups.values():
        if len(group) < 2:
            continue
        postings: dict[str, set[str]] = {}
        for fig in group:
            for stem in mine[fig.id]:
                postings.setdefault(stem, set()).add(fig.id)
        by_id = {fig.id: fig for fig in group}
        for fig in group:
            stems_ = sorted(mine[fig.id], key=lambda st: len(postings[st]))
            covering = set(postings[stems_[0]])
            for stem in stems_[1:]:
                covering &= postings[stem]
                if len(covering) < 2:
                    break
            covering.discard(fig.id)
            for other_id in sorted(covering, key=order.__getitem__):
                other = by_id[other_id]
                if mine[other_id] == mine[fig.id] and order[other_id] > order[fig.id]:
                    continue  # the same keywords: reported once, on the later figure
                if not _similar(fig, other):
                    continue
                line, col = mark_for(marks, (*wheres[fig.id], "keywords"))
                out.append(Problem(path, line, col, "warning",
                                   f"figure {fig.id}: every keyword is also one of {other.id}'s; "
                                   "add a word of its own so drafts can tell them apart"))
                break  # one warning per figure: the first figure it cannot be told from
    return out
