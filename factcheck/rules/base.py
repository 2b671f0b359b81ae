"""What every rule shares: the Rule record, the Problem a check returns, and its wording.

A check returns a Problem (a message and the finding's fields about its place and figure);
`Rule.finding` fills in the code, name, kind and severity, so no rule spells them twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from factcheck.check.stated import stated_words
from factcheck.intervals import describe
from factcheck.models import Expected, Figure, Finding, RuleInfo, Scope, Source, SourceRef, Verdict
from factcheck.registry.revisions import revision_of
from factcheck.text import one_line
from factcheck.types import Assessment, Statement


@dataclass(frozen=True)
class Problem:
    """What a check found: the message and the finding's fields (place, figure, extras)."""

    message: str
    fields: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """A registered rule: what it is called, what it reads and reports, and its check."""

    code: str
    name: str  # also the finding's kind in the JSON contract
    severity: str  # the default; the decision engine applies overrides
    scope: Scope
    verdicts: tuple[Verdict, ...]  # statement rules: the verdicts this rule reports
    summary: str
    doc: str
    check: Callable[..., Any] | None = None

    @property
    def kind(self) -> str:
        """Return the kind of finding this rule reports."""
        return self.name

    @property
    def info(self) -> RuleInfo:
        """Return the rule as reporters describe it."""
        return RuleInfo(self.code, self.name, self.severity, self.summary, self.doc)

    def finding(self, problem: Problem) -> Finding:
        """Return the finding for a problem this rule found."""
        return Finding.model_validate({
            **problem.fields, "code": self.code, "rule": self.name, "kind": self.kind,
            "severity": self.severity, "message": problem.message,
        })


def source_refs(sources: tuple[Source, ...] | list[Source]) -> tuple[SourceRef, ...]:
    """Return sources as findings cite them: one quote per document and value."""
    seen: set[tuple[str, float | None]] = set()
    out = []
    for s in sources:
        if (s.document, s.value) not in seen:
            seen.add((s.document, s.value))
            out.append(SourceRef(document=s.document, publisher=s.publisher, quote=s.quote,
                                 value=s.value))
    return tuple(out)


def expected_of(fig: Figure, src: Source | None = None) -> Expected:
    """Return what the registry says, from one source when the draft names it."""
    if src is not None and src.value is not None:
        return Expected(value=src.value, unit=fig.unit, qualifier=src.qualifier)
    return Expected(value=fig.value, unit=fig.unit, qualifier=fig.qualifier)


def figure_words(fig: Figure, src: Source | None = None) -> str:
    """Describe a figure's value in words: 'nearly 110,000 deaths (2022)'."""
    value, qual = fig.value, fig.qualifier
    if src is not None and src.value is not None:
        value, qual = src.value, src.qualifier
    text = describe(value, qual, fig.unit)
    if fig.per:
        text += f" per {fig.per}"
    if fig.period:
        text += f" in {fig.period}" if re.match(r"(?:FY\s?)?\d", fig.period) else f" ({fig.period})"
    if fig.revisions and src is not None and (rev := revision_of(fig, src)) is not None:
        text += f" ({rev.name}, report of {rev.date})"
    return text


def problem_at(st: Statement, message: str, a: Assessment | None = None,
               **extra: object) -> Problem:
    """Return a problem at a statement, citing the assessment's figure, expected value, sources."""
    fig = a.figure if a is not None else None
    src = a.source if a is not None else None
    fields: dict[str, object] = dict(
        path=st.path, line=st.line, column=st.column, end_line=st.end_line,
        end_column=st.end_column, text=st.q.text, figure=fig.id if fig else None,
        expected=expected_of(fig, src) if fig else None,
        # The sources that vouch for the expected value; a malformed printing vouches for none.
        sources=source_refs(a.targets or tuple(s for s in fig.sources if s.value is not None) if fig
                            else ())
        if a is not None else (),
        stated_value=st.q.value, stated_unit=st.q.unit, hedge=st.q.hedge,
        context=one_line(st.sentence), start=st.start, end=st.end,
        reasons=explained(st, a),
        score=a.candidate.score if a is not None and a.candidate else None,
    )
    fields.update(extra)
    return Problem(message, fields)


ROLE_WORDS = {"age": "an age bracket (only figures measured in years of age)",
              "duration": "a duration (only figures measured in time)"}


def explained(st: Statement, a: Assessment | None) -> tuple[str, ...]:
    """Return what --explain shows: the number's role and period, the evidence for its figure,
    and the runner-up with the margin."""
    out = [f"role: {ROLE_WORDS.get(st.q.kind, 'a statistic')} ({st.q.kind})"]
    if st.periods:
        out.append("period: " + "; ".join(f"{p.label} ({p.how or 'written'})" for p in st.periods))
    if a is None or a.candidate is None:
        return tuple(out)
    out.extend(a.candidate.reasons)
    others = [c for c in st.candidates if c.figure.id != a.candidate.figure.id]
    if others:
        runner = others[0]
        out.append(f"runner-up: {runner.figure.id} (score {runner.score:.2f}, margin "
                   f"{a.candidate.score - runner.score:.2f})")
    return tuple(out)


def against_figure(st: Statement, a: Assessment, claim: str) -> str:
    """Return "'<stated>' <claim> <figure id>: the registry says <value>"."""
    assert a.figure is not None
    return (f"'{stated_words(st)}' {claim} {a.figure.id}: "
            f"the registry says {figure_words(a.figure, a.source)}")
