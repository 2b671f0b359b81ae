"""FC108 inconsistent: one figure stated with different values in different places.

What it flags: when several files are scanned (or one file states a figure twice), the
same registry figure given different values, each place listed in one finding. Numbers
attributed to different sources of a disputed figure are kept apart.

Why: a desk's stories should not contradict each other, even where each is defensible.

Example: one draft says "nearly 110,000 overdose deaths", another "110,00" -> one finding
listing both places.
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.check.verdict import stated_interval
from factcheck.models import Location, Scope, Verdict
from factcheck.rules.base import Problem, expected_of, source_refs
from factcheck.types import Mention

CODE, NAME, SEVERITY, SCOPE = "FC108", "inconsistent", "warning", Scope.CORPUS
SUMMARY = "The same figure is stated with different values in different places."

LISTED = 8  # places named in the message; 'related' holds them all

_COUNTED = {Verdict.VERIFIED, Verdict.SOURCE_CONFLICT, Verdict.VALUE_MISMATCH, Verdict.HEDGE_MISMATCH,
            Verdict.PERIOD_MISMATCH, Verdict.MALFORMED}


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
        if _all_agree(items):
            continue
        stated = {_key(m) for m in items}
        if len(stated) < 2:
            continue
        items.sort(key=lambda m: (m.path, m.start))
        first = items[0]
        places = [Location(path=m.path, line=m.line, column=m.column, end_line=m.end_line,
                           end_column=m.end_column, text=m.text) for m in items]
        shown = places[:LISTED]
        listing = "; ".join(f"'{loc.text}' at {loc.path}:{loc.line}:{loc.column}" for loc in shown)
        if len(places) > LISTED:
            listing += f"; and {len(places) - LISTED} more places (see 'related')"
        message = f"{fid} is stated {len(stated)} different ways: {listing}"
        fig = first.figure
        out.append(Problem(message, dict(
            path=first.path, line=first.line, column=first.column, end_line=first.end_line,
            end_column=first.end_column, text=first.text, figure=fig.id, expected=expected_of(fig, first.source),
            sources=source_refs(fig.sources), stated_value=first.value, stated_unit=first.unit,
            hedge=first.hedge, context=first.context, start=first.start, end=first.end,
            related=tuple(places[1:]),
        )))
    return out


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
