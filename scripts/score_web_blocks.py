"""Score paper_title extraction on the labelled web blocks, through the whole extraction.

    python scripts/score_web_blocks.py [--shared ../shared] [--part all|heldout|training]
        [--errors LAYOUT|BLOCK-ID|all]

Reads ``shared/references/web/entries.jsonl`` (87 blocks of real bibliography-like text, each
entry labelled with its first author's family name and title) and runs the pre-filter, the units
and the paper_title extractor over each block's text, as a scan would; prints precision and
recall per layout, matched by the guidelines' rule (``auditor.evaluate.fact_key``). ``heldout``
is every 6th block, the ones the reference models never trained on
(``scripts/train_references.py``); ``--errors`` lists the missed and false facts of a layout or
a block. Run by hand: the blocks live in ``../shared``, which a user's clone does not have.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from auditor.evaluate import fact_key
from auditor.extraction import Extraction
from extractors.base import select

HELD_OUT_EVERY = 6  # as scripts/train_references.py holds out web blocks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--shared", type=Path, default=root.parent / "shared")
    parser.add_argument("--part", choices=("all", "heldout", "training"), default="all")
    parser.add_argument("--errors", help="a layout, a block id, or 'all'")
    args = parser.parse_args()
    extraction = Extraction(select(["paper_title"]))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # found right, found, gold
    with open(args.shared / "references" / "web" / "entries.jsonl", encoding="utf-8") as lines:
        blocks = [json.loads(line) for line in lines]
    for index, block in enumerate(blocks):
        held_out = index % HELD_OUT_EVERY == 0
        if (args.part == "heldout" and not held_out) or (args.part == "training" and held_out):
            continue
        gold = {
            fact_key("paper_title", e["first_author_family"], e["title"])
            for e in block["entries"]
            if e.get("first_author_family") and e.get("title")
        }
        found = {
            fact_key("paper_title", f.subject, f.value) for f in extraction.facts(block["text"])
        }
        row = totals[block["layout"]]
        row[0] += len(gold & found)
        row[1] += len(found)
        row[2] += len(gold)
        if args.errors in ("all", block["layout"], block["id"]):
            print(f"== {block['id']} {block['layout']}")
            for key in sorted(gold - found):
                print(f"  missed  {key[1]} | {key[2]}")
            for key in sorted(found - gold):
                print(f"  false   {key[1]} | {key[2]}")
    everything = [sum(row[i] for row in totals.values()) for i in range(3)]
    rows = sorted(totals.items(), key=lambda item: -item[1][2])
    for layout, (right, found, gold) in [*rows, ("all", everything)]:
        precision, recall = right / max(found, 1), right / max(gold, 1)
        print(f"{layout:22s} P {precision:.3f} R {recall:.3f}  gold {gold:4d}  found {found:4d}")


if __name__ == "__main__":
    main()
