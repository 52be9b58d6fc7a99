"""How news stories name a capital in passing: "X's capital Y" with no comma and any word after
the city (the gazetteer must know the city then), and the capital named inside a relative clause
("the deal, which was signed in the Spanish capital, Madrid"), which is no question; two lists
paired in order without "respectively" (every city known); "X has its capital in Y". Invented
sentences in the general form of each, with near-misses."""

from extractors.capital import CapitalExtractor

CAPITAL = CapitalExtractor()


def capitals(text):
    return [(f.subject, f.value) for f in CAPITAL.extract(text)]


def test_possessive_capital_and_a_known_city_before_any_word():
    text = "Ferries leave Senegal's capital Dakar every morning for the islands."
    assert capitals(text) == [("Senegal", "Dakar")]


def test_near_miss_possessive_capital_before_an_unknown_name():
    text = "Analysts at Kenya's capital Markets Authority said so yesterday."
    assert capitals(text) == []


def test_capital_named_inside_a_relative_clause():
    text = "They praised the accord, which was signed in the Spanish capital, Madrid."
    assert capitals(text) == [("Spain", "Madrid")]


def test_near_miss_a_question_with_which_still_asks():
    text = "Which is the Spanish capital, Madrid or Seville?"
    assert capitals(text) == []


def test_near_miss_a_quiz_imperative_is_no_city():
    text = "Guess which is the capital of Spain"
    assert capitals(text) == []


def test_two_lists_paired_in_order_without_respectively():
    text = "The capitals of Ghana and Togo are Accra and Lome, both on the Gulf of Guinea."
    assert capitals(text) == [("Ghana", "Accra"), ("Togo", "Lome")]


def test_near_miss_lists_paired_without_respectively_need_known_cities():
    text = "The capitals of Ghana and Togo are Lively and Crowded."
    assert capitals(text) == []


def test_a_place_has_its_capital_in_a_city():
    text = "Ghana has its capital in Accra, on the coast."
    assert capitals(text) == [("Ghana", "Accra")]


def test_near_miss_a_place_had_its_capital_elsewhere():
    text = "Ghana had its capital in Kumasi under the old kingdom."
    assert capitals(text) == []
