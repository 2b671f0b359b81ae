"""What the registry's figures imply for a sentence's own numbers: derived figures and rate bases.

Two relations need a number the sentence does not state:

- a derived figure (`derived-from` and `formula` in the registry) stated beside one or more
  of its inputs: "Calder recorded 1,480 homicides, a rate of 25 per 100,000" is computed
  from the stated 1,480 and the registry's population, and must give 25;
- a rate stated beside its count, with no link in the registry: "1,480 homicides, a rate of
  25 per 100,000 residents" implies a population, compared with the registry's one figure
  that counts the rate's denominator (people, residents, students, households) for the
  place and period the sentence speaks of (see docs/registry.md, Derived figures).

A number the registry itself vouches for (it agrees with its own figure) is never called
wrong here: the slip is then in another number, which the registry's verdict reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache

from factcheck.check import arithmetic as a
from factcheck.check.arithmetic import Clause, Relation, value_interval
from factcheck.check.stated import stated_interval, stated_words
from factcheck.formula import FormulaError, Node, evaluate, parse, solve
from factcheck.intervals import Interval, agrees, describe, format_number
from factcheck.models import Figure
from factcheck.periods import Period, parse_figure_period
from factcheck.registry.derived import Derivation, derivation, figure_interval, figure_value
from factcheck.registry.figures import figure_kind, source_interval
from factcheck.registry.load import FigureRegistry
from factcheck.text import stems
from factcheck.types import Statement

# A rate per people may be taken over any count of people; these words name one.
PEOPLE = frozenset({"people", "person", "resident", "inhabitant", "population", "citizen"})
# The words that make a count a base ("population", "enrollment"), not a count of events.
BASE_WORDS = frozenset(stems("population residents inhabitants enrollment enrolled enrolment "
                             "census households"))


def implied_relations(statements: list[Statement], registry: FigureRegistry | None,
                      ) -> Iterator[Relation]:
    """Yield the relations of a block's sentences that the registry's figures complete."""
    if registry is None or not registry.figures:
        return
    for c in a.clauses(statements):
        done: set[int] = set()
        for rel in derived(c, registry):
            done.add(id(rel.at))
            yield rel
        yield from (r for r in rate_bases(c, registry) if id(r.at) not in done)


def likely_figure(st: Statement) -> Figure | None:
    """Return the figure a statement most likely states, or None: its best candidate, when
    that is a rate just as the number is ("$12,000 per pupil", not "$912 million")."""
    if not st.candidates:
        return None
    fig = st.candidates[0].figure
    return fig if bool(fig.per) == bool(st.q.per) else None


def _may_state(st: Statement, fig: Figure) -> bool:
    """Say whether a number may state a figure: one of its leading candidates, rate as rate."""
    return bool(fig.per) == bool(st.q.per) and any(c.figure.id == fig.id for c in st.candidates[:3])


def vouched(st: Statement, fig: Figure) -> bool:
    """Say whether the registry vouches for a stated number: it agrees with the figure or a
    source of it."""
    stated = stated_interval(st.q, unit=fig.unit)
    if stated is None:
        return False
    return agrees(stated, figure_interval(fig)) or any(
        iv is not None and agrees(stated, iv) for iv in map(source_interval, fig.sources))


# --- derived figures ---------------------------------------------------------------------


def derived(c: Clause, registry: FigureRegistry) -> Iterator[Relation]:
    """Yield a derived figure stated beside inputs whose values do not give it."""
    stating: dict[str, list[Statement]] | None = None
    for st in c.sts:
        fig = likely_figure(st)
        if fig is None or fig.formula is None or vouched(st, fig):
            continue
        d = derivation(fig, registry.get)
        if d is None:
            continue
        if stating is None:
            stating = _stating(c)
        given = _stated_inputs(stating, st, d)
        if not given:
            continue
        try:
            implied = d.computed({name: iv for name, (_, iv) in given.items()})
        except FormulaError:
            continue
        stated = value_interval(st)
        yield Relation("derived", st, stated, implied, _derived_message(st, d, given))


def _stating(c: Clause) -> dict[str, list[Statement]]:
    """Return the statements that may state each figure, by figure id (one pass a sentence)."""
    out: dict[str, list[Statement]] = {}
    for st in c.sts:
        for cand in st.candidates[:3]:
            if bool(cand.figure.per) == bool(st.q.per):
                out.setdefault(cand.figure.id, []).append(st)
    return out


def _stated_inputs(stating: Mapping[str, list[Statement]], st: Statement, d: Derivation,
                   ) -> dict[str, tuple[Statement, Interval]]:
    """Return the inputs the sentence states itself, each with its statement and interval."""
    out: dict[str, tuple[Statement, Interval]] = {}
    for name, fig in d.inputs.items():
        for other in stating.get(fig.id, ()):
            if other is not st and _may_state(other, fig):
                iv = stated_interval(other.q, unit=fig.unit)
                if iv is not None:
                    out[name] = (other, Interval(iv.low, iv.high))
                break
    return out


def _derived_message(st: Statement, d: Derivation,
                     given: Mapping[str, tuple[Statement, Interval]]) -> str:
    """Say both readings: what the stated numbers imply for the input the sentence leaves
    out, and what the registry's value of that input gives."""
    fig = d.figure
    plain = {n: Interval(f.value, f.value) for n, f in d.inputs.items()}
    plain.update({n: _point(s) for n, (s, _) in given.items()})
    value = d.computed(plain).low
    said = " and ".join(said_with_noun(s) for s, _ in given.values())
    rule = f"({fig.id} = {fig.formula})"
    missing = [n for n in d.inputs if n not in given]
    solved = _solved(d, missing[0], st, plain) if len(missing) == 1 else None
    if solved is None:
        terms = _registry_terms(d, given)
        said = f"{said} with {terms} gives" if terms else f"{said} give"
        return f"{said} {_amount(value, fig)} {rule}, not {said_with_noun(st)}"
    base = d.inputs[missing[0]]
    return (f"{said} and {said_with_noun(st)} imply {_amount(solved, base)} for {base.id}; the "
            f"registry has {figure_value(base)}, which gives {_amount(value, fig)} {rule}, "
            f"not {stated_words(st)}")


def _solved(d: Derivation, name: str, st: Statement, plain: Mapping[str, Interval]) -> float | None:
    """Return the value of input `name` that the stated numbers imply, or None."""
    try:
        others = {n: iv for n, iv in plain.items() if n != name}
        return solve(d.formula, name, _point(st), others).low
    except FormulaError:
        return None


def said_with_noun(st: Statement) -> str:
    """Say a number as the draft does, with its counted noun or rate: '1,480 homicides',
    '25 per 100,000'."""
    words = stated_words(st)
    if st.q.per and re.match(r"^\d+\b", st.q.per):
        size, _, noun = st.q.per.partition(" ")
        return f"{words} per {format_number(float(size))} {noun}".rstrip()
    return f"{words} {st.q.noun}" if st.q.noun and st.q.noun not in words else words


def _registry_terms(d: Derivation, given: Mapping[str, object]) -> str:
    """Name the inputs taken from the registry: 'calder_population_2025 (8 million people)'."""
    return " and ".join(f"{f.id} ({figure_value(f)})"
                        for n, f in d.inputs.items() if n not in given)


def _point(st: Statement) -> Interval:
    """Return a stated number's own value as a one-point interval (shares in percent)."""
    assert st.q.value is not None
    v = st.q.value * (100.0 if st.q.kind == "fraction" else 1.0)
    return Interval(v, v)


def _amount(v: float, fig: Figure) -> str:
    """Say a computed value in a figure's unit: '18.5 per 100,000 people', '5.92 million people'."""
    if not fig.per:
        return describe(_round(v), "exact", fig.unit)
    size, _, noun = fig.per.partition(" ")
    per = f"{format_number(float(size))} {noun}" if size.isdigit() else fig.per
    unit = fig.unit if figure_kind(fig) in ("money", "percent") else None
    return f"{describe(_round(v), 'exact', unit)} per {per}"


# --- rates over a registry base ------------------------------------------------------------


def rate_bases(c: Clause, registry: FigureRegistry) -> Iterator[Relation]:
    """Yield "1,480 homicides, a rate of 25 per 100,000" against the registry's population."""
    if not base_figures(registry) or _states_population(c):
        return
    for i in range(len(c.sts) - 1):
        count, rate = c.sts[i], c.sts[i + 1]
        if rate.q.kind != "rate" or not _is_amount(count) or not a.RATE_GAP.match(c.after(i)):
            continue
        per = re.match(r"^(\d+)(?:\s+(\S.*))?$", rate.q.per or "")
        if per is None or count.q.value is None or count.q.value <= 0:
            continue
        fig = likely_figure(rate)
        if fig is not None and (fig.formula is not None or vouched(rate, fig)):
            continue  # a derived rate is derived()'s; one the registry vouches for is right
        base = _base_figure(registry, per.group(2) or "people", c, count, rate)
        if base is None or base.value <= 0:
            continue
        size = float(per.group(1))
        ci = value_interval(count)
        implied = evaluate(_rate_formula(size),
                           {"a": Interval(ci.low, ci.high), "b": figure_interval(base)})
        yield Relation("rate", rate, value_interval(rate), implied,
                       _rate_message(count, rate, base, size))


@lru_cache(maxsize=64)
def _rate_formula(size: float) -> Node:
    return parse(f"a / b * {size:g}")


def _rate_message(count: Statement, rate: Statement, base: Figure, size: float) -> str:
    """Say both readings: the base the draft's numbers imply, and the rate the registry's gives."""
    assert count.q.value is not None and rate.q.value is not None
    per = format_number(size)
    given = count.q.value / base.value * size
    head = f"{said_with_noun(count)} and {said_with_noun(rate)}"
    if rate.q.value > 0:
        implied = count.q.value / rate.q.value * size
        head += f" imply {format_number(_round(implied))} {base.unit}; the registry has"
    else:
        head += ": the registry has"
    return (f"{head} {figure_value(base)} ({base.id}), which gives {format_number(_round(given))} "
            f"per {per}, not {stated_words(rate)}")


def _round(v: float) -> float:
    """Round for a message: whole numbers from 1,000 up, else three significant digits."""
    if abs(v) >= 1e6:
        return float(f"{v:.3g}")
    return round(v) if abs(v) >= 1000 else float(f"{v:.3g}")


def _is_amount(st: Statement) -> bool:
    return st.q.kind in ("count", "money", "measure") and st.q.per is None


def _states_population(c: Clause) -> bool:
    """Say whether the sentence states the population itself (relations.rates judges that)."""
    return any(a.POPULATION_BEFORE.search(c.before(j)) or a.POPULATION_AFTER.match(c.after(j))
               for j, s in enumerate(c.sts) if _is_amount(s))


def _base_figure(registry: FigureRegistry, noun: str, c: Clause, count: Statement, rate: Statement,
                 ) -> Figure | None:
    """Return the registry's one figure that counts `noun` ("residents") for the sentence's
    place and period, or None when there is none or more than one."""
    pool = base_figures(registry).get(_noun_key(noun), ())
    if not pool:
        return None
    # Only a figure the count states for certain (the registry vouches for the number) says
    # where and when the sentence is; a best guess may be another place's.
    known = [f for f in (likely_figure(count),) if f is not None and vouched(count, f)]
    places = {f.place.casefold() for f in known if f.place}
    sentence = c.sts[0].sentence.casefold()
    here = [f for f in pool if f.place and (f.place.casefold() in places or re.search(
        rf"\b{re.escape(f.place.casefold())}\b", sentence))]
    # The sentence's own periods, else those of the figures its numbers state.
    periods = [p for s in (count, rate) for p in s.periods] or [
        p for f in known if (p := parse_figure_period(f.period)) is not None]
    if periods:
        here = [f for f in here if _overlaps(parse_figure_period(f.period), periods)]
    return here[0] if len(here) == 1 else None


def _overlaps(period: Period | None, periods: list[Period]) -> bool:
    return period is not None and any(period.overlaps(p) for p in periods)


def _noun_key(noun: str) -> str:
    """Return the key a rate's denominator noun and a base figure's unit share ('people')."""
    words = stems(noun)
    if not words:
        return ""
    return "people" if words[-1] in PEOPLE else " ".join(words)


def base_figures(registry: FigureRegistry) -> dict[str, tuple[Figure, ...]]:
    """Return the registry's counts a rate can be taken over, by denominator noun (built once)."""
    cached: dict[str, tuple[Figure, ...]] | None = getattr(registry, "_fc_bases", None)
    if cached is None:
        found: dict[str, list[Figure]] = {}
        for fig in registry.figures:
            if figure_kind(fig) == "count" and fig.value > 0 and BASE_WORDS & set(
                    stems(" ".join((fig.title, *fig.keywords)))):
                found.setdefault(_noun_key(fig.unit), []).append(fig)
        cached = {k: tuple(v) for k, v in found.items()}
        registry._fc_bases = cached  # type: ignore[attr-defined]
    return cached
