"""The scan command's flags, each declared once as a typer `Annotated` alias.

`factcheck scan` takes one parameter a flag, `name: options.Alias = default`, so its
signature reads as the list of flags and this module holds what each flag says in --help.
The default stays in the signature, where typer reads it.
"""

from __future__ import annotations

from typing import Annotated

import typer

FAIL_ON = "[error|warning|info|never]"
SEVERITY = "[info|warning|error]"

Paths = Annotated[list[str] | None, typer.Argument(
    metavar="PATH",
    help="Files, directories, globs, or '-' for standard input. Default: '.'.")]

Format = Annotated[str | None, typer.Option(
    "--format", "-f", metavar="[auto|...]",
    help="Output format. Default: implied by the -o file's extension, else $FACTCHECK_FORMAT, "
         "else the config's format, else auto (github in Actions, console on a terminal, "
         "else concise).")]

Output = Annotated[str | None, typer.Option(
    "--output", "-o", metavar="FILE",
    help="Write the report to a file. Default: standard output.")]

FailOn = Annotated[str | None, typer.Option(
    "--fail-on", metavar=FAIL_ON,
    help="Exit 1 when a finding is at or above this. Default: error.")]

ExitZero = Annotated[bool, typer.Option(
    "--exit-zero", metavar="",
    help="Exit 0 whatever is found: the same as --fail-on never.")]

MinSeverity = Annotated[str | None, typer.Option(
    "--min-severity", metavar=SEVERITY,
    help="Show only findings at or above this. Default: info.")]

Select = Annotated[list[str] | None, typer.Option(
    "--select", metavar="CODES",
    help="Only these rules (codes or names, comma-separated). Default: all.")]

Ignore = Annotated[list[str] | None, typer.Option(
    "--ignore", metavar="CODES",
    help="Skip these rules (codes or names, comma-separated). Default: none.")]

ShowVerified = Annotated[bool | None, typer.Option(
    "--show-verified/--hide-verified", metavar="",
    help="Report numbers that agree with the registry. Default: hide.")]

Explain = Annotated[bool, typer.Option(
    "--explain", metavar="", help="Show why each number matched its figure.")]

Quiet = Annotated[bool, typer.Option(
    "--quiet", "-q", metavar="", help="Print nothing; only the exit code speaks.")]

Statistics = Annotated[bool, typer.Option(
    "--statistics", metavar="",
    help="Print the number of findings per rule instead of the report.")]

Color = Annotated[str, typer.Option(
    "--color", metavar="[auto|always|never]", show_default=False,
    help="Colour the console report. Default: auto (on a terminal, unless NO_COLOR is set; "
         "FORCE_COLOR forces it).")]

Jobs = Annotated[int | None, typer.Option(
    "--jobs", "-j", metavar="N",
    help="Worker processes, 1 to 64. Default: the CPU count for 8 files or more, else 1.")]

StdinFilename = Annotated[str | None, typer.Option(
    "--stdin-filename", metavar="NAME",
    help="Name (and format) for text read from '-'. Default: '-', plain text.")]

ChangedSince = Annotated[str | None, typer.Option(
    "--changed-since", metavar="REF",
    help="Report only lines changed since this git revision. Default: every line.")]

Baseline = Annotated[str | None, typer.Option(
    "--baseline", metavar="FILE",
    help="Accept the findings listed in this baseline; report only new ones. Default: none.")]

WriteBaseline = Annotated[str | None, typer.Option(
    "--write-baseline", metavar="FILE",
    help="Write every finding to this baseline file and exit 0. Default: none.")]

RespectGitignore = Annotated[bool | None, typer.Option(
    "--respect-gitignore/--no-respect-gitignore", metavar="",
    help="Skip files that .gitignore ignores when walking directories. Default: respect "
         "(or the config's respect-gitignore).")]

Date = Annotated[str | None, typer.Option(
    "--date", metavar="YYYY-MM-DD",
    help="The date relative periods ('last month') resolve against in a draft that states "
         "none. Default: the config's date, else the file's modification date.")]

ConfigFile = Annotated[str | None, typer.Option(
    "--config", metavar="FILE",
    help="Configuration file. Default: .factcheck.toml or [tool.factcheck] found upward.")]

Dask = Annotated[str | None, typer.Option(
    "--dask", metavar="ADDRESS",
    help="Run on a Dask cluster at this scheduler address ('local' for an in-process "
         "cluster). Default: local processes.")]

NoCache = Annotated[bool, typer.Option(
    "--no-cache", metavar="",
    help="Read the registry without the registry cache (nor write one). Default: use it "
         "(see cache-dir in the configuration).")]
