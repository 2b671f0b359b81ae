"""Which format a draft is in: text, Markdown or HTML, from its file name's extension."""

from __future__ import annotations

import os

FORMATS: tuple[str, ...] = ("text", "markdown", "html")

_EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


def detect_format(path: str) -> str:
    """Return "markdown", "html" or "text" from a path's extension."""
    return _EXTENSIONS.get(os.path.splitext(str(path))[1].lower(), "text")
