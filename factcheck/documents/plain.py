"""Plain text as prose segments: paragraphs end at blank lines and at directive lines."""

from __future__ import annotations

import re
from operator import itemgetter

from factcheck.documents.segments import Collector, iter_comments

_TEXT_DIRECTIVE_RE = re.compile(
    r"^[^\S\n]*((?:#+|//)[^\S\n]*(factcheck[^\S\n]*:[^\n]*?))[^\S\n]*$", re.M | re.I
)
_BLANK_LINES_RE = re.compile(r"\n(?:[^\S\n]*\n)+")


def text_segments(text: str, col: Collector, start: int) -> None:
    """Collect the paragraphs of plain text from ``start``: blank lines and directives end them."""
    # Spans cut from the prose: (start, end, ends_segment, directive inner text, directive start).
    cuts: list[tuple[int, int, bool, str | None, int]] = []
    if "<!--" in text:
        for c_start, c_end, c_inner in iter_comments(text, start):
            cuts.append((c_start, c_end, False, c_inner, c_start))
    if re.search("factcheck", text, re.I):
        for m in _TEXT_DIRECTIVE_RE.finditer(text, start):
            cuts.append((m.start(), m.end(), True, m.group(2), m.start(1)))
    for m in _BLANK_LINES_RE.finditer(text, start):
        cuts.append((m.start(), m.end(), True, None, 0))
    cuts.sort(key=itemgetter(0, 1))
    base = col.omap.base
    cur = start
    for s, e, breaks, inner, at in cuts:
        if s >= cur:
            if s > cur:
                col.builder().add(text[cur:s], cur - base)
            if inner is not None:
                col.comment(inner, at - base, e - base)
        if breaks:
            col.flush()
        cur = max(cur, e)
    if cur < len(text):
        col.builder().add(text[cur:], cur - base)
    col.flush()
