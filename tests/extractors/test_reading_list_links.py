"""Reading lists of linked titles with their authors after a dash ("* [Title](url) - Name
(PDF)"): a lone author whose given name no list knows is read where the list's other items name
people; a channel's or publisher's name ("Tutorials Point": no known given name, a word titles
write in lower case) is a corporate author, the subject whole; notes may follow a dash of their
own ("- Name - (PDF, HTML)"); a linked title in sentence case over its authors' line (the link
sets it off), and a first author's given name never cut into the title ("T, Ana" by Roe).
Invented lists in the general form, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return [(f.subject, f.value) for f in found]


LIST = """### Compilers

* [Building a Small Compiler](https://example.org/a) - Ian Carver (PDF)
* [Parsing Techniques Explained](https://example.org/b) - Dovran Quillet (PDF, EPUB)
* [Notes on Register Allocation](https://example.org/c) - Ada Morrow, Ben Castell - (PDF, HTML)
* [Learn Compilers Fast](https://example.org/d) - Tutorials Point (HTML)
* [Type Systems for Beginners](https://example.org/e) - Helen Brask (HTML)
"""


def test_a_lone_author_with_an_unknown_given_name_in_a_linked_list():
    assert ("Quillet", "Parsing Techniques Explained") in papers(LIST)


def test_notes_after_a_dash_of_their_own():
    assert ("Morrow", "Notes on Register Allocation") in papers(LIST)


def test_a_publisher_s_name_is_a_corporate_author_whole():
    # the guidelines' corporate authors ("R Core Team") are the subject as listed
    assert papers(LIST) == [
        ("Carver", "Building a Small Compiler"),
        ("Quillet", "Parsing Techniques Explained"),
        ("Morrow", "Notes on Register Allocation"),
        ("Tutorials Point", "Learn Compilers Fast"),
        ("Brask", "Type Systems for Beginners"),
    ]


def test_near_miss_songs_and_singers_without_links_are_no_reading_list():
    text = "* Blue Morning Light - Dovran Quillet\n* Under the Old Bridge - Helen Brask\n"
    assert papers(text) == []


def test_items_with_a_symbol_before_the_name_and_a_long_note_after():
    note = "A note on why the work matters and who should read it first. " * 8
    text = (
        "Readings\n\n"
        f"- 📗 Lena Hart, [Why Count Herons?](https://example.org/herons). {note}\n"
        "- 📜 E.H. Carr, *What Is History?* (1961), Ch. 1.\n"
    )
    assert sorted(papers(text)) == [("Carr", "What Is History?"), ("Hart", "Why Count Herons?")]


def test_surnames_parted_by_commas_before_a_linked_year():
    text = (
        "Papers\n\n"
        "* Engineering a Sort Function. [Bentley, McIlroy (1993)](https://example.org/a.pdf).\n"
        "* A Universal Algorithm for Compression. [Ziv, Lempel (1977)](https://example.org/b).\n"
    )
    assert papers(text) == [
        ("Bentley", "Engineering a Sort Function"),
        ("Ziv", "A Universal Algorithm for Compression"),
    ]


def test_a_channel_in_brackets_after_a_linked_title():
    text = (
        "Resources\n\n"
        "* [*Heron Counting Explained*](https://example.org/a) (**Wetland Academy**)\n"
        "* [*A Visual Guide to Reed Beds*](https://example.org/b) (**Lena Hart**)\n"
        "* [*Wetland Maps for Beginners*](https://example.org/c) (**Ken Moe**)\n"
    )
    assert papers(text) == [
        ("Wetland Academy", "Heron Counting Explained"),
        ("Hart", "A Visual Guide to Reed Beds"),
        ("Moe", "Wetland Maps for Beginners"),
    ]


def test_a_linked_title_in_sentence_case_over_its_authors_line():
    text = (
        "- `Counting herons with simulation-based inference <https://arxiv.org/abs/2201.01234>`_\n"
        "   Mira Castellan, Tomas Brandt\n"
        "- `Truncated estimation of eelgrass cover <https://arxiv.org/abs/2107.01214>`_\n"
        "   Tomas Brandt, Mira Castellan\n"
    )
    assert sorted(papers(text)) == [
        ("Brandt", "Truncated estimation of eelgrass cover"),
        ("Castellan", "Counting herons with simulation-based inference"),
    ]


def test_a_first_authors_given_name_is_not_cut_into_the_title():
    text = (
        "* `Counting herons <https://arxiv.org/abs/2201.01234>`_, Ana Roe, Ken Moe (2022)\n"
        "* `Eelgrass cover <https://arxiv.org/abs/2107.01214>`_, Ken Moe, Ana Roe (2021)\n"
    )
    assert sorted(papers(text)) == [("Moe", "Eelgrass cover"), ("Roe", "Counting herons")]


def test_recommended_books_heading_over_titles_and_authors():
    text = (
        "Recommended books:\n"
        "1. Counting Herons from Low Orbit — Mira Castellan\n"
        "2. Reed Beds as Sediment Traps — Per Lund\n"
    )
    assert sorted(papers(text)) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_near_miss_a_bare_books_heading_of_a_biography():
    # a biography's "Books" section lists its subject's own works: no reading list
    text = (
        "Books\n"
        "1. Counting Herons from Low Orbit — Mira Castellan\n"
        "2. Reed Beds as Sediment Traps — Per Lund\n"
    )
    assert papers(text) == []
