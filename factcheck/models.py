"""The records shared by every stage: the registry's figures, quantities and findings.

Plain frozen dataclasses, so that a scan of a cached registry never imports pydantic (about
a third of a cold start). Validating a registry is the work of
:mod:`factcheck.registry.validation`, whose pydantic models have these records' fields.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, ClassVar, Literal, Self

from factcheck.enums import (
    HEDGES as HEDGES,
)
from factcheck.enums import (
    NON_STATISTIC_KINDS as NON_STATISTIC_KINDS,
)
from factcheck.enums import (
    QUALIFIERS as QUALIFIERS,
)
from factcheck.enums import (
    SEVERITIES as SEVERITIES,
)
from factcheck.enums import (
    STATISTIC_KINDS as STATISTIC_KINDS,
)
from factcheck.enums import (
    ExitCode as ExitCode,
)
from factcheck.enums import (
    FindingKind as FindingKind,
)
from factcheck.enums import (  # re-exported: every stage reads them from here
    Hedge as Hedge,
)
from factcheck.enums import (
    Qualifier as Qualifier,
)
from factcheck.enums import (
    Scope as Scope,
)
from factcheck.enums import (
    Severity as Severity,
)
from factcheck.enums import (
    Verdict as Verdict,
)
from factcheck.enums import (
    severity_rank as severity_rank,
)

_new, _set = object.__new__, object.__setattr__


class _Record:
    """The part of pydantic's model API that stages and tests use, on a frozen dataclass."""

    __slots__ = ()
    _ALIASES: ClassVar[Mapping[str, str]] = {}  # field name -> its key in figures.yaml

    def model_copy(self, *, update: Mapping[str, Any] | None = None) -> Self:
        """Return a copy with the fields in update changed, unvalidated as pydantic's was."""
        cls: type = type(self)
        get, puts = _copier(cls)
        new: Self = _new(cls)
        for put, value in zip(puts, get(self), strict=True):
            put(new, value)
        for name, value in (update or {}).items():
            _set(new, name, value)
        return new

    def model_dump(self, *, mode: str = "python", by_alias: bool = False) -> dict[str, Any]:
        """Return the fields as plain data, nested records as dicts (lists too with mode json)."""
        aliases = self._ALIASES if by_alias else {}
        return {aliases.get(f.name, f.name): _dumped(getattr(self, f.name), mode == "json",
                                                     by_alias)
                for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def model_validate(cls, data: Mapping[str, Any]) -> Self:
        """Return the record of these fields."""
        return cls(**data)


@functools.cache
def _copier(cls: type) -> tuple[Callable[[Any], tuple[Any, ...]], tuple[Callable[..., None], ...]]:
    """Return a getter of a record class's fields and each field's slot setter."""
    names = [f.name for f in fields(cls)]
    # dataclasses.replace runs __init__ again: twice as slow on the extraction path
    return attrgetter(*names), tuple(getattr(cls, n).__set__ for n in names)


def _dumped(value: object, json: bool, by_alias: bool) -> object:
    if isinstance(value, _Record):
        return value.model_dump(mode="json" if json else "python", by_alias=by_alias)
    if isinstance(value, tuple | list):
        items = [_dumped(v, json, by_alias) for v in value]
        return tuple(items) if isinstance(value, tuple) and not json else items
    if isinstance(value, dict):
        return {k: _dumped(v, json, by_alias) for k, v in value.items()}
    return value


def _coerce(obj: object, floats: tuple[str, ...] = (), tuples: tuple[str, ...] = ()) -> None:
    """Convert what pydantic converted when it validated: int to float, a list to a tuple."""
    for name in floats:
        value = getattr(obj, name)
        if type(value) is int:
            _set(obj, name, float(value))
    for name in tuples:
        value = getattr(obj, name)
        if type(value) is not tuple:
            _set(obj, name, tuple(value))


# --- the registry ---------------------------------------------------------------

# The estimates of a revised figure, oldest first: the order a registry must date them in.
Estimate = Literal["first", "second", "third", "final"]
ESTIMATES: tuple[str, ...] = ("first", "second", "third", "final")
FigureKind = Literal["count", "percent", "percentage-points", "money", "measure", "rate", "change"]


class _Registered(_Record):
    """A registry record: only factcheck.registry.validation builds one from raw data."""

    __slots__ = ()

    @classmethod
    def model_validate(cls, data: Mapping[str, Any]) -> Self:
        """Refuse: registry data is validated by factcheck.registry.validation."""
        raise TypeError(f"validate {cls.__name__} data with factcheck.registry.validation")


class Inputs(dict[str, str]):
    """A derived figure's names and figure ids: a mapping, hashable as figures must be."""

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(self.items()))


@dataclass(frozen=True, slots=True, kw_only=True)
class Source(_Registered):
    """One document's statement of a figure (fields: factcheck.registry.validation.Source)."""

    document: str
    publisher: str
    date: str | None = None
    quote: str
    value: float | None
    number: str | None = None
    qualifier: Qualifier = "exact"
    attribution: tuple[str, ...] = ()
    note: str | None = None
    estimate: Estimate | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation(_Registered):
    """A link from a figure to another figure."""

    figure: str
    relation: Literal["conversion-of", "part-of", "derived-from", "same-quantity-as", "see-also"]
    note: str | None = None


# How a registry may write the unit of a percentage-point figure; all mean PERCENTAGE_POINT.
PERCENTAGE_POINT = "percentage_point"
PERCENTAGE_POINT_UNITS: frozenset[str] = frozenset({
    "percentage_points", "percentage_point", "percentage points", "percentage point",
    "percentage-points", "percentage-point", "pp", "ppt", "ppts",
})
# percentage points with kind: percentage-points
POINTS_UNITS: frozenset[str] = frozenset({"points", "point"})


def canonical_unit(unit: object, kind: object = None) -> object:
    """Return a registry unit in its canonical spelling (percentage points), else unchanged."""
    if isinstance(unit, str):
        folded = unit.strip().lower()
        if (folded in PERCENTAGE_POINT_UNITS
                or (folded in POINTS_UNITS and kind == "percentage-points")):
            return PERCENTAGE_POINT
    return unit


PERIOD_FORMS = ('"2022", "FY2023", "WY2026", "2026-Q1", "2023-09", "2023-09-30", "2019-2021", '
                '"2023-03/2023-05", "FY2023 (first 11 months)" or "by 2029"')


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure(_Registered):
    """One real-world quantity with the sources that state it (validated as
    factcheck.registry.validation.Figure, which documents each field)."""

    _ALIASES: ClassVar[Mapping[str, str]] = {"derived_from": "derived-from"}

    id: str
    title: str
    value: float
    unit: str  # a pint unit ("pound", "metric_ton"), "percent", an ISO currency, a counted noun
    per: str | None = None
    kind: FigureKind | None = None
    qualifier: Qualifier = "exact"
    period: str | None = None
    place: str | None = None
    keywords: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    tolerance: float | None = None
    disputed: bool = False
    revisions: bool = False
    related: tuple[Relation, ...] = ()
    derived_from: Inputs | None = None
    formula: str | None = None
    note: str | None = None
    sources: tuple[Source, ...]


# --- extraction -------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity(_Record):
    """A number found in text, with its span, unit, hedge and kind."""

    value: float | None  # None for vague amounts ("tens of thousands") and malformed numbers
    # canonical: "percent", "percentage_point", "USD", pint names; None for bare counts
    unit: str | None = None
    start: int  # text[start:end] == surface
    end: int
    text: str  # the surface as written, with its unit where written next to it
    hedge: Hedge = "none"
    kind: str = "count"  # one of STATISTIC_KINDS or NON_STATISTIC_KINDS, or "vague"
    noun: str | None = None  # counted noun after the number ("people", "migrants"), lower-case
    precision: float | None = None  # unit of the last significant digit, in value's scale
    low: float | None = None  # bounds of a vague amount ("tens of thousands": 10000..99999)
    high: float | None = None
    per: str | None = None  # rate denominator: "day", "100000 people", "month"
    malformed: str | None = None  # what is wrong with the written number, if anything
    readings: tuple[float, ...] = ()  # plausible intended values of a malformed number
    range_id: int | None = None  # both ends of "between 18 and 49" share an id
    range_role: Literal["low", "high"] | None = None

    @property
    def is_statistic(self) -> bool:
        """Say whether this quantity reads as a statistic rather than a year, date or id."""
        return self.kind in STATISTIC_KINDS or self.kind == "vague"


# --- findings ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Expected(_Record):
    """What the registry says a stated number should be."""

    value: float
    unit: str | None
    qualifier: str

    def __post_init__(self) -> None:
        _coerce(self, floats=("value",))


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRef(_Record):
    """A source as cited in a finding."""

    document: str
    publisher: str
    quote: str
    value: float | None

    def __post_init__(self) -> None:
        _coerce(self, floats=("value",))


@dataclass(frozen=True, slots=True, kw_only=True)
class Location(_Record):
    """A place in a scanned file."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding(_Record):
    """One thing the scan reports about one number in one file; frozen and flat."""

    path: str
    line: int  # 1-based
    column: int  # 1-based, in characters
    end_line: int
    end_column: int  # 1-based, exclusive
    text: str  # the number as written
    code: str  # "FC101"
    rule: str  # "value-mismatch"
    kind: FindingKind
    severity: Severity
    message: str
    figure: str | None = None
    expected: Expected | None = None
    sources: tuple[SourceRef, ...] = ()
    stated_value: float | None = None
    stated_unit: str | None = None
    hedge: str = "none"
    context: str = ""  # the sentence around the number
    start: int = 0  # character offsets in the original file
    end: int = 0
    suggestion: str | None = None  # "110,000"
    reasons: tuple[str, ...] = ()  # why the number matched its figure (for --explain)
    score: float | None = None
    related: tuple[Location, ...] = ()  # other places (inconsistent-across-documents)

    def __post_init__(self) -> None:
        _coerce(self, floats=("stated_value", "score"), tuples=("sources", "reasons", "related"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Summary(_Record):
    """Counts for a whole scan."""

    files: int
    quantities: int
    statistics: int
    findings: int
    by_severity: dict[str, int]
    by_kind: dict[str, int]
    verified: int = 0  # numbers that agree with the registry, reported or hidden (--hide-verified)


@dataclass(frozen=True)
class RuleInfo:
    """A rule as reporters and docs describe it (SARIF rules, HTML legend, `factcheck rules`)."""

    code: str  # "FC101"
    name: str  # "value-mismatch"
    severity: str  # default severity: "error", "warning" or "info"
    summary: str  # one line
    doc: str = ""  # the rule module's docstring: what it flags, why, an example


@dataclass(frozen=True, slots=True, kw_only=True)
class ScanResult(_Record):
    """Every finding of a scan, with its summary."""

    findings: tuple[Finding, ...]
    summary: Summary

    def __post_init__(self) -> None:
        _coerce(self, tuples=("findings",))
