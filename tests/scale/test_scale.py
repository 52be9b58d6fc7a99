"""Scale: splits, worker processes, resumable and incremental scans, a SIGKILL mid-scan, Ray."""

import json
import os
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import DATA, write_jsonl

from auditor.cli import main

DEV_TEXTS = [json.loads(line)["text"] for line in (DATA / "extraction" / "dev.jsonl").open()]


def corpus(path, copies: int, start: int = 0):
    """Fact-dense JSON lines: the dev texts, ``copies`` times, with ids."""
    records = [
        {"id": f"d{start + i}", "text": DEV_TEXTS[i % len(DEV_TEXTS)]}
        for i in range(copies * len(DEV_TEXTS))
    ]
    return write_jsonl(path, records)


def scan(*args):
    result = CliRunner().invoke(main, ["scan", "-q", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result


def numbers(out) -> dict:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {"corpus": report["corpus"], "categories": report["categories"]}


def facts(out) -> dict:
    return {
        path.name: sorted(map(tuple, (r.values() for r in pq.read_table(path).to_pylist())))
        for path in sorted((out / "facts").glob("*.parquet"))
    }


def test_any_number_of_workers_gives_the_same_facts_and_counts(tmp_path):
    data = corpus(tmp_path / "c.jsonl", copies=2)  # about 200 KB: 12 splits of 16 KiB
    one, two = tmp_path / "one", tmp_path / "two"
    scan(data, "--out", one, "--workers", 1, "--split-mb", 1 / 64)
    scan(data, "--out", two, "--workers", 2, "--split-mb", 1 / 64)
    assert len(list((one / "facts").glob("*.parquet"))) > 10
    assert facts(one) == facts(two)
    assert numbers(one) == numbers(two)


def test_a_rescan_resumes_and_new_shards_are_the_only_work(tmp_path, caplog):
    folder = tmp_path / "corpus"
    folder.mkdir()
    corpus(folder / "a.jsonl", copies=1)
    out = tmp_path / "audit"
    scan(folder, "--out", out, "--workers", 1)
    first = {p.name: p.stat().st_mtime_ns for p in (out / "manifest").glob("*.json")}
    corpus(folder / "b.jsonl", copies=1, start=10_000)  # the corpus grows
    with caplog.at_level("INFO", logger="auditor.pipeline"):
        scan(folder, "--out", out, "--workers", 1)
    second = {p.name: p.stat().st_mtime_ns for p in (out / "manifest").glob("*.json")}
    assert {k: second[k] for k in first} == first  # a.jsonl's split was not read again
    assert len(second) == len(first) + 1
    assert "resuming: 1 of 2 splits finished earlier" in caplog.text
    fresh = tmp_path / "fresh"
    scan(folder, "--out", fresh, "--workers", 1)
    assert numbers(out) == numbers(fresh)


def test_another_extractor_configuration_is_refused_not_mixed(tmp_path):
    data = corpus(tmp_path / "c.jsonl", copies=1)
    out = tmp_path / "audit"
    scan(data, "--out", out, "--extractors", "capital")
    result = CliRunner().invoke(main, ["scan", "-q", str(data), "--out", str(out)])
    assert result.exit_code == 1
    assert "holds facts extracted with another configuration (changed: extractors)" in result.output
    scan(data, "--out", out, "--fresh")  # --fresh discards the old results
    assert {c["relation"] for c in numbers(out)["categories"]} == {
        "birth_date",
        "death_date",
        "capital",
        "paper_title",
    }


def test_a_scan_killed_with_sigkill_resumes_to_the_same_report(tmp_path):
    data = corpus(tmp_path / "c.jsonl", copies=8)  # about 800 KB: 51 splits of 16 KiB
    killed, whole = tmp_path / "killed", tmp_path / "whole"
    command = [
        sys.executable,
        "-m",
        "auditor",
        "scan",
        str(data),
        "--workers",
        "2",
        "--split-mb",
        str(1 / 64),
    ]
    # From tmp_path: "python -m" puts the working directory first on sys.path, and the
    # repository's root holds the source tree rather than the installed package.
    process = subprocess.Popen(
        [*command, "-q", "--out", str(killed)], start_new_session=True, cwd=tmp_path
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list((killed / "manifest").glob("*.json"))) < 5:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the scan and its workers, mid-flight
    process.wait()
    finished = len(list((killed / "manifest").glob("*.json")))
    assert 5 <= finished < 40, "the scan must be killed partway"
    assert not (killed / "report.json").exists()
    resumed = subprocess.run(
        [*command, "--out", str(killed), "-v"], capture_output=True, text=True, cwd=tmp_path
    )
    assert resumed.returncode == 0, resumed.stderr
    assert f"resuming: {finished} of " in resumed.stderr
    subprocess.run([*command, "-q", "--out", str(whole)], check=True, cwd=tmp_path)
    assert numbers(killed) == numbers(whole)
    assert facts(killed) == facts(whole)


def test_the_ray_engine_gives_the_local_engines_numbers(tmp_path):
    ray = pytest.importorskip("ray")
    data = corpus(tmp_path / "c.jsonl", copies=2)
    local, distributed = tmp_path / "local", tmp_path / "ray"
    scan(data, "--out", local, "--workers", 1, "--split-mb", 1 / 64)
    ray.init(num_cpus=2, include_dashboard=False)
    try:
        scan(data, "--out", distributed, "--engine", "ray", "--split-mb", 1 / 64)
    finally:
        ray.shutdown()
    assert numbers(local) == numbers(distributed)
    assert facts(local) == facts(distributed)


def test_memory_limit_must_be_a_size(tmp_path):
    data = corpus(tmp_path / "c.jsonl", copies=1)
    scan(data, "--out", tmp_path / "audit", "--memory-limit", "256MiB")
    result = CliRunner().invoke(main, ["scan", str(data), "--memory-limit", "lots"])
    assert result.exit_code == 2 and "'lots' is not a size such as 512MiB or 4GiB" in result.output
