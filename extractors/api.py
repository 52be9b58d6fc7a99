"""What a relation is: the fact it yields, the extractor that finds it, and its ``RelationSpec``.

An extractor is a named, versioned object that turns a text into facts, each with the character
offsets of the text that states it. A ``RelationSpec`` is the one place a relation is defined:
the extractor, the relations it yields, the triggers without which a text is never read, the
units it reads and the question ``auditor questions`` asks about its facts. Nothing here
registers anything: ``extractors/registry.py`` does, explicitly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.resources import files
from typing import Protocol, runtime_checkable


@dataclass(frozen=True, order=True)
class Fact:
    """One statement of a fact: ``text[start:end]`` is the span that states it."""

    start: int
    end: int
    relation: str
    subject: str
    value: str


@runtime_checkable
class Extractor(Protocol):
    # Read-only members, so that frozen dataclasses satisfy the protocol.
    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    @property
    def relations(self) -> tuple[str, ...]: ...

    # Words (case-insensitive) without which a text is never read. An extractor may instead
    # give ``trigger_pattern``, a regular expression, where words are too blunt ("d." for
    # "(d. 1955)" would match every "and."), with ``trigger_anchors``: lower-case strings of
    # which every match of the pattern contains one (the pre-filter looks for those first).
    @property
    def triggers(self) -> tuple[str, ...]: ...

    def extract(self, text: str) -> Iterator[Fact]: ...


# The units an extractor reads around each of its triggers (auditor/units.py):
# - "window": the lines within WINDOW_RADIUS characters (auditor/prefilter.py), the default for
#   relations that declare nothing (pattern files, plugins);
# - "sentence": the trigger's sentence (or line, in text of short lines) and the segments its
#   ``UnitReach`` adds before and after;
# - "block": the trigger's run of non-blank lines with the heading above it (bibliographies).
UNIT_KINDS = ("window",)
KNOWN_UNIT_KINDS = ("window", "sentence", "block")


@dataclass(frozen=True)
class UnitReach:
    """How much text a relation's unit takes around a trigger: ``before`` and ``after``
    segments (sentences, or lines) besides the trigger's own, at most ``cap`` characters to
    each side of the trigger (a block: its lines within ``cap``); ``opening``: the document's
    opening goes with each unit as its context."""

    before: int = 1
    after: int = 1
    cap: int = 600
    # The longest line a block takes whole (a bibliography's entries run long); a longer line
    # is prose, read by sentences.
    line: int = 300
    # Whether lines wrapped at a width (a full line that stops mid-sentence) are read as the
    # prose they are: by sentences that run over line breaks, not as a list's block.
    wrapped_prose: bool = False
    # Whether a unit in wrapped lines takes its first and last lines whole: an entry wrapped
    # over lines (a PDF's references) is read from its line's start to its line's end.
    whole_lines: bool = False
    # The document's opening (its title and first sentence) carried as context before every
    # unit that starts after it: who a pronoun stands for, the date of an on-this-day page.
    opening: bool = False
    # Where the entries of a list run together on one long line open (offsets, in order), or
    # none where the line is no such list: ``(text, start, end) -> offsets``. A unit on such a
    # line then runs from its trigger's entry's opening to the next one's, not by sentences
    # (a reference's authors and title are sentences of their own).
    inline_entries: Callable[[str, int, int], list[int]] | None = None
    # Units this close (in characters), with nothing between but spaces, brackets and
    # punctuation, are read as one: a list's items, each its own unit, read together (a
    # list's reading needs its run of items: "},\n{" between two records).
    join_gap: int = 0


@dataclass(frozen=True)
class Question:
    """How ``auditor questions`` asks about one relation's facts."""

    question: str  # with {subject} (asks == "value") or {value} (asks == "subject")
    hint: str = ""
    asks: str = "value"  # which side of the fact is the answer
    answer: str = "text"  # how answers are matched: date, place, name, family_name, title, text


@dataclass(frozen=True)
class RelationSpec:
    """One relation family as the scan sees it: everything about it in one place.

    ``trigger_pattern`` is a regular expression, matched case-insensitively, that must occur in
    a text for ``extractor`` to read it; every match contains one of ``trigger_anchors``
    (lower-case literals, which the pre-filter's automaton looks for first). Where the pattern
    is many alternatives, ``trigger_parts`` may give each with the anchors that every match of
    it holds: an anchor found is then confirmed by its own alternatives only (the pattern is
    their alternation, the anchors their union)."""

    name: str
    relations: tuple[str, ...]
    triggers: tuple[str, ...]
    trigger_pattern: str
    trigger_anchors: tuple[str, ...]
    unit_kinds: tuple[str, ...]
    extractor: Extractor
    question: Question | None = None  # None: the generic question
    origin: str = "builtin"  # builtin, plugin, or the pattern file it was read from
    unit_reach: UnitReach = UnitReach()  # for the unit kinds "sentence" and "block"
    trigger_parts: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def version(self) -> str:
        return self.extractor.version


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|(b|c)|d`` -> ``a``, ``(b|c)``,
    ``d``): its ``|`` outside groups, classes and escapes."""
    parts, depth, in_class, start, at = [], 0, False, 0, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += pattern.startswith("^", at + 1)  # "[^]…]" and "[]…]" hold a "]"
            at += pattern.startswith("]", at + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    parts.append(pattern[start:])
    return parts


def spec_of(
    extractor: Extractor, question: Question | None = None, origin: str = "builtin"
) -> RelationSpec:
    """The spec of an extractor, its triggers read from its attributes: ``trigger_pattern``
    and ``trigger_anchors`` where it gives them, else its trigger words (each its own anchor)."""
    words = tuple(extractor.triggers)
    pattern = getattr(extractor, "trigger_pattern", None) or "|".join(
        re.escape(word) for word in sorted(words, key=len, reverse=True)
    )
    anchors = getattr(extractor, "trigger_anchors", None) or words
    return RelationSpec(
        name=extractor.name,
        relations=tuple(extractor.relations),
        triggers=words,
        trigger_pattern=pattern,
        trigger_anchors=tuple(anchor.lower() for anchor in anchors),
        unit_kinds=tuple(getattr(extractor, "unit_kinds", UNIT_KINDS)),
        unit_reach=getattr(extractor, "unit_reach", None) or UnitReach(),
        trigger_parts=tuple(
            (part, tuple(anchor.lower() for anchor in part_anchors))
            for part, part_anchors in getattr(extractor, "trigger_parts", ())
        ),
        extractor=extractor,
        question=question,
        origin=origin,
    )


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression: its text cut at every ``|`` outside
    groups and character classes."""
    parts: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            # "]" right after "[" (or "[^") is a member, not the class's end
            in_class = char != "]" or current[-1] == "[" or current[-2:] == ["[", "^"]
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def load_words(name: str) -> frozenset[str]:
    """The words of ``extractors/data/<name>.txt``: white-space separated, ``#`` starts a
    comment. Word lists live in data files so they can be read and extended without code."""
    text = files("extractors").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() for word in line.split("#")[0].split())


def load_lines(name: str) -> tuple[str, ...]:
    """The lines of ``extractors/data/<name>.txt`` that are not blank, each stripped; ``#`` starts
    a comment. For lists of phrases, whose words belong together."""
    text = files("extractors").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.split("#")[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)
