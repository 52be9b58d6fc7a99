"""An MLA works-cited list of books ("Family, Given. Title: Subtitle. Place: Publisher, Year."):
the labeller may stop a title at its subtitle's colon, taking the subtitle for the imprint's
place; where the list's form sets the title off by the imprint after it, the title runs to its
stop, subtitle and all. Near-miss: a listing that does not set the title off gives no subtitle.
Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.paper_title import _listed_whole
from extractors.references.listings import Listed
from extractors.references.reader import Found


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_subtitle_after_a_colon_is_part_of_an_mla_books_title():
    text = (
        "Works Cited\n\n"
        "Lindqvist, Harald. A History of Nature: Essays on Science and Reed. "
        "Louisville, Kentucky: Fenwick Press, 1993.\n"
        "Okafor, Ngozi. The Herons of Norway: A Field Guide. New York: Bantam, 1991.\n"
    )
    assert papers(text) == [
        ("Lindqvist", "A History of Nature: Essays on Science and Reed"),
        ("Okafor", "The Herons of Norway: A Field Guide"),
    ]


def test_near_miss_a_listing_that_does_not_set_the_title_off_adds_no_subtitle():
    found = Found(0, 90, 20, "Lindqvist", "Toward a Grammar of Marshes")
    whole = "Toward a Grammar of Marshes: Essays on Water and Reed"
    listed = Listed(0, 90, 20, "Lindqvist", whole, set_off=True)
    assert _listed_whole([listed], found, found.title) == whole
    plain = Listed(0, 90, 20, "Lindqvist", whole, set_off=False)
    assert _listed_whole([plain], found, found.title) is None
