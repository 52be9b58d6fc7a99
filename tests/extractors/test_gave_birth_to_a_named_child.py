"""A child's birth told as its mother's act, the child's name right after its noun without
commas: "Ana Roe gave birth to her son Erik on 3 May 1982", "… to a daughter named Lia Roe on
D". The birth is the child's, by the name the clause gives. Near-misses: a child left unnamed
("to a healthy boy on D") and a place between the noun and the date name nobody. Invented
text in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def births(text):
    found = Extraction(select(["birth_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_the_childs_name_right_after_its_noun():
    assert births("Ingrid Halvorsen gave birth to her son Erik on 3 May 1982 in Tromsø.") == [
        ("Erik", "1982-05-03")
    ]
    assert births(
        "Ingrid Halvorsen gave birth to a daughter named Lise Halvorsen on 9 June 1985."
    ) == [("Lise Halvorsen", "1985-06-09")]


def test_near_miss_an_unnamed_child_or_a_place_after_the_noun():
    assert births("Ingrid Halvorsen gave birth to a healthy boy on 3 May 1982.") == []
    assert births("Ingrid Halvorsen gave birth to her son in Tromsø on 3 May 1982.") == []
