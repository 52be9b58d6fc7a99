"""Capitals in travel writing: an adjective of nationality after a word of description ("the
charming Slovenian capital"), "Y, which is the capital" with the country named at the
sentence's start ("In Ghana we …"), "Y, the capital" under a heading that names the
story's one country ("Two weeks in Vietnam"); not a last capital nor one "for two centuries"
(unless "has been"). Invented text in the general form of each, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ljubljana, the charming Slovenian capital, is easy to walk.", ("Slovenia", "Ljubljana")),
        ("We flew into the bustling Kenyan capital, Nairobi, at dawn.", ("Kenya", "Nairobi")),
    ],
)
def test_a_word_of_description_before_the_adjective_of_nationality(text, expected):
    assert capitals(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Kyoto, the ancient Japanese capital, draws crowds in spring.",
        "Bonn, the former West German capital, is quiet now.",
    ],
)
def test_near_miss_a_word_of_the_past_before_the_adjective(text):
    assert capitals(text) == []


def test_a_relative_clause_with_the_country_opening_the_sentence():
    text = "In Ghana we stayed mostly in Accra, which is the capital."
    assert capitals(text) == [("Ghana", "Accra")]


def test_near_miss_a_relative_clause_with_two_countries_before_it():
    text = "In Ghana and Togo we stayed mostly in Lome, which is the capital."
    assert capitals(text) == []


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Two weeks in Vietnam", ("Vietnam", "Hanoi")),
        ("## Vietnam: ten days in the north", ("Vietnam", "Hanoi")),
        ("Vietnam travel guide", ("Vietnam", "Hanoi")),
    ],
)
def test_the_heading_above_names_the_country(heading, expected):
    text = f"{heading}\n\nWe landed in Hanoi, the capital, late at night and took a taxi.\n"
    assert capitals(text) == [expected]


@pytest.mark.parametrize(
    "heading",
    [
        "Two weeks in Vietnam and Laos",  # two countries: which one's capital is unsaid
        "Trip notes",  # no country
        "We spent two weeks in Vietnam.",  # a sentence, not a heading
    ],
)
def test_near_miss_no_heading_with_one_country(heading):
    text = f"{heading}\n\nWe landed in Hanoi, the capital, late at night and took a taxi.\n"
    assert capitals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mandalay, Burma's last royal capital, is hot in April.",
        "St. Petersburg, Russia's capital for two centuries, is full of palaces.",
        "Turku, the capital of Finland for several centuries, is on the coast.",
    ],
)
def test_near_miss_a_last_capital_or_one_for_a_span_of_time(text):
    assert capitals(text) == []


def test_a_perfect_tense_keeps_a_span_of_time_going():
    text = "Ottawa has been the capital of Canada for over 150 years."
    assert capitals(text) == [("Canada", "Ottawa")]


@pytest.mark.parametrize(
    "text",
    [
        "Exploring Nairobi, Kenya's capital, on foot takes a day.",
        "Visiting Nairobi, the capital of Kenya, is easy by train.",
        "Starting Monday, Nairobi, the capital of Kenya, hosts the fair.",
    ],
)
def test_a_sentences_opening_gerund_is_no_part_of_the_city(text):
    # (the city was read with the gerund: "Exploring Nairobi")
    assert capitals(text) == [("Kenya", "Nairobi")]


def test_near_miss_a_city_whose_name_opens_with_ing_keeps_it():
    # "King" ends as a gerund does; the name is kept whole
    assert capitals("King Edward Point is the capital of South Georgia.") == [
        ("South Georgia", "King Edward Point")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya travel guide\nNairobi, the capital, is a safari hub.",
        "Ten days in Kenya\nWe landed in Nairobi, the capital, at dawn.",
    ],
)
def test_a_heading_on_the_paragraphs_first_line_names_the_country(text):
    # no blank line under the heading: the paragraph's first line is the heading
    assert capitals(text) == [("Kenya", "Nairobi")]


def test_near_miss_a_long_first_line_or_two_countries_is_no_heading():
    assert capitals("Kenya and Uganda travel guide\nNairobi, the capital, is a safari hub.") == []
    # a line of more words is prose, not a heading (and the city no seat of the country named
    # that the gazetteer knows, which would settle it)
    assert (
        capitals(
            "Our Kenya guide said the rains came early again this year\n"
            "Mombasa, the capital, is a safari hub."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Visiting the Slovenian capital Ljubljana? Here is what to see.",
        "Heading to Ljubljana, the Slovenian capital? Pack an umbrella.",
    ],
)
def test_a_gerunds_question_still_states_its_apposition(text):
    # a question without a verb asks about the trip; the apposition inside it is stated
    assert capitals(text) == [("Slovenia", "Ljubljana")]


@pytest.mark.parametrize(
    "text",
    [
        "Is Maribor the capital of Slovenia?",
        "Visiting Maribor, the capital of Slovenia? No, Ljubljana is.",
    ],
)
def test_near_miss_a_question_with_its_verb_asks_the_capital(text):
    assert ("Slovenia", "Maribor") not in capitals(text)


def test_hashtags_before_the_names_of_a_post():
    assert capitals("Exploring #Ljubljana, the capital of #Slovenia!") == [
        ("Slovenia", "Ljubljana")
    ]


def test_near_miss_a_words_own_hash_stays():
    from auditor.escapes import decoded_view

    view = decoded_view("C# on page#Section, issue #12 and #Ljubljana")
    assert view is not None and view.text == "C# on page#Section, issue #12 and Ljubljana"


@pytest.mark.parametrize(
    "text",
    [
        "We walked around Vilnius (the Lithuanian capital) for a day.",
        "We walked around Vilnius – the Lithuanian capital – for a day.",
        "We walked around Vilnius—the Lithuanian capital—for a day.",
        "Vilnius: the Lithuanian capital on a budget",
        "Vilnius: Lithuania's baroque capital",
        "We walked around Vilnius—Lithuania's capital—for a day.",
    ],
)
def test_city_set_off_before_an_adjective_or_possessive_capital(text):
    assert ("Lithuania", "Vilnius") in capitals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tip: Lithuania's capital is cheaper than you think.",
        "Update: the Lithuanian capital is busy this week.",
        "We walked around Kaunas (not the Lithuanian capital) for a day.",
    ],
)
def test_near_miss_label_or_denial_before_the_capital(text):
    assert capitals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile\n\nCities\n1 Santiago – the capital, with a lively old town\n"
        "2 Valparaíso – a port of painted hills\n",
        "Chile travel guide\n\nCities\n* Santiago — the capital and largest city\n"
        "* Arica — the far north\n",
        "Chile\n\nChile is a long, thin country.\n\nCities\n* Santiago (capital)\n* Arica\n",
    ],
)
def test_guide_list_of_cities_marks_the_capital(text):
    assert capitals(text) == [("Chile", "Santiago")]


@pytest.mark.parametrize(
    "text",
    [
        # a capital of something else, a former one, a region's
        "Chile\n\nCities\n1 Santiago – the capital of good wine\n2 Arica – the old capital\n",
        "Chile\n\nCities\n* Temuco (regional capital)\n* Arica\n",
        # no one country the guide is about
        "Cities\n* Santiago (capital)\n* Arica\n",
        "Chile and Peru\n\nCities\n* Santiago (capital)\n* Arica\n",
    ],
)
def test_near_miss_guide_list_without_the_country_or_a_capital(text):
    assert capitals(text) == []


def test_a_visits_city_with_its_apposition_after_was():
    # "was" is the visit's verb; the apposition on the city is tenseless
    assert capitals("Our last stop was Cuenca, the capital of Azuay.") == [("Azuay", "Cuenca")]
    assert capitals("The first stop on the tour was Cuenca, capital of Azuay.") == [
        ("Azuay", "Cuenca")
    ]


def test_near_miss_a_capital_that_was_the_city_before_the_apposition():
    assert capitals("Its capital was Cuenca, the capital of Azuay.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With a weekend in Chile, stay in Santiago, the country's smoggy capital.",
            ("Chile", "Santiago"),
        ),
        ("Ghana is warm. Accra is the country's noisy, sprawling capital.", ("Ghana", "Accra")),
        (
            "Nepal was our first trip. Kathmandu, its chaotic capital, was our base.",
            ("Nepal", "Kathmandu"),
        ),
    ],
)
def test_words_of_description_in_a_capital_that_refers_to_its_country(text, expected):
    assert capitals(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a word that makes another capital
        "Italy is a joy. Milan, the country's fashion capital, is worth a day.",
        "Morocco is a joy. Fes is the country's spiritual capital.",
        # a word the lists don't know, and a city the gazetteer knows as no seat
        "Italy is a joy. Milan, the country's style capital, is worth a day.",
        "Morocco is a joy. Casablanca is the country's bustling capital.",
        # capitals compared, the country's not stated
        "Greece is warm. Athens is the southernmost capital on the mainland.",
    ],
)
def test_near_miss_described_capital_that_is_no_seat(text):
    assert capitals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks in Laos\n\nWe took the slow boat down to Vientiane (the capital) at last.",
        "After ten days in Laos we rode on to Vientiane (the capital city) for the festival.",
    ],
)
def test_a_city_marked_the_capital_in_brackets_in_the_storys_country(text):
    assert capitals(text) == [("Laos", "Vientiane")]


def test_near_miss_a_city_marked_the_capital_that_is_not_the_countrys():
    # the gazetteer knows Kazan as no seat of Russia: a region's capital, not the country's
    text = "We toured Russia by train and spent a week in Kazan (the capital) of Tatarstan."
    assert capitals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At dawn we flew into the capital of Laos, Vientiane.", ("Laos", "Vientiane")),
        ("Our guide was born in the capital of Peru, Lima!", ("Peru", "Lima")),
    ],
)
def test_an_apposed_capital_closed_by_the_sentences_end(text, expected):
    assert capitals(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a list's next pair after the comma: the gazetteer knows no such seat
        "Graz is the capital of Styria, Linz.",
        "We took the bus to the capital of Peru, Cusco.",
    ],
)
def test_near_miss_a_city_after_the_comma_that_is_no_seat(text):
    assert ("Peru", "Cusco") not in capitals(text)
    assert ("Styria", "Linz") not in capitals(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "From Zurich we drove on to Vaduz, capital of the tiny principality of Liechtenstein.",
            ("Liechtenstein", "Vaduz"),
        ),
        ("Muscat is the capital of the Sultanate of Oman.", ("Oman", "Muscat")),
        (
            "Luxembourg City, capital of the Grand Duchy of Luxembourg, is compact.",
            ("Luxembourg", "Luxembourg City"),
        ),
    ],
)
def test_a_principality_or_sultanate_before_the_country(text, expected):
    assert capitals(text) == [expected]


def test_near_miss_a_duchy_of_the_past_is_no_country_of_today():
    text = "Vilna, the capital of the Grand Duchy of Lithuania, grew fast."
    assert capitals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tirana is the small but lively capital of Albania.", ("Albania", "Tirana")),
        ("Vilnius is the green and compact capital of Lithuania.", ("Lithuania", "Vilnius")),
    ],
)
def test_two_describing_words_joined_before_capital_of(text, expected):
    assert capitals(text) == [expected]


def test_near_miss_two_describing_words_before_another_kind_of_capital():
    assert capitals("Milan is the elegant and stylish fashion capital of Italy.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lovely Tallinn, the Estonian capital, has a walled old town.", ("Estonia", "Tallinn")),
        ("Historic Vilnius is the capital of Lithuania.", ("Lithuania", "Vilnius")),
    ],
)
def test_a_describing_word_that_opens_the_sentence_is_no_part_of_the_city(text, expected):
    assert capitals(text) == [expected]


def test_near_miss_a_city_whose_own_name_opens_with_such_a_word():
    # the gazetteer knows the whole name: it stays whole
    assert capitals("Kuwait City is the capital of Kuwait.") == [("Kuwait", "Kuwait City")]
