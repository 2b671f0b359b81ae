"""FC115 arithmetic: the draft's own arithmetic does not hold.

What it flags: a relation a sentence states between its own numbers that those numbers do
not bear out, with or without a registry:

- a share: "70,000 of the 110,000 deaths, or 40 percent"; "one in four of the 1,200 nurses,
  or 500";
- a change between two levels it states: "rose from 40,000 to 60,000, a 30 percent
  increase"; "doubled", "tripled", "halved", "three times as many", "a third lower";
- a difference: "34,000 thefts, 6,000 more than last year's 26,000"; "up $200 million from
  $1 billion";
- a total: "$3.2 million on parks, $1.1 million on roads and $900,000 on libraries, a total
  of $6 million";
- a rate in a sentence that states the population: "Mexico, a country of 129 million
  people, recorded 32,223 killings, a rate of 40 per 100,000";
- a table's Total row or Total column against the cells it adds up (columns of shares,
  rates, changes and averages are not added; a table with subtotals is left alone);
- with the registry: a derived figure (`derived-from` and `formula`) against the inputs the
  sentence states and the registry's figures for the rest: "Calder recorded 1,480
  homicides, a rate of 25 per 100,000" where the rate is `a / b * 100000` of the homicides
  and the population;
- with the registry: a rate beside its count, against the registry's one figure that counts
  the rate's denominator (people, residents, students, households: a population or
  enrollment) for the place and period of the sentence, when nothing links them.

The registry's relations say both readings: what the draft's numbers imply for the number
it leaves out, and what the registry's figure gives: "1,480 homicides and 25 per 100,000
residents imply 5.92 million people; the registry has 8 million people
(calder_population_2025), which gives 18.5 per 100,000, not 25". A number that agrees with
its own registry figure is never reported by them: the slip is in another number. So too
for a change the sentence states: when the registry vouches for the change and one level but
not the other, the other level is reported ("Robberies fell 8.4 percent, to 1,162 from 1,229"
-> a decrease of 8.4 percent from 1,229 gives 1,126, not 1,162).

Every number is read as the interval of values it can stand for, with its rounding and
hedge (see docs/judging.md): "about a third" holds for 32 percent, "40,000" may be anything
from 38,000 to 42,000, and "more than doubled" holds for any ratio above two. A fraction or
multiple in words ("one in four", "doubled") is read as loosely as "about". A relation is
read only where the words state it plainly; a sentence that leaves it unsaid is left alone.
A change stated in percent of a percentage ("rose 0.3 percent, from 3.6 to 3.9 percent")
that holds as percentage points is FC116's, not this rule's.

Why: shares, changes and totals are worked out by hand at deadline, and a slip there is
wrong whatever the registry says.

Example: "70,000 of the 110,000 deaths, or 40 percent" -> 70,000 of 110,000 is 64 percent,
not 40 percent.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.check.arithmetic import Relation
from factcheck.check.implied import implied_relations, likely_figure, vouched
from factcheck.check.relations import amount, as_said, block_relations
from factcheck.models import Scope
from factcheck.registry.load import FigureRegistry
from factcheck.rules.base import Problem, problem_at
from factcheck.types import Statement

CODE, NAME, SEVERITY, SCOPE = "FC115", "arithmetic", "error", Scope.DOCUMENT
SUMMARY = ("A share, change, difference, total or rate in the draft does not follow from its "
           "own numbers.")


def check(statements: list[Statement], tolerance: float = 0.01,
          registry: FigureRegistry | None = None) -> list[Problem]:
    """Check every relation a block's sentences state, allowing a relative `tolerance`, and
    those the registry's figures complete."""
    failed = [r for r in block_relations(statements) if not r.holds(tolerance)]
    out, seen = [_blamed(r) for r in failed], {id(r.at) for r in failed}
    for r in implied_relations(statements, registry):
        if not r.holds(tolerance) and id(r.at) not in seen:
            seen.add(id(r.at))  # the sentence's own relations first, then one from the registry
            out.append(problem_at(r.at, r.message))
    return out


def _blamed(r: Relation) -> Problem:
    """Report a failed relation at its stated result, or, when the registry vouches for that
    result and for one level of a change but not the other, at that other level: in
    "Robberies fell 8.4 percent, to 1,162 from 1,229", 8.4 and 1,229 are the registry's."""
    if len(r.levels) == 2 and _vouched(r.at):
        old, new = r.levels
        if _vouched(old) != _vouched(new) and r.at.q.value is not None:
            factor = 1 + r.at.direction * r.at.q.value / 100
            odd, other = (new, old) if _vouched(old) else (old, new)
            if other.q.value is not None and factor > 0:
                want = other.q.value * factor if odd is new else other.q.value / factor
                change = "a decrease" if r.at.direction < 0 else "an increase"
                way = "from" if odd is new else "to"
                return problem_at(odd, f"{change} of {as_said(r.at)} {way} {other.q.text} gives "
                                       f"{amount(want, odd)}, not {odd.q.text}")
    return problem_at(r.at, r.message)


def _vouched(st: Statement) -> bool:
    """Say whether the number agrees with the figure it most likely states."""
    fig = likely_figure(st)
    if fig is None:
        return False
    if fig.value < 0 < (st.q.value or 0):  # a fall the registry records as a negative change
        st = replace(st, q=st.q.model_copy(update={"value": -(st.q.value or 0)}))
    return vouched(st, fig)
