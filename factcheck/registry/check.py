"""Check a registry in depth: schema, units, documents, quotes and the numbers in them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from factcheck.intervals import format_number
from factcheck.models import Figure, Source
from factcheck.registry.load import (
    DEFAULT_TOLERANCE,
    Problem,
    _load,
    figure_kind,
    source_disagreements,
    source_path,
)
from factcheck.registry.yamlmarks import MAX_BYTES, Marks, mark_for
from factcheck.safeio import read_capped

_WS = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    """Fold every run of white space into one space."""
    return _WS.sub(" ", text).strip()


@cache
def _document_text(path: str) -> str | None:
    try:
        return normalise_space(read_capped(path, MAX_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def quote_numbers(quote: str) -> list[tuple[float | None, tuple[float, ...], str]]:
    """Return (value, readings, surface) of every number in a quote.

    A vague amount ("tens of thousands") offers its bounds as readings, so a registry value
    recorded as its lower bound is found in the quote.
    """
    from factcheck.extract.quantities import extract_quantities

    out = []
    for q in extract_quantities(quote):
        readings = q.readings or tuple(b for b in (q.low, q.high) if b is not None)
        if q.kind == "fraction" and q.value is not None:
            readings = (q.value * 100,)  # registries record shares in percent
        out.append((q.value, readings, q.text))
    return out


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(abs(a), abs(b)) * 0.01 + 1e-9


def find_stated_number(src: Source) -> tuple[int, int] | None:
    """Return the span of the source's number inside its quote, or None."""
    quote = src.quote
    if src.number:
        idx = quote.find(src.number)
        if idx >= 0:
            return idx, idx + len(src.number)
    from factcheck.extract.quantities import extract_quantities

    for q in extract_quantities(quote):
        if src.value is not None and q.value is not None and _close(q.value, src.value):
            return q.start, q.end
        if src.value is None and q.malformed:
            return q.start, q.end
    return None


def _check_source(fig: Figure, src: Source, where: tuple[str | int, ...], marks: Marks, path: str, base: Path) -> list[Problem]:
    out: list[Problem] = []

    def add(key: str, message: str, severity: str = "error") -> None:
        line, col = mark_for(marks, (*where, key))
        out.append(Problem(path, line, col, severity, f"figure {fig.id}: {message}"))

    doc = src.document
    try:
        doc_path = source_path(base, doc)
    except ValueError:
        doc_path = None  # outside the registry's tree: reported by the loader, never read
    if doc_path is not None:
        if not doc_path.is_file():
            add("document", f"source document '{doc}' does not exist")
        else:
            text = _document_text(str(doc_path))
            if text is None:
                add("document", f"source document '{doc}' is not UTF-8 text")
            elif normalise_space(src.quote) not in text:
                add("quote", f"quote does not appear in '{doc}': \"{_short(src.quote)}\"")
    if src.number is not None and src.number not in src.quote:
        add("number", f"number '{src.number}' does not appear in its quote")
        return out
    found = quote_numbers(src.quote)
    if src.value is None:
        if not any(readings for _, readings, _ in found) and src.number is None:
            add("value", "value is null but the quote has no malformed number; give 'number'")
        return out
    if not any(
        (value is not None and _close(value, src.value)) or any(_close(r, src.value) for r in readings)
        for value, readings, _ in found
    ):
        shown = ", ".join(surface for _, _, surface in found) or "none"
        add("value", f"quote does not contain the stated value {format_number(src.value)} (numbers in it: {shown})")
    return out


def unit_is_known(unit: str) -> bool:
    """Say whether pint can parse a unit name."""
    from factcheck.units import dimension_of

    try:
        dimension_of(unit)
    except Exception:  # pint raises several error types for unknown names
        return False
    return True


def _short(text: str, limit: int = 60) -> str:
    text = normalise_space(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_registry(path: str) -> list[Problem]:
    """Return every problem in the registry at `path`, errors and warnings, in file order.

    A file that cannot be read as a registry at all (not YAML, binary, no 'figures' list)
    raises RegistryError: that is bad input (exit 2), not a list of problems.
    """
    figures, problems, positions, marks = _load(path)
    base = Path(path).resolve().parent
    ids = {f.id for f in figures}
    by_id = {f.id: f for f in figures}
    for fig in figures:
        where: tuple[str | int, ...] = ("figures", positions[fig.id])
        problems.extend(_check_figure(fig, where, marks, path, base, ids))
        problems.extend(_check_keywords(fig, by_id, where, marks, path))
    problems.sort(key=lambda p: (p.line, p.column))
    return problems


def _check_keywords(fig: Figure, by_id: dict[str, Figure], where: tuple[str | int, ...], marks: Marks,
                    path: str) -> list[Problem]:
    """Warn when a figure has no keywords, or none that a related figure of similar value lacks.

    (Values far apart, like the two ends of an age bracket, tell figures apart by themselves.)
    """
    from factcheck.text import stems

    line, col = mark_for(marks, (*where, "keywords"))
    mine = {s for k in fig.keywords for s in stems(k)}
    if not mine:
        return [Problem(path, line, col, "warning",
                        f"figure {fig.id}: no keywords; drafts can only match it by its title and unit")]
    out = []
    for rel in fig.related:
        other = by_id.get(rel.figure)
        similar = other is not None and other.value and 0.5 <= fig.value / other.value <= 2.0
        if other is not None and similar and other.unit == fig.unit and mine <= {s for k in other.keywords for s in stems(k)}:
            out.append(Problem(path, line, col, "warning",
                               f"figure {fig.id}: every keyword is also one of {other.id}'s; "
                               "add a word of its own so drafts can tell them apart"))
    return out


def _check_figure(fig: Figure, where: tuple[str | int, ...], marks: Marks, path: str, base: Path, ids: set[str]) -> list[Problem]:
    out: list[Problem] = []
    if figure_kind(fig) == "measure" and not unit_is_known(fig.unit):
        line, col = mark_for(marks, (*where, "unit"))
        out.append(Problem(path, line, col, "error", f"figure {fig.id}: unit '{fig.unit}' is not a unit pint knows"))
    for ri, rel in enumerate(fig.related):
        if rel.figure not in ids:
            line, col = mark_for(marks, (*where, "related", ri, "figure"))
            out.append(Problem(path, line, col, "error", f"figure {fig.id}: related figure '{rel.figure}' does not exist"))
    stated = [s.value for s in fig.sources if s.value is not None]
    if stated and not any(_close(v, fig.value) for v in stated):
        line, col = mark_for(marks, (*where, "value"))
        says = ", ".join(format_number(v) for v in stated)
        out.append(Problem(path, line, col, "error",
                           f"figure {fig.id}: value {format_number(fig.value)} is stated by none of its sources ({says})"))
    for si, src in enumerate(fig.sources):
        out.extend(_check_source(fig, src, (*where, "sources", si), marks, path, base))
    tol = fig.tolerance if fig.tolerance is not None else DEFAULT_TOLERANCE
    for note in source_disagreements(fig):
        line, col = mark_for(marks, (*where, "sources"))
        out.append(Problem(path, line, col, "warning", f"figure {fig.id}: sources disagree beyond tolerance {tol:g}: {note}"))
    return out
