"""Derived figures: a figure computed from others (`derived-from` names them, `formula` says how).

```yaml
derived-from: {a: calder_homicides_2025, b: calder_population_2025}
formula: a / b * 100000
```

Each input figure is the interval of true values its rounding and qualifier allow (as in
docs/judging.md), so the formula gives an interval; the derived figure's own value must lie
in it (within the figure's tolerance). `registry check` reports unknown ids, cycles, names
the formula never uses, divisors that may be zero and a value the inputs do not give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from factcheck.formula import FormulaError, Node, evaluate, parse
from factcheck.intervals import Interval, agrees, describe, format_number, interval
from factcheck.models import Figure
from factcheck.registry.figures import DEFAULT_TOLERANCE, figure_precision
from factcheck.registry.load import Problem
from factcheck.registry.yamltext import Marks, mark_for


@dataclass(frozen=True)
class Derivation:
    """A derived figure's formula with the figures its names stand for."""

    figure: Figure
    formula: Node
    inputs: Mapping[str, Figure]  # formula name -> figure

    def computed(self, given: Mapping[str, Interval] | None = None) -> Interval:
        """Return the formula's interval: `given` intervals where supplied, else the inputs'."""
        values = {name: figure_interval(fig) for name, fig in self.inputs.items()}
        values.update(given or {})
        return evaluate(self.formula, values)

    def terms(self) -> str:
        """Say what the names stand for: 'a = calder_homicides_2025 (1,480 homicides)'."""
        return "; ".join(f"{name} = {fig.id} ({figure_value(fig)})"
                         for name, fig in self.inputs.items())


def figure_interval(fig: Figure) -> Interval:
    """Return the interval of true values a figure's value, qualifier and precision cover."""
    return interval(fig.value, fig.qualifier, figure_precision(fig))


def figure_value(fig: Figure) -> str:
    """Say a figure's value with its unit: '8 million people', '18.5 homicides per 100000 people'.
    """
    text = describe(fig.value, fig.qualifier, fig.unit)
    return f"{text} per {fig.per}" if fig.per else text


def derivation(fig: Figure, get: Callable[[str], Figure | None]) -> Derivation | None:
    """Return a figure's derivation when it has one and every input figure exists."""
    if fig.formula is None or not fig.derived_from:
        return None
    inputs = {name: get(fid) for name, fid in fig.derived_from.items()}
    if any(f is None for f in inputs.values()):
        return None
    return Derivation(fig, parse(fig.formula), {k: v for k, v in inputs.items() if v is not None})


# --- registry check ----------------------------------------------------------------------


def derived_problems(figures: list[Figure], wheres: Mapping[str, tuple[str | int, ...]],
                     marks: Marks, path: str, broken: set[str]) -> list[Problem]:
    """Return the problems of every derived figure: links, cycles, values the inputs do not give.

    A link to a figure that failed the schema (`broken`) is not reported again.
    """
    by_id = {f.id: f for f in figures}
    out: list[Problem] = []
    cyclic: set[str] = set()
    for cycle in _cycles(by_id):
        cyclic.update(cycle)
        first = cycle[0]
        line, col = mark_for(marks, (*wheres[first], "derived-from"))
        out.append(Problem(path, line, col, "error", f"figure {first}: derived-from goes round "
                           f"in a circle: {' -> '.join((*cycle, first))}"))
    for fig in figures:
        if fig.derived_from is None and fig.formula is None:
            continue
        found = _figure_problems(fig, by_id, broken, fig.id in cyclic)
        for key, message, severity in found:
            line, col = mark_for(marks, (*wheres[fig.id], *key))
            out.append(Problem(path, line, col, severity, f"figure {fig.id}: {message}"))
    return out


def _figure_problems(fig: Figure, by_id: Mapping[str, Figure], broken: set[str], cyclic: bool,
                     ) -> Iterator[tuple[tuple[str, ...], str, str]]:
    """Yield (key path, message, severity) for one derived figure."""
    inputs: Mapping[str, str] = fig.derived_from or {}
    if fig.formula is None:
        yield (("derived-from",), "derived-from needs a formula that says how the value follows "
               "from the figures it names, such as formula: a / b * 100000", "error")
        return
    used = set(parse(fig.formula).names())
    missing = False
    for name, fid in inputs.items():
        if fid not in by_id:
            missing = True
            if fid not in broken:
                yield (("derived-from", name),
                       f"derived-from figure '{fid}' ({name}) does not exist", "error")
        elif name not in used:
            yield (("derived-from", name), f"derived-from names {name} ({fid}), but formula "
                   f"'{fig.formula}' never uses it", "warning")
    if missing or cyclic:
        return
    found = derivation(fig, by_id.get)
    assert found is not None
    yield from _value_problems(found)


def _value_problems(d: Derivation) -> Iterator[tuple[tuple[str, ...], str, str]]:
    """Yield a problem when the formula cannot be computed or does not give the figure's value."""
    fig = d.figure
    try:
        computed = d.computed()
        plain = d.computed({n: Interval(f.value, f.value) for n, f in d.inputs.items()}).low
    except FormulaError as err:
        yield (("formula",), f"formula '{fig.formula}' cannot be computed: {err} ({d.terms()})",
               "error")
        return
    tol = fig.tolerance if fig.tolerance is not None else DEFAULT_TOLERANCE
    if agrees(computed, figure_interval(fig), tol):
        return
    yield (("value",), f"value {format_number(fig.value)} is not what formula '{fig.formula}' "
           f"gives: {format_number(_rounded(plain))} ({d.terms()})", "warning")


def _rounded(v: float) -> float:
    """Round a computed value for a message: three significant digits beyond the integer part."""
    return round(v) if abs(v) >= 1000 else float(f"{v:.4g}")


def _cycles(by_id: Mapping[str, Figure]) -> list[tuple[str, ...]]:
    """Return each cycle of derived-from links once, starting at its first figure in file order."""
    order = {fid: i for i, fid in enumerate(by_id)}
    links = {fid: [n for n in (f.derived_from or {}).values() if n in by_id]
             for fid, f in by_id.items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    found: set[tuple[str, ...]] = set()
    for root in by_id:
        if root in state or not links[root]:
            continue
        # Depth first without recursion: a long chain of derived figures must not overflow.
        stack, path = [(root, iter(links[root]))], [root]
        state[root] = 1
        while stack:
            fid, todo = stack[-1]
            nxt = next(todo, None)
            if nxt is None:
                stack.pop()
                path.pop()
                state[fid] = 2
            elif state.get(nxt) == 1:
                cycle = path[path.index(nxt):]
                start = min(range(len(cycle)), key=lambda k: order[cycle[k]])
                found.add(tuple(cycle[start:] + cycle[:start]))
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(links[nxt])))
                path.append(nxt)
    return sorted(found, key=lambda c: order[c[0]])
