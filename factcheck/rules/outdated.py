"""FC117 outdated: an estimate of a revised figure that has been revised since.

What it flags: a number that agrees with an earlier estimate of a figure whose registry
entry says its sources are successive estimates (`revisions: true`): a payroll gain first
reported as 18,700 and revised to 16,500. The message names the estimate the draft states,
the report it came from, and the estimate it was revised to. A draft that says which
estimate it quotes ("initially reported", "the first estimate", "before revisions",
"preliminary", or the "from" of "revised to 16,500 from 18,700") is judged against that
estimate alone, and a draft dated before a revision (its front matter, page meta or
dateline, or --date) is judged against what was known on its date.

Why: official statistics are revised, and a story that quotes the first estimate months
later states a number the publisher itself no longer stands by. It is not a conflict
between sources: the newer estimate replaces the older one.

Example: "Employers in the state added 18,700 jobs in February." in a draft of June 2026
-> 18,700 was the first estimate (report of 2026-03-06); revised to 16,500 (report of
2026-05-01).
"""

from __future__ import annotations

from factcheck.intervals import describe, format_number
from factcheck.models import Scope, Verdict
from factcheck.registry.revisions import revision_of
from factcheck.rules.base import Problem, expected_of, problem_at, source_refs, stated_words
from factcheck.types import Assessment, Statement

CODE, NAME, SEVERITY, SCOPE = "FC117", "outdated", "warning", Scope.STATEMENT
VERDICTS = (Verdict.OUTDATED,)
SUMMARY = "The number is an earlier estimate of a revised figure; it has been revised since."


def check(st: Statement, a: Assessment) -> Problem | None:
    """Report a statement of an estimate that has been revised since."""
    fig, old, new = a.figure, a.source, a.revised_to
    if fig is None or old is None or new is None:
        return None
    was, now = revision_of(fig, old), revision_of(fig, new)
    if was is None or now is None:
        return None
    message = (f"'{stated_words(st)}': {describe(was.value, was.qualifier)} was {was.name} "
               f"of {fig.id} (report of {was.date}); revised to {now.stated}")
    return problem_at(st, message, a, expected=expected_of(fig, new),
                      sources=source_refs([*now.sources, *was.sources]),
                      suggestion=format_number(now.value))
