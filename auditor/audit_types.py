"""What the scan hands the counting and the report: the corpus's statistics and the counting
options. The report, ``auditor report`` (``auditor.rebuild``) and the scan all import these from
here, so the report needs nothing of the scan (tests/unit/test_architecture.py checks it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NotRequired, Protocol, TypedDict

from auditor.config import DEFAULTS


class ManifestEntry(TypedDict):
    """One finished split's record, ``OUT/manifest/<split>.json``: what ``scan.scan_split``
    hands back to the scan (from any process or Ray node) and what a resumed scan reads."""

    split: dict[str, Any]  # inputs.Split.spec()
    input: dict[str, Any]  # storage.identity: the shard's size and mtime or ETag when read
    config_hash: str
    facts_file: str  # its name in OUT/facts/
    facts_written: int
    documents: int
    text_bytes: int
    rows_read: int
    skipped_rows: dict[str, int]  # by reason
    shard_error: str | None
    warnings: list[str]  # the split's warnings, for the scan's process to log
    profile: NotRequired[dict[str, dict[str, float | int]]]  # with --profile: Profile.as_dict()


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
