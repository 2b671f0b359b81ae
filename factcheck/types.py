"""The values passed between stages: Statement, Candidate, Assessment, Mention, DocumentScan.

A Quantity (models.py) is what extraction reads; a Statement is a quantity in its sentence;
Candidates are the figures it may state; an Assessment is the verdict on it; a Mention is
the compact record of it kept for the rules that read every file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple, Protocol

from factcheck.models import Figure, Finding, Quantity, Source, Verdict
from factcheck.periods import Period
from factcheck.suppress import Suppression


@dataclass(frozen=True, slots=True)
class Candidate:
    """A figure a statement may state, with the evidence for it."""

    figure: Figure
    score: float
    strength: float
    evidence: tuple[tuple[str, str], ...]  # (label, detail), formatted only when asked for
    period_conflict: bool  # the periods nearest the number lie outside the figure's period
    near: int = 0  # figure words within a few words of the number itself
    hits: frozenset[str] = frozenset()  # the figure's keywords found in the sentence
    period_score: float = 0.0  # the part of the score that the period gave
    topic: bool = True  # the words name what the figure counts, not only whose or where (names)

    @property
    def word_score(self) -> float:
        """Return the score the words alone give, the period aside."""
        return self.score - self.period_score

    @property
    def reasons(self) -> tuple[str, ...]:
        """Return the evidence as readable lines ('keywords: died, overdose')."""
        return tuple(f"{label}: {detail}" if detail else label for label, detail in self.evidence)


class TableCell(NamedTuple):
    """Where a table cell's number stands: its table, row and column, and the words labelling it."""

    table: int
    row: int
    column: int
    label: str  # the row's first cell ("Total", "Health care")
    header: str  # the column's header ("Jobs added (thousands)")


@dataclass
class Statement:
    """A number in a draft, with the context matching and rules need."""

    q: Quantity
    path: str
    start: int  # offsets in the original file
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    sentence: str
    stems: list[str]
    near: frozenset[str]  # stems within a few words of the number
    periods: tuple[Period, ...]  # the periods nearest this number (they can contradict a figure)
    window: str  # the words around the number, for attribution
    segment: str = ""  # the prose block the number is in (q.start/q.end index into it)
    seg_id: int = 0
    candidates: list[Candidate] = field(default_factory=list)
    # stems of the number's own clause, when the sentence has others
    clause: frozenset[str] | None = None
    base: Statement | None = None  # the number this one is a comparison's base for ("from 668")
    direction: int = 0  # -1 when the words say it went down ("lost 40,000"), 1 up, 0 neither
    # the draft's own date (stated, or --date): revised figures are judged as of it
    dated: date | None = None
    cell: TableCell | None = None  # a table cell's place, for the rules that read a whole table
    # figures in percent for a number in percentage points, or the other way round: a number
    # that is one of them as written is a unit mismatch ("down 0.9 percent" for 0.9 points)
    other_unit: list[Candidate] = field(default_factory=list)


@dataclass
class Assessment:
    """The verdict on one statement."""

    verdict: Verdict
    figure: Figure | None = None
    candidate: Candidate | None = None
    source: Source | None = None  # the source the draft attributes the number to
    targets: tuple[Source, ...] = ()  # sources the statement was judged against
    conflict: bool = False  # the figure's sources disagree and the draft names none of them
    reading: float | None = None  # the best reading of a malformed number
    scale: float | None = None  # power-of-ten slip factor
    per_mismatch: bool = False
    transposed: bool = False  # the digits of the figure in another order ("62" for 26)
    reversed: bool = False  # the figure's change turned around: a loss stated as a gain
    # an outdated estimate's revision: the estimate the draft should state
    revised_to: Source | None = None
    others: tuple[Candidate, ...] = ()


class Stated(Protocol):
    """What interval judging reads of a stated number (a Quantity or a Mention)."""

    @property
    def value(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def hedge(self) -> str: ...
    @property
    def precision(self) -> float | None: ...
    @property
    def low(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...
    @property
    def kind(self) -> str: ...


class Mention(NamedTuple):
    """A compact record of a number tied to a figure, kept for the rules that read all files."""

    figure: Figure
    source: Source | None
    verdict: Verdict
    reading: float | None
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str
    hedge: str
    value: float | None
    unit: str | None
    kind: str
    malformed: bool
    precision: float | None
    low: float | None
    high: float | None
    context: str


@dataclass(frozen=True, slots=True)
class PendingSuppression:
    """A file's suppression that a finding of a rule reading every file (FC108) may need."""

    path: str
    suppression: Suppression
    used: bool  # it matched a finding of its own file already


@dataclass
class DocumentScan:
    """What scanning one document produced: its decided findings and the records the
    cross-document rules and the summary need."""

    path: str
    findings: list[Finding]
    mentions: list[Mention]  # numbers tied to a figure, for the rules that read every file
    quantities: int
    statistics: int
    text: str = ""
    continued: bool = False  # a later chunk of a file scanned in parts (counted once)
    pending: list[PendingSuppression] = field(default_factory=list)
    # verified numbers --hide-verified keeps out
    hidden: list[Finding] = field(default_factory=list)
