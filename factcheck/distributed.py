"""Scan files on a Dask cluster (`factcheck scan --dask ADDRESS`); dask is an optional extra."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from factcheck.errors import InputError

if TYPE_CHECKING:
    from factcheck.engine import DocumentScan, Policy
    from factcheck.registry import FigureRegistry
    from factcheck.runner import Job

MISSING_DASK = "--dask needs the dask extra: pip install 'factcheck[dask]'"
PARTITIONS_PER_THREAD = 4  # enough partitions to balance uneven files without much overhead

# Each worker process loads a registry once and keeps it (with its match index) for every
# task and every later scan; keyed by path, reloaded when the file changes.
_REGISTRIES: dict[str, tuple[float, FigureRegistry]] = {}
_LOCK = threading.Lock()


def _registry(path: str) -> FigureRegistry:
    from factcheck.engine import index_for
    from factcheck.registry import load_registry

    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        mtime = -1.0
    with _LOCK:  # threads of one worker share the registry; load and index it once
        hit = _REGISTRIES.get(path)
        if hit is None or hit[0] != mtime:
            reg = load_registry(path)
            index_for(reg)
            hit = _REGISTRIES[path] = (mtime, reg)
    return hit[1]


def _scan_partition(jobs: Iterable[Job], registry_path: str, policy: Policy,
                    keep_text: bool) -> list[DocumentScan]:
    from factcheck.runner import _scan_job

    registry = _registry(registry_path)
    return [_scan_job(job, registry, policy, keep_text) for job in jobs]


def _import_dask() -> tuple[Any, Any]:
    try:
        import dask.bag as db
        import distributed
    except ImportError:
        raise InputError(MISSING_DASK) from None
    return db, distributed


def scan_with_dask(jobs: Sequence[Job], registry_path: str, policy: Policy, address: str,
                   keep_text: bool = False) -> list[DocumentScan]:
    """Scan every job on a Dask cluster; the order of results is the jobs' order.

    `address` is a scheduler address ("tcp://host:8786"), or "local" for a two-worker
    cluster in this process that is closed afterwards. Workers must see the same files
    and registry path as this process.
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
            partial(_scan_partition, registry_path=registry_path, policy=policy, keep_text=keep_text)
        )
        scans: list[DocumentScan] = client.compute(bag, sync=True)
        return list(scans)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
