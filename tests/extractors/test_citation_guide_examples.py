"""Citation guides and hand-written lists: a label before an example entry ("Example: Roe, Ana.
…", "* Book: Roe, Ana. …", "Source: …") read as no part of it, and Markdown's underscore
emphasis ("_The Quiet Estuary_", "__*Title*__") read as its asterisks are, so that an
emphasised book title is set off. Invented text in the general form of each, with near-misses:
a snake_case name is no emphasis, a label before prose is no entry."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.tokens import blank_markup


def papers(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def test_a_label_before_an_example_entry():
    text = (
        'Example: Pell, Iris. "Lichens of Dry Walls." *Journal of Moss Studies*, vol. 4, no. 2,'
        " 2011, pp. 10-19."
    )
    assert papers(text) == [("Pell", "Lichens of Dry Walls")]


def test_kind_labels_before_bulleted_entries():
    text = (
        "* Book: Pell, Iris. *The Dry Wall*. Moorland Press, 2009.\n"
        '* Article: Sand, Ivo. "Moss on Slate." *Slate Review*, vol. 2, 2013, pp. 3-8.\n'
    )
    assert papers(text) == [("Pell", "The Dry Wall"), ("Sand", "Moss on Slate")]


def test_near_miss_a_label_before_prose():
    assert papers("Note: Pell, the editor, wrote to us in 2011 about the walls.") == []


def test_underscore_emphasis_sets_a_book_title_off():
    text = (
        "Works Cited\n\nPell, Iris. _The Dry Wall_. Moorland Press, 2009.\n\n"
        "Sand, Ivo. _Slate and Moss_. Harbor Books, 2012.\n"
    )
    assert papers(text) == [("Pell", "The Dry Wall"), ("Sand", "Slate and Moss")]


def test_underscore_emphasis_is_read_as_asterisks():
    assert blank_markup("Pell, I. _The Dry Wall_. 2009") == "Pell, I. *The Dry Wall*. 2009"
    assert blank_markup("__*Moss on Slate*__, I. Pell") == "***Moss on Slate***, I. Pell"


def test_near_miss_a_snake_case_name_is_no_emphasis():
    assert blank_markup("Sand, I. (2013). Using read_csv in R. 2013") == (
        "Sand, I. (2013). Using read_csv in R. 2013"
    )



def test_near_miss_a_title_run_on_into_a_tables_rule():
    from extractors.paper_title import _looks_like_title

    assert _looks_like_title("List of the builders of the wall at Hald")
    assert not _looks_like_title("List of the builders of the wall at Hald: Names Stones -----")


def test_near_miss_a_guides_template_of_an_entry_names_no_author():
    text = (
        'Lastname, Firstname. "Title of Article." *Journal*, vol. number, no. number, year.\n\n'
        'Surname, Given. "Title of the Paper." *Journal*, 2020.\n'
    )
    assert papers(text) == []
