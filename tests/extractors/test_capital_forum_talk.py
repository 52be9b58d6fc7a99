"""Capitals as forum posts state them: a contrast after the statement ("… the capital of
Pennsylvania instead of Philadelphia"), the place fronted without its comma ("In Illinois the
capital is Springfield"), and a question that takes the capital as given ("Why is Albany the
capital of New York?", "How come Albany is …?"). Invented text in the general form of each,
with near-misses: a yes-or-no question asks, a figurative capital is none. And a note's sign
between a possessive's capital and its city ("Ghana's capital = Accra", "-> Accra"), and a
yes-or-no question with its answer ("Is Accra the capital of Ghana? Yes.", "… No, Accra
is.")."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_contrast_after_the_statement():
    assert capitals("Salem is the capital of Oregon instead of Portland.") == [("Oregon", "Salem")]
    assert capitals("Salem is the capital of Oregon rather than Portland.") == [("Oregon", "Salem")]


def test_the_place_fronted_without_its_comma():
    assert capitals("In Oregon the capital is Salem, not Portland.") == [("Oregon", "Salem")]


def test_near_miss_a_time_fronted_without_its_comma():
    assert capitals("In Roman times the capital was Londinium.") == []


def test_a_question_that_takes_the_capital_as_given():
    assert capitals("Why is Salem the capital of Oregon and not Portland?") == [("Oregon", "Salem")]
    assert capitals("How come Salem is the capital of Oregon?") == [("Oregon", "Salem")]


def test_near_miss_a_yes_or_no_question_and_a_figurative_capital():
    assert capitals("Is Salem the capital of Oregon?") == []
    assert capitals("Why is Portland the coffee capital of the world?") == []


def test_a_description_then_the_capital_coordinated_with_it():
    assert capitals("Salem is a river town and the capital of Oregon.") == [("Oregon", "Salem")]
    assert capitals(
        "Salem is both a port and a market town, as well as the capital of Oregon."
    ) == [("Oregon", "Salem")]


def test_near_miss_a_place_inside_the_description_is_no_capital():
    # "the largest city of the Pacific Northwest and the capital of …": the place after "of" is
    # no subject of "is the capital"
    text = "Salem is the largest city of the Willamette Valley and the capital of Oregon."
    assert capitals(text) == [("Oregon", "Salem")]
    assert capitals("Lagos is the largest city and the former capital of Nigeria.") == []


def test_it_for_the_city_the_sentence_before_named():
    assert capitals("This is Salem. It is the capital of Oregon.") == [("Oregon", "Salem")]
    assert capitals("Welcome to Boise! It is the capital of Idaho and a river city.") == [
        ("Idaho", "Boise")
    ]


def test_near_miss_it_after_a_sentence_that_opens_with_no_city():
    assert capitals("I went to a museum in Boise. It is the capital of Idaho.") == []


def test_a_correction_of_a_wrong_belief_or_a_negation():
    caps = capitals

    assert caps(
        "Lots of people think Sydney is the capital of Australia, but it's actually Canberra."
    ) == [("Australia", "Canberra")]
    assert caps("Sydney isn't the capital of Australia, Canberra is.") == [
        ("Australia", "Canberra")
    ]
    assert caps("Yes, Canberra. That's the capital of Australia.") == [("Australia", "Canberra")]
    # near-miss: "but it is" goes on about the city, naming no other
    assert caps("I think Sydney is the capital of Australia, but it is very expensive.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Sydney isn't the capital of Australia - Canberra is.",
        "Sydney isn't the capital of Australia; Canberra is.",
        "Canberra. Its the capital of Australia.",
        "Canberra. It's the capital of Australia.",
    ],
)
def test_a_correction_after_a_dash_and_its_misspelt(text):
    assert capitals(text) == [("Australia", "Canberra")]


def test_near_miss_a_dash_after_a_plain_statement_keeps_the_statement():
    text = "Sydney is the capital of Australia - Melbourne is bigger."
    assert capitals(text) == [("Australia", "Sydney")]


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi, as the capital of Kenya, hosts the ministries.",
        "Nairobi, being the capital of Kenya, hosts the ministries.",
        "Being the capital of Kenya, Nairobi hosts the ministries.",
        "Kenya's capital? It's Nairobi.",
        "Kenya's capital? It's Nairobi, not Mombasa.",
    ],
)
def test_participles_and_a_question_answered_at_once(text):
    assert capitals(text) == [("Kenya", "Nairobi")]


@pytest.mark.parametrize(
    "text",
    [
        # a supposition, no comma
        "Mombasa being the capital of Kenya is a common mistake.",
        # "as" opening a clause of its own
        "Mombasa, as the capital of Kenya was once imagined, grew fast.",
        "Kenya's capital? It is a big city.",
    ],
)
def test_near_miss_a_supposition_a_clause_or_an_answer_without_a_city(text):
    assert capitals(text) == []


def test_a_threads_subject_and_the_reply_under_it():
    text = "Re: Capital of Turkey\nIt's Ankara, not Istanbul.\n"
    assert capitals(text) == [("Turkey", "Ankara")]


def test_an_answer_on_the_questions_own_line_with_a_note_after_it():
    text = "The capital of Brazil? Brasília, built in the 1960s."
    assert capitals(text) == [("Brazil", "Brasília")]


@pytest.mark.parametrize(
    "text",
    [
        "What's the capital of Australia? Sydney, right?",
        "What's the capital of Australia? Sydney or Canberra?",
        "Re: Capital of Turkey\nIstanbul is the biggest city.\n",
    ],
)
def test_near_miss_a_guess_asked_back_or_a_reply_about_another_city(text):
    assert capitals(text) == []


@pytest.mark.parametrize("prefix", ["BTW", "IMO", "FYI"])
def test_a_chat_s_shouted_prefix_is_no_part_of_the_city(prefix):
    text = f"{prefix} Salem is the capital of Oregon, not Portland."
    assert capitals(text) == [("Oregon", "Salem")]


def test_near_miss_a_city_written_in_capitals_keeps_its_words():
    assert capitals("The capital of Mexico is MEXICO CITY.") == [("Mexico", "MEXICO CITY")]


@pytest.mark.parametrize("sign", ["=", "->", "→"])
def test_a_possessive_capital_and_its_city_after_a_sign(sign):
    assert capitals(f"Ghana's capital {sign} Accra") == [("Ghana", "Accra")]


def test_near_miss_another_sense_of_capital_after_the_possessive():
    assert capitals("Ghana's capital gains = Accra's growth") == []


@pytest.mark.parametrize(
    "text",
    [
        "Is Accra the capital of Ghana? Yes.",
        "Is Accra the capital of Ghana?\nAnswer: Yes",
        "Is Kumasi the capital of Ghana?\nNo, Accra is.",
        "Is Kumasi the capital of Ghana? No, it's Accra.",
    ],
)
def test_a_yes_or_no_question_and_its_answer(text):
    assert capitals(text) == [("Ghana", "Accra")]


@pytest.mark.parametrize(
    "text",
    [
        "Is Kumasi the capital of Ghana? No.",
        "Is Kumasi the capital of Ghana? Yes, but only in my dreams.",
        "Is Kumasi the capital of Ghana? Nobody knows.",
    ],
)
def test_near_miss_an_answer_that_affirms_or_gives_no_capital(text):
    assert capitals(text) == []
