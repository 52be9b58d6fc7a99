"""Capitals as school essays state them: the writer's own country ("My country is Kenya and its
capital is …", "of my country, Kenya,"), "Our capital is …" after "I am from Kenya", "It's
capital" for "Its capital", and "Its capital city is called …". Invented text in the general
form of each, with near-misses; and, the city first, "Accra is our capital city", "Accra is it's
capital", and a denial corrected: "Ghana's capital isn't Kumasi, it's Accra"."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "My country is Ghana and its capital is Accra.",
        "My country is Ghana. The capital is Accra.",
        "The capital of my country, Ghana, is Accra.",
        "Accra is the capital of my home country Ghana.",
        "I am from Ghana. Our capital is Accra.",
        "Ghana is in West Africa. It's capital is Accra.",
        "Ghana is in West Africa. Its capital city is called Accra.",
    ],
)
def test_an_essays_own_country_and_its_capital(text):
    assert capitals(text) == [("Ghana", "Accra")]


@pytest.mark.parametrize(
    "text",
    [
        "My country is great and its capital is Accra.",  # no country named
        "It's capital letters that the form wants, Accra said.",  # another sense
        "Our capital is Accra.",  # no country anywhere
    ],
)
def test_near_miss_no_country_or_another_sense(text):
    assert capitals(text) == []


def test_a_capital_named_after_has():
    assert capitals("Ghana has a capital called Accra.") == [("Ghana", "Accra")]


def test_near_miss_a_capital_named_after_had():
    assert capitals("Ghana had a capital called Kumasi.") == []


@pytest.mark.parametrize(
    "text",
    [
        "I come from Kenya. The capital city of my country is Nairobi.",
        "I live in Nairobi. It is the capital of Kenya.",
        "My country is called Kenya and its capital is Nairobi.",
    ],
)
def test_an_essays_country_named_by_where_the_writer_is_from(text):
    assert capitals(text) == [("Kenya", "Nairobi")]


def test_near_miss_two_countries_of_the_writer():
    # from one, living in the other: whose capital is meant is unsaid (where the city is the
    # seat of neither that the gazetteer knows)
    assert capitals("I am from Ghana but now live in Kenya. The capital, Mombasa, is busy.") == []


def test_a_possessive_s_capital_that_is_called_a_city():
    assert capitals(
        "In my essay I write about Chile. Chile's capital city is called Santiago."
    ) == [("Chile", "Santiago")]


def test_near_miss_a_possessive_s_capital_called_by_a_nickname():
    assert capitals("Chile's capital is called the Paris of the South by some.") == []


@pytest.mark.parametrize(
    "text",
    [
        "I am from Ghana. Accra is our capital city and it is very busy.",
        "Ghana is in West Africa. Accra is it's capital.",
    ],
)
def test_the_city_first_then_our_or_its_misspelt_capital(text):
    assert capitals(text) == [("Ghana", "Accra")]


def test_near_miss_our_capital_city_of_another_place():
    text = "I am from Ghana. Kumasi is our capital city of culture."
    assert capitals(text) == []


def test_a_possessive_s_capital_denied_then_corrected():
    assert capitals("Ghana's capital isn't Kumasi, it's Accra.") == [("Ghana", "Accra")]
    # near-miss: a denial without its correction states no capital
    assert capitals("Ghana's capital isn't Kumasi.") == []
