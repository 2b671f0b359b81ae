"""The registry's pydantic schema: validates figures.yaml and writes its JSON Schema.

Only validation imports it (loading an uncached registry, `registry check`, `registry add`,
the schema export); a scan of a cached registry reads the plain records of
:mod:`factcheck.models` and never imports pydantic. Each model here has the record of the
same name there, with the same fields; :func:`figure_record` turns one into the other.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from factcheck import models
from factcheck.models import PERIOD_FORMS, Estimate, Inputs, Qualifier, canonical_unit

__all__ = ["Figure", "Registry", "Relation", "Source", "ValidationError", "figure_record",
           "source_record"]


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
# A derived figure's inputs: the names its formula uses, each naming a figure id.
FormulaName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
FigureId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


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


def source_record(data: object) -> models.Source:
    """Validate one source's data and return it as the plain record a scan reads."""
    return _source(Source.model_validate(data))


def figure_record(data: object) -> models.Figure:
    """Validate one figure's data and return it as the plain record a scan reads."""
    fig = Figure.model_validate(data)
    values = fig.__dict__
    return models.Figure(**{
        **values, "sources": tuple(_source(s) for s in fig.sources),
        "related": tuple(models.Relation(**r.__dict__) for r in fig.related)})


def _source(src: Source) -> models.Source:
    return models.Source(**src.__dict__)
