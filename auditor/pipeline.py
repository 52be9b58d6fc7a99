"""The scan: shards in, one facts file per split out, then counting and the report.

Reads top to bottom:
1. ``resolve_inputs`` turns paths, directories and globs into a sorted list of shards, and
   ``plan_splits`` cuts each into splits (Parquet row groups, JSON-lines byte ranges);
2. ``check_config`` compares the extraction configuration with the one ``OUT/`` was made with:
   the same one resumes, another one is refused;
3. every split without a matching manifest entry runs ``scan_split`` (on this machine's worker
   processes, or as Ray tasks): its facts go to ``OUT/facts/<split>.parquet`` (written under a
   temporary name, then renamed) and then its manifest entry to ``OUT/manifest/<split>.json``
   (likewise), so a killed scan leaves only whole files behind and redoes only unfinished splits;
4. ``counting.count_facts`` counts the facts of the current splits in ``OUT/audit.duckdb``;
5. ``report.build_report`` turns the counts and the manifests' statistics into ``report.json``
   and ``report.md``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path
from typing import Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from auditor import counting, report, storage
from auditor.config import (
    DEFAULT_DOC_TIMEOUT,
    DEFAULT_MERGE_THRESHOLD,
    DEFAULT_SPLIT_BYTES,
    PARALLEL_MIN_BYTES,
)
from auditor.extraction import Extraction
from auditor.readers import ShardStats, Split, plan_splits, read_documents, resolve_inputs
from extractors.base import Fact, select
from extractors.normalize import match_key
from extractors.user_patterns import load_patterns

__all__ = [
    "ConfigMismatch", "DEFAULT_MERGE_THRESHOLD", "EngineUnavailable", "ScanOptions",
    "default_workers", "extraction_for", "resolve_inputs", "run_scan", "scan_split",
]  # fmt: skip

logger = logging.getLogger(__name__)

FACTS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("shard", pa.string()),
        ("relation", pa.string()),
        ("subject", pa.string()),
        ("value", pa.string()),
        ("subject_key", pa.string()),
        ("value_key", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        # The stating text around the fact (CONTEXT_CHARS either side), so the report can show
        # a reader what was counted without reading the corpus again.
        ("context", pa.string()),
        ("context_start", pa.int64()),
    ]
)
CONTEXT_CHARS = 120
# A fact's own span is cut to this many characters in its context: the snippet stays bounded.
MAX_CONTEXT_SPAN = 400
FACTS_PER_ROW_GROUP = 65_536
MAX_WARNINGS_PER_SPLIT = 50
# Bumped when reading or the facts files change in a way old results must not mix with.
# 2: the facts files carry the stating text (context, context_start).
FORMAT_VERSION = 2


class ConfigMismatch(RuntimeError):
    """OUT/ holds results of another extraction configuration."""


class OutInUse(RuntimeError):
    """Another scan holds the lock of the same OUT folder."""


class EngineUnavailable(RuntimeError):
    """The engine asked for is not installed."""


class Progress(Protocol):
    """What the scan reports as it goes; the CLI draws it, the library only calls it."""

    def documents_read(self, documents: int, text_bytes: int) -> None: ...

    def shard_done(self) -> None: ...


class _NoProgress:
    def documents_read(self, documents: int, text_bytes: int) -> None:
        pass

    def shard_done(self) -> None:
        pass


@dataclass(frozen=True)
class ScanOptions:
    extractor_names: tuple[str, ...]
    patterns: str | None = None  # a pattern file of user relations
    spacy_model: str | None = None
    text_field: str = "text"
    id_field: str = "id"
    max_doc_bytes: int = 10_000_000
    count_by: str = "mentions"
    retrieval_threshold: float = 0.10
    merge_threshold: float | None = DEFAULT_MERGE_THRESHOLD
    split_bytes: int = DEFAULT_SPLIT_BYTES
    workers: int | None = 1  # None: this machine's cores, or 1 for a small input
    engine: str = "local"
    ray_address: str | None = None
    memory_limit: str | None = None
    fresh: bool = False
    # Seconds a document may take per million characters (and at least this): over it, the
    # document is skipped and counted, so no single document can stall a scan.
    doc_timeout: float = DEFAULT_DOC_TIMEOUT
    # The recall correction, (relation, recall, where it came from) per relation. Report only:
    # not in config(), so a rerun with another recall re-reports without reading the corpus.
    recall: tuple[tuple[str, float, str], ...] = ()

    def extraction(self) -> Extraction:
        return extraction_for(self.extractor_names, self.spacy_model, self.patterns)

    def config(self) -> dict:
        """What decides the facts files: extractors and their versions, pattern file, spaCy
        pipeline, fields, size limit. Counting options (count basis, merging) are not in it:
        they are applied afresh to the facts at every run."""
        extraction = self.extraction()
        patterns_digest = (
            hashlib.sha256(Path(self.patterns).read_bytes()).hexdigest() if self.patterns else None
        )
        return {
            "format_version": FORMAT_VERSION,
            "extractors": {e.name: str(e.version) for e in extraction.extractors},
            "patterns_sha256": patterns_digest,
            "spacy_model": self.spacy_model,
            "text_field": self.text_field,
            "id_field": self.id_field,
            "max_doc_bytes": self.max_doc_bytes,
            "split_bytes": self.split_bytes,
            "doc_timeout": self.doc_timeout,
        }


@lru_cache(maxsize=4)
def extraction_for(
    names: tuple[str, ...], spacy_model: str | None, patterns: str | None
) -> Extraction:
    """One Extraction per process and configuration (the CLI, and each worker, build it once);
    a pattern file's relations are registered first."""
    if patterns:
        load_patterns(patterns)
    return Extraction(select(names), spacy_model, patterns)


def config_hash(config: dict) -> str:
    return hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]


@dataclass
class CorpusStats:
    shards: int = 0
    documents: int = 0
    text_bytes: int = 0
    skipped_rows: Counter[str] = field(default_factory=Counter)
    skipped_shards: Counter[str] = field(default_factory=Counter)
    ignored_files: int = 0

    @classmethod
    def from_manifests(cls, entries: Iterable[dict], shards: int, ignored: int) -> CorpusStats:
        stats = cls(shards=shards, ignored_files=ignored)
        errors: dict[str, str] = {}
        for entry in entries:
            stats.documents += entry["documents"]
            stats.text_bytes += entry["text_bytes"]
            stats.skipped_rows.update(entry["skipped_rows"])
            if entry["shard_error"]:
                errors.setdefault(entry["split"]["shard"], entry["shard_error"])
        stats.skipped_shards.update(errors.values())  # a shard is skipped once, not per split
        return stats


def split_name(split: Split) -> str:
    """A stable, collision-free name for a split's files: readable stem + path hash + index."""
    digest = hashlib.sha1(split.shard.encode()).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", Path(split.shard).name)[:80]
    return f"{stem}-{digest}-{split.index:05d}"


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def stating_text(text: str, start: int, end: int) -> tuple[int, str]:
    """The text around a fact at ``text[start:end]``: CONTEXT_CHARS characters either side, the
    fact's own span cut to MAX_CONTEXT_SPAN, so a snippet is at most 640 characters whatever the
    document. Returns (offset of the snippet in the document, snippet)."""
    low = max(0, start - CONTEXT_CHARS)
    high = min(len(text), min(end, start + MAX_CONTEXT_SPAN) + CONTEXT_CHARS)
    return low, text[low:high]


class _FactsWriter:
    """Buffers facts and writes them in row groups, so memory stays bounded per split."""

    def __init__(self, path: Path):
        self.path = path
        self.writer = pq.ParquetWriter(path, FACTS_SCHEMA)
        self.rows: dict[str, list] = {name: [] for name in FACTS_SCHEMA.names}
        self.count = 0

    def add(self, doc_id: str, shard: str, fact: Fact, text: str = "") -> None:
        context_start, context = stating_text(text, fact.start, fact.end)
        for name, value in (
            ("doc_id", doc_id), ("shard", shard), ("relation", fact.relation),
            ("subject", fact.subject), ("value", fact.value),
            ("subject_key", match_key(fact.subject)), ("value_key", match_key(fact.value)),
            ("start", fact.start), ("end", fact.end),
            ("context", context), ("context_start", context_start),
        ):  # fmt: skip
            self.rows[name].append(value)
        self.count += 1
        if len(self.rows["doc_id"]) >= FACTS_PER_ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        if self.rows["doc_id"]:
            self.writer.write_table(pa.Table.from_pydict(self.rows, schema=FACTS_SCHEMA))
            self.rows = {name: [] for name in FACTS_SCHEMA.names}

    def close(self) -> None:
        self.flush()
        self.writer.close()


class _CapturedWarnings(logging.Handler):
    """Keeps a split's warnings (bad rows, unreadable files) for its manifest entry, so the
    process that runs the scan reports them whichever process or node read the split."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < MAX_WARNINGS_PER_SPLIT:
            self.messages.append(record.getMessage())


class DocumentTimeout(Exception):
    """A document took longer than its time budget."""


@contextmanager
def time_budget(seconds: float):
    """Raise DocumentTimeout in the block after ``seconds`` of wall time. A SIGALRM timer:
    Python's regular-expression engine checks for signals while it matches, so even a pattern
    that backtracks is stopped. Where no timer can be set (a thread other than the main one, a
    system without SIGALRM) the block runs unbounded."""
    import signal
    import threading

    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expired(signum, frame):
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


split_log = logging.getLogger("auditor.pipeline.split")


def scan_split(split: Split, out: Path, options: ScanOptions, digest: str) -> dict:
    """Extract one split's facts into ``out/facts/`` and record it in ``out/manifest/``;
    returns the manifest entry. Runs in worker processes and Ray tasks."""
    captured = _CapturedWarnings()
    logs = [logging.getLogger("auditor.readers"), split_log]
    propagating = [log.propagate for log in logs]
    for log in logs:
        log.addHandler(captured)
        log.propagate = False
    try:
        entry = _scan_split(split, out, options, digest)
    finally:
        for log, propagate in zip(logs, propagating, strict=True):
            log.removeHandler(captured)
            log.propagate = propagate
    entry["warnings"] = captured.messages
    # The manifest entry is written last, and atomically: it exists only for a finished split.
    name = split_name(split)
    _atomic_write_bytes(out / "manifest" / f"{name}.json", json.dumps(entry, indent=1).encode())
    return entry


def _scan_split(split: Split, out: Path, options: ScanOptions, digest: str) -> dict:
    extraction = options.extraction()
    name = split_name(split)
    final = out / "facts" / f"{name}.parquet"
    temporary = final.with_name(f".{final.name}.tmp")
    stats = ShardStats()
    writer = _FactsWriter(temporary)
    try:
        for document in read_documents(
            split, stats, options.text_field, options.id_field, options.max_doc_bytes
        ):
            budget = options.doc_timeout * max(1.0, len(document.text) / 1e6)
            try:
                with time_budget(budget):
                    facts = extraction.facts(document.text)
            except DocumentTimeout:
                stats.skipped_rows["over_time_budget"] += 1
                split_log.warning(
                    "%s: document %s skipped, over its time budget of %.1f s (%d characters)",
                    split.shard, document.doc_id, budget, len(document.text),
                )  # fmt: skip
                continue
            for fact in facts:
                writer.add(document.doc_id, split.shard, fact, document.text)
    finally:
        writer.close()
    os.replace(temporary, final)
    return {
        "split": split.spec(),
        "input": storage.identity(split.shard),
        "config_hash": digest,
        "facts_file": final.name,
        "facts_written": writer.count,
        "documents": stats.documents,
        "text_bytes": stats.text_bytes,
        "rows_read": stats.documents + sum(stats.skipped_rows.values()),
        "skipped_rows": dict(stats.skipped_rows),
        "shard_error": stats.shard_error,
    }


def check_config(out: Path, config: dict, fresh: bool) -> str:
    """Record the configuration in ``out/config.json``, or check it against the recorded one;
    returns its hash. Another configuration raises ConfigMismatch unless ``fresh``, which
    discards the old results."""
    digest = config_hash(config)
    path = out / "config.json"
    if path.exists() and not fresh:
        recorded = json.loads(path.read_text(encoding="utf-8"))
        if recorded.get("hash") != digest:
            changed = sorted(
                k for k in set(config) | set(recorded.get("config", {}))
                if config.get(k) != recorded.get("config", {}).get(k)
            )  # fmt: skip
            raise ConfigMismatch(
                f"{out} holds facts extracted with another configuration (changed: "
                f"{', '.join(changed)}); they cannot be mixed. Use another --out, or --fresh "
                "to discard them and scan again."
            )
    if fresh or not path.exists():
        for folder in ("facts", "manifest"):
            for old in (out / folder).glob("*"):
                old.unlink()
    _atomic_write_bytes(
        path, json.dumps({"hash": digest, "config": config}, indent=2, sort_keys=True).encode()
    )
    return digest


def _finished(out: Path, split: Split, digest: str) -> dict | None:
    """The manifest entry of a split finished earlier on the same input and configuration."""
    path = out / "manifest" / f"{split_name(split)}.json"
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    same = (
        # as JSON stores it: a Parquet split's row groups are a tuple in spec(), a list on disk
        entry.get("split") == json.loads(json.dumps(split.spec()))
        and entry.get("input") == storage.identity(split.shard)
        and entry.get("config_hash") == digest
        and (out / "facts" / entry.get("facts_file", "")).exists()
    )
    return entry if same else None


def _run_local(todo: list[Split], out: Path, options: ScanOptions, digest: str,
               done: Callable[[dict], None]) -> None:  # fmt: skip
    workers = options.workers
    if workers is None:
        small = sum(_split_bytes(split) for split in todo) < PARALLEL_MIN_BYTES
        workers = 1 if small else default_workers()
    if workers <= 1 or len(todo) <= 1:
        for split in todo:
            done(scan_split(split, out, options, digest))
        return
    # spawn: workers start clean and build their spaCy pipeline once each.
    pool = ProcessPoolExecutor(
        workers, mp_context=get_context("spawn"), initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )  # fmt: skip
    try:
        futures = [pool.submit(scan_split, split, out, options, digest) for split in todo]
        for future in as_completed(futures):
            done(future.result())
    except BaseException:
        # Ctrl-C, SIGTERM or a failed split: stop the workers now rather than wait for every
        # queued split (what leaving the pool's with-block would do). Finished splits keep
        # their manifest entries, so the next run resumes from them.
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


def _run_ray(todo: list[Split], out: Path, options: ScanOptions, digest: str,
             done: Callable[[dict], None]) -> None:  # fmt: skip
    try:
        import ray
    except ImportError:
        raise EngineUnavailable(
            "the ray engine needs Ray: pip install 'fact-auditor[ray]'"
        ) from None
    started_here = not ray.is_initialized()
    if started_here:
        # With --ray-address, join that cluster; without, start a local Ray on this machine.
        cpus = None if options.ray_address else options.workers or default_workers()
        ray.init(address=options.ray_address, num_cpus=cpus, include_dashboard=False)
    try:
        task = ray.remote(scan_split)
        pending = [task.remote(split, out, options, digest) for split in todo]
        while pending:
            finished, pending = ray.wait(pending, num_returns=1)
            done(ray.get(finished[0]))
    finally:
        if started_here:
            ray.shutdown()


ENGINES = {"local": _run_local, "ray": _run_ray}


def run_scan(
    inputs: Iterable[str], out: Path, options: ScanOptions, progress: Progress | None = None
) -> dict:
    """Scan ``inputs`` into ``out`` (resuming what a scan of the same configuration finished)
    and return the report (also written as report.json/.md)."""
    progress = progress or _NoProgress()
    shards, ignored = resolve_inputs(list(inputs))
    for path in ignored:
        logger.warning("%s: not a shard format this tool reads; ignored", path)
    out.mkdir(parents=True, exist_ok=True)
    with _out_lock(out):
        return _run_scan_locked(shards, ignored, out, options, progress)


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


@contextmanager
def _out_lock(out: Path):
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


def _run_scan_locked(
    shards: list[str], ignored: list[str], out: Path, options: ScanOptions, progress: Progress
) -> dict:
    started = _now()
    inputs = shards
    for folder in ("facts", "manifest"):
        (out / folder).mkdir(parents=True, exist_ok=True)
        for partial in (out / folder).glob(".*.tmp"):
            partial.unlink()  # left by a scan that was killed
    digest = check_config(out, options.config(), options.fresh)
    # A report from an earlier run must not look current while this one runs or if it fails.
    for name in ("report.json", "report.md", "report.html"):
        (out / name).unlink(missing_ok=True)

    splits = [split for shard in shards for split in plan_splits(shard, options.split_bytes)]
    entries: dict[str, dict] = {}
    todo = []
    for split in splits:
        if entry := _finished(out, split, digest):
            entries[split_name(split)] = entry
        else:
            todo.append(split)
    if entries:
        logger.info("resuming: %d of %d splits finished earlier", len(entries), len(splits))
    remaining_per_shard = Counter(split.shard for split in todo)
    for _ in {s.shard for s in splits} - set(remaining_per_shard):
        progress.shard_done()

    def done(entry: dict) -> None:
        split = Split(**entry["split"])
        entries[split_name(split)] = entry
        for message in entry["warnings"]:
            logger.warning("%s", message)
        progress.documents_read(entry["documents"], entry["text_bytes"])
        remaining_per_shard[split.shard] -= 1
        if remaining_per_shard[split.shard] == 0:
            progress.shard_done()

    ENGINES[options.engine](todo, out, options, digest, done)

    current = [entries[split_name(split)] for split in splits]
    corpus = CorpusStats.from_manifests(current, len(shards), len(ignored))
    facts_files = [out / "facts" / entry["facts_file"] for entry in current]
    categories = counting.count_facts(
        out / "audit.duckdb",
        facts_files,
        options.extraction().relations,
        options.merge_threshold,
        memory_limit=options.memory_limit,
        temp_directory=out / "tmp",
    )
    details = counting.report_details(out / "audit.duckdb", options.count_by)
    run = run_record(started, digest, facts_files)
    result = report.build_report(corpus, categories, options, details, run["report"])
    report.write_reports(result, out)
    counting.record_run(out / "audit.duckdb", run_row(run, "scan", inputs, options, result))
    counting.export_tables(out / "audit.duckdb", out / "tables")
    return result


def tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fact-auditor")
    except PackageNotFoundError:
        return "unknown"


def run_record(started, digest: str, facts_files: list[Path]) -> dict:
    """The run's identity for report.json (``report``) and the facts files it counted."""
    import uuid
    from datetime import UTC, datetime

    finished = datetime.now(UTC)
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


def run_row(run: dict, command: str, inputs: list[str], options: ScanOptions,
            result: dict) -> dict:  # fmt: skip
    """One row of the ``runs`` table (see sql/create_runs.sql)."""
    corpus = result["corpus"]
    configuration = {
        "count_by": options.count_by,
        "retrieval_threshold": result["retrieval_threshold"],
        "merge_threshold": options.merge_threshold,
        "recall": [list(entry) for entry in options.recall],
        "extraction": options.config() if command == "scan" else None,
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


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
