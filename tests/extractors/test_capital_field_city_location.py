"""A singular "Capital:" field whose city carries its location in brackets ("Capital: Ottawa
(Ontario)") names the city and where it lies, not the bracket's place's capital: no fact
without the page's place (a country heading above gives the subject). Near-miss: a plural
announcement reads even one pair as a place and its capital ("Its capitals are: Toluca
(México)."). Invented lines in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


def test_a_capital_field_with_the_citys_location():
    assert capitals("Capital: Quito (Pichincha)") == []
    assert capitals("Ecuador\nCapital: Quito (Pichincha)\nLargest city: Guayaquil") == [
        ("Ecuador", "Quito")
    ]


def test_near_miss_a_plural_announcement_of_one_pair():
    assert capitals("Its capitals are: Toluca (México).") == [("México", "Toluca")]
