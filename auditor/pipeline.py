"""The scan: shards in, one facts file per shard out, then counting and the report.

Reads top to bottom:
1. ``resolve_inputs`` turns paths, directories and globs into a sorted list of shards;
2. ``scan_shard`` streams one shard's documents through the extractors and writes its facts to
   ``OUT/facts/<shard>.parquet`` (a temporary name first, renamed when complete);
3. ``counting.count_facts`` counts facts, frequencies of frequencies and category statistics in
   ``OUT/audit.duckdb``;
4. ``report.build_report`` turns those into ``report.json`` and ``report.md``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from auditor import counting, report
from auditor.extraction import Extraction
from auditor.readers import ShardStats, read_documents, resolve_inputs
from auditor.variants import DEFAULT_THRESHOLD as DEFAULT_MERGE_THRESHOLD

__all__ = ["resolve_inputs", "run_scan", "scan_shard", "ScanOptions"]
from extractors.base import Extractor, Fact
from extractors.normalize import match_key

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
    ]
)
FACTS_PER_ROW_GROUP = 65_536
PROGRESS_EVERY = 256  # documents between progress updates: drawing a bar per document is slow


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
    extractors: tuple[Extractor, ...]
    spacy_model: str | None = None
    patterns: str | None = None  # a pattern file of user relations
    text_field: str = "text"
    id_field: str = "id"
    max_doc_bytes: int = 10_000_000
    count_by: str = "mentions"
    merge_threshold: float | None = DEFAULT_MERGE_THRESHOLD
    retrieval_threshold: float = 0.10


@dataclass
class CorpusStats:
    shards: int = 0
    documents: int = 0
    text_bytes: int = 0
    skipped_rows: Counter[str] = field(default_factory=Counter)
    skipped_shards: Counter[str] = field(default_factory=Counter)
    ignored_files: int = 0

    def add(self, shard: ShardStats) -> None:
        self.shards += 1
        self.documents += shard.documents
        self.text_bytes += shard.text_bytes
        self.skipped_rows.update(shard.skipped_rows)
        if shard.shard_error:
            self.skipped_shards[shard.shard_error] += 1


def facts_file_name(shard: Path) -> str:
    """A stable, collision-free name for a shard's facts file: readable stem + path hash."""
    digest = hashlib.sha1(str(shard).encode()).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", shard.name)[:80]
    return f"{stem}-{digest}.parquet"


class _FactsWriter:
    """Buffers facts and writes them in row groups, so memory stays bounded per shard."""

    def __init__(self, path: Path):
        self.path = path
        self.writer = pq.ParquetWriter(path, FACTS_SCHEMA)
        self.rows: dict[str, list] = {name: [] for name in FACTS_SCHEMA.names}
        self.count = 0

    def add(self, doc_id: str, shard: str, fact: Fact) -> None:
        for name, value in (
            ("doc_id", doc_id), ("shard", shard), ("relation", fact.relation),
            ("subject", fact.subject), ("value", fact.value),
            ("subject_key", match_key(fact.subject)), ("value_key", match_key(fact.value)),
            ("start", fact.start), ("end", fact.end),
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


def scan_shard(
    shard: Path, facts_dir: Path, extraction: Extraction, options: ScanOptions, progress: Progress
) -> tuple[Path, ShardStats, int]:
    """Extract one shard's facts into ``facts_dir``; returns the facts file, the shard's reading
    statistics and the number of facts written. The file appears under its final name only once
    complete."""
    final = facts_dir / facts_file_name(shard)
    temporary = final.with_name(f".{final.name}.tmp")
    stats = ShardStats()
    writer = _FactsWriter(temporary)
    reported_docs = reported_bytes = 0
    try:
        for document in read_documents(
            shard, stats, options.text_field, options.id_field, options.max_doc_bytes
        ):
            for fact in extraction.facts(document.text):
                writer.add(document.doc_id, str(shard), fact)
            if stats.documents - reported_docs >= PROGRESS_EVERY:
                progress.documents_read(
                    stats.documents - reported_docs, stats.text_bytes - reported_bytes
                )
                reported_docs, reported_bytes = stats.documents, stats.text_bytes
    finally:
        writer.close()
    progress.documents_read(stats.documents - reported_docs, stats.text_bytes - reported_bytes)
    os.replace(temporary, final)
    return final, stats, writer.count


def run_scan(
    inputs: Iterable[str], out: Path, options: ScanOptions, progress: Progress | None = None
) -> dict:
    """Scan ``inputs`` into ``out`` and return the report (also written as report.json/.md)."""
    progress = progress or _NoProgress()
    shards, ignored = resolve_inputs(list(inputs))
    for path in ignored:
        logger.warning("%s: not a shard format this tool reads; ignored", path)
    facts_dir = out / "facts"
    facts_dir.mkdir(parents=True, exist_ok=True)
    for stale in facts_dir.glob("*.parquet"):
        stale.unlink()  # a scan starts afresh: old facts files would mix two corpora

    extraction = Extraction(options.extractors, options.spacy_model, options.patterns)
    corpus = CorpusStats(ignored_files=len(ignored))
    facts_files = []
    for shard in shards:
        facts_file, stats, _ = scan_shard(shard, facts_dir, extraction, options, progress)
        corpus.add(stats)
        facts_files.append(facts_file)
        progress.shard_done()

    categories = counting.count_facts(
        out / "audit.duckdb", facts_files, extraction.relations, options.merge_threshold
    )
    result = report.build_report(corpus, categories, options)
    report.write_reports(result, out)
    return result
