"""Benchmark ``auditor scan`` against a bare read of the same corpus (run by hand, not in CI).

    python bench/run.py [--size-mb 2048] [--work-dir bench/work] [--keep]

For the base size and for half and double it: generates a realistic corpus (half Parquet, half
JSON lines compressed with zstd; ~3 KB documents of ordinary prose in which about one document
in twelve states a birth date, a capital or a reference), then measures side by side:

  (a) a bare read pass that decodes every document's text through the tool's own readers and
      does nothing else;
  (b) ``auditor scan`` with all built-in extractors, on 1 worker and on all cores.

It prints MB of text per second per core, the ratio (b)/(a), the speed-up from 1 worker to all
cores, peak memory (RSS of the largest process, and of all together) for each size, and the
time per GB as the size grows. Results go into bench/RESULTS.md by hand, with the machine they
were measured on.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from auditor.readers import ShardStats, plan_splits, read_documents, resolve_inputs

WORDS = """the of and to in a is that for it as was with be by on not he this are or his
from at which but have an they you were her she there been one all we their has would when
if so no will more can its who out up about into than them only other new some could time
these two may then do first any my now such like our over man me even most made after also
did many before must through back years where much your way well down should because each
just those people how too little state good very make world still own see men work long get
here between both life being under never day same another know while last might us great old
year off come since against go came right used take three""".split()
NAMES_GIVEN = (
    "Ada Boris Chen Dara Emeka Farah Greta Hugo Ines Jonas Kemal Lena Mira Nils Olga".split()
)
NAMES_FAMILY = "Abbott Brandt Castillo Duarte Eklund Fischer Gupta Hale Ivanova Jensen Kato".split()
COUNTRIES = [("Peru", "Lima"), ("Kenya", "Nairobi"), ("Norway", "Oslo"), ("Chile", "Santiago"),
             ("Japan", "Tokyo"), ("Ghana", "Accra"), ("Nepal", "Kathmandu")]  # fmt: skip
MONTHS = "January February March April May June July August September October November December"


def sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(8, 22))
    return " ".join(words).capitalize() + "."


def fact_sentence(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        name = f"{rng.choice(NAMES_GIVEN)} {rng.choice(NAMES_FAMILY)}"
        month = rng.choice(MONTHS.split())
        return f"{name} was born on {rng.randint(1, 28)} {month} {rng.randint(1800, 2000)}."
    if kind == 1:
        country, city = rng.choice(COUNTRIES)
        return f"{city} is the capital of {country}."
    family = rng.choice(NAMES_FAMILY)
    title = " ".join(rng.choices(WORDS, k=6)).capitalize()
    return f"\n{family}, A. ({rng.randint(1950, 2024)}). {title}. Journal of Studies, 4(2), 1–9.\n"


def document(rng: random.Random, paragraphs: list[str]) -> str:
    body = rng.sample(paragraphs, 4)
    if rng.random() < 1 / 12:
        body.insert(rng.randrange(5), fact_sentence(rng))
    return "\n\n".join(body)


def generate(folder: Path, size_bytes: int, seed: int = 0) -> int:
    """Write about ``size_bytes`` of text as Parquet and JSONL.zst shards; returns text bytes."""
    rng = random.Random(seed)
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(3, 7))) for _ in range(3000)]
    folder.mkdir(parents=True, exist_ok=True)
    written, shard, per_shard = 0, 0, 64 * 1024 * 1024
    while written < size_bytes:
        docs, shard_bytes = [], 0
        while shard_bytes < min(per_shard, size_bytes - written):
            text = document(rng, paragraphs)
            docs.append({"id": f"{seed}-{shard}-{len(docs)}", "text": text})
            shard_bytes += len(text.encode())
        if shard % 2 == 0:
            pq.write_table(pa.Table.from_pylist(docs), folder / f"part-{shard:04d}.parquet",
                           row_group_size=2000)  # fmt: skip
        else:
            with pa.output_stream(
                str(folder / f"part-{shard:04d}.jsonl.zst"), compression="zstd"
            ) as out:
                for doc in docs:
                    out.write(orjson.dumps(doc) + b"\n")
        written += shard_bytes
        shard += 1
    return written


def bare_read(folder: Path) -> tuple[float, int]:
    """Seconds to decode every document's text with the scan's own readers, and text bytes."""
    started = time.perf_counter()
    text_bytes = 0
    shards, _ = resolve_inputs([str(folder)])
    for shard in shards:
        for split in plan_splits(shard, 64 * 1024 * 1024):
            stats = ShardStats()
            for _ in read_documents(split, stats):
                pass
            text_bytes += stats.text_bytes
    return time.perf_counter() - started, text_bytes


def _rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _tree(root: int) -> list[int]:
    """The process and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def timed_scan(folder: Path, out: Path, workers: int) -> tuple[float, float, float]:
    """Wall seconds of one ``auditor scan``, and its peak RSS in MiB: of the largest single
    process, and of the scan and its workers together. RSS is sampled from /proc every 0.2 s
    (ru_maxrss would count this benchmark's own memory, which a child inherits at fork)."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "auditor", "scan", str(folder), "--out", str(out), "-q",
               "--workers", str(workers)]  # fmt: skip
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=out.parent)
    largest = total = 0.0
    while child.poll() is None:
        sizes = [_rss_mib(pid) for pid in _tree(child.pid)]
        largest, total = max(largest, *sizes, 0.0), max(total, sum(sizes))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"scan failed: {' '.join(command)}")
    return seconds, largest, total


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mb", type=float, default=2048, help="base corpus size (MB of text)")
    parser.add_argument("--work-dir", type=Path, default=Path(__file__).parent / "work")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    print(f"machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")  # fmt: skip
    rows = []
    for factor in (0.5, 1.0, 2.0):
        size = int(args.size_mb * factor * 1e6)
        folder = args.work_dir / f"corpus-{size // 1_000_000}MB"
        if not folder.exists():
            generate(folder, size)
        read_seconds, text_bytes = bare_read(folder)
        one, rss_one, _ = timed_scan(folder, args.work_dir / "out-1", 1)
        many, rss_many, rss_all = timed_scan(folder, args.work_dir / f"out-{cores}", cores)
        mb = text_bytes / 1e6
        rows.append((mb, read_seconds, one, many))
        print(f"\n{mb:,.0f} MB of text")
        print(f"  (a) bare read, 1 core:      {read_seconds:8.1f} s  {mb / read_seconds:7.1f} MB/s")
        print(f"  (b) scan, 1 worker:         {one:8.1f} s  {mb / one:7.1f} MB/s per core  "
              f"ratio (b)/(a) {one / read_seconds:5.2f}  peak RSS {rss_one:,.0f} MiB")  # fmt: skip
        per_core = mb / many / cores
        print(f"  (b) scan, {cores} workers:        {many:8.1f} s  {per_core:7.1f} MB/s per core  "
              f"speed-up {one / many:4.2f}x  peak RSS {rss_many:,.0f} MiB "
              f"(all processes {rss_all:,.0f} MiB)")  # fmt: skip
        if not args.keep:
            shutil.rmtree(folder)
    print("\ntime per GB of text (all cores):")
    for mb, _, _, many in rows:
        print(f"  {mb:8,.0f} MB: {many / (mb / 1000):7.1f} s/GB")


if __name__ == "__main__":
    main()
