"""Allow `python -m factcheck`; also the console script's entry point.

The command line's modules are imported inside the guard, so a Ctrl-C while Python is
still importing them ends as every interrupt does: one line and exit code 130.
"""

import sys


def main() -> None:
    """Import and run the command line, turning an interrupt at start-up into exit 130."""
    from factcheck import interrupts

    interrupts.install()
    try:
        from factcheck.cli import main as run

        run()
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: error: interrupted\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
