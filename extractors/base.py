"""The names older callers import: the extractor interface (``extractors/api.py``) and thin
wrappers over the registry of relation specs (``extractors/registry.py``).

``select(names)`` and ``available()`` give the extractor objects of the registered specs;
``register(extractor)`` adds a spec read from an extractor's attributes.
"""

from __future__ import annotations

from collections.abc import Iterable

from extractors import registry
from extractors.api import Extractor, Fact, load_words, spec_of

__all__ = [
    "Extractor", "Fact", "available", "load_words", "register", "select", "trigger_anchors",
    "trigger_pattern",
]  # fmt: skip


def register(extractor: Extractor) -> Extractor:
    """Add an extractor's relation at run time (a name that exists already is refused)."""
    registry.add(spec_of(extractor, origin="registered"))
    return extractor


def available() -> dict[str, Extractor]:
    """Every registered extractor, by name, in name order."""
    return {name: spec.extractor for name, spec in registry.specs().items()}


def select(names: Iterable[str] | None) -> list[Extractor]:
    """The extractors named (all when ``names`` is None); an unknown name raises KeyError
    naming the ones that exist."""
    return [spec.extractor for spec in registry.select_specs(names)]


def trigger_anchors(extractor: Extractor) -> tuple[str, ...]:
    """Lower-case strings, one of which every trigger of the extractor contains."""
    return registry.spec_for(extractor).trigger_anchors


def trigger_pattern(extractor: Extractor) -> str:
    """The regular expression (matched case-insensitively) that must occur in a text for the
    extractor to read it."""
    return registry.spec_for(extractor).trigger_pattern
