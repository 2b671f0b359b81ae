"""The registry's fast loader gives exactly what the marked loader gives, or steps aside."""

from __future__ import annotations

import gc
import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factcheck.registry import yamlmarks
from factcheck.registry.load import FigureRegistry, RegistryError, _load, _load_fast, load_registry
from factcheck.registry.yamlmarks import load_plain, load_yaml, mark_for, paused_gc, read_text

ROOT = Path(__file__).resolve().parent.parent


def _corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_corpus",
                                                  ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def slow_registry(path: Path) -> FigureRegistry:
    """What load_registry gave before the fast path: the marked loader's figures and lines."""
    figures, problems, positions, marks, _ = _load(str(path))
    assert not problems
    lines = {fid: mark_for(marks, ("figures", i))[0] for fid, i in positions.items()}
    return FigureRegistry(str(path), tuple(figures), lines)


def fast_registry(path: Path) -> FigureRegistry:
    reg = _load_fast(read_text(str(path)), str(path))
    assert reg is not None, "the fast path stepped aside"
    return reg


def assert_same(fast: FigureRegistry, slow: FigureRegistry) -> None:
    assert fast.path == slow.path
    assert fast.figures == slow.figures
    assert list(fast.lines.items()) == list(slow.lines.items())


def test_shipped_registry_same_both_ways(shipped_registry: Path) -> None:
    fast, slow = fast_registry(shipped_registry), slow_registry(shipped_registry)
    assert_same(fast, slow)
    assert len(fast.figures) > 10
    assert_same(load_registry(shipped_registry), slow)


def test_generated_registry_same_both_ways(tmp_path: Path) -> None:
    path = _corpus().write_registry(tmp_path, 1000)
    fast, slow = fast_registry(path), slow_registry(path)
    assert len(fast.figures) == 1000
    assert_same(fast, slow)


FIGURE = """\
    title: People crossing the border every day
    value: 6000
    unit: people
    sources:
      - document: doc.txt
        publisher: {publisher}
        date: 2023-10
        quote: "{quote}"
        value: 6000
"""


def registry(*ids: str, publisher: str = "Example Times", quote: str = "6,000 people") -> str:
    body = "".join(f"  - id: {fid}\n" + FIGURE.format(publisher=publisher, quote=quote)
                   for fid in ids)
    return "version: 1\nfigures:\n" + body


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "figures.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("publisher", "quote"),
    [("AT&T", "R&D rose to 6,000 people"), ('"B & *Q*"', "6,000 people * 2 & more"),
     ("'&x'", "*y")],
)
def test_ampersand_and_star_in_strings_load(tmp_path: Path, publisher: str, quote: str) -> None:
    path = write(tmp_path, registry("a", "b", publisher=publisher, quote=quote))
    reg = load_registry(path)
    assert [f.id for f in reg.figures] == ["a", "b"]
    assert reg.figures[0].sources[0].publisher == publisher.strip("'\"")
    assert reg.figures[1].sources[0].quote == quote
    assert reg.figures[0].sources[0].date == "2023-10"  # a timestamp stays as written
    assert reg.lines == {"a": 3, "b": 13}
    assert_same(fast_registry(path), slow_registry(path))


def test_alias_still_refused(tmp_path: Path) -> None:
    text = registry("a").replace("    unit: people\n",
                                 "    unit: people\n    keywords: &k [a, b]\n    aliases: *k\n")
    path = write(tmp_path, text)
    assert _load_fast(read_text(str(path)), str(path)) is None
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(err.value) == (f"{path}:7:15: YAML aliases and anchors are not allowed in the "
                              "registry")


def test_scalar_alias_still_loads_as_before(tmp_path: Path) -> None:
    # The marked loader has always let a scalar through an alias (no bomb can hide there).
    text = registry("a").replace("    title: People crossing the border every day\n",
                                 "    title: &t People crossing\n    note: *t\n")
    path = write(tmp_path, text)
    assert _load_fast(read_text(str(path)), str(path)) is None
    reg = load_registry(path)
    assert reg.figures[0].note == reg.figures[0].title == "People crossing"


def test_errors_come_from_the_marked_loader(tmp_path: Path) -> None:
    path = write(tmp_path, registry("a", "b", "a"))
    assert _load_fast(read_text(str(path)), str(path)) is None
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(err.value) == f"{path}:23:9: duplicate id 'a' (first at line 3)"
    path = write(tmp_path, registry("a").replace("value: 6000", "value: lots", 1))
    with pytest.raises(RegistryError,
                       match=r":5:12: figure a: 'value' must be a number \(got the text 'lots'\)"):
        load_registry(path)


def test_lines_are_where_each_figure_starts(tmp_path: Path) -> None:
    text = registry("a") + (
        "  -\n    id: b\n" + FIGURE.format(publisher="P", quote="q")
        + "  - title: T\n    id: c\n"
        + FIGURE.format(publisher="P", quote="q").replace(
            "    title: People crossing the border every day\n", "")
        + '  - {id: d, title: T, value: 1, unit: u, sources: [{document: x, publisher: P, quote: '
          'q, value: 1}]}\n'
    )
    path = write(tmp_path, text)
    reg = load_registry(path)
    assert reg.lines == {"a": 3, "b": 14, "c": 24, "d": 34}  # "b" starts at its first key
    assert_same(fast_registry(path), slow_registry(path))


def same(a: Any, b: Any) -> bool:
    """Equal with the same types all the way down (1, 1.0 and True are not the same)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return (list(map(type, a)) == list(map(type, b)) and list(a) == list(b)
                and all(same(a[k], b[k]) for k in a))
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same, a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


YAML = [
    "",
    "---\n",
    "- 1\n- 2\n",
    "figures: []\n",
    "figures:\n- a\n- {b: 1}\n-\n  c: 2\n- [1]\n-\n",
    "a: 2023-10\nb: 2023-10-01\nc: 2023-10-01 10:00:00\nd: '2023'\n",
    "a: yes\nb: No\nc: ~\nd: null\ne: 0x1f\nf: 0o17\ng: 1_000\nh: .inf\ni: -.INF\nj: .nan\nk: "
    "1e3\nl: 1.5e3\nm: 190:20:30\nn:\n", "1: a\ntrue: b\n1.5: c\nnull: d\n",
    "a: |\n  x\n  y\nb: >-\n  x\n  y\nc: \"\\u00e9\\n\"\n",
    "a: ! x\nb: !!str 1\n",
    "a: !foo x\n",
    "a: !!binary aGVsbG8=\n",
    "a: !!set {x}\n",
    "a: &x 1\nb: *x\n",
    "figures:\n- &a {id: x}\n",
    "? [a]\n: 1\n",
    "a: 1\na: 2\n",
    "a: {1: x, 1.0: y}\n",
    "<<: {a: 1}\n",
    "--- 1\n--- 2\n",
    "a: [1, 2\n",
    "figures:\n  - id: x\n   title: y\n",
    "%YAML 1.1\n---\na: 1\n...\n",
    "[" * 63 + "]" * 63,
    "[" * 65 + "]" * 65,
]


@pytest.mark.parametrize("text", YAML)
def test_plain_loader_agrees_with_marked_loader(text: str) -> None:
    plain = load_plain(text, "figures")
    try:
        data, marks = load_yaml(text, "x.yaml")
    except Exception:  # the marked loader reports it; the plain one must step aside
        assert plain is None
        return
    if plain is None:  # stepping aside is always allowed
        return
    assert same(plain[0], data)
    figures = data.get("figures") if isinstance(data, dict) else None
    count = len(figures) if isinstance(figures, list) else 0
    assert plain[1] == [marks[("figures", i)][0] for i in range(count)]


def test_aliases_and_anchors_make_the_plain_loader_step_aside() -> None:
    assert load_plain("a: &x 1\nb: *x\n", "figures") is None
    assert load_plain("a: &x 1\n", "figures") is None
    assert load_plain("figures: [\"&x\", '*x']\n", "figures") == ({"figures": ["&x", "*x"]}, [1, 1])


def test_paused_gc_restores_the_collector() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_marked_loader_keeps_no_nodes(shipped_registry: Path) -> None:
    load_yaml(read_text(str(shipped_registry)), str(shipped_registry))
    assert not yamlmarks._SCALARS.constructed_objects
