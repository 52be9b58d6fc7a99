"""Readers over real files in every format, and every kind of bad input counted, not dropped."""

import logging
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import write_jsonl

from auditor.inputs import InputError, Split, plan_splits, resolve_inputs
from auditor.readers import ShardStats, read_documents

RECORDS = [
    {"id": "a", "text": "first"},
    {"id": "b", "text": "second"},
    {"id": "c", "text": "third"},
]


def read(path: Path, **kwargs):
    """The documents of a whole file, read as one split."""
    return read_split(Split(str(path), 0), **kwargs)


def read_split(split: Split, **kwargs):
    stats = ShardStats()
    docs = [(d.doc_id, d.text) for d in read_documents(split, stats, **kwargs)]
    return docs, stats


@pytest.mark.parametrize(
    ("name", "compression"),
    [("s.jsonl", None), ("s.jsonl.gz", "gzip"), ("s.jsonl.zst", "zstd")],
)
def test_json_lines_plain_and_compressed(tmp_path, name, compression):
    path = write_jsonl(tmp_path / name, RECORDS, compression)
    docs, stats = read(path)
    assert docs == [("a", "first"), ("b", "second"), ("c", "third")]
    assert stats.documents == 3 and stats.text_bytes == len("firstsecondthird")


def test_parquet_is_read_in_batches_of_only_the_needed_columns(tmp_path):
    path = tmp_path / "s.parquet"
    table = pa.table(
        {"id": [f"d{i}" for i in range(2500)], "text": ["x"] * 2500, "big": ["y" * 100] * 2500}
    )
    pq.write_table(table, path, row_group_size=1000)
    docs, stats = read(path)
    assert len(docs) == 2500 and docs[-1] == ("d2499", "x")
    assert stats.documents == 2500


def test_other_text_and_id_fields_and_missing_ids_fall_back_to_path_and_row(tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl", [{"body": "one"}, {"body": "two", "key": 7}])
    docs, _ = read(path, text_field="body", id_field="key")
    assert docs == [(f"{path}:1", "one"), ("7", "two")]
    parquet = tmp_path / "s.parquet"
    pq.write_table(pa.table({"body": ["one", "two"]}), parquet)
    docs, _ = read(parquet, text_field="body")
    assert docs == [(f"{parquet}:0", "one"), (f"{parquet}:1", "two")]


def test_bad_rows_are_counted_by_reason_and_named_with_file_and_line(tmp_path, caplog):
    path = write_jsonl(
        tmp_path / "s.jsonl",
        [
            {"id": "ok", "text": "fine"},
            b'{"id": "broken", "text": ',
            b'{"id": "bad-bytes", "text": "\xff\xfe"}',
            b"[1, 2, 3]",
            {"id": "empty", "text": "   "},
            {"id": "null", "text": None},
            {"id": "no-text"},
            {"id": "number", "text": 42},
            {"id": "huge", "text": "x" * 2000},
            {"id": "ok2", "text": "also fine"},
        ],
    )
    with caplog.at_level(logging.WARNING):
        docs, stats = read(path, max_doc_bytes=1000)
    assert [d[0] for d in docs] == ["ok", "ok2"]
    assert stats.skipped_rows == {
        "malformed_json": 1, "invalid_utf8": 1, "not_a_json_object": 1, "no_text": 4,
        "document_too_large": 1,
    }  # fmt: skip
    assert f"{path} line 2: skipped, malformed json" in caplog.text
    assert f"{path} line 3: skipped, invalid utf8" in caplog.text
    assert f"{path} line 9: skipped, document too large" in caplog.text


def test_undecodable_bytes_in_a_parquet_binary_column_are_counted(tmp_path):
    path = tmp_path / "s.parquet"
    pq.write_table(
        pa.table({"text": pa.array([b"good", b"\xff\xfe", b"also good"], pa.binary())}), path
    )
    docs, stats = read(path)
    assert [d[1] for d in docs] == ["good", "also good"]
    assert stats.skipped_rows == {"invalid_utf8": 1}


def test_a_corrupt_shard_is_reported_not_raised(tmp_path, caplog):
    path = tmp_path / "s.parquet"
    path.write_bytes(b"PAR1 this is not parquet at all")
    docs, stats = read(path)
    assert docs == [] and stats.shard_error == "unreadable"
    assert str(path) in caplog.text


@pytest.mark.parametrize("codec", ["gzip", "zstd"])
def test_a_truncated_compressed_shard_yields_every_document_before_the_cut(tmp_path, codec):
    import gzip
    import json
    import random

    import zstandard

    # Random text, so the compressed file is large enough to be read in several chunks.
    rng = random.Random(0)
    lines = [
        json.dumps({"id": str(i), "text": rng.randbytes(300).hex()}).encode() + b"\n"
        for i in range(5000)
    ]
    plain = b"".join(lines)
    full = gzip.compress(plain) if codec == "gzip" else zstandard.compress(plain)
    cut = full[: len(full) // 2]
    path = tmp_path / f"s.jsonl.{'gz' if codec == 'gzip' else 'zst'}"
    path.write_bytes(cut)
    # What a streaming decoder can recover from the cut file: an independent reading, by the
    # standard library's decompressor for gzip and by one-shot streaming for zstd.
    if codec == "gzip":
        import zlib

        recoverable = zlib.decompressobj(wbits=31).decompress(cut)
    else:
        recoverable = zstandard.ZstdDecompressor().decompressobj().decompress(cut)
    whole_lines = recoverable.count(b"\n")
    docs, stats = read(path)
    assert len(docs) == whole_lines and 0 < whole_lines < 5000
    assert [d[0] for d in docs] == [str(i) for i in range(whole_lines)]
    assert stats.shard_error == "truncated" and not stats.skipped_rows


def test_concatenated_gzip_members_are_all_read(tmp_path):
    import gzip
    import json

    path = tmp_path / "s.jsonl.gz"
    path.write_bytes(
        b"".join(gzip.compress(json.dumps(r).encode() + b"\n") for r in RECORDS)
    )
    docs, stats = read(path)
    assert [d[0] for d in docs] == ["a", "b", "c"] and stats.shard_error is None


def test_a_shard_without_the_text_column_is_skipped_with_the_columns_named(tmp_path, caplog):
    path = tmp_path / "s.parquet"
    pq.write_table(pa.table({"content": ["x"]}), path)
    docs, stats = read(path)
    assert docs == [] and stats.shard_error == "missing_text_field"
    assert "no column 'text' (columns: content)" in caplog.text


def test_inputs_expand_directories_and_globs_in_sorted_order(tmp_path):
    for name in ["b/2.jsonl", "a/1.parquet", "a/3.jsonl.gz", "a/notes.txt", "c.jsonl"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    shards, ignored = resolve_inputs(
        [str(tmp_path / "b"), str(tmp_path / "a"), str(tmp_path / "*.jsonl")]
    )
    assert [Path(p).relative_to(tmp_path).as_posix() for p in shards] == [
        "a/1.parquet",
        "a/3.jsonl.gz",
        "b/2.jsonl",
        "c.jsonl",
    ]
    assert [Path(p).name for p in ignored] == ["notes.txt"]


def test_symlinked_folders_are_followed_and_a_link_loop_ends(tmp_path):
    (tmp_path / "store" / "deep").mkdir(parents=True)
    (tmp_path / "store" / "deep" / "a.jsonl").write_text("")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "b.jsonl").write_text("")
    (tmp_path / "corpus" / "linked").symlink_to(tmp_path / "store", target_is_directory=True)
    (tmp_path / "store" / "deep" / "loop").symlink_to(tmp_path / "store")  # back up: a loop
    shards, ignored = resolve_inputs([str(tmp_path / "corpus")])
    assert [Path(p).relative_to(tmp_path).as_posix() for p in shards] == [
        "corpus/b.jsonl",
        "store/deep/a.jsonl",
    ]
    assert ignored == []


def test_inputs_that_name_nothing_usable_are_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        resolve_inputs([str(tmp_path / "missing")])
    (tmp_path / "x.csv").write_text("a,b")
    with pytest.raises(InputError, match="unsupported format"):
        resolve_inputs([str(tmp_path / "x.csv")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no shards found"):
        resolve_inputs([str(tmp_path / "empty")])


def test_json_lines_split_at_line_boundaries_keep_every_line_and_its_number(tmp_path):
    # Lines of varied length, some bad: whatever the split size, the splits together read each
    # line once, with the line number (and fallback id) that reading the whole file gives.
    records = [{"text": "x" * (i % 37 + 1)} for i in range(500)]
    records[123] = b"{broken"
    path = write_jsonl(tmp_path / "s.jsonl", records)
    whole_docs, whole_stats = read(path)
    for split_bytes in (1, 100, 997, 4096, 10**9):
        splits = plan_splits(str(path), split_bytes)
        if len(splits) > 1:  # one split is the whole file, without a byte range
            assert splits[0].byte_start == 0 and splits[-1].byte_end == path.stat().st_size
            assert all(a.byte_end == b.byte_start for a, b in zip(splits, splits[1:], strict=False))
        docs, skipped = [], 0
        for split in splits:
            part, stats = read_split(split)
            docs += part
            skipped += stats.skipped_rows["malformed_json"]
        assert docs == whole_docs and skipped == whole_stats.skipped_rows["malformed_json"] == 1
    assert len(plan_splits(str(path), 1000)) > 5


def test_parquet_splits_by_row_groups_keep_row_numbers(tmp_path):
    path = tmp_path / "s.parquet"
    pq.write_table(pa.table({"text": [f"doc {i}" for i in range(1000)]}), path, row_group_size=100)
    whole, _ = read(path)
    splits = plan_splits(str(path), 1)  # every row group its own split
    assert len(splits) == 10 and [s.first_row for s in splits] == list(range(0, 1000, 100))
    parts = [doc for split in splits for doc in read_split(split)[0]]
    assert parts == whole and parts[250] == (f"{path}:250", "doc 250")


def test_compressed_json_lines_are_one_split_a_file(tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl.gz", RECORDS, "gzip")
    assert plan_splits(str(path), 1) == [Split(str(path), 0)]


def test_a_dotted_text_field_reaches_nested_objects_and_struct_columns(tmp_path):
    records = [
        {"meta": {"id": "n1", "body": {"text": "deep one"}}},
        {"meta": {"id": "n2", "body": "not an object"}},
        {"meta.body.text": "a key with dots wins", "meta": {"id": "n3"}},
    ]
    jsonl = write_jsonl(tmp_path / "s.jsonl", records)
    docs, stats = read(jsonl, text_field="meta.body.text", id_field="meta.id")
    assert docs == [("n1", "deep one"), ("n3", "a key with dots wins")]
    assert stats.skipped_rows == {"no_text": 1}

    table = pa.table({"meta": [{"id": "p1", "text": "in a struct"}, {"id": "p2", "text": None}]})
    pq.write_table(table, tmp_path / "s.parquet")
    docs, stats = read(tmp_path / "s.parquet", text_field="meta.text", id_field="meta.id")
    assert docs == [("p1", "in a struct")] and stats.skipped_rows == {"no_text": 1}
    docs, stats = read(tmp_path / "s.parquet", text_field="meta.missing")
    assert docs == [] and stats.shard_error == "missing_text_field"


@pytest.mark.parametrize(
    ("encoding", "line_end"),
    [("utf-8-sig", "\n"), ("utf-16", "\n"), ("utf-16-be", "\r\n"), ("utf-8", "\r"), ("utf-16", "\r")],
)
def test_byte_order_marks_utf16_and_every_line_end_are_read(tmp_path, encoding, line_end):
    import json

    records = [{"id": "a", "text": "Ürümqi ist eine Stadt"}, {"id": "b", "text": "second"}]
    body = line_end.join(json.dumps(r, ensure_ascii=False) for r in records) + line_end
    data = body.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # the mark that says big-endian
    path = tmp_path / "s.jsonl"
    path.write_bytes(data)
    docs, stats = read(path)
    assert docs == [("a", "Ürümqi ist eine Stadt"), ("b", "second")]
    assert not stats.skipped_rows and stats.shard_error is None
    # Cut into small splits, such a file is read whole all the same: every row once.
    splits = plan_splits(str(path), split_bytes=16)
    assert [d for split in splits for d in read_split(split)[0]] == docs


def test_utf16_without_a_byte_order_mark_is_refused_with_its_reason(tmp_path, caplog):
    path = tmp_path / "s.jsonl"
    path.write_bytes('{"id": "a", "text": "first"}\n'.encode("utf-16-le"))
    docs, stats = read(path)
    assert docs == [] and stats.shard_error == "unsupported_encoding"
    assert "without a byte order mark" in caplog.text
    assert not stats.skipped_rows  # one reason for the shard, not a malformed row per line
