"""The registry and its match index, cached on disk so that a scan need not parse it again.

The first scan of a registry parses, validates and indexes it, then stores the result in
`<cache dir>/<hash of the registry's path>.registry`; later scans read that instead. The
file holds plain data only (strings, numbers, tuples, sets and dicts, in `marshal`'s
format: reading it builds values and runs no code) under a key made of the registry's
bytes, its place on disk, the Python version and factcheck's own code, plus a checksum of
the rest. A cache whose key differs, or that is truncated or corrupt, is rebuilt without a
word and never trusted; one that cannot be written (a read-only directory) just means no
cache. Each figure is one record, revived into its `Figure` and index `Entry` only when a
sentence first shortlists it, so a 100,000-figure registry loads in a fraction of a second
and a scan pays only for the figures its sentences may name.

Where: `cache-dir` in the configuration, else $FACTCHECK_CACHE_DIR, else the user's cache
directory (`$XDG_CACHE_HOME/factcheck`, `~/.cache/factcheck`, `~/Library/Caches/factcheck`,
`%LOCALAPPDATA%\\factcheck`). `cache = false`, `--no-cache` or FACTCHECK_NO_CACHE=1 turn
it off. The cache is as trusted as the directory it is in: keep it out of shared folders.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, overload

from factcheck.check.index import FigureIndex
from factcheck.check.score import Entry
from factcheck.errors import InputError
from factcheck.models import Figure, Relation, Source
from factcheck.periods import Period
from factcheck.pipeline import index_for, keep_index
from factcheck.registry.load import FigureRegistry, read_registry, registry_from_text
from factcheck.safeio import replaced_atomically

ENV_DIR = "FACTCHECK_CACHE_DIR"
ENV_OFF = "FACTCHECK_NO_CACHE"
MAGIC = b"factcheck registry cache 2\n"
_HEAD = len(MAGIC) + 32 + 4  # magic, key (sha256), checksum (crc32) of the payload
UNUSED_DAYS = 30  # a cache file no scan has read for this long is removed (a deleted registry's)

_FIGURE = tuple(f.name for f in fields(Figure))
_SOURCE = tuple(f.name for f in fields(Source))
_RELATION = tuple(f.name for f in fields(Relation))
_ENTRY = tuple(f.name for f in fields(Entry))
_PERIOD = tuple(f.name for f in fields(Period))
_new = object.__new__


def default_dir() -> str:
    """Return the user's cache directory for factcheck, as the platform places it."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "factcheck")


def load_indexed(path: str | None, cache_dir: str | None) -> FigureRegistry:
    """Return the registry at `path` with its match index, through the cache in `cache_dir`.

    With no cache directory the registry is loaded and indexed as it is without a cache.
    """
    resolved, text = read_registry(path)
    if cache_dir is None:
        registry = registry_from_text(resolved, text)
        index_for(registry)
        return registry
    key = _key(resolved, text)
    file = os.path.join(cache_dir, _name(resolved))
    hit = _read(file, key, resolved, cache_dir)
    if hit is not None:
        return hit
    registry = registry_from_text(resolved, text)
    registry.cache_dir = cache_dir
    _write(file, key, registry, index_for(registry))
    return registry


# --- the key -------------------------------------------------------------------------------


def _name(resolved: str) -> str:
    where = os.path.realpath(resolved).encode("utf-8", "surrogateescape")
    return hashlib.sha256(where).hexdigest()[:32] + ".registry"


def _key(resolved: str, text: str) -> bytes:
    """Return what a cache must have been built from: this text, here, by this code."""
    from factcheck import __version__

    h = hashlib.sha256(MAGIC)
    for part in (__version__, sys.version, os.path.realpath(resolved), *_code_stamp()):
        h.update(part.encode("utf-8", "surrogateescape") + b"\0")
    h.update(text.encode("utf-8", "surrogateescape"))
    return h.digest()


def _code_stamp() -> Iterator[str]:
    """Yield the name, size and time of each of factcheck's own files.

    A development checkout changes code without changing the version; a cache built by
    other code (index weights, stems, the models' fields) must not be read.
    """
    top = os.path.dirname(os.path.abspath(__file__))
    for folder, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "examples"))
        for name in sorted(files):
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                yield f"{os.path.relpath(folder, top)}/{name}:{st.st_size}:{st.st_mtime_ns}"


# --- writing -------------------------------------------------------------------------------


def _write(file: str, key: bytes, registry: FigureRegistry, index: FigureIndex) -> None:
    """Store the registry and its index; any failure leaves no cache and says nothing."""
    try:
        records = [_record(fig, entry) for fig, entry in zip(registry.figures, index.entries,
                                                              strict=True)]
        payload = marshal.dumps({
            "records": records, "lines": registry.lines, "synonyms": registry.synonyms,
            "documents": registry.local_documents(), "postings": index.postings,
            "df": dict(index.df), "canon": index.canon,
        })
    except (ValueError, TypeError):  # something that is not plain data: no cache, no guess
        return
    try:
        os.makedirs(os.path.dirname(file), exist_ok=True)
        with replaced_atomically(file, f"{file}: cannot write the registry cache") as fh:
            fh.write(MAGIC + key + zlib.crc32(payload).to_bytes(4, "big") + payload)
    except (OSError, InputError):  # a read-only or full disk: scan without a cache
        return
    _remove_unused(os.path.dirname(file))


def _remove_unused(directory: str) -> None:
    """Remove the cache files no scan has read for UNUSED_DAYS (each hit touches its file)."""
    import time

    old = time.time() - UNUSED_DAYS * 86400
    try:
        with os.scandir(directory) as found:
            for item in found:
                if item.name.endswith(".registry") and item.stat().st_mtime < old:
                    os.remove(item.path)
    except OSError:
        return


def _record(fig: Figure, entry: Entry) -> bytes:
    """Return one figure and its index entry as plain data."""
    assert entry.figure is fig
    values = {n: getattr(fig, n) for n in _FIGURE}
    values["sources"] = tuple(_plain(s, _SOURCE) for s in fig.sources)
    values["related"] = tuple(_plain(r, _RELATION) for r in fig.related)
    plain_entry = [getattr(entry, name) for name in _ENTRY[1:]]
    period = entry.period
    if period is not None:
        plain_entry[_ENTRY.index("period") - 1] = tuple(
            v.toordinal() if isinstance(v, date) else v for v in _fields(period))
    return marshal.dumps((tuple(values[n] for n in _FIGURE), tuple(plain_entry)))


def _plain(obj: Source | Relation, names: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(getattr(obj, n) for n in names)


def _fields(period: Period) -> tuple[Any, ...]:
    return tuple(getattr(period, n) for n in _PERIOD)


# --- reading -------------------------------------------------------------------------------


@dataclass
class CachedRegistry(FigureRegistry):
    """A registry read from the cache: its figures are revived as they are first read."""

    documents: tuple[str, ...] = ()

    def local_documents(self) -> list[str]:
        return list(self.documents)


def _read(file: str, key: bytes, resolved: str, cache_dir: str) -> FigureRegistry | None:
    """Return the cached registry with its index, or None when the cache is not this one's."""
    try:
        with open(file, "rb") as fh:
            raw = fh.read()
    except OSError:
        return None
    if raw[: len(MAGIC)] != MAGIC or raw[len(MAGIC): len(MAGIC) + 32] != key:
        return None
    payload = memoryview(raw)[_HEAD:]
    if zlib.crc32(payload).to_bytes(4, "big") != raw[_HEAD - 4: _HEAD]:
        return None
    try:
        data = marshal.loads(payload)
        store = _Store(data["records"])
        registry = CachedRegistry(resolved, _Figures(store), dict(data["lines"]),
                                  tuple(tuple(g) for g in data["synonyms"]), cache_dir,
                                  tuple(data["documents"]))
        index = FigureIndex(_Entries(store), data["postings"], data["df"], {}, data["canon"])
    except (ValueError, EOFError, TypeError, KeyError):
        return None
    keep_index(registry, index)
    with suppress(OSError):
        os.utime(file)  # read: not unused (see _remove_unused)
    return registry


class _Store:
    """The records of a cached registry, each revived once, when first needed."""

    def __init__(self, records: list[bytes]) -> None:
        if not isinstance(records, list) or not all(type(r) is bytes for r in records):
            raise TypeError("records must be a list of bytes")
        self.records = records
        self.figures: list[Figure | None] = [None] * len(records)
        self.entries: list[Entry | None] = [None] * len(records)

    def figure(self, i: int) -> Figure:
        found = self.figures[i]
        return found if found is not None else self._revive(i)[0]

    def entry(self, i: int) -> Entry:
        found = self.entries[i]
        return found if found is not None else self._revive(i)[1]

    def _revive(self, i: int) -> tuple[Figure, Entry]:
        values, plain_entry = marshal.loads(self.records[i])
        given = dict(zip(_FIGURE, values, strict=True))
        given["sources"] = tuple(Source(**dict(zip(_SOURCE, s, strict=True)))
                                 for s in given["sources"])
        given["related"] = tuple(Relation(**dict(zip(_RELATION, r, strict=True)))
                                 for r in given["related"])
        fig = Figure(**given)
        plain = list(plain_entry)
        at = _ENTRY.index("period") - 1
        if plain[at] is not None:
            start, end, *rest = plain[at]
            plain[at] = Period(date.fromordinal(start), date.fromordinal(end), *rest)
        entry = _new(Entry)
        entry.__dict__.update(zip(_ENTRY, (fig, *plain), strict=True))
        self.figures[i], self.entries[i] = fig, entry
        return fig, entry


class _Figures(Sequence[Figure]):
    """A cached registry's figures, in the file's order."""

    def __init__(self, store: _Store) -> None:
        self._store = store

    def __len__(self) -> int:
        return len(self._store.records)

    @overload
    def __getitem__(self, i: int) -> Figure: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Figure]: ...
    def __getitem__(self, i: int | slice) -> Figure | Sequence[Figure]:
        if isinstance(i, slice):
            return tuple(self._store.figure(k) for k in range(len(self))[i])
        return self._store.figure(range(len(self))[i])


class _Entries(Sequence[Entry]):
    """A cached index's entries, one per figure, in the same order."""

    def __init__(self, store: _Store) -> None:
        self._store = store

    def __len__(self) -> int:
        return len(self._store.records)

    @overload
    def __getitem__(self, i: int) -> Entry: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Entry]: ...
    def __getitem__(self, i: int | slice) -> Entry | Sequence[Entry]:
        if isinstance(i, slice):
            return tuple(self._store.entry(k) for k in range(len(self))[i])
        return self._store.entry(range(len(self))[i])
