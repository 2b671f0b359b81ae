"""FC111 unit-mismatch: the figure's own number with the wrong unit.

What it flags: a number that equals its figure's value but is written in another unit of
the same kind: "4,000 kilograms" where the source says 4,000 pounds, "11 minutes" for 11
hours, "160 km/h" for 160 mph. The message gives the conversion, so the editor sees how far
off the sentence is. A change in percent that is a figure's change in percentage points as
written, or the other way round, is one too: "the vacancy rate fell 0.9 percent" where the
source says it fell 0.9 percentage points.

Why: a unit slip changes a number by a factor the reader cannot see; it is a different
mistake from a wrong number, and the fix is the unit, not the digits.

Example: "Agents seized 4,000 kilograms of fentanyl" where the registry says 4,000 pounds
-> 4,000 kilograms is 8,818 pounds; did you mean 4,000 pounds?
"""

from __future__ import annotations

from factcheck.check.stated import value_in_unit
from factcheck.intervals import format_number
from factcheck.models import Scope, Verdict
from factcheck.rules.base import Problem, figure_words, problem_at, stated_words
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC111", "unit-mismatch", "error", Scope.STATEMENT
VERDICTS = (Verdict.UNIT_MISMATCH,)
SUMMARY = "The figure's own number, written in another unit."


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report the figure's number stated in the wrong unit, with the conversion."""
    if a.figure is None or st.q.value is None:
        return None
    from factcheck.units import format_unit

    fig = a.figure
    converted = value_in_unit(st.q.value, st.q.unit, fig.unit)
    same_kind = converted != st.q.value
    message = (f"'{stated_words(st)}' has the number of {fig.id} but not its unit: the registry "
               f"says {figure_words(fig, a.source)}")
    if same_kind:
        message += (f"; {st.q.text} is "
                    f"{format_number(round(converted, 2 if abs(converted) < 100 else 0))} "
                    f"{format_unit(fig.unit, converted)}")
    suggestion = f"{format_number(st.q.value)} {format_unit(fig.unit, st.q.value)}"
    return problem_at(st, message, a, suggestion=suggestion)
