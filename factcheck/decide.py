"""The decision engine: the one place that filters findings and sets the exit code.

Every finding passes through here once: per file as its scan completes, and the findings of
the rules that read every file after them. The engine applies rule selection, severity
overrides, suppressions (FC109 reports those that matched nothing), --show-verified,
--min-severity, --baseline (FC113 reports entries that accepted nothing) and
--changed-since, counts what it keeps, and turns the counts into the exit code, as
flake8's DecisionEngine does. Rules and reporters never filter.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from factcheck.baseline import Baseline, Entry, fingerprint
from factcheck.models import ExitCode, Finding, Scope, Summary, severity_rank
from factcheck.suppress import Suppression, apply_suppressions
from factcheck.types import DocumentScan, Mention, PendingSuppression


@dataclass(frozen=True)
class Policy:
    """What the user asked for: rule selection, severities, what to show and judging slack."""

    select: frozenset[str] = frozenset()  # codes; empty = all
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, str] = field(default_factory=dict)  # code -> severity
    min_severity: str = "info"
    show_verified: bool = False
    tolerance: float = 0.0  # extra relative slack when judging values (a figure's own wins)
    conversion_tolerance: float = 0.01  # relative slack when checking conversions
    changed: Mapping[str, frozenset[int]] | None = None  # realpath -> lines; None = every line
    date: date | None = None  # what relative periods resolve against when a draft states no date
    baseline: Baseline | None = None  # accepted findings: dropped, stale entries reported

    def enabled(self, code: str) -> bool:
        """Say whether a rule runs."""
        return (not self.select or code in self.select) and code not in self.ignore


def decide(findings: Iterable[Finding], policy: Policy,
           hidden: list[Finding] | None = None) -> list[Finding]:
    """Apply selection, severities and visibility; sort by place.

    Verified numbers left out only because they are hidden go to `hidden`, when given, so
    that the summary can count them.
    """
    floor = severity_rank(policy.min_severity)
    out = []
    for f in findings:
        if not policy.enabled(f.code):
            continue
        sev = policy.severity.get(f.code, f.severity)
        if sev != f.severity:
            f = f.model_copy(update={"severity": sev})
        if f.kind == "verified" and not policy.show_verified:
            if hidden is not None:
                hidden.append(f)
            continue
        if severity_rank(f.severity) < floor:
            continue
        out.append(f)
    out.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    return out


def _deferrable(s: Suppression, policy: Policy) -> bool:
    """Say whether a suppression could still match a finding of a rule that reads every file."""
    from factcheck.rules import rules_of

    corpus = {r.code for r in rules_of(Scope.CORPUS) if policy.enabled(r.code)}
    return bool(corpus) and (not s.codes or bool(s.codes & corpus))


def decide_document(path: str, findings: Sequence[Finding], suppressions: list[Suppression],
                    errors: Sequence[tuple[int, int, str]], policy: Policy,
                    hidden: list[Finding] | None = None) -> tuple[list[Finding],
                                                                  list[PendingSuppression]]:
    """Decide one file's findings; return them and the suppressions kept for cross-file findings.

    Hidden verified numbers go to `hidden` when given (see `decide`).
    """
    kept, unused = apply_suppressions(findings, suppressions)
    idle = set(map(id, unused))
    pending = [PendingSuppression(path, s, id(s) not in idle) for s in suppressions
               if _deferrable(s, policy)]
    stale = [s for s in unused if not _deferrable(s, policy)]
    kept.extend(unused_suppressions(path, stale, errors, policy))
    return decide(kept, policy, hidden), pending


def decide_corpus(findings: Sequence[Finding], pending: Sequence[PendingSuppression],
                  policy: Policy) -> list[Finding]:
    """Decide the findings of the rules that read every file, then report unused suppressions."""
    by_path: dict[str, list[PendingSuppression]] = {}
    for p in pending:
        by_path.setdefault(p.path, []).append(p)
    found: dict[str, list[Finding]] = {}
    for f in findings:
        found.setdefault(f.path, []).append(f)
    kept: list[Finding] = []
    for path in dict.fromkeys([*found, *by_path]):
        mine = by_path.get(path, [])
        left, unused = apply_suppressions(found.get(path, []), [p.suppression for p in mine])
        idle = set(map(id, unused))
        kept.extend(left)
        kept.extend(unused_suppressions(
            path, [p.suppression for p in mine if not p.used and id(p.suppression) in idle], (),
            policy))
    return decide(kept, policy)


def unused_suppressions(path: str, unused: Iterable[Suppression],
                        errors: Iterable[tuple[int, int, str]], policy: Policy) -> list[Finding]:
    """Return FC109 findings for suppressions that matched nothing and for broken directives."""
    from factcheck.rules import RULES, Problem

    rule = RULES["FC109"]
    if not policy.enabled(rule.code):
        return []
    found = [(s.directive_line, s.directive_column,
              f"suppression of {', '.join(sorted(s.codes)) or 'all rules'} matches no finding")
             for s in unused]
    found.extend(errors)
    return [rule.finding(Problem(message, dict(
        path=path, line=line, column=col, end_line=line, end_column=col + 1, text="factcheck:")))
        for line, col, message in found]


def shift_pending(pending: Iterable[PendingSuppression], lines: int) -> list[PendingSuppression]:
    """Move the suppressions of a file's later part to the file's own line numbers."""
    return [replace(p, suppression=replace(
        p.suppression, start_line=p.suppression.start_line + lines,
        end_line=p.suppression.end_line + lines,
        directive_line=p.suppression.directive_line + lines)) for p in pending]


@dataclass
class Tally:
    """Counts kept while findings stream past, for the summary and the exit code."""

    files: int = 0
    quantities: int = 0
    statistics: int = 0
    by_severity: Counter[str] = field(default_factory=Counter)  # verified findings excluded
    by_kind: Counter[str] = field(default_factory=Counter)
    findings: int = 0
    hidden_verified: int = 0  # verified numbers not reported (--hide-verified), for the summary

    def add(self, f: Finding) -> None:
        """Count one reported finding."""
        self.findings += 1
        self.by_kind[f.kind] += 1
        if f.kind != "verified":
            self.by_severity[f.severity] += 1

    def summary(self) -> Summary:
        """Return the counts as the reports' summary."""
        by_kind = dict(sorted(self.by_kind.items()))
        severities = Counter(self.by_severity)
        severities["info"] += self.by_kind.get("verified", 0)  # verified findings are info
        return Summary(files=self.files, quantities=self.quantities, statistics=self.statistics,
                       findings=self.findings,
                       by_severity={s: severities.get(s, 0) for s in ("error", "warning", "info")},
                       by_kind=by_kind,
                       verified=self.by_kind.get("verified", 0) + self.hidden_verified)


class BaselineMatch:
    """A baseline's entries as one scan uses them up: each entry accepts one finding."""

    def __init__(self, baseline: Baseline | None) -> None:
        self.baseline = baseline
        self.left: dict[tuple[str, str], list[Entry]] = {}
        for e in baseline.entries if baseline else ():
            self.left.setdefault((e.path, e.fingerprint), []).append(e)

    def accepts(self, f: Finding) -> bool:
        """Say whether an entry accepts this finding, and use the entry up."""
        import os

        if not self.left or f.kind == "verified":
            return False
        entries = self.left.get((os.path.realpath(f.path), fingerprint(f)))
        if not entries:
            return False
        entries.pop(0)
        return True

    def stale(self, scanned: set[str], policy: Policy) -> list[Finding]:
        """Return FC113 findings for the unused entries of scanned files and enabled rules."""
        from factcheck.rules import RULES, Problem

        rule = RULES["FC113"]
        if self.baseline is None or not policy.enabled(rule.code):
            return []
        where, out = self.baseline.path, []
        floor = severity_rank(policy.min_severity)
        for entries in self.left.values():
            for e in entries:
                if e.path not in scanned or not policy.enabled(e.code):
                    continue
                sev = policy.severity.get(e.code, e.severity)
                if sev in ("error", "warning", "info") and severity_rank(sev) < floor:
                    continue  # hidden by --min-severity, so not judged
                message = (f"baseline entry {e.code} '{e.text}' ({_shown(e.path)}, was "
                           f"line {e.line}) matches no finding; rewrite it with --write-baseline")
                out.append(rule.finding(Problem(message, dict(
                    path=where, line=e.at, column=1, end_line=e.at, end_column=2, text=e.text))))
        return decide(out, policy)


def _shown(path: str) -> str:
    import os

    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def _on_changed_line(f: Finding, policy: Policy) -> bool:
    import os

    return policy.changed is None or f.line in policy.changed.get(os.path.realpath(f.path), ())


def stream(scans: Iterable[DocumentScan], policy: Policy, tally: Tally,
           corpus: Callable[[list[Mention]], list[Finding]]) -> Iterator[Finding]:
    """Yield each file's decided findings as it is scanned, then what `corpus` finds across them."""
    import os

    mentions: list[Mention] = []
    pending: list[PendingSuppression] = []
    baseline = BaselineMatch(policy.baseline)
    scanned: set[str] = set()
    for scan in scans:
        tally.files += not scan.continued
        tally.quantities += scan.quantities
        tally.statistics += scan.statistics
        mentions.extend(scan.mentions)
        pending.extend(scan.pending)
        if policy.baseline is not None:
            scanned.add(os.path.realpath(scan.path))
        tally.hidden_verified += sum(1 for f in scan.hidden if _on_changed_line(f, policy))
        for f in scan.findings:
            # The baseline first: an accepted finding on an unchanged line is still accepted.
            if not baseline.accepts(f) and _on_changed_line(f, policy):
                tally.add(f)
                yield f
    for f in decide_corpus(corpus(mentions), pending, policy):
        if not baseline.accepts(f) and _on_changed_line(f, policy):
            tally.add(f)
            yield f
    for f in baseline.stale(scanned, policy):
        tally.add(f)
        yield f


def exit_code(severities: Mapping[str, int], fail_on: str) -> ExitCode:
    """Return FINDINGS when any counted finding is at or above `fail_on`, else OK."""
    if fail_on == "never":
        return ExitCode.OK
    floor = severity_rank(fail_on)
    failed = any(n and severity_rank(s) >= floor for s, n in severities.items())
    return ExitCode.FINDINGS if failed else ExitCode.OK
