"""FC100 verified: a number that agrees with its registry figure.

What it flags: nothing wrong. It records every statistic that agrees with the figure it
states, within the figure's qualifier, the draft's hedge and the draft's rounding, so an
editor can see what was checked. Shown only with --show-verified.

Example: "Nearly 110,000 people died of drug overdoses in 2022" agrees with
overdose_deaths_2022 (nearly 110,000); so do "about 110,000", "more than 100,000" and
"110,000".
"""

from __future__ import annotations

from factcheck.models import Scope, Verdict
from factcheck.rules.base import Problem, figure_words, problem_at
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC100", "verified", "info", Scope.STATEMENT
VERDICTS = (Verdict.VERIFIED,)
SUMMARY = "The number agrees with its registry figure."


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report a statement that agrees with its figure."""
    if a.figure is None:
        return None
    return problem_at(st, f"'{st.q.text}' agrees with {a.figure.id}: "
                          f"{figure_words(a.figure, a.source)}", a)
