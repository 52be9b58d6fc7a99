"""A memorial or genealogy page copied with its title line: the person's name, maybe the
years, then the site after a dash or a bar ("Jane Roe (1845-1910) - Find a Grave Memorial",
"Jane Roe | WikiTree"), the page's "Birth:"/"Death:" fields under it. The title names the
fields' person. Near-miss: a title that names a place or a page, not a person ("Leeds - Find a
Grave", "Home - Find a Grave"). Invented pages in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def lives(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_memorial_page_title_over_its_fields():
    text = (
        "Sunniva Aas (1901-1980) - Find a Grave Memorial\n"
        "Birth: May 3, 1901 Voss, Norway\n"
        "Death: Jun. 4, 1980 Bergen, Norway\n"
    )
    assert lives(text) == [
        ("birth_date", "Sunniva Aas", "1901-05-03"),
        ("death_date", "Sunniva Aas", "1980-06-04"),
    ]


def test_a_genealogy_page_title_after_a_bar():
    text = "Halvard Lindqvist | WikiTree\nBorn 3 May 1901 in Voss\nDied 4 June 1980 in Bergen\n"
    assert lives(text) == [
        ("birth_date", "Halvard Lindqvist", "1901-05-03"),
        ("death_date", "Halvard Lindqvist", "1980-06-04"),
    ]


def test_near_miss_a_title_that_names_a_place_or_a_page():
    assert lives("Bergen - Find a Grave\nBirth: May 3, 1901\n") == []
    assert lives("Home - Find a Grave\nBirth: May 3, 1901\n") == []
