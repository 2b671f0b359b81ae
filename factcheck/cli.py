"""The factcheck command line: parse arguments, call the library, render, exit."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperArgument, TyperCommand

from factcheck import __version__

if TYPE_CHECKING:
    from factcheck.registry.load import FigureRegistry

app = typer.Typer(
    name="factcheck",
    help="Check the statistics in newsroom drafts against a registry of sourced figures.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
registry_app = typer.Typer(help="Work with the figure registry.", no_args_is_help=True)
app.add_typer(registry_app, name="registry")

RegistryOpt = Annotated[
    str | None,
    typer.Option("--registry", "-r", metavar="PATH",
                 help="Registry file. Default: $FACTCHECK_REGISTRY, else figures.yaml found upward."),
]


class _Command(TyperCommand):
    """A command whose help names arguments by their metavar only, without type names."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
        super().format_help(ctx, formatter)


def _die(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn every known input error into one clear line on stderr and exit code 2."""
    from factcheck.errors import InputError

    try:
        yield
    except InputError as exc:
        _die(str(exc))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None  # main() says "interrupted", wherever it came


def _load(registry: str | None) -> FigureRegistry:
    from factcheck.registry.load import load_registry

    return load_registry(registry)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, metavar="",
                           help="Print the version and exit.")
    ] = False,
) -> None:
    """Check the statistics in newsroom drafts against a registry of sourced figures."""


# --- registry commands -------------------------------------------------------------------


@app.command(cls=_Command)
def figure(
    figure_id: Annotated[str, typer.Argument(metavar="ID", help="The figure's id, e.g. overdose_deaths_2022.")],
    registry: RegistryOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="[text|json]",
                                     help="Output format. Default: text.", show_default=False)] = "text",
) -> None:
    """Show one figure with all its sources and their disagreements."""
    with _errors():
        from factcheck.registry.show import figure_json, figure_text

        if fmt not in ("text", "json"):
            _die(f"--format must be text or json, not '{fmt}'")
        reg = _load(registry)
        fig = reg.get(figure_id)
        if fig is None:
            close = reg.suggest(figure_id)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            _die(f"no figure '{figure_id}'{hint}")
        from factcheck.scan import use_color

        color = fmt == "text" and use_color("auto", None)
        typer.echo(figure_json(fig) if fmt == "json" else figure_text(fig, color), nl=False)


@app.command(cls=_Command)
def figures(
    query: Annotated[str | None, typer.Argument(metavar="QUERY", help="Words to match against id, title and keywords.")] = None,
    registry: RegistryOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="[table|json]",
                                     help="Output format. Default: table.", show_default=False)] = "table",
) -> None:
    """List the figures in the registry, optionally filtered by words."""
    with _errors():
        from factcheck.registry.show import figures_json, figures_table

        reg = _load(registry)
        figs = reg.search(query) if query else list(reg.figures)
        if fmt == "json":
            typer.echo(figures_json(figs), nl=False)
            return
        if fmt != "table":
            _die(f"--format must be table or json, not '{fmt}'")
        rows = figures_table(figs)
        headers = ("ID", "VALUE", "PERIOD", "SOURCES", "TITLE")
        widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
        for row in (headers, *rows):
            typer.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        typer.echo(f"{len(rows)} figure{'s' * (len(rows) != 1)}")


@registry_app.command("check", cls=_Command)
def registry_check(
    path: Annotated[str | None, typer.Argument(metavar="PATH", help="Registry file. Default: found as for scan.")] = None,
    strict: Annotated[bool, typer.Option("--strict", metavar="", help="Exit 1 on warnings too.")] = False,
) -> None:
    """Validate the registry: schema, ids, units, documents, quotes and disagreements."""
    with _errors():
        from factcheck.registry.check import check_registry
        from factcheck.registry.load import find_registry

        target = str(find_registry(path))
        if not Path(target).exists():
            _die(f"{target}: registry file does not exist")
        problems = check_registry(target)
        for p in problems:
            typer.echo(str(p))
        errors = sum(p.severity == "error" for p in problems)
        warnings = sum(p.severity == "warning" for p in problems)
        notes = len(problems) - errors - warnings  # what check read, such as a loss for a negative value
        counted = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
        if notes:
            counted += f", {notes} note{'s' * (notes != 1)}"
        typer.echo(f"{target}: {counted}", err=True)
        if errors or (strict and warnings):
            raise typer.Exit(1)


@registry_app.command("add", cls=_Command)
def registry_add(
    sources: Annotated[list[str], typer.Argument(metavar="SOURCE", help="Source documents (text, Markdown, HTML).")],
    registry: RegistryOpt = None,
    publisher: Annotated[str | None, typer.Option("--publisher", metavar="NAME", help="Who published the documents.")] = None,
    when: Annotated[str | None, typer.Option("--date", metavar="DATE", help="Their publication date (ISO). Default: read in each document.")] = None,
    place: Annotated[str | None, typer.Option("--place", metavar="PLACE", help="The place their figures are about.")] = None,
    select: Annotated[bool, typer.Option("--select", metavar="", help="Ask for each entry: accept, skip or edit its title.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", "-n", metavar="", help="Print the entries; write nothing.")] = False,
) -> None:
    """Add the statistics of source documents to the registry, keeping the file as it was."""
    with _errors():
        from factcheck.registry.add import add_to_registry, render_entries, summary
        from factcheck.registry.select import ask

        plan = add_to_registry(sources, registry, publisher, when, place, ask if select else None, dry_run)
        typer.echo(render_entries(plan) if dry_run else "".join(f"{o}\n" for o in plan.outcomes), nl=False)
        typer.echo(summary(plan, dry_run), err=True)


@app.command()
def init(
    directory: Annotated[str, typer.Argument(metavar="[DIR]", help="Where to write the files (default: here).")] = ".",
    example: Annotated[str, typer.Option("--example", help="starter (a worked example) or seeds (the shipped seed registry).")] = "starter",
) -> None:
    """Start a registry: figures.yaml, its source documents, settings and a draft to scan."""
    with _errors():
        from factcheck.starter import DRAFT_NAME, init_project

        result = init_project(Path(directory), example)
        for path in result.written:
            typer.echo(f"wrote {path}")
        for path in result.kept:
            typer.echo(f"factcheck: note: {path} already exists; left it alone", err=True)
        prefix = "" if Path(directory) == Path(".") else f"cd {directory} && "
        target = "seeds/" if example == "seeds" else DRAFT_NAME
        typer.echo(f"next: {prefix}factcheck registry check && factcheck scan {target}")


# --- extraction ----------------------------------------------------------------------


@app.command(cls=_Command)
def extract(
    files: Annotated[list[str], typer.Argument(metavar="FILE", help="Files to read ('-' for standard input).")],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="[table|json]",
                                     help="Output format. Default: table.", show_default=False)] = "table",
    yaml_stubs: Annotated[bool, typer.Option("--yaml", metavar="", help="Print stub registry entries for the statistics found.")] = False,
    all_numbers: Annotated[bool, typer.Option("--all", metavar="", help="Include years, dates, ids and other non-statistics.")] = False,
) -> None:
    """List every number found in files, with line:col, value, unit, hedge and kind."""
    with _errors():
        from factcheck.extract.report import render_extraction

        if fmt not in ("table", "json"):
            _die(f"--format must be table or json, not '{fmt}'")
        if "-" in files:
            # Standard input is read and checked as `scan -` reads it (UTF-8, capped).
            import io

            from factcheck.files import read_stdin

            sys.stdin = io.StringIO(read_stdin("-"))
        typer.echo(render_extraction(files, fmt, yaml_stubs, all_numbers), nl=False)


# --- rules and configuration --------------------------------------------------------------


@app.command(cls=_Command)
def rules(
    code: Annotated[str | None, typer.Argument(metavar="CODE", help="A rule code or name to document in full.")] = None,
) -> None:
    """List the rules, or print one rule's documentation."""
    with _errors():
        from factcheck.rules import RULES, find_rule

        if code is None:
            typer.echo(f"{'CODE':<7}{'NAME':<20}{'SEVERITY':<10}SUMMARY")
            for rule in RULES.values():
                typer.echo(f"{rule.code:<7}{rule.name:<20}{rule.severity:<10}{rule.summary}")
            return
        found = find_rule(code)
        if found is None:
            _die(f"no rule '{code}'; run 'factcheck rules' for the list")
        typer.echo(f"{found.code} {found.name} (default severity: {found.severity})\n")
        typer.echo(found.doc.strip())


@app.command(cls=_Command)
def config(
    config_file: Annotated[str | None, typer.Option("--config", metavar="FILE", help="Configuration file. Default: found upward.")] = None,
) -> None:
    """Print the resolved settings and where each came from."""
    with _errors():
        from factcheck.config import describe, load_settings
        from factcheck.reporters import REPORTERS
        from factcheck.rules import rule_names

        settings = load_settings(
            Path.cwd(), config_path=Path(config_file) if config_file else None, known_rules=rule_names(),
            known_formats=("auto", *REPORTERS),
        )
        rows = describe(settings)
        width = max(len(k) for k, _, _ in rows)
        for key, value, source in rows:
            typer.echo(f"{key:<{width}}  {value}  ({source})")


# --- scan ----------------------------------------------------------------------------------


class _ScanCommand(_Command):
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
) -> None:
    """Scan drafts and report every statistic that disagrees with the registry."""
    with _errors():
        from factcheck.command import ScanRequest, run_scan

        if exit_zero:
            if fail_on not in (None, "never"):
                _die(f"--exit-zero and --fail-on {fail_on} contradict each other; give one")
            fail_on = "never"
        code = run_scan(ScanRequest(
            paths=paths or [], registry=registry, fmt=fmt, output=output, fail_on=fail_on,
            min_severity=min_severity, select=select, ignore=ignore, show_verified=show_verified,
            explain=explain, quiet=quiet, jobs=jobs, stdin_filename=stdin_filename,
            changed_since=changed_since, config_file=config_file, dask=dask, color=color,
            statistics=statistics, respect_gitignore=respect_gitignore, baseline=baseline,
            write_baseline=write_baseline, date=date,
        ))
        raise typer.Exit(code)


def main() -> None:
    """Run the command line: every usage error is one line on stderr and exit code 2.

    Output never fails on a character the terminal cannot encode (or a file name that is
    not UTF-8): such characters are written as backslash escapes.
    """
    # Typer's own click (vendored in newer typer, click itself in older): found through it.
    errors = sys.modules[typer.BadParameter.__module__]
    click_exception: type[Exception] = errors.ClickException
    no_args = getattr(errors, "NoArgsIsHelpError", ())

    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    try:
        code = app(standalone_mode=False)
    except no_args as exc:  # 'factcheck' or 'factcheck registry' alone: the help
        typer.echo(exc.ctx.get_help() if exc.ctx else str(exc))
        code = 2
    except click_exception as exc:
        ctx = getattr(exc, "ctx", None)
        where = ctx.command_path if ctx is not None else "factcheck"
        message = " ".join(exc.format_message().split())  # type: ignore[attr-defined]
        typer.echo(f"factcheck: error: {message} (see '{where} --help')", err=True)
        code = getattr(exc, "exit_code", 2)
    except (typer.Abort, KeyboardInterrupt):
        code = 130
    except Exception as exc:  # a bug: one line, unless asked for the traceback
        import os

        if os.environ.get("FACTCHECK_TRACEBACK"):
            raise
        detail = " ".join(str(exc).split())
        typer.echo(f"factcheck: error: internal error: {type(exc).__name__}" + (f": {detail}" if detail else "")
                   + " (set FACTCHECK_TRACEBACK=1 for the traceback)", err=True)
        code = 2
    if code == 130:  # an interrupt, in a command or while parsing (typer returns 130)
        typer.echo("factcheck: error: interrupted", err=True)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
