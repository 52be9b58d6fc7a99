"""Record the extractors' scores on the real labelled set, part by part, for the regression gate.

    python scripts/record_real_scores.py

Scores ``tests/data/extraction/real.jsonl`` (a copy of ``shared/extraction/real.jsonl``) on its
``tune`` and ``check`` parts and on ``dev.jsonl``, and writes precision and recall per relation to
``tests/data/extraction/recorded_scores.json``. ``tests/test_real_gate.py`` fails when a score falls
more than 0.02 below the record; raise the record (run this) when scores rise, never to let a fall
through.
"""

from __future__ import annotations

import json
from pathlib import Path

from auditor import evaluate as scoring
from auditor.extraction import Extraction
from extractors.base import select

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "extraction"


def measure() -> dict[str, dict[str, dict[str, float]]]:
    """{set: {relation: {"precision", "recall"}}} for tune, check and dev."""
    extraction = Extraction(select(None))
    real = scoring.read_gold(DATA / "real.jsonl")
    sets = {part: [d for d in real if scoring.part_of(d) == part] for part in scoring.PARTS}
    sets["dev"] = scoring.read_gold(DATA / "dev.jsonl")
    out = {}
    for name, documents in sets.items():
        result = scoring.evaluate(documents, extraction)
        out[name] = {
            relation: {"precision": round(s.precision, 3), "recall": round(s.recall, 3)}
            for relation, s in sorted(result.scores.items())
        }
    return out


if __name__ == "__main__":
    scores = measure()
    path = DATA / "recorded_scores.json"
    path.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(scores, indent=2))
