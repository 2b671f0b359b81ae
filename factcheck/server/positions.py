"""Where each figure and each of its sources is written in figures.yaml.

Read with the marked YAML loader (``registry.yamlmarks``), once per registry file version:
the scan's fast loader keeps only each figure's first line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.registry.yamlmarks import YamlError, load_yaml, read_text

Mark = tuple[int, int]  # 1-based line, 1-based column in characters


@dataclass(frozen=True)
class RegistryMarks:
    """The text of a registry file and the marks of its figures' ids and sources."""

    text: str = ""
    figures: dict[str, Mark] = field(default_factory=dict)  # figure id -> its id value
    sources: dict[tuple[str, int], Mark] = field(default_factory=dict)  # (id, index) -> the entry


def marks_of(path: str) -> RegistryMarks:
    """Return the marks of a registry file as it is now (empty when it cannot be read)."""
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        return RegistryMarks()
    return _marks(os.path.abspath(path), stamp)


@lru_cache(maxsize=4)
def _marks(path: str, stamp: int) -> RegistryMarks:
    try:
        text = read_text(path)
        data, marks = load_yaml(text, path)
    except YamlError:
        return RegistryMarks()
    items = data.get("figures") if isinstance(data, dict) else None
    out = RegistryMarks(text)
    for i, item in enumerate(items if isinstance(items, list) else ()):
        fid = item.get("id") if isinstance(item, dict) else None
        if not isinstance(fid, str):
            continue
        out.figures[fid] = marks.get(("figures", i, "id"), marks.get(("figures", i), (1, 1)))
        sources = item.get("sources")
        for j in range(len(sources) if isinstance(sources, list) else 0):
            out.sources[(fid, j)] = marks.get(("figures", i, "sources", j), out.figures[fid])
    return out
