"""The walls between stages hold: who may import whom, and no import cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "factcheck"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Return every factcheck module and the factcheck modules it imports (lazy ones too)."""
    graph: dict[str, set[str]] = {}
    modules = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    for path in PACKAGE.rglob("*.py"):
        name = _module_name(path)
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


GRAPH = _imports()


def _under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


WALLS = [
    # (who, may not import, why)
    ("factcheck", "factcheck.cli", "the library never imports the command line"),
    ("factcheck.extract", "factcheck.registry", "extraction knows nothing of figures"),
    ("factcheck.extract", "factcheck.check", "extraction comes before checking"),
    ("factcheck.extract", "factcheck.rules", "extraction comes before rules"),
    ("factcheck.extract", "factcheck.reporters", "extraction comes before reporting"),
    ("factcheck.rules", "factcheck.reporters", "rules report through the engine, not a format"),
    ("factcheck.registry", "factcheck.check", "the registry is read before checking"),
    ("factcheck.documents", "factcheck.check", "documents come before checking"),
]


@pytest.mark.parametrize(("who", "forbidden", "why"), WALLS,
                         ids=[f"{w}-not-{f}" for w, f, _ in WALLS])
def test_wall(who: str, forbidden: str, why: str) -> None:
    breaches = sorted(f"{m} imports {i}" for m, deps in GRAPH.items() if _under(m, who)
                      and not _under(m, "factcheck.cli") and m != "factcheck.__main__"
                      for i in deps if _under(i, forbidden))
    assert not breaches, why


def test_reporters_read_only_models_and_types() -> None:
    allowed = ("factcheck.models", "factcheck.types", "factcheck.reporters", "factcheck.intervals",
               "factcheck.units")
    breaches = sorted(f"{m} imports {i}"
                      for m, deps in GRAPH.items() if _under(m, "factcheck.reporters")
                      for i in deps if not _under(i, *allowed) and i != "factcheck")
    assert not breaches


def test_no_import_cycle() -> None:
    # Package __init__ modules are where a name is looked up, not a dependency of their children.
    graph = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in GRAPH.items()}
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1:
                return [*path[path.index(d):], d]
            if d not in state and (cycle := visit(d)):
                return cycle
        path.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state:
            cycle = visit(m)
            assert cycle is None, " -> ".join(cycle)


def test_only_units_makes_a_pint_registry() -> None:
    makers = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                    if "UnitRegistry(" in p.read_text(encoding="utf-8"))
    assert makers == ["units.py"]


def test_only_the_server_and_its_command_import_the_server() -> None:
    breaches = sorted(f"{m} imports {i}" for m, deps in GRAPH.items()
                      if not _under(m, "factcheck.server", "factcheck.cli")
                      for i in deps if _under(i, "factcheck.server"))
    assert not breaches


def test_only_the_server_imports_pygls() -> None:
    breaches = []
    for path in PACKAGE.rglob("*.py"):
        if _under(_module_name(path), "factcheck.server"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            breaches += [f"{path.name} imports {n}"
                         for n in names if n.split(".")[0] in ("pygls", "lsprotocol")]
    assert not breaches
