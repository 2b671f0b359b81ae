"""Load YAML into plain data while remembering the line and column of every node."""

from __future__ import annotations

from typing import Any

import yaml

# Re-exported: the yaml-free half, which a scan reading the registry cache needs alone.
from factcheck.registry.yamltext import (
    MAX_BYTES,
    Marks,
    Path_,
    YamlError,
    mark_for,
    paused_gc,
    read_text,
)

try:  # libyaml makes loading a 10,000-figure registry several times faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 64


_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SCALARS = yaml.constructor.SafeConstructor()
# Constructors for the plain scalars a registry holds, called directly: going through
# SafeConstructor.construct_object would remember every node it ever built.
_CONSTRUCT = {
    tag: _SCALARS.yaml_constructors[tag]
    for tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                "tag:yaml.org,2002:float")
}


_COLLECTION_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def _short_tag(tag: str) -> str:
    return ("!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:")
            else tag)


def _refuse_tag(node: yaml.Node, path: str) -> YamlError:
    """Return the error for a node whose tag the registry does not take."""
    mark = (node.start_mark.line + 1, node.start_mark.column + 1)
    if node.tag == "tag:yaml.org,2002:merge":
        return YamlError(path, *mark, "YAML merge keys ('<<') are not allowed in the registry; "
                                      "write the keys out")
    if node.tag == "tag:yaml.org,2002:value":
        return YamlError(path, *mark, "YAML value keys ('=') are not allowed in the registry")
    return YamlError(path, *mark,
                     f"YAML tag '{_short_tag(node.tag)}' is not allowed in the registry")


def _scalar(node: yaml.ScalarNode, path: str = "-") -> Any:
    """Return a plain scalar's value: strings, numbers, booleans and nulls only.

    Any other tag (merge keys, !!binary, !!python/..., custom tags) is a YamlError at the
    node; nothing else is ever constructed.
    """
    tag = node.tag
    # Timestamps stay strings: the registry records dates as written ("2023-10").
    if tag in (_STR, _TIMESTAMP):
        return node.value
    construct = _CONSTRUCT.get(tag)
    if construct is None:
        raise _refuse_tag(node, path)
    try:
        return construct(_SCALARS, node)
    except (ValueError, OverflowError) as exc:  # an integer of more digits than Python converts
        mark = (node.start_mark.line + 1, node.start_mark.column + 1)
        raise YamlError(path, *mark,
                        f"number too large: {' '.join(str(exc).split())[:80]}") from None


def load_yaml(text: str, path: str) -> tuple[Any, Marks]:
    """Parse YAML text into dicts, lists and scalars, with a mark for every key and value."""
    with paused_gc():
        return _load_yaml(text, path)


def _load_yaml(text: str, path: str) -> tuple[Any, Marks]:
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
            return _scalar(node, path)
        if node.tag not in _COLLECTION_TAGS:
            raise _refuse_tag(node, path)
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
            key = _scalar(key_node, path)
            kmark = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in out:
                first = marks.get((*where, "#key", key), kmark)
                raise YamlError(path, *kmark, f"duplicate key '{key}' (first at line {first[0]})")
            marks[(*where, "#key", key)] = kmark
            out[key] = build(value_node, (*where, key), depth + 1)
        return out

    return build(root, (), 0), marks


class _NeedsMarks(Exception):
    """Raised inside load_plain for anything only load_yaml handles (or reports) exactly."""


def load_plain(text: str, items_of: str) -> tuple[Any, list[int]] | None:
    """Parse YAML text into the data load_yaml would give, without marks, or return None.

    Returns the data and the 1-based line where each item of the top-level sequence
    `data[items_of]` starts, which is load_yaml's mark for that item. Returns None for
    anything load_yaml would reject or that this loader does not handle: invalid YAML,
    anchors and aliases, explicit tags, non-scalar or duplicate keys, several documents,
    deep nesting. Callers then use load_yaml, which gives the same data or the exact error.
    """
    loader = _Loader(text)
    try:
        with paused_gc():
            return _plain(loader, items_of)
    except (yaml.YAMLError, _NeedsMarks):
        return None
    finally:
        loader.dispose()


_NO_KEY = object()  # a mapping waiting for its next key


def _plain(loader: Any, items_of: str) -> tuple[Any, list[int]]:
    """Build plain data straight from the parser's events (no nodes, no marks)."""
    get_event, resolve = loader.get_event, loader.resolve
    scalars: dict[str, Any] = {}  # plain scalar text -> value; its tag depends on the text alone
    stack: list[Any] = []  # open collections, innermost last
    keys: list[Any] = []  # for each open collection: the mapping's pending key, or _NO_KEY
    root: Any = None
    items: Any = None  # the list data[items_of], once it starts
    lines: list[int] = []
    documents = 0
    opened: Any  # the collection this event starts, if any
    while True:
        event = get_event()
        kind = type(event)
        if kind is yaml.ScalarEvent:
            value: Any = _scalar_value(event, scalars, resolve)
            opened = None
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if (event.anchor is not None or (event.tag is not None and event.tag != "!")
                    or len(stack) >= MAX_DEPTH):
                raise _NeedsMarks
            value = opened = {} if kind is yaml.MappingStartEvent else []
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
            keys.pop()
            continue
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _NeedsMarks
            continue
        elif kind is yaml.StreamEndEvent:
            return root, lines
        elif kind is yaml.DocumentEndEvent or kind is yaml.StreamStartEvent:
            continue
        else:  # an alias
            raise _NeedsMarks
        if not stack:
            root = value
        else:
            parent = stack[-1]
            if parent is items:
                lines.append(event.start_mark.line + 1)
            key = _attach(parent, keys, value, opened)
            if len(stack) == 1 and type(opened) is list and key is not _NO_KEY and key == items_of:
                items = opened
        if opened is not None:
            stack.append(opened)
            keys.append(_NO_KEY)


def _scalar_value(event: Any, scalars: dict[str, Any], resolve: Any) -> Any:
    """Return a plain scalar's value, read once per text; raise _NeedsMarks for a tag or anchor."""
    if event.anchor is not None or (event.tag is not None and event.tag != "!"):
        raise _NeedsMarks
    value: Any = event.value
    if event.implicit[0]:
        text = value
        value = scalars.get(text, _NO_KEY)
        if value is _NO_KEY:
            value = scalars[text] = _plain_scalar(resolve(yaml.ScalarNode, text, (True, False)),
                                                  text)
    return value


def _attach(parent: Any, keys: list[Any], value: Any, opened: Any) -> Any:
    """Put a value into its parent collection; return the key it was stored under, else _NO_KEY."""
    if type(parent) is list:
        parent.append(value)
        return _NO_KEY
    key = keys[-1]
    if key is _NO_KEY:
        # A collection as a key, or a repeated key: the marked loader reports or rejects it.
        if opened is not None or value in parent:
            raise _NeedsMarks
        keys[-1] = value
        return _NO_KEY
    parent[key] = value
    keys[-1] = _NO_KEY
    return key


def _plain_scalar(tag: str, text: str) -> Any:
    if tag in (_STR, _TIMESTAMP):
        return text
    construct = _CONSTRUCT.get(tag)
    if construct is None:  # merge keys ("<<") and value keys ("=")
        raise _NeedsMarks
    try:
        return construct(_SCALARS, yaml.ScalarNode(tag, text))
    except (ValueError, OverflowError):  # huge integers: load_yaml says where
        raise _NeedsMarks from None


__all__ = ["MAX_BYTES", "Marks", "Path_", "YamlError", "load_plain", "load_yaml", "mark_for",
           "paused_gc", "read_text"]
