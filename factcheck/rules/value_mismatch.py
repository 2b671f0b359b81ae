"""FC101 value-mismatch: a number that contradicts the figure it states.

What it flags: a statistic whose context (keywords, unit, period) identifies a registry
figure, but whose value, with its hedge and rounding, lies outside the figure's interval:
a mistyped or misremembered number (11,000 for 110,000; 7% for 70%; 60,000 a day for
6,000), or a scale slip (million for billion), which the message names.

Why: a wrong number is the most common and most damaging statistical error in a draft.

Example: "About 11,000 people died of drug overdoses in 2022" -> the registry says nearly
110,000 (overdose_deaths_2022); off by a factor of 10.
"""

from __future__ import annotations

from factcheck.intervals import format_number
from factcheck.models import Figure, Scope, Verdict
from factcheck.rules.base import Problem, figure_words, problem_at, stated_words
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC101", "value-mismatch", "error", Scope.STATEMENT
VERDICTS = (Verdict.VALUE_MISMATCH,)
SUMMARY = "The number contradicts the registry figure it states."


def _change_words(fig: Figure) -> str:
    """Quote how the figure's source puts the change ("fell by 5,300"), else its value."""
    src = next((s for s in fig.sources if s.value is not None), None)
    return (f"is '{src.quote}' ({src.publisher})" if src is not None
            else f"is {format_number(fig.value)}")


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report a statement whose value lies outside its figure's interval."""
    if a.figure is None:
        return None
    fig = a.figure
    if a.conflict and len(a.targets) > 1:
        says = "; ".join(f"{s.publisher} says "
                         f"{format_number(s.value) if s.value is not None else '?'}"
                         for s in a.targets)
        expected = f"its sources give {says}"
    else:
        expected = f"the registry says {figure_words(fig, a.source)}"
    message = f"'{stated_words(st)}' does not match {fig.id}: {expected}"
    if a.reversed:
        turned = "a fall into a rise" if st.direction > 0 else "a rise into a fall"
        message = f"'{stated_words(st)}' turns {turned}: {fig.id} {_change_words(fig)}"
    if a.scale:
        factor = a.scale if a.scale >= 1 else 1 / a.scale
        direction = "too large" if a.scale > 1 else "too small"
        message += f"; {format_number(factor)} times {direction}, a typo or scale slip?"
    elif a.transposed:
        message += "; the same digits in another order, transposed?"
    return problem_at(st, message, a,
                      suggestion=format_number(a.source.value if a.source
                                               and a.source.value is not None else fig.value))
