"""`factcheck registry add`: a source document's statistics merged into the registry.

Each statistic of each document (read by `harvest.read_statistics`) is one of: already
registered (a source of some figure quotes the same sentence of the same document with the
same number), a new source of a figure the registry has (same unit, kind, period and place,
the same direction, and the words that name what is counted among the figure's; a value
beyond the tolerance is reported as a disagreement), or a new figure. What the tool cannot
know is left as a placeholder (`figures.PLACEHOLDER`) that `registry check` reports.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from factcheck.errors import InputError
from factcheck.intervals import agrees, format_number
from factcheck.models import Figure, Source, canonical_unit
from factcheck.registry.figures import DEFAULT_TOLERANCE, PLACEHOLDER, figure_kind, source_interval
from factcheck.registry.harvest import LeftOut, Stated, read_statistics
from factcheck.registry.ids import figure_id, slug
from factcheck.registry.validation import source_record
from factcheck.registry.write import merge_text, replace_file
from factcheck.text import stems

Action = Literal["figure", "source", "disagreement", "registered", "skipped", "left"]
_ISO_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
NEW_REGISTRY = "version: 1\nfigures:\n"
_AROUND = 25  # characters each side of a number that identify its statement in a quote


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What is known of one source document: its path from the registry, publisher, date, place."""

    path: str  # as given, for messages
    document: str  # relative to the registry, with forward slashes
    publisher: str | None
    date: str | None
    place: str | None


@dataclass(slots=True)
class Known:
    """A figure the registry has, or one this run adds, as matching needs it."""

    id: str
    unit: str
    kind: str
    period: str | None
    place: str | None
    value: float
    words: frozenset[str]
    sources: list[Source]
    index: int | None  # position in the file's figures; None for a figure this run adds
    entry: dict[str, Any] | None = None  # the new figure's entry


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one statistic of a source document."""

    where: str  # path:line:col
    action: Action
    figure: str
    entry: dict[str, Any] | None  # the figure or source written, None when nothing is
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(slots=True)
class Plan:
    """The entries `registry add` writes into one registry file."""

    path: str
    text: str  # the registry file's text as read
    outcomes: list[Outcome] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    sources: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def count(self, *actions: Action) -> int:
        """Return how many statistics ended with one of these actions."""
        return sum(o.action in actions for o in self.outcomes)


# Asked before an entry is written: "accept", "skip", or a title for a new figure.
Chooser = Callable[[Outcome], str]


def known_figures(figures: tuple[Figure, ...]) -> list[Known]:
    """Return the registry's figures as matching reads them."""
    return [
        Known(f.id, f.unit, figure_kind(f), f.period, f.place, f.value,
              _words(f.id, f.title, *f.keywords), list(f.sources), i)
        for i, f in enumerate(figures)
    ]


def _words(*texts: str) -> frozenset[str]:
    return frozenset(s for t in texts for s in stems(t.replace("_", " ")))


def document_facts(source: str, registry_path: str, publisher: str | None, when: str | None,
                   place: str | None) -> DocumentFacts:
    """Return a source document's path as the registry writes it, or raise InputError."""
    from factcheck.registry.sources import source_path

    if when is not None and not _ISO_DATE.match(when):
        raise InputError(f"--date \"{when}\" is not an ISO date (\"2026-09-04\", \"2026-09\" "
                         f"or \"2026\")")
    if not os.path.isfile(source):
        raise InputError(f"{source}: "
                         f"{'not a regular file' if os.path.exists(source) else 'no such file'}")
    base = Path(registry_path).resolve().parent
    relative = Path(os.path.relpath(Path(source).resolve(), base)).as_posix()
    try:
        source_path(base, relative)
    except ValueError as exc:
        raise InputError(f"{source}: {exc}") from None
    return DocumentFacts(source, relative, publisher, when, place)


def plan_additions(path: str, text: str, figures: tuple[Figure, ...], docs: list[DocumentFacts],
                   choose: Chooser | None = None) -> Plan:
    """Return what adding the documents' statistics to a registry writes."""
    from factcheck.documents.dates import draft_date
    from factcheck.documents.load import load_document
    from factcheck.periods import parse_date

    plan = Plan(path, text)
    known = known_figures(figures)
    taken = {k.id for k in known}
    for facts in docs:
        doc = load_document(facts.path)
        found = draft_date(doc.text, doc.format)
        today = parse_date(facts.date) if facts.date else found[0] if found else None
        when = facts.date or (found[0].isoformat() if found else None)
        for stated in read_statistics(doc, today, facts.place):
            where = f"{facts.path}:{stated.line}:{stated.column}"
            if isinstance(stated, LeftOut):
                plan.outcomes.append(Outcome(where, "left", "", None, f"left out '{stated.number}' "
                                             f"({stated.reason}); record it by hand"))
                continue
            outcome = _place(stated, facts, when, where, known, taken)
            _commit(plan, outcome, choose, known, taken)
    return plan


def _place(s: Stated, facts: DocumentFacts, when: str | None, where: str, known: list[Known],
           taken: set[str]) -> Outcome:
    """Decide what one statistic is: registered, a source of a known figure, or a new figure."""
    for k in known:
        if any(posixpath.normpath(src.document) == facts.document and _same_statement(s, src)
               for src in k.sources):
            return Outcome(where, "registered", k.id, None, f"already registered as {k.id}")
    source = _source_entry(s, facts, when)
    match = _same_quantity(s, facts.place, known)
    if match is not None:
        if not _conflicts(source_record(source), match):
            return Outcome(where, "source", match.id, source,
                           f"new source of {match.id}: {_shown(s)}")
        return Outcome(where, "disagreement", match.id, source,
                       f"new source of {match.id}: it states {_shown(s)}, the figure's value is "
                       f"{format_number(match.value)}; the sources disagree")
    extra = [*s.keywords, slug(s.number)]
    fid = figure_id(s.what, facts.place, s.period, extra, taken)
    entry = _figure_entry(fid, s, facts, source)
    return Outcome(where, "figure", fid, entry,
                   f"new figure {fid}: {_shown(s)}" + (f", {s.period}" if s.period else ""))


def _commit(plan: Plan, outcome: Outcome, choose: Chooser | None, known: list[Known],
            taken: set[str]) -> None:
    """Record an outcome in the plan (after asking, with --select) and in what later ones match."""
    if outcome.entry is not None and choose is not None:
        answer = choose(outcome)
        if answer == "skip":
            plan.outcomes.append(Outcome(outcome.where, "skipped", outcome.figure, None,
                                         f"skipped {outcome.figure}"))
            return
        if answer != "accept" and outcome.action == "figure":
            outcome.entry["title"] = answer
    plan.outcomes.append(outcome)
    if outcome.entry is None:
        return
    if outcome.action == "figure":
        plan.figures.append(outcome.entry)
        taken.add(outcome.figure)
        src = outcome.entry["sources"][0]
        e = outcome.entry
        known.append(Known(e["id"], canonical_unit(e["unit"], e["kind"]),  # type: ignore[arg-type]
                           e["kind"], e.get("period"), e.get("place"), e["value"],
                           _words(e["id"], *e["keywords"]), [source_record(src)], None, e))
        return
    target = next(k for k in known if k.id == outcome.figure)
    target.sources.append(source_record(outcome.entry))
    if target.entry is not None:
        target.entry["sources"].append(outcome.entry)
    else:
        assert target.index is not None
        plan.sources.append((target.index, outcome.entry))


def _same_statement(s: Stated, src: Source) -> bool:
    """Say whether a registered source is this statement: its quote holds the number with the
    words around it in this sentence (a curator may quote a clause, or run two sentences on),
    and it records the same printed number."""
    if src.number is not None and not (src.number in s.number or s.number in src.number):
        return False
    quote = " ".join(src.quote.split())
    if (src.number or s.number.split()[0]) not in quote:
        return False  # a clause of this sentence that quotes another of its numbers
    at = s.quote.find(s.number)
    window = s.quote[max(0, at - _AROUND):at + len(s.number) + _AROUND] if at >= 0 else s.quote
    return window in quote or quote in s.quote


def _same_quantity(s: Stated, place: str | None, known: list[Known]) -> Known | None:
    """Return the known figure this statistic is a statement of, or None."""
    unit = canonical_unit(s.unit, s.kind)
    what = _words(*s.what)
    fits = [k for k in known
            if k.unit == unit and k.kind == s.kind and k.period == s.period
            and (k.place or "").casefold() == (place or "").casefold()
            and (k.value < 0) == (s.value < 0) and what <= k.words]
    return max(fits, key=lambda k: len(k.words & _words(*s.keywords)), default=None)


def _conflicts(new: Source, known: Known) -> bool:
    """Say whether a new source disagrees with one of the figure's, as `registry check` sees it."""
    mine = source_interval(new)
    return any(mine is not None and (theirs := source_interval(src)) is not None
               and not agrees(mine, theirs, DEFAULT_TOLERANCE) for src in known.sources)


def _shown(s: Stated) -> str:
    unit = {"percent": "percent", "percentage_points": "percentage points"}.get(s.unit, s.unit)
    return f"{format_number(s.value)} {unit}"


def _source_entry(s: Stated, facts: DocumentFacts, when: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "document": facts.document,
        "publisher": facts.publisher or f"{PLACEHOLDER}: who published {facts.document}",
    }
    if when:
        entry["date"] = when
    entry |= {"quote": s.quote, "value": s.value, "number": s.number}
    if s.qualifier != "exact":
        entry["qualifier"] = s.qualifier
    if s.note:
        entry["note"] = s.note
    return entry


def _figure_entry(fid: str, s: Stated, facts: DocumentFacts,
                  source: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": fid,
        "title": f"{PLACEHOLDER}: what is counted, where and when ({s.clause})",
        "value": s.value, "unit": s.unit, "kind": s.kind,
    }
    if s.per:
        entry["per"] = s.per
    if s.qualifier != "exact":
        entry["qualifier"] = s.qualifier
    for key, value in (("period", s.period), ("place", facts.place)):
        if value:
            entry[key] = value
    entry["keywords"] = list(s.keywords)
    entry["sources"] = [source]
    return entry


def add_to_registry(sources: list[str], registry: str | None, publisher: str | None = None,
                    when: str | None = None, place: str | None = None,
                    choose: Chooser | None = None, dry_run: bool = False) -> Plan:
    """Plan the additions of the source documents to the registry, and write them unless
    `dry_run`; a registry named that does not exist yet is started."""
    from factcheck.registry.load import find_registry, load_registry
    from factcheck.registry.yamlmarks import read_text

    path = str(find_registry(registry))
    exists = os.path.exists(path)
    text = read_text(path) if exists else NEW_REGISTRY
    figures = tuple(load_registry(path).figures) if exists and _has_figures(text) else ()
    docs = [document_facts(s, path, publisher, when, place) for s in sources]
    plan = plan_additions(path, text, figures, docs, choose)
    if not dry_run and (plan.figures or plan.sources):
        merged = merge_text(plan.text, path, plan.figures, plan.sources)
        replace_file(path, _with_bom(path, merged) if exists else merged)
    return plan


def _has_figures(text: str) -> bool:
    """Say whether a registry lists figures yet ('figures:' with no value is a start, no error)."""
    import yaml

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return True  # the loader reports where
    return not isinstance(data, dict) or data.get("figures") is not None


def _with_bom(path: str, text: str) -> str:
    """Keep a byte-order mark the file had (the YAML reader drops it)."""
    with open(path, "rb") as fh:
        return ("\ufeff" if fh.read(3) == b"\xef\xbb\xbf" else "") + text


def render_entries(plan: Plan) -> str:
    """Return --dry-run's output: each statistic's outcome as a comment, then its entry."""
    from factcheck.registry.write import render_mapping

    new = {f["id"] for f in plan.figures}
    lines: list[str] = []
    for o in plan.outcomes:
        lines.append(f"# {o}")
        if o.entry is not None and (o.action == "figure" or o.figure not in new):
            lines += render_mapping(o.entry, 2, "- ")
    return "".join(line + "\n" for line in lines)


def placeholders(plan: Plan) -> int:
    """Return how many fields of the plan's entries still hold the placeholder."""
    entries = [*plan.figures, *(s for _, s in plan.sources)]
    entries += [s for f in plan.figures for s in f["sources"]]
    return sum(isinstance(v, str) and v.startswith(PLACEHOLDER) for e in entries
               for v in e.values())


def summary(plan: Plan, dry_run: bool) -> str:
    """Return the closing line: what was (or would be) written, and what is left to do."""
    figs, srcs = plan.count("figure"), plan.count("source", "disagreement")
    done = "would add" if dry_run else "added"
    parts = [f"{done} {figs} figure{'s' * (figs != 1)} and {srcs} source{'s' * (srcs != 1)}"]
    if n := plan.count("registered"):
        parts.append(f"{n} already registered")
    if n := plan.count("disagreement"):
        parts.append(f"{n} disagreeing with the registry")
    if n := plan.count("skipped"):
        parts.append(f"{n} skipped")
    if n := plan.count("left"):
        parts.append(f"{n} left out")
    line = f"{plan.path}: " + ", ".join(parts)
    if (n := placeholders(plan)) and not dry_run:
        line += (f"; fill in {n} placeholder{'s' * (n != 1)} ('{PLACEHOLDER}'), then run "
                 f"'factcheck registry check'")
    return line
