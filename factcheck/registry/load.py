"""Load and validate figures.yaml, look figures up, and check sources against their documents."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import InputError
from factcheck.models import Figure
from factcheck.registry.messages import pydantic_message
from factcheck.registry.yamltext import (
    Marks,
    YamlError,
    mark_for,
    paused_gc,
    read_text,
)

if TYPE_CHECKING:  # pydantic is imported only to validate, never by a scan of a cached registry
    from pydantic import ValidationError

DEFAULT_NAME = "figures.yaml"
ENV_VAR = "FACTCHECK_REGISTRY"


class RegistryError(InputError):
    """A registry that cannot be used, with the place that is wrong."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the registry, as `registry check` prints it."""

    path: str
    line: int
    column: int
    severity: str  # "error", "warning" or "note" (what the check read, for the curator to confirm)
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


@dataclass
class FigureRegistry:
    """The validated figures with lookups by id."""

    path: str
    figures: Sequence[Figure]  # a tuple, or revived from the registry cache as first read
    lines: dict[str, int] = field(default_factory=dict)  # figure id -> line in the file
    # the registry's own word groups ("killings: [slayings]")
    synonyms: tuple[tuple[str, ...], ...] = ()
    cache_dir: str | None = None  # the cache it was read through or stored in (workers read it too)

    def local_documents(self) -> list[str]:
        """Return the source documents on disk (URLs left out), as written in the registry."""
        return [src.document for fig in self.figures for src in fig.sources
                if "://" not in src.document]

    @cached_property
    def by_id(self) -> dict[str, Figure]:
        return {f.id: f for f in self.figures}

    @property
    def base_dir(self) -> Path:
        return Path(self.path).resolve().parent

    def get(self, figure_id: str) -> Figure | None:
        """Return the figure with this id, or None."""
        return self.by_id.get(figure_id)

    def suggest(self, figure_id: str, limit: int = 3) -> list[str]:
        """Return the ids closest to a mistyped one."""
        from rapidfuzz import fuzz, process

        hits = process.extract(figure_id, list(self.by_id), scorer=fuzz.WRatio, limit=20,
                               score_cutoff=50)
        # WRatio scores every id containing the query alike; plain similarity ranks them.
        ranked = sorted(hits, key=lambda h: (-fuzz.ratio(figure_id, h[0]), h[0]))
        return [hit[0] for hit in ranked[:limit]]

    def search(self, query: str) -> list[Figure]:
        """Return the figures whose id, title, keywords or aliases contain every query word."""
        words = [w for w in re.split(r"\W+", query.lower()) if w]
        out = []
        for fig in self.figures:
            words_of = (fig.id, fig.title, *fig.keywords, *fig.aliases, fig.place or "")
            hay = " ".join(words_of).lower()
            if all(w in hay for w in words):
                out.append(fig)
        return out


# --- finding the registry -----------------------------------------------------------


def find_registry(explicit: str | None = None, start: Path | None = None) -> Path:
    """Return the registry path: --registry, else $FACTCHECK_REGISTRY, else figures.yaml upward."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / DEFAULT_NAME
        if candidate.is_file():
            return candidate
    raise RegistryError(
        DEFAULT_NAME, 1, 1,
        f"no {DEFAULT_NAME} found in {here} or its parents; pass --registry or set {ENV_VAR}",
    )


def find_registry_or_none(explicit: str | None = None, start: Path | None = None) -> Path | None:
    """Return the registry path as find_registry does, or None when none was asked for or found.

    Only the search upward may come back empty: a registry named by --registry, the
    configuration or $FACTCHECK_REGISTRY is returned as named, so a missing one stays an error.
    """
    try:
        return find_registry(explicit, start)
    except RegistryError:
        return None


def empty_registry(path: str = DEFAULT_NAME) -> FigureRegistry:
    """Return a registry with no figures: every statistic is unsourced, the rest still checks."""
    return FigureRegistry(path, ())


# --- where source documents may be ---------------------------------------------------

def _source_problems(fig: Figure, where: tuple[str | int, ...], marks: Marks,
                     path: str) -> list[Problem]:
    base = str(Path(path).resolve().parent)
    out = []
    for si, src in enumerate(fig.sources):
        try:
            source_path(base, src.document)
        except ValueError as exc:
            line, col = mark_for(marks, (*where, "sources", si, "document"))
            out.append(Problem(path, line, col, "error", f"figure {fig.id}: {exc}"))
    return out


# --- loading and schema validation ----------------------------------------------------


def _is_version_1(version: object) -> bool:
    return type(version) is int and version == 1  # not true, not 1.0


def _validate_figures(data: Any, marks: Marks, path: str,
                      ) -> tuple[list[Figure], list[Problem], dict[str, int], set[str]]:
    """Validate each figure on its own, so one bad figure does not hide the others' problems.

    Also returns the ids of the figures that failed, so a link to one of them is not
    reported as a link to nothing (one error per mistake).
    """
    from factcheck.registry.validation import ValidationError, figure_record

    broken: set[str] = set()
    figures: list[Figure] = []
    positions: dict[str, int] = {}  # id -> index in the figures list
    problems = _top_level_problems(data, marks, path)
    items = data.get("figures")
    if not isinstance(items, list):
        line, col = mark_for(marks, ("figures",))
        raise RegistryError(path, line, col, "'figures' must be a list of figures")
    first_line: dict[str, int] = {}
    for i, item in enumerate(items):
        where: tuple[str | int, ...] = ("figures", i)
        if not isinstance(item, dict):
            line, col = mark_for(marks, where)
            problems.append(Problem(path, line, col, "error", f"figure #{i + 1} must be a mapping"))
            continue
        try:
            fig = figure_record(item)
        except ValidationError as exc:
            if isinstance(item.get("id"), str):
                broken.add(item["id"])
            problems.extend(_figure_errors(exc, item, i, marks, path))
            continue
        line, col = mark_for(marks, (*where, "id"))
        if fig.id in first_line:
            problems.append(Problem(path, line, col, "error", f"duplicate id '{fig.id}' "
                                    f"(first at line {first_line[fig.id]})"))
            continue
        first_line[fig.id] = line
        positions[fig.id] = i
        figures.append(fig)
        problems.extend(_source_problems(fig, where, marks, path))
    return figures, problems, positions, broken


def _top_level_problems(data: Any, marks: Marks, path: str) -> list[Problem]:
    """Return the problems of the registry's top level: unknown keys, synonyms, version."""
    if not isinstance(data, dict):
        line, col = mark_for(marks, ())
        got = "empty file" if data is None else type(data).__name__
        raise RegistryError(path, line, col, "expected a mapping with a 'figures' list at the "
                            f"top level, got {got}")
    problems: list[Problem] = []
    for key in data:
        if key not in TOP_LEVEL:
            line, col = mark_for(marks, (key,))
            problems.append(Problem(path, line, col, "error", f"unknown top-level key '{key}'"))
    for at, message in synonym_problems(data.get("synonyms")):
        line, col = mark_for(marks, ("synonyms", *at))
        problems.append(Problem(path, line, col, "error", message))
    if not _is_version_1(data.get("version", 1)):
        line, col = mark_for(marks, ("version",))
        problems.append(Problem(path, line, col, "error", "unsupported registry version "
                                f"{data.get('version')!r}; expected 1"))
    return problems


def _figure_errors(exc: ValidationError, item: dict[str, Any], i: int, marks: Marks,
                   path: str) -> list[Problem]:
    """Return one problem per mistake in a figure that failed validation, each at its place."""
    where: tuple[str | int, ...] = ("figures", i)
    problems: list[Problem] = []
    errors = exc.errors()
    for err in errors:
        loc = tuple(err["loc"])
        if err["type"] == "too_short" and any(
            len(other["loc"]) > len(loc) and tuple(other["loc"][: len(loc)]) == loc
            for other in errors
        ):
            continue  # a list whose items failed is not also empty: one error per mistake
        key_mark = (*where, *loc[:-1], "#key", loc[-1]) if loc else None
        if err["type"] == "extra_forbidden" and key_mark in marks:
            line, col = marks[key_mark]
        else:
            line, col = mark_for(marks, where + loc)
        label = item.get("id", f"#{i + 1}")
        problems.append(Problem(path, line, col, "error",
                                f"figure {label}: {pydantic_message(err)}"))
    return problems


TOP_LEVEL = ("version", "synonyms", "figures")


def _load(path: str, text: str | None = None,
          ) -> tuple[list[Figure], list[Problem], dict[str, int], Marks, set[str]]:
    try:
        if text is None:
            text = read_text(path)
        from factcheck.registry.yamlmarks import load_yaml

        data, marks = load_yaml(text, path)
    except YamlError as exc:
        raise RegistryError(exc.path, exc.line, exc.column, exc.message) from None
    figures, problems, positions, broken = _validate_figures(data, marks, path)
    return figures, problems, positions, marks, broken


def _load_fast(text: str, path: str) -> FigureRegistry | None:
    """Load a registry without marks, or return None if anything is wrong or unusual.

    Gives what the marked loader gives for a good registry; every error is left to it,
    since only it can say where the error is.
    """
    # Imported here: a scan that reads the registry cache never parses YAML.
    from factcheck.registry.validation import ValidationError, figure_record
    from factcheck.registry.yamlmarks import load_plain

    loaded = load_plain(text, "figures")
    if loaded is None:
        return None
    data, starts = loaded
    if (not isinstance(data, dict) or any(key not in TOP_LEVEL for key in data)
            or synonym_problems(data.get("synonyms"))):
        return None
    items = data.get("figures")
    if (not _is_version_1(data.get("version", 1)) or not isinstance(items, list)
            or len(starts) != len(items)):
        return None
    figures: list[Figure] = []
    lines: dict[str, int] = {}
    base = str(Path(path).resolve().parent)
    with paused_gc():
        for item, line in zip(items, starts, strict=True):
            if not isinstance(item, dict):
                return None
            try:
                fig = figure_record(item)
            except ValidationError:
                return None
            if fig.id in lines or not _sources_confined(fig, base):
                return None
            lines[fig.id] = line
            figures.append(fig)
    return FigureRegistry(path, tuple(figures), lines, synonym_groups(data.get("synonyms")))


def _sources_confined(fig: Figure, base: str) -> bool:
    try:
        for src in fig.sources:
            source_path(base, src.document)
    except ValueError:
        return False
    return True


def load_registry(path: str | os.PathLike[str] | None = None) -> FigureRegistry:
    """Load and validate a registry, raising RegistryError at the first schema error."""
    return registry_from_text(*read_registry(path))


def read_registry(path: str | os.PathLike[str] | None = None) -> tuple[str, str]:
    """Return the registry's path (found as find_registry finds it) and its text."""
    resolved = str(find_registry(str(path) if path else None))
    if not os.path.exists(resolved):
        raise RegistryError(resolved, 1, 1, "registry file does not exist")
    try:
        return resolved, read_text(resolved)
    except YamlError as exc:
        raise RegistryError(exc.path, exc.line, exc.column, exc.message) from None


def registry_from_text(resolved: str, text: str) -> FigureRegistry:
    """Validate a registry's text read from `resolved`, raising RegistryError at the first error."""
    fast = _load_fast(text, resolved)
    if fast is not None:
        return fast
    figures, problems, positions, marks, _ = _load(resolved, text)
    from factcheck.registry.yamlmarks import load_yaml

    synonyms = (synonym_groups(load_yaml(text, resolved)[0].get("synonyms"))
                if "synonyms" in text else ())
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        first = errors[0]
        more = (f" (and {len(errors) - 1} more; run 'factcheck registry check')"
                if len(errors) > 1 else "")
        raise RegistryError(first.path, first.line, first.column, first.message + more)
    lines = {fid: mark_for(marks, ("figures", i))[0] for fid, i in positions.items()}
    return FigureRegistry(resolved, tuple(figures), lines, synonyms)


from factcheck.registry.figures import (  # noqa: E402  (re-exported: the registry's one import path)
    CURRENCIES,
    DEFAULT_TOLERANCE,
    conflicting_pairs,
    figure_kind,
    figure_precision,
    is_unit_name,
    printed_precision,
    source_disagreements,
    source_interval,
    sources_conflict,
)
from factcheck.registry.sources import is_url, source_path, source_root  # noqa: E402
from factcheck.registry.synonyms import synonym_groups, synonym_problems  # noqa: E402

__all__ = [
    "CURRENCIES", "DEFAULT_TOLERANCE", "FigureRegistry", "RegistryError", "conflicting_pairs",
    "figure_kind", "figure_precision", "is_unit_name", "is_url", "load_registry",
    "printed_precision", "source_disagreements", "source_interval", "source_path", "source_root",
    "sources_conflict", "synonym_groups", "synonym_problems",
]
