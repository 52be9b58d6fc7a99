"""A reference section's note that names a person in the possessive ("Ana Roe's discussion of
floating point.") reads to the labeller as an entry by "Ana" titled "Roe's discussion of …":
where the "author" is a given name a list knows, the possessive follows it at once and opens
the "title", there is no entry. Near-miss: an entry whose title opens with a possessive after
the author's whole name ("Thomas, Dylan. Darwin's Garden …") is read. Invented text in the
general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.paper_title import _possessive_after_given_name
from extractors.references.reader import Found


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_possessive_after_a_given_name_is_no_entry():
    text = (
        "References\n==========\n\n"
        ".. [4] 1976. R. H. Lund. Comparison tolerance in array languages. Proceedings of "
        "the eighth conference on APL, pages 255-258.\n\n"
        ".. Anders Lindqvist's discussion of floating point.\n\n"
        "   https://example.org/comparing-floating-point-numbers/\n"
    )
    assert papers(text) == [("Lund", "Comparison tolerance in array languages")]


def test_near_miss_a_title_opening_with_a_possessive_after_the_whole_name():
    text = (
        "Works Cited\n\n"
        "Thomas, Dylan. Darwin's Garden of Small Things. New York: Bantam, 1991.\n"
        "Okafor, Ngozi. The Herons of Norway. New York: Bantam, 1991.\n"
    )
    assert papers(text) == [
        ("Okafor", "The Herons of Norway"),
        ("Thomas", "Darwin's Garden of Small Things"),
    ]


def test_near_miss_a_stop_between_the_given_name_and_the_possessive():
    text = "Dylan Thomas. Darwin's Garden of Small Things. New York: Bantam, 1991."
    found = Found(0, len(text), 14, "Thomas", "Darwin's Garden of Small Things")
    assert not _possessive_after_given_name(text, found, found.title)
    note = "Anders Lindqvist's discussion of floating point."
    read = Found(0, len(note), 7, "Anders", "Lindqvist's discussion of floating point")
    assert _possessive_after_given_name(note, read, read.title)
