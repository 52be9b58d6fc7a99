"""The defaults every part of the tool shares, in one light module.

``DEFAULTS`` (a frozen ``Defaults``) holds every default of a scan: the command line shows and
uses them (a test checks ``auditor scan --help`` against them), ``auditor.options.ScanOptions``
and the readers take theirs from it. The command line reads its defaults here without importing
the scan's heavy machinery (spaCy, DuckDB, datasketch), so ``auditor --help`` and the checks of a
command's options answer at once: this module imports nothing but the standard library.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

# Shards are cut into pieces of about this much stored data for parallel work.
DEFAULT_SPLIT_BYTES = 64 * 1024 * 1024
# Below this much input a scan stays in one process: starting workers would cost more.
PARALLEL_MIN_BYTES = 8 * 1024 * 1024
# Edit-distance similarity from which two spellings of a subject or value are merged.
DEFAULT_MERGE_THRESHOLD = 0.9
# The parts a labelled file is split into by source (auditor.evaluate.part_of).
EVALUATION_PARTS = ("tune", "check")
# DuckDB cannot count in less than this; a smaller --memory-limit is refused up front.
MIN_MEMORY_LIMIT_BYTES = 64 * 2**20
# Seconds a document may take to extract per million characters (and at least this many).
DEFAULT_DOC_TIMEOUT = 5.0
# A scan refuses to start in a folder with less free space than this.
MIN_FREE_BYTES = 64 * 2**20
# Bumped when reading or the facts files change in a way old results must not mix with.
# 2: the facts files carry the stating text (context, context_start).
FORMAT_VERSION = 2


def default_memory_limit() -> str:
    """Half of this machine's memory, in whole GiB (at least 1): room for the extraction
    workers beside DuckDB. ``4GiB`` where the memory size cannot be read."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return "4GiB"
    return f"{max(1, total // 2 // 2**30)}GiB"


def default_workers() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass(frozen=True)
class Defaults:
    """Every default of ``auditor scan``, named as its option is (``--max-doc-mb`` is
    ``max_doc_mb``). Sizes the scan works in are derived: ``max_doc_bytes``, ``split_bytes``."""

    out: str = "audit"
    text_field: str = "text"
    id_field: str = "id"
    count_by: str = "mentions"
    retrieval_threshold: float = 0.10
    merge_threshold: float | None = DEFAULT_MERGE_THRESHOLD
    max_doc_mb: float = 10.0
    # None: this machine's cores, or one process for an input under parallel_min_bytes.
    workers: int | None = None
    engine: str = "local"
    memory_limit: str = field(default_factory=default_memory_limit)
    split_mb: float = DEFAULT_SPLIT_BYTES / 2**20
    doc_timeout: float = DEFAULT_DOC_TIMEOUT
    parallel_min_bytes: int = PARALLEL_MIN_BYTES
    min_memory_limit_bytes: int = MIN_MEMORY_LIMIT_BYTES
    min_free_bytes: int = MIN_FREE_BYTES

    @property
    def max_doc_bytes(self) -> int:
        """``--max-doc-mb`` in bytes (decimal megabytes, as the option says)."""
        return int(self.max_doc_mb * 1_000_000)

    @property
    def split_bytes(self) -> int:
        """``--split-mb`` in bytes (binary megabytes)."""
        return int(self.split_mb * 1024 * 1024)


DEFAULTS = Defaults()
