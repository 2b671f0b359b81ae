"""Check a registry in depth: schema, units, documents, quotes and the numbers in them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from factcheck.intervals import format_number
from factcheck.models import PERCENTAGE_POINT, Figure, Source
from factcheck.periods import grammar, parse_figure_period
from factcheck.registry.derived import derived_problems
from factcheck.registry.figures import PLACEHOLDER, is_placeholder
from factcheck.registry.load import (
    CURRENCIES,
    DEFAULT_TOLERANCE,
    Problem,
    _load,
    figure_kind,
    source_path,
)
from factcheck.registry.revisions import disagreement_notes, revision_problems
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

    def states(target: float) -> bool:
        return any((value is not None and _close(value, target)) or any(_close(r, target) for r in readings)
                   for value, readings, _ in found)

    if states(src.value):
        if src.value < 0:
            surface = next((t for v, _, t in found if v is not None and _close(v, src.value)), "")
            add("value", f"negative value {format_number(src.value)} read from the minus sign in '{surface}'", "note")
        return out
    if src.value < 0 and states(-src.value):
        surface = next((t for v, r, t in found if (v is not None and _close(v, -src.value)) or any(_close(x, -src.value) for x in r)), "")
        words = loss_words(src.quote, surface)
        if words:
            add("value", f"negative value {format_number(src.value)} read as a loss: "
                         f"'{words}' with '{surface}' in the quote", "note")
        else:
            add("value", f"value {format_number(src.value)} is negative, but the quote states {surface} without a loss "
                         "('lost', 'fell by', 'declined', 'down', a minus sign or '(-23,000)'); "
                         f"write {format_number(-src.value)}, or quote the words that say it fell")
        return out
    shown = ", ".join(surface for _, _, surface in found) or "none"
    add("value", f"quote does not contain the stated value {format_number(src.value)} (numbers in it: {shown})")
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
    """Return every problem in the registry at `path`, errors, warnings and notes, in file order.

    A file that cannot be read as a registry at all (not YAML, binary, no 'figures' list)
    raises RegistryError: that is bad input (exit 2), not a list of problems. A figure that
    fails the schema is reported once: links to it are not reported as links to nothing.
    """
    figures, problems, positions, marks, broken = _load(path)
    base = Path(path).resolve().parent
    ids = {f.id for f in figures} | broken
    wheres: dict[str, tuple[str | int, ...]] = {f.id: ("figures", positions[f.id]) for f in figures}
    for fig in figures:
        problems.extend(_check_figure(fig, wheres[fig.id], marks, path, base, ids))
    problems.extend(_check_keywords(figures, wheres, marks, path))
    problems.extend(derived_problems(figures, wheres, marks, path, broken))
    problems.sort(key=lambda p: (p.line, p.column))
    return problems


def _keyword_stems(fig: Figure) -> frozenset[str]:
    from factcheck.text import stems

    return frozenset(s for k in fig.keywords for s in stems(k))


def _similar(a: Figure, b: Figure) -> bool:
    """Say whether two figures' values are close enough that their value cannot tell them apart."""
    if a.value == b.value:
        return True
    if not a.value or not b.value or (a.value < 0) != (b.value < 0):
        return False
    return 0.5 <= a.value / b.value <= 2.0


def _check_keywords(figures: list[Figure], wheres: dict[str, tuple[str | int, ...]], marks: Marks,
                    path: str) -> list[Problem]:
    """Warn when a figure has no keywords, or none that another figure like it lacks.

    Two figures are alike when a draft could not tell them apart by anything but words: the
    same unit, kind, period and place, and values within a factor of two (the two ends of
    an age bracket tell themselves apart by value). Each pair is reported once: on the
    figure whose keywords are all the other's, or on the later one when both have the same.
    """
    out: list[Problem] = []
    groups: dict[tuple[object, ...], list[Figure]] = {}
    mine: dict[str, frozenset[str]] = {}
    for fig in figures:
        mine[fig.id] = _keyword_stems(fig)
        if not mine[fig.id]:
            line, col = mark_for(marks, (*wheres[fig.id], "keywords"))
            out.append(Problem(path, line, col, "warning",
                               f"figure {fig.id}: no keywords; drafts can only match it by its title and unit"))
            continue
        key = (fig.unit, figure_kind(fig), fig.per, fig.period, (fig.place or "").lower())
        groups.setdefault(key, []).append(fig)
    order = {fig.id: i for i, fig in enumerate(figures)}
    for group in groups.values():
        if len(group) < 2:
            continue
        postings: dict[str, set[str]] = {}
        for fig in group:
            for stem in mine[fig.id]:
                postings.setdefault(stem, set()).add(fig.id)
        by_id = {fig.id: fig for fig in group}
        for fig in group:
            stems_ = sorted(mine[fig.id], key=lambda st: len(postings[st]))
            covering = set(postings[stems_[0]])
            for stem in stems_[1:]:
                covering &= postings[stem]
                if len(covering) < 2:
                    break
            covering.discard(fig.id)
            for other_id in sorted(covering, key=order.__getitem__):
                other = by_id[other_id]
                if mine[other_id] == mine[fig.id] and order[other_id] > order[fig.id]:
                    continue  # the same keywords: reported once, on the later figure
                if not _similar(fig, other):
                    continue
                line, col = mark_for(marks, (*wheres[fig.id], "keywords"))
                out.append(Problem(path, line, col, "warning",
                                   f"figure {fig.id}: every keyword is also one of {other.id}'s; "
                                   "add a word of its own so drafts can tell them apart"))
                break  # one warning per figure: the first figure it cannot be told from
    return out


# What each kind's unit must be, and how to say so.
_KIND_UNITS = {
    "percent": "unit: percent",
    "change": "unit: percent (a relative rise or fall)",
    "percentage-points": "unit: percentage_points",
    "money": "an ISO currency code such as USD",
    "measure": "a unit pint knows, such as pound, metric_ton or kilometer",
    "count": "a counted noun in the plural, such as deaths or people",
    "rate": "a counted noun with 'per', such as homicides per 100000 people",
}
_ISO_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def _unit_problem(fig: Figure) -> str | None:
    """Return why the figure's unit does not fit its kind, or None."""
    kind, unit = figure_kind(fig), fig.unit
    special = unit == "percent" or unit == PERCENTAGE_POINT or unit in CURRENCIES or bool(re.fullmatch(r"[A-Z]{3}", unit))
    fits = {
        "percent": unit == "percent",
        "change": unit == "percent",
        "percentage-points": unit == PERCENTAGE_POINT,
        "money": bool(re.fullmatch(r"[A-Z]{3}", unit)),
        "measure": True,  # checked against pint below
        "count": not special and not _is_measure_unit(unit),
        "rate": unit not in ("percent", PERCENTAGE_POINT),
    }[kind]
    if fits:
        return None
    shown = "percentage_points" if unit == PERCENTAGE_POINT else unit
    if kind == "count" and _is_measure_unit(unit):
        return f"unit '{shown}' does not fit kind 'count': '{shown}' is a measure, so write kind: measure"
    return f"unit '{shown}' does not fit kind '{kind}': use {_KIND_UNITS[kind]}"


def _is_measure_unit(unit: str) -> bool:
    from factcheck.registry.load import is_unit_name

    return is_unit_name(unit) and not _is_time_unit(unit)


def _is_time_unit(unit: str) -> bool:
    from factcheck.units import MEASURE_WORDS, UNIT_TABLE

    names = {name for kind, name in UNIT_TABLE.values() if kind == "time"}
    return unit in names or MEASURE_WORDS.get(unit) in names or unit.endswith("of age")


def period_suggestion(text: str) -> str | None:
    """Return a period in the registry grammar for a common other spelling, or None.

    "August 2026" -> "2026-08", "Aug. 3, 2026" -> "2026-08-03", "Q1 2026" -> "2026-Q1",
    "fiscal year 2023" -> "FY2023", "March-May 2023" -> "2023-03/2023-05".
    """
    from factcheck.periods import MONTHS

    t = " ".join(text.replace(",", " ").split())
    month = r"([A-Za-z]+)\.?"
    m = re.fullmatch(month + r" (\d{4})", t)
    if m and m.group(1).lower() in MONTHS:
        return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"
    m = re.fullmatch(month + r" (\d{1,2})(?:st|nd|rd|th)? (\d{4})", t) or None
    if m and m.group(1).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = re.fullmatch(r"(\d{1,2}) " + month + r" (\d{4})", t)
    if m and m.group(2).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(month + r" ?(?:-|–|to|through) ?" + month + r" (\d{4})", t)
    if m and m.group(1).lower() in MONTHS and m.group(2).lower() in MONTHS:
        y = m.group(3)
        return f"{y}-{MONTHS[m.group(1).lower()]:02d}/{y}-{MONTHS[m.group(2).lower()]:02d}"
    m = re.fullmatch(r"(?:Q([1-4]) (\d{4})|(\d{4}) Q([1-4]))", t, re.I)
    if m:
        return f"{m.group(2) or m.group(3)}-Q{m.group(1) or m.group(4)}"
    m = re.fullmatch(r"(?:fiscal(?: year)?|FY) ?(\d{4})", t, re.I)
    if m:
        return f"FY{m.group(1)}"
    return None


def _period_problem(period: str) -> str | None:
    if parse_figure_period(period) is not None:
        return None
    suggestion = period_suggestion(period)
    hint = f'; write "{suggestion}"' if suggestion else ""
    return f'period "{period}" is not in the period grammar{hint} (accepted forms: {grammar()})'


def _check_figure(fig: Figure, where: tuple[str | int, ...], marks: Marks, path: str, base: Path, ids: set[str]) -> list[Problem]:
    out: list[Problem] = []

    def add(key: str, message: str, severity: str = "error") -> None:
        line, col = mark_for(marks, (*where, key))
        out.append(Problem(path, line, col, severity, f"figure {fig.id}: {message}"))

    kind = figure_kind(fig)
    if kind == "rate" and not fig.per:
        add("kind" if fig.kind else "unit", "kind 'rate' needs 'per', the denominator: per: day, per: month or per: 100000 people")
    elif kind == "measure" and not unit_is_known(fig.unit):
        add("unit", f"unit '{fig.unit}' is not a unit pint knows")
    elif fig.kind and (problem := _unit_problem(fig)):
        add("unit", problem)
    if fig.period is not None and (problem := _period_problem(fig.period)):
        add("period", problem)
    if is_placeholder(fig.title):
        add("title", f"title is still the placeholder '{PLACEHOLDER}': write what is counted, where and when")
    for si, src in enumerate(fig.sources):
        if is_placeholder(src.publisher):
            line, col = mark_for(marks, (*where, "sources", si, "publisher"))
            out.append(Problem(path, line, col, "error", f"figure {fig.id}: publisher is still the placeholder "
                               f"'{PLACEHOLDER}': write who published {src.document}"))
    for ri, rel in enumerate(fig.related):
        if rel.figure not in ids:
            line, col = mark_for(marks, (*where, "related", ri, "figure"))
            out.append(Problem(path, line, col, "error", f"figure {fig.id}: related figure '{rel.figure}' does not exist"))
    stated = [s.value for s in fig.sources if s.value is not None]
    if stated and not any(_close(v, fig.value) for v in stated):
        says = ", ".join(format_number(v) for v in stated)
        add("value", f"value {format_number(fig.value)} is stated by none of its sources ({says})")
    for si, src in enumerate(fig.sources):
        if src.date is not None and not _ISO_DATE.match(src.date):
            line, col = mark_for(marks, (*where, "sources", si, "date"))
            suggestion = period_suggestion(src.date)
            hint = f'; write "{suggestion}"' if suggestion and _ISO_DATE.match(suggestion) else ""
            out.append(Problem(path, line, col, "error", f"figure {fig.id}: date \"{src.date}\" is not an ISO date "
                               f"(\"2023-08-27\", \"2023-10\" or \"2023\"){hint}"))
        out.extend(_check_source(fig, src, (*where, "sources", si), marks, path, base))
    out.extend(revision_problems(fig, where, marks, path))
    tol = fig.tolerance if fig.tolerance is not None else DEFAULT_TOLERANCE
    for note in disagreement_notes(fig):
        add("sources", f"sources disagree beyond tolerance {tol:g}: {note}", "warning")
    return out
