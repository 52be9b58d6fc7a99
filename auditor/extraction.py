"""Extraction: a trigger pre-filter cuts units of text, and the extractors read them.

1. The pre-filter (``auditor/prefilter.py``) finds where the extractors' triggers (from their
   ``RelationSpec``) occur; text far from any trigger (most of a corpus) is never read again.
2. Each relation's extractor reads only the units of its own triggers (``auditor/units.py``:
   the trigger's sentences, its block of short lines with the heading, its BibTeX entry, as
   its spec's ``unit_kinds`` and ``unit_reach`` say), with the context the spec asks for (the
   document's opening, for life dates) read before each unit.
3. Where tokens are needed (a user relation of spaCy ``Matcher`` patterns, or
   ``--spacy-model``) every relation's units together go through one spaCy pipeline, built once
   per process: ``spacy.blank("en")`` with a sentencizer, or the statistical pipeline, then the
   ``fact_auditor_extractors`` component, which runs the extractors and stores their facts on
   the ``Doc`` (no context is carried there). With a pipeline that finds entities (``ner`` or
   ``entity_ruler``), a fact is kept only when its subject is an entity of a label its
   extractor expects (``subject_labels``: PERSON for people, GPE or LOC for countries).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from auditor.columns import Reading, readings
from auditor.escapes import DecodedView, decoded_view
from auditor.prefilter import (  # noqa: F401 (re-exported: their home before prefilter.py)
    MAX_WINDOW,
    TRIGGER_SLACK,
    WINDOW_RADIUS,
    Prefilter,
    lower_keeping_offsets,
    union,
)
from auditor.units import context_of, placed, read_unit, with_context
from extractors.base import Extractor, Fact, select, trigger_pattern
from extractors.normalize import match_key
from extractors.registry import spec_for

if TYPE_CHECKING:  # spaCy is imported only where a pipeline is built (it costs ~0.5 s)
    from spacy.language import Language
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

COMPONENT = "fact_auditor_extractors"


class SpacyModelError(RuntimeError):
    """The spaCy pipeline asked for cannot be loaded."""


def make_component(
    extractors: list[str], patterns: str | None, check_entities: bool
) -> FactComponent:
    """The extractors as one component: in a spaCy pipeline, or called directly where no
    tokens are needed."""
    if patterns:  # user relations, registered in this process from their file
        from extractors.user_patterns import load_patterns

        load_patterns(patterns)
    return FactComponent(select(extractors), check_entities)


def _register_component() -> None:
    """Register the component's spaCy factory (once per process, when a pipeline is built)."""
    from spacy.language import Language

    if Language.has_factory(COMPONENT):
        return

    def _make(
        nlp: Language, name: str, extractors: list[str], patterns: str | None, check_entities: bool
    ) -> FactComponent:
        has_entities = bool({"ner", "entity_ruler"} & set(nlp.pipe_names))
        return make_component(extractors, patterns, check_entities and has_entities)

    Language.factory(
        COMPONENT, default_config={"extractors": [], "patterns": None, "check_entities": True}
    )(_make)


class FactComponent:
    """Runs the extractors over a Doc and stores the facts in ``doc.user_data["facts"]``
    (character offsets into the Doc's text)."""

    def __init__(self, extractors: list[Extractor], check_entities: bool):
        self.extractors = extractors
        self.check_entities = check_entities
        self.triggers = [re.compile(trigger_pattern(e), re.IGNORECASE) for e in extractors]

    def __call__(self, doc: Doc) -> Doc:
        # spaCy rebuilds doc.text from the tokens at every access: read it once
        doc.user_data["facts"] = self.run(doc.text, doc)
        return doc

    def run(self, text: str, doc: Doc | None = None) -> list[Fact]:
        """The facts of ``text``; ``doc`` (its spaCy Doc) is needed only by extractors that
        read tokens (``extract_doc``) and for the entity check."""
        facts: list[Fact] = []
        for extractor, trigger in zip(self.extractors, self.triggers, strict=True):
            if trigger.search(text):
                facts += self.run_extractor(extractor, text, doc)
        return facts

    def run_extractor(self, extractor: Extractor, text: str, doc: Doc | None = None) -> list[Fact]:
        """The facts one extractor finds in ``text`` (its trigger not checked again)."""
        found = (
            extractor.extract_doc(doc)
            if doc is not None and hasattr(extractor, "extract_doc")
            else extractor.extract(text)
        )
        labels = set(getattr(extractor, "subject_labels", ()))
        return [
            f
            for f in found
            if doc is None or not (self.check_entities and labels) or _is_entity(doc, f, labels)
        ]


def _is_entity(doc: Doc, fact: Fact, labels: set[str]) -> bool:
    subject = match_key(fact.subject)
    span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
    return span is not None and any(
        ent.label_ in labels and (subject in match_key(ent.text) or match_key(ent.text) in subject)
        for ent in span.ents
    )


@lru_cache(maxsize=4)
def build_pipeline(
    extractor_names: tuple[str, ...], spacy_model: str | None = None, patterns: str | None = None
) -> Language:
    """The spaCy pipeline for these extractors, built once per process and configuration."""
    import spacy

    _register_component()
    if spacy_model:
        try:
            nlp = spacy.load(spacy_model)
        except OSError as exc:
            raise SpacyModelError(
                f"spaCy pipeline {spacy_model!r} is not installed or cannot be loaded ({exc}); "
                "install it (a package or a directory), or leave out --spacy-model to use the "
                "rule-based default"
            ) from None
    else:
        nlp = spacy.blank("en")
    if not {"parser", "senter", "sentencizer"} & set(nlp.pipe_names):
        nlp.add_pipe("sentencizer")
    nlp.add_pipe(COMPONENT, config={"extractors": list(extractor_names), "patterns": patterns})
    return nlp


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(text: str) -> str:
    """Lone surrogates (from a JSON escape such as ``\\ud800``) as U+FFFD, one for one so that
    offsets hold: spaCy's tokenizer cannot hash them and would end the scan."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


@dataclass(frozen=True)
class ReadPlan:
    """A document's decoded view (None where it needs none) and its readings, each with every
    relation's units in it (``Extraction.plan``)."""

    view: DecodedView | None
    readings: list[tuple[Reading, list[list[tuple[int, int]]]]]


class Extraction:
    """Facts of whole documents: pre-filter, units, extractors (spaCy where tokens are
    needed)."""

    def __init__(
        self,
        extractors: Iterable[Extractor],
        spacy_model: str | None = None,
        patterns: str | None = None,
    ):
        self.extractors = list(extractors)
        names = tuple(e.name for e in self.extractors)
        # Tokens are needed only by extractors that read them (spaCy Matcher patterns) and by a
        # statistical pipeline's entity check; the built-in extractors read the text, which
        # then goes to them directly: spaCy's tokenizer was a sixth of a scan's time, and
        # quadratic on long runs without spaces (a hundred thousand quotes). Without them spaCy
        # is not even imported.
        self.needs_doc = bool(spacy_model) or any(
            hasattr(e, "extract_doc") for e in self.extractors
        )
        self.nlp: Language | None = None
        if self.needs_doc:
            self.nlp = build_pipeline(names, spacy_model, patterns)
            self.component = cast(FactComponent, self.nlp.get_pipe(COMPONENT))
        else:
            self.component = make_component(list(names), patterns, check_entities=False)
        self.prefilter = Prefilter([spec_for(e) for e in self.component.extractors])

    @property
    def relations(self) -> list[str]:
        return sorted({r for e in self.extractors for r in e.relations})

    def windows(self, text: str) -> list[tuple[int, int]]:
        """The text the extractors read: every relation's units together
        (``Prefilter.units``)."""
        return self.prefilter.units(text)

    def facts(self, text: str) -> list[Fact]:
        """Every fact the extractors find in a document, offsets into ``text``.

        Each extractor reads only its own relation's units. Where tokens are needed, every
        relation's units together go through the spaCy pipeline once (its component runs each
        extractor whose trigger occurs in the unit). A text that is the inside of a JSON string
        is read with its escapes decoded (``auditor/escapes.py``); one laid out in two columns
        side by side, a column at a time (``auditor/columns.py``)."""
        return self.facts_of(self.plan(text))

    def plan(self, text: str) -> ReadPlan:
        """What ``facts`` reads of a document: its decoded view (or None), and each reading of
        it (the text, or its two columns) with its units (the pre-filter's part of the work)."""
        view = decoded_view(text)
        sources = readings(text if view is None else view.text)
        return ReadPlan(view, [(r, self.units_by_relation(r.text)) for r in sources])

    def facts_of(self, plan: ReadPlan) -> list[Fact]:
        """The facts a plan's units hold, offsets into the document (the extractors' part)."""
        facts = [
            fact
            for reading, by_relation in plan.readings
            for fact in reading.mapped(self.facts_in_units(reading.text, by_relation))
        ]
        return facts if plan.view is None else plan.view.mapped(facts)

    def units_by_relation(self, text: str) -> list[list[tuple[int, int]]]:
        """Each extractor's units in ``text``, in the extractors' order (the pre-filter)."""
        return self.prefilter.units_by_relation(text)

    def facts_in_units(self, text: str, by_relation: list[list[tuple[int, int]]]) -> list[Fact]:
        """The facts of ``text`` read from the units ``units_by_relation`` found in it."""
        if not any(by_relation):  # most documents: no trigger, nothing to read
            return []
        out: list[Fact] = []
        if self.needs_doc:
            # the document's opening, where a relation's units carry it (a pronoun's person),
            # read before every unit as on the path without tokens
            contexts = (context_of(text, spec.unit_reach) for spec in self.prefilter.specs)
            context = next((c for c in contexts if c is not None), None)
            read = [with_context(text, span, context) for span in union(text, by_relation)]
            pieces = (_without_surrogates(piece) for piece, _, _ in read)
            assert self.nlp is not None
            found = (doc.user_data["facts"] for doc in self.nlp.pipe(pieces))
            for (_, place, skip), facts in zip(read, found, strict=True):
                out += placed(facts, place, skip)
            return out
        # Relations with the same units (birth and death dates share their triggers) read each
        # unit one after the other: the life-date reading of a text is cached for the second.
        groups: dict[tuple, list[Extractor]] = {}
        extractors, specs = self.component.extractors, self.prefilter.specs
        for extractor, spec, spans in zip(extractors, specs, by_relation, strict=True):
            if spans:
                key = (tuple(spans), context_of(text, spec.unit_reach))
                groups.setdefault(key, []).append(extractor)
        for (spans, context), members in groups.items():
            for span in spans:
                for extractor in members:

                    def extract(unit_text: str, extractor: Extractor = extractor) -> list[Fact]:
                        return self.component.run_extractor(extractor, unit_text)

                    out += read_unit(extract, text, span, context)
        return out
