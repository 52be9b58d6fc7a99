"""Streaming readers for corpus shards: Parquet, JSONL, JSONL.gz and JSONL.zst.

Every reader yields documents one at a time with bounded memory (Parquet batch by batch, reading
only the text and id columns; JSON lines line by line through pyarrow's decompressing streams).
Nothing is dropped silently: every row or shard that cannot be used is counted in the shard's
``skipped`` counter under a reason, and logged with the file and row.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import zstandard

from auditor import storage
from auditor.config import DEFAULTS

# Planning lives in auditor.inputs; its names are also importable from here, as they were before
# it moved (bench/ and scripts read shards through this module).
from auditor.inputs import (  # noqa: F401 (re-exported)
    PARQUET_SUFFIXES,
    SNIFF_BYTES,
    SUPPORTED_SUFFIXES,
    UTF8_BOM,
    InputError,
    Split,
    UnsupportedEncoding,
    is_supported,
    line_layout,
    plan_splits,
    resolve_inputs,
)

logger = logging.getLogger(__name__)

PARQUET_BATCH_ROWS = 1024
_CODECS = {".gz": "gzip", ".zst": "zstd"}
# Warnings per shard and reason before the rest are only counted: a shard of a million broken
# lines should not print a million lines.
MAX_WARNINGS_PER_REASON = 5


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str


@dataclass
class ShardStats:
    """What reading one shard found: documents used, their text size, and what was skipped.

    ``skipped_rows`` counts rows by reason; ``shard_error`` names why the shard (or its rest) could
    not be read, if it could not."""

    documents: int = 0
    text_bytes: int = 0
    skipped_rows: Counter[str] = field(default_factory=Counter)
    shard_error: str | None = None


class _SkipLog:
    """Counts skipped rows by reason and logs the first few of each with file and row."""

    def __init__(self, path: str, stats: ShardStats):
        self.path, self.stats = path, stats

    def skip(self, where: str, reason: str, detail: str = "") -> None:
        self.stats.skipped_rows[reason] += 1
        n = self.stats.skipped_rows[reason]
        if n <= MAX_WARNINGS_PER_REASON:
            suffix = f" ({detail})" if detail else ""
            logger.warning(
                "%s %s: skipped, %s%s", self.path, where, reason.replace("_", " "), suffix
            )
            if n == MAX_WARNINGS_PER_REASON:
                logger.warning("%s: further rows skipped as %s are only counted", self.path, reason)


def read_documents(
    split: Split,
    stats: ShardStats,
    text_field: str = DEFAULTS.text_field,
    id_field: str = DEFAULTS.id_field,
    max_doc_bytes: int = DEFAULTS.max_doc_bytes,
) -> Iterator[Document]:
    """Yield the usable documents of one split, counting the rest in ``stats``.

    A document's id is its ``id_field`` value, or ``<shard path>:<row>`` where the field is
    absent (row: 0-based for Parquet, the 1-based line number for JSON lines). A split that
    cannot be read, or stops being readable partway, sets ``stats.shard_error``; the documents
    read before the failure are kept and counted."""
    path = split.shard
    reader = _read_parquet if split.shard.lower().endswith(PARQUET_SUFFIXES) else _read_jsonl
    skips = _SkipLog(path, stats)
    try:
        for where, doc_id, text in reader(split, text_field, id_field, skips):
            if not isinstance(text, str) or not text.strip():
                skips.skip(where, "no_text", f"field {text_field!r} is missing, empty or not text")
                continue
            # ASCII (most text) is one byte a character; only other text is encoded to count.
            size = len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))
            if size > max_doc_bytes:
                skips.skip(where, "document_too_large", f"{size:,} bytes > {max_doc_bytes:,}")
                continue
            stats.documents += 1
            stats.text_bytes += size
            yield Document(doc_id, text)
    except _MissingColumn as exc:
        stats.shard_error = "missing_text_field"
        logger.warning("%s: skipped, %s", path, exc)
    except UnsupportedEncoding as exc:
        stats.shard_error = "unsupported_encoding"
        logger.warning("%s: skipped, %s", path, exc)
    except TruncatedStream as exc:
        stats.shard_error = "truncated"
        logger.warning(
            "%s: %s; the %d documents before the cut are kept (a partial last line is dropped)",
            path, exc, stats.documents,
        )  # fmt: skip
    except (OSError, pa.ArrowException, EOFError, ValueError) as exc:
        stats.shard_error = "unreadable" if stats.documents == 0 else "unreadable_after_some_rows"
        logger.warning(
            "%s: cannot be read (%s: %s); %d documents read before the error are kept",
            path, type(exc).__name__, exc, stats.documents,
        )  # fmt: skip


class _MissingColumn(Exception):
    pass


def _read_parquet(split: Split, text_field: str, id_field: str, skips: _SkipLog):
    with storage.open_binary(split.shard) as f:
        yield from _parquet_rows(pq.ParquetFile(f), split, text_field, id_field, skips)


def _parquet_rows(parquet: pq.ParquetFile, split: Split, text_field, id_field, skips: _SkipLog):
    path = split.shard
    schema = parquet.schema_arrow
    text_path = _column_path(schema, text_field)
    if text_path is None:
        names = ", ".join(schema.names)
        raise _MissingColumn(f"no column {text_field!r} (columns: {names})")
    id_path = _column_path(schema, id_field)
    columns = [text_path[0]] + ([id_path[0]] if id_path and id_path[0] != text_path[0] else [])
    row = split.first_row
    batches = parquet.iter_batches(
        batch_size=PARQUET_BATCH_ROWS, columns=columns, row_groups=split.row_groups
    )
    for batch in batches:
        texts = _plucked(batch.column(text_path[0]), text_path[1:]).to_pylist()
        ids = (
            _plucked(batch.column(id_path[0]), id_path[1:]).to_pylist()
            if id_path
            else [None] * len(texts)
        )
        for text, doc_id in zip(texts, ids, strict=True):
            where = f"row {row}"
            if isinstance(text, bytes):
                try:
                    text = text.decode("utf-8")
                except UnicodeDecodeError as exc:
                    skips.skip(where, "invalid_utf8", str(exc))
                    row += 1
                    continue
            yield where, (str(doc_id) if doc_id is not None else f"{path}:{row}"), text
            row += 1


def _column_path(schema: pa.Schema, name: str) -> list[str] | None:
    """The column and struct fields a (maybe dotted) field name reaches: ``["text"]``, or
    ``["meta", "text"]`` for ``meta.text`` in a struct column; None if it reaches nothing."""
    if name in schema.names:
        return [name]
    parts = name.split(".")
    if len(parts) < 2 or parts[0] not in schema.names:
        return None
    kind = schema.field(parts[0]).type
    for part in parts[1:]:
        if not pa.types.is_struct(kind) or kind.get_field_index(part) < 0:
            return None
        kind = kind.field(part).type
    return parts


def _plucked(column: pa.Array, fields: list[str]) -> pa.Array:
    for name in fields:
        column = pc.struct_field(column, name)
    return column


class TruncatedStream(EOFError):
    """A compressed shard ends before its compressed stream does (a cut download or copy)."""


def _decompressed(f, codec: str) -> Iterator[bytes]:
    """The decompressed bytes of a gzip or zstd file, chunk by chunk, through a streaming
    decompressor fed 1 MiB at a time: every byte that can be decoded before damage is yielded
    before the damage is raised (``TruncatedStream`` for a cut stream, ValueError for corrupt
    data). Concatenated members or frames are read one after another."""

    def new():
        if codec == "gzip":
            return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        return zstandard.ZstdDecompressor().decompressobj()

    decompressor, started = new(), False
    while compressed := f.read(1 << 20):
        while compressed:
            try:
                out = decompressor.decompress(compressed)
            except (zlib.error, zstandard.ZstdError) as exc:
                raise ValueError(f"corrupt {codec} data: {exc}") from None
            started = True
            if out:
                yield out
            if not decompressor.eof:
                break
            compressed, decompressor, started = decompressor.unused_data, new(), False
    if started and not decompressor.eof:
        raise TruncatedStream(f"the {codec} stream is cut short")


class _ChunkStream(io.RawIOBase):
    """A readable raw stream over an iterator of byte chunks, for io.BufferedReader."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks, self._pending, self._at = chunks, memoryview(b""), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._at == len(self._pending):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending, self._at = memoryview(chunk), 0
        size = min(len(buffer), len(self._pending) - self._at)
        buffer[:size] = self._pending[self._at : self._at + size]
        self._at += size
        return size


def _lines(split: Split) -> Iterator[bytes]:
    """The lines of a JSON-lines split: a byte range of a plain file, or a whole compressed
    one (compression="detect" picks gzip or zstd from the name and decompresses as it goes, so
    a shard is never held in memory whole). UTF-16 files and CR-only line ends are read as
    ``line_layout`` finds them; a UTF-8 byte order mark is dropped."""
    if split.byte_end < 0:
        codec = _CODECS.get(Path(split.shard).suffix.lower())
        with storage.open_binary(split.shard) as f:
            if codec:
                stream = io.BufferedReader(_ChunkStream(_decompressed(f, codec)), 1 << 20)
            else:
                stream = io.BufferedReader(pa.PythonFile(f, mode="r"), buffer_size=1 << 20)
            yield from _layout_lines(stream)
        return
    with open(split.shard, "rb", buffering=1 << 20) as f:
        f.seek(split.byte_start)
        position = split.byte_start
        first = split.byte_start == 0
        while position < split.byte_end:
            line = f.readline()
            if not line:
                break
            position += len(line)
            if first:
                line, first = line.removeprefix(UTF8_BOM), False
            yield line


def _layout_lines(stream: io.BufferedReader[Any]) -> Iterator[bytes]:
    layout = line_layout(stream.peek(SNIFF_BYTES)[:SNIFF_BYTES])
    if layout == "utf-16":
        text = io.TextIOWrapper(stream, encoding="utf-16", errors="replace", newline=None)
        for line in text:
            yield line.encode("utf-8", "surrogatepass")
        return
    if layout == "cr":
        pending = b""
        while chunk := stream.read(1 << 20):
            *complete, pending = (pending + chunk).split(b"\r")
            yield from complete
        if pending:
            yield pending
        return
    first = True
    for raw in stream:
        if first:
            raw, first = raw.removeprefix(UTF8_BOM), False
        yield raw


def field_value(record: dict, name: str):
    """``record[name]``, or for a dotted name that is no key (``meta.text``) the value reached
    through nested objects; None where the path ends early."""
    if name in record or "." not in name:
        return record.get(name)
    value: object = record
    for part in name.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _read_jsonl(split: Split, text_field: str, id_field: str, skips: _SkipLog):
    path = split.shard
    for line_number, line in enumerate(_lines(split), start=split.first_line):
        where = f"line {line_number}"
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            reason = "invalid_utf8" if "utf-8" in str(exc).lower() else "malformed_json"
            skips.skip(where, reason, str(exc))
            continue
        if not isinstance(record, dict):
            skips.skip(where, "not_a_json_object", f"a JSON {type(record).__name__}")
            continue
        doc_id = field_value(record, id_field)
        text = field_value(record, text_field)
        yield where, (str(doc_id) if doc_id is not None else f"{path}:{line_number}"), text
