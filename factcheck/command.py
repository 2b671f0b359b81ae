"""`factcheck scan` as one library call: a ScanRequest in, the report written, an exit code out.

The CLI turns its flags into a ScanRequest and calls `run_scan`; everything the command does
beyond `scan.check_jobs` lives here: settings from flags and config, the reporter, where the
report goes, baselines and the exit code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.config import Settings
from factcheck.decide import Policy, Tally, exit_code
from factcheck.errors import InputError
from factcheck.models import ExitCode, Finding
from factcheck.output import inputs_of, report_sink, safe_output
from factcheck.reporters.base import ReportContext, Reporter
from factcheck.scan import (
    UTF8_FORMATS,
    check_jobs,
    choose_format,
    collect_jobs_for,
    format_of_output,
    policy_for,
    registry_for,
    source_root,
    split_codes,
    use_color,
    workers_for,
)


@dataclass(frozen=True)
class ScanRequest:
    """What `factcheck scan` was asked to do: its flags, None where a flag was not given."""

    paths: Sequence[str] = ()
    registry: str | None = None
    fmt: str | None = None
    output: str | None = None
    fail_on: str | None = None
    min_severity: str | None = None
    select: Sequence[str] | None = None
    ignore: Sequence[str] | None = None
    show_verified: bool | None = None
    explain: bool = False
    quiet: bool = False
    jobs: int | None = None
    stdin_filename: str | None = None
    changed_since: str | None = None
    config_file: str | None = None
    dask: str | None = None
    color: str = "auto"
    statistics: bool = False
    respect_gitignore: bool | None = None
    baseline: str | None = None
    write_baseline: str | None = None
    date: str | None = None  # what relative periods resolve against in an undated draft
    no_cache: bool = False  # read the registry without the registry cache

    @property
    def silent(self) -> bool:
        """Say whether no report is printed (quiet, or statistics without a report file)."""
        return self.quiet or (self.statistics and self.output is None)


def settings_for(request: ScanRequest) -> tuple[Settings, str]:
    """Return the settings from flags and config, and the report format's name."""
    from factcheck.config import load_settings
    from factcheck.reporters import REPORTERS
    from factcheck.rules import rule_names

    fmt = request.fmt
    if fmt is not None and fmt not in ("auto", *REPORTERS):
        raise InputError(f"--format: unknown format '{fmt}'; choose from auto, "
                         f"{', '.join(REPORTERS)}")
    overrides: dict[str, object] = {
        "registry": request.registry, "format": fmt, "fail_on": request.fail_on,
        "min_severity": request.min_severity, "select": split_codes(request.select) or None,
        "ignore": split_codes(request.ignore) or None, "show_verified": request.show_verified,
        "jobs": request.jobs, "respect_gitignore": request.respect_gitignore, "date": request.date,
        "cache": False if request.no_cache else None,
    }
    settings = load_settings(Path.cwd(),
                             config_path=Path(request.config_file) if request.config_file else None,
                             overrides=overrides, known_rules=rule_names(),
                             known_formats=("auto", *REPORTERS))
    implied = format_of_output(request.output) if fmt is None else None
    name = choose_format(implied or settings.format, request.output)
    if name not in REPORTERS:
        where = settings.sources.get("format", "--format")
        raise InputError(f"{where}: unknown format '{name}'; choose from auto, "
                         f"{', '.join(REPORTERS)}")
    return settings, name


def _policy(request: ScanRequest, settings: Settings, name: str) -> Policy:
    """Return the decision engine's policy, with changed lines and a baseline when asked for."""
    from factcheck.reporters import SHOWS_VERIFIED

    policy = policy_for(settings)
    if name in SHOWS_VERIFIED and settings.sources.get("show_verified") == "default":
        # a published check of a right number is a check too
        policy = replace(policy, show_verified=True)
    if request.changed_since is not None:
        from factcheck.files import changed_lines

        policy = replace(policy, changed={k: frozenset(v)
                                          for k, v in changed_lines(request.changed_since).items()})
    if request.baseline:
        from factcheck.baseline import read_baseline

        policy = replace(policy, baseline=read_baseline(request.baseline))
    return policy


def _reporter(request: ScanRequest, name: str, settings: Settings, policy: Policy,
              registry_path: str | None, texts: dict[str, str]) -> tuple[Reporter, ReportContext]:
    """Return the reporter a scan writes to (silent when nothing is printed), and its context."""
    from factcheck import __version__
    from factcheck.docs import information_uri, rule_docs_url
    from factcheck.reporters import REPORTERS, Quiet
    from factcheck.rules import rule_infos

    colored = use_color(request.color, request.output) and name == "console"
    # Only SARIF names the rule pages and factcheck's home page: reading them from the
    # package metadata (importlib.metadata, the email parser) costs ~30 ms of a cold scan.
    links = name == "sarif"
    ctx = ReportContext(rules=rule_infos(), version=__version__, color=colored, texts=texts,
                        show_verified=policy.show_verified, explain=request.explain,
                        registry_path=registry_path, srcroot=source_root(),
                        rule_docs_url=rule_docs_url(settings.rule_docs_url) if links else None,
                        information_uri=information_uri() if links else None,
                        author=settings.author,
                        author_url=settings.author_url, review_url=settings.review_url)
    return (Quiet(ctx) if request.silent else REPORTERS[name](ctx)), ctx


def run_scan(request: ScanRequest, on_error: Callable[[str], object] | None = None) -> ExitCode:
    """Scan, write the report and return the exit code.

    No paths scan the working directory. A format given neither by the flag nor the
    environment nor the config follows the output file's extension. `statistics` prints
    counts per rule instead of the report (the report still goes to `output` when given).
    A file that cannot be scanned is reported through `on_error` (one line naming it; by
    default to stderr) while the others are scanned and reported; the exit code is then 2.
    """
    settings, name = settings_for(request)
    policy = _policy(request, settings, name)
    reg, note = registry_for(settings)
    job_list = collect_jobs_for(list(request.paths) or ["."], settings, request.stdin_filename)
    if note and not request.quiet:
        print(note, file=sys.stderr)
    inputs = inputs_of(job_list, reg, settings, request.stdin_filename)
    target = (safe_output(request.output, inputs)
              if request.output is not None and not request.quiet else None)
    if request.write_baseline is not None:
        safe_output(request.write_baseline, inputs)
    texts: dict[str, str] = {}
    reporter, ctx = _reporter(request, name, settings, policy, None if note else reg.path, texts)
    failed: list[str] = []

    def failure(message: str) -> None:
        failed.append(message)
        (on_error or _print_error)(message)

    tally = Tally()
    findings = check_jobs(job_list, reg, policy, tally,
                          1 if request.dask else workers_for(settings, job_list),
                          request.dask, keep_text=name == "html" and not request.quiet, texts=texts,
                          on_failure=failure)
    kept = _write_report(request, name, (reporter, ctx), target, findings, tally)
    if request.write_baseline is not None:
        _save_baseline(request.write_baseline, kept)
        return ExitCode.ERROR if failed else ExitCode.OK
    return ExitCode.ERROR if failed else exit_code(tally.by_severity, settings.fail_on)


def _write_report(request: ScanRequest, name: str, to: tuple[Reporter, ReportContext],
                  target: str | None, findings: Iterable[Finding], tally: Tally) -> list[Finding]:
    """Stream the findings to the report (and the statistics); return them for a baseline."""
    from factcheck.reporters.statistics import StatisticsReport

    reporter, ctx = to
    stats = StatisticsReport(ctx) if request.statistics and not request.quiet else None
    kept: list[Finding] = []
    with report_sink(None if request.silent else request.output, target,
                     utf8=name in UTF8_FORMATS) as write:
        write(reporter.start())
        for f in findings:
            write(reporter.finding(f))
            if stats is not None:
                stats.finding(f)
            if request.write_baseline is not None:
                kept.append(f)
        summary = tally.summary()
        write(reporter.end(summary))
    if stats is not None:
        sys.stdout.write(stats.end(summary))
        sys.stdout.flush()
    return kept


def _save_baseline(path: str, findings: list[Finding]) -> None:
    from factcheck.baseline import save_baseline

    count = save_baseline(path, findings)
    print(f"factcheck: wrote {count} finding{'s' * (count != 1)} to the baseline {path}",
          file=sys.stderr)


def _print_error(message: str) -> None:
    sys.stdout.flush()
    print(f"factcheck: error: {message}", file=sys.stderr, flush=True)

