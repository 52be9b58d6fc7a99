"""The pre-filter: which parts of a document may state a fact, and how well the triggers choose.

1. An Aho-Corasick automaton of every relation's trigger anchors (``RelationSpec``) runs over the
   lower-cased text; each anchor found is confirmed by its relations' trigger patterns in a
   small slice around it. Text with no confirmed trigger (most of a corpus) is never read again.
2. A window is the lines within ``WINDOW_RADIUS`` characters of a trigger, merged where windows
   overlap, cut into pieces of at most ``MAX_WINDOW`` characters: the unit the extractors read.
3. ``measure`` counts, per source and relation, the documents and bytes the triggers pass and the
   share of passed windows in which the relation's extractor finds a fact: the trigger's
   precision, which the benchmark (``bench/realweb.py``) prints.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass

import ahocorasick

from auditor.units import context_of, merged, read_unit, units_for
from extractors.api import RelationSpec

WINDOW_RADIUS = 1500  # characters of context on each side of a trigger word
TRIGGER_SLACK = 40  # characters around an anchor in which its trigger pattern is confirmed
# Windows merge where triggers are dense, up to a whole document; no extractor call gets more
# than this (spaCy refuses texts over its max_length, 1,000,000 characters, with E088).
MAX_WINDOW = 100_000
ALL = "*"  # the relation name under which ``measure`` counts every relation's triggers together

Span = tuple[int, int]


def lower_keeping_offsets(text: str) -> str:
    """``text.lower()`` with every character at its offset: the automaton's hits must point
    into ``text``. A character whose lower case is longer (``İ`` becomes ``i̇``, two code
    points) keeps its own case, so one Turkish capital cannot shift, or hide, a document's
    triggers."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def pieces(text: str, start: int, end: int, limit: int = MAX_WINDOW) -> list[Span]:
    """``[start, end)`` cut into pieces of at most ``limit`` characters, at the last line break
    (else the last space) before each cut, so that a run of dense triggers never hands the
    tokenizer a whole large document; a fact stated across a cut of a 100,000-character window
    is the price."""
    cut_pieces = []
    while end - start > limit:
        cut = text.rfind("\n", start + 1, start + limit)
        if cut == -1:
            cut = text.rfind(" ", start + 1, start + limit)
        if cut == -1:
            cut = start + limit
        cut_pieces.append((start, cut))
        start = cut
    cut_pieces.append((start, end))
    return cut_pieces


def windows_around(text: str, hits: Iterable[Span]) -> list[Span]:
    """The text within WINDOW_RADIUS of each hit (in the order found), widened to whole lines,
    merged where windows overlap (a later hit extends the window it falls in), cut into pieces.
    Blank lines do not cut a window: the heading of a list, the name above a ``Born:`` field or
    the sentence that introduces a pronoun's person often stand in a paragraph of their own."""
    spans: list[Span] = []
    for hit_start, hit_end in hits:
        lowest = hit_start - WINDOW_RADIUS
        start = 0 if lowest <= 0 else text.rfind("\n", 0, lowest) + 1
        line_end = text.find("\n", min(len(text), hit_end + WINDOW_RADIUS))
        end = len(text) if line_end == -1 else line_end
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return [piece for span in spans for piece in pieces(text, *span)]


class Prefilter:
    """The triggers of some relations, searched together."""

    def __init__(self, specs: Sequence[RelationSpec]):
        self.specs = list(specs)
        # One compiled pattern per distinct trigger pattern (birth and death dates share one),
        # with the positions of the specs it confirms.
        patterns: dict[str, tuple[re.Pattern[str], list[int]]] = {}
        for index, spec in enumerate(self.specs):
            compiled = patterns.setdefault(
                spec.trigger_pattern, (re.compile(spec.trigger_pattern, re.IGNORECASE), [])
            )
            compiled[1].append(index)
        # Each anchor is confirmed by the patterns of the specs it belongs to, in spec order: a
        # spec's whole pattern, or where it gives its parts, the alternation of the parts that
        # hold the anchor (one compiled pattern per distinct set of parts).
        owners: dict[str, list[tuple[re.Pattern[str], tuple[int, ...]]]] = {}
        by_parts: dict[tuple[str, ...], re.Pattern[str]] = {}
        for spec in self.specs:
            pattern, indexes = patterns[spec.trigger_pattern]
            parts = [(part, frozenset(anchors)) for part, anchors in spec.trigger_parts]
            for anchor in spec.trigger_anchors:
                if parts:
                    held = tuple(part for part, anchors in parts if anchor in anchors)
                    if not held:
                        continue  # (no part holds it: nothing it could confirm)
                    if held not in by_parts:
                        by_parts[held] = re.compile("|".join(held), re.IGNORECASE)
                    pattern = by_parts[held]
                confirming = owners.setdefault(anchor, [])
                if all(p is not pattern for p, _ in confirming):
                    confirming.append((pattern, tuple(indexes)))
        self.automaton = ahocorasick.Automaton()
        for anchor, confirming in owners.items():
            self.automaton.add_word(anchor, (len(anchor), tuple(confirming)))
        self._empty = not owners
        if not self._empty:
            self.automaton.make_automaton()

    def hits(
        self, text: str, every_relation: bool = False
    ) -> Iterator[tuple[re.Match[str], tuple[int, ...]]]:
        """Confirmed triggers, each with the positions (in ``specs``) of the relations whose
        trigger it is. One per anchor found, from the first pattern that confirms it, unless
        ``every_relation``: then one per confirming pattern."""
        if self._empty:
            return
        lowered = lower_keeping_offsets(text)
        for end, (length, confirming) in self.automaton.iter(lowered):
            first = end - length + 1
            low, high = max(0, first - TRIGGER_SLACK), end + 1 + TRIGGER_SLACK
            for pattern, owners in confirming:
                # The match that holds this anchor, not merely the first in the slice: a second
                # "capital" 30 characters after a first must make its own window.
                hit = next(
                    (m for m in pattern.finditer(text, low, high)
                     if m.start() <= end and m.end() > first),
                    None,
                )  # fmt: skip
                if hit:
                    yield hit, owners
                    if not every_relation:
                        break

    def windows(self, text: str) -> list[Span]:
        """The windows of every relation's triggers together: what the scan reads."""
        return windows_around(text, (hit.span() for hit, _ in self.hits(text)))

    def hits_by_relation(self, text: str) -> list[list[Span]]:
        """For each spec (in order), the spans of its own confirmed triggers."""
        found: list[list[Span]] = [[] for _ in self.specs]
        for hit, owners in self.hits(text, every_relation=True):
            for index in owners:
                found[index].append(hit.span())
        return found

    def windows_by_relation(self, text: str) -> list[list[Span]]:
        """For each spec (in order), the windows of its own triggers."""
        return [
            windows_around(text, spans) if spans else [] for spans in self.hits_by_relation(text)
        ]

    def units_by_relation(self, text: str) -> list[list[Span]]:
        """For each spec (in order), the units its extractor reads: around each of its own
        triggers, the unit kinds its spec declares (``auditor/units.py``; "window": the old
        windows), merged, cut into pieces of at most ``MAX_WINDOW`` characters."""
        found: list[list[Span]] = []
        for spec, hits in zip(self.specs, self.hits_by_relation(text), strict=True):
            if not hits:
                found.append([])
            elif "window" in spec.unit_kinds:
                found.append(windows_around(text, hits))
            else:
                spans = units_for(text, hits, spec.unit_kinds, spec.unit_reach)
                found.append([piece for span in spans for piece in pieces(text, *span)])
        return found

    def units(self, text: str) -> list[Span]:
        """Every relation's units together: the text the extractors read."""
        return union(text, self.units_by_relation(text))


def union(text: str, by_relation: Iterable[list[Span]]) -> list[Span]:
    """Spans of several relations merged, cut into pieces of at most ``MAX_WINDOW``."""
    spans = merged(span for spans in by_relation for span in spans)
    return [piece for span in spans for piece in pieces(text, *span)]


@dataclass
class PassCounts:
    """What the triggers of one relation (or of all, ``ALL``) let through in one source."""

    documents: int = 0
    text_bytes: int = 0  # UTF-8 bytes of the documents' text
    passed_documents: int = 0  # documents with at least one window
    passed_bytes: int = 0  # UTF-8 bytes of the windows (what the extractors read)
    windows: int = 0
    windows_with_fact: int = 0
    facts: int = 0
    seconds: float = 0.0  # ALL: the trigger search; a relation: its extractor on its windows

    @property
    def document_rate(self) -> float:
        return self.passed_documents / self.documents if self.documents else 0.0

    @property
    def byte_rate(self) -> float:
        return self.passed_bytes / self.text_bytes if self.text_bytes else 0.0

    @property
    def precision(self) -> float:
        """The share of passed windows in which a fact is found."""
        return self.windows_with_fact / self.windows if self.windows else 0.0

    def add(self, other: PassCounts) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


def _utf8_length(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def measure(
    documents: Iterable[tuple[str, str]], specs: Sequence[RelationSpec], extract: bool = True
) -> dict[tuple[str, str], PassCounts]:
    """Pass counts by (source, relation name) of ``documents``, (source, text) pairs.

    A relation's windows are the units of its own triggers (``units_by_relation``, what the
    scan reads), and its extractor reads each of them with the context its spec asks for
    (unless ``extract`` is false: then only what passes is counted, no fact). Under ``ALL``:
    every relation's units together; one has a fact when a relation's own unit found one that
    starts inside it."""
    prefilter = Prefilter(specs)
    counts: dict[tuple[str, str], PassCounts] = {}
    for source, text in documents:
        size = _utf8_length(text)
        started = time.perf_counter()
        by_relation = prefilter.units_by_relation(text)
        together = union(text, by_relation)
        searched = time.perf_counter() - started
        fact_starts: list[int] = []
        for spec, spans in zip(specs, by_relation, strict=True):
            started = time.perf_counter()
            with_fact = facts = 0
            context = context_of(text, spec.unit_reach)
            for span in spans if extract else ():
                found = read_unit(spec.extractor.extract, text, span, context)
                facts += len(found)
                with_fact += bool(found)
                fact_starts += [fact.start for fact in found]
            row = counts.setdefault((source, spec.name), PassCounts())
            row.add(PassCounts(
                documents=1, text_bytes=size, passed_documents=bool(spans),
                passed_bytes=sum(_utf8_length(text[a:b]) for a, b in spans), windows=len(spans),
                windows_with_fact=with_fact, facts=facts,
                seconds=time.perf_counter() - started,
            ))  # fmt: skip
        everything = counts.setdefault((source, ALL), PassCounts())
        everything.add(PassCounts(
            documents=1, text_bytes=size, passed_documents=bool(together),
            passed_bytes=sum(_utf8_length(text[a:b]) for a, b in together),
            windows=len(together),
            windows_with_fact=sum(any(a <= at < b for at in fact_starts) for a, b in together),
            facts=len(fact_starts), seconds=searched,
        ))  # fmt: skip
    return counts


def totals(counts: dict[tuple[str, str], PassCounts]) -> dict[str, PassCounts]:
    """The counts of ``measure`` summed over sources, by relation name."""
    summed: dict[str, PassCounts] = {}
    for (_, relation), row in counts.items():
        summed.setdefault(relation, PassCounts()).add(row)
    return summed
