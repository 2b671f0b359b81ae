"""Scan one document: text -> segments -> quantities -> statements -> verdicts -> rules -> decide.

`scan_job` is what every executor runs for a file; `scan_parts` scans a huge file chunk by
chunk; `corpus_findings` runs the rules that read every file's mentions.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.check.claims import assess_together
from factcheck.check.index import FigureIndex
from factcheck.check.statements import DraftDate, iter_statements
from factcheck.check.verdict import assess, mention_of
from factcheck.decide import Policy, decide_document, shift_pending
from factcheck.documents.load import Document
from factcheck.models import Finding, Scope, Verdict
from factcheck.registry.load import FigureRegistry
from factcheck.types import DocumentScan, Mention, Statement

if TYPE_CHECKING:
    from factcheck.rules.base import Rule

STREAM_BYTES = 4 << 20  # files larger than this are scanned paragraph chunk by chunk
CHUNK_BYTES = 1 << 20  # a chunk's parse and matching peak near 150 MB; larger chunks cost more


@dataclass(frozen=True)
class Job:
    """One file to scan: a path, or text read from standard input under a name."""

    path: str
    text: str | None = None
    format: str | None = None


def index_for(registry: FigureRegistry) -> FigureIndex:
    """Return the registry's match index, built once."""
    cached = getattr(registry, "_fc_index", None)
    if cached is None:
        cached = keep_index(registry, FigureIndex.build(registry))
    return cached


def keep_index(registry: FigureRegistry, index: FigureIndex) -> FigureIndex:
    """Give a registry its match index (built, or read from the registry cache) for the scan."""
    registry._fc_index = index  # type: ignore[attr-defined]
    # The registry and its index live as long as the scan: moving them out of the
    # collector's sight stops every full collection from walking 10,000 figures again.
    import gc

    gc.freeze()
    return index


def scan_document(doc: Document, registry: FigureRegistry, policy: Policy) -> DocumentScan:
    """Run every enabled statement and document rule on one parsed document (undecided)."""
    from factcheck.rules import RULES, rules_of, statement_rules

    by_verdict = statement_rules({c for c in RULES if policy.enabled(c)})
    doc_rules = [r for r in rules_of(Scope.DOCUMENT) if policy.enabled(r.code)]
    findings: list[Finding] = []
    mentions: list[Mention] = []
    total = stats = 0
    # Segment by segment, keeping only findings and compact records: a 20 MB draft must not
    # hold every statement, sentence and candidate until its end. Document rules read one
    # segment at a time, or one whole table (its totals add up its cells).
    table: list[Statement] = []  # one table's cells, which document rules read together
    for statements, count in iter_statements(doc, index_for(registry), draft_date_of(doc, policy)):
        total += count
        pairs = assess_together(statements, lambda st: assess(st, policy.tolerance))
        for st, a in pairs:
            for rule in by_verdict.get(a.verdict, ()):
                problem = rule.check(st, a) if rule.check else None
                if problem is not None:
                    findings.append(rule.finding(problem))
        cell = statements[0].cell if statements else None
        if table and (cell is None or table[0].cell is None or cell.table != table[0].cell.table):
            findings.extend(document_findings(doc_rules, table, policy, registry))
            table = []
        if cell is not None:
            table.extend(statements)
        else:
            findings.extend(document_findings(doc_rules, statements, policy, registry))
        # A duration judged against a registry figure (a 38.5-hour workweek) was checked too.
        stats += sum(1 for st, a in pairs if st.q.is_statistic or (
            a.figure is not None and a.verdict is not Verdict.UNSOURCED))
        mentions.extend(m for st, a in pairs if (m := mention_of(st, a)) is not None)
    findings.extend(document_findings(doc_rules, table, policy, registry))
    return DocumentScan(doc.path, findings, mentions, total, stats, doc.text)


def document_findings(rules: list[Rule], statements: list[Statement], policy: Policy,
                      registry: FigureRegistry | None = None) -> list[Finding]:
    """Run the document rules on one block: a prose segment's statements, or a whole table's
    (with the registry, for the relations its figures complete)."""
    if not statements:
        return []
    return [rule.finding(p) for rule in rules if rule.check is not None
            for p in rule.check(statements, policy.conversion_tolerance, registry)]


def draft_date_of(doc: Document, policy: Policy) -> DraftDate | None:
    """Return the date a draft's relative periods resolve against, and where it came from."""
    from factcheck.documents.dates import draft_date

    stated = draft_date(doc.text, doc.format)
    if stated is not None:
        return DraftDate(stated[0], stated[1])
    if policy.date is not None:
        return DraftDate(policy.date, "the --date option")
    try:
        mtime = os.stat(doc.path).st_mtime
    except OSError:
        return None
    from datetime import date

    # A modification date is a guess (a fresh clone dates every file today): it supports a
    # period, never contradicts one.
    return DraftDate(date.fromtimestamp(mtime), "the file's modification date", certain=False)


def decided(doc: Document, scan: DocumentScan, policy: Policy) -> DocumentScan:
    """Pass a document's findings through the decision engine, with its suppressions."""
    from factcheck.rules import rule_names
    from factcheck.suppress import parse_suppressions

    sups, errors = parse_suppressions(doc, names=rule_names())
    scan.findings, scan.pending = decide_document(doc.path, scan.findings, sups, errors, policy,
                                                  scan.hidden)
    return scan


def scan_job(job: Job, registry: FigureRegistry, policy: Policy, keep_text: bool) -> DocumentScan:
    """Load, scan and decide one file."""
    from factcheck.documents.load import load_document

    doc = load_document(job.path, job.text, job.format)
    scan = decided(doc, scan_document(doc, registry, policy), policy)
    if not keep_text:
        scan.text = ""
    return scan


def is_huge(job: Job, keep_text: bool) -> bool:
    """Say whether a job is a file large enough to scan in parts (never HTML or a report's text)."""
    from factcheck.documents.formats import detect_format

    if job.text is not None or keep_text or (job.format or detect_format(job.path)) == "html":
        return False
    try:
        return os.path.getsize(job.path) > STREAM_BYTES
    except OSError:
        return False


def scan_parts(job: Job, registry: FigureRegistry, policy: Policy) -> Iterator[DocumentScan]:
    """Scan a huge file paragraph chunk by chunk, shifting positions back; memory stays bounded."""
    from factcheck.documents.chunks import iter_paragraph_chunks
    from factcheck.documents.formats import detect_format
    from factcheck.documents.load import parse_document

    fmt = job.format or detect_format(job.path)
    col = 0  # characters of the file's line before the chunk, when a long line was cut
    for n, (text, first_line, offset) in enumerate(iter_paragraph_chunks(job.path, CHUNK_BYTES,
                                                                         fmt)):
        doc = parse_document(text, path=job.path, format=fmt)
        part = decided(doc, scan_document(doc, registry, policy), policy)
        shift = first_line - 1

        def cols(line: int, column: int, col: int = col) -> int:
            return column + col if line == 1 else column

        part.findings = [
            f.model_copy(update={"line": f.line + shift, "end_line": f.end_line + shift,
                                 "column": cols(f.line, f.column),
                                 "end_column": cols(f.end_line, f.end_column),
                                 "start": f.start + offset, "end": f.end + offset})
            for f in part.findings
        ]
        part.mentions = [
            m._replace(line=m.line + shift, end_line=m.end_line + shift,
                       column=cols(m.line, m.column),
                       end_column=cols(m.end_line, m.end_column), start=m.start + offset,
                       end=m.end + offset)
            for m in part.mentions
        ]
        last_break = max(text.rfind("\n"), text.rfind("\r"))
        bom = 1 if n == 0 and text.startswith("\ufeff") else 0  # a BOM takes no column
        col = col + len(text) - bom if last_break < 0 else len(text) - last_break - 1
        # for --changed-since
        part.hidden = [f.model_copy(update={"line": f.line + shift}) for f in part.hidden]
        part.pending = shift_pending(part.pending, shift)
        part.text, part.continued = "", n > 0
        yield part


def corpus_findings(mentions: list[Mention], policy: Policy) -> list[Finding]:
    """Run the rules that read every scanned file on their compact records (undecided)."""
    from factcheck.rules import rules_of

    out: list[Finding] = []
    for rule in rules_of(Scope.CORPUS):
        if rule.check is not None and policy.enabled(rule.code):
            out.extend(map(rule.finding, rule.check(mentions)))
    return out
