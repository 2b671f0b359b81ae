"""Pydantic models shared by every stage: the registry, quantities and findings."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

# --- vocabularies -------------------------------------------------------------

Hedge = Literal["none", "about", "nearly", "more-than", "at-least", "less-than", "at-most"]
HEDGES: tuple[str, ...] = ("none", "about", "nearly", "more-than", "at-least", "less-than", "at-most")

# A registry figure's qualifier uses the same words as a draft's hedge, with "exact" for none.
Qualifier = Literal["exact", "about", "nearly", "more-than", "at-least", "less-than", "at-most"]
QUALIFIERS: tuple[str, ...] = (
    "exact", "about", "nearly", "more-than", "at-least", "less-than", "at-most",
)

# Kinds of quantity that are statistics, and kinds that are numbers but never statistics.
STATISTIC_KINDS: frozenset[str] = frozenset(
    {"count", "percent", "percentage-points", "money", "measure", "rate", "change", "fraction"}
)
NON_STATISTIC_KINDS: frozenset[str] = frozenset(
    {
        "year", "date", "time", "ordinal", "identifier", "phone", "address",
        "reference", "version", "list-number", "pronoun", "age", "duration",
    }
)

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")  # ascending: the one severity order


def severity_rank(severity: str) -> int:
    """Return a severity's place in the one order (info < warning < error)."""
    return SEVERITIES.index(severity)


class Verdict(StrEnum):
    """What judging decided a statement is; each statement rule reports one or more verdicts."""

    VERIFIED = "verified"
    SOURCE_CONFLICT = "source-conflict"  # agrees with one of a disputed figure's sources, names none
    WEAK_BOUND = "weak-bound"
    VALUE_MISMATCH = "value-mismatch"
    HEDGE_MISMATCH = "hedge-mismatch"
    PERIOD_MISMATCH = "period-mismatch"
    MALFORMED = "malformed"
    UNSOURCED = "unsourced"
    AMBIGUOUS = "ambiguous"


class Scope(StrEnum):
    """What a rule reads: one statement, one document's statements, or every scanned file."""

    STATEMENT = "statement"
    DOCUMENT = "document"
    CORPUS = "corpus"
    SUPPRESSION = "suppression"  # the decision engine's own findings about suppression comments


class ExitCode(IntEnum):
    """The exit codes of every command."""

    OK = 0
    FINDINGS = 1  # something at or above --fail-on
    ERROR = 2  # usage, registry, configuration or input error
    INTERRUPTED = 130

FindingKind = Literal[
    "verified", "value-mismatch", "hedge-mismatch", "period-mismatch", "malformed-number",
    "bad-conversion", "source-conflict", "unsourced", "inconsistent", "unused-suppression",
    "weak-bound",
]


# --- the registry ---------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _not_bool(value: object) -> object:
    if isinstance(value, bool):  # YAML's true/yes/on must not read as 1
        raise ValueError(f"expected a number, not {str(value).lower()}")
    return value


# Registry numbers: finite (no .nan, .inf or 1e400) and never a boolean.
RegistryNumber = Annotated[float, BeforeValidator(_not_bool), Field(allow_inf_nan=False)]
Tolerance = Annotated[float, BeforeValidator(_not_bool), Field(ge=0, le=1, allow_inf_nan=False)]


class Source(_Strict):
    """One document's statement of a figure."""

    document: str  # a path under seeds/ (relative to the registry file) or a URL
    publisher: str
    date: str | None = None  # ISO date or partial date ("2023-10") where known
    quote: str  # verbatim from the document, typos included; contains the number
    value: RegistryNumber | None  # the value as this source states it; None when the number is malformed
    number: str | None = None  # the number exactly as printed in the quote ("110,00"), optional
    qualifier: Qualifier = "exact"
    # Words a draft uses to say the number is this source's ("army now says", "previously
    # reported"); with the publisher's name, they decide which source of a disputed figure
    # a draft follows.
    attribution: tuple[str, ...] = ()
    note: str | None = None  # why this source differs, or anything a reviewer should know


class Relation(_Strict):
    """A link from a figure to another figure."""

    figure: str
    relation: Literal["conversion-of", "part-of", "derived-from", "same-quantity-as", "see-also"]
    note: str | None = None


class Figure(_Strict):
    """One real-world quantity with the sources that state it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    value: RegistryNumber
    unit: str  # a pint unit ("pound", "metric_ton"), "percent", an ISO currency, or a counted noun
    per: str | None = None  # denominator of a rate: "day", "month", "100000 people"
    kind: (
        Literal["count", "percent", "percentage-points", "money", "measure", "rate", "change"]
        | None
    ) = None  # derived from unit and per when omitted
    qualifier: Qualifier = "exact"
    period: str | None = None  # "2022", "FY2023", "2023-09", "2019-2021", "per day"
    place: str | None = None
    keywords: tuple[str, ...] = ()  # words that identify the figure in prose
    aliases: tuple[str, ...] = ()  # whole phrases that name the figure
    tolerance: Tolerance | None = None  # relative tolerance for source disagreement (0 to 1; default 0.02)
    related: tuple[Relation, ...] = ()
    note: str | None = None
    sources: tuple[Source, ...] = Field(min_length=1)


class Registry(_Strict):
    """The whole figures.yaml file."""

    version: int = 1
    figures: tuple[Figure, ...]


# --- extraction -------------------------------------------------------------------


class Quantity(BaseModel):
    """A number found in text, with its span, unit, hedge and kind."""

    model_config = ConfigDict(frozen=True)

    value: float | None  # None for vague amounts ("tens of thousands") and malformed numbers
    unit: str | None = None  # canonical: "percent", "percentage_point", "USD", pint names; None for bare counts
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


class Expected(_Strict):
    """What the registry says a stated number should be."""

    value: float
    unit: str | None
    qualifier: str


class SourceRef(_Strict):
    """A source as cited in a finding."""

    document: str
    publisher: str
    quote: str
    value: float | None


class Location(_Strict):
    """A place in a scanned file."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


class Finding(_Strict):
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


class Summary(_Strict):
    """Counts for a whole scan."""

    files: int
    quantities: int
    statistics: int
    findings: int
    by_severity: dict[str, int]
    by_kind: dict[str, int]


@dataclass(frozen=True)
class RuleInfo:
    """A rule as reporters and docs describe it (SARIF rules, HTML legend, `factcheck rules`)."""

    code: str  # "FC101"
    name: str  # "value-mismatch"
    severity: str  # default severity: "error", "warning" or "info"
    summary: str  # one line
    doc: str = ""  # the rule module's docstring: what it flags, why, an example


class ScanResult(_Strict):
    """Every finding of a scan, with its summary."""

    findings: tuple[Finding, ...]
    summary: Summary
