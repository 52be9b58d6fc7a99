"""A travel story's sentence that opens on a country's capital, by its adjective or its
possessive, whose city the sentence before named ("We took the night bus to Tirana. The Albanian
capital is loud and cheerful."): the last city of that sentence, where the gazetteer knows it as
that country's seat. Invented text in the general form of each, with near-misses: another city
last, a noun after the word ("capital markets"), a former capital, the city stated after it."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We took the night bus from Shkoder to Tirana. The Albanian capital is loud and "
            "cheerful.",
            [("Albania", "Tirana")],
        ),
        (
            "Day 6: Chisinau.\nMoldova's leafy capital has more parks than cafes.",
            [("Moldova", "Chisinau")],
        ),
        (
            "After the coast we drove inland to Skopje. The Macedonian capital feels like an "
            "open-air museum.",
            [("North Macedonia", "Skopje")],
        ),
        (
            "Welcome to Tirana! As the capital of Albania, it has the country's best museums.",
            [("Albania", "Tirana")],
        ),
    ],
)
def test_the_capital_opening_a_sentence_is_the_city_before(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the last city of the sentence before is no seat of that country
        "We took the night bus from Tirana to Shkoder. The Albanian capital is loud.",
        # a noun after the word
        "Bond traders gathered in Tirana. The Albanian capital markets fell on Monday.",
        # "as the capital" after a city that is no seat of that country
        "We reached Durres. As the capital of Albania, it would be busier.",
        # a former capital
        "We spent a day in Durres. The former Albanian capital has a Roman amphitheatre.",
    ],
)
def test_near_miss_no_capital_from_the_sentence_before(text):
    assert capitals(text) == []


def test_near_miss_the_city_stated_after_the_word_counts_once():
    text = "We stopped in Tirana. The Albanian capital is Tirana, not Durres."
    assert capitals(text) == [("Albania", "Tirana")]
