"""Harvard's styles part every field by a comma ("Roe, A. (2014) Title, Computer Networks, 8,
pp. 101–109."): the journal's name and its volume after the title's last commas are no part of
the title, which the reference patterns and the labeller ran on into. Near-misses: a tail in
lower case ("…, with notes, 2") and a title that would keep fewer than three words stay whole.
Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.reader import cut_venue_and_volume


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_the_journal_and_volume_after_commas_are_cut():
    text = (
        "References\n"
        "Ostrava, L., Bell, T. and Kim, R. (2014) Adaptive queue sizing in mesh switches, "
        "Computer Networks, 8, pp. 101–109.\n"
        "Haverty, J. (1999) On the stability of greedy schedulers, Algorithmic Letters, 40(2), "
        "pp. 12–30.\n"
    )
    assert papers(text) == [
        ("Haverty", "On the stability of greedy schedulers"),
        ("Ostrava", "Adaptive queue sizing in mesh switches"),
    ]


def test_near_miss_tails_that_name_no_journal_stay():
    assert cut_venue_and_volume("Counting herons in marshes, with notes, 2") == (
        "Counting herons in marshes, with notes, 2"
    )
    assert cut_venue_and_volume("Rivers, Lakes, 4") == "Rivers, Lakes, 4"
    assert cut_venue_and_volume("Adaptive queue sizing, Computer Networks, 8") == (
        "Adaptive queue sizing"
    )


def test_the_journal_volume_and_pages_after_a_comma_are_cut():
    # the pages follow the volume where no "pp." stopped the title; the journal's name may go
    # without a comma before its volume
    text = (
        "Journal articles\n"
        "• Varga, T., P. Lund and K. Oduya (2018): Ice rafting in sub-polar estuaries, "
        "Marine Geology Letters 12, 455-461.\n"
        "• Pelletier, M. (2011): Winter flows of the lower Ottawa, Canadian Water Studies, "
        "30(4): 88–97.\n"
    )
    assert papers(text) == [
        ("Pelletier", "Winter flows of the lower Ottawa"),
        ("Varga", "Ice rafting in sub-polar estuaries"),
    ]


def test_near_miss_a_name_and_number_without_pages_stay():
    # without the comma before the number, only a page range marks a volume: "Apollo 11" is
    # part of the title
    assert cut_venue_and_volume("The long voyage of the crew, Apollo 11") == (
        "The long voyage of the crew, Apollo 11"
    )
    assert cut_venue_and_volume("Ice rafting in estuaries, Marine Geology 12, 455-461") == (
        "Ice rafting in estuaries"
    )
