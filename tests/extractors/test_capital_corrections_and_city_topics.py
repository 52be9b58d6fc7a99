"""Corrections of a wrong belief about a capital: the wrong city said as the place's capital
under a belief's word ("Many think Sydney is Australia's capital, but it's actually
Canberra"), several wrong cities denied at once ("… isn't Sydney or Melbourne — it's
Canberra"). And a paragraph's topic for "The capital is Y": a city a sentence opens on and
calls a city or a capital ("Istanbul is not the capital of Turkey.", "Istanbul is the largest
city in Turkey.") is no topic, though a region bears its name.
Near-misses: without a belief's word, "X is Australia's capital, but it's …" states X; a
country opening its sentence stays the topic. Invented sentences in the general forms."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


def test_a_believed_possessive_capital_corrected():
    text = "Many visitors assume Toronto is Canada's capital, but it's actually Ottawa."
    assert capitals(text) == [("Canada", "Ottawa")]


def test_several_wrong_cities_denied_then_the_right_one():
    assert capitals("Fun fact: Canada's capital isn't Toronto or Montreal — it's Ottawa!") == [
        ("Canada", "Ottawa")
    ]
    assert capitals("Canada's capital isn't Toronto, Montreal or Calgary, it's Ottawa.") == [
        ("Canada", "Ottawa")
    ]


def test_a_city_named_as_no_capital_is_no_topic():
    assert capitals("Istanbul is not the capital of Turkey. The capital is Ankara.") == [
        ("Turkey", "Ankara")
    ]
    assert capitals("Istanbul is the largest city in Turkey. The capital is Ankara.") == [
        ("Turkey", "Ankara")
    ]


def test_near_misses():
    # no belief: the text states Toronto, wrongly, and that counts; Montreal is no correction
    assert capitals("Toronto is Canada's capital, but it's Montreal that has the food.") == [
        ("Canada", "Toronto")
    ]
    # a country opening its sentence is the paragraph's topic
    assert capitals("Kenya is a country in East Africa. The capital is Nairobi.") == [
        ("Kenya", "Nairobi")
    ]
