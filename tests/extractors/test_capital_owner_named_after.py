"""A city with "the capital" apposed and no place named before it, whose sentence goes on to
say whose city it is: "Columbus, the state capital, is Ohio's largest city", "Oslo, the
capital, is also Norway's biggest city". The capital is that place's. Near-misses: a
possessive place that owns something else ("hosted Chile's president") or that the city is
compared with ("is smaller than Peru's largest city") names no seat. Invented sentences in the
general form."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_the_place_whose_largest_city_the_capital_is():
    assert capitals("Columbus, the state capital, is Ohio's largest city.") == [
        ("Ohio", "Columbus")
    ]
    assert capitals("Oslo, the capital, is also Norway's biggest city and its main port.") == [
        ("Norway", "Oslo")
    ]


def test_near_miss_a_possessive_place_that_owns_no_city():
    assert capitals("Lima, the capital, hosted Chile's president last week.") == []
    assert capitals("Quito, the capital, is smaller than Peru's largest city.") == []
