"""Process control of a scan: one scan per OUT, Ctrl-C and SIGTERM stop it within seconds with a
resumable state, workers die with their parent, and a failed run leaves no report that looks
current."""

import fcntl
import json
import os
import signal
import subprocess
import sys
import time

from click.testing import CliRunner
from conftest import DATA, write_jsonl

from auditor import pipeline
from auditor.cli import EXIT_INTERRUPTED, main

DEV_TEXTS = [json.loads(line)["text"] for line in (DATA / "extraction" / "dev.jsonl").open()]


def corpus(path, copies: int):
    return write_jsonl(
        path,
        [{"id": f"d{i}", "text": DEV_TEXTS[i % len(DEV_TEXTS)]} for i in range(copies * 173)],
    )


def test_a_second_scan_into_an_out_in_use_is_refused_and_a_stale_lock_file_is_not(tmp_path):
    data = corpus(tmp_path / "c.jsonl", copies=1)
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".lock", "a+") as held:  # another scan, alive, holds the lock
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("4242")
        held.flush()
        result = CliRunner().invoke(main, ["scan", "-q", str(data), "--out", str(out)])
        assert result.exit_code == 1
        assert "in use by another scan (process 4242)" in result.output
        assert not (out / "report.json").exists()
    # The holder has gone (its lock with it); the file it left does not block the next scan.
    result = CliRunner().invoke(main, ["scan", "-q", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output


def test_a_failed_rerun_leaves_no_earlier_report_in_place(tmp_path, monkeypatch):
    data = corpus(tmp_path / "c.jsonl", copies=1)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["scan", "-q", str(data), "--out", str(out)]).exit_code == 0
    assert (out / "report.json").exists()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    more = write_jsonl(tmp_path / "d.jsonl", [{"text": "Oslo is the capital of Norway."}])
    monkeypatch.setitem(pipeline.ENGINES, "local", broken)
    result = CliRunner().invoke(main, ["scan", "-q", str(data), str(more), "--out", str(out)])
    assert result.exit_code == 1 and "disk full" in result.output
    assert not (out / "report.json").exists() and not (out / "report.md").exists()


def _start(tmp_path, data, out):
    command = [sys.executable, "-m", "auditor", "scan", str(data), "-q", "--out", str(out),
               "--workers", "2", "--split-mb", str(1 / 64)]  # fmt: skip
    # A session of its own, like a shell's job: its process group holds the scan and workers.
    return subprocess.Popen(command, start_new_session=True, cwd=tmp_path,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


def _wait_for_manifests(out, at_least: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list((out / "manifest").glob("*.json"))) < at_least:
        time.sleep(0.05)


def _group_gone(pgid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_ctrl_c_stops_a_two_worker_scan_within_seconds_and_it_resumes(tmp_path):
    data = corpus(tmp_path / "c.jsonl", copies=12)
    out = tmp_path / "out"
    process = _start(tmp_path, data, out)
    _wait_for_manifests(out, 3)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends: the whole foreground group
    stopped_at = time.monotonic()
    _, stderr = process.communicate(timeout=30)
    assert time.monotonic() - stopped_at < 5
    assert process.returncode == EXIT_INTERRUPTED, stderr
    assert "run the same command again to resume" in stderr
    assert _group_gone(process.pid, within=5), "workers left running"
    finished = len(list((out / "manifest").glob("*.json")))
    assert finished >= 3 and not (out / "report.json").exists()


def test_sigterm_stops_the_scan_like_ctrl_c(tmp_path):
    data = corpus(tmp_path / "c.jsonl", copies=12)
    out = tmp_path / "out"
    process = _start(tmp_path, data, out)
    _wait_for_manifests(out, 3)
    process.send_signal(signal.SIGTERM)  # a scheduler stops the scan's own process only
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == EXIT_INTERRUPTED, stderr
    assert _group_gone(process.pid, within=5), "workers left running"


def test_workers_die_with_a_parent_killed_by_sigkill(tmp_path):
    data = corpus(tmp_path / "c.jsonl", copies=12)
    out = tmp_path / "out"
    process = _start(tmp_path, data, out)
    _wait_for_manifests(out, 3)
    process.kill()  # the parent alone: it gets no chance to stop its workers
    process.wait()
    assert _group_gone(process.pid, within=10), "orphaned workers still running"


def test_a_document_over_its_time_budget_is_skipped_counted_and_named(tmp_path, caplog, monkeypatch):
    from extractors import registry

    # The pattern file's relation registers in this process: keep it out of later tests.
    monkeypatch.setattr(registry, "_ADDED", dict(registry._ADDED))
    # A user relation whose pattern backtracks exponentially on a run of "a"s with no "b":
    # without a budget this document would stall the scan for ever.
    patterns = tmp_path / "slow.toml"
    patterns.write_text(
        '[[relations]]\nname = "slow"\ntriggers = ["aaaa"]\nnormalizer = "text"\n\n'
        '[[relations.patterns]]\nregex = \'(?P<subject>(?:a+)+)b(?P<value>c)\'\n',
        encoding="utf-8",
    )
    data = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "fine", "text": "Lima is the capital of Peru. aaaab c"},
        {"id": "stalls", "text": "a" * 40 + " Oslo is the capital of Norway."},
        {"id": "fine-too", "text": "Quito is the capital of Ecuador."},
    ])  # fmt: skip
    out = tmp_path / "out"
    started = time.monotonic()
    result = CliRunner().invoke(main, ["scan", str(data), "--out", str(out), "--patterns",
                                       str(patterns), "--doc-timeout", "0.5"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 60
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["corpus"]["documents"] == 3
    assert report["corpus"]["skipped"]["rows"] == {"over_time_budget": 1}
    assert "document stalls skipped, over its time budget" in caplog.text
    capital = next(c for c in report["categories"] if c["relation"] == "capital")
    assert capital["mentions"] == 2  # Lima and Quito; Oslo's document was skipped whole
