"""Which files a scan reads: paths, directories, globs and standard input; --changed-since.

A directory is walked with the include and exclude patterns, skipping hidden directories
and ``node_modules``, and (unless turned off) what ``.gitignore`` files ignore: those from
the git top level down to each directory, and ``.git/info/exclude``, read with pathspec's
git-compatible matcher (negations and directory patterns included). Files named on the
command line are scanned whatever ignores them. Also the lines changed since a git
revision, so the decision engine can keep only findings on them.
"""

from __future__ import annotations

import glob
import os
import re
import stat
import sys
from collections.abc import Sequence
from typing import Any

from factcheck.errors import InputError
from factcheck.pipeline import Job
from factcheck.safeio import STDIN_MAX_BYTES, describe_size, file_kind

SKIPPED_DIRS = frozenset({"node_modules"})  # never walked into, ignored by git or not


def git_toplevel(start: str = ".") -> str | None:
    """Return the top directory of the git work tree holding ``start``, or None (no git walk)."""
    here = os.path.abspath(start)
    while True:
        if os.path.exists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


class GitIgnore:
    """The ``.gitignore`` rules that apply under a directory, read once per directory."""

    def __init__(self) -> None:
        self._specs: dict[str, Any] = {}  # directory -> spec or None

    def _spec(self, directory: str, *extra: str) -> Any:
        if directory not in self._specs:
            lines: list[str] = []
            for name in (*extra, os.path.join(directory, ".gitignore")):
                try:
                    with open(name, encoding="utf-8", errors="replace") as fh:
                        lines.extend(fh.read().splitlines())
                except OSError:
                    continue
            if lines:
                from pathspec import GitIgnoreSpec

                self._specs[directory] = GitIgnoreSpec.from_lines(lines)
            else:
                self._specs[directory] = None
        return self._specs[directory]

    def ignored(self, path: str, is_dir: bool, top: str) -> bool:
        """Say whether git would ignore ``path`` under ``top`` (the git top level, else the
        directory walked): the deepest .gitignore between them that matches decides."""
        full = os.path.abspath(path)
        chain = []
        here = os.path.dirname(full)
        while True:
            chain.append(here)
            if here == top or os.path.dirname(here) == here:
                break
            here = os.path.dirname(here)
        for directory in chain:  # deepest first
            extra = (os.path.join(top, ".git", "info", "exclude"),) if directory == top else ()
            spec = self._spec(directory, *extra)
            if spec is None:
                continue
            rel = os.path.relpath(full, directory).replace(os.sep, "/") + ("/" if is_dir else "")
            verdict = spec.check_file(rel).include
            if verdict is not None:
                return bool(verdict)
        return False


def _matches(path: str, patterns: Sequence[str]) -> bool:
    from fnmatch import fnmatch

    name = os.path.basename(path)
    return any(fnmatch(name, p) or fnmatch(path, p) or fnmatch(path, f"*/{p}") for p in patterns)


def collect_jobs(paths: Sequence[str], include: Sequence[str], exclude: Sequence[str],
                 stdin_filename: str | None, respect_gitignore: bool = True) -> list[Job]:
    """Expand files, directories, globs and '-' into the files to scan, in a stable order."""
    jobs: list[Job] = []
    seen: set[str] = set()
    gitignore = GitIgnore() if respect_gitignore else None
    tops: dict[str, str] = {}

    def walked(path: str, is_dir: bool, root: str) -> bool:
        if gitignore is None:
            return True
        if root not in tops:
            tops[root] = git_toplevel(root) or os.path.abspath(root)
        return not gitignore.ignored(path, is_dir, tops[root])

    def add(p: str) -> None:
        norm = os.path.normpath(p)
        if norm not in seen and not _matches(norm, exclude):
            seen.add(norm)
            jobs.append(Job(norm))

    for raw in paths:
        if raw == "-":
            from factcheck.documents.formats import detect_format

            name = stdin_filename or "-"
            text = read_stdin(name)
            jobs.append(Job(name, text, detect_format(name) if stdin_filename else "text"))
        elif os.path.isdir(raw):
            found: list[str] = []
            for root, dirs, files in os.walk(raw):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                                 and not _matches(os.path.join(root, d), exclude)
                                 and walked(os.path.join(root, d), True, raw))
                # FIFOs, devices and sockets in a tree are not drafts: skipped, never opened.
                found.extend(p for f in files if _matches(f, include)
                             and walked(p := os.path.join(root, f), False, raw) and _regular(p))
            for f in sorted(found):
                add(f)
        elif os.path.exists(raw):
            mode = os.stat(raw).st_mode
            if not stat.S_ISREG(mode):
                raise InputError(f"{raw}: not a draft: {file_kind(mode)}; give a "
                                 f"regular file or '-'")
            add(raw)
        elif glob.has_magic(raw):
            hits = sorted(h for h in glob.glob(raw, recursive=True)
                          if os.path.isfile(h) and walked(h, False, "."))
            if not hits:
                raise InputError(f"{raw}: no file matches this pattern")
            for h in hits:
                add(h)
        else:
            raise InputError(f"{raw}: no such file or directory")
    return jobs


# Settings that change what `git diff` prints; pinned so the output parses the same everywhere.
_GIT_CONFIG = ("-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c",
               "diff.mnemonicPrefix=false", "-c", "diff.relative=false", "-c", "color.ui=false")
_HUNK_RE = re.compile(rb"@@ -\S+ \+(\d+)(?:,(\d+))? @@")
_C_ESCAPES = {ord("a"): 7, ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("v"): 11, ord("f"): 12,
              ord("r"): 13, ord('"'): 34, ord("\\"): 92}


def _git_path(raw: bytes) -> bytes:
    """Return a file name as `git diff` prints it after +++, unquoted (C-style) if quoted."""
    if not raw.startswith(b'"'):
        # git adds a tab after an unquoted name holding a space; a real tab would be quoted.
        return raw[:-1] if raw.endswith(b"\t") else raw
    out = bytearray()
    i = 1
    while i < len(raw) and raw[i] != ord('"'):
        c = raw[i]
        if c == ord("\\") and i + 1 < len(raw):
            nxt = raw[i + 1]
            if 48 <= nxt <= 55:  # \ooo, one byte in octal
                out.append(int(raw[i + 1:i + 4], 8) & 0xFF)
                i += 4
                continue
            out.append(_C_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def read_stdin(name: str = "-") -> str:
    """Read a draft from standard input: UTF-8 text (BOM dropped) of at most the stdin cap."""
    from factcheck.documents.decode import decode_draft

    data = sys.stdin.buffer.read(STDIN_MAX_BYTES + 1)
    if len(data) > STDIN_MAX_BYTES:
        raise InputError(f"{name}: standard input is larger than {describe_size(STDIN_MAX_BYTES)}")
    return decode_draft(name, data).removeprefix("\ufeff")


def _regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def changed_lines(rev: str) -> dict[str, set[int]]:
    """Return the lines added or changed since a git revision, keyed by absolute path.

    The revision is checked to name a commit before anything else runs, and no user value
    reaches git where it could be read as an option: the commit's hash goes to `git diff`,
    and file names come back NUL-separated or unquoted.
    """
    import subprocess

    def git(*args: str) -> subprocess.CompletedProcess[bytes]:
        try:
            return subprocess.run(["git", *_GIT_CONFIG, *args], capture_output=True, check=False,
                                  stdin=subprocess.DEVNULL)
        except OSError as exc:
            raise InputError(f"--changed-since: cannot run git: {exc}") from None

    def last_line(proc: subprocess.CompletedProcess[bytes]) -> str:
        err = proc.stderr.decode("utf-8", "replace").strip()
        return err.splitlines()[-1] if err else "unknown error"

    if not rev or rev.startswith("-") or "\0" in rev:
        raise InputError(f"--changed-since: '{rev}' is not a git revision")
    top = git("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise InputError("--changed-since: not inside a git repository")
    root = os.fsdecode(top.stdout.rstrip(b"\n"))
    commit = git("-C", root, "rev-parse", "--verify", "--quiet", "--end-of-options",
                 f"{rev}^{{commit}}")
    sha = commit.stdout.strip().decode("ascii", "replace")
    if commit.returncode != 0 or not re.fullmatch(r"[0-9a-f]{40,64}", sha):
        raise InputError(f"--changed-since: '{rev}' names no commit in {root}")
    # Paths from the repository root, so files outside the working directory are found too.
    proc = git("-C", root, "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv",
               "--src-prefix=a/", "--dst-prefix=b/", "-M", sha, "--")
    if proc.returncode != 0:
        raise InputError(f"--changed-since: git diff {rev} failed: {last_line(proc)}")
    out: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in proc.stdout.split(b"\n"):
        if line.startswith(b"+++ "):
            target = line[4:]
            if target.rstrip(b"\t") == b"/dev/null":  # a deleted file
                current = None
            else:
                name = _git_path(target)
                name = name[2:] if name.startswith(b"b/") else name
                current = out.setdefault(os.path.join(root, os.fsdecode(name)), set())
        elif line.startswith(b"@@") and current is not None:
            m = _HUNK_RE.match(line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or b"1")
                current.update(range(start, start + count))
    # Untracked files are new in their entirety.
    others = git("-C", root, "ls-files", "-z", "--others", "--exclude-standard")
    for name in filter(None, others.stdout.split(b"\0")):
        path = os.path.join(root, os.fsdecode(name))
        out[path] = _all_lines(path)
    return {os.path.realpath(k): v for k, v in out.items()}


def _all_lines(path: str) -> set[int]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return set(range(1, sum(1 for _ in fh) + 2))
    except OSError:
        return set()
