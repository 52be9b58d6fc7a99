"""Constructions of forum posts and of question-answering data sets: "is" contracted after a
capital's city, a statement asked to be confirmed ("…, right?"), a reply under a question with a
forum's label, a field label before a passage that opens with a person's name, and a birthplace
before the date after "was a JOB, born". Invented examples, each with a near-miss."""

import pytest

from extractors.capital import CapitalExtractor
from extractors.life_dates import LifeDateExtractor

CAPITAL = CapitalExtractor()
LIFE = LifeDateExtractor("life_dates", ("birth_date", "death_date"))


def capitals(text):
    return sorted({(f.subject, f.value) for f in CAPITAL.extract(text)})


def lives(text):
    return sorted({(f.relation, f.subject, f.value) for f in LIFE.extract(text)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nope, Bern's the capital of Switzerland, not Zurich.", [("Switzerland", "Bern")]),
        ("So Quito is the capital of Ecuador, right?", [("Ecuador", "Quito")]),
        ("Vaduz is the capital of Liechtenstein, isn't it?", [("Liechtenstein", "Vaduz")]),
        ("What is the capital of Bhutan?\nReply: It's Thimphu.", [("Bhutan", "Thimphu")]),
        ("What is the capital of Bhutan?\n\nmountainfan wrote: Thimphu", [("Bhutan", "Thimphu")]),
    ],
)
def test_post_constructions(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a real question, not a statement to confirm
        "Is Quito the capital of Ecuador, or is it Guayaquil?",
        "Quito is the capital of Ecuador?",
        # a possessive, not "is": no city is said to be the capital
        "Ecuador's the capital of nothing.",
        # a reply that names no city
        "What is the capital of Bhutan?\nReply: It's hard to say.",
    ],
)
def test_post_near_misses(text):
    assert capitals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Context: Ilse Varga was a Hungarian chemist. She died in Vienna on 2 March 1961.",
            [("death_date", "Ilse Varga", "1961-03-02")],
        ),
        (
            "Title: Ilse Varga\nPassage: Ilse Varga was a chemist. She died on 2 March 1961.",
            [("death_date", "Ilse Varga", "1961-03-02")],
        ),
        (
            "Ilse Varga was a Hungarian chemist, born in Sopron on 3 June 1902.",
            [("birth_date", "Ilse Varga", "1902-06-03")],
        ),
        (
            "Ilse Varga, a Hungarian chemist born in Sopron on 3 June 1902, studied dyes.",
            [("birth_date", "Ilse Varga", "1902-06-03")],
        ),
    ],
)
def test_data_set_constructions(text, expected):
    assert lives(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a label of a place, not of a passage: no person for "she"
        "Location: Vienna Central Cemetery. She died on 2 March 1961.",
        # the birthplace's clause ends before the date: the date is another event's
        "Ilse Varga was a Hungarian chemist, born in Sopron; on 3 June 1902 the town burned.",
    ],
)
def test_data_set_near_misses(text):
    assert lives(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asunción is the largest city and capital of Paraguay.", [("Paraguay", "Asunción")]),
        (
            "Wellington, serving as the capital of New Zealand since 1865, sits on a harbour.",
            [("New Zealand", "Wellington")],
        ),
        # the paragraph's country opens a sentence with any verb: the later bare "the capital"
        # is its capital
        (
            "Myanmar moved its seat of government in 2005. Naypyidaw remains the capital today.",
            [("Myanmar", "Naypyidaw")],
        ),
    ],
)
def test_encyclopedia_constructions(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a past capital without a mark that it continues
        "Almaty was the largest city and capital of Kazakhstan until 1997.",
        # a verb after a city, not a country: no topic for "the capital"
        "Rotterdam hosted the games in 2013. Amsterdam remains the capital today.",
    ],
)
def test_encyclopedia_near_misses(text):
    assert capitals(text) == []


def test_largest_city_and_the_capital_of_a_region():
    text = "Hermosillo, the largest city and the capital of Sonora, is a desert city."
    # the apposition's last part names the region whose capital the city is
    assert capitals(text) == [("Sonora", "Hermosillo")]


def test_a_question_and_answer_in_lower_case():
    assert capitals("q: capital of bhutan?\na: thimphu\n") == [("Bhutan", "Thimphu")]


def test_near_miss_a_lone_lower_case_option_is_no_answer():
    assert capitals("q: capital of bhutan?\na) thimphu\nb) paro\n") == []
