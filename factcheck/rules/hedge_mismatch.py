"""FC102 hedge-mismatch: a hedge that contradicts the figure's qualifier.

What it flags: the number itself is right, but the words around it move it out of the
figure's interval: "more than 110,000" where the source says "nearly 110,000", "at least
70 percent" where the source says "about 70 percent", or a bare "110,000" stated as
exact where the figure is "more than 110,000".

Why: hedges are part of the claim. "More than" and "nearly" say opposite things.

Example: "More than 110,000 people died of overdoses in 2022" -> the registry says nearly
110,000 (overdose_deaths_2022).
"""

from __future__ import annotations

from factcheck.models import Scope, Verdict
from factcheck.rules.base import Problem, against_figure, problem_at
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC102", "hedge-mismatch", "error", Scope.STATEMENT
VERDICTS = (Verdict.HEDGE_MISMATCH,)
SUMMARY = "The hedge ('more than', 'nearly') contradicts the figure's qualifier."


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report a statement whose hedge moves a right number out of the figure's interval."""
    if a.figure is None:
        return None
    return problem_at(st, against_figure(st, a, "contradicts"), a)
