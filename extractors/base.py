"""The extractor interface and the registry of extractors by name.

An extractor is a named, versioned object that turns a document's text into facts, each with the
character offsets of the text that states it. Extractors declare trigger words: a document in
which none occurs (case-insensitively) never reaches the extractor, which keeps most of a corpus
out of the expensive path.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import entry_points
from importlib.resources import files
from typing import Protocol, runtime_checkable

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "fact_auditor.extractors"


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


def trigger_anchors(extractor: Extractor) -> tuple[str, ...]:
    """Lower-case strings, one of which every trigger of the extractor contains."""
    anchors = getattr(extractor, "trigger_anchors", None) or extractor.triggers
    return tuple(anchor.lower() for anchor in anchors)


def trigger_pattern(extractor: Extractor) -> str:
    """The regular expression (matched case-insensitively) that must occur in a text for the
    extractor to read it."""
    return getattr(extractor, "trigger_pattern", None) or "|".join(
        re.escape(word) for word in sorted(extractor.triggers, key=len, reverse=True)
    )


def load_words(name: str) -> frozenset[str]:
    """The words of ``extractors/data/<name>.txt``: white-space separated, ``#`` starts a
    comment. Word lists live in data files so they can be read and extended without code."""
    text = files("extractors").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(word for line in text.splitlines() for word in line.split("#")[0].split())


_REGISTRY: dict[str, Extractor] = {}


def register(extractor: Extractor) -> Extractor:
    """Add an extractor under its name (a later registration of the same name is refused)."""
    if extractor.name in _REGISTRY:
        raise ValueError(f"an extractor named {extractor.name!r} is registered already")
    _REGISTRY[extractor.name] = extractor
    return extractor


def _load_builtins_and_plugins() -> None:
    # Importing the built-in modules registers them; plugins register through entry points.
    from extractors import capital, life_dates, paper_title  # noqa: F401

    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name in _REGISTRY:
            continue
        try:
            loaded = entry.load()
            register(loaded() if isinstance(loaded, type) else loaded)
        except Exception as exc:  # a broken plugin must not take the built-ins down with it
            logger.warning("extractor plugin %r could not be loaded: %s", entry.name, exc)


def available() -> dict[str, Extractor]:
    """Every registered extractor, by name, in name order."""
    _load_builtins_and_plugins()
    return dict(sorted(_REGISTRY.items()))


def select(names: Iterable[str] | None) -> list[Extractor]:
    """The extractors named (all when ``names`` is None); an unknown name raises KeyError
    naming the ones that exist."""
    registry = available()
    if names is None:
        return list(registry.values())
    chosen = []
    for name in names:
        if name not in registry:
            raise KeyError(f"unknown extractor {name!r}; available: {', '.join(registry)}")
        chosen.append(registry[name])
    return chosen
