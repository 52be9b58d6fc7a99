"""What the scan hands the counting and the report: the corpus's statistics and the counting
options. The report, ``auditor report`` (``auditor.rebuild``) and the scan all import these from
here, so the report needs nothing of the scan (tests/test_architecture.py checks it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from auditor.config import DEFAULTS

# One split's record in OUT/manifest/<split>.json: split, input, config_hash, facts_file,
# facts_written, documents, text_bytes, rows_read, skipped_rows, shard_error, warnings (and,
# with --profile, profile). Plain JSON, as it is stored.
ManifestEntry = dict[str, Any]
# (relation, recall, where the recall came from), per relation given one.
Recalls = tuple[tuple[str, float, str], ...]


class CountOptions(Protocol):
    """The options counting and the report read: ``auditor.options.ScanOptions`` for a scan,
    ``ReportOptions`` for ``auditor report``."""

    @property
    def count_by(self) -> str: ...

    @property
    def retrieval_threshold(self) -> float: ...

    @property
    def merge_threshold(self) -> float | None: ...

    @property
    def recall(self) -> Recalls: ...


@dataclass(frozen=True)
class ReportOptions:
    """The counting options of a report rebuilt without scanning (``auditor report``)."""

    count_by: str = DEFAULTS.count_by
    retrieval_threshold: float = DEFAULTS.retrieval_threshold
    merge_threshold: float | None = DEFAULTS.merge_threshold
    recall: Recalls = ()


@dataclass
class CorpusStats:
    """What the scan read, summed over the current splits' manifest entries."""

    shards: int = 0
    documents: int = 0
    text_bytes: int = 0
    skipped_rows: Counter[str] = field(default_factory=Counter)
    skipped_shards: Counter[str] = field(default_factory=Counter)
    ignored_files: int = 0

    @classmethod
    def from_manifests(
        cls, entries: Iterable[ManifestEntry], shards: int, ignored: int
    ) -> CorpusStats:
        """The sums of ``entries``; a shard whose splits failed is counted once, under the
        first split's reason."""
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
