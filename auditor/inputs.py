"""The scan's first stage: which shards to read, and the splits each is cut into.

``resolve_inputs`` turns paths, folders, globs and URLs into a sorted list of shards;
``plan_splits`` cuts a shard into ``Split``s (Parquet row groups, JSON-lines byte ranges), the
unit of work a reader (``auditor.readers``) reads and a worker scans. The formats and the
line layout of JSON lines are decided here too, since planning needs them.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from auditor import storage

PARQUET_SUFFIXES = (".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
SUPPORTED_SUFFIXES = PARQUET_SUFFIXES + JSONL_SUFFIXES


class InputError(ValueError):
    """The inputs named on the command line cannot be used (nothing to read, unknown format)."""


class UnsupportedEncoding(ValueError):
    """A JSON-lines shard in an encoding that cannot be read reliably."""


def is_supported(path: str | Path) -> bool:
    return str(path).lower().endswith(SUPPORTED_SUFFIXES)


def resolve_inputs(inputs: Iterable[str]) -> tuple[list[str], list[str]]:
    """Expand files, directories (recursively), glob patterns and URLs (``s3://bucket/prefix/``,
    listed recursively) into a sorted, de-duplicated list of shards (absolute local paths or
    URLs), plus the files found inside directories that are not shards (reported, not read).

    A named file of an unsupported format, or an input that matches nothing, is an error."""
    shards: set[str] = set()
    ignored: set[str] = set()
    for item in inputs:
        path = Path(item)
        if storage.is_url(item):
            found = storage.list_files(item)
            if found is None:
                raise InputError(f"{item}: nothing at this URL")
            for url in found:
                (shards if is_supported(url) else ignored).add(url)
        elif path.is_dir():
            for child in _walk_files(path):
                (shards if is_supported(child) else ignored).add(str(child.resolve()))
        elif path.is_file():
            if not is_supported(path):
                raise InputError(
                    f"{item}: unsupported format; expected one of {', '.join(SUPPORTED_SUFFIXES)}"
                )
            shards.add(str(path.resolve()))
        elif matches := sorted(glob.glob(item, recursive=True)):
            shards.update(
                str(Path(m).resolve()) for m in matches if Path(m).is_file() and is_supported(m)
            )
        else:
            raise InputError(f"{item}: no such file, directory or matching glob pattern")
    if not shards:
        raise InputError(
            f"no shards found in {', '.join(inputs)} (formats: {', '.join(SUPPORTED_SUFFIXES)})"
        )
    return sorted(shards), sorted(ignored)


def _walk_files(top: Path) -> Iterator[Path]:
    """The files under ``top``, recursively, following symbolic links to folders (a corpus
    assembled from links is common) but entering each real folder once, so that a link loop
    ends. Hidden files and folders are passed over."""
    seen: set[str] = set()
    for folder, subfolders, names in os.walk(top, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            subfolders[:] = []
            continue
        seen.add(real)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            child = Path(folder, name)
            if not name.startswith(".") and child.is_file():
                yield child


@dataclass(frozen=True)
class Split:
    """A piece of one shard that one worker reads: Parquet row groups, a byte range of plain
    JSON lines (cut at line boundaries), or a whole compressed file. Splits depend on the shard
    and the split size only, never on the number of workers, so every worker count produces the
    same facts files."""

    shard: str
    index: int
    row_groups: tuple[int, ...] | None = None  # Parquet; None: the whole file
    first_row: int = 0  # Parquet: the shard's row number of the split's first row
    byte_start: int = 0  # plain JSON lines: [byte_start, byte_end); byte_end -1: to the end
    byte_end: int = -1
    first_line: int = 1  # JSON lines: the line number at byte_start

    def spec(self) -> dict:
        return asdict(self)


def plan_splits(shard: str, split_bytes: int) -> list[Split]:
    """Cut a shard into splits of about ``split_bytes`` of stored data each.

    Parquet: consecutive row groups (from the file's metadata). Plain JSON lines: byte ranges
    whose cuts are moved to the next line start; the lines before each cut are counted in one
    pass so that rows keep their line numbers. Compressed JSON lines cannot be entered midway:
    one split per file, and so is a JSON-lines file at a URL (counting its lines first would
    download it twice). A file whose layout cannot be read becomes one split, whose reading
    then reports the problem."""
    lower = shard.lower()
    try:
        if lower.endswith(PARQUET_SUFFIXES):
            return _plan_parquet(shard, split_bytes)
        local = not storage.is_url(shard)
        if local and lower.endswith((".jsonl", ".ndjson")) and storage.size(shard) > split_bytes:
            with open(shard, "rb") as f:
                layout = line_layout(f.read(SNIFF_BYTES))
            if layout == "lf":  # byte ranges cut at line feeds; other layouts are read whole
                return _plan_jsonl(shard, split_bytes)
    except (OSError, pa.ArrowException, ValueError):
        pass
    return [Split(shard, 0)]


def _plan_parquet(shard: str, split_bytes: int) -> list[Split]:
    with storage.open_binary(shard) as f:
        metadata = pq.ParquetFile(f).metadata
    splits: list[Split] = []
    groups: list[int] = []
    size, first_row, row = 0, 0, 0
    for index in range(metadata.num_row_groups):
        group = metadata.row_group(index)
        if groups and size + group.total_byte_size > split_bytes:
            splits.append(Split(shard, len(splits), tuple(groups), first_row))
            groups, size, first_row = [], 0, row
        groups.append(index)
        size += group.total_byte_size
        row += group.num_rows
    if groups or not splits:
        splits.append(Split(shard, len(splits), tuple(groups), first_row))
    return splits


def _plan_jsonl(shard: str, split_bytes: int) -> list[Split]:
    size = storage.size(shard)
    splits: list[Split] = []
    start, line = 0, 1
    with open(shard, "rb") as f:
        while start < size:
            target = start + split_bytes
            lines_before = 0
            f.seek(start)
            # Count the lines up to the target, then run on to the end of the line there.
            remaining = target - start
            while remaining > 0:
                chunk = f.read(min(remaining, 1 << 20))
                if not chunk:
                    break
                lines_before += chunk.count(b"\n")
                remaining -= len(chunk)
            tail = f.readline() if target < size else b""
            lines_before += tail.endswith(b"\n")
            end = min(size, target + len(tail)) if target < size else size
            splits.append(Split(shard, len(splits), byte_start=start, byte_end=end,
                                first_line=line))  # fmt: skip
            start, line = end, line + lines_before
    return splits


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF8_BOM = b"\xef\xbb\xbf"
SNIFF_BYTES = 1 << 16


def line_layout(head: bytes) -> str:
    """How a JSON-lines file's bytes make lines, from its first bytes: ``utf-16`` (a UTF-16 byte
    order mark: decoded, then re-encoded as UTF-8), ``cr`` (carriage returns and no line feed:
    old Mac line ends) or ``lf`` (line feeds, with or without carriage returns before them)."""
    if head.startswith(UTF16_BOMS):
        return "utf-16"
    if b"\x00" in head[:4096]:
        # Text never holds NUL bytes; UTF-16 (or UTF-32) without a byte order mark does, on
        # every other byte. Its byte order is a guess, and a wrong guess reads garbage.
        raise UnsupportedEncoding(
            "NUL bytes: UTF-16 or UTF-32 without a byte order mark; convert it to UTF-8 "
            "(or add the mark)"
        )
    if b"\r" in head and b"\n" not in head:
        return "cr"
    return "lf"


def stored_bytes(split: Split) -> int:
    """The stored (on-disk, compressed) bytes a split covers: its byte range, its row groups'
    compressed size, or the whole file; 0 where the size cannot be read."""
    if split.byte_end >= 0:
        return split.byte_end - split.byte_start
    try:
        if split.row_groups is not None:
            with storage.open_binary(split.shard) as f:
                metadata = pq.ParquetFile(f).metadata
            return sum(
                metadata.row_group(index).column(column).total_compressed_size
                for index in split.row_groups
                for column in range(metadata.num_columns)
            )
        return storage.size(split.shard)
    except (OSError, pa.ArrowException, ValueError):
        return 0
