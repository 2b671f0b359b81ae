"""A registry's own `synonyms:` map: checked, and read as word groups."""

from __future__ import annotations

from typing import Any


def synonym_problems(value: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """Return what is wrong with a registry's `synonyms:` map, with where, or nothing."""
    if value is None:
        return []
    if not isinstance(value, dict):
        return [((), "'synonyms' must map a word to the list of words that mean the same")]
    out: list[tuple[tuple[str | int, ...], str]] = []
    for word, others in value.items():
        if (not isinstance(others, list)
                or not all(isinstance(w, str) and w.strip() for w in others)):
            out.append(((str(word),), f"synonyms of '{word}' must be a list of words, such as "
                                      f"[homicides, murders]"))
    return out


def synonym_groups(value: Any) -> tuple[tuple[str, ...], ...]:
    """Return a valid `synonyms:` map as word groups, the key first."""
    if not isinstance(value, dict) or synonym_problems(value):
        return ()
    return tuple((str(word), *others) for word, others in value.items())
