"""The factcheck command line: parse arguments, call the library, render, exit.

`app` is the typer application; each module registers its commands on it when imported,
in the order `factcheck --help` lists them.
"""

# isort: off
from factcheck.cli.app import app, main
from factcheck.cli import registry  # noqa: F401  (figure, figures, registry, init)
from factcheck.cli import tools  # noqa: F401  (extract, rules, config, server)
from factcheck.cli import scan  # noqa: F401
# isort: on

__all__ = ["app", "main"]
