"""Judge a statement of a revised figure: which estimate it states, and whether that one stands.

A figure with `revisions: true` holds successive estimates (registry/revisions.py). A draft
is judged against the estimate it names ("initially reported", "the first estimate",
"before revisions", "preliminary"; the "from" of "revised to 16,500 from 18,700" names an
earlier one), else against the newest estimate published by the draft's own date: a draft
written before a revision is held to what was known then, and the newest estimate is never
wrong. A value that agrees with an estimate revised since is outdated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from factcheck.models import Figure, Source, Verdict
from factcheck.registry.revisions import Revision, known_on, revision_history
from factcheck.types import Assessment, Statement

# verdict.py's judgement of a statement against some sources: 'agree', 'hedge' or 'differ'.
JudgeSources = Callable[[Figure, list[Source | None]], str]

# The verdicts a statement of a revised figure is judged again for: a value that agrees with
# some estimate, or with none (another source's number is a revision, not a conflict).
REJUDGED = frozenset({Verdict.VERIFIED, Verdict.SOURCE_CONFLICT, Verdict.VALUE_MISMATCH})

# Words a draft uses to say which estimate it quotes, with the estimate they name; "earlier"
# is any estimate before the one the draft is held to.
ESTIMATE_WORDS: tuple[tuple[str, str], ...] = (
    ("initially", "first"), ("initial estimate", "first"), ("initial report", "first"),
    ("first estimate", "first"), ("first estimated", "first"), ("first reported", "first"),
    ("first reading", "first"), ("first print", "first"), ("first count", "first"),
    ("originally", "first"), ("original estimate", "first"), ("preliminary", "first"),
    ("advance estimate", "first"), ("before revision", "first"), ("before revisions", "first"),
    ("second estimate", "second"), ("second reading", "second"),
    ("third estimate", "third"), ("third reading", "third"),
    ("final estimate", "final"), ("final reading", "final"), ("final count", "final"),
    ("previously", "earlier"), ("previous estimate", "earlier"), ("earlier estimate", "earlier"),
    ("prior estimate", "earlier"), ("had reported", "earlier"), ("had estimated", "earlier"),
    ("before being revised", "earlier"), ("revised from", "earlier"),
)
# Words that follow the number they qualify ("1,870 before revisions"): read before a number
# only when they open its clause ("Before revisions, employers added 1,870").
TRAILING = frozenset({"before revision", "before revisions", "before being revised"})
# How far after a number its trailing words may stand ("1,870 jobs before revisions").
TRAILING_CHARS = 30
_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w, _ in sorted(ESTIMATE_WORDS, key=lambda t: -len(t[0])))
    + r")\b")
_NAMES = dict(ESTIMATE_WORDS)


def revise(st: Statement, a: Assessment, judge: JudgeSources) -> Assessment:
    """Return the assessment of a statement of a revised figure, judged against its estimates."""
    if a.verdict is Verdict.UNSOURCED and st.base is not None:
        return _revised_from(st, a, judge)
    fig = a.figure
    if a.verdict is Verdict.VALUE_MISMATCH and fig is not None and not fig.revisions:
        return _named_elsewhere(st, a, judge)
    if (fig is None or not fig.revisions or a.verdict not in REJUDGED or a.reversed
            or a.source is not None):
        return a
    history = revision_history(fig)
    if len(history) < 2:
        return a
    held = known_on(fig, st.dated)
    assert held is not None
    named = named_estimates(st, history, held)
    if named:  # one the registry does not hold ("the final estimate") is judged as unnamed
        return _against(a, fig, named, judge)
    agreeing = [r for r in history if judge(fig, list(r.sources)) == "agree"]
    if held in agreeing or history[-1] in agreeing:
        stood = held if held in agreeing else history[-1]
        return _verdict(a, Verdict.VERIFIED, stood if stood is not history[-1] else None)
    if agreeing:
        old = agreeing[-1]
        later = held if history.index(old) < history.index(held) else history[-1]
        return replace(_verdict(a, Verdict.OUTDATED, old), revised_to=later.sources[0])
    if a.verdict is Verdict.VALUE_MISMATCH and held is not history[-1]:
        return _verdict(a, Verdict.VALUE_MISMATCH, held)  # wrong by what was known then
    return a


def _revised_from(st: Statement, a: Assessment, judge: JudgeSources) -> Assessment:
    """Verify the base of "revised to 1,650 from 1,570" against the earlier estimates of the
    figure the sentence states; the base of another comparison ("up from 1,570 in January")
    is another period's number, and stays unsourced."""
    assert st.base is not None
    main = a.candidate or (st.base.candidates[0] if st.base.candidates else None)
    if main is None or not main.figure.revisions or not _REVISED.search(st.sentence):
        return a
    fig, history = main.figure, revision_history(main.figure)
    held = known_on(fig, st.dated)
    if held is None or len(history) < 2:
        return a
    found = _against(replace(a, figure=fig, candidate=main), fig,
                     named_estimates(st, history, held) or [], judge)
    return found if found.verdict is Verdict.VERIFIED else a


def _named_elsewhere(st: Statement, a: Assessment, judge: JudgeSources) -> Assessment:
    """Verify a number wrong for its figure that is the estimate it names of another
    candidate, a revised figure: "the 9,800 jobs the department first reported" is
    February's first estimate, not a wrong value of the revision's size."""
    # A comparison's base also counts what its main number counts ("to 6,100 from 9,800").
    revised = [c for c in [*st.candidates, *(st.base.candidates if st.base is not None else ())]
               if c is not a.candidate and c.figure.revisions
               and len(revision_history(c.figure)) > 1]
    if not revised or (st.base is None and _nearest_name(st) is None):
        return a  # only words that name an estimate say the sentence speaks of one
    for c in revised:
        held = known_on(c.figure, st.dated)
        assert held is not None
        named = named_estimates(st, revision_history(c.figure), held) or []
        found = _against(replace(a, figure=c.figure, candidate=c), c.figure, named, judge)
        if found.verdict is Verdict.VERIFIED:
            return found
    return a


_REVISED = re.compile(r"\brevis(?:ed|ion|ions|ing)\b", re.I)


def _against(a: Assessment, fig: Figure, named: Sequence[Revision],
             judge: JudgeSources) -> Assessment:
    """Judge a statement against the estimates it names: verified by one, else wrong."""
    for rev in named:
        if judge(fig, list(rev.sources)) == "agree":
            return _verdict(a, Verdict.VERIFIED, rev)
    return _verdict(a, Verdict.VALUE_MISMATCH, named[0]) if named else a


def _verdict(a: Assessment, verdict: Verdict, rev: Revision | None) -> Assessment:
    if rev is None:
        return replace(a, verdict=verdict, source=None, targets=(), conflict=False)
    return replace(a, verdict=verdict, source=rev.sources[0], targets=rev.sources, conflict=False,
                   scale=None, transposed=False)


def named_estimates(st: Statement, history: Sequence[Revision],
                    held: Revision) -> list[Revision] | None:
    """Return the estimates a statement names (nearest words first), or None when it names
    none; an empty list when it names one the registry does not hold ("the final estimate")."""
    # Only a revision's base names an earlier estimate ("revised to 6,100 from 9,800"); the
    # base of "up from 6,100 in February" is another month's number.
    name = "earlier" if st.base is not None and _REVISED.search(st.sentence) else _nearest_name(st)
    if name is None:
        return None
    if name == "earlier":
        return list(reversed(history[:history.index(held)])) or list(reversed(history[:-1]))
    labelled = [r for r in history if r.label == name]
    if labelled or name == "final":
        return labelled
    place = ("first", "second", "third").index(name)
    return [history[place]] if place < len(history) else []


def _number_at(st: Statement) -> int:
    """Return where the number stands in its attribution window, which is the text before
    it, a space, and the text after it (statements.py)."""
    seg, q, w = st.segment, st.q, st.window
    for cut in range(min(len(w) - 1, q.start), -1, -1):
        if (w[cut] == " " and seg[q.start - cut:q.start] == w[:cut]
                and seg.startswith(w[cut + 1:], q.end)):
            return cut
    return len(w)


def _nearest_name(st: Statement) -> str | None:
    """Return the estimate named by the words nearest a number: those of its attribution
    window, and trailing words ("before revisions") just after the number."""
    at = _number_at(st)
    before, after = st.window[:at], st.window[at + 1:]
    trailing = st.segment[st.q.end:st.q.end + TRAILING_CHARS].lower()
    best: tuple[int, str] | None = None
    for m in _WORDS.finditer(before.lower()):
        if m.group() in TRAILING and before[m.end():m.end() + 1] != ",":
            continue  # "1,870 before revisions cut it to 1,650": the words are 1,870's
        best = (at - m.end(), _NAMES[m.group()])
    for m in _WORDS.finditer(after.lower()):
        if best is None or m.start() < best[0]:
            best = (m.start(), _NAMES[m.group()])
        break
    for m in _WORDS.finditer(trailing):
        if m.group() in TRAILING and (best is None or m.start() < best[0]):
            best = (m.start(), _NAMES[m.group()])
        break
    return best[1] if best else None
