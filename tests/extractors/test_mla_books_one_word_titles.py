"""A bibliography's books as MLA cites them, the first author inverted and the imprint after
the title ("Roe, Ana. Title. Oslo: Delta Press, 2019."): the imprint sets the title off, so a
title of one word is read too ("Morrison, Toni. Beloved. New York: Knopf, 1987." in the
general form). Near-miss: the same layout under a heading that names no bibliography is read
as no list of books. Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.listings import read_listings


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_one_word_titles_before_an_imprint():
    text = (
        "Works Cited\n"
        "Halvorsen, Ward. Herons. New York: Bantam, 1991.\n"
        "Harlow, Jane. The Salt Road. Oslo: Delta Press, 2019.\n"
        "Lindqvist, Per A. Driftwood. London: Faber, 1987.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Herons"),
        ("Harlow", "The Salt Road"),
        ("Lindqvist", "Driftwood"),
    ]


def test_near_miss_no_bibliography_heading():
    text = (
        "Staff\n"
        "Halvorsen, Ward. Editor. New York: Bantam, 1991.\n"
        "Lindqvist, Per. Manager. London: Faber, 1987.\n"
    )
    assert list(read_listings(text)) == []
