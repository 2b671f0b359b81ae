"""`factcheck registry check`: every problem of a registry, in file order.

Each figure's fields (`fields`), its sources' documents and quotes (`quotes`), its
revisions and disagreements (`revisions`), then the keywords across figures (`keywords`).
"""

from __future__ import annotations

from pathlib import Path

from factcheck.intervals import format_number
from factcheck.models import Figure
from factcheck.registry.derived import derived_problems
from factcheck.registry.fields import (
    ISO_DATE,
    per_problem,
    period_problem,
    period_suggestion,
    unit_is_known,
    unit_problem,
)
from factcheck.registry.figures import PLACEHOLDER, is_placeholder
from factcheck.registry.keywords import keyword_problems
from factcheck.registry.load import DEFAULT_TOLERANCE, Problem, _load, figure_kind
from factcheck.registry.quotes import close, source_problems
from factcheck.registry.revisions import disagreement_notes, revision_problems
from factcheck.registry.yamlmarks import Marks, mark_for


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
        problems.extend(figure_problems(fig, wheres[fig.id], marks, path, base, ids))
    problems.extend(keyword_problems(figures, wheres, marks, path))
    problems.extend(derived_problems(figures, wheres, marks, path, broken))
    problems.sort(key=lambda p: (p.line, p.column))
    return problems


def figure_problems(fig: Figure, where: tuple[str | int, ...], marks: Marks, path: str, base: Path,
                    ids: set[str]) -> list[Problem]:
    """Return the problems of one figure: its fields, links, sources, revisions, disagreements."""
    out: list[Problem] = []

    def add(key: str, message: str, severity: str = "error") -> None:
        line, col = mark_for(marks, (*where, key))
        out.append(Problem(path, line, col, severity, f"figure {fig.id}: {message}"))

    kind = figure_kind(fig)
    if kind == "rate" and not fig.per:
        add("kind" if fig.kind else "unit",
            "kind 'rate' needs 'per', the denominator: per: day, per: month or per: 100000 people")
    elif kind == "measure" and not unit_is_known(fig.unit):
        add("unit", f"unit '{fig.unit}' is not a unit pint knows")
    elif fig.kind and (problem := unit_problem(fig)):
        add("unit", problem)
    if fig.per and (problem := per_problem(fig.per)):
        add("per", problem, "warning")
    if fig.period is not None and (problem := period_problem(fig.period)):
        add("period", problem)
    if is_placeholder(fig.title):
        add("title", f"title is still the placeholder '{PLACEHOLDER}': write what is counted, "
                     f"where and when")
    for si, src in enumerate(fig.sources):
        if is_placeholder(src.publisher):
            line, col = mark_for(marks, (*where, "sources", si, "publisher"))
            out.append(Problem(path, line, col, "error",
                               f"figure {fig.id}: publisher is still the placeholder "
                               f"'{PLACEHOLDER}': write who published {src.document}"))
    for ri, rel in enumerate(fig.related):
        if rel.figure not in ids:
            line, col = mark_for(marks, (*where, "related", ri, "figure"))
            out.append(Problem(path, line, col, "error",
                               f"figure {fig.id}: related figure '{rel.figure}' does not exist"))
    stated = [s.value for s in fig.sources if s.value is not None]
    if stated and not any(close(v, fig.value) for v in stated):
        says = ", ".join(format_number(v) for v in stated)
        add("value", f"value {format_number(fig.value)} is stated by none of its sources ({says})")
    for si, src in enumerate(fig.sources):
        if src.date is not None and not ISO_DATE.match(src.date):
            line, col = mark_for(marks, (*where, "sources", si, "date"))
            suggestion = period_suggestion(src.date)
            hint = f'; write "{suggestion}"' if suggestion and ISO_DATE.match(suggestion) else ""
            out.append(Problem(path, line, col, "error",
                               f"figure {fig.id}: date \"{src.date}\" is not an ISO date "
                               f"(\"2023-08-27\", \"2023-10\" or \"2023\"){hint}"))
        out.extend(source_problems(fig, src, (*where, "sources", si), marks, path, base))
    out.extend(revision_problems(fig, where, marks, path))
    tol = fig.tolerance if fig.tolerance is not None else DEFAULT_TOLERANCE
    for note in disagreement_notes(fig):
        add("sources", f"sources disagree beyond tolerance {tol:g}: {note}", "warning")
    return out
