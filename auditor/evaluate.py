"""Scoring extractions against a gold file by the labelling guidelines' matching rule.

Gold and extracted facts of one document are multisets (the guidelines count a fact once per
place the text states it): a true positive is a pair of one gold and one extracted fact with the
same relation and the same subject and value after ``match_key``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from extractors.base import Extractor, Fact
from extractors.normalize import match_key

FactKey = tuple[str, str, str]


def fact_key(relation: str, subject: str, value: str) -> FactKey:
    return relation, match_key(subject), match_key(value)


@dataclass
class RelationScore:
    true_positives: int = 0
    gold: int = 0
    extracted: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[str, RelationScore] = field(default_factory=dict)
    misses: list[tuple[str, FactKey]] = field(default_factory=list)  # (doc id, gold fact)
    false_matches: list[tuple[str, FactKey]] = field(default_factory=list)

    def add_document(self, doc_id: str, gold: Iterable[FactKey], found: Iterable[FactKey]) -> None:
        gold_counts, found_counts = Counter(gold), Counter(found)
        matched = gold_counts & found_counts
        for key, n in gold_counts.items():
            self._score(key[0]).gold += n
        for key, n in found_counts.items():
            self._score(key[0]).extracted += n
        for key, n in matched.items():
            self._score(key[0]).true_positives += n
        self.misses += [(doc_id, k) for k in (gold_counts - matched).elements()]
        self.false_matches += [(doc_id, k) for k in (found_counts - matched).elements()]

    def _score(self, relation: str) -> RelationScore:
        return self.scores.setdefault(relation, RelationScore())


def extract_all(extractors: Iterable[Extractor], text: str) -> list[Fact]:
    return [fact for extractor in extractors for fact in extractor.extract(text)]


def evaluate(documents: Iterable[dict], extractors: list[Extractor]) -> Evaluation:
    """Score ``extractors`` on gold documents (dicts with ``id``, ``text`` and ``facts``, each
    fact a dict with ``relation``, ``subject``, ``value``). Only relations the extractors emit
    are scored."""
    relations = {r for e in extractors for r in e.relations}
    result = Evaluation()
    for doc in documents:
        gold = [
            fact_key(f["relation"], f["subject"], f["value"])
            for f in doc.get("facts", [])
            if f["relation"] in relations
        ]
        found = [
            fact_key(f.relation, f.subject, f.value) for f in extract_all(extractors, doc["text"])
        ]
        result.add_document(str(doc.get("id")), gold, found)
    for relation in relations:
        result._score(relation)
    return result
