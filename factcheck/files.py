"""Which files a scan reads: paths, directories, globs and standard input; --changed-since.

Also the lines changed since a git revision, so the decision engine can keep only findings
on them.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Sequence

from factcheck.errors import InputError
from factcheck.pipeline import Job


def _matches(path: str, patterns: Sequence[str]) -> bool:
    from fnmatch import fnmatch

    name = os.path.basename(path)
    return any(fnmatch(name, p) or fnmatch(path, p) or fnmatch(path, f"*/{p}") for p in patterns)


def collect_jobs(paths: Sequence[str], include: Sequence[str], exclude: Sequence[str],
                 stdin_filename: str | None) -> list[Job]:
    """Expand files, directories, globs and '-' into the files to scan, in a stable order."""
    jobs: list[Job] = []
    seen: set[str] = set()

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
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _matches(os.path.join(root, d), exclude))
                found.extend(os.path.join(root, f) for f in files if _matches(f, include))
            for f in sorted(found):
                add(f)
        elif os.path.exists(raw):
            add(raw)
        elif glob.has_magic(raw):
            hits = sorted(h for h in glob.glob(raw, recursive=True) if os.path.isfile(h))
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
            return subprocess.run(["git", *args], capture_output=True, text=True, check=False)
        except OSError as exc:
            raise InputError(f"--changed-since: cannot run git: {exc}") from None

    top = git("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise InputError("--changed-since: not inside a git repository")
    root = top.stdout.strip()
    # Paths from the repository root, so files outside the working directory are found too.
    proc = git("-C", root, "diff", "--unified=0", "--no-color", "--no-ext-diff", rev, "--")
    if proc.returncode != 0:
        last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "unknown error"
        raise InputError(f"--changed-since: git diff {rev} failed: {last}")
    out: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in proc.stdout.splitlines():
        if line.startswith("+++ "):
            target = line[4:]
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
    for name in git("-C", root, "ls-files", "--others", "--exclude-standard").stdout.splitlines():
        path = os.path.join(root, name)
        out[path] = _all_lines(path)
    return {os.path.realpath(k): v for k, v in out.items()}


def _all_lines(path: str) -> set[int]:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return set(range(1, sum(1 for _ in fh) + 2))
    except OSError:
        return set()
