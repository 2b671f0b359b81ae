"""One number as it is being read (:class:`Reading`), the scan that collects them
(:class:`Scan`), and the conversion of a finished reading to a :class:`~factcheck.models.Quantity`.

A token handler in :mod:`factcheck.extract.quantities` builds a Reading from what the token
itself says (value, precision, malformed reason, digits or number-word kind); the passes of
:func:`factcheck.extract.classify.analyse` read the text around it and fill in the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.models import Quantity


@dataclass(slots=True, eq=False)
class Reading:
    """A number at text[start:end] and what the passes have found out about it."""

    # --- the Quantity's fields (``text`` is the slice start:end, cut when converting) ---
    start: int
    end: int
    value: float | None
    precision: float | None = None
    malformed: str | None = None
    readings: tuple[float, ...] = ()
    kind: str | None = None  # None until a pass decides
    unit: str | None = None
    hedge: str = "none"
    noun: str | None = None
    per: str | None = None
    low: float | None = None
    high: float | None = None
    range_id: int | None = None
    range_role: str | None = None
    # --- what the token said ---
    dot3: bool = False  # "6.000": a decimal point or a period as thousands separator
    digits: str | None = None  # the digits as written; None for number words
    word_kind: str | None = None  # a number word's kind: count, ordinal, fraction, vague...
    word: str | None = None  # the first number word, lower case
    # --- what the passes found ---
    scale: float = 1.0  # scale word after the number ("million", "bn"); joins read it
    unit_written: bool = False  # a unit word follows the number ("16 km")
    qualifier: str | None = None  # the noun that qualifies the unit ("revenue" miles)
    token_start: int = 0  # the token's own span, before sign, currency or article
    token_end: int = 0
    toks: Sequence[str] = ()  # the words before start
    p1: str = ""  # the word right before the token, lower case
    glued_before: bool = False  # no space before the token
    hedge_words: int = 0  # how many of toks the hedge before took
    # the hedge "or more"/"or so" right after the number gives; "" after "-plus" or "-odd"
    # (which set hedge themselves); None when nothing follows (looked for again after the unit)
    after_hedge: str | None = None
    after_pos: int = 0  # where the unit is looked for (after "-plus")
    skip_to: int = 0  # where the scan goes on (past "per 100,000 people")


class Scan:
    """The text being read, the readings found so far and how far they have consumed it."""

    __slots__ = ("out", "pos", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.out: list[Reading] = []

    def emit(self, r: Reading, pos: int | None = None) -> bool:
        """Append a reading; the scan goes on at pos (default: its end). Returns True."""
        r.toks = ()  # a list the collector would otherwise walk for as long as the scan runs
        self.out.append(r)
        self.pos = r.end if pos is None else pos
        return True

    def emit_plain(self, start: int, end: int, value: float | None, kind: str,
                   unit: str | None = None, precision: float | None = None) -> bool:
        """Append a number that is not a statistic (or needs no further context)."""
        self.out.append(Reading(start, end, value, precision, None, (), kind, unit))
        self.pos = end
        return True


def to_quantity(r: Reading, text: str, start: int, end: int) -> Quantity:
    """Build the Quantity of a finished reading spanning text[start:end]."""
    return Quantity(
        value=r.value, unit=r.unit, start=start, end=end, text=text[start:end],
        hedge=r.hedge, kind=r.kind,  # type: ignore[arg-type]  # plain str while being read
        noun=r.noun, precision=r.precision, low=r.low, high=r.high, per=r.per,
        malformed=r.malformed, readings=r.readings, range_id=r.range_id,
        range_role=r.range_role)  # type: ignore[arg-type]


SP = r"[ \u00a0]"  # a space between a number and its words: plain or no-break
Pass = Callable[["Scan", Reading], bool]  # one step of reading a number's surroundings
