"""Open and read input files safely: regular files only, never more than a cap.

Every input of a run (drafts, the registry, its source documents, the configuration) is
opened here. Opening never blocks (a FIFO is opened non-blocking, then refused), anything
but a regular file is refused, and reading stops at a cap, so /dev/zero, /dev/urandom or a
FIFO cannot hang a run or exhaust its memory. Failures are :class:`UnreadableFile`, an
OSError whose ``strerror`` is the one-line reason callers already put in their messages.
A file the run writes (a report, the registry) is replaced atomically here too.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

__all__ = ["CONFIG_MAX_BYTES", "DRAFT_MAX_BYTES", "UnreadableFile", "describe_size", "file_kind",
           "open_regular", "read_capped"]

DRAFT_MAX_BYTES = 1 << 30  # drafts stream in chunks, so they may be large
STDIN_MAX_BYTES = 256 << 20  # standard input is held whole
CONFIG_MAX_BYTES = 1 << 20


class UnreadableFile(OSError):
    """An input that is not a regular file, or larger than its cap."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.strerror = reason


def file_kind(mode: int) -> str:
    """Name a file type for messages: 'a directory', 'a FIFO', 'a character device'..."""
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def describe_size(n: int) -> str:
    """Return a byte count in the largest whole unit: '1 GB', '256 MB', '1 MB'."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return f"{n} bytes"


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading in binary, without blocking on FIFOs or devices."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = file_kind(mode)
            raise UnreadableFile(f"not a regular file ({kind})" if kind != "not a regular file"
                                 else kind)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_capped(path: str | os.PathLike[str], cap: int) -> bytes:
    """Read a whole regular file of at most ``cap`` bytes."""
    with open_regular(path) as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise UnreadableFile(f"larger than {describe_size(cap)}")
    return data


@contextmanager
def replaced_atomically(target: str, failure: str) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `target` when the block completes, keeping its mode.

    It is written in the target's directory and renamed over it, so the target is either
    the old file or the whole new one, never half of it; an OSError becomes an InputError
    that starts with `failure` ("report.json: cannot write report").
    """
    import tempfile

    from factcheck.errors import InputError

    directory, name = os.path.split(os.path.abspath(target))
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as fh:
            yield fh
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as exc:
        raise InputError(f"{failure}: {exc.strerror or exc}") from None
    finally:
        if tmp and os.path.exists(tmp):
            os.remove(tmp)
