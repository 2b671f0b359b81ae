"""The scan command: its flags become one ScanRequest (factcheck.command)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

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


FAIL_ON = "[error|warning|info|never]"
SEVERITY = "[info|warning|error]"


@app.command(cls=_ScanCommand)
def scan(
    paths: Annotated[list[str] | None, typer.Argument(
        metavar="PATH", help="Files, directories, globs, or '-' for standard input. Default: '.'.")] = None,
    registry: RegistryOpt = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="[auto|...]",
        help="Output format. Default: implied by the -o file's extension, else $FACTCHECK_FORMAT, "
             "else the config's format, else auto (github in Actions, console on a terminal, "
             "else concise).")] = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="FILE", help="Write the report to a file. Default: standard output.")] = None,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", metavar=FAIL_ON, help="Exit 1 when a finding is at or above this. Default: error.")] = None,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", metavar="", help="Exit 0 whatever is found: the same as --fail-on never.")] = False,
    min_severity: Annotated[str | None, typer.Option(
        "--min-severity", metavar=SEVERITY, help="Show only findings at or above this. Default: info.")] = None,
    select: Annotated[list[str] | None, typer.Option(
        "--select", metavar="CODES", help="Only these rules (codes or names, comma-separated). Default: all.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(
        "--ignore", metavar="CODES", help="Skip these rules (codes or names, comma-separated). Default: none.")] = None,
    show_verified: Annotated[bool | None, typer.Option(
        "--show-verified/--hide-verified", metavar="",
        help="Report numbers that agree with the registry. Default: hide.")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", metavar="", help="Show why each number matched its figure.")] = False,
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", metavar="", help="Print nothing; only the exit code speaks.")] = False,
    statistics: Annotated[bool, typer.Option(
        "--statistics", metavar="", help="Print the number of findings per rule instead of the report.")] = False,
    color: Annotated[str, typer.Option(
        "--color", metavar="[auto|always|never]", show_default=False,
        help="Colour the console report. Default: auto (on a terminal, unless NO_COLOR is set; "
             "FORCE_COLOR forces it).")] = "auto",
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", metavar="N",
        help="Worker processes, 1 to 64. Default: the CPU count for 8 files or more, else 1.")] = None,
    stdin_filename: Annotated[str | None, typer.Option(
        "--stdin-filename", metavar="NAME",
        help="Name (and format) for text read from '-'. Default: '-', plain text.")] = None,
    changed_since: Annotated[str | None, typer.Option(
        "--changed-since", metavar="REF",
        help="Report only lines changed since this git revision. Default: every line.")] = None,
    baseline: Annotated[str | None, typer.Option(
        "--baseline", metavar="FILE",
        help="Accept the findings listed in this baseline; report only new ones. Default: none.")] = None,
    write_baseline: Annotated[str | None, typer.Option(
        "--write-baseline", metavar="FILE",
        help="Write every finding to this baseline file and exit 0. Default: none.")] = None,
    respect_gitignore: Annotated[bool | None, typer.Option(
        "--respect-gitignore/--no-respect-gitignore", metavar="",
        help="Skip files that .gitignore ignores when walking directories. Default: respect "
             "(or the config's respect-gitignore).")] = None,
    date: Annotated[str | None, typer.Option(
        "--date", metavar="YYYY-MM-DD",
        help="The date relative periods ('last month') resolve against in a draft that states "
             "none. Default: the config's date, else the file's modification date.")] = None,
    config_file: Annotated[str | None, typer.Option(
        "--config", metavar="FILE",
        help="Configuration file. Default: .factcheck.toml or [tool.factcheck] found upward.")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS",
        help="Run on a Dask cluster at this scheduler address ('local' for an in-process "
             "cluster). Default: local processes.")] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", metavar="",
        help="Read the registry without the registry cache (nor write one). Default: use it "
             "(see cache-dir in the configuration).")] = False,
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
