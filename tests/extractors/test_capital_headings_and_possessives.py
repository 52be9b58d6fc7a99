"""Capitals under a heading whose region carries a subtitle after a dash ("Queensland – The
Sunshine State", then "Capital: Brisbane" or "Brisbane is the capital …"), and a possessive's
capital named as "the city of Y". Invented text in the general form of each, with
near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_field_under_a_heading_with_a_subtitle():
    assert capitals("Tasmania – The Island State\nCapital: Hobart\nArea: 68,401 km2\n") == [
        ("Tasmania", "Hobart")
    ]


def test_a_sentence_under_a_heading_with_a_subtitle():
    text = "Tasmania – The Island State\nHobart is the capital and the largest city.\n"
    assert capitals(text) == [("Tasmania", "Hobart")]


def test_near_miss_a_subtitle_that_is_no_region_heading():
    assert capitals("Island Life – A Guide\nCapital: Hobart\n") == []


def test_a_possessives_capital_is_the_city_of_y():
    assert capitals("Alberta's capital is the city of Edmonton.") == [("Alberta", "Edmonton")]


def test_near_miss_the_city_of_a_common_noun():
    assert capitals("Alberta's capital is the city of festivals.") == []


def test_a_dictionary_headword_with_its_pronunciation_between_backslashes():
    text = "Accra \\AH-krah\\ city, capital of Ghana, on the Gulf of Guinea.\n"
    assert capitals(text) == [("Ghana", "Accra")]


def test_a_gazetteer_s_kind_of_place_before_the_capital():
    assert capitals("Accra — city, capital of Ghana.\n") == [("Ghana", "Accra")]


def test_near_miss_a_kind_of_place_before_another_role():
    assert capitals("Tema — city, port of Ghana.\n") == []


def test_a_city_before_a_possessive_that_opens_with_the_article():
    assert capitals("Manila, the Philippines' capital, is hectic.") == [("Philippines", "Manila")]
    assert capitals("Nassau is the Bahamas' capital.") == [("Bahamas", "Nassau")]


def test_near_miss_the_article_s_possessive_with_no_city_before_it():
    assert capitals("We saw the Philippines' capital from the air.") == []
