"""Run a scan for the command line: settings, inputs, workers, report, exit code."""

from __future__ import annotations

import glob
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factcheck.assess import Mention
from factcheck.engine import (
    DocumentScan,
    Policy,
    apply_document_suppressions,
    corpus_findings_of,
    exit_code,
    finalize,
    scan_document,
    severity_counts,
)
from factcheck.errors import InputError
from factcheck.models import Finding, ScanResult, Summary
from factcheck.registry import FigureRegistry, load_registry

PARALLEL_MIN_FILES = 8  # below this, worker start-up costs more than it saves


@dataclass(frozen=True)
class Job:
    """One file to scan: a path, or text read from standard input under a name."""

    path: str
    text: str | None = None
    format: str | None = None


def _split(values: Sequence[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)


def _codes(keys: Sequence[str], flag: str) -> frozenset[str]:
    from factcheck.rules import find_rule

    out = set()
    for key in keys:
        rule = find_rule(key)
        if rule is None:
            raise InputError(f"{flag}: no rule '{key}'; run 'factcheck rules' for the list")
        out.add(rule.code)
    return frozenset(out)


def _matches(path: str, patterns: Sequence[str]) -> bool:
    from fnmatch import fnmatch

    name = os.path.basename(path)
    return any(fnmatch(name, p) or fnmatch(path, p) or fnmatch(path, f"*/{p}") for p in patterns)


def collect_jobs(paths: Sequence[str], include: Sequence[str], exclude: Sequence[str],
                 stdin_filename: str | None) -> list[Job]:
    """Expand files, directories, globs and '-' into the files to scan, in a stable order."""
    jobs: list[Job] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        norm = os.path.normpath(p)
        if norm not in seen and not _matches(norm, exclude):
            seen.add(norm)
            jobs.append(Job(norm))

    for raw in paths:
        if raw == "-":
            from factcheck.documents import detect_format

            name = stdin_filename or "-"
            data = sys.stdin.buffer.read()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x})") from None
            jobs.append(Job(name, text, detect_format(name) if stdin_filename else "text"))
        elif os.path.isdir(raw):
            found: list[str] = []
            for root, dirs, files in os.walk(raw):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _matches(os.path.join(root, d), exclude))
                found.extend(os.path.join(root, f) for f in files if _matches(f, include))
            for f in sorted(found):
                add(f)
        elif os.path.exists(raw):
            add(raw)
        elif glob.has_magic(raw):
            hits = sorted(h for h in glob.glob(raw, recursive=True) if os.path.isfile(h))
            if not hits:
                raise InputError(f"{raw}: no file matches this pattern")
            for h in hits:
                add(h)
        else:
            raise InputError(f"{raw}: no such file or directory")
    return jobs


# --- workers -----------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(registry_path: str, policy: Policy) -> None:
    _WORKER["registry"] = load_registry(registry_path)
    _WORKER["policy"] = policy


STREAM_BYTES = 4 << 20  # files larger than this are scanned paragraph chunk by chunk
CHUNK_BYTES = 1 << 20  # a chunk's parse and matching peak near 150 MB; larger chunks cost more


def _scan_job(job: Job, registry: FigureRegistry, policy: Policy, keep_text: bool) -> DocumentScan:
    from factcheck.documents import load_document

    doc = load_document(job.path, job.text, job.format)
    scan = scan_document(doc, registry, policy)
    # Hidden findings (verified, below --min-severity) are dropped here, not kept for the end.
    scan.findings = finalize(apply_document_suppressions(doc, scan.findings, policy), policy)
    if not keep_text:
        scan.text = ""
    return scan


def _streamed(job: Job, keep_text: bool) -> bool:
    """Say whether a job is a file large enough to scan in parts (never HTML or a report's text)."""
    from factcheck.documents import detect_format

    if job.text is not None or keep_text or (job.format or detect_format(job.path)) == "html":
        return False
    try:
        return os.path.getsize(job.path) > STREAM_BYTES
    except OSError:
        return False


def _scan_parts(job: Job, registry: FigureRegistry, policy: Policy) -> Iterator[DocumentScan]:
    """Scan a huge file paragraph chunk by chunk, shifting positions back; memory stays bounded."""
    from factcheck.documents import detect_format, iter_paragraph_chunks, parse_document

    fmt = job.format or detect_format(job.path)
    for n, (text, first_line, offset) in enumerate(iter_paragraph_chunks(job.path, CHUNK_BYTES, fmt)):
        doc = parse_document(text, path=job.path, format=fmt)
        part = scan_document(doc, registry, policy)
        shift = first_line - 1
        part.findings = [
            f.model_copy(update={"line": f.line + shift, "end_line": f.end_line + shift,
                                 "start": f.start + offset, "end": f.end + offset})
            for f in finalize(apply_document_suppressions(doc, part.findings, policy), policy)
        ]
        part.mentions = [
            m._replace(line=m.line + shift, end_line=m.end_line + shift, start=m.start + offset, end=m.end + offset)
            for m in part.mentions
        ]
        part.text, part.continued = "", n > 0
        yield part


def _scan_in_worker(job: Job, keep_text: bool) -> DocumentScan:
    return _scan_job(job, _WORKER["registry"], _WORKER["policy"], keep_text)


def iter_scans(jobs: Sequence[Job], registry: FigureRegistry, policy: Policy, workers: int,
               keep_text: bool = False) -> Iterator[DocumentScan]:
    """Scan every job, in worker processes when asked, yielding results in the jobs' order.

    Huge files are scanned here, in parts, so that their findings stream out as they come.
    """
    big = [_streamed(j, keep_text) for j in jobs]
    if workers <= 1 or len(jobs) - sum(big) < 2:
        for job, huge in zip(jobs, big, strict=True):
            if huge:
                yield from _scan_parts(job, registry, policy)
            else:
                yield _scan_job(job, registry, policy, keep_text)
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    scan = partial(_scan_in_worker, keep_text=keep_text)
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(registry.path, policy)) as pool:
        i = 0
        while i < len(jobs):
            if big[i]:
                yield from _scan_parts(jobs[i], registry, policy)
                i += 1
                continue
            k = i
            while k < len(jobs) and not big[k]:
                k += 1
            chunk = max(1, min(16, (k - i) // (workers * 8)))
            yield from pool.map(scan, jobs[i:k], chunksize=chunk)
            i = k


def scan_jobs(jobs: Sequence[Job], registry: FigureRegistry, policy: Policy, workers: int,
              keep_text: bool = False) -> list[DocumentScan]:
    """Scan every job and return the results in the jobs' order."""
    return list(iter_scans(jobs, registry, policy, workers, keep_text))


@dataclass
class Tally:
    """Counts kept while findings stream past, for the summary and the exit code."""

    files: int = 0
    quantities: int = 0
    statistics: int = 0
    by_severity: Counter[str] = field(default_factory=Counter)  # verified findings excluded
    by_kind: Counter[str] = field(default_factory=Counter)
    findings: int = 0

    def add(self, f: Finding) -> None:
        self.findings += 1
        self.by_kind[f.kind] += 1
        if f.kind != "verified":
            self.by_severity[f.severity] += 1

    def summary(self) -> Summary:
        by_kind = dict(sorted(self.by_kind.items()))
        severities = Counter(self.by_severity)
        severities["info"] += self.by_kind.get("verified", 0)  # verified findings are info
        return Summary(files=self.files, quantities=self.quantities, statistics=self.statistics,
                       findings=self.findings,
                       by_severity={s: severities.get(s, 0) for s in ("error", "warning", "info")},
                       by_kind=by_kind)



def iter_findings(scans: Iterable[DocumentScan], policy: Policy, tally: Tally,
                  changed: dict[str, set[int]] | None = None) -> Iterator[Finding]:
    """Yield each document's findings as it is scanned, then the findings across documents."""
    mentions: list[Mention] = []

    def keep(f: Finding) -> bool:
        return changed is None or f.line in changed.get(os.path.realpath(f.path), set())

    for scan in scans:
        tally.files += not scan.continued
        tally.quantities += scan.quantities
        tally.statistics += scan.statistics
        mentions.extend(scan.mentions)
        for f in scan.findings:
            if keep(f):
                tally.add(f)
                yield f
    for f in finalize(corpus_findings_of(mentions, policy), policy):
        if keep(f):
            tally.add(f)
            yield f


def build_result(scans: Sequence[DocumentScan], policy: Policy, changed: dict[str, set[int]] | None = None) -> ScanResult:
    """Combine document scans into one result with its summary, in streaming order."""
    tally = Tally()
    findings = tuple(iter_findings(scans, policy, tally, changed))
    return ScanResult(findings=findings, summary=tally.summary())


# --- the command ---------------------------------------------------------------------------


def choose_format(fmt: str, output: str | None) -> str:
    """Resolve 'auto' to github in Actions, console on a terminal, concise otherwise."""
    if fmt != "auto":
        return fmt
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    if output is None and sys.stdout.isatty():
        return "console"
    return "concise"


def run_scan(*, paths: Sequence[str], registry: str | None, fmt: str | None, output: str | None,
             fail_on: str | None, min_severity: str | None, select: Sequence[str] | None,
             ignore: Sequence[str] | None, show_verified: bool | None, explain: bool, quiet: bool,
             jobs: int | None, stdin_filename: str | None, changed_since: str | None,
             config_file: str | None, dask: str | None) -> int:
    """Scan, render and return the exit code."""
    from factcheck.config import load_settings
    from factcheck.reporters import REPORTERS
    from factcheck.rules import rule_infos, rule_names

    overrides: dict[str, object] = {
        "registry": registry, "format": fmt, "fail_on": fail_on, "min_severity": min_severity,
        "select": _split(select) or None, "ignore": _split(ignore) or None,
        "show_verified": show_verified, "jobs": jobs,
    }
    settings = load_settings(Path.cwd(), config_path=Path(config_file) if config_file else None,
                             overrides=overrides, known_rules=rule_names())
    name = choose_format(settings.format, output)
    if name not in REPORTERS:
        raise InputError(f"--format: unknown format '{name}'; choose from auto, {', '.join(REPORTERS)}")
    if not paths:
        raise InputError("no paths given; try 'factcheck scan drafts/' or '-' for standard input")
    policy = Policy(
        select=_codes(settings.select, "select"), ignore=_codes(settings.ignore, "ignore"),
        severity={next(iter(_codes([k], "severity"))): v for k, v in settings.severity.items()},
        min_severity=settings.min_severity, show_verified=settings.show_verified,
        tolerance=settings.tolerance_relative, conversion_tolerance=settings.tolerance_conversion,
    )
    reg = load_registry(settings.registry)
    job_list = collect_jobs(paths, settings.include, settings.exclude, stdin_filename)
    if not job_list:
        raise InputError(f"{', '.join(paths)}: no files to scan (include: {', '.join(settings.include)})")
    keep_text = name == "html"
    if dask:
        from factcheck.distributed import scan_with_dask

        scans: Iterable[DocumentScan] = scan_with_dask(job_list, reg.path, policy, dask, keep_text)
    else:
        workers = settings.jobs or (os.cpu_count() or 1 if len(job_list) >= PARALLEL_MIN_FILES else 1)
        scans = iter_scans(job_list, reg, policy, workers, keep_text)
    changed = changed_lines(changed_since) if changed_since else None
    from factcheck import __version__
    from factcheck.reporters import STREAMERS
    from factcheck.reporters.base import ReportContext

    color = name == "console" and output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    ctx = ReportContext(rules=rule_infos(), version=__version__, color=color,
                        show_verified=policy.show_verified, explain=explain, registry_path=reg.path)
    tally = Tally()
    if name in STREAMERS or quiet:
        # Written as scanned: an archive's report is never held in memory.
        with _report_sink(None if quiet else output) as write:
            stream = STREAMERS[name](ctx) if not quiet else None
            if stream:
                write(stream.start())
            for f in iter_findings(scans, policy, tally, changed):
                if stream:
                    write(stream.finding(f))
            if stream:
                write(stream.end(tally.summary()))
        return exit_code(tally.by_severity, settings.fail_on)
    kept = list(scans)
    result = build_result(kept, policy, changed)
    ctx = replace(ctx, texts={s.path: s.text for s in kept if s.text})
    report = REPORTERS[name](result, ctx)
    with _report_sink(output) as write:
        write(report)
    return exit_code(severity_counts(result.findings), settings.fail_on)


@contextmanager
def _report_sink(output: str | None) -> Iterator[Callable[[str], object]]:
    """Yield a write function to stdout, a file (replaced atomically when complete), or nowhere."""
    if output is None:
        yield sys.stdout.write
        sys.stdout.flush()
        return
    tmp = f"{output}.tmp-{os.getpid()}"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            yield fh.write
        os.replace(tmp, output)  # never leave a half-written report
    except OSError as exc:
        raise InputError(f"{output}: cannot write report: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def changed_lines(rev: str) -> dict[str, set[int]]:
    """Return the lines added or changed since a git revision, keyed by absolute path."""
    import re
    import subprocess

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(["git", *args], capture_output=True, text=True, check=False)
        except OSError as exc:
            raise InputError(f"--changed-since: cannot run git: {exc}") from None

    top = git("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise InputError("--changed-since: not inside a git repository")
    root = top.stdout.strip()
    # Paths from the repository root, so files outside the working directory are found too.
    proc = git("-C", root, "diff", "--unified=0", "--no-color", "--no-ext-diff", rev, "--")
    if proc.returncode != 0:
        last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "unknown error"
        raise InputError(f"--changed-since: git diff {rev} failed: {last}")
    out: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in proc.stdout.splitlines():
        if line.startswith("+++ "):
            target = line[4:]
            if target == "/dev/null":
                current = None
            else:
                name = target[2:] if target.startswith("b/") else target
                current = out.setdefault(os.path.join(root, name), set())
        elif line.startswith("@@") and current is not None:
            m = re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or "1")
                current.update(range(start, start + count))
    # Untracked files are new in their entirety.
    for name in git("-C", root, "ls-files", "--others", "--exclude-standard").stdout.splitlines():
        path = os.path.join(root, name)
        out[path] = _all_lines(path)
    return {os.path.realpath(k): v for k, v in out.items()}


def _all_lines(path: str) -> set[int]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return set(range(1, sum(1 for _ in fh) + 2))
    except OSError:
        return set()
