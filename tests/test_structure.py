"""The package's size limits: no module over 400 lines, no function over 80 lines.

A module that is nothing but a data table (word lists, a stylesheet) may grow past the
module limit only when DATA_TABLES names it and says why; functions have no exception.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "factcheck"
MODULE_LINES = 400
FUNCTION_LINES = 80

# module path (relative to the repository) -> why it may be longer than MODULE_LINES
DATA_TABLES: dict[str, str] = {}

MODULES = sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


@pytest.mark.parametrize("path", MODULES, ids=[_name(p) for p in MODULES])
def test_module_is_short(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MODULE_LINES or _name(path) in DATA_TABLES, f"{lines} lines"


@pytest.mark.parametrize("path", MODULES, ids=[_name(p) for p in MODULES])
def test_functions_are_short(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [f"{fn.name} ({fn.lineno}): {(fn.end_lineno or fn.lineno) - fn.lineno + 1} lines"
            for fn in ast.walk(tree) if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
            and (fn.end_lineno or fn.lineno) - fn.lineno + 1 > FUNCTION_LINES]
    assert not long


def test_data_tables_are_modules() -> None:
    assert set(DATA_TABLES) <= {_name(p) for p in MODULES}
