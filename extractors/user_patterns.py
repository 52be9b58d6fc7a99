"""User-defined relations from a TOML pattern file (``--patterns FILE.toml``), no code needed.

::

    [[relations]]
    name = "founded"                 # the relation, and the extractor's name
    version = "1"                    # optional; part of the extractor configuration
    triggers = ["founded"]           # a text without any of these is never read
    normalizer = "date"              # the value's normaliser: date, text or title
    subject_labels = ["ORG"]         # optional: entity labels checked by --spacy-model
    question = "When was {subject} founded?"  # optional: what `auditor questions` asks

    [[relations.patterns]]           # a regular expression with groups subject and value
    regex = '(?P<subject>[A-Z][\\w&]+(?: [A-Z][\\w&]+)*) was founded on (?P<value>\\d+ \\w+ \\d{4})'

    [[relations.patterns]]           # or spaCy Matcher token patterns; "part" marks the tokens
    tokens = [                       # of the subject and the value
      { IS_TITLE = true, OP = "+", part = "subject" },
      { LOWER = "was" }, { LOWER = "founded" }, { LOWER = "in" },
      { SHAPE = "dddd", part = "value" },
    ]

A value the normaliser rejects (a ``date`` that is not a full, unambiguous date) is no fact.
Every problem in a file is reported with the file, the line and what is wrong.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import cast

import spacy
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.tokens import Doc

from extractors import registry
from extractors.api import Fact, Question, RelationSpec, spec_of
from extractors.normalize import clean_title, nfkc, parse_date

NORMALIZERS = {
    "date": parse_date,
    "text": lambda value: nfkc(value).strip(" ,;:") or None,
    "title": lambda value: clean_title(value) or None,
}
# "question": the template `auditor questions` asks about the relation's facts ("{subject}" is
# replaced by a fact's subject); read by auditor/questions.py, checked here so that a scan
# names a bad one.
_RELATION_KEYS = {
    "name", "version", "triggers", "normalizer", "subject_labels", "patterns", "question",
}  # fmt: skip
_PARTS = ("subject", "value")
# How answers to a relation's questions are matched follows its value normaliser.
_ANSWER_KIND_OF_NORMALIZER = {"date": "date", "text": "text", "title": "title"}


class PatternFileError(ValueError):
    """A pattern file that cannot be used; the message names the file, the line and why."""


@dataclass
class PatternExtractor:
    """An extractor read from a pattern file: regular expressions over the text and Matcher
    token patterns over the spaCy Doc."""

    name: str
    version: str
    triggers: tuple[str, ...]
    normalizer: str
    subject_labels: tuple[str, ...] = ()
    regexes: list[re.Pattern[str]] = field(default_factory=list)
    token_patterns: list[list[dict]] = field(default_factory=list)  # with "part" keys

    @property
    def relations(self) -> tuple[str, ...]:
        return (self.name,)

    def extract(self, text: str) -> Iterator[Fact]:
        yield from self.extract_doc(_tokenizer()(text))

    def extract_doc(self, doc: Doc) -> Iterator[Fact]:
        seen: set[tuple[int, int]] = set()
        for pattern in self.regexes:
            for m in pattern.finditer(doc.text):
                yield from self._fact(m["subject"], m["value"], m.start(), m.end(), seen)
        if not self.token_patterns:
            return
        matcher = _matcher(self, doc.vocab)
        # with_alignments adds a fourth item that spaCy's type hints do not know
        for match_id, start, end, alignments in matcher(doc, with_alignments=True):  # type: ignore[misc]
            elements = self.token_patterns[int(doc.vocab.strings[match_id].rsplit("#", 1)[1])]
            words: dict[str, list] = {part: [] for part in _PARTS}
            for token, element in zip(doc[start:end], alignments, strict=True):
                if (part := elements[element].get("part")) in words:
                    words[part].append(token)
            if words["subject"] and words["value"]:
                subject = doc[words["subject"][0].i : words["subject"][-1].i + 1].text
                value = doc[words["value"][0].i : words["value"][-1].i + 1].text
                span = doc[start:end]
                yield from self._fact(subject, value, span.start_char, span.end_char, seen)

    def _fact(self, subject: str, value: str, start: int, end: int, seen: set):
        normalised = NORMALIZERS[self.normalizer](value)
        subject = nfkc(subject).strip(" ,;:")
        if normalised and subject and (start, end) not in seen:
            seen.add((start, end))
            yield Fact(start, end, self.name, subject, normalised)


@cache
def _tokenizer():
    return spacy.blank("en")


_MATCHERS: dict[tuple[int, int], Matcher] = {}  # built once per extractor and vocabulary


def _matcher(extractor: PatternExtractor, vocab) -> Matcher:
    key = (id(extractor), id(vocab))
    if key not in _MATCHERS:
        matcher = Matcher(vocab, validate=True)
        for index, elements in enumerate(extractor.token_patterns):
            matcher.add(f"{extractor.name}#{index}", [_without_parts(elements)], greedy="LONGEST")
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def _without_parts(elements: list[dict]) -> list[dict]:
    return [{k: v for k, v in element.items() if k != "part"} for element in elements]


def _line_of(raw: str, needle: str, after: int = 0) -> int:
    """The 1-based line of the first occurrence of ``needle`` at or after line ``after``."""
    lines = raw.splitlines()
    for number in range(max(after, 1), len(lines) + 1):
        if needle in lines[number - 1]:
            return number
    return max(after, 1)


def load_patterns(path: str | Path) -> list[PatternExtractor]:
    """Read, validate and register the relations of a pattern file (once per file and process);
    returns their extractors. Raises PatternFileError naming the line of the first problem."""
    return [cast(PatternExtractor, spec.extractor) for spec in load_pattern_specs(path)]


def load_pattern_specs(path: str | Path) -> list[RelationSpec]:
    """``load_patterns``, returning the relations' specs (with their questions)."""
    return list(_load(str(Path(path).resolve())))


@cache
def _load(path: str) -> tuple[RelationSpec, ...]:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternFileError(f"{path}: cannot be read ({exc})") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"at line (\d+)", str(exc))
        line = int(at[1]) if at else max(1, len(raw.splitlines()))  # "at end of document"
        raise PatternFileError(f"{path} line {line}: not valid TOML: {exc}") from None
    relations = data.get("relations")
    if not isinstance(relations, list) or not relations:
        raise PatternFileError(f"{path} line 1: no [[relations]] tables")
    specs = [_relation(path, raw, index, entry) for index, entry in enumerate(relations)]
    existing = registry.specs()
    for spec in specs:
        if spec.name in existing:
            line = _line_of(raw, f'"{spec.name}"')
            raise PatternFileError(
                f"{path} line {line}: relation {spec.name!r} exists already; choose another name"
            )
    for spec in specs:
        registry.add(spec)
    return tuple(specs)


def _relation(path: str, raw: str, index: int, entry: object) -> RelationSpec:
    name = entry.get("name") if isinstance(entry, dict) else None
    where = _line_of(raw, f'"{name}"') if isinstance(name, str) else _line_of(raw, "[[relations]]")

    def fail(message: str, line: int = where) -> PatternFileError:
        label = f"relation {name!r}" if isinstance(name, str) else f"relation #{index + 1}"
        return PatternFileError(f"{path} line {line}: {label}: {message}")

    if not isinstance(entry, dict):
        raise fail("must be a table")
    if unknown := set(entry) - _RELATION_KEYS:
        known = ", ".join(sorted(_RELATION_KEYS))
        raise fail(f"unknown key(s) {', '.join(sorted(unknown))}; known: {known}")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise fail("needs a name of lower-case letters, digits and underscores")
    triggers = entry.get("triggers")
    if (
        not isinstance(triggers, list)
        or not triggers
        or not all(isinstance(t, str) and t for t in triggers)
    ):
        raise fail("needs triggers, a list of at least one non-empty string")
    question = entry.get("question", "{subject}")
    if not isinstance(question, str) or "{subject}" not in question:
        raise fail('question must be a string with {subject} in it, e.g. "Who founded {subject}?"',
                   _line_of(raw, "question", where))  # fmt: skip
    normalizer = entry.get("normalizer", "text")
    if normalizer not in NORMALIZERS:
        raise fail(f"normalizer {normalizer!r} is not one of {', '.join(NORMALIZERS)}",
                   _line_of(raw, "normalizer", where))  # fmt: skip
    patterns = entry.get("patterns")
    if not isinstance(patterns, list) or not patterns:
        raise fail("needs at least one [[relations.patterns]] with a regex or tokens")
    extractor = PatternExtractor(
        name=name,
        version=str(entry.get("version", "1")),
        triggers=tuple(t.lower() for t in triggers),
        normalizer=normalizer,
        subject_labels=tuple(entry.get("subject_labels", ())),
    )
    for number, pattern in enumerate(patterns, start=1):
        _add_pattern(extractor, pattern, raw, where, number, fail)
    # A relation without a question of its own is asked the generic one (auditor questions).
    asked = (
        Question(question, answer=_ANSWER_KIND_OF_NORMALIZER[normalizer])
        if "question" in entry
        else None
    )
    return spec_of(extractor, question=asked, origin=path)


def _add_pattern(extractor, pattern, raw, where, number, fail) -> None:
    if not isinstance(pattern, dict) or len({"regex", "tokens"} & set(pattern)) != 1:
        raise fail(f"pattern {number} needs exactly one of regex or tokens",
                   _line_of(raw, "[[relations.patterns]]", where))  # fmt: skip
    if "regex" in pattern:
        source = pattern["regex"]
        line = (
            _line_of(raw, "regex", where)
            if not isinstance(source, str)
            else _line_of(raw, source.splitlines()[0] if source else "regex", where)
        )
        if not isinstance(source, str):
            raise fail(f"pattern {number}: regex must be a string", line)
        try:
            compiled = re.compile(source)
        except re.error as exc:
            raise fail(f"pattern {number}: invalid regular expression: {exc}", line) from None
        if missing := [p for p in _PARTS if p not in compiled.groupindex]:
            groups = " or ".join(repr(p) for p in missing)
            raise fail(
                f"pattern {number}: the regular expression has no named group {groups} "
                f"(write (?P<{missing[0]}>...))",
                line,
            )
        extractor.regexes.append(compiled)
        return
    elements = pattern["tokens"]
    line = _line_of(raw, "tokens", where)
    if (
        not isinstance(elements, list)
        or not all(isinstance(e, dict) for e in elements)
        or not elements
    ):
        raise fail(f"pattern {number}: tokens must be a list of token tables", line)
    parts = {e.get("part") for e in elements} - {None}
    if bad := parts - set(_PARTS):
        raise fail(f"pattern {number}: part must be 'subject' or 'value', not {sorted(bad)}", line)
    if parts != set(_PARTS):
        raise fail(f"pattern {number}: mark the subject's and the value's tokens with "
                   "part = \"subject\" and part = \"value\"", line)  # fmt: skip
    try:
        Matcher(_tokenizer().vocab, validate=True).add("check", [_without_parts(elements)])
    except (MatchPatternError, ValueError, TypeError) as exc:
        problem = " ".join(str(exc).split())
        raise fail(
            f"pattern {number}: not a valid spaCy Matcher pattern: {problem}", line
        ) from None
    extractor.token_patterns.append(elements)
