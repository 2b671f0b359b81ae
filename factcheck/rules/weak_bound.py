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

from factcheck.assess import Assessment, Statement
from factcheck.models import Finding
from factcheck.rules.base import against_figure, make_finding

CODE, NAME, SEVERITY = "FC110", "weak-bound", "info"
SUMMARY = "A true bound far from the figure ('more than 50,000' for 110,000)."


def check(st: Statement, a: Assessment) -> Finding | None:
    """Report a bound that is true but misleadingly far from its figure."""
    if a.verdict != "weak-bound" or a.figure is None:
        return None
    message = against_figure(st, a, "is true but far from")
    return make_finding(CODE, NAME, "hedge-mismatch", SEVERITY, st, message, a)
