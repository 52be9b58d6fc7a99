"""Scoring extractions against a gold file by the labelling guidelines' matching rule.

Gold and extracted facts of one document are multisets (the guidelines count a fact once per
place the text states it): a true positive is a pair of one gold and one extracted fact with the
same relation and the same subject and value after ``match_key`` (NFKC, case-folded, white space
collapsed, a leading "the " and surrounding quotes, brackets and trailing punctuation removed;
dates compare as ISO strings, which ``match_key`` leaves as they are).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import pyarrow.parquet as pq

from auditor.config import EVALUATION_PARTS
from auditor.extraction import Extraction
from extractors.normalize import match_key

FactKey = tuple[str, str, str]


class GoldFileError(ValueError):
    """A gold file that cannot be read as the guidelines' JSON lines."""


PARTS = EVALUATION_PARTS
_HOST_PREFIX = re.compile(r"^(?:(?:www\d?|m|en)\.)+")
_URL_HOST = re.compile(r"^(?:[a-z]+://)?([^/\s]+)", re.IGNORECASE)


def source_key(source: str) -> str:
    """The source a labelled document comes from, as the unit of the tune/check split: a GitHub
    repository (``github:owner/name``) or a web host without ``www.``/``m.``/``en.``, so that
    every document of one site or repository falls in the same part."""
    source = source.strip()
    if source.startswith("github:"):
        return "/".join(source.split()[0].split("/")[:2])
    match = _URL_HOST.match(source)
    host = match.group(1).lower() if match else source.lower()
    return _HOST_PREFIX.sub("", host)


def part_of(document: dict) -> str:
    """``check`` for the sources whose SHA-256 key is 0 modulo 3, ``tune`` for the rest: a fixed
    rule, so nobody chooses which documents the check scores are read on. The errors of ``tune``
    are read to fix general rules; of ``check`` only the scores are read."""
    digest = hashlib.sha256(source_key(str(document.get("source", ""))).encode()).hexdigest()
    return "check" if int(digest, 16) % 3 == 0 else "tune"


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
    # The same scores by the documents' ``genre`` (documents without one: "unknown").
    by_genre: dict[str, dict[str, RelationScore]] = field(default_factory=dict)
    misses: list[tuple[str, FactKey]] = field(default_factory=list)  # (doc id, gold fact)
    false_matches: list[tuple[str, FactKey]] = field(default_factory=list)

    def add_document(
        self,
        doc_id: str,
        gold: Iterable[FactKey],
        found: Iterable[FactKey],
        genre: str = "unknown",
    ) -> None:
        gold_counts, found_counts = Counter(gold), Counter(found)
        matched = gold_counts & found_counts
        genre_scores = self.by_genre.setdefault(genre, {})
        for table in (self.scores, genre_scores):
            for key, n in gold_counts.items():
                table.setdefault(key[0], RelationScore()).gold += n
            for key, n in found_counts.items():
                table.setdefault(key[0], RelationScore()).extracted += n
            for key, n in matched.items():
                table.setdefault(key[0], RelationScore()).true_positives += n
        self.misses += [(doc_id, k) for k in (gold_counts - matched).elements()]
        self.false_matches += [(doc_id, k) for k in (found_counts - matched).elements()]

    def score(self, relation: str) -> RelationScore:
        return self.scores.setdefault(relation, RelationScore())

    def as_dict(self, show_errors: bool = False, by_genre: bool = False) -> dict:
        """Scores by relation; with ``by_genre`` or ``show_errors`` they move under ``scores``
        beside ``genres`` (true positives, gold and extracted counts per genre and relation)
        and the error lists."""
        scores = {relation: _counts(s) for relation, s in sorted(self.scores.items())}
        if not (show_errors or by_genre):
            return scores
        out: dict = {"scores": scores}
        if by_genre:
            out["genres"] = {
                genre: {relation: _counts(s) for relation, s in sorted(table.items())}
                for genre, table in sorted(self.by_genre.items())
            }
        if show_errors:
            out["misses"] = _listed(self.misses)
            out["false_matches"] = _listed(self.false_matches)
        return out


def _counts(s: RelationScore) -> dict:
    return {
        "precision": s.precision, "recall": s.recall, "f1": s.f1,
        "true_positives": s.true_positives, "gold": s.gold, "extracted": s.extracted,
    }  # fmt: skip


def _listed(errors: list[tuple[str, FactKey]]) -> list[dict]:
    return [{"id": doc_id, "relation": r, "subject": s, "value": v} for doc_id, (r, s, v) in errors]


def read_gold(path: Path) -> list[dict]:
    """The documents of a gold JSON-lines file; a line that is not a document with ``id``,
    ``text`` and a list of ``facts`` raises GoldFileError naming the line."""
    documents = []
    with open(path, "rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                doc = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                raise GoldFileError(f"{path} line {number}: not JSON ({exc})") from None
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                raise GoldFileError(f"{path} line {number}: needs an object with a 'text' string")
            facts = doc.get("facts", [])
            if not isinstance(facts, list) or not all(
                isinstance(f, dict) and {"relation", "subject", "value"} <= f.keys() for f in facts
            ):
                raise GoldFileError(
                    f"{path} line {number}: 'facts' must be a list of objects with "
                    "'relation', 'subject' and 'value'"
                )
            doc.setdefault("id", f"line-{number}")
            documents.append(doc)
    return documents


def evaluate(documents: Sequence[dict], extraction: Extraction) -> Evaluation:
    """Score an extraction on gold documents. Only relations the extractors emit are scored."""
    found = {
        str(doc["id"]): [
            fact_key(f.relation, f.subject, f.value) for f in extraction.facts(doc["text"])
        ]
        for doc in documents
    }
    return score(documents, found, extraction.relations)


def facts_from_files(facts_dir: Path) -> dict[str, list[FactKey]]:
    """Extracted fact keys by document id, read from a scan's ``OUT/facts/`` Parquet files."""
    found: dict[str, list[FactKey]] = defaultdict(list)
    for path in sorted(facts_dir.glob("*.parquet")):
        table = pq.read_table(path, columns=["doc_id", "relation", "subject", "value"])
        for row in table.to_pylist():
            found[row["doc_id"]].append(fact_key(row["relation"], row["subject"], row["value"]))
    return found


def score(
    documents: Iterable[dict], found: dict[str, list[FactKey]], relations: Iterable[str]
) -> Evaluation:
    """Score extracted fact keys (by document id) against gold documents, for ``relations``."""
    relations = set(relations)
    result = Evaluation()
    for doc in documents:
        doc_id = str(doc["id"])
        gold = [
            fact_key(f["relation"], f["subject"], f["value"])
            for f in doc.get("facts", [])
            if f["relation"] in relations
        ]
        extracted = [key for key in found.get(doc_id, []) if key[0] in relations]
        result.add_document(doc_id, gold, extracted, str(doc.get("genre") or "unknown"))
    for relation in relations:
        result.score(relation)
    return result
