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

from factcheck.assess import Assessment, Statement
from factcheck.models import Finding
from factcheck.rules.base import against_figure, make_finding

CODE, NAME, SEVERITY = "FC102", "hedge-mismatch", "error"
SUMMARY = "The hedge ('more than', 'nearly') contradicts the figure's qualifier."


def check(st: Statement, a: Assessment) -> Finding | None:
    """Report a statement whose hedge moves a right number out of the figure's interval."""
    if a.verdict != "hedge-mismatch" or a.figure is None:
        return None
    return make_finding(CODE, NAME, "hedge-mismatch", SEVERITY, st, against_figure(st, a, "contradicts"), a)
