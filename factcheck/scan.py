"""A whole scan as one library call: settings -> files -> executors -> decide -> reporter.

`check_files(paths, settings)` returns the findings `factcheck scan` reports; `run_scan`
is the command itself (it also renders the report and returns the exit code); `scan_text`
checks one text. All three run the same assembly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from factcheck.config import Settings
from factcheck.decide import Policy, Tally, exit_code, stream
from factcheck.errors import InputError
from factcheck.models import ExitCode, Finding, ScanResult
from factcheck.output import inputs_of, report_sink, safe_output
from factcheck.pipeline import Job, corpus_findings
from factcheck.registry.load import (
    DEFAULT_NAME,
    FigureRegistry,
    empty_registry,
    find_registry_or_none,
    load_registry,
)
from factcheck.types import DocumentScan

UTF8_FORMATS = frozenset({"json", "jsonl", "sarif", "html", "claimreview"})  # formats defined as UTF-8
PARALLEL_MIN_FILES = 8  # below this, worker start-up costs more than it saves


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


def policy_for(settings: Settings, changed: dict[str, set[int]] | None = None) -> Policy:
    """Return the decision engine's policy for resolved settings."""
    return Policy(
        select=_codes(settings.select, "select"), ignore=_codes(settings.ignore, "ignore"),
        severity={next(iter(_codes([k], "severity"))): v for k, v in settings.severity.items()},
        min_severity=settings.min_severity, show_verified=settings.show_verified,
        tolerance=settings.tolerance_relative, conversion_tolerance=settings.tolerance_conversion,
        changed={k: frozenset(v) for k, v in changed.items()} if changed is not None else None,
    )


def check_jobs(jobs: Sequence[Job], registry: FigureRegistry, policy: Policy, tally: Tally | None = None,
               workers: int = 1, dask: str | None = None, keep_text: bool = False,
               texts: dict[str, str] | None = None,
               on_failure: Callable[[str], object] | None = None) -> Iterator[Finding]:
    """Scan jobs and yield every decided finding, file by file, then those across files.

    A file that cannot be scanned raises InputError, unless `on_failure` is given: then it
    is called with the file's one-line error and the other files go on.
    """
    from factcheck.executors import iter_scans

    scans: Iterable[DocumentScan] = _succeeded(iter_scans(jobs, registry, policy, workers, keep_text, dask),
                                               on_failure)
    if texts is not None:
        scans = _keeping_texts(scans, texts)
    yield from stream(scans, policy, tally or Tally(), partial(corpus_findings, policy=policy))


def _succeeded(results: Iterable[Any], on_failure: Callable[[str], object] | None) -> Iterator[DocumentScan]:
    from factcheck.executors import ScanFailure

    for result in results:
        if isinstance(result, ScanFailure):
            if on_failure is None:
                raise InputError(result.message)
            on_failure(result.message)
        else:
            yield result


def _keeping_texts(scans: Iterable[DocumentScan], texts: dict[str, str]) -> Iterator[DocumentScan]:
    for scan in scans:
        if scan.text:
            texts[scan.path] = scan.text
        yield scan


def result_of(scans: Iterable[DocumentScan], policy: Policy) -> ScanResult:
    """Return every decided finding of these document scans with the summary."""
    tally = Tally()
    findings = tuple(stream(scans, policy, tally, partial(corpus_findings, policy=policy)))
    return ScanResult(findings=findings, summary=tally.summary())


NO_REGISTRY_NOTE = (
    "factcheck: note: no {name} found in {where} or its parents, so only the checks that need "
    "no registry ran (malformed numbers, in-sentence conversions, unsourced statistics); "
    "run 'factcheck init' to create one"
)


def registry_for(settings: Settings, start: Path | None = None) -> tuple[FigureRegistry, str | None]:
    """Return the scan's registry, and a note when there is none to find.

    A registry named by --registry, the configuration or $FACTCHECK_REGISTRY must exist (a
    missing one is an error); when none is named and none is found upward, the scan runs
    with no figures and the note says so.
    """
    if settings.registry is None:
        found = find_registry_or_none(None, start)
        if found is None:
            where = (start or Path.cwd()).resolve()
            return empty_registry(), NO_REGISTRY_NOTE.format(name=DEFAULT_NAME, where=where)
        return load_registry(found), None
    return load_registry(settings.registry), None


def check_files(paths: Sequence[str], settings: Settings, tally: Tally | None = None) -> list[Finding]:
    """Return the findings `factcheck scan PATHS` reports under these settings."""
    reg, _ = registry_for(settings)
    jobs = collect_jobs_for(paths, settings)
    return list(check_jobs(jobs, reg, policy_for(settings), tally, workers_for(settings, jobs)))


def scan_text(text: str, registry: FigureRegistry, path: str = "-", format: str | None = None,
              policy: Policy | None = None) -> list[dict[str, Any]]:
    """Scan one text and return its findings as plain, picklable, JSON-able dicts."""
    from factcheck.documents.load import detect_format

    job = Job(path, text, format or detect_format(path))
    return [f.model_dump(mode="json") for f in check_jobs([job], registry, policy or Policy())]


def collect_jobs_for(paths: Sequence[str], settings: Settings, stdin_filename: str | None = None) -> list[Job]:
    """Expand paths into jobs with the settings' include and exclude patterns and .gitignore."""
    from factcheck.files import collect_jobs

    if not paths:
        raise InputError("no paths given; try 'factcheck scan drafts/' or '-' for standard input")
    jobs = collect_jobs(paths, settings.include, settings.exclude, stdin_filename,
                        respect_gitignore=settings.respect_gitignore)
    if not jobs:
        raise InputError(f"{', '.join(paths)}: no files to scan (include: {', '.join(settings.include)})")
    return jobs


def workers_for(settings: Settings, jobs: Sequence[Job]) -> int:
    """Return how many worker processes to use: the setting, else the CPUs for many files."""
    return settings.jobs or (os.cpu_count() or 1 if len(jobs) >= PARALLEL_MIN_FILES else 1)


def choose_format(fmt: str, output: str | None) -> str:
    """Resolve 'auto' to github in Actions, console on a terminal, concise otherwise."""
    if fmt != "auto":
        return fmt
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    if output is None and sys.stdout.isatty():
        return "console"
    return "concise"


def format_of_output(output: str | None) -> str | None:
    """Return the format an output file's extension implies (``.sarif``, ``.xml``...), or None."""
    from factcheck.reporters import EXTENSIONS

    if output is None:
        return None
    return EXTENSIONS.get(os.path.splitext(output)[1].lower())


COLOR_MODES: tuple[str, ...] = ("auto", "always", "never")


def use_color(mode: str, output: str | None, environ: Mapping[str, str] | None = None,
              tty: bool | None = None) -> bool:
    """Say whether to colour: --color always/never, else NO_COLOR, else FORCE_COLOR, else a tty."""
    env = os.environ if environ is None else environ
    if mode not in COLOR_MODES:
        raise InputError(f"--color: must be auto, always or never, not '{mode}'")
    if mode != "auto":
        return mode == "always"
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True
    return output is None and (sys.stdout.isatty() if tty is None else tty)


def source_root() -> str:
    """Return the directory report paths are relative to: the git top level, else the cwd."""
    from factcheck.files import git_toplevel

    return git_toplevel(os.getcwd()) or os.getcwd()


def run_scan(*, paths: Sequence[str], registry: str | None, fmt: str | None, output: str | None,
             fail_on: str | None, min_severity: str | None, select: Sequence[str] | None,
             ignore: Sequence[str] | None, show_verified: bool | None, explain: bool, quiet: bool,
             jobs: int | None, stdin_filename: str | None, changed_since: str | None,
             config_file: str | None, dask: str | None, color: str = "auto",
             statistics: bool = False, respect_gitignore: bool | None = None,
             baseline: str | None = None, write_baseline: str | None = None,
             on_error: Callable[[str], object] | None = None) -> ExitCode:
    """Scan, write the report and return the exit code.

    No paths scan the working directory. A format given neither by ``fmt`` nor the
    environment nor the config follows the output file's extension. ``statistics`` prints
    counts per rule instead of the report (the report still goes to ``output`` when given).
    A file that cannot be scanned is reported through `on_error` (one line naming it; by
    default to stderr) while the others are scanned and reported; the exit code is then 2.
    """
    from factcheck import __version__
    from factcheck.config import load_settings
    from factcheck.docs import rule_docs_url
    from factcheck.reporters import REPORTERS, SHOWS_VERIFIED, Quiet, ReportContext
    from factcheck.reporters.statistics import StatisticsReport
    from factcheck.rules import rule_infos, rule_names

    overrides: dict[str, object] = {
        "registry": registry, "format": fmt, "fail_on": fail_on, "min_severity": min_severity,
        "select": _split(select) or None, "ignore": _split(ignore) or None,
        "show_verified": show_verified, "jobs": jobs, "respect_gitignore": respect_gitignore,
    }
    if fmt is not None and fmt not in ("auto", *REPORTERS):
        raise InputError(f"--format: unknown format '{fmt}'; choose from auto, {', '.join(REPORTERS)}")
    settings = load_settings(Path.cwd(), config_path=Path(config_file) if config_file else None,
                             overrides=overrides, known_rules=rule_names(),
                             known_formats=("auto", *REPORTERS))
    implied = format_of_output(output) if fmt is None else None
    name = choose_format(implied or settings.format, output)
    if name not in REPORTERS:
        where = settings.sources.get("format", "--format")
        raise InputError(f"{where}: unknown format '{name}'; choose from auto, {', '.join(REPORTERS)}")
    paths = list(paths) or ["."]
    policy = policy_for(settings)
    reg, note = registry_for(settings)
    job_list = collect_jobs_for(paths, settings, stdin_filename)
    if note and not quiet:
        print(note, file=sys.stderr)
    if changed_since is not None:
        from dataclasses import replace

        from factcheck.files import changed_lines

        policy = replace(policy, changed={k: frozenset(v) for k, v in changed_lines(changed_since).items()})
    if baseline:
        from dataclasses import replace

        from factcheck.baseline import read_baseline

        policy = replace(policy, baseline=read_baseline(baseline))
    colored = use_color(color, output) and name == "console"
    target = None
    if output is not None and not quiet:
        target = safe_output(output, inputs_of(job_list, reg, settings, stdin_filename))
    if write_baseline is not None:
        safe_output(write_baseline, inputs_of(job_list, reg, settings, stdin_filename))
    if name in SHOWS_VERIFIED and settings.sources.get("show_verified") == "default":
        from dataclasses import replace

        policy = replace(policy, show_verified=True)
    texts: dict[str, str] = {}
    ctx = ReportContext(rules=rule_infos(), version=__version__, color=colored, texts=texts,
                        show_verified=policy.show_verified, explain=explain, registry_path=None if note else reg.path,
                        srcroot=source_root(), rule_docs_url=rule_docs_url(), author=settings.author,
                        author_url=settings.author_url, review_url=settings.review_url)
    reporter = Quiet(ctx) if quiet or (statistics and output is None) else REPORTERS[name](ctx)
    stats = StatisticsReport(ctx) if statistics and not quiet else None
    tally = Tally()
    failed: list[str] = []

    def failure(message: str) -> None:
        failed.append(message)
        (on_error or _print_error)(message)

    findings = check_jobs(job_list, reg, policy, tally, 1 if dask else workers_for(settings, job_list),
                          dask, keep_text=name == "html" and not quiet, texts=texts, on_failure=failure)
    kept: list[Finding] | None = [] if write_baseline else None
    with report_sink(None if quiet or (statistics and output is None) else output, target,
                      utf8=name in UTF8_FORMATS) as write:
        write(reporter.start())
        for f in findings:
            write(reporter.finding(f))
            if stats is not None:
                stats.finding(f)
            if kept is not None:
                kept.append(f)
        summary = tally.summary()
        write(reporter.end(summary))
    if stats is not None:
        sys.stdout.write(stats.end(summary))
        sys.stdout.flush()
    if write_baseline is not None and kept is not None:
        from factcheck.baseline import save_baseline

        count = save_baseline(write_baseline, kept)
        print(f"factcheck: wrote {count} finding{'s' * (count != 1)} to the baseline {write_baseline}",
              file=sys.stderr)
        return ExitCode.ERROR if failed else ExitCode.OK
    return ExitCode.ERROR if failed else exit_code(tally.by_severity, settings.fail_on)


def _print_error(message: str) -> None:
    sys.stdout.flush()
    print(f"factcheck: error: {message}", file=sys.stderr, flush=True)


