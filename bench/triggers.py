"""Which alternatives of a relation's trigger pattern pass text, and how often a fact follows.

    python bench/triggers.py RELATION [--corpus DIR] [--sample-docs N]

Splits the relation's trigger pattern (its ``RelationSpec``) at its top-level ``|`` and measures
the text each alternative passes alone (MB of windows) and, for the widest (``--top``), what
the pattern without it passes and finds (``auditor/prefilter.py: measure``): the facts lost by
leaving it out. An alternative that passes much text and brings almost no fact is the one to
tighten. Run by hand.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from realweb import REALWEB, documents_with_source, sample  # noqa: E402

from auditor.prefilter import Prefilter, measure, totals  # noqa: E402
from extractors.api import alternatives  # noqa: E402
from extractors.registry import builtin_specs  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("relation")
    parser.add_argument("--corpus", type=Path, default=REALWEB)
    parser.add_argument("--sample-docs", type=int, default=400)
    parser.add_argument("--work-dir", type=Path, default=HERE / "work")
    parser.add_argument("--top", type=int, default=6,
                        help="leave out each of this many widest alternatives")  # fmt: skip
    args = parser.parse_args()
    (spec,) = [s for s in builtin_specs() if s.name == args.relation]
    corpus = args.corpus
    if args.sample_docs:
        corpus = sample(corpus, args.work_dir / f"realweb-sample-{args.sample_docs}-sources",
                        args.sample_docs)  # fmt: skip
    documents = list(documents_with_source(corpus))
    parts = alternatives(spec.trigger_pattern)
    print(f"{args.relation}: {len(parts)} alternatives, {len(documents):,} documents")
    # Alone: what each alternative passes (the trigger search only, no extractor).
    passed: dict[str, float] = {}
    for part in parts:
        prefilter = Prefilter([dataclasses.replace(spec, trigger_pattern=part)])
        passed[part] = sum(b - a for _, text in documents for a, b in prefilter.windows(text))
    everything = totals(measure(documents, [spec]))[spec.name]
    print(f"all alternatives: {everything.passed_bytes / 2**20:.2f} MB passed, "
          f"{everything.windows:,} windows, {everything.windows_with_fact:,} with a fact, "
          f"{everything.facts:,} facts")
    # Left out: the bytes and facts each of the widest alternatives costs and brings.
    widest = sorted(parts, key=passed.__getitem__, reverse=True)[: args.top]
    print(f"{'alone MB':>9}{'without: MB':>12}{'windows':>8}{'w/ fact':>8}{'facts lost':>11}"
          "  alternative")
    for part in parts:
        if part not in widest:
            print(f"{passed[part] / 2**20:9.2f}{'':>39}  {part[:90]}")
            continue
        rest = "|".join(p for p in parts if p != part)
        row = totals(measure(documents, [dataclasses.replace(spec, trigger_pattern=rest)]))[
            spec.name
        ]
        print(f"{passed[part] / 2**20:9.2f}{row.passed_bytes / 2**20:12.2f}{row.windows:>8,}"
              f"{row.windows_with_fact:>8,}{everything.facts - row.facts:>11,}  {part[:90]}")

if __name__ == "__main__":
    main()
