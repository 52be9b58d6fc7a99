"""The defaults every part of the tool shares, in one light module.

The command line reads its defaults here without importing the scan's heavy machinery (spaCy,
DuckDB, datasketch), so ``auditor --help`` and the checks of a command's options answer at once.
"""

from __future__ import annotations

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
