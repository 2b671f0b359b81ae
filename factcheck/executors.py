"""How jobs run: in this process, in a process pool, or on a Dask cluster; nothing else.

Every executor runs `pipeline.scan_job` for each file and yields the results in the jobs'
order; huge files are scanned here, in parts, so their findings stream out as they come.
A file that cannot be scanned (bad input, or a crash) yields a :class:`ScanFailure` in its
place, in the worker that met it, so one bad file never stops the others or the report.
Dask is an optional extra (`pip install 'newsroom-factcheck[dask]'`), imported only for `--dask`.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from typing import Any

from factcheck.decide import Policy
from factcheck.errors import InputError
from factcheck.pipeline import Job, is_huge, scan_job, scan_parts
from factcheck.registry.load import FigureRegistry
from factcheck.types import DocumentScan

_WORKER: dict[str, Any] = {}


@dataclass(frozen=True)
class ScanFailure:
    """A file that could not be scanned, with its one-line error (naming the file)."""

    path: str
    message: str


Result = DocumentScan | ScanFailure


def failure_of(job: Job, exc: BaseException) -> ScanFailure:
    """Return the failure for an exception raised while scanning a job."""
    if isinstance(exc, InputError):
        message = str(exc)
    else:  # a crash: still one line, naming the file
        detail = " ".join(str(exc).split())
        message = (f"{job.path}: internal error while scanning: {type(exc).__name__}"
                   + (f": {detail}" if detail else ""))
    return ScanFailure(job.path, message)


def guarded_scan(job: Job, registry: FigureRegistry, policy: Policy, keep_text: bool) -> Result:
    """Scan one job, returning a ScanFailure instead of raising (interrupts still raise)."""
    try:
        return scan_job(job, registry, policy, keep_text)
    except Exception as exc:
        return failure_of(job, exc)


def _guarded_parts(job: Job, registry: FigureRegistry, policy: Policy) -> Iterator[Result]:
    try:
        yield from scan_parts(job, registry, policy)
    except Exception as exc:
        yield failure_of(job, exc)


def _init_worker(registry_path: str, cache_dir: str | None, policy: Policy) -> None:
    from factcheck.cache import load_indexed

    # The parent stored the registry cache (if it has one): each worker reads it in a moment.
    _WORKER["registry"] = load_indexed(registry_path, cache_dir)
    _WORKER["policy"] = policy


def _scan_in_worker(job: Job, keep_text: bool) -> Result:
    return guarded_scan(job, _WORKER["registry"], _WORKER["policy"], keep_text)


def iter_scans(jobs: Sequence[Job], registry: FigureRegistry, policy: Policy, workers: int,
               keep_text: bool = False, dask: str | None = None) -> Iterator[Result]:
    """Scan every job here, in worker processes or on Dask, yielding results in the jobs' order.

    Huge files are scanned here, in parts, whatever the executor, so that their findings
    stream out as they come and no worker holds a whole file.
    """
    big = [is_huge(j, keep_text) for j in jobs]
    with ExitStack() as stack:
        run = _executor(stack, len(jobs) - sum(big), registry, policy, workers, keep_text, dask)
        i = 0
        while i < len(jobs):
            if big[i]:
                yield from _guarded_parts(jobs[i], registry, policy)
                i += 1
                continue
            k = i
            while k < len(jobs) and not big[k]:
                k += 1
            yield from run(jobs[i:k])
            i = k


Batch = Callable[[Sequence[Job]], Iterable[Result]]


def _executor(stack: ExitStack, count: int, registry: FigureRegistry, policy: Policy, workers: int,
              keep_text: bool, dask: str | None) -> Batch:
    """Return how a run of ordinary files is scanned: serially, in a pool, or on Dask."""
    if dask:
        return partial(scan_with_dask, registry_path=registry.path, policy=policy, address=dask,
                       keep_text=keep_text, cache_dir=registry.cache_dir)
    if workers <= 1 or count < 2:
        return lambda batch: (guarded_scan(job, registry, policy, keep_text) for job in batch)
    from concurrent.futures import ProcessPoolExecutor

    pool = stack.enter_context(ProcessPoolExecutor(workers, initializer=_init_worker,
                                                   initargs=(registry.path, registry.cache_dir,
                                                             policy)))
    scan = partial(_scan_in_worker, keep_text=keep_text)

    def run(batch: Sequence[Job]) -> Iterator[Result]:
        from concurrent.futures.process import BrokenProcessPool

        done = 0
        try:
            for result in pool.map(scan, batch,
                                   chunksize=max(1, min(16, len(batch) // (workers * 8)))):
                done += 1
                yield result
        except BrokenProcessPool:  # a worker died (killed, out of memory): name what it left
            for job in batch[done:]:
                yield ScanFailure(job.path, f"{job.path}: a worker process died while scanning it")

    return run


def scan_jobs(jobs: Sequence[Job], registry: FigureRegistry, policy: Policy, workers: int,
              keep_text: bool = False) -> list[DocumentScan]:
    """Scan every job and return the results in the jobs' order; raise the first failure."""
    out = []
    for result in iter_scans(jobs, registry, policy, workers, keep_text):
        if isinstance(result, ScanFailure):
            raise InputError(result.message)
        out.append(result)
    return out


# --- Dask ---------------------------------------------------------------------------

MISSING_DASK = "--dask needs the dask extra: pip install 'newsroom-factcheck[dask]'"
PARTITIONS_PER_THREAD = 4  # enough partitions to balance uneven files without much overhead

# Each worker process loads a registry once and keeps it (with its match index) for every
# task and every later scan; keyed by path and cache, reloaded when the file changes. It
# reads the registry cache the client's scan stored (or stores one), as a pool worker does.
_REGISTRIES: dict[tuple[str, str | None], tuple[float, FigureRegistry]] = {}
_LOCK = threading.Lock()


def _registry(path: str, cache_dir: str | None = None) -> FigureRegistry:
    from factcheck.cache import load_indexed

    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        mtime = -1.0
    with _LOCK:  # threads of one worker share the registry; load and index it once
        hit = _REGISTRIES.get((path, cache_dir))
        if hit is None or hit[0] != mtime:
            hit = _REGISTRIES[path, cache_dir] = (mtime, load_indexed(path, cache_dir))
    return hit[1]


def _scan_partition(jobs: Iterable[Job], registry_path: str, policy: Policy,
                    keep_text: bool, cache_dir: str | None = None) -> list[Result]:
    registry = _registry(registry_path, cache_dir)
    return [guarded_scan(job, registry, policy, keep_text) for job in jobs]


def _import_dask() -> tuple[Any, Any]:
    try:
        import dask.bag as db
        import distributed
    except ImportError:
        raise InputError(MISSING_DASK) from None
    return db, distributed


def scan_with_dask(jobs: Sequence[Job], registry_path: str, policy: Policy, address: str,
                   keep_text: bool = False, cache_dir: str | None = None) -> list[Result]:
    """Scan every job on a Dask cluster; the order of results is the jobs' order.

    `address` is a scheduler address ("tcp://host:8786"), or "local" for a two-worker
    cluster in this process that is closed afterwards. Workers must see the same files
    and registry path as this process; they read the registry through the registry cache in
    `cache_dir` (None: without one).
    """
    if not jobs:
        return []
    db, distributed = _import_dask()
    cluster = None
    try:
        if address == "local":
            cluster = distributed.LocalCluster(
                n_workers=2, threads_per_worker=1, processes=False,
                dashboard_address=None, silence_logs=logging.ERROR,
            )
            client = distributed.Client(cluster, set_as_default=False)
        else:
            client = distributed.Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        if cluster is not None:
            cluster.close()
        raise InputError(f"--dask: cannot reach a Dask scheduler at '{address}': {exc}") from None
    try:
        threads = max(1, sum(client.nthreads().values()))
        parts = max(1, min(len(jobs), threads * PARTITIONS_PER_THREAD))
        bag = db.from_sequence(list(jobs), npartitions=parts).map_partitions(
            partial(_scan_partition, registry_path=registry_path, policy=policy,
                    keep_text=keep_text, cache_dir=cache_dir)
        )
        scans: list[Result] = client.compute(bag, sync=True)
        return list(scans)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
