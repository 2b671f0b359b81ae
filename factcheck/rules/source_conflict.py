"""FC106 source-conflict: a figure whose sources disagree, stated without naming one.

What it flags: a number that matches a registry figure whose sources give values that do
not overlap (laboratory seizures: 635 by one account, 104 by another), when the draft does
not say whose number it uses. The finding names each source and its value. A draft that
attributes the number ("the army now says 635") is judged against that source alone and
raises no conflict.

Why: a reader deserves to know that the number is disputed, and by whom.

Example: "Mexico seized 635 drug laboratories from 2019 to 2021" -> sources disagree: 635
(the army's later count) and 104 (previously reported).
"""

from __future__ import annotations

from factcheck.intervals import format_number
from factcheck.models import Scope, Source, Verdict
from factcheck.rules.base import Problem, problem_at, source_refs
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC106", "source-conflict", "warning", Scope.STATEMENT
VERDICTS = (Verdict.SOURCE_CONFLICT,)
SUMMARY = "The figure's sources disagree and the draft does not say whose number it uses."


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report an unattributed statement of a disputed figure."""
    if a.figure is None:
        return None
    fig = a.figure
    says = "; ".join(f"{_label(s)} says {format_number(s.value) if s.value is not None else '?'}"
                     for s in fig.sources if s.value is not None)
    message = f"sources disagree on {fig.id}: {says}; say whose number '{st.q.text}' is"
    return problem_at(st, message, a,
                      sources=source_refs([s for s in fig.sources if s.value is not None]))


def _label(src: Source) -> str:
    """Name a source: its publisher and document, and the first sentence of its note."""
    label = f"{src.publisher} ({src.document})"
    if src.note:
        first = src.note.split(". ")[0].rstrip(".")
        label += f" [{first}]"
    return label
