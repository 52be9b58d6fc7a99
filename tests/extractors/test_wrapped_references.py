"""Reference entries wrapped at a width, as plain-text exports, mails and Markdown files keep
them: an entry whose author list fills its first line, a Markdown quote whose wrapped lines
go on without their ``>`` (lazy continuation), and programmes whose titles are set in bold
tags. Invented entries in the general form of each layout, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references import segment


def titles(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_an_entry_whose_names_fill_its_first_line():
    text = (
        "## References\n\n"
        "Okafor NP, Lindqvist P, Garcia MU, Brandt K, Hale S, Sousa A, Wei L, Di\n"
        "Marco R, Holm E. A framework for community-curated sediment pipelines.\n"
        "Nat Geosci. 2020 Mar;14(2):311-318. doi: 10.5555/sed.2020.0042.\n\n"
        "Varga T, Holm E. Sediment drift in small rivers and on their banks.\n"
        "Water Res. 2013;17(5):488-96.\n"
    )
    assert titles(text) == [
        ("Okafor", "A framework for community-curated sediment pipelines"),
        ("Varga", "Sediment drift in small rivers and on their banks"),
    ]


def test_quoted_entries_under_list_items_wrapped_without_their_quote_marks():
    text = (
        "## Tools\n\n"
        "- [Sedcount](https://example.org/sedcount)\n\n"
        "  > Okafor NP, Lind P. Sedcount: a flexible suite of utilities for counting\n"
        "grains in river sediment. Bioinformatics. 2010 Apr 12;31(7):902-9. doi:\n"
        "10.5555/grains.2010.0117.\n\n"
        "- [Siltmeter](https://example.org/siltmeter)\n\n"
        "  > Brandt K, Sousa A. Fast gapped measurement of silt with cheap sensors.\n"
        "Nat Methods. 2012 Oct 8;5(3):214-22. doi: 10.5555/silt.2012.0301.\n"
    )
    assert titles(text) == [
        ("Brandt", "Fast gapped measurement of silt with cheap sensors"),
        (
            "Okafor",
            "Sedcount: a flexible suite of utilities for counting grains in river sediment",
        ),
    ]


def test_the_segmenter_joins_a_names_line_to_the_entry_it_opens():
    text = (
        "Okafor NP, Lindqvist P, Garcia MU, Brandt K, Hale S, Sousa A, Wei L, Di\n"
        "Marco R, Holm E. A framework for community-curated sediment pipelines.\n"
        "Nat Geosci. 2020;14(2):311-318.\n"
    )
    entries = segment.segment(text)
    assert [(e.start, e.end) for e in entries] == [(0, len(text) - 1)]


def test_near_miss_a_names_line_with_a_full_stop_or_a_year_stays_apart():
    # a line of names that ends a sentence, or carries a year, is an entry's (or none) of its
    # own: it is not joined to the entry after it; nor is a Vancouver list of names alone
    # with its stop, where the next line opens with names (an entry of its own)
    for names_line in (
        "Reviewed by Okafor NP, Lindqvist P and the editors of the series.",
        "Okafor NP, Lindqvist P, Garcia MU, Brandt K, Hale S, Sousa A, Wei L, 2019",
        "Okafor NP, Lindqvist P, Brandt K.",
    ):
        text = (
            f"{names_line}\n"
            "Varga T, Holm E. Sediment drift in small rivers and on their banks.\n"
            "Water Res. 2013;17(5):488-96.\n"
        )
        entries = segment.segment(text)
        assert not any(e.start == 0 and e.end > len(names_line) for e in entries)


def test_a_programme_of_bold_titles_over_names_lines():
    # a page's programme without links: each title in bold tags on its line, its authors on
    # the next (the <p> and <br> around them go with the page's layout tags)
    text = (
        "<h3>Session 2</h3>\n"
        "<p><b>Sediment Drift in Small Rivers</b><br>\nNora Okafor, Per Lindqvist</p>\n"
        "<p><b>Measuring Silt with Cheap Sensors</b><br>\nKarin Brandt, Ana Sousa</p>\n"
        "<p><b>Grain Counts from Photographs</b><br>\nTomas Varga, Eva Holm</p>\n"
    )
    assert titles(text) == [
        ("Brandt", "Measuring Silt with Cheap Sensors"),
        ("Okafor", "Sediment Drift in Small Rivers"),
        ("Varga", "Grain Counts from Photographs"),
    ]


def test_an_entry_whose_names_stand_alone_on_its_first_line_with_their_stop():
    # a PDF's text or a Markdown quote breaks the line after the names' closing stop
    text = (
        "References\n\n"
        "Okafor NP, Lindqvist P, Brandt K.\n"
        "Grain size in braided river channels. Water Res. 2016;12(3):45-67.\n"
        "Varga T, Holm E.\n"
        "Sediment drift in small rivers and on their banks. Geomorphology. 2013;17:488-96.\n"
        "Hale S.\n"
        "Silt in upland lakes. Limnology. 2011;3:1-9.\n"
    )
    assert titles(text) == [
        ("Hale", "Silt in upland lakes"),
        ("Okafor", "Grain size in braided river channels"),
        ("Varga", "Sediment drift in small rivers and on their banks"),
    ]
    quoted = (
        "## Citations\n\n"
        "> Okafor NP, Lindqvist P, Brandt K.\n"
        "Grain size in braided river channels. Water Res. 2016;12(3):45-67.\n"
    )
    assert titles(quoted) == [("Okafor", "Grain size in braided river channels")]


def test_a_books_edition_opening_a_wrapped_line_goes_on_its_entry():
    text = (
        "References\n\n"
        "Okafor, Chidi. River Towns: A History. Leeds: Fenwick Press, 1999.\n"
        "Bordwell, Anna Marie, and Tomas S. Hale. The Shorter Companion to Estuary Science.\n"
        "3rd ed. Leeds: Fenwick Press, 2004.\n"
    )
    assert titles(text) == [
        ("Bordwell", "The Shorter Companion to Estuary Science"),
        ("Okafor", "River Towns: A History"),
    ]


def test_near_miss_an_ordinal_that_opens_no_edition_joins_nothing():
    text = (
        "References\n\n"
        "Bordwell, Anna Marie. Sediment Budgets of Small Estuaries. Leeds: Fenwick Press, 2004.\n"
        "3rd Workshop on Estuary Science. Proceedings. Leeds: Fenwick Press, 2006.\n"
    )
    entries = [text[e.start : e.end] for e in segment.segment(text)]
    assert entries[-1].startswith("3rd Workshop")


def test_an_imprint_alone_on_the_line_under_a_title_goes_on_its_entry():
    text = (
        "References\n\n"
        "Okafor, Chidi. River Towns: A History. Leeds: Fenwick Press, 1999.\n"
        "Bordwell, Anna Marie. Silt, Sand, and the Shape of Estuaries.\n"
        "Princeton: Marram University Press, 2004.\n"
        "Hale, Tomas. Tidal Mixing. Oslo: Fjord Books, 2011.\n"
    )
    entries = [text[e.start : e.end] for e in segment.segment(text)]
    assert (
        "Bordwell, Anna Marie. Silt, Sand, and the Shape of Estuaries.\n"
        "Princeton: Marram University Press, 2004."
    ) in entries
    assert ("Bordwell", "Silt, Sand, and the Shape of Estuaries") in titles(text)


def test_near_miss_an_imprint_under_an_entry_that_has_its_year_stays_apart():
    text = (
        "References\n\n"
        "Bordwell, Anna Marie. Silt and Sand. Leeds: Fenwick Press, 1999.\n"
        "Princeton: Marram University Press, 2004.\n"
    )
    entries = [text[e.start : e.end] for e in segment.segment(text)]
    assert entries[-1] == "Princeton: Marram University Press, 2004."


def test_names_cut_after_a_given_name_and_its_initial_go_on_the_next_line():
    text = (
        "References\n\n"
        "Okafor, Chidi. River Towns: A History. Leeds: Fenwick Press, 1999.\n"
        "Bordwell, Anna Marie, Tomas Hale, Ingrid Lund, and Carla M.\n"
        "Varga. The Shape of Small Estuaries. Leeds: Fenwick Press, 2004.\n"
    )
    assert ("Bordwell", "The Shape of Small Estuaries") in titles(text)


def test_near_miss_a_line_that_ends_a_sentence_on_an_initial_is_no_cut_name():
    # "… Part B." ends a title: the next line is another entry
    text = (
        "References\n\n"
        "Okafor, Chidi. 1999. River Towns and Their Harbours, Part B.\n"
        "Varga. 2004. Silt, Sand, and the Shape of Estuaries. Leeds: Fenwick Press.\n"
    )
    entries = [text[e.start : e.end] for e in segment.segment(text)]
    assert entries[-1].startswith("Varga. 2004.")


def test_entries_numbered_without_a_stop_as_pdf_text_keeps_them():
    text = (
        "References\n\n"
        "4 Bordwell, Anna. “Reed Beds and the Global Economy.” In Another Turn of the Tide.\n"
        "  Leeds: Fenwick Press, 1995, 1–7.\n"
        "5 Del Rey, Tomas. The Eleventh Estuary. Rev. ed. Oslo: Fjord Books, 1970.\n"
    )
    assert titles(text) == [
        ("Bordwell", "Reed Beds and the Global Economy"),
        ("Del Rey", "The Eleventh Estuary"),
    ]


def test_near_miss_a_wrapped_imprint_is_no_springer_entry():
    # "Place, D.C.: Publisher, 1995" reads like "Surname, I.: Title": its publisher and year
    text = (
        "References\n\n"
        "1. Bordwell, Anna. “Reed Beds and the Global Economy.” In Another Turn of the Tide.\n"
        "   Washington, D.C.: Counterpoint, 1995, 1–7.\n"
    )
    assert titles(text) == [("Bordwell", "Reed Beds and the Global Economy")]
