"""The closed vocabularies every stage shares: hedges, qualifiers, kinds of number,
severities, verdicts, rule scopes, exit codes and the finding kinds of the JSON contract."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Literal

Hedge = Literal["none", "about", "nearly", "more-than", "at-least", "less-than", "at-most"]
HEDGES: tuple[str, ...] = ("none", "about", "nearly", "more-than", "at-least", "less-than",
                           "at-most")

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
        "score", "rank", "marker", "code",
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
    # agrees with one of a disputed figure's sources, names none
    SOURCE_CONFLICT = "source-conflict"
    WEAK_BOUND = "weak-bound"
    VALUE_MISMATCH = "value-mismatch"
    HEDGE_MISMATCH = "hedge-mismatch"
    PERIOD_MISMATCH = "period-mismatch"
    MALFORMED = "malformed"
    UNIT_MISMATCH = "unit-mismatch"  # the figure's own number, in another unit
    RATE_MISMATCH = "rate-mismatch"  # the figure's own number, per another denominator
    UNSOURCED = "unsourced"
    AMBIGUOUS = "ambiguous"
    OUTDATED = "outdated"  # an earlier estimate of a revised figure, revised since


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
    "weak-bound", "unit-mismatch", "rate-mismatch", "stale-baseline", "arithmetic",
    "percentage-points", "outdated",
]
