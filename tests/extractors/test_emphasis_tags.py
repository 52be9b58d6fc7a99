"""Emphasis as HTML tags in text that is no page's source (a publication list's or a bio's HTML
pasted into Markdown or a post): read as Markdown writes emphasis, "<b>A. Roe</b>" as
"**A. Roe**", "<i>Venue</i>" as "*Venue*", with offsets in the text as written. A CV's owner set
in bold among the authors is one of the names, no title; a life span whose dates are each set
off by emphasis ("(*3 May 1900* – *2 June 1980*)") is a span, the emphasis no birth's star.
Invented text in the general form of each, with near-misses."""

from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from extractors.base import select


def facts(text, *relations):
    found = Extraction(select(list(relations))).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_the_owner_in_bold_among_the_authors_of_a_publication_list():
    text = (
        "Publications\n\n"
        "1. <b>M. Castellan</b>, P. Lund, and K. Moe. Counting herons from low orbit. "
        "<i>Journal of Avian Science</i>, 4(2):11\u201319, 2019.\n"
        "2. T. Brandt and <b>M. Castellan</b>. Egret roosts in winter. <i>Bird Study</i>, "
        "12:1\u201310, 2020.\n"
    )
    assert facts(text, "paper_title") == [
        ("paper_title", "Brandt", "Egret roosts in winter"),
        ("paper_title", "Castellan", "Counting herons from low orbit"),
    ]


def test_the_view_reads_emphasis_tags_as_markdown_signs_with_offsets_kept():
    text = "T. Aune and <b>P. Sandvik</b>. Title. <i>Venue</i>, 2020."
    view = decoded_view(text)
    assert view is not None
    assert view.text == "T. Aune and **P. Sandvik**. Title. *Venue*, 2020."
    at = view.text.index("Title")
    assert text[view.original(at) :].startswith("Title. <i>")


def test_near_miss_an_unclosed_emphasis_tag_is_left_as_written():
    assert decoded_view("Use <b> for bold text in old pages.") is None


def test_a_life_span_whose_dates_are_each_in_emphasis():
    for text in (
        "Ines Vik (<i>3 May 1950</i> \u2013 <i>4 June 2001</i>) was a weaver.",
        "Ines Vik (*3 May 1950* \u2013 *4 June 2001*) was a weaver.",
        "Ines Vik (**3 May 1950** - **4 June 2001**) was a weaver.",
    ):
        assert facts(text, "birth_date", "death_date") == [
            ("birth_date", "Ines Vik", "1950-05-03"),
            ("death_date", "Ines Vik", "2001-06-04"),
        ], text


def test_near_miss_a_genealogical_star_still_marks_a_birth():
    text = "Ines Vik (* 3 May 1950 in Bergen; \u2020 4 June 2001 in Oslo) was a weaver."
    assert facts(text, "birth_date", "death_date") == [
        ("birth_date", "Ines Vik", "1950-05-03"),
        ("death_date", "Ines Vik", "2001-06-04"),
    ]
