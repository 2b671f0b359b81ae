"""FC112 rate-mismatch: the figure's own number per the wrong denominator.

What it flags: a rate whose number equals its figure's but whose denominator does not:
"12 deaths per 1,000 residents" where the source says per 10,000, "2.3 per 10,000 drivers"
for per 10,000 households. A rate stated per another span of time ("a month" for "a day")
is a period mismatch (FC103) instead.

Why: the denominator is half of a rate; a slip in it changes the rate tenfold or more while
the digits look right.

Example: "The county's overdose death rate was 12 per 1,000 residents" where the registry
says 12 per 10,000 residents -> rate-mismatch.
"""

from __future__ import annotations

import re

from factcheck.models import Scope, Verdict
from factcheck.rules.base import Problem, figure_words, problem_at, stated_words
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC112", "rate-mismatch", "error", Scope.STATEMENT
VERDICTS = (Verdict.RATE_MISMATCH,)
SUMMARY = "The figure's own number, per another denominator."


def _grouped(per: str) -> str:
    """Write a denominator's number as a reader does: "10000 residents" -> "10,000 residents"."""
    return re.sub(r"\d{4,}", lambda m: f"{int(m.group()):,}", per)


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report a rate stated per the wrong denominator."""
    if a.figure is None:
        return None
    fig = a.figure
    message = (f"'{stated_words(st)}' is stated per {_grouped(st.q.per or '')}, but {fig.id} is "
               f"per {fig.per}: the registry says {figure_words(fig, a.source)}")
    return problem_at(st, message, a)
