"""FC104 malformed-number: a number that is not well formed.

What it flags: bad digit grouping ("110,00", "1,0000"), a period used as a thousands
separator in English ("6.000 people"), doubled separators, a letter O or l among digits.
The registry ranks the plausible readings: when one of them agrees with the figure the
sentence states, the message suggests it.

Why: a mistyped number is never silently right; a reader cannot tell which was meant.

Example: "Nearly 110,00 people died of drug overdoses" -> did you mean 110,000
(overdose_deaths_2022)?
"""

from __future__ import annotations

from factcheck.intervals import format_number
from factcheck.models import Scope, Verdict
from factcheck.rules.base import Problem, problem_at
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC104", "malformed-number", "error", Scope.STATEMENT
VERDICTS = (Verdict.MALFORMED,)
SUMMARY = "The number is malformed (bad grouping, stray separator); readings ranked."


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report a malformed number with its best reading."""
    why = st.q.malformed or "malformed"
    suggestion: str | None
    if a.reading is not None and a.figure is not None:
        suggestion = format_number(a.reading)
        message = (f"malformed number '{st.q.text}' ({why}): did you mean {suggestion} "
                   f"({a.figure.id})?")
    else:
        readings = [format_number(r) for r in st.q.readings]
        suggestion = readings[0] if readings else None
        alts = " or ".join(readings) if readings else "no plausible reading"
        message = (f"malformed number '{st.q.text}' ({why}): readings {alts}; none matches a "
                   f"registry figure")
    return problem_at(st, message, a if a.figure else None,
                      suggestion=suggestion, stated_value=None)
