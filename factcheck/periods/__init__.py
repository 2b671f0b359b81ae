"""Periods as intervals of days: the registry's grammar, and periods found in prose."""

from factcheck.periods.grammar import (
    FISCAL_START_MONTH,
    WATER_START_MONTH,
    Period,
    fiscal_period,
    grammar,
    month_period,
    parse_date,
    parse_figure_period,
    quarter_period,
    registry_form,
    span,
    water_year_period,
    year_period,
)
from factcheck.periods.prose import MONTHS, find_periods

__all__ = [
    "FISCAL_START_MONTH",
    "MONTHS",
    "WATER_START_MONTH",
    "Period",
    "find_periods",
    "fiscal_period",
    "grammar",
    "month_period",
    "parse_date",
    "parse_figure_period",
    "quarter_period",
    "registry_form",
    "span",
    "water_year_period",
    "year_period",
]
