"""Where a report goes: standard output, a file replaced atomically when complete, or nowhere.

A report never overwrites an input of the run (a draft, the registry, a source document,
the configuration) nor anything that is not a regular file; `-o /dev/null` discards it.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from factcheck.config import Settings
from factcheck.errors import InputError
from factcheck.pipeline import Job
from factcheck.registry.load import FigureRegistry


def inputs_of(jobs: Sequence[Job], registry: FigureRegistry, settings: Settings,
               stdin_filename: str | None) -> list[str]:
    """Return every file a run reads: drafts, the registry, its source documents, the config."""
    paths = [j.path for j in jobs if j.text is None]
    if stdin_filename:
        paths.append(stdin_filename)  # the file standard input stands for
    paths.append(registry.path)
    base = registry.base_dir
    paths.extend(str(base / document) for document in registry.local_documents())
    if settings.config_path:
        paths.append(settings.config_path)
    return paths




def safe_output(output: str, inputs: Iterable[str]) -> str:
    """Return the file a report to `output` may replace, or raise InputError (nothing touched).

    The path is resolved (a symlink's target is written, the link kept); it must be a new
    path or a regular file, and no input of the run (compared by resolved path and by
    inode, so links and `x/../` spellings are caught).
    """
    target = os.path.realpath(output)
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise InputError(f"{output}: cannot write report: {exc.strerror or exc}") from None
    if target == os.path.realpath(os.devnull):
        return target  # the report is discarded: nothing is replaced
    if st is not None and not stat.S_ISREG(st.st_mode):
        what = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise InputError(f"{output}: cannot write report: {what}")
    for path in inputs:
        same = os.path.realpath(path) == target
        if not same and st is not None:
            try:
                other = os.stat(path)
            except OSError:
                continue
            same = (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino)
        if same:
            raise InputError(f"{output}: refusing to write the report over an input of this "
                             f"run ({path})")
    return target


@contextmanager
def report_sink(output: str | None, target: str | None = None,
                 utf8: bool = False) -> Iterator[Callable[[str], object]]:
    """Yield a write function to stdout, a file (replaced atomically when complete), or nowhere.

    A file is written through a temporary file in its directory and renamed over it when
    complete, keeping an existing file's permissions; `target` is the resolved file
    (see `safe_output`), `output` its name in messages.

    No character fails to write: a report in a UTF-8 format (`utf8`: JSON, SARIF, HTML) is
    written as UTF-8 whatever the terminal's encoding, any other in the terminal's encoding;
    what an encoding cannot hold (or a file name's undecodable bytes) becomes a backslash
    escape.
    """
    if output is None:
        out = sys.stdout
        encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("_", "-")
        buffer = getattr(out, "buffer", None)
        if utf8 and encoding not in ("utf-8", "utf8") and buffer is not None:
            out.flush()
            yield lambda s: buffer.write(s.encode("utf-8", "backslashreplace"))
            buffer.flush()
            return

        def write(s: str) -> object:
            try:
                return out.write(s)
            except UnicodeEncodeError:
                return out.write(s.encode(encoding, "backslashreplace").decode(encoding))

        yield write
        out.flush()
        return
    import io

    from factcheck.safeio import replaced_atomically

    target = target or output
    if target == os.path.realpath(os.devnull):
        yield lambda text: None  # -o /dev/null: written nowhere, the device left as it is
        return
    # Never leave a half-written report.
    with replaced_atomically(target, f"{output}: cannot write report") as raw, \
            io.TextIOWrapper(raw, encoding="utf-8", errors="backslashreplace") as fh:
        yield fh.write
