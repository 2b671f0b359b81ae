"""The shape of the extraction stage: small passes over a Reading, tables as data."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import factcheck.extract as extract_pkg
from factcheck.extract import classify, context
from factcheck.extract.reading import Reading

_PKG = Path(extract_pkg.__file__).resolve().parent


def _functions(tree: ast.AST) -> list[ast.FunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


def test_no_long_functions_or_modules() -> None:
    for path in sorted(_PKG.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert len(source.splitlines()) <= 400, path.name
        for fn in _functions(ast.parse(source)):
            length = (fn.end_lineno or fn.lineno) - fn.lineno + 1
            assert length <= 80, f"{path.name}:{fn.name} has {length} lines"


def test_reading_is_a_slotted_dataclass() -> None:
    assert dataclasses.is_dataclass(Reading)
    assert hasattr(Reading, "__slots__")
    r = Reading(0, 1, 1.0)
    assert r.scale == 1.0 and r.kind is None


def test_passes_run_in_order() -> None:
    names = [p.__name__ for p in classify._DIGIT_PASSES]
    assert names[:2] == ["_glued_identifier", "_sign_and_currency"]
    assert names[-len(context.PASSES):] == [p.__name__ for p in context.PASSES]
    assert context.PASSES[-1].__name__ == "_finish"


def test_word_tables_live_in_vocabulary() -> None:
    # No set, dict or tuple of three or more string literals outside the vocabulary package
    # (extract/vocabulary/, not globbed here): word lists are data there (units.py keeps
    # the unit lexicon).
    for path in sorted(_PKG.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        exports = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
                   and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Set | ast.Tuple | ast.List) and id(node) not in exports:
                strings = [e for e in node.elts
                           if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                words = [e.value for e in strings if e.value.isalpha() and len(e.value) > 2]
                assert len(words) < 6, f"{path.name}:{node.lineno}: {words}"
