"""A Vancouver entry wrapped over lines, as a narrow column of a PDF's text gives it, may put
its abbreviated journal and its date on a line of their own ("Mar Geol Lett. 2018;12:455–61."):
that line continues the entry above, it opens none. Near-miss: a line opening with a name, its
initials and the year closed by a stop ("Osei K. 2016. Title") is no venue line. Invented
entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.segment import _VENUE_LINE


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_journal_and_date_line_continues_its_entry():
    text = (
        "REFERENCES\n"
        "Varga K, Lund T, Hale P. Ice rafting\n"
        "in sub-polar estuaries of the north.\n"
        "Mar Geol Lett. 2018;12:455–61.\n"
        "Pelletier M, Roe A. Winter flows of the\n"
        "lower Ottawa and its tributaries.\n"
        "Can Water Stud. 2011;30:88–97.\n"
        "Osei K. Salt marsh accretion under rising\n"
        "seas in west Africa. Estuar Coast Res.\n"
        "2016;41:101–18.\n"
    )
    assert papers(text) == [
        ("Osei", "Salt marsh accretion under rising seas in west Africa"),
        ("Pelletier", "Winter flows of the lower Ottawa and its tributaries"),
        ("Varga", "Ice rafting in sub-polar estuaries of the north"),
    ]


def test_near_miss_a_name_and_year_line_opens_an_entry():
    assert _VENUE_LINE.match("Mar Geol Lett. 2018;12:455–61.")
    assert _VENUE_LINE.match("2016;41:101–18.")
    assert _VENUE_LINE.match("Osei K. 2016. Salt marsh accretion under rising seas.") is None
    assert _VENUE_LINE.match("Osei K, Lund T. 2016. Salt marsh accretion.") is None
