"""Where a registry's source documents may be: inside its git repository (else its own
directory), or at a URL; a path or symlink leading anywhere else is refused."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

_URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def is_url(document: str) -> bool:
    """Say whether a source document is a URL rather than a path."""
    return bool(_URL_RE.match(document))


@lru_cache(maxsize=64)
def source_root(base_dir: str) -> Path:
    """Return the tree a registry's source documents must stay in: its git repository's top
    (the nearest directory above it holding .git), else the registry's own directory."""
    base = Path(base_dir).resolve()
    for directory in (base, *base.parents):
        if (directory / ".git").exists():
            return directory
    return base


@lru_cache(maxsize=4096)
def _confined(base_dir: str, document: str) -> Path | None:
    base = Path(base_dir).resolve()
    root = source_root(base_dir)
    lexical = Path(os.path.normpath(base / document))
    resolved = (base / document).resolve()  # symlinks included
    if lexical.is_relative_to(root) and resolved.is_relative_to(root):
        return resolved
    return None


def source_path(base_dir: Path | str, document: str) -> Path | None:
    """Return the resolved file of a source document inside the registry's tree.

    None for a URL; raises ValueError for a path (or a symlink) leading outside the tree
    of :func:`source_root`, so a registry cannot make factcheck read /etc/passwd.
    """
    if is_url(document):
        return None
    found = _confined(str(base_dir), document)
    if found is None:
        raise ValueError(f"source document '{document}' is outside the registry's tree "
                         f"({source_root(str(base_dir))}); give a path inside it or a URL")
    return found
