"""A birth inside a work's quoted title after its maker's name ('Name, "Other, born D",
lithograph') is no birth of the maker; a quoted nickname closed before "born" keeps the name
the clause is about. Invented text in the general form of each."""

from auditor.extraction import Extraction
from extractors.base import select


def births(text):
    found = Extraction(select(["birth_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_birth_inside_a_quoted_title_is_not_the_makers():
    text = 'Ines Vidal, "Tomas Brenner, born 4 March 1925", lithograph, 1950.'
    assert ("Ines Vidal", "1925-03-04") not in births(text)


def test_near_miss_a_closed_nickname_before_born():
    text = 'Ines Vidal, the "Iron Lady" of Cork, born 4 March 1925, ran the mill.'
    assert births(text) == [("Ines Vidal", "1925-03-04")]
