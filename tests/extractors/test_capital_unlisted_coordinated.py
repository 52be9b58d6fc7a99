"""A capital of a place the gazetteer does not know (a county, a province of a country whose
regions it does not hold) in the encyclopedia's coordinated form: "Y is the capital and most
populous city in X County", "… of X, Sweden.", "…, and the third largest city in Sweden"; and a
capital coordinated with a port ("Y, the capital and major port, …"). Invented sentences in
each construction's general form, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


def test_the_capital_and_largest_city_of_an_unlisted_county():
    assert capitals("Vasby is the capital and most populous city in Orrland County.") == [
        ("Orrland County", "Vasby")
    ]
    assert capitals("Vasby is the capital and largest city of Orrland.") == [("Orrland", "Vasby")]


def test_what_the_sentence_adds_after_the_place():
    text = (
        "Vasby is the capital and most populous city in Orrland County, and the third largest"
        " city in Sweden."
    )
    assert capitals(text) == [("Orrland County", "Vasby")]


def test_the_country_the_unlisted_place_lies_in():
    assert capitals("Vasby is the capital and largest city of Orrland County, Sweden.") == [
        ("Orrland County", "Vasby")
    ]


def test_near_miss_a_list_after_the_unlisted_place():
    # "Orrland, Brisby." lists; what follows the comma is no country
    assert capitals("Vasby is the capital of Orrland, Brisby.") == []


def test_near_miss_a_city_is_no_citys_region():
    # a child's muddled recital: neither name is a region
    assert capitals("London is the capital of Paris, and Paris is the capital of Rome.") == []


def test_near_miss_the_capital_of_a_thing_in_lower_case():
    assert capitals("Vasby is the capital and largest city of culture.") == []


def test_the_capital_and_major_port_in_apposition_under_its_country():
    text = (
        "Uruguay is a country in South America. Montevideo, the capital and major port, sits"
        " on the river's bank."
    )
    assert capitals(text) == [("Uruguay", "Montevideo")]


def test_near_miss_a_major_port_alone_is_no_capital():
    text = "Uruguay is a country in South America. Colonia, a major port, sits on the river."
    assert capitals(text) == []
