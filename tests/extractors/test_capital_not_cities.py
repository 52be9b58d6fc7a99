"""What a capital's reading must not take for a city or a subject: a war named "X–Y War" in a
list of places, an adverb opening a sentence, a people ("the capital of South Africans in
exile"); a nation's capital given to the state a paragraph is about; a firm named "… Capital"
over a list of towns. And adjectives of nationality of two or three words ("the South Korean
capital"). Real places in invented sentences, with the reading that stays beside each."""

from extractors.capital import CapitalExtractor

CAPITAL = CapitalExtractor()


def capitals(text):
    return [(f.subject, f.value) for f in CAPITAL.extract(text)]


def test_near_miss_a_war_named_by_two_places_among_capitals():
    text = (
        "Capitals of the region:\n"
        "Kuwait – Kuwait City\n"
        "Qatar – Doha\n"
        "Kuwait–Najd War (1919–1921).\n"
    )
    assert ("Kuwait", "Najd War") not in capitals(text)
    assert ("Qatar", "Doha") in capitals(text)


def test_near_miss_a_people_after_a_figurative_capital():
    text = 'Perth has been called "the Australian capital of South Africans in exile".'
    assert capitals(text) == []


def test_adjectives_of_nationality_of_several_words():
    assert capitals("Seoul, the South Korean capital, hosted the games in 1988.") == [
        ("South Korea", "Seoul")
    ]
    assert capitals("The Costa Rican capital, San José, lies in a valley.") == [
        ("Costa Rica", "San José")
    ]


def test_near_miss_the_nations_capital_in_a_paragraph_about_a_state():
    text = (
        "Wyoming is the least populous state. It is one of only two states with a smaller "
        "population than the nation's capital, Washington, D.C."
    )
    assert capitals(text) == []


def test_the_nations_capital_in_a_paragraph_about_a_country():
    text = "Peru is a country in South America. The nation's capital, Lima, is on the coast."
    assert capitals(text) == [("Peru", "Lima")]


def test_near_miss_a_firm_named_capital_above_a_town_and_its_state():
    text = (
        "Acme said it agreed to sell the park to an affiliate of Wesray Capital Corp.\n"
        "    Wesray Capital is a private investment firm based in\n"
        "Morristown, New Jersey.\n"
    )
    assert capitals(text) == []


def test_a_list_of_towns_under_a_heading_of_capitals():
    text = "State capitals:\nTrenton, New Jersey\nAlbany, New York\n"
    assert capitals(text) == [("New Jersey", "Trenton"), ("New York", "Albany")]


def test_near_miss_an_adverb_opening_the_sentence_of_an_apposition():
    text = (
        "Internationally, Blue Air, the national airline of Nauru, also flies weekly from Tarawa "
        "to Nadi, as well as to Yaren, connecting to Honiara, the capital of the Solomon "
        "Islands, and further to Brisbane."
    )
    assert ("Solomon Islands", "Internationally") not in capitals(text)
