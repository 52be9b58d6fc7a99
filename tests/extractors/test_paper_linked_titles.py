"""A paper's title given as a link, then its authors, as software documentation and READMEs
write it: "The X model was proposed in `Title <url>`__ by Given Surname, …" (reStructuredText),
"… the official implementation of [Title](url) by Given Surname and …" (Markdown). Invented
text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def titles(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_model_proposed_in_a_restructuredtext_linked_title_wrapped_over_lines():
    text = (
        "The Quillon model was proposed in `Quillon: Gated Recurrence for Speech Tagging\n"
        "and Parsing <https://example.org/abs/1234.5678>`__ by Petra Novakova, Ian Holt and\n"
        "Sami Okoro on 3 May, 2022.\n"
    )
    assert titles(text) == [
        ("Novakova", "Quillon: Gated Recurrence for Speech Tagging and Parsing")
    ]


def test_an_implementation_of_a_markdown_linked_title():
    text = (
        "This repository is the official implementation of "
        "[Gated Recurrence for Speech Tagging](https://example.org/abs/1234.5678) "
        "by Petra Novakova and Ian Holt."
    )
    assert titles(text) == [("Novakova", "Gated Recurrence for Speech Tagging")]


def test_near_miss_a_linked_tutorial_by_its_writer():
    # a link and "by" a person, without words that make it a paper's title
    text = "See [A Gentle Tour of Speech Tagging](https://example.org/tour) by Petra Novakova."
    assert titles(text) == []


def test_near_miss_a_linked_title_without_its_authors():
    text = (
        "The Quillon model was proposed in `Quillon: Gated Recurrence for Speech Tagging "
        "<https://example.org/abs/1234.5678>`__.\n\nIt is trained on tagged speech."
    )
    assert titles(text) == []


def test_linked_title_then_its_venue_in_brackets_then_by_its_authors():
    text = (
        "This is the official implementation of [Counting Herons from Low Orbit]"
        "(https://example.org/abs/1) (CVPR 2021) by Mira Castellan and Tomas Brandt."
    )
    assert titles(text) == [("Castellan", "Counting Herons from Low Orbit")]


def test_near_miss_linked_title_and_a_long_aside_before_by():
    text = (
        "This is the official implementation of [Counting Herons from Low Orbit]"
        "(https://example.org/abs/1) (which we rewrote twice over the winter) by the lab."
    )
    assert titles(text) == []
