"""A bibliography entry whose title is one word, set off in quotes and closed by its stop
('Roe, Ana. 2012. "Preface." Journal …'), is a paper_title fact like any entry with an author
and a title. Near-miss: a quoted word that opens a longer title ('"Safe": A study of
nesting herons') is no title of its own. Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_quoted_one_word_title_in_a_bibliography():
    text = (
        "References\n"
        "Halvorsen, Ward E. 2011. “Introduction.” Nordic Journal of Philosophy 30 (4): 405–407.\n"
        "Roe, Ana. 2012. “Preface.” Journal of Bird Studies 12: 1-3.\n"
        "Moe, Ken. 2010. “Herons of the marsh.” Journal of Bird Studies 10: 4-9.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Introduction"),
        ("Moe", "Herons of the marsh"),
        ("Roe", "Preface"),
    ]


def test_near_miss_a_quoted_word_opening_a_longer_title():
    text = (
        "References\n"
        "Poe, E. “Safe”: A study of nesting herons. Journal of Bird Studies 10 (2010): 4-9.\n"
        "Moe, K. “Herons of the marsh.” Journal of Bird Studies 10 (2010): 4-9.\n"
    )
    assert ("Poe", "Safe") not in papers(text)
    assert ("Moe", "Herons of the marsh") in papers(text)
