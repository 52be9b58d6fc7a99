"""Paper titles in the layouts of paper pages and publication lists: a page's fields ("Title:",
"Authors:", "Comments:"), a bold title with its short citation, a possessive with "titled",
a title's line over its authors' line that ends on the venue and year, entries opening with a
citation key ("[Knu84]", ".. [Roe2021]"). Invented text in the general form of each, with
near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def titles(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_paper_page_given_as_fields():
    text = (
        "Title: Gated Recurrence for Speech Tagging\n"
        "Authors: Petra Novakova, Ian Holt\n"
        "Comments: 9 pages, 4 figures\n"
        "Subjects: Computation and Language\n"
    )
    assert titles(text) == [("Novakova", "Gated Recurrence for Speech Tagging")]


def test_near_miss_a_book_catalogue_header_given_as_fields():
    # a digitised book's header has a title and an author, and no field of a paper's page
    text = (
        "Title: The Orchard Keeper's Year\n\nAuthor: Petra Novakova\n\n"
        "Release Date: March 3, 2011\n\nLanguage: English\n"
    )
    assert titles(text) == []


def test_a_bold_title_with_its_short_citation():
    text = "- **Gated Recurrence for Speech Tagging** (Novakova et al., 2022) [pdf]\n"
    assert titles(text) == [("Novakova", "Gated Recurrence for Speech Tagging")]


def test_a_possessive_with_titled():
    text = (
        'Novakova and Holt\'s 2022 paper, titled "Gated Recurrence for Speech Tagging", shows it.'
    )
    assert titles(text) == [("Novakova", "Gated Recurrence for Speech Tagging")]


def test_title_lines_over_author_lines_that_end_on_venue_and_year():
    text = (
        "1. Gated Recurrence for Speech Tagging\n"
        "   Petra Novakova, Ian Holt. Interspeech 2022.\n"
        "2. Sparse Lexicons for Low-Resource Parsing\n"
        "   Sami Okoro, Petra Novakova. ACL 2021.\n"
    )
    assert titles(text) == [
        ("Novakova", "Gated Recurrence for Speech Tagging"),
        ("Okoro", "Sparse Lexicons for Low-Resource Parsing"),
    ]


def test_near_miss_title_lines_over_names_and_a_place_without_a_year():
    text = (
        "1. Welcome and Opening Remarks\n   Petra Novakova, Ian Holt. Main Hall.\n"
        "2. Lunch and Poster Session\n   Sami Okoro, Petra Novakova. Atrium.\n"
    )
    assert titles(text) == []


def test_entries_opening_with_a_citation_key():
    text = (
        ".. [Nov2022] Novakova, P. and Holt, I. (2022). Gated recurrence for speech tagging. "
        "Interspeech.\n"
        ".. [Oko2021] Okoro, S. (2021). Sparse lexicons for low-resource parsing. ACL.\n"
        ".. [Hol2019] Holt, I. (2019). Tagging at scale. EMNLP.\n"
    )
    assert titles(text) == [
        ("Holt", "Tagging at scale"),
        ("Novakova", "Gated recurrence for speech tagging"),
        ("Okoro", "Sparse lexicons for low-resource parsing"),
    ]


def test_an_entry_whose_year_runs_on_into_its_title():
    # a space lost in copying between "(2003)." and the title
    text = (
        "References\n\n"
        "Novakova, P. (2003).Gated recurrence for speech tagging. Speech Letters, 4(2), 1-9.\n\n"
        "Holt, I., & Okoro, S. (2011). Tagging at scale. Speech Letters, 12(1), 10-19.\n"
    )
    assert ("Novakova", "Gated recurrence for speech tagging") in titles(text)
