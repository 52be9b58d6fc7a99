"""A stand-in model for trying `auditor score` without one: writes {"id", "answer"} lines.

    python scripts/example_answers.py questions.jsonl > answers.jsonl

It knows a share of the facts that grows with how often the corpus states them (KNOWS, by count
bucket: of each relation's facts in a bucket, that share, rounded, chosen by a hash of the fact,
the same at every t) and says so honestly: it answers only when that share exceeds the item's
confidence target t, so it is behaviourally calibrated by construction. A wrong answer is a value
no fact has. The
README's figure of the score page was made with it from the audit of sample_data/.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

# Chance of knowing a fact, by the fact's count bucket.
KNOWS = {"1": 0.15, "2-3": 0.6, "4-10": 0.9, "11-100": 0.97, ">100": 0.99}
WRONG = {"date": "1 January 1066", "family_name": "Nobody"}


def fact_of(item: dict) -> str:
    return item["id"].rsplit(":t", 1)[0]


def known_facts(items: list[dict]) -> set[str]:
    """Per relation and bucket, the KNOWS share of its facts (rounded), in the order of their
    hashes."""
    groups: dict[tuple[str, str], set[str]] = {}
    for item in items:
        groups.setdefault((item["relation"], item["bucket"]), set()).add(fact_of(item))
    known = set()
    for (_, bucket), facts in groups.items():
        ordered = sorted(facts, key=lambda f: hashlib.sha256(f.encode("utf-8")).hexdigest())
        known.update(ordered[: round(KNOWS[bucket] * len(ordered))])
    return known


def answer(item: dict, known: set[str]) -> str:
    if KNOWS[item["bucket"]] <= item["t"]:
        return "I don't know"
    if fact_of(item) in known:
        return item["gold_answers"][0]
    return WRONG.get(item["answer_kind"], "Atlantis")


def main(path: str) -> None:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    known = known_facts(items)
    for item in items:
        print(json.dumps({"id": item["id"], "answer": answer(item, known)}, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/example_answers.py QUESTIONS.jsonl > answers.jsonl")
    main(sys.argv[1])
