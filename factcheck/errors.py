"""The one family of input errors that the command line turns into exit code 2."""

from __future__ import annotations


class InputError(Exception):
    """Bad input (registry, draft, configuration, usage) reported as one line, exit code 2."""
