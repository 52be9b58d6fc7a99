"""The profile hook: per-stage totals from a Profile, and `auditor scan --profile` writing them
into report.json, with the bytes each stage saw checked against the corpus written here."""

from __future__ import annotations

import json
import time

from click.testing import CliRunner
from conftest import DATA, write_jsonl

from auditor.cli import main
from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from auditor.profile import STAGES, Profile
from auditor.scan import _profiled_facts
from extractors.base import select

DEV_TEXTS = [json.loads(line)["text"] for line in (DATA / "extraction" / "dev.jsonl").open()]


def test_a_stage_adds_its_blocks_wall_time_and_what_the_block_counts():
    profile = Profile()
    for _ in range(2):
        with profile.stage("extract") as totals:
            time.sleep(0.02)
            totals.bytes_in += 7
            totals.documents += 1
    stage = profile.as_dict()["extract"]
    assert stage["seconds"] >= 0.04  # two sleeps of 20 ms
    assert (stage["bytes_in"], stage["bytes_out"], stage["documents"]) == (14, 0, 2)


def test_timed_counts_the_items_and_the_time_spent_producing_them():
    profile = Profile()

    def slow():
        for item in "abc":
            time.sleep(0.01)
            yield item

    assert list(profile.timed("read", slow())) == ["a", "b", "c"]
    assert profile.as_dict()["read"]["documents"] == 3
    assert profile.as_dict()["read"]["seconds"] >= 0.03


def test_a_disabled_profile_records_nothing_and_passes_items_through():
    profile = Profile(enabled=False)
    with profile.stage("extract") as totals:
        totals.bytes_in += 5
    assert list(profile.timed("read", iter([1, 2]))) == [1, 2]
    assert profile.as_dict() == {}


def test_workers_totals_add_up_and_stages_come_in_the_order_of_the_data():
    total = Profile()
    a = {"extract": {"seconds": 1.5, "bytes_in": 10, "bytes_out": 1, "documents": 2}}
    b = {
        "read": {"seconds": 0.25, "bytes_in": 30, "bytes_out": 20, "documents": 3},
        "extract": {"seconds": 0.5, "bytes_in": 20, "bytes_out": 0, "documents": 3},
    }
    total.add_dict(a)
    total.add_dict(b)
    assert total.as_dict() == {
        "read": {"seconds": 0.25, "bytes_in": 30, "bytes_out": 20, "documents": 3},
        "extract": {"seconds": 2.0, "bytes_in": 30, "bytes_out": 1, "documents": 5},
    }
    assert list(total.as_dict()) == ["read", "extract"]
    assert STAGES.index("read") < STAGES.index("extract") < STAGES.index("report")


def test_scan_with_profile_reports_every_stage_and_the_bytes_the_corpus_holds(tmp_path):
    records = [{"id": f"d{i}", "text": DEV_TEXTS[i % len(DEV_TEXTS)]} for i in range(2 * 173)]
    records.append({"id": "accents", "text": "Zoë Brontë was born in Mühlhausen in 1950."})
    data = write_jsonl(tmp_path / "c.jsonl", records)
    # Independent of the tool: the UTF-8 bytes of every text written above.
    text_bytes = sum(len(r["text"].encode("utf-8")) for r in records)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "scan",
            "-q",
            str(data),
            "--out",
            str(out),
            "--profile",
            "--workers",
            "2",
            "--split-mb",
            str(1 / 64),
        ],  # fmt: skip
    )
    assert result.exit_code == 0, result.output
    assert "profile" in result.output and "extract" in result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    profile = report["profile"]
    assert list(profile) == list(STAGES)
    assert all(stage["seconds"] >= 0 for stage in profile.values())
    manifests = [json.loads(p.read_text()) for p in (out / "manifest").glob("*.json")]
    assert len(manifests) > 1  # the totals came back from several splits
    assert sum(m["text_bytes"] for m in manifests) == text_bytes
    assert profile["extract"]["bytes_in"] == text_bytes
    assert profile["read"]["bytes_out"] == text_bytes
    assert profile["read"]["bytes_in"] == data.stat().st_size  # the splits cover the file
    assert profile["read"]["documents"] == profile["prefilter"]["documents"] == len(records)
    assert profile["prefilter"]["bytes_in"] == text_bytes
    assert 0 < profile["prefilter"]["bytes_out"] <= text_bytes
    facts_bytes = sum(p.stat().st_size for p in (out / "facts").glob("*.parquet"))
    assert profile["write_facts"]["bytes_out"] == facts_bytes
    assert profile["merge"]["bytes_in"] == profile["count"]["bytes_in"] == facts_bytes
    assert profile["report"]["bytes_out"] > 0


def test_scan_without_profile_writes_no_profile(tmp_path):
    data = write_jsonl(tmp_path / "c.jsonl", [{"text": "Oslo is the capital of Norway."}])
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["scan", "-q", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "profile" not in json.loads((out / "report.json").read_text(encoding="utf-8"))
    (manifest,) = [json.loads(p.read_text()) for p in (out / "manifest").glob("*.json")]
    assert "profile" not in manifest


def test_profiled_extraction_finds_the_facts_of_the_plain_one_and_counts_unit_bytes():
    extraction = Extraction(select(None))
    profile = Profile(enabled=True)
    texts = [
        *DEV_TEXTS,
        "Nothing here.",
        "Mira Castellan was a painter.\nShe was born on 12 May 1950.",
    ]
    for text in texts:
        assert _profiled_facts(extraction, text, profile) == extraction.facts(text)
    # the pre-filter's bytes out are the units' bytes, at most the text's (the units of the
    # text as read: decoded where it shows escapes, links or hashtags)
    read = [view.text if (view := decoded_view(text)) else text for text in texts]
    expected = sum(
        len(text[a:b].encode("utf-8")) for text in read for a, b in extraction.windows(text)
    )
    assert profile.totals("prefilter").bytes_out == expected
