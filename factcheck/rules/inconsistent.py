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

from factcheck.assess import Assessment, Statement, stated_interval
from factcheck.models import Finding, Location
from factcheck.rules.base import make_finding

CODE, NAME, SEVERITY = "FC108", "inconsistent", "warning"
SUMMARY = "The same figure is stated with different values in different places."

_COUNTED = {"verified", "value-mismatch", "hedge-mismatch", "period-mismatch", "malformed"}


def check_corpus(pairs: list[tuple[Statement, Assessment]]) -> list[Finding]:
    """Report figures stated with different values across the scanned files."""
    groups: dict[tuple[str, object], list[tuple[Statement, Assessment]]] = defaultdict(list)
    for st, a in pairs:
        if a.figure is None or a.verdict not in _COUNTED:
            continue
        if a.verdict == "malformed" and a.reading is None:
            continue
        # Numbers attributed to different sources of a disputed figure are not inconsistent.
        src = (a.source.document, a.source.value) if a.source is not None else None
        groups[(a.figure.id, src)].append((st, a))
    out = []
    for (fid, _), items in groups.items():
        if _all_agree(items):
            continue
        stated = {_key(st) for st, _ in items}
        if len(stated) < 2:
            continue
        items.sort(key=lambda p: (p[0].path, p[0].start))
        first, a = items[0]
        places = [Location(path=st.path, line=st.line, column=st.column, end_line=st.end_line,
                           end_column=st.end_column, text=st.q.text) for st, _ in items]
        listing = "; ".join(f"'{loc.text}' at {loc.path}:{loc.line}:{loc.column}" for loc in places)
        message = f"{fid} is stated {len(stated)} different ways: {listing}"
        out.append(make_finding(CODE, NAME, "inconsistent", SEVERITY, first, message, a,
                                related=tuple(places[1:])))
    return out


def _all_agree(items: list[tuple[Statement, Assessment]]) -> bool:
    """Say whether every pair of statements of one figure overlaps (in the figure's unit)."""
    spans = []
    for st, a in items:
        if st.q.malformed:
            return False
        unit = a.figure.unit if a.figure else None
        span = stated_interval(st.q, None, unit)
        if span is None:
            return False
        spans.append(span)
    return all(x.overlaps(y) for i, x in enumerate(spans) for y in spans[i + 1:])


def _key(st: Statement) -> tuple[str, float | None, str]:
    # Same value, hedge and unit count as one way of stating it, however it is spelled.
    if st.q.malformed:
        return ("malformed", None, st.q.text)
    return (st.q.hedge, st.q.value, st.q.unit or "")
