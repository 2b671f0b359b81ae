"""The one family of input errors that the command line turns into exit code 2."""

from __future__ import annotations


class InputError(Exception):
    """Bad input (registry, draft, configuration, usage) reported as one line, exit code 2."""


class LocatedError(InputError):
    """An input error at a file and line: 'path:line: message' (line 0: 'path: message')."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(path, line, message)
        self.path = path
        self.line = line
        self.message = message

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}: {self.message}"
        return f"{self.path}: {self.message}"
