"""FC103 period-mismatch: the right number attributed to the wrong year or period.

What it flags: a value that agrees with a registry figure, in a sentence that names a
different year (the 2022 figure "in 2021"), or a rate given per another period (a daily
figure stated per month).

Why: a figure's period is part of its identity; the right number for the wrong year is a
wrong claim.

Example: "In 2021, nearly 110,000 Americans died of drug overdoses" -> overdose_deaths_2022
is the 2022 figure.
"""

from __future__ import annotations

from factcheck.models import Scope, Verdict
from factcheck.rules.base import Problem, figure_words, problem_at, stated_words
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC103", "period-mismatch", "error", Scope.STATEMENT
VERDICTS = (Verdict.PERIOD_MISMATCH,)
SUMMARY = "The right value with the wrong year or period."


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report a right value stated for another period."""
    if a.figure is None:
        return None
    fig = a.figure
    if a.per_mismatch:
        detail = f"it is stated per {st.q.per}, but the figure is per {fig.per}"
    else:
        said = ", ".join(p.label for p in st.periods)
        detail = f"the sentence says {said}, but the figure is for {fig.period}"
    message = (f"'{stated_words(st)}' is the value of {fig.id} "
               f"({figure_words(fig, a.source)}); {detail}")
    return problem_at(st, message, a)
