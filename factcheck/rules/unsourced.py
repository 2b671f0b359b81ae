"""FC107 unsourced: a statistic that matches no registry figure.

What it flags: a number that reads as a statistic (a count of people or things, money, a
percentage, a measured amount, a rate) but whose context matches no figure in the
registry, or matches two figures equally well. Years, dates, times, identifiers,
ordinals, ages, durations, addresses, list numbers and code are never reported.

Small bare counts (below ten, with no unit: "the two countries", "four sons") and "a mile"
or "an ounce" are not
reported as unsourced: news style spells them out for incidental numbers, and flagging
each would bury the statistics that matter. They are still checked when they match a
figure ("twelve indictments" for eight is a value mismatch).

Why: every statistic in a published story should trace to a source; an unsourced one is
either missing from the registry or unchecked.

Example: "The city is housing 72,000 asylum seekers" with no such figure -> info.
"""

from __future__ import annotations

from factcheck.models import Scope, Verdict
from factcheck.rules.base import Problem, problem_at
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC107", "unsourced", "info", Scope.STATEMENT
VERDICTS = (Verdict.UNSOURCED, Verdict.AMBIGUOUS)
SUMMARY = "A statistic with no matching figure in the registry."


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report a statistic the registry cannot vouch for."""
    if a.verdict is Verdict.AMBIGUOUS and not _incidental(st):
        ids = " or ".join(c.figure.id for c in a.others)
        message = (f"statistic '{st.q.text}' is ambiguous: it could state {ids}, and agrees "
                   f"with neither")
        return problem_at(st, message)
    if a.verdict is not Verdict.UNSOURCED or st.q.malformed or _incidental(st):
        return None
    message = f"statistic '{st.q.text}' matches no figure in the registry"
    if a.candidate is not None and a.candidate.period_conflict:
        message += f" (the registry's {a.candidate.figure.id} is for {a.candidate.figure.period})"
    return problem_at(st, message)


def _incidental(st: Statement) -> bool:
    """Say whether a number is an age, a small bare count or "a mile": too incidental to flag."""
    q = st.q
    if not q.is_statistic:
        return True
    if q.kind == "measure" and q.value == 1 and q.text[:2].lower() in ("a ", "an"):
        return True
    return (q.kind == "count" and q.unit is None and q.value is not None and abs(q.value) < 10
            and not q.per)
