"""Which source a draft's number is attributed to: the source's attribution phrases or its
publisher's name, in the words next to the number (back to the neighbouring statistic)."""

from __future__ import annotations

from factcheck.models import Figure, Source
from factcheck.text import stems
from factcheck.types import Statement


def attributed_source(st: Statement, fig: Figure) -> Source | None:
    """Return the source the draft names for this number, if it names exactly one.

    A draft names a source through the source's attribution phrases or its publisher's name,
    found in the words next to the number (up to the neighbouring numbers).
    """
    valued = [s for s in fig.sources if s.value is not None]
    if len(valued) < 2:
        return None
    here = set(stems(st.window))
    lowered = " ".join(st.window.lower().split())
    # The place a figure is of names no source: "Tolvane's buses" is not the Tolvane Regional
    # Transit Authority speaking.
    place = set(stems(fig.place or ""))
    publishers = [set(stems(src.publisher)) - REPORTING - place for src in valued]
    common_pub = set.intersection(*publishers)
    scores = []
    for src, pub in zip(valued, publishers, strict=True):
        score = 2 * len((pub - common_pub) & here)
        score += sum(2 if " " in p else 1 for p in src.attribution if _has_phrase(lowered, here, p))
        scores.append(score)
    best = max(scores)
    top = [src for src, score in zip(valued, scores, strict=True) if score == best]
    # Two sources that give the same value (a report and an audit quoting it) are one claim.
    if best == 0 or len({src.value for src in top}) > 1:
        return None
    return top[0]


def _has_phrase(lowered: str, here: set[str], phrase: str) -> bool:
    words = stems(phrase)
    if len(words) <= 1:
        return bool(words) and words[0] in here
    return " ".join(phrase.lower().split()) in lowered


# Words that report rather than attribute: every source "said" or "found" something.
REPORTING = frozenset(stems("""said say says told found find reported report reports according
    claim claims claimed stated states noted announced added later earlier also during official
    officials"""))
