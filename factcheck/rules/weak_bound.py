"""FC110 weak-bound: a bound that is true but far from the figure.

What it flags: "more than 50,000 people died of overdoses in 2022" where the figure is
nearly 110,000, or "fewer than 200,000" for the same figure. The statement is not false,
but it understates (or overstates) the figure so much that a reader is misled.

Why: a hedge sets a bound; a bound far from the known value hides the size of the story.
The judging model gives "more than X" a finite upper edge (X + 25%) for this reason.

Example: "More than 10,000 Americans died of drug overdoses in 2022" -> true, but the
registry says nearly 110,000 (overdose_deaths_2022).
"""

from __future__ import annotations

from factcheck.models import Scope, Verdict
from factcheck.rules.base import Problem, against_figure, problem_at
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC110", "weak-bound", "info", Scope.STATEMENT
VERDICTS = (Verdict.WEAK_BOUND,)
SUMMARY = "A true bound far from the figure ('more than 50,000' for 110,000)."


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report a bound that is true but misleadingly far from its figure."""
    if a.figure is None:
        return None
    message = against_figure(st, a, "is true but far from")
    return problem_at(st, message, a)
