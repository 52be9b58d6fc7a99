"""Splits on this machine: in this process, or in a pool of spawned worker processes."""

from __future__ import annotations

import os
from collections.abc import Generator
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path

from auditor import storage
from auditor.audit_types import ManifestEntry
from auditor.config import PARALLEL_MIN_BYTES, default_workers
from auditor.inputs import Split
from auditor.options import ScanOptions
from auditor.scan import scan_split


def run(
    todo: list[Split], out: Path, options: ScanOptions, digest: str
) -> Generator[ManifestEntry, None, None]:
    """Scan ``todo`` in ``options.workers`` processes (None: the cores, or one for an input
    under PARALLEL_MIN_BYTES); yields each split's manifest entry as it finishes."""
    workers = options.workers
    if workers is None:
        small = sum(_split_bytes(split) for split in todo) < PARALLEL_MIN_BYTES
        workers = 1 if small else default_workers()
    if workers <= 1 or len(todo) <= 1:
        for split in todo:
            yield scan_split(split, out, options, digest)
        return
    # spawn: workers start clean and build their spaCy pipeline once each.
    pool = ProcessPoolExecutor(
        workers, mp_context=get_context("spawn"), initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )  # fmt: skip
    try:
        futures = [pool.submit(scan_split, split, out, options, digest) for split in todo]
        for future in as_completed(futures):
            yield future.result()
    except BaseException:
        # Ctrl-C, SIGTERM, a failed split or the consumer's end (GeneratorExit): stop the
        # workers now rather than wait for every queued split (what leaving the pool's
        # with-block would do). Finished splits keep their manifest entries, so the next run
        # resumes from them.
        processes = list(getattr(pool, "_processes", {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
        raise
    pool.shutdown(wait=True)


def _die_with_parent(parent: int) -> None:
    """In a worker: end when the scan's process ends, even by SIGKILL, which gives it no chance
    to stop its workers. Linux delivers SIGTERM on the parent's death (prctl); elsewhere a
    thread watches the parent's pid. A worker also ignores SIGINT: Ctrl-C reaches the whole
    process group, and the parent, which stops the workers itself, must see it first."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="die-with-parent").start()


def _split_bytes(split: Split) -> int:
    if split.byte_end >= 0:
        return split.byte_end - split.byte_start
    try:
        return storage.size(split.shard)
    except OSError:
        return 0
