"""Shards at URLs, read through fsspec from a local S3-compatible server (moto) that the test
starts on the loopback interface."""

import json
import socket

import fsspec
import pytest
from click.testing import CliRunner

from auditor.cli import main


@pytest.fixture
def s3_server(monkeypatch):
    moto_server = pytest.importorskip("moto.server")
    pytest.importorskip("s3fs")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    for name, value in [("AWS_ACCESS_KEY_ID", "testing"), ("AWS_SECRET_ACCESS_KEY", "testing"),
                        ("AWS_DEFAULT_REGION", "us-east-1")]:  # fmt: skip
        monkeypatch.setenv(name, value)
    # What a user sets as FSSPEC_S3_ENDPOINT_URL: fsspec's configuration for s3://.
    monkeypatch.setitem(fsspec.config.conf, "s3", {"endpoint_url": f"http://127.0.0.1:{port}"})
    fsspec.filesystem("s3").clear_instance_cache()
    yield fsspec.filesystem("s3", skip_instance_cache=True)
    server.stop()


def _numbers(out) -> dict:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for category in report["categories"]:  # the sample names its shard: a URL or a path
        for sample in category.get("singleton_sample", []):
            sample["shard"] = sample["shard"].rsplit("/", 1)[-1]
    return {"categories": report["categories"], "documents": report["corpus"]["documents"],
            "shards": report["corpus"]["shards"], "skipped": report["corpus"]["skipped"]}  # fmt: skip


def test_a_corpus_on_s3_gives_the_numbers_of_the_same_files_on_disk(
    tmp_path, sample_generator, s3_server
):
    local = tmp_path / "corpus"
    sample_generator.generate(local, seed=5, documents=120)
    (local / "TALLY.json").unlink()
    s3_server.mkdir("corpus-bucket")
    s3_server.put(str(local) + "/", "corpus-bucket/prefix/", recursive=True)
    assert len(s3_server.find("corpus-bucket/prefix")) == 4
    on_disk, on_s3 = tmp_path / "disk", tmp_path / "s3"
    for source, out in [(str(local), on_disk), ("s3://corpus-bucket/prefix/", on_s3)]:
        result = CliRunner().invoke(
            main, ["scan", "-q", source, "--out", str(out), "--workers", "1"]
        )
        assert result.exit_code == 0, result.output
    assert _numbers(on_s3) == _numbers(on_disk)
    manifests = [json.loads(p.read_text()) for p in (on_s3 / "manifest").glob("*.json")]
    assert all(m["split"]["shard"].startswith("s3://corpus-bucket/prefix/") for m in manifests)
    assert all(m["input"]["version"] for m in manifests)  # the object's ETag: a rescan resumes
    result = CliRunner().invoke(
        main, ["scan", "s3://corpus-bucket/nothing-here/", "--out", str(tmp_path / "x")]
    )
    assert result.exit_code == 1 and "nothing at this URL" in result.output
