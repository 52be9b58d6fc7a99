"""Merging spelling variants, so that one fact written three ways is not three singletons.

Within one relation and one field (subject or value), keys that are near-identical
(``attention is all you need`` / ``atention is all you need``) are merged into the key written
most often. Candidates come from MinHash LSH (datasketch) over the keys' character bigrams, so
the work grows with the number of distinct keys, not with its square; each candidate pair is
then confirmed by the normalised edit-distance similarity 1 − d(a, b)/max(|a|, |b|), which must
reach the merge threshold. That confirmation keeps distinct facts that share most of their words
apart (``sparse kernels at scale`` / ``sparse kernels for protein folding``: similarity 0.50).

Similarity alone would merge distinct facts that differ by one real word in a long title
(``learning deep features for scene recognition`` / ``… for object recognition``: 0.88, and
higher for longer titles), so a pair must also be a *spelling* of one fact (``same_spelling``):
the same words once case, punctuation and diacritics are folded; for subjects (names), the same
words in another order; or the same words but for typos, each a single edit (a letter dropped,
doubled, changed or two swapped) in a word of three letters or more without digits, at most one
such word in eight.

Keys shorter than MIN_KEY_LENGTH and ISO dates are never merged: a typo is not told from another
fact in ``lima``/``lome`` or in ``1879-03-14``/``1879-03-15``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from datasketch import LeanMinHash, MinHash, MinHashLSH
from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from auditor.config import DEFAULT_MERGE_THRESHOLD

DEFAULT_THRESHOLD = DEFAULT_MERGE_THRESHOLD
CANDIDATE_JACCARD = 0.5  # LSH threshold on bigram sets; looser than any merge it proposes
NUM_PERM = 64
MIN_KEY_LENGTH = 6
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Merge:
    variant: str
    canonical: str
    similarity: float


def similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    """1 − Levenshtein(a, b) / max(len(a), len(b)) (RapidFuzz's normalised similarity); 0.0
    where it is below ``cutoff``, which lets it stop early."""
    return Levenshtein.normalized_similarity(a, b, score_cutoff=cutoff)


def _bigrams(key: str) -> set[bytes]:
    padded = f" {key} "
    return {padded[i : i + 2].encode("utf-8") for i in range(len(padded) - 1)}


@cache
def _template() -> MinHash:
    # One set of hash permutations for every signature: datasketch would otherwise make a new
    # pair of arrays per key.
    return MinHash(num_perm=NUM_PERM)


def _signature(key: str) -> LeanMinHash:
    template = _template()
    signature = MinHash(
        num_perm=NUM_PERM, permutations=template.permutations, scheme=template.scheme
    )
    signature.update_batch(list(_bigrams(key)))
    return LeanMinHash(signature)


_NOT_WORD = re.compile(r"[\W_]+")


def _words(key: str) -> list[str]:
    """The words of a key with case, punctuation and diacritics folded."""
    decomposed = unicodedata.normalize("NFKD", key.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", bare).split()


def same_spelling(a: str, b: str, any_word_order: bool = False) -> bool:
    """Whether ``a`` and ``b`` can be two spellings of one fact (see the module's docstring);
    the similarity threshold is checked apart."""
    words_a, words_b = _words(a), _words(b)
    if words_a == words_b:
        return True
    if any_word_order and sorted(words_a) == sorted(words_b):
        return True
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    return len(differing) <= 1 + len(words_a) // 8 and all(
        max(len(x), len(y)) >= 3
        and not any(c.isdigit() for c in x + y)
        and OSA.distance(x, y, score_cutoff=1) == 1
        for x, y in differing
    )


def mergeable(key: str) -> bool:
    return len(key) >= MIN_KEY_LENGTH and not _ISO_DATE.match(key)


def find_merges(
    keys: Iterable[tuple[str, int]],
    threshold: float = DEFAULT_THRESHOLD,
    any_word_order: bool = False,
) -> list[Merge]:
    """Merges among ``keys`` (key, mentions), each variant mapped to the most mentioned key of
    its cluster (ties: the alphabetically first). Clusters are the connected pairs that are
    ``same_spelling`` and whose similarity reaches ``threshold``; with ``any_word_order``
    (names), the same words in another order also merge, whatever their similarity."""
    counts = {key: mentions for key, mentions in keys if mergeable(key)}
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    signatures = {key: _signature(key) for key in sorted(counts)}
    for key, signature in signatures.items():
        lsh.insert(key, signature)

    parent = {key: key for key in counts}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    best: dict[frozenset[str], float] = {}
    reordering = {key: sorted(_words(key)) for key in counts} if any_word_order else {}
    for key, signature in signatures.items():
        others = [other for other in lsh.query(signature) if other > key]
        if not others:
            continue
        # the candidates at the threshold, confirmed in one call (an LSH bucket may hold
        # hundreds of keys: a Python call per pair was most of the merging's time)
        scores = {
            other: score
            for other, score, _ in process.extract(
                key, others, scorer=Levenshtein.normalized_similarity,
                score_cutoff=threshold, limit=None,
            )
        }  # fmt: skip
        if any_word_order:  # names: the same words in another order, whatever the similarity
            words = reordering[key]
            for other in others:
                if other not in scores and reordering[other] == words:
                    scores[other] = similarity(key, other)
        for other, score in scores.items():
            if same_spelling(key, other, any_word_order):
                best[frozenset((key, other))] = score
                parent[root(other)] = root(key)

    clusters: dict[str, list[str]] = {}
    for key in counts:
        clusters.setdefault(root(key), []).append(key)
    merges = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        canonical = min(members, key=lambda k: (-counts[k], k))
        for member in members:
            if member != canonical:
                pair = frozenset((member, canonical))
                merges.append(
                    Merge(member, canonical, best.get(pair, similarity(member, canonical)))
                )
    return sorted(merges, key=lambda m: (m.canonical, m.variant))
