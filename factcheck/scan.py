"""A whole scan as one library call: settings -> files -> executors -> decide -> reporter.

`check_files(paths, settings)` returns the findings `factcheck scan` reports and `scan_text`
checks one text; both run the same assembly as the command (factcheck.command.run_scan).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from factcheck.config import Settings
from factcheck.decide import Policy, Tally, stream
from factcheck.errors import InputError
from factcheck.models import Finding, ScanResult
from factcheck.periods import parse_date
from factcheck.pipeline import Job, corpus_findings
from factcheck.registry.load import (
    DEFAULT_NAME,
    FigureRegistry,
    empty_registry,
    find_registry_or_none,
)
from factcheck.types import DocumentScan

# formats defined as UTF-8
UTF8_FORMATS = frozenset({"json", "jsonl", "sarif", "html", "claimreview"})
PARALLEL_MIN_FILES = 8  # below this, worker start-up costs more than it saves


def split_codes(values: Sequence[str] | None) -> tuple[str, ...]:
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
        date=parse_date(settings.date),
        changed={k: frozenset(v) for k, v in changed.items()} if changed is not None else None,
    )


def check_jobs(jobs: Sequence[Job], registry: FigureRegistry, policy: Policy,
               tally: Tally | None = None,
               workers: int = 1, dask: str | None = None, keep_text: bool = False,
               texts: dict[str, str] | None = None,
               on_failure: Callable[[str], object] | None = None) -> Iterator[Finding]:
    """Scan jobs and yield every decided finding, file by file, then those across files.

    A file that cannot be scanned raises InputError, unless `on_failure` is given: then it
    is called with the file's one-line error and the other files go on.
    """
    from factcheck.executors import iter_scans

    scans: Iterable[DocumentScan] = _succeeded(iter_scans(jobs, registry, policy, workers,
                                                          keep_text, dask),
                                               on_failure)
    if texts is not None:
        scans = _keeping_texts(scans, texts)
    yield from stream(scans, policy, tally or Tally(), partial(corpus_findings, policy=policy))


def _succeeded(results: Iterable[Any],
               on_failure: Callable[[str], object] | None) -> Iterator[DocumentScan]:
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


def registry_for(settings: Settings, start: Path | None = None) -> tuple[FigureRegistry,
                                                                         str | None]:
    """Return the scan's registry, and a note when there is none to find.

    A registry named by --registry, the configuration or $FACTCHECK_REGISTRY must exist (a
    missing one is an error); when none is named and none is found upward, the scan runs
    with no figures and the note says so.
    """
    from factcheck.cache import load_indexed

    cache_dir = cache_dir_for(settings)
    if settings.registry is None:
        found = find_registry_or_none(None, start)
        if found is None:
            where = (start or Path.cwd()).resolve()
            return empty_registry(), NO_REGISTRY_NOTE.format(name=DEFAULT_NAME, where=where)
        return load_indexed(str(found), cache_dir), None
    return load_indexed(settings.registry, cache_dir), None


def cache_dir_for(settings: Settings) -> str | None:
    """Return the directory of the registry cache, or None when the cache is off."""
    from factcheck.cache import default_dir

    if not settings.cache:
        return None
    return settings.cache_dir or default_dir()


def check_files(paths: Sequence[str], settings: Settings,
                tally: Tally | None = None) -> list[Finding]:
    """Return the findings `factcheck scan PATHS` reports under these settings."""
    reg, _ = registry_for(settings)
    jobs = collect_jobs_for(paths, settings)
    return list(check_jobs(jobs, reg, policy_for(settings), tally, workers_for(settings, jobs)))


def scan_text(text: str, registry: FigureRegistry, path: str = "-", format: str | None = None,
              policy: Policy | None = None) -> list[dict[str, Any]]:
    """Scan one text and return its findings as plain, picklable, JSON-able dicts."""
    from factcheck.documents.formats import detect_format

    job = Job(path, text, format or detect_format(path))
    return [f.model_dump(mode="json") for f in check_jobs([job], registry, policy or Policy())]


def collect_jobs_for(paths: Sequence[str], settings: Settings,
                     stdin_filename: str | None = None) -> list[Job]:
    """Expand paths into jobs with the settings' include and exclude patterns and .gitignore."""
    from factcheck.files import collect_jobs

    if not paths:
        raise InputError("no paths given; try 'factcheck scan drafts/' or '-' for standard input")
    jobs = collect_jobs(paths, settings.include, settings.exclude, stdin_filename,
                        respect_gitignore=settings.respect_gitignore)
    if not jobs:
        raise InputError(f"{', '.join(paths)}: no files to scan (include: "
                         f"{', '.join(settings.include)})")
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
