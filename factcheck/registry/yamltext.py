"""What reading the registry needs of YAML without PyYAML: the error, the marks, the text.

Split from yamlmarks so that a scan reading the registry cache never imports PyYAML.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from factcheck.errors import InputError
from factcheck.safeio import open_regular

Path_ = tuple[str | int, ...]
Marks = dict[Path_, tuple[int, int]]

MAX_BYTES = 50 * 1024 * 1024


class YamlError(InputError):
    """A YAML file that cannot be read as data, with its 1-based line and column."""

    def __init__(self, path: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path, self.line, self.column, self.message = path, line, column, message


@contextmanager
def paused_gc() -> Iterator[None]:
    """Switch the cyclic garbage collector off for a bulk load, and back on afterwards.

    Loading builds hundreds of thousands of objects that all stay alive; with the collector
    on, its repeated passes over them take most of the time of loading a large registry.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_text(path: str, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file, raising YamlError for binary, non-UTF-8 or oversized files."""
    try:
        with open_regular(path) as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise YamlError(path, 1, 1, f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise YamlError(path, 1, 1, f"file is larger than {max_bytes // (1024 * 1024)} MB")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise YamlError(path, line, 1, "binary file (NUL byte), not YAML text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlError(path, line, col, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None


def mark_for(marks: Marks, where: Path_) -> tuple[int, int]:
    """Return the mark of the deepest known node on `where` (a key's own mark when known)."""
    if where and (*where[:-1], "#key", where[-1]) in marks and where not in marks:
        return marks[(*where[:-1], "#key", where[-1])]
    probe = where
    while probe:
        if probe in marks:
            return marks[probe]
        probe = probe[:-1]
    return marks.get((), (1, 1))
