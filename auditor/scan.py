"""One split through the scan: read → pre-filter → extract → facts file → manifest entry.

``scan_split`` runs in worker processes and Ray tasks (``auditor.executors``): it reads the
split's documents (``auditor.readers``), extracts each document's facts under a time budget
(``auditor.extraction``, whose trigger pre-filter decides which text the extractors read),
writes them to ``OUT/facts/<split>.parquet`` (``auditor.facts``, under a temporary name, then
renamed) and then records the split in ``OUT/manifest/`` (``auditor.manifest``). The manifest
entry it returns carries the split's statistics, warnings and, with ``--profile``, its stage
totals (``auditor.profile``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from auditor import storage
from auditor.audit_types import ManifestEntry
from auditor.facts import FactsWriter
from auditor.inputs import Split, stored_bytes
from auditor.manifest import split_name, write_entry
from auditor.options import ScanOptions
from auditor.prefilter import union
from auditor.profile import Profile
from auditor.readers import ShardStats, read_documents

MAX_WARNINGS_PER_SPLIT = 50

logger = logging.getLogger(__name__)


class _CapturedWarnings(logging.Handler):
    """Keeps a split's warnings (bad rows, unreadable files) for its manifest entry, so the
    process that runs the scan reports them whichever process or node read the split."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < MAX_WARNINGS_PER_SPLIT:
            self.messages.append(record.getMessage())


class DocumentTimeout(Exception):
    """A document took longer than its time budget."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
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


def scan_split(split: Split, out: Path, options: ScanOptions, digest: str) -> ManifestEntry:
    """Extract one split's facts into ``out/facts/`` and record it in ``out/manifest/``;
    returns the manifest entry. Runs in worker processes and Ray tasks."""
    captured = _CapturedWarnings()
    logs = [logging.getLogger("auditor.readers"), logger]
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
    write_entry(out, split, entry)
    return entry


def _utf8_size(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _scan_split(split: Split, out: Path, options: ScanOptions, digest: str) -> ManifestEntry:
    extraction = options.extraction()
    profile = Profile(options.profile)
    final = out / "facts" / f"{split_name(split)}.parquet"
    temporary = final.with_name(f".{final.name}.tmp")
    stats = ShardStats()
    writer = FactsWriter(temporary)
    documents = read_documents(
        split, stats, options.text_field, options.id_field, options.max_doc_bytes
    )
    # Without --profile, the loop's only extra work is testing this local twice a document.
    profiling = profile.enabled
    counted = 0  # text bytes of the documents before this one
    try:
        for document in profile.timed("read", documents):
            text = document.text
            budget = options.doc_timeout * max(1.0, len(text) / 1e6)
            try:
                with time_budget(budget):
                    if profiling:
                        facts = _profiled_facts(extraction, text, profile)
                    else:
                        facts = extraction.facts(text)
            except DocumentTimeout:
                stats.skipped_rows["over_time_budget"] += 1
                logger.warning(
                    "%s: document %s skipped, over its time budget of %.1f s (%d characters)",
                    split.shard, document.doc_id, budget, len(text),
                )  # fmt: skip
                continue
            finally:
                if profiling:
                    # the reader counted this document's bytes as it handed it over
                    profile.totals("extract").bytes_in += stats.text_bytes - counted
                    counted = stats.text_bytes
            if profiling:
                with profile.stage("write_facts") as totals:
                    for fact in facts:
                        writer.add(document.doc_id, split.shard, fact, text)
                    totals.documents += 1
            else:
                for fact in facts:
                    writer.add(document.doc_id, split.shard, fact, text)
    finally:
        with profile.stage("write_facts"):
            writer.close()
    os.replace(temporary, final)
    entry: ManifestEntry = {
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
        "warnings": [],  # scan_split adds what was logged
    }
    if profile.enabled:
        read = profile.totals("read")
        read.bytes_in, read.bytes_out = stored_bytes(split), stats.text_bytes
        profile.totals("write_facts").bytes_out = final.stat().st_size
        entry["profile"] = profile.as_dict()
    return entry


def _profiled_facts(extraction, text: str, profile: Profile) -> list:
    """``extraction.facts(text)`` with its pre-filter timed apart: the units are found once, in
    the ``prefilter`` stage, and read in the ``extract`` stage. The facts are the same as
    facts() gives."""
    with profile.stage("prefilter") as totals:
        plan = extraction.plan(text)
        totals.documents += 1
        totals.bytes_in += _utf8_size(text)
        for source, by_relation in plan.readings:
            spans = union(source.text, by_relation)
            totals.bytes_out += sum(_utf8_size(source.text[start:end]) for start, end in spans)
    with profile.stage("extract") as totals:
        facts = extraction.facts_of(plan)
        totals.documents += 1
        totals.bytes_out += sum(_utf8_size(f.subject) + _utf8_size(f.value) for f in facts)
    return facts
