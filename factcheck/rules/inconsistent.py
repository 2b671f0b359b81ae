"""FC108 inconsistent: one figure stated with different values in different places.

What it flags: when several files are scanned (or one file states a figure twice), the
same registry figure given different values. The finding stands at the first place that
disagrees with the registry, never at one the registry verified, and lists every place,
naming one that agrees with the registry. Numbers attributed to different sources of a
disputed figure are kept apart.

Why: a desk's stories should not contradict each other, even where each is defensible.

Example: one draft says "nearly 110,000 overdose deaths", another "110,00" -> one finding
at "110,00", listing both places and naming "110,000" as the one that agrees.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.check.stated import stated_interval
from factcheck.models import Location, Scope, Verdict
from factcheck.rules.base import Problem, expected_of, source_refs
from factcheck.types import Mention

CODE, NAME, SEVERITY, SCOPE = "FC108", "inconsistent", "warning", Scope.CORPUS
SUMMARY = "The same figure is stated with different values in different places."

LISTED = 8  # places named in the message; 'related' holds them all

# a source conflict takes one side of a dispute: the desk still disagrees
_AGREEING = {Verdict.VERIFIED}
_COUNTED = {Verdict.VERIFIED, Verdict.SOURCE_CONFLICT, Verdict.VALUE_MISMATCH,
            Verdict.HEDGE_MISMATCH, Verdict.PERIOD_MISMATCH, Verdict.MALFORMED}


def check(mentions: list[Mention]) -> list[Problem]:
    """Report figures stated with different values across the scanned files."""
    groups: dict[tuple[str, object], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.verdict not in _COUNTED or (m.verdict is Verdict.MALFORMED and m.reading is None):
            continue
        # Numbers attributed to different sources of a disputed figure are not inconsistent.
        src = (m.source.document, m.source.value) if m.source is not None else None
        groups[(m.figure.id, src)].append(m)
    out = []
    for (fid, _), items in groups.items():
        if _all_agree(items) or len({_key(m) for m in items}) < 2:
            continue
        items.sort(key=lambda m: (m.path, m.start))
        # The registry settles which places are right: only the others are reported.
        agreeing = [m for m in items if m.verdict in _AGREEING]
        outliers = [m for m in items if m.verdict not in _AGREEING]
        if not outliers:
            continue  # each place agrees with the registry: the figure's own range covers them
        out.append(_problem(fid, outliers, agreeing))
    return out


def _problem(fid: str, outliers: list[Mention], agreeing: list[Mention]) -> Problem:
    """Describe one figure's outlying places, and the places that agree with the registry."""
    first = outliers[0]
    stated = len({_key(m) for m in outliers + agreeing})
    message = f"{fid} is stated {stated} different ways: {_listing(outliers)}"
    if agreeing:
        verb = "agrees" if len(agreeing) == 1 else "agree"
        message += f"; {_listing(agreeing)} {verb} with the registry"
    fig = first.figure
    return Problem(message, dict(
        path=first.path, line=first.line, column=first.column, end_line=first.end_line,
        end_column=first.end_column, text=first.text, figure=fig.id,
        expected=expected_of(fig, first.source),
        sources=source_refs(fig.sources), stated_value=first.value, stated_unit=first.unit,
        hedge=first.hedge, context=first.context, start=first.start, end=first.end,
        related=tuple(_location(m) for m in (outliers + agreeing)[1:]),
    ))


def _listing(items: list[Mention]) -> str:
    """Name up to LISTED places ("'110,00' at draft.md:3:5; ...")."""
    shown = "; ".join(f"'{m.text}' at {m.path}:{m.line}:{m.column}" for m in items[:LISTED])
    if len(items) > LISTED:
        shown += f"; and {len(items) - LISTED} more places (see 'related')"
    return shown


def _location(m: Mention) -> Location:
    return Location(path=m.path, line=m.line, column=m.column, end_line=m.end_line,
                    end_column=m.end_column, text=m.text)


def _all_agree(items: list[Mention]) -> bool:
    """Say whether every pair of statements of one figure overlaps (in the figure's unit)."""
    spans = []
    for m in items:
        if m.malformed:
            return False
        span = stated_interval(m, None, m.figure.unit)
        if span is None:
            return False
        spans.append(span)
    # Intervals on a line overlap pairwise exactly when the one that starts last meets the one
    # that ends first: one check instead of n^2 for a figure stated in a thousand files.
    latest_start = max(spans, key=lambda x: (x.low, x.low_open))
    earliest_end = min(spans, key=lambda x: (x.high, not x.high_open))
    return latest_start.overlaps(earliest_end)


def _key(m: Mention) -> tuple[str, float | None, str]:
    # Same value, hedge and unit count as one way of stating it, however it is spelled.
    if m.malformed:
        return ("malformed", None, m.text)
    return (m.hedge, m.value, m.unit or "")
