"""The scan pipeline: document -> quantities -> statements -> matches -> verdicts -> findings.

Rules detect; `finalize` is the one place that decides severity, selection, suppressions
and what is shown, and `exit_code` decides the exit code.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from factcheck.assess import Mention, Statement, assess, mention_of
from factcheck.match import FigureIndex
from factcheck.models import SEVERITIES, STATISTIC_KINDS, Finding, Quantity
from factcheck.registry import FigureRegistry
from factcheck.text import sentence_spans, stems

NEAR_WORDS = 6  # words either side of a number that count as "near" it
WINDOW_CHARS = 70  # characters either side of a number read for attribution


@dataclass
class Policy:
    """What the user asked for: rule selection, severities and what to show."""

    select: frozenset[str] = frozenset()  # codes; empty = all
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, str] = field(default_factory=dict)  # code -> severity
    min_severity: str = "info"
    show_verified: bool = False
    tolerance: float = 0.0  # extra relative slack when judging values (a figure's own wins)
    conversion_tolerance: float = 0.01  # relative slack when checking conversions

    def enabled(self, code: str) -> bool:
        """Say whether a rule runs."""
        return (not self.select or code in self.select) and code not in self.ignore


@dataclass
class DocumentScan:
    """Everything scanning one document produced, before corpus rules and filtering."""

    path: str
    findings: list[Finding]
    mentions: list[Mention]  # numbers tied to a figure, for the rules that read every file
    quantities: int
    statistics: int
    text: str = ""
    continued: bool = False  # a later chunk of a file scanned in parts (counted once)


def index_for(registry: FigureRegistry) -> FigureIndex:
    """Return the registry's match index, built once."""
    cached = getattr(registry, "_fc_index", None)
    if cached is None:
        cached = FigureIndex.build(registry)
        registry._fc_index = cached  # type: ignore[attr-defined]
        # The registry and its index live as long as the scan: moving them out of the
        # collector's sight stops every full collection from walking 10,000 figures again.
        import gc

        gc.freeze()
    return cached


def _years(qs: Iterable[Quantity]) -> frozenset[int]:
    return frozenset(int(q.value) for q in qs if q.kind == "year" and q.value is not None)


def iter_statements(doc: Any, index: FigureIndex) -> Iterator[tuple[list[Statement], int]]:
    """Yield each prose segment's statements (matched to candidates) and its count of numbers."""
    from factcheck.extract import extract_quantities

    rows = _table_rows(doc)
    for seg_id, seg in enumerate(doc.segments):
        text = seg.text
        qs = extract_quantities(text)
        statements: list[Statement] = []
        if not qs:
            continue
        spans = sentence_spans(text)
        si = 0
        # Numbers in one sentence share its stems and candidate pools; each year in it belongs
        # to the nearest statistic ("26,000 pounds in 2022, while Blue Lotus netted 10,000").
        per_sentence: dict[int, tuple[list[str], dict[int, frozenset[int]], dict[Any, Any]]] = {}
        row = rows.get(seg_id)
        if row is not None:
            # A table cell's sentence is its row (and the header): "Overdose deaths, 2022 |
            # nearly 110,000" says what the number in the second cell is.
            spans = [(0, len(text))]
            row_years = _years(extract_quantities(row))
            per_sentence[0] = (stems(row), dict.fromkeys(range(len(qs)), row_years), {})
        prev_ends, next_starts = _neighbours(qs, len(text))
        for qi, q in enumerate(qs):
            if not (q.is_statistic or q.malformed):
                continue
            while si < len(spans) - 1 and spans[si][1] <= q.start:
                si += 1
            s0, s1 = spans[si]
            sentence = text[s0:s1] if row is None else row
            if si not in per_sentence:
                per_sentence[si] = (stems(sentence), _nearest_years(qs, s0, s1), {})
            sentence_stems, owners, pools = per_sentence[si]
            years = frozenset().union(*owners.values()) if owners else frozenset()
            own_years = owners.get(qi, frozenset())
            # The words that belong to a number end at the clause break between it and the
            # statistics beside it (else halfway): in "the army says 635, officials had
            # reported 104", "army" belongs to 635 only.
            lo = _clause_start(text, prev_ends[qi], q.start) if prev_ends[qi] > s0 else s0
            hi = _clause_end(text, q.end, next_starts[qi]) if next_starts[qi] < s1 else s1
            before = text[max(s0, lo, q.start - WINDOW_CHARS): q.start]
            after = text[q.end: min(s1, hi, q.end + WINDOW_CHARS)]
            near = frozenset(stems(before)[-NEAR_WORDS:] + stems(after)[:NEAR_WORDS])
            # This number's own clause: halfway to the statistics beside it in the sentence.
            own = frozenset(stems(text[lo:q.start])) | frozenset(stems(text[q.end:hi])) if (
                lo > s0 or hi < s1) else None
            start = seg.to_original(q.start)
            end = seg.to_original_end(q.end)
            line, col = doc.position(start)
            end_line, end_col = doc.position(end)
            st = Statement(
                q=q, path=doc.path, start=start, end=end, line=line, column=col,
                end_line=end_line, end_column=end_col, sentence=sentence, stems=sentence_stems,
                near=near, years=own_years, window=before + " " + after,
                segment=text, seg_id=seg_id,
            )
            st.candidates = index.candidates(q, sentence, sentence_stems, years, near, pools, own, own_years)
            statements.append(st)
        yield statements, len(qs)


_CLAUSE_BREAKS = ",;:()—–"


def _clause_start(text: str, prev_end: int, start: int) -> int:
    """Return where a number's clause starts: after the last clause break since the previous statistic."""
    cut = max(text.rfind(ch, prev_end, start) for ch in _CLAUSE_BREAKS)
    return cut + 1 if cut >= 0 else (prev_end + start) // 2


def _clause_end(text: str, end: int, next_start: int) -> int:
    """Return where a number's clause ends: at the first clause break before the next statistic."""
    cuts = [i for ch in _CLAUSE_BREAKS if (i := text.find(ch, end, next_start)) >= 0]
    return min(cuts) if cuts else (end + next_start) // 2


def _nearest_years(qs: list[Quantity], s0: int, s1: int) -> dict[int, frozenset[int]]:
    """Give each year in a sentence to the statistic nearest to it, by index of quantity."""
    stats = [i for i, q in enumerate(qs) if s0 <= q.start < s1 and (q.is_statistic or q.malformed)]
    owners: dict[int, set[int]] = defaultdict(set)
    if not stats:
        return {}
    for y in qs:
        if y.kind != "year" or y.value is None or not s0 <= y.start < s1:
            continue
        nearest = min(stats, key=lambda i: max(0, y.start - qs[i].end, qs[i].start - y.end))
        owners[nearest].add(int(y.value))
    return {i: frozenset(ys) for i, ys in owners.items()}


def _table_rows(doc: Any) -> dict[int, str]:
    """Return, for each table cell segment, the text of its row with the table's header row."""
    cells = [(i, seg) for i, seg in enumerate(doc.segments) if getattr(seg, "kind", "") == "table-cell"]
    if not cells:
        return {}
    by_line: dict[int, list[int]] = {}
    for i, seg in cells:
        by_line.setdefault(doc.position(seg.to_original(0))[0], []).append(i)
    out: dict[int, str] = {}
    header = ""
    previous_line = -2
    for line in sorted(by_line):
        ids = by_line[line]
        row = " | ".join(doc.segments[i].text for i in ids)
        if line > previous_line + 2:  # a new table: its first row is the header
            header = row
        previous_line = line
        for i in ids:
            out[i] = row if row == header else f"{header} | {row}"
    return out


def _neighbours(qs: list[Quantity], size: int) -> tuple[list[int], list[int]]:
    """Return, for each quantity, the end of the statistic before it and the start of the one after."""
    prev_ends, last = [], 0
    for q in qs:
        prev_ends.append(last)
        if q.kind in STATISTIC_KINDS:
            last = q.end
    next_starts, first = [0] * len(qs), size
    for i in range(len(qs) - 1, -1, -1):
        next_starts[i] = first
        if qs[i].kind in STATISTIC_KINDS:
            first = qs[i].start
    return prev_ends, next_starts


def scan_document(doc: Any, registry: FigureRegistry, policy: Policy) -> DocumentScan:
    """Run every enabled statement and document rule on one parsed document."""
    from factcheck.rules import RULES

    rules = [r for r in RULES.values() if policy.enabled(r.code)]
    findings: list[Finding] = []
    mentions: list[Mention] = []
    total = stats = 0
    # Segment by segment, keeping only findings and compact records: a 20 MB draft must not
    # hold every statement, sentence and candidate until its end. Conversions, the one
    # document-level check, pair numbers within a segment.
    for statements, count in iter_statements(doc, index_for(registry)):
        total += count
        pairs = [(st, assess(st, policy.tolerance)) for st in statements]
        for rule in rules:
            if rule.check is not None:
                for st, a in pairs:
                    f = rule.check(st, a)
                    if f is not None:
                        findings.append(f)
            if rule.check_document is not None:
                findings.extend(rule.check_document(statements, policy.conversion_tolerance))
        stats += sum(1 for st in statements if st.q.is_statistic)
        mentions.extend(m for st, a in pairs if (m := mention_of(st, a)) is not None)
    return DocumentScan(doc.path, findings, mentions, total, stats, doc.text)


def corpus_findings(scans: Sequence[DocumentScan], policy: Policy) -> list[Finding]:
    """Run the rules that look across every scanned document."""
    return corpus_findings_of([m for s in scans for m in s.mentions], policy)


def corpus_findings_of(mentions: list[Mention], policy: Policy) -> list[Finding]:
    """Run the rules that look across documents on their compact records."""
    from factcheck.rules import RULES

    out: list[Finding] = []
    for rule in RULES.values():
        if rule.check_corpus is not None and policy.enabled(rule.code):
            out.extend(rule.check_corpus(mentions))
    return out


def finalize(findings: Iterable[Finding], policy: Policy) -> list[Finding]:
    """Apply severities, selection and visibility; sort by place. The one place for this."""
    floor = SEVERITIES.index(policy.min_severity)
    out = []
    for f in findings:
        if not policy.enabled(f.code):
            continue
        sev = policy.severity.get(f.code, f.severity)
        if sev != f.severity:
            f = f.model_copy(update={"severity": sev})
        if f.kind == "verified" and not policy.show_verified:
            continue
        if SEVERITIES.index(f.severity) < floor:
            continue
        out.append(f)
    out.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    return out


def severity_counts(findings: Iterable[Finding]) -> Counter[str]:
    """Count findings by severity, verified ones aside: they never fail a scan."""
    return Counter(f.severity for f in findings if f.kind != "verified")


def exit_code(severities: Mapping[str, int], fail_on: str) -> int:
    """Return 1 when any finding counted in `severities` is at or above `fail_on`, else 0."""
    if fail_on == "never":
        return 0
    floor = SEVERITIES.index(fail_on)
    return int(any(n and SEVERITIES.index(s) >= floor for s, n in severities.items()))


def scan_text(text: str, registry: FigureRegistry, path: str = "-", format: str | None = None,
              policy: Policy | None = None) -> list[dict[str, Any]]:
    """Scan one text and return its findings as plain, picklable, JSON-able dicts."""
    from factcheck.documents import detect_format, parse_document

    pol = policy or Policy()
    doc = parse_document(text, path=path, format=format or detect_format(path))
    scan = scan_document(doc, registry, pol)
    findings = apply_document_suppressions(doc, scan.findings, pol)
    findings.extend(corpus_findings([scan], pol))
    return [f.model_dump(mode="json") for f in finalize(findings, pol)]


def apply_document_suppressions(doc: Any, findings: list[Finding], policy: Policy) -> list[Finding]:
    """Drop suppressed findings and report unused or broken suppression comments (FC109)."""
    from factcheck.rules import RULES, rule_names
    from factcheck.suppress import apply_suppressions, parse_suppressions

    sups, errors = parse_suppressions(doc, names=rule_names())
    if not sups and not errors:
        return list(findings)
    kept, unused = apply_suppressions(findings, sups)
    rule = RULES["FC109"]
    if not policy.enabled(rule.code):
        return kept
    for s in unused:
        line, col = s.directive_line, s.directive_column
        codes = ", ".join(sorted(s.codes)) or "all rules"
        kept.append(_directive_finding(doc.path, line, col, f"suppression of {codes} matches no finding"))
    for line, col, message in errors:
        kept.append(_directive_finding(doc.path, line, col, message))
    return kept


def _directive_finding(path: str, line: int, col: int, message: str) -> Finding:
    return Finding(
        path=path, line=line, column=col, end_line=line, end_column=col + 1, text="factcheck:",
        code="FC109", rule="unused-suppression", kind="unused-suppression", severity="info",
        message=message,
    )
