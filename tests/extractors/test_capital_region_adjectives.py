"""A region's name used as an adjective before "capital", as news and travel prose write it
("Austin (the Texas capital)", "the Ohio capital, Columbus"), and an aside between a city and
the verb that makes it a region's capital ("Honolulu, on Oahu, is Hawaii's capital"), and a
country's official form, no part of its name ("the Republic of Peru" -> Peru). Invented text in
the general form of each, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We ate barbecue in Austin (the Texas capital) all week.", [("Texas", "Austin")]),
        ("The bus reached the Ohio capital, Columbus, at dawn.", [("Ohio", "Columbus")]),
        ("Our train stopped in Albany, the New York capital.", [("New York", "Albany")]),
    ],
)
def test_a_region_s_name_as_the_adjective_of_its_capital(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Traders said the New York capital markets fell on Monday.",
        "She moved to Ohio for the capital of a new firm.",
    ],
)
def test_near_miss_a_region_s_name_before_another_sense_of_capital(text):
    assert capitals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Honolulu, on Oahu, is Hawaii's capital and largest city.", [("Hawaii", "Honolulu")]),
        ("Lima, a city of ten million, is Peru's capital.", [("Peru", "Lima")]),
    ],
)
def test_an_aside_between_the_city_and_its_verb(text, expected):
    assert capitals(text) == expected


def test_near_miss_an_aside_that_makes_the_capital_a_pronoun_s():
    assert capitals("Lima, Peru's largest city, is also its capital.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's official form before its everyday name is a descriptive phrase
        ("Lima is the capital of the Republic of Peru.", [("Peru", "Lima")]),
        (
            "Bonn lies far from Berlin, the capital of the Federal Republic of Germany.",
            [("Germany", "Berlin")],
        ),
        # near-misses: an official form whose rest is two countries' everyday name, and a
        # name that holds the word as its own
        (
            "Brazzaville is the capital of the Republic of the Congo.",
            [("Republic of the Congo", "Brazzaville")],
        ),
        ("Prague is the capital of the Czech Republic.", [("Czech Republic", "Prague")]),
    ],
)
def test_a_country_s_official_form_is_no_part_of_its_name(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Darwin is the capital of Australia's Northern Territory.",
            ("Northern Territory", "Darwin"),
        ),
        ("The capital of Mexico's Sonora state is Hermosillo.", ("Sonora", "Hermosillo")),
    ],
)
def test_a_region_after_its_countrys_possessive(text, expected):
    assert capitals(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # no region of that country: the gazetteer holds the Northern Territory in Australia
        "Darwin is the capital of Canada's Northern Territory.",
        # no region at all after the possessive
        "Lima is the capital of Peru's economy.",
    ],
)
def test_near_miss_no_region_of_the_possessors_country(text):
    assert capitals(text) == []
