"""A pydantic validation error of figures.yaml as one line a curator reads."""

from __future__ import annotations

from typing import Any

__all__ = ["pydantic_message"]

# What a list or mapping field holds, for messages a curator reads (no "tuple" or "dict").
_LIST_OF = {
    "keywords": "a list of words or short phrases, such as [overdose, deaths]",
    "aliases": "a list of phrases, such as [\"died of drug overdoses\"]",
    "attribution": "a list of phrases, such as [army now, later]",
    "related": "a list of links, such as [{figure: other_id, relation: see-also}]",
    "sources": "a list of sources, each with document, publisher, quote and value",
    "figures": "a list of figures",
}
_MAPPING_OF = {
    "related": "a link such as {figure: other_id, relation: see-also}",
    "sources": "a source with document, publisher, quote and value",
}
_SCALAR = {
    "string": "text", "float": "a number", "int": "a whole number", "bool": "true or false",
}


def _got(value: Any) -> str:
    """Describe a YAML value as a curator wrote it."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value:g}" if isinstance(value, float) else f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "a value of another kind"


def _field_name(loc: tuple[Any, ...]) -> tuple[str, bool]:
    """Return the innermost named field of an error location, and whether it is a list item."""
    for i in range(len(loc) - 1, -1, -1):
        if isinstance(loc[i], str):
            return loc[i], i < len(loc) - 1
    return "value", False


def pydantic_message(err: Any) -> str:
    """Return one pydantic validation error as a line a curator reads (no "tuple" or "dict")."""
    kind = err["type"]
    loc = tuple(err["loc"])
    name, in_list = _field_name(loc)
    given = err.get("input")
    if kind == "missing":
        return f"missing field '{name}'"
    if kind == "extra_forbidden":
        return f"unknown key '{name}'"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return f"'{name}': {given!r} is not one of {expected}"
    if kind == "string_pattern_mismatch":
        return f"'{name}': {given!r} is not a snake_case id (lower-case letters, digits, _)"
    if kind == "too_short":
        return f"'{name}' must not be empty"
    if kind in ("tuple_type", "list_type") and name in _LIST_OF:
        if isinstance(given, str) and name in ("keywords", "aliases", "attribution"):
            items = "words or phrases" if name == "keywords" else "phrases"
            return f"{name} must be a list of {items}: write [{given}]"
        return f"{name} must be {_LIST_OF[name]} (got {_got(given)})"
    if kind in ("model_type", "model_attributes_type", "dict_type") and name in _MAPPING_OF:
        return f"each of '{name}' must be {_MAPPING_OF[name]} (got {_got(given)})"
    if kind == "value_error" and "error" in err.get("ctx", {}):
        return f"'{name}': {err['ctx']['error']}"  # the validator's own words say what is wrong
    scalar = next((v for k, v in _SCALAR.items() if kind.startswith(k)), None)
    if scalar is not None:
        what = f"each of '{name}'" if in_list else f"'{name}'"
        if name == "period" and isinstance(given, int) and not isinstance(given, bool):
            return f"'period' must be quoted, or YAML reads it as a number: period: \"{given}\""
        if (name in ("date", "number") and isinstance(given, int | float)
                and not isinstance(given, bool)):
            return (f"'{name}' must be quoted text, or YAML reads it as a number: "
                    f"{name}: \"{given}\"")
        return f"{what} must be {scalar} (got {_got(given)})"
    return f"'{name}': {err['msg'][0].lower()}{err['msg'][1:]} (got {_got(given)})"
