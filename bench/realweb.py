"""Benchmark ``auditor scan`` on real text against a bare read, and against an older checkout.

    python bench/realweb.py [--corpus ../shared/bench/realweb] [--sample-docs N]
                            [--workers 1] [--baseline DIR] [--work-dir bench/work]

Measures in one run, on the same machine and the same documents:

  (a) a bare read: every document's text decoded by the tool's own readers, nothing else;
  (b) ``auditor scan`` of this source tree (``python -m auditor`` run from it);
  (c) with ``--baseline DIR``: the same scan by another checkout of the project (for example
      ``git worktree add ../base <commit>``), run from that folder's source tree.

It prints wall seconds, MB/s and each scan's ratio to (a), peak RSS (largest process) and the
facts found per relation. ``--sample-docs N`` scans only the first N documents of each shard
(copied once into the work folder as Parquet) for a quicker comparison; the realweb corpus is
described in its SOURCES.md. Run by hand, not in CI: timings depend on the machine's load.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import _rss_mib, _tree, bare_read  # noqa: E402  (bench/ is no package)

from auditor.readers import ShardStats, plan_splits, read_documents, resolve_inputs  # noqa: E402


def sample(corpus: Path, folder: Path, per_shard: int) -> Path:
    """The first ``per_shard`` documents of every shard of ``corpus``, as Parquet in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    shards, _ = resolve_inputs([str(corpus)])
    for index, shard in enumerate(shards):
        target = folder / f"sample-{index:05d}.parquet"
        if target.exists():
            continue
        ids, texts = [], []
        for split in plan_splits(shard, 1 << 40):
            for document in read_documents(split, ShardStats()):
                ids.append(document.doc_id)
                texts.append(document.text)
                if len(texts) >= per_shard:
                    break
        pq.write_table(pa.table({"id": ids, "text": texts}), target)
    return folder


def timed_scan(source_tree: Path, corpus: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, largest process) of one scan by ``source_tree``'s code."""
    shutil.rmtree(out, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "auditor", "scan", str(corpus), "--out", str(out), "-q",
               "--workers", str(workers)]  # fmt: skip
    started = time.perf_counter()
    # From the source tree: "python -m" puts the working directory first on sys.path.
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=source_tree)
    largest = 0.0
    while child.poll() is None:
        largest = max(largest, *(_rss_mib(pid) for pid in _tree(child.pid)), 0.0)
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    if child.returncode not in (0, 4):
        raise SystemExit(f"scan by {source_tree} failed with status {child.returncode}")
    return seconds, largest


def facts_per_relation(out: Path) -> dict[str, int]:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {c["relation"]: c["mentions"] for c in report["categories"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared/bench/realweb")
    parser.add_argument("--sample-docs", type=int, default=0, help="documents per shard; 0: all")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with")
    parser.add_argument("--work-dir", type=Path, default=HERE / "work")
    args = parser.parse_args()
    corpus = args.corpus
    if args.sample_docs:
        corpus = sample(corpus, args.work_dir / f"realweb-sample-{args.sample_docs}",
                        args.sample_docs)  # fmt: skip
    read_seconds, text_bytes = bare_read(corpus)
    mb = text_bytes / 2**20
    print(f"corpus: {corpus} ({mb:,.1f} MB of text), workers: {args.workers}")
    print(f"  (a) bare read:  {read_seconds:8.1f} s  {mb / read_seconds:8.1f} MB/s")
    runs = [("(b) this tree", HERE.parent)]
    if args.baseline:
        runs.append((f"(c) {args.baseline.name}", args.baseline.resolve()))
    for label, tree in runs:
        out = args.work_dir / f"out-{tree.name}"
        seconds, rss = timed_scan(tree, corpus.resolve(), out.resolve(), args.workers)
        print(f"  {label:<14}{seconds:8.1f} s  {mb / seconds:8.2f} MB/s  "
              f"x{seconds / read_seconds:7.1f} bare read  peak {rss:6.0f} MiB  "
              f"facts {facts_per_relation(out)}")  # fmt: skip


if __name__ == "__main__":
    main()
