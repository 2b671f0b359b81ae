"""The scan command: its flags become one ScanRequest (factcheck.command)."""

from __future__ import annotations

from typing import Any

import typer

from factcheck.cli import options as o
from factcheck.cli.app import Command, RegistryOpt, app, die, input_errors


class _ScanCommand(Command):
    """`scan`, whose --format choices are read from the reporter registry when help is shown.

    Importing the reporters loads the models, so the choices are filled in only for help;
    the scan itself checks the format against the same registry.
    """

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from factcheck.reporters import REPORTERS

        for param in self.params:
            if param.name == "fmt":
                param.metavar = "[" + "|".join(["auto", *REPORTERS]) + "]"
        super().format_help(ctx, formatter)


@app.command(cls=_ScanCommand)
def scan(
    paths: o.Paths = None,
    registry: RegistryOpt = None,
    fmt: o.Format = None,
    output: o.Output = None,
    fail_on: o.FailOn = None,
    exit_zero: o.ExitZero = False,
    min_severity: o.MinSeverity = None,
    select: o.Select = None,
    ignore: o.Ignore = None,
    show_verified: o.ShowVerified = None,
    explain: o.Explain = False,
    quiet: o.Quiet = False,
    statistics: o.Statistics = False,
    color: o.Color = "auto",
    jobs: o.Jobs = None,
    stdin_filename: o.StdinFilename = None,
    changed_since: o.ChangedSince = None,
    baseline: o.Baseline = None,
    write_baseline: o.WriteBaseline = None,
    respect_gitignore: o.RespectGitignore = None,
    date: o.Date = None,
    config_file: o.ConfigFile = None,
    dask: o.Dask = None,
    no_cache: o.NoCache = False,
) -> None:
    """Scan drafts and report every statistic that disagrees with the registry."""
    with input_errors():
        from factcheck.command import ScanRequest, run_scan

        if exit_zero:
            if fail_on not in (None, "never"):
                die(f"--exit-zero and --fail-on {fail_on} contradict each other; give one")
            fail_on = "never"
        code = run_scan(ScanRequest(
            paths=paths or [], registry=registry, fmt=fmt, output=output, fail_on=fail_on,
            min_severity=min_severity, select=select, ignore=ignore, show_verified=show_verified,
            explain=explain, quiet=quiet, jobs=jobs, stdin_filename=stdin_filename,
            changed_since=changed_since, config_file=config_file, dask=dask, color=color,
            statistics=statistics, respect_gitignore=respect_gitignore, baseline=baseline,
            write_baseline=write_baseline, date=date, no_cache=no_cache,
        ))
        raise typer.Exit(code)
