"""The facts files: one Parquet file per split, ``OUT/facts/<split>.parquet``, in the schema
``FACTS_SCHEMA``; counting (``auditor.counting``) reads them in place."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from extractors.base import Fact
from extractors.normalize import match_key

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


def stating_text(text: str, start: int, end: int) -> tuple[int, str]:
    """The text around a fact at ``text[start:end]``: CONTEXT_CHARS characters either side, the
    fact's own span cut to MAX_CONTEXT_SPAN, so a snippet is at most 640 characters whatever the
    document. Returns (offset of the snippet in the document, snippet)."""
    low = max(0, start - CONTEXT_CHARS)
    high = min(len(text), min(end, start + MAX_CONTEXT_SPAN) + CONTEXT_CHARS)
    return low, text[low:high]


class FactsWriter:
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
