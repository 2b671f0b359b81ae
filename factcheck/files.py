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
import sys
from collections.abc import Sequence
from typing import Any

from factcheck.errors import InputError
from factcheck.pipeline import Job

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
            from factcheck.documents.load import detect_format

            name = stdin_filename or "-"
            data = sys.stdin.buffer.read()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x})") from None
            jobs.append(Job(name, text, detect_format(name) if stdin_filename else "text"))
        elif os.path.isdir(raw):
            found: list[str] = []
            for root, dirs, files in os.walk(raw):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS
                                 and not _matches(os.path.join(root, d), exclude)
                                 and walked(os.path.join(root, d), True, raw))
                found.extend(os.path.join(root, f) for f in files
                             if _matches(f, include) and walked(os.path.join(root, f), False, raw))
            for f in sorted(found):
                add(f)
        elif os.path.exists(raw):
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


def changed_lines(rev: str) -> dict[str, set[int]]:
    """Return the lines added or changed since a git revision, keyed by absolute path."""
    import re
    import subprocess

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(["git", *args], capture_output=True, encoding="utf-8",
                                  errors="surrogateescape", check=False)
        except OSError as exc:
            raise InputError(f"--changed-since: cannot run git: {exc}") from None

    top = git("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise InputError("--changed-since: not inside a git repository")
    root = top.stdout.strip()
    # Paths from the repository root, so files outside the working directory are found too.
    # core.quotePath=false keeps non-ASCII names as they are; names git still quotes (a tab,
    # a quote, a backslash) are unquoted below.
    proc = git("-C", root, "-c", "core.quotePath=false", "diff", "--unified=0", "--no-color",
               "--no-ext-diff", "--find-renames", rev, "--")
    if proc.returncode != 0:
        last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "unknown error"
        raise InputError(f"--changed-since: git diff {rev} failed: {last}")
    out: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in proc.stdout.splitlines():
        if line.startswith("+++ "):
            target = _unquote(line[4:].rstrip("\t"))
            if target == "/dev/null":
                current = None
            else:
                name = target[2:] if target.startswith("b/") else target
                current = out.setdefault(os.path.join(root, name), set())
        elif line.startswith("@@") and current is not None:
            m = re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or "1")
                current.update(range(start, start + count))
    # Untracked files are new in their entirety.
    others = git("-C", root, "ls-files", "-z", "--others", "--exclude-standard").stdout
    for name in filter(None, others.split("\0")):
        path = os.path.join(root, name)
        out[path] = _all_lines(path)
    return {os.path.realpath(k): v for k, v in out.items()}


_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def _unquote(name: str) -> str:
    """Undo git's C-style quoting of a path (``"drafts/se\\303\\261al.md"``)."""
    if not (len(name) >= 2 and name.startswith('"') and name.endswith('"')):
        return name
    out = bytearray()
    body, i = name[1:-1], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt in "0123" and i + 3 < len(body):
                out.append(int(body[i + 1:i + 4], 8))
                i += 4
                continue
            out.append(_ESCAPES.get(nxt, ord(nxt)))
            i += 2
            continue
        out.extend(c.encode("utf-8"))
        i += 1
    return out.decode("utf-8", errors="surrogateescape")


def _all_lines(path: str) -> set[int]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return set(range(1, sum(1 for _ in fh) + 2))
    except OSError:
        return set()
