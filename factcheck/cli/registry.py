"""The registry commands: figure, figures, registry check, registry add and init."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.app import Command, RegistryOpt, app, die, input_errors, load, registry_app


@app.command(cls=Command)
def figure(
    figure_id: Annotated[str, typer.Argument(
        metavar="ID", help="The figure's id, e.g. overdose_deaths_2022.")],
    registry: RegistryOpt = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", metavar="[text|json]", help="Output format. Default: text.",
        show_default=False)] = "text",
) -> None:
    """Show one figure with all its sources and their disagreements."""
    with input_errors():
        from factcheck.registry.show import figure_json, figure_text

        if fmt not in ("text", "json"):
            die(f"--format must be text or json, not '{fmt}'")
        reg = load(registry)
        fig = reg.get(figure_id)
        if fig is None:
            close = reg.suggest(figure_id)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            die(f"no figure '{figure_id}'{hint}")
        from factcheck.scan import use_color

        color = fmt == "text" and use_color("auto", None)
        typer.echo(figure_json(fig) if fmt == "json" else figure_text(fig, color), nl=False)


@app.command(cls=Command)
def figures(
    query: Annotated[str | None, typer.Argument(
        metavar="QUERY", help="Words to match against id, title and keywords.")] = None,
    registry: RegistryOpt = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", metavar="[table|json]", help="Output format. Default: table.",
        show_default=False)] = "table",
) -> None:
    """List the figures in the registry, optionally filtered by words."""
    with input_errors():
        from factcheck.registry.show import figures_json, figures_table

        reg = load(registry)
        figs = reg.search(query) if query else list(reg.figures)
        if fmt == "json":
            typer.echo(figures_json(figs), nl=False)
            return
        if fmt != "table":
            die(f"--format must be table or json, not '{fmt}'")
        rows = figures_table(figs)
        headers = ("ID", "VALUE", "PERIOD", "SOURCES", "TITLE")
        widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
        for row in (headers, *rows):
            typer.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        typer.echo(f"{len(rows)} figure{'s' * (len(rows) != 1)}")


@registry_app.command("check", cls=Command)
def registry_check(
    path: Annotated[str | None, typer.Argument(
        metavar="PATH", help="Registry file. Default: found as for scan.")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", metavar="", help="Exit 1 on warnings too.")] = False,
) -> None:
    """Validate the registry: schema, ids, units, documents, quotes and disagreements."""
    with input_errors():
        from factcheck.registry.check import check_registry
        from factcheck.registry.load import find_registry

        target = str(find_registry(path))
        if not Path(target).exists():
            die(f"{target}: registry file does not exist")
        problems = check_registry(target)
        for p in problems:
            typer.echo(str(p))
        errors = sum(p.severity == "error" for p in problems)
        warnings = sum(p.severity == "warning" for p in problems)
        # what check read, such as a loss for a negative value
        notes = len(problems) - errors - warnings
        counted = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
        if notes:
            counted += f", {notes} note{'s' * (notes != 1)}"
        typer.echo(f"{target}: {counted}", err=True)
        if errors or (strict and warnings):
            raise typer.Exit(1)


@registry_app.command("add", cls=Command)
def registry_add(
    sources: Annotated[list[str], typer.Argument(
        metavar="SOURCE", help="Source documents (text, Markdown, HTML).")],
    registry: RegistryOpt = None,
    publisher: Annotated[str | None, typer.Option(
        "--publisher", metavar="NAME", help="Who published the documents.")] = None,
    when: Annotated[str | None, typer.Option(
        "--date", metavar="DATE",
        help="Their publication date (ISO). Default: read in each document.")] = None,
    place: Annotated[str | None, typer.Option(
        "--place", metavar="PLACE", help="The place their figures are about.")] = None,
    select: Annotated[bool, typer.Option(
        "--select", metavar="",
        help="Ask for each entry: accept, skip or edit its title.")] = False,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", "-n", metavar="", help="Print the entries; write nothing.")] = False,
) -> None:
    """Add the statistics of source documents to the registry, keeping the file as it was."""
    with input_errors():
        from factcheck.registry.add import add_to_registry, render_entries, summary
        from factcheck.registry.select import ask

        plan = add_to_registry(sources, registry, publisher, when, place,
                               ask if select else None, dry_run)
        listed = "".join(f"{o}\n" for o in plan.outcomes)
        typer.echo(render_entries(plan) if dry_run else listed, nl=False)
        typer.echo(summary(plan, dry_run), err=True)


@app.command()
def init(
    directory: Annotated[str, typer.Argument(
        metavar="[DIR]", help="Where to write the files (default: here).")] = ".",
    example: Annotated[str, typer.Option(
        "--example",
        help="starter (a worked example) or seeds (the shipped seed registry).")] = "starter",
) -> None:
    """Start a registry: figures.yaml, its source documents, settings and a draft to scan."""
    with input_errors():
        from factcheck.starter import DRAFT_NAME, init_project

        result = init_project(Path(directory), example)
        for path in result.written:
            typer.echo(f"wrote {path}")
        for path in result.kept:
            typer.echo(f"factcheck: note: {path} already exists; left it alone", err=True)
        prefix = "" if Path(directory) == Path(".") else f"cd {directory} && "
        target = "seeds/" if example == "seeds" else DRAFT_NAME
        typer.echo(f"next: {prefix}factcheck registry check && factcheck scan {target}")
