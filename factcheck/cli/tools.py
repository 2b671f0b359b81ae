"""The tool commands: extract, rules, config and server."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import Command, app, die, input_errors

# --- extraction ----------------------------------------------------------------------


@app.command(cls=Command)
def extract(
    files: Annotated[list[str], typer.Argument(
        metavar="FILE", help="Files to read ('-' for standard input).")],
    fmt: Annotated[str, typer.Option(
        "--format", "-f", metavar="[table|json]", help="Output format. Default: table.",
        show_default=False)] = "table",
    yaml_stubs: Annotated[bool, typer.Option(
        "--yaml", metavar="",
        help="Print stub registry entries for the statistics found.")] = False,
    all_numbers: Annotated[bool, typer.Option(
        "--all", metavar="", help="Include years, dates, ids and other non-statistics.")] = False,
) -> None:
    """List every number found in files, with line:col, value, unit, hedge and kind."""
    with input_errors():
        from factcheck.extract.report import render_extraction

        if fmt not in ("table", "json"):
            die(f"--format must be table or json, not '{fmt}'")
        if "-" in files:
            # Standard input is read and checked as `scan -` reads it (UTF-8, capped).
            import io

            from factcheck.files import read_stdin

            sys.stdin = io.StringIO(read_stdin("-"))
        typer.echo(render_extraction(files, fmt, yaml_stubs, all_numbers), nl=False)


# --- rules and configuration --------------------------------------------------------------


@app.command(cls=Command)
def rules(
    code: Annotated[str | None, typer.Argument(
        metavar="CODE", help="A rule code or name to document in full.")] = None,
) -> None:
    """List the rules, or print one rule's documentation."""
    with input_errors():
        from factcheck.rules import RULES, find_rule

        if code is None:
            typer.echo(f"{'CODE':<7}{'NAME':<20}{'SEVERITY':<10}SUMMARY")
            for rule in RULES.values():
                typer.echo(f"{rule.code:<7}{rule.name:<20}{rule.severity:<10}{rule.summary}")
            return
        found = find_rule(code)
        if found is None:
            die(f"no rule '{code}'; run 'factcheck rules' for the list")
        typer.echo(f"{found.code} {found.name} (default severity: {found.severity})\n")
        typer.echo(found.doc.strip())


@app.command(cls=Command)
def config(
    config_file: Annotated[str | None, typer.Option(
        "--config", metavar="FILE", help="Configuration file. Default: found upward.")] = None,
) -> None:
    """Print the resolved settings and where each came from."""
    with input_errors():
        from factcheck.config import describe, load_settings
        from factcheck.reporters import REPORTERS
        from factcheck.rules import rule_names

        settings = load_settings(
            Path.cwd(), config_path=Path(config_file) if config_file else None,
            known_rules=rule_names(), known_formats=("auto", *REPORTERS),
        )
        rows = describe(settings)
        width = max(len(k) for k, _, _ in rows)
        for key, value, source in rows:
            typer.echo(f"{key:<{width}}  {value}  ({source})")


# --- editors -------------------------------------------------------------------------------


@app.command(cls=Command)
def server() -> None:
    """Run the language server for editors on standard input and output (see docs/editors.md)."""
    with input_errors():
        from factcheck.server.app import serve

        serve()
