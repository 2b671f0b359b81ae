"""A source's document, quote and the numbers in it, as `registry check` reads them.

The document must exist and contain the quote (white space folded); the quote must hold the
printed number and the source's value, a negative value only where its words state a loss.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from factcheck.intervals import format_number
from factcheck.models import Figure, Source
from factcheck.registry.load import Problem, source_path
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


def close(a: float, b: float) -> bool:
    """Say whether two values are the same number within 1% (a quote's rounding)."""
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
        if src.value is not None and q.value is not None and close(q.value, src.value):
            return q.start, q.end
        if src.value is None and q.malformed:
            return q.start, q.end
    return None


def source_problems(fig: Figure, src: Source, where: tuple[str | int, ...], marks: Marks,
                    path: str, base: Path) -> list[Problem]:
    """Return the problems of one source: its document, its quote, the numbers in the quote."""
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

    def states(target: float) -> bool:
        return any((value is not None and close(value, target))
                   or any(close(r, target) for r in readings)
                   for value, readings, _ in found)

    if states(src.value):
        if src.value < 0:
            surface = next((t for v, _, t in found if v is not None and close(v, src.value)), "")
            add("value", f"negative value {format_number(src.value)} read from the minus sign "
                         f"in '{surface}'", "note")
        return out
    if src.value < 0 and states(-src.value):
        surface = next((t for v, r, t in found if (v is not None and close(v, -src.value))
                        or any(close(x, -src.value) for x in r)), "")
        words = loss_words(src.quote, surface)
        if words:
            add("value", f"negative value {format_number(src.value)} read as a loss: "
                         f"'{words}' with '{surface}' in the quote", "note")
        else:
            add("value", f"value {format_number(src.value)} is negative, but the quote states "
                         f"{surface} without a loss "
                         "('lost', 'fell by', 'declined', 'down', a minus sign or '(-23,000)'); "
                         f"write {format_number(-src.value)}, or quote the words that say it fell")
        return out
    shown = ", ".join(surface for _, _, surface in found) or "none"
    add("value", f"quote does not contain the stated value {format_number(src.value)} (numbers in "
                 f"it: {shown})")
    return out


# Words that state a number as a loss or decline, so a registry records it as a negative value.
_LOSS = re.compile(
    r"\b(?:lost|los(?:e|es|ing)|loss(?:es)?|fell(?:\s+by)?|fall(?:s|ing|en)?(?:\s+by)?|declin(?:e|ed|es|ing)(?:\s+by)?"
    r"|down(?:\s+by)?|dropp?(?:ed|s|ing)?(?:\s+by)?|decreas(?:e|ed|es|ing)(?:\s+by)?|shr(?:a|u)nk|shrink(?:s|ing)?"
    r"|cut(?:s|ting)?(?:\s+by)?|slump(?:ed|s)?|plung(?:e|ed|es)|tumbl(?:e|ed|es)|sank|sunk|shed(?:s|ding)?"
    r"|eliminat(?:e|ed|es|ing)|fewer|lower|less|minus|negative|reduc(?:e|ed|es|ing|tion)(?:\s+(?:by|of))?)\b",
    re.IGNORECASE,
)


def loss_words(quote: str, surface: str) -> str:
    """Return the words of the quote that state `surface` as a loss, or ''.

    They are read in the clause of the number: before it ("lost 50,000", "fell by 3
    percent"), else just after it ("50,000 fewer", "3 percent lower").
    """
    at = quote.find(surface)
    if at < 0:
        return ""
    clause_start = max(quote.rfind(sep, 0, at) for sep in (".", ";", ":")) + 1
    before = list(_LOSS.finditer(quote, clause_start, at))
    if before:
        return before[-1].group(0)
    after = _LOSS.search(quote[at + len(surface):at + len(surface) + 30])
    return after.group(0) if after else ""


def _short(text: str, limit: int = 60) -> str:
    text = normalise_space(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


