"""A reading list's items as the author's full name, a comma and the title alone ("Books I
loved this year\n1. Ana Roe, The Salt Road"): read under a reading list's heading only, the
titles in Title Case. Near-misses: the same layout under another heading is a staff list
("Our team\n* Ana Roe, Project Manager"); titles in lower case are no titles here. Invented
items in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_names_comma_title_under_a_reading_heading():
    text = (
        "Books I loved this year\n"
        "1. Jane Harlow, The Salt Road\n"
        "2. Per Lindqvist, Rivers of Ice\n"
        "3. Ana Roe, The Heron and the Marsh\n"
    )
    assert papers(text) == [
        ("Harlow", "The Salt Road"),
        ("Lindqvist", "Rivers of Ice"),
        ("Roe", "The Heron and the Marsh"),
    ]


def test_near_misses():
    staff = (
        "Our team\n"
        "* Jane Harlow, Project Manager\n"
        "* Per Lindqvist, Lead Engineer\n"
        "* Ana Roe, Head of Research\n"
    )
    assert papers(staff) == []
    lower = "Reading list\n* Jane Harlow, the salt road\n* Per Lindqvist, rivers of ice\n"
    assert papers(lower) == []
