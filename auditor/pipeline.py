"""The scan, stage after stage (README, "Architecture"): ``run_scan`` only hands each stage's
output to the next.

1. ``inputs``: paths, folders and globs → sorted shards → splits;
2. ``manifest``: the extraction configuration is checked against the one ``OUT/`` was made
   with (the same one resumes, another one is refused), and the splits finished earlier are
   taken from their manifest entries;
3. ``executors``: every other split runs ``scan.scan_split`` (read → pre-filter → extract →
   facts file → manifest entry) on this machine's worker processes or as Ray tasks;
4. ``counting``: the current splits' facts are merged and counted in ``OUT/audit.duckdb``;
5. ``report``: the counts and the manifests' statistics become ``report.json``, ``report.md``
   and ``report.html``.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Protocol

from auditor import counting, manifest, report, runs
from auditor.audit_types import CorpusStats, ManifestEntry
from auditor.config import DEFAULT_MERGE_THRESHOLD, default_workers
from auditor.executors import ENGINES, EngineUnavailable
from auditor.inputs import Split, plan_splits, resolve_inputs
from auditor.manifest import ConfigMismatch, split_name
from auditor.options import ScanOptions, extraction_for
from auditor.profile import Profile
from auditor.runs import OutInUse

# The names the command line and older callers import from here.
__all__ = [
    "ConfigMismatch", "DEFAULT_MERGE_THRESHOLD", "ENGINES", "EngineUnavailable", "OutInUse",
    "ScanOptions", "default_workers", "extraction_for", "resolve_inputs", "run_scan",
]  # fmt: skip

logger = logging.getLogger(__name__)


class Progress(Protocol):
    """What the scan reports as it goes; the CLI draws it, the library only calls it."""

    def documents_read(self, documents: int, text_bytes: int) -> None: ...

    def shard_done(self) -> None: ...


class _NoProgress:
    def documents_read(self, documents: int, text_bytes: int) -> None:
        pass

    def shard_done(self) -> None:
        pass


def run_scan(
    inputs: Iterable[str], out: Path, options: ScanOptions, progress: Progress | None = None
) -> dict:
    """Scan ``inputs`` into ``out`` (resuming what a scan of the same configuration finished)
    and return the report (also written as report.json/.md/.html)."""
    progress = progress or _NoProgress()
    shards, ignored = resolve_inputs(list(inputs))
    for path in ignored:
        logger.warning("%s: not a shard format this tool reads; ignored", path)
    out.mkdir(parents=True, exist_ok=True)
    with runs.out_lock(out):
        return _run_scan_locked(shards, ignored, out, options, progress)


def _run_scan_locked(
    shards: list[str], ignored: list[str], out: Path, options: ScanOptions, progress: Progress
) -> dict:
    started = runs.now()
    manifest.prepare(out)
    extraction_config = options.config()
    digest = manifest.check_config(out, extraction_config, options.fresh)
    # A report from an earlier run must not look current while this one runs or if it fails.
    for name in ("report.json", "report.md", "report.html"):
        (out / name).unlink(missing_ok=True)

    splits = [split for shard in shards for split in plan_splits(shard, options.split_bytes)]
    entries: dict[str, ManifestEntry] = {}
    todo = []
    for split in splits:
        if entry := manifest.finished_entry(out, split, digest):
            entries[split_name(split)] = entry
        else:
            todo.append(split)
    if entries:
        logger.info("resuming: %d of %d splits finished earlier", len(entries), len(splits))
    remaining_per_shard = Counter(split.shard for split in todo)
    for _ in {s.shard for s in splits} - set(remaining_per_shard):
        progress.shard_done()

    profile = Profile(options.profile)
    # closing: an error or Ctrl-C here stops the executor's workers at once.
    with closing(ENGINES[options.engine](todo, out, options, digest)) as finished:
        for entry in finished:
            split = Split(**entry["split"])
            entries[split_name(split)] = entry
            for message in entry["warnings"]:
                logger.warning("%s", message)
            profile.add_dict(entry.get("profile", {}))
            progress.documents_read(entry["documents"], entry["text_bytes"])
            remaining_per_shard[split.shard] -= 1
            if remaining_per_shard[split.shard] == 0:
                progress.shard_done()

    current = [entries[split_name(split)] for split in splits]
    corpus = CorpusStats.from_manifests(current, len(shards), len(ignored))
    facts_files = [out / "facts" / entry["facts_file"] for entry in current]
    database = out / "audit.duckdb"
    categories = counting.count_facts(
        database,
        facts_files,
        options.extraction().relations,
        options.merge_threshold,
        memory_limit=options.memory_limit,
        temp_directory=out / "tmp",
        profile=profile,
    )
    with profile.stage("report") as totals:
        details = counting.report_details(database, options.count_by)
        run = runs.run_record(started, digest, facts_files)
        result = report.build_report(corpus, categories, options, details, run["report"])
        report.write_reports(result, out)
        totals.bytes_out = sum(
            (out / name).stat().st_size for name in ("report.json", "report.md", "report.html")
        )
    if profile.enabled:
        # report.json again, now with the totals of every stage (its own writing included).
        result["profile"] = profile.as_dict()
        report.write_json(result, out)
    row = runs.run_row(run, "scan", shards, options, result, extraction_config)
    counting.record_run(database, row)
    counting.export_tables(database, out / "tables")
    return result
