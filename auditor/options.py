"""The options of one scan (``ScanOptions``): what the command line was given, with the defaults
of ``auditor.config.DEFAULTS``; and the one extraction per process that they describe."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.audit_types import Recalls
from auditor.config import DEFAULTS, FORMAT_VERSION

if TYPE_CHECKING:
    from auditor.extraction import Extraction


@dataclass(frozen=True)
class ScanOptions:
    extractor_names: tuple[str, ...]
    patterns: str | None = None  # a pattern file of user relations
    spacy_model: str | None = None
    text_field: str = DEFAULTS.text_field
    id_field: str = DEFAULTS.id_field
    max_doc_bytes: int = DEFAULTS.max_doc_bytes
    count_by: str = DEFAULTS.count_by
    retrieval_threshold: float = DEFAULTS.retrieval_threshold
    merge_threshold: float | None = DEFAULTS.merge_threshold
    split_bytes: int = DEFAULTS.split_bytes
    # None: this machine's cores, or 1 for a small input. The library's default is one process
    # (the command line's is DEFAULTS.workers).
    workers: int | None = 1
    engine: str = DEFAULTS.engine
    ray_address: str | None = None
    memory_limit: str | None = None
    fresh: bool = False
    # Seconds a document may take per million characters (and at least this): over it, the
    # document is skipped and counted, so no single document can stall a scan.
    doc_timeout: float = DEFAULTS.doc_timeout
    # The recall correction, (relation, recall, where it came from) per relation. Report only:
    # not in config(), so a rerun with another recall re-reports without reading the corpus.
    recall: Recalls = ()
    # Time each stage and write the totals into report.json. Not in config(): it changes no fact.
    profile: bool = False

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
    from auditor.extraction import Extraction
    from extractors.base import select

    if patterns:
        from extractors.user_patterns import load_patterns  # (imports spaCy)

        load_patterns(patterns)
    return Extraction(select(names), spacy_model, patterns)
