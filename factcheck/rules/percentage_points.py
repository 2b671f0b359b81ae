"""FC116 percentage-points: a change in percentage points stated as a percent change.

What it flags: a change of a quantity that is itself a percentage, stated in percent, when
the sentence's own levels show it is the difference in percentage points: "The unemployment
rate rose 0.3 percent, from 3.6 percent to 3.9 percent" rose 0.3 percentage points, which
is a rise of 8.3 percent. The finding says both readings.

When the sentence states no levels, the registry's do: "Calder's unemployment rate rose 0.3
percent in August" is read between the registry's figures of that series for August and the
period the sentence compares with (a base it names, a year earlier when it says "over the
year" or "from a year earlier", else the month before): "from 4.2 percent
(calder_unemployment_rate_2025_07) to 4.5 percent (calder_unemployment_rate_2025_08) is 0.3
percentage points (an increase of 7.1 percent), not 0.3 percent".

It is silent on "rose 0.3 percentage points, from 3.6 to 3.9 percent", on a correct relative
change ("rose 8 percent, from 3.6 to 3.9 percent"), and on changes of counts. A percent
change that fits neither reading is FC115's (arithmetic).

Why: "percent" and "percentage points" differ by a factor of the level itself; the slip
shrinks or inflates a change many times over.

Example: "rose 0.3 percent, from 3.6 percent to 3.9 percent" -> from 3.6 percent to 3.9
percent is 0.3 percentage points (an increase of 8.3 percent), not 0.3 percent.
"""

from __future__ import annotations

from factcheck.check.points import registry_changes
from factcheck.check.relations import block_relations
from factcheck.check.stated import stated_words
from factcheck.intervals import agrees
from factcheck.models import Scope
from factcheck.rules.base import Problem, problem_at
from factcheck.types import Statement

CODE, NAME, SEVERITY, SCOPE = "FC116", "percentage-points", "error", Scope.DOCUMENT
SUMMARY = "A change of a percentage is given in percent where it is in percentage points."


def check(statements: list[Statement], tolerance: float = 0.01,
          registry: object = None) -> list[Problem]:
    """Flag percent changes of percentages that hold only as percentage points: between the
    levels the sentence states, else the registry's figures for the two periods."""
    out, seen = [], set()
    for r in (*block_relations(statements), *registry_changes(statements)):
        if id(r.at) in seen:
            continue  # the sentence's own levels come first
        seen.add(id(r.at))
        if (r.points is None or agrees(r.implied, r.stated, tolerance)
                or not agrees(r.points, r.stated, tolerance)):
            continue
        stated = stated_words(r.at)
        out.append(problem_at(r.at, f"{r.points_message}, not {stated}",
                              suggestion=stated.replace("percent", "percentage points")))
    return out
