"""The relations a scan can read, one ``RelationSpec`` each, registered explicitly.

- The built-in relations are listed by ``builtin_specs()``, the one function that names them;
  importing an extractor module registers nothing.
- Third-party extractors come from the ``fact_auditor.extractors`` entry points.
- A pattern file's relations (``extractors/user_patterns.py``) are added with ``add()`` when the
  file is loaded.

``specs()`` is every relation by name; ``select_specs(names)`` the ones a run asks for.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from importlib.metadata import entry_points
from importlib.resources import files

from extractors.api import Extractor, Question, RelationSpec, UnitReach, spec_of
from extractors.references.segment import entry_openings

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "fact_auditor.extractors"
GENERIC = "generic"  # the questions file's template for relations without one of their own

# Relations added at run time (plugins, pattern files), by name. Tests replace this dict to
# forget what they added.
_ADDED: dict[str, RelationSpec] = {}

# The units each built-in relation reads around its triggers (auditor/units.py): the kinds and
# how many sentences or lines of context each needs. Chosen so that every fact the old
# +-1,500-character windows gave on real.jsonl, dev.jsonl and the realweb sample is still
# found (bench/RESULTS.md, "Units").
_LIFE_DATE_UNITS = (("sentence", "block"), UnitReach(before=2, after=1, cap=800, opening=True))
BUILTIN_UNITS: dict[str, tuple[tuple[str, ...], UnitReach]] = {
    "birth_date": _LIFE_DATE_UNITS,
    "death_date": _LIFE_DATE_UNITS,
    "capital": (("sentence", "block"), UnitReach(before=3, after=3, cap=1500, opening=True)),
    "paper_title": (
        ("sentence", "block"),
        UnitReach(
            before=1,
            after=1,
            cap=1500,
            line=300,
            wrapped_prose=True,
            whole_lines=True,
            inline_entries=entry_openings,
            join_gap=16,
        ),
    ),
}


def _with_units(spec: RelationSpec) -> RelationSpec:
    """The spec with its BUILTIN_UNITS kinds and reach."""
    if spec.name not in BUILTIN_UNITS:
        return spec
    kinds, reach = BUILTIN_UNITS[spec.name]
    return replace(spec, unit_kinds=kinds, unit_reach=reach)


@cache
def questions() -> dict[str, Question]:
    """The question templates of ``extractors/data/questions.toml``, by relation (``generic``
    included)."""
    text = files("extractors").joinpath("data", "questions.toml").read_text(encoding="utf-8")
    return {
        relation: Question(
            question=entry["question"],
            hint=entry.get("hint", ""),
            asks=entry.get("asks", "value"),
            answer=entry.get("answer", "text"),
        )
        for relation, entry in tomllib.loads(text).items()
    }


@cache
def builtin_specs() -> tuple[RelationSpec, ...]:
    """The built-in relations, each with its extractor (built once per process), its triggers
    and its question."""
    from extractors.capital import CapitalExtractor
    from extractors.life_dates import LifeDateExtractor
    from extractors.paper_title import PaperTitleExtractor

    extractors: tuple[Extractor, ...] = (
        LifeDateExtractor("birth_date", ("birth_date",)),
        LifeDateExtractor("death_date", ("death_date",)),
        CapitalExtractor(),
        PaperTitleExtractor(),
    )
    templates = questions()
    return tuple(_with_units(spec_of(e, question=templates.get(e.name))) for e in extractors)


def add(spec: RelationSpec) -> RelationSpec:
    """Register a relation found at run time; a name that exists already is refused."""
    if spec.name in specs():
        raise ValueError(f"an extractor named {spec.name!r} is registered already")
    _ADDED[spec.name] = spec
    return spec


def _load_plugins() -> None:
    builtin = {spec.name for spec in builtin_specs()}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name in builtin or entry.name in _ADDED:
            continue
        try:
            loaded = entry.load()
            extractor = loaded() if isinstance(loaded, type) else loaded
            _ADDED[extractor.name] = spec_of(extractor, origin="plugin")
        except Exception as exc:  # a broken plugin must not take the built-ins down with it
            logger.warning("extractor plugin %r could not be loaded: %s", entry.name, exc)


def specs() -> dict[str, RelationSpec]:
    """Every relation (built-in, plugin, pattern file), by name, in name order."""
    _load_plugins()
    found = {spec.name: spec for spec in builtin_specs()}
    for name, spec in _ADDED.items():
        found.setdefault(name, spec)
    return dict(sorted(found.items()))


def select_specs(names: Iterable[str] | None) -> list[RelationSpec]:
    """The relations named (all when ``names`` is None); an unknown name raises KeyError naming
    the ones that exist."""
    registry = specs()
    if names is None:
        return list(registry.values())
    chosen = []
    for name in names:
        if name not in registry:
            raise KeyError(f"unknown extractor {name!r}; available: {', '.join(registry)}")
        chosen.append(registry[name])
    return chosen


def spec_for(extractor: Extractor) -> RelationSpec:
    """The registered spec of this extractor object, or one read from its attributes (an
    extractor built outside the registry, as tests do)."""
    registered = specs().get(extractor.name)
    if registered is not None and registered.extractor is extractor:
        return registered
    return spec_of(extractor, origin="unregistered")
