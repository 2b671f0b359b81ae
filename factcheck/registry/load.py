"""Load and validate figures.yaml, look figures up, and check sources against their documents."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.errors import InputError
from factcheck.intervals import Interval, agrees, describe, interval
from factcheck.models import Figure, Source
from factcheck.registry.yamlmarks import (
    Marks,
    YamlError,
    load_plain,
    load_yaml,
    mark_for,
    paused_gc,
    read_text,
)

DEFAULT_NAME = "figures.yaml"
ENV_VAR = "FACTCHECK_REGISTRY"
DEFAULT_TOLERANCE = 0.02
CURRENCIES = frozenset({"USD", "EUR", "GBP", "MXN", "CAD", "JPY", "CNY", "BRL", "INR", "AUD", "CHF"})


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
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


@dataclass
class FigureRegistry:
    """The validated figures with lookups by id."""

    path: str
    figures: tuple[Figure, ...]
    lines: dict[str, int] = field(default_factory=dict)  # figure id -> line in the file

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

        hits = process.extract(figure_id, list(self.by_id), scorer=fuzz.WRatio, limit=20, score_cutoff=50)
        # WRatio scores every id containing the query alike; plain similarity ranks them.
        ranked = sorted(hits, key=lambda h: (-fuzz.ratio(figure_id, h[0]), h[0]))
        return [hit[0] for hit in ranked[:limit]]

    def search(self, query: str) -> list[Figure]:
        """Return the figures whose id, title, keywords or aliases contain every query word."""
        words = [w for w in re.split(r"\W+", query.lower()) if w]
        out = []
        for fig in self.figures:
            hay = " ".join((fig.id, fig.title, *fig.keywords, *fig.aliases, fig.place or "")).lower()
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


# --- where source documents may be ---------------------------------------------------

_URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def is_url(document: str) -> bool:
    """Say whether a source document is a URL rather than a path."""
    return bool(_URL_RE.match(document))


@lru_cache(maxsize=64)
def source_root(base_dir: str) -> Path:
    """Return the tree a registry's source documents must stay in: its git repository's top
    (the nearest directory above it holding .git), else the registry's own directory."""
    base = Path(base_dir).resolve()
    for directory in (base, *base.parents):
        if (directory / ".git").exists():
            return directory
    return base


@lru_cache(maxsize=4096)
def _confined(base_dir: str, document: str) -> Path | None:
    base = Path(base_dir).resolve()
    root = source_root(base_dir)
    lexical = Path(os.path.normpath(base / document))
    resolved = (base / document).resolve()  # symlinks included
    if lexical.is_relative_to(root) and resolved.is_relative_to(root):
        return resolved
    return None


def source_path(base_dir: Path | str, document: str) -> Path | None:
    """Return the resolved file of a source document inside the registry's tree.

    None for a URL; raises ValueError for a path (or a symlink) leading outside the tree
    of :func:`source_root`, so a registry cannot make factcheck read /etc/passwd.
    """
    if is_url(document):
        return None
    found = _confined(str(base_dir), document)
    if found is None:
        raise ValueError(f"source document '{document}' is outside the registry's tree "
                         f"({source_root(str(base_dir))}); give a path inside it or a URL")
    return found


def _source_problems(fig: Figure, where: tuple[str | int, ...], marks: Marks, path: str) -> list[Problem]:
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


def _pydantic_message(err: Any) -> str:
    kind = err["type"]
    loc = err["loc"]
    name = str(loc[-1]) if loc else "value"
    if kind == "missing":
        return f"missing field '{name}'"
    if kind == "extra_forbidden":
        return f"unknown key '{name}'"
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return f"'{name}': {err['input']!r} is not one of {expected}"
    if kind == "string_pattern_mismatch":
        return f"'{name}': {err['input']!r} is not a snake_case id (lower-case letters, digits, _)"
    if kind == "too_short":
        return f"'{name}' must not be empty"
    got = type(err["input"]).__name__ if err.get("input") is not None else "null"
    return f"'{name}': {err['msg'].lower()} (got {got})"


def _is_version_1(version: object) -> bool:
    return type(version) is int and version == 1  # not true, not 1.0


def _validate_figures(data: Any, marks: Marks, path: str) -> tuple[list[Figure], list[Problem], dict[str, int]]:
    """Validate each figure on its own, so one bad figure does not hide the others' problems."""
    problems: list[Problem] = []
    figures: list[Figure] = []
    positions: dict[str, int] = {}  # id -> index in the figures list
    if not isinstance(data, dict):
        line, col = mark_for(marks, ())
        got = "empty file" if data is None else type(data).__name__
        raise RegistryError(path, line, col, f"expected a mapping with a 'figures' list at the top level, got {got}")
    for key in data:
        if key not in ("version", "figures"):
            line, col = mark_for(marks, (key,))
            problems.append(Problem(path, line, col, "error", f"unknown top-level key '{key}'"))
    if not _is_version_1(data.get("version", 1)):
        line, col = mark_for(marks, ("version",))
        problems.append(Problem(path, line, col, "error", f"unsupported registry version {data.get('version')!r}; expected 1"))
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
            fig = Figure.model_validate(item)
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(err["loc"])
                key_mark = (*where, *loc[:-1], "#key", loc[-1]) if loc else None
                if err["type"] == "extra_forbidden" and key_mark in marks:
                    line, col = marks[key_mark]
                else:
                    line, col = mark_for(marks, where + loc)
                label = item.get("id", f"#{i + 1}")
                problems.append(Problem(path, line, col, "error", f"figure {label}: {_pydantic_message(err)}"))
            continue
        line, col = mark_for(marks, (*where, "id"))
        if fig.id in first_line:
            problems.append(Problem(path, line, col, "error", f"duplicate id '{fig.id}' (first at line {first_line[fig.id]})"))
            continue
        first_line[fig.id] = line
        positions[fig.id] = i
        figures.append(fig)
        problems.extend(_source_problems(fig, where, marks, path))
    return figures, problems, positions


def _load(path: str, text: str | None = None) -> tuple[list[Figure], list[Problem], dict[str, int], Marks]:
    try:
        if text is None:
            text = read_text(path)
        data, marks = load_yaml(text, path)
    except YamlError as exc:
        raise RegistryError(exc.path, exc.line, exc.column, exc.message) from None
    figures, problems, positions = _validate_figures(data, marks, path)
    return figures, problems, positions, marks


def _load_fast(text: str, path: str) -> FigureRegistry | None:
    """Load a registry without marks, or return None if anything is wrong or unusual.

    Gives what the marked loader gives for a good registry; every error is left to it,
    since only it can say where the error is.
    """
    loaded = load_plain(text, "figures")
    if loaded is None:
        return None
    data, starts = loaded
    if not isinstance(data, dict) or any(key not in ("version", "figures") for key in data):
        return None
    items = data.get("figures")
    if not _is_version_1(data.get("version", 1)) or not isinstance(items, list) or len(starts) != len(items):
        return None
    figures: list[Figure] = []
    lines: dict[str, int] = {}
    base = str(Path(path).resolve().parent)
    with paused_gc():
        for item, line in zip(items, starts, strict=True):
            if not isinstance(item, dict):
                return None
            try:
                fig = Figure.model_validate(item)
            except ValidationError:
                return None
            if fig.id in lines or not _sources_confined(fig, base):
                return None
            lines[fig.id] = line
            figures.append(fig)
    return FigureRegistry(path, tuple(figures), lines)


def _sources_confined(fig: Figure, base: str) -> bool:
    try:
        for src in fig.sources:
            source_path(base, src.document)
    except ValueError:
        return False
    return True


def load_registry(path: str | os.PathLike[str] | None = None) -> FigureRegistry:
    """Load and validate a registry, raising RegistryError at the first schema error."""
    resolved = str(find_registry(str(path) if path else None))
    if not os.path.exists(resolved):
        raise RegistryError(resolved, 1, 1, "registry file does not exist")
    try:
        text = read_text(resolved)
    except YamlError as exc:
        raise RegistryError(exc.path, exc.line, exc.column, exc.message) from None
    fast = _load_fast(text, resolved)
    if fast is not None:
        return fast
    figures, problems, positions, marks = _load(resolved, text)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more; run 'factcheck registry check')" if len(errors) > 1 else ""
        raise RegistryError(first.path, first.line, first.column, first.message + more)
    lines = {fid: mark_for(marks, ("figures", i))[0] for fid, i in positions.items()}
    return FigureRegistry(resolved, tuple(figures), lines)


# --- figure helpers --------------------------------------------------------------------


def figure_kind(fig: Figure) -> str:
    """Return the figure's kind, derived from its unit and denominator when not given."""
    if fig.kind:
        return fig.kind
    if fig.unit == "percent":
        return "percent"
    if fig.unit == "percentage_point":
        return "percentage-points"
    if fig.unit in CURRENCIES:
        return "money"
    if fig.per:
        return "rate"
    return "measure" if is_unit_name(fig.unit) else "count"


def is_unit_name(unit: str) -> bool:
    """Say whether a registry unit is a canonical measurement unit rather than a counted noun."""
    return unit in _canonical_units()


@lru_cache(maxsize=1)
def _canonical_units() -> frozenset[str]:
    from factcheck.units import MEASURE_WORDS

    return frozenset(MEASURE_WORDS.values())


def source_interval(src: Source, precision: float | None = None) -> Interval | None:
    """Return the interval a source's statement covers, or None for a malformed number."""
    if src.value is None:
        return None
    return interval(src.value, src.qualifier, precision)


def conflicting_pairs(fig: Figure) -> Iterator[tuple[Source, Source]]:
    """Yield each pair of valued sources whose statements do not overlap (beyond tolerance)."""
    tol = fig.tolerance if fig.tolerance is not None else DEFAULT_TOLERANCE
    valued = [s for s in fig.sources if s.value is not None]
    for i, a in enumerate(valued):
        for b in valued[i + 1:]:
            ia, ib = source_interval(a), source_interval(b)
            if ia is not None and ib is not None and not agrees(ia, ib, tol):
                yield a, b


def source_disagreements(fig: Figure) -> list[str]:
    """Describe each pair of sources whose statements do not overlap, and malformed ones."""
    notes = [
        f"{src.publisher} ({src.document}) prints the malformed number "
        f"'{src.number or '?'}' where the figure is {describe(fig.value, fig.qualifier)}"
        for src in fig.sources if src.value is None
    ]
    notes.extend(
        f"{a.publisher} ({a.document}) says {describe(a.value, a.qualifier)}; "
        f"{b.publisher} ({b.document}) says {describe(b.value, b.qualifier)}"
        for a, b in conflicting_pairs(fig)
    )
    return notes


def sources_conflict(fig: Figure) -> bool:
    """Say whether the figure's sources state values that do not overlap."""
    return next(conflicting_pairs(fig), None) is not None
