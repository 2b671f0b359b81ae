"""Merge new entries into figures.yaml as text, keeping every byte of the file as it was.

New figures go after the last figure, new sources after the last source of their figure,
each written in the file's own indentation and line endings; nothing else in the file is
touched, so its comments, order, quoting and blank lines stay. The merged text is parsed
again and must equal the old data plus the entries, or nothing is written; the file is
then replaced through a temporary file in its directory, so an error never leaves it half
written.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Any

import yaml

from factcheck.errors import InputError

# libyaml's parser where installed: a merge reads the whole file three times.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_WORD = re.compile(r"^[a-z][a-z0-9'’ -]*[a-z0-9]$")
_YAML_WORDS = frozenset("y yes n no true false on off null".split())
_LINE_BREAKS = {"\u0085": "\\N", "\u2028": "\\L", "\u2029": "\\P"}
# Fields written plain when they are plain words; the rest (quotes, numbers, periods) quoted.
PLAIN_KEYS = frozenset({"id", "unit", "kind", "qualifier", "per", "document", "place"})
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_./-]*(?: [A-Za-z0-9_./-]+)*$")


def scalar(value: Any) -> str:
    """Return a value as a YAML scalar: numbers plain, integers without '.0', strings quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    text = json.dumps(str(value), ensure_ascii=False)  # a JSON string is a YAML double-quoted one
    for ch, escape in _LINE_BREAKS.items():
        text = text.replace(ch, escape)
    return text


def _flow_item(word: str) -> str:
    return word if _PLAIN_WORD.match(word) and word not in _YAML_WORDS else scalar(word)


def render_mapping(entry: dict[str, Any], indent: int, first: str) -> list[str]:
    """Return the lines of a mapping as a block list item: `first` opens it ("  - "),
    continuation lines are indented to `indent`; lists of words are written in flow style,
    a `sources` list as a block list two columns in."""
    lines: list[str] = []
    for key, value in entry.items():
        lead = first if not lines else " " * indent
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{lead}{key}:")
            for item in value:
                lines += render_mapping(item, indent + 4, " " * (indent + 2) + "- ")
        elif isinstance(value, list | tuple):
            lines.append(f"{lead}{key}: [{', '.join(_flow_item(w) for w in value)}]")
        elif (key in PLAIN_KEYS and isinstance(value, str) and _PLAIN.match(value)
                and value.lower() not in _YAML_WORDS):
            lines.append(f"{lead}{key}: {value}")
        else:
            lines.append(f"{lead}{key}: {scalar(value)}")
    return lines


@dataclass(frozen=True, slots=True)
class _Seq:
    """Where a block list ends in the text, and how its items are indented."""

    insert_at: int
    first: str  # the prefix of an item's first line ("  - ")
    indent: int  # the column of an item's keys


def _last_leaf_end(node: yaml.Node) -> int:
    while (isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.flow_style is not True
            and node.value):
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    return node.end_mark.index


def _after_line(text: str, pos: int) -> int:
    """Return the start of the line after `pos` (a block scalar may already end one)."""
    if pos > 0 and text[pos - 1] == "\n":
        return pos
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


def _block_seq(text: str, node: yaml.Node, what: str, path: str) -> _Seq:
    if not isinstance(node, yaml.SequenceNode) or node.flow_style or not node.value:
        line = node.start_mark.line + 1
        raise InputError(f"{path}:{line}:{node.start_mark.column + 1}: {what} is not a block list "
                         "('- ' items, one a line); write it as one to add to it")
    item = node.value[0].start_mark
    line_start = text.rfind("\n", 0, item.index) + 1
    first = text[line_start:item.index]
    if first.strip() != "-":
        raise InputError(f"{path}:{item.line + 1}:{item.column + 1}: {what}: expected '- ' "
                         f"before the item")
    return _Seq(_after_line(text, _last_leaf_end(node.value[-1])), first, item.column)


def _key_of(mapping: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(mapping, yaml.MappingNode):
        for k, _ in mapping.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k
    return None


def _value_of(mapping: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(mapping, yaml.MappingNode):
        for k, v in mapping.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v
    return None


def merge_text(text: str, path: str, figures: list[dict[str, Any]],
               sources: list[tuple[int, dict[str, Any]]]) -> str:
    """Return the registry text with new figures appended and new sources added to the
    figures at the given indices; raise InputError if the file's layout does not allow it."""
    nl = "\r\n" if "\r\n" in text else "\n"
    body = text.replace("\r\n", "\n")
    # (offset, figures after sources there, order, text)
    inserts: list[tuple[int, int, int, str]] = []
    try:
        root = yaml.compose(body, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not YAML: {exc}") from None
    fig_seq = _value_of(root, "figures") if root is not None else None
    for i, (index, src) in enumerate(sources):
        fig_node = fig_seq.value[index]  # type: ignore[union-attr]
        seq = _block_seq(body, _value_of(fig_node, "sources"), "sources", path)  # type: ignore[arg-type]
        inserts.append((seq.insert_at, 0, i, _lines(render_mapping(src, seq.indent, seq.first))))
    if figures:
        at, block = _figures_insert(body, root, fig_seq, figures, path)
        inserts.append((at, 1, 0, block))
    # From the end, and at one offset the last first: each insertion lands before the ones made.
    for at, _, _, block in sorted(inserts, reverse=True):
        prefix = "" if at == 0 or body[at - 1] == "\n" else "\n"
        body = body[:at] + prefix + block + body[at:]
    merged = body.replace("\n", nl)
    _verify(text, merged, path, figures, sources)
    return merged


def _lines(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _figures_insert(body: str, root: yaml.Node | None, fig_seq: yaml.Node | None,
                    figures: list[dict[str, Any]], path: str) -> tuple[int, str]:
    if isinstance(fig_seq, yaml.SequenceNode) and fig_seq.value and not fig_seq.flow_style:
        seq = _block_seq(body, fig_seq, "figures", path)
        first, indent, at = seq.first, seq.indent, seq.insert_at
    else:
        first, indent = "  - ", 4
        if (fig_seq is None
                or (isinstance(fig_seq, yaml.ScalarNode) and fig_seq.value in ("", "~", "null"))):
            key = _key_of(root, "figures")
            if key is not None and fig_seq is not None and fig_seq.value:
                raise InputError(f"{path}:{key.start_mark.line + 1}:1: write 'figures:' with no "
                                 f"value to add to it")
            at = _after_line(body, key.end_mark.index) if key is not None else len(body)
            header = "" if key is not None else "figures:\n"
            return at, header + _lines([line for f in figures
                                        for line in render_mapping(f, indent, first)])
        if not (isinstance(fig_seq, yaml.SequenceNode) and fig_seq.flow_style):
            raise InputError(f"{path}:{fig_seq.start_mark.line + 1}:"
                             f"{fig_seq.start_mark.column + 1}: 'figures' must be a list")
        raise InputError(f"{path}:{fig_seq.start_mark.line + 1}:{fig_seq.start_mark.column + 1}: "
                         "figures is written as a flow list '[...]'; write 'figures:' with no "
                         "value to add to it")
    return at, _lines([line for f in figures for line in render_mapping(f, indent, first)])


def _verify(old: str, merged: str, path: str, figures: list[dict[str, Any]],
            sources: list[tuple[int, dict[str, Any]]]) -> None:
    """Refuse a merge whose text does not read back as the old data plus the new entries."""
    before = yaml.load(old, Loader=_LOADER) or {}
    expected = dict(before)
    figs = [dict(f) for f in (before.get("figures") or [])]
    for index, src in sources:
        figs[index] = {**figs[index], "sources": [*figs[index]["sources"], src]}
    expected["figures"] = [*figs, *figures]
    try:
        after = yaml.load(merged, Loader=_LOADER)
    except yaml.YAMLError:
        after = None
    if after != expected:
        raise InputError(f"{path}: cannot add the entries without changing the file's "
                         "other content (an unusual layout); nothing was written")


def replace_file(path: str, text: str) -> None:
    """Write text over a file through a temporary file in its directory, keeping its mode."""
    from factcheck.safeio import replaced_atomically

    target = os.path.realpath(path)  # a symlinked registry: its target is replaced, the link kept
    with replaced_atomically(target, f"{path}: cannot write the registry") as fh:
        fh.write(text.encode("utf-8"))
