"""Two classes of reference entries.

A name-year entry whose title is quoted after its year, the quote closing after the title's own
comma or stop as American usage puts it ('Roe, A. (1994): "Title," Journal 20, 235–258.'): the
title ends where the quote closes, not at the entry's next full stop. Near-misses: a quoted word
that opens a longer title ('"Safe": A study of …', '"Hamlet" and the ghost …') is no whole title.

Inline markup tags of emphasis and script inside a title, as JATS and HTML sources keep them
("… in cultured <italic>Zinnia</italic> cells"): the value is the words, without the tags.
Invented entries in the general form of each."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.normalize import clean_title


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_quoted_title_after_the_year_ends_at_its_closing_quote():
    text = (
        "References\n\n"
        "1. Halvorsen, T. (1994): \u201cTidal Marshes and the Herons That Feed in Them,\u201d "
        "Annual Review of Wetland Ecology, 20, 235\u2013258.\n"
        '2. Okafor, P., and L. Brandt ( 2001): "Winter Roosts of the Grey Heron." '
        "Journal of Avian Studies, 7, 11\u201329.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal Marshes and the Herons That Feed in Them"),
        ("Okafor", "Winter Roosts of the Grey Heron"),
    ]


def test_a_quoted_word_that_opens_a_longer_title_is_not_the_title():
    text = (
        "References\n\n"
        '1. Halvorsen, T. (1994). "Safe": A study of harbour walls. '
        "Annual Review of Coastal Works, 20, 235\u2013258.\n"
    )
    values = [value for _, value in papers(text)]
    assert "Safe" not in values
    assert any(value.endswith("A study of harbour walls") for value in values)


def test_inline_tags_inside_a_title_are_dropped():
    text = (
        "References\n\n"
        "Lindqvist A, Moe K. 2004. Root hair growth in cultured <italic>Zinnia</italic> "
        "cells. Plant Cell Reports 12: 101\u2013109.\n"
        "Brandt L. 2011. Water uptake by <i>Salix alba</i> in flooded soils. "
        "Tree Physiology 31: 45\u201352.\n"
    )
    assert papers(text) == [
        ("Brandt", "Water uptake by Salix alba in flooded soils"),
        ("Lindqvist", "Root hair growth in cultured Zinnia cells"),
    ]


def test_tags_are_dropped_but_angle_brackets_that_are_no_tags_stay():
    assert clean_title("Yields of H<sub>2</sub>O under <b>high</b> heat") == (
        "Yields of H2O under high heat"
    )
    assert clean_title("Sets where a < b and b > c") == "Sets where a < b and b > c"


def test_markdown_emphasis_inside_a_title_is_dropped_but_a_star_after_a_word_stays():
    assert clean_title("Water uptake by *Salix alba* in **flooded** soils") == (
        "Water uptake by Salix alba in flooded soils"
    )
    assert clean_title("Faster A* search with B* trees") == "Faster A* search with B* trees"
