"""The command line's shared parts: the typer app, its error handling and `main`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from factcheck import __version__

if TYPE_CHECKING:
    from factcheck.registry.load import FigureRegistry


class Group(TyperGroup):
    """A command group whose own options (--version, completion) are coerced without pydantic."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        from factcheck.cli.coerce import install

        install(self.get_params(ctx))
        return super().parse_args(ctx, args)


app = typer.Typer(
    name="factcheck",
    cls=Group,
    help="Check the statistics in newsroom drafts against a registry of sourced figures.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
registry_app = typer.Typer(help="Work with the figure registry.", no_args_is_help=True,
                           cls=Group)
app.add_typer(registry_app, name="registry")

RegistryOpt = Annotated[
    str | None,
    typer.Option("--registry", "-r", metavar="PATH", help="Registry file. Default: "
                 "$FACTCHECK_REGISTRY, else figures.yaml found upward."),
]


class Command(TyperCommand):
    """A command whose help names arguments by their metavar only, without type names.

    Its plain parameters are coerced without pydantic (factcheck.cli.coerce).
    """

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        from factcheck.cli.coerce import install

        install(self.get_params(ctx))
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
        super().format_help(ctx, formatter)


def die(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def input_errors() -> Iterator[None]:
    """Turn every known input error into one clear line on stderr and exit code 2."""
    from factcheck.errors import InputError

    try:
        yield
    except InputError as exc:
        from factcheck.interrupts import interrupted

        if interrupted():  # a Ctrl-C that C code swallowed may be what made the input "bad"
            raise typer.Exit(130) from None
        die(str(exc))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None  # main() says "interrupted", wherever it came


def load(registry: str | None) -> FigureRegistry:
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
        typer.echo(f"factcheck: error: internal error: {type(exc).__name__}"
                   + (f": {detail}" if detail else "")
                   + " (set FACTCHECK_TRACEBACK=1 for the traceback)", err=True)
        code = 2
    from factcheck.interrupts import interrupted

    if interrupted():  # even one that C code swallowed, and whatever it made go wrong
        code = 130
    if code == 130:  # an interrupt, in a command or while parsing (typer returns 130)
        typer.echo("factcheck: error: interrupted", err=True)
    sys.exit(code if isinstance(code, int) else 0)
