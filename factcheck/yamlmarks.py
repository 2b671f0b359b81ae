"""Load YAML into plain data while remembering the line and column of every node."""

from __future__ import annotations

from typing import Any

import yaml

from factcheck.errors import InputError

try:  # libyaml makes loading a 10,000-figure registry several times faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[str | int, ...]
Marks = dict[Path_, tuple[int, int]]

MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 64


class YamlError(InputError):
    """A YAML file that cannot be read as data, with its 1-based line and column."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


_SCALARS = yaml.constructor.SafeConstructor()


def _scalar(node: yaml.ScalarNode) -> Any:
    # Timestamps stay strings: the registry records dates as written ("2023-10").
    if node.tag == "tag:yaml.org,2002:timestamp":
        return node.value
    return _SCALARS.construct_object(node, deep=True)


def read_text(path: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file, raising YamlError for binary, non-UTF-8 or oversized files."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise YamlError(path, 1, 1, f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise YamlError(path, 1, 1, f"file is larger than {max_bytes // (1024 * 1024)} MB")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise YamlError(path, line, 1, "binary file (NUL byte), not YAML text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlError(path, line, col, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None


def load_yaml(text: str, path: str) -> tuple[Any, Marks]:
    """Parse YAML text into dicts, lists and scalars, with a mark for every key and value."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlError(path, line, col, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlError(path, 1, 1, f"invalid YAML: {exc}") from None
    marks: Marks = {}
    if root is None:
        return None, marks
    seen: set[int] = set()

    def build(node: yaml.Node, where: Path_, depth: int) -> Any:
        mark = (node.start_mark.line + 1, node.start_mark.column + 1)
        marks[where] = mark
        if depth > MAX_DEPTH:
            raise YamlError(path, *mark, f"nesting deeper than {MAX_DEPTH} levels")
        if isinstance(node, yaml.ScalarNode):
            return _scalar(node)
        # A node reached twice came through an alias; the registry has no use for them and
        # refusing them stops alias bombs before they expand.
        if id(node) in seen:
            raise YamlError(path, *mark, "YAML aliases and anchors are not allowed in the registry")
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            return [build(item, (*where, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.MappingNode)
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                kmark = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                raise YamlError(path, *kmark, "mapping keys must be plain scalars")
            key = _scalar(key_node)
            kmark = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in out:
                first = marks.get((*where, "#key", key), kmark)
                raise YamlError(path, *kmark, f"duplicate key '{key}' (first at line {first[0]})")
            marks[(*where, "#key", key)] = kmark
            out[key] = build(value_node, (*where, key), depth + 1)
        return out

    return build(root, (), 0), marks


def mark_for(marks: Marks, where: Path_) -> tuple[int, int]:
    """Return the mark of the deepest known node on `where` (a key's own mark when known)."""
    if where and (*where[:-1], "#key", where[-1]) in marks and where not in marks:
        return marks[(*where[:-1], "#key", where[-1])]
    probe = where
    while probe:
        if probe in marks:
            return marks[probe]
        probe = probe[:-1]
    return marks.get((), (1, 1))
