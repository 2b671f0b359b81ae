"""Pydantic models shared by every stage: the registry, quantities and findings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

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

# --- the registry ---------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _doc(text: str, **extra: object) -> Any:
    """A field's description for the JSON Schema (editor hover text), with its default."""
    return Field(description=text, **extra)  # type: ignore[call-overload]


def _not_bool(value: object) -> object:
    if isinstance(value, bool):  # YAML's true/yes/on must not read as 1
        raise ValueError(f"expected a number, not {str(value).lower()}")
    return value


# Registry numbers: finite (no .nan, .inf or 1e400) and never a boolean.
RegistryNumber = Annotated[float, BeforeValidator(_not_bool), Field(allow_inf_nan=False)]
# The estimates of a revised figure, oldest first: the order a registry must date them in.
Estimate = Literal["first", "second", "third", "final"]
ESTIMATES: tuple[str, ...] = ("first", "second", "third", "final")
# A derived figure's inputs: the names its formula uses, each naming a figure id.
FormulaName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
FigureId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class Inputs(dict[str, str]):
    """A derived figure's names and figure ids: a mapping, hashable as figures must be."""

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(self.items()))


DerivedFrom = Annotated[dict[FormulaName, FigureId], AfterValidator(Inputs)]
Tolerance = Annotated[float, BeforeValidator(_not_bool), Field(ge=0, le=1, allow_inf_nan=False)]


class Source(_Strict):
    """One document's statement of a figure."""

    document: str = _doc("A path relative to figures.yaml "
                         "(seeds/004_90deb59fa38b0b85.txt) or a URL.")
    publisher: str = _doc("Who published it; 'Latino Observatory (citing Reuters)' when the "
                          "document cites someone else.")
    date: str | None = _doc('The publication date in ISO form, as precise as known: "2023-08-27", '
                            '"2023-10", "2023".', default=None)
    quote: str = _doc("Verbatim text from the document that contains the number (runs of white "
                      "space may be one space).")
    value: RegistryNumber | None = _doc("The value as this source states it, in the figure's unit; "
                                        "negative for a stated loss; "
                               "null only when the printed number is malformed.")
    number: str | None = _doc('The number exactly as printed in the quote ("110,00", "eight", '
                              '"3.0"); it sets the precision.', default=None)
    qualifier: Qualifier = _doc("This source's own hedge.", default="exact")
    # Words a draft uses to say the number is this source's ("army now says", "previously
    # reported"); with the publisher's name, they decide which source of a disputed figure
    # a draft follows.
    attribution: tuple[str, ...] = _doc("Phrases a draft uses to say the number is this source's: "
                                        "[army now, later].", default=())
    note: str | None = _doc("Why this source differs, or where the number comes from.",
                            default=None)
    # Which estimate of a revised figure this source reports; sources with the same label
    # report one estimate (a newspaper repeating the first estimate a week later).
    estimate: Estimate | None = _doc("With revisions: true on the figure, which estimate this "
                                     "source reports: first, second, third or final; sources of "
                                     "one estimate share it.", default=None)


class Relation(_Strict):
    """A link from a figure to another figure."""

    figure: str = _doc("The id of the other figure.")
    relation: Literal["conversion-of", "part-of", "derived-from", "same-quantity-as",
                      "see-also"] = _doc(
        "How this figure relates to the other one.")
    note: str | None = _doc("Why they are linked.", default=None)


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


class Figure(_Strict):
    """One real-world quantity with the sources that state it."""

    @model_validator(mode="before")
    @classmethod
    def _spell_units(cls, data: object) -> object:
        if isinstance(data, dict) and "unit" in data:
            unit = canonical_unit(data["unit"], data.get("kind"))
            if unit is not data["unit"]:
                data = {**data, "unit": unit}
            # "mg/L" is the measure milligram per liter, as the scanner reads "4.2 mg/L"
            split = None
            if isinstance(unit, str) and "/" in unit and not data.get("per"):
                from factcheck.units import split_unit

                split = split_unit(unit)
            if split is not None:
                data = {**data, "unit": split[0], "per": split[1]}
        return data

    id: str = _doc("Stable snake_case id, unique in the file: quantity, then place or period "
                   "(mexico_killings_2022).", pattern=r"^[a-z][a-z0-9_]*$")
    title: str = _doc("One line that says what is counted, where and when.")
    value: RegistryNumber = _doc("The best-supported value in unit; negative for a decline or "
                                 "loss; percent numbers for "
                        "percentages; money in whole currency units.")
    # a pint unit ("pound", "metric_ton"), "percent", an ISO currency, or a counted noun
    unit: str = _doc("A counted noun in the plural (deaths), percent, percentage_points, an ISO "
                     "currency (USD), or a pint unit name (pound, metric_ton, kilometer).")
    per: str | None = _doc("Denominator of a rate: day, month, 100000 people. Required "
                           "with kind: rate.", default=None)
    kind: (
        Literal["count", "percent", "percentage-points", "money", "measure", "rate", "change"]
        | None
    ) = _doc("What the value is; derived from unit and per when left out. The unit must fit it.",
             default=None)
    qualifier: Qualifier = _doc("How the figure is hedged: 'more than 61,000' is more-than.",
                                default="exact")
    period: str | None = _doc(f"When the quantity applies, quoted: {PERIOD_FORMS}.", default=None)
    place: str | None = _doc("Geography: United States, Mexico, U.S.-Mexico border.", default=None)
    keywords: tuple[str, ...] = _doc("4-10 lower-case words or short phrases that appear near the "
                                     "number in a draft.", default=())
    aliases: tuple[str, ...] = _doc("Whole phrases that name the figure.", default=())
    tolerance: Tolerance | None = _doc("Relative tolerance (0 to 1) when the sources are compared "
                                       "with each other (default 0.02).", default=None)
    disputed: bool = _doc("True when the sources disagree and the registry cannot say which is "
                          "right: every statement that names no source is then a source conflict; "
                          "otherwise value is the best-supported number.", default=False)
    revisions: bool = _doc("True when the sources are successive estimates of one quantity (a "
                           "first estimate, then revisions): each source is dated, the newest "
                           "estimate is the figure's value, and a draft that states an older one "
                           "is outdated.", default=False)
    related: tuple[Relation, ...] = _doc("Links to other figures.", default=())
    derived_from: DerivedFrom | None = _doc(
        "The figures this one is computed from, each under the name its formula uses: "
        "{a: mexico_killings_2023, b: mexico_population_2023}.", default=None,
        alias="derived-from")
    formula: str | None = _doc(
        "With derived-from: how the value follows from the named figures, in numbers, names, "
        "+ - * / and parentheses: a / b * 100000.", default=None, max_length=200)
    note: str | None = _doc("Anything a reviewer needs: how the period was inferred, why the "
                            "sources differ.", default=None)
    sources: tuple[Source, ...] = _doc("One entry per statement of the figure in a document.",
                                       min_length=1)

    @field_validator("formula")
    @classmethod
    def _parse_formula(cls, text: str | None, info: ValidationInfo) -> str | None:
        if text is None:
            return None
        from factcheck.formula import parse

        names = parse(text).names()  # a FormulaError is a ValueError: one line at the formula
        if "derived_from" not in info.data:
            return text  # derived-from failed its own validation: one mistake, one message
        inputs = info.data["derived_from"]
        if inputs is None:
            raise ValueError(f"formula '{text}' needs derived-from, the figures its names "
                             "stand for")
        unknown = sorted(set(names) - set(inputs))
        if unknown:
            raise ValueError(f"formula '{text}' uses {', '.join(map(repr, unknown))}, "
                             "which derived-from does not name")
        return text


class Registry(_Strict):
    """The whole figures.yaml file."""

    version: int = _doc("Always 1.", default=1)
    synonyms: dict[str, list[str]] | None = _doc(
        "This registry's own vocabulary: each word with the words that mean the same here.",
        default=None)
    figures: tuple[Figure, ...] = _doc("Every figure the fact-checker knows.")


# --- extraction -------------------------------------------------------------------


class Quantity(BaseModel):
    """A number found in text, with its span, unit, hedge and kind."""

    model_config = ConfigDict(frozen=True)

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
    verified: int = 0  # numbers that agree with the registry, reported or hidden (--hide-verified)


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
