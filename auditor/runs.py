"""An audit folder's bookkeeping, shared by the scan and ``auditor report``: the lock that lets
one command at a time write ``OUT``, and the run's records (``report.json``'s ``run`` entry and
a row of the ``runs`` table, see sql/create_runs.sql)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from auditor.audit_types import CountOptions


class OutInUse(RuntimeError):
    """Another scan holds the lock of the same OUT folder."""


def now() -> datetime:
    """The time, in UTC."""
    from datetime import UTC

    return datetime.now(UTC)


@contextmanager
def out_lock(out: Path) -> Iterator[None]:
    """Hold ``out/.lock`` for the whole scan: a second scan into the same folder is refused
    instead of mixing its manifests and facts with the first's. The lock is an flock, which the
    system releases when its holder exits in any way, so a crashed scan leaves nothing stuck."""
    import fcntl

    handle = open(out / ".lock", "a+")  # noqa: SIM115 (held open for the scan's duration)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise OutInUse(
                f"{out} is in use by another scan (process {holder}); wait for it to finish, or "
                "use another --out"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()


def tool_version() -> str:
    """The installed fact-auditor's version, or ``unknown``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fact-auditor")
    except PackageNotFoundError:
        return "unknown"


def run_record(started: datetime, digest: str, facts_files: list[Path]) -> dict:
    """The run's identity for report.json (``report``) and the facts files it counted."""
    import uuid

    finished = now()
    return {
        "report": {
            "run_id": uuid.uuid4().hex,
            "tool_version": tool_version(),
            "started": started.isoformat(timespec="seconds"),
            "finished": finished.isoformat(timespec="seconds"),
            "config_hash": digest,
        },
        "started": started,
        "finished": finished,
        "facts_files": [p.name for p in facts_files],
    }


def run_row(run: dict, command: str, inputs: list[str], options: CountOptions, result: dict,
            extraction: dict | None = None) -> dict:  # fmt: skip
    """One row of the ``runs`` table (see sql/create_runs.sql). ``extraction``: the scan's
    extraction configuration (``ScanOptions.config()``), None for a rebuilt report."""
    corpus = result["corpus"]
    configuration = {
        "count_by": options.count_by,
        "retrieval_threshold": result["retrieval_threshold"],
        "merge_threshold": options.merge_threshold,
        "recall": [list(entry) for entry in options.recall],
        "extraction": extraction,
    }
    return {
        "run_id": run["report"]["run_id"],
        "command": command,
        "tool_version": run["report"]["tool_version"],
        "started": run["started"],
        "finished": run["finished"],
        "inputs": json.dumps(inputs),
        "config_hash": run["report"]["config_hash"],
        "configuration": json.dumps(configuration, sort_keys=True),
        "shards": corpus["shards"],
        "documents": corpus["documents"],
        "facts": sum(c["mentions"] for c in result["categories"]),
        "skipped": json.dumps(corpus["skipped"], sort_keys=True),
        "facts_files": json.dumps(run["facts_files"]),
        "ignored_files": corpus["ignored_files"],
    }
