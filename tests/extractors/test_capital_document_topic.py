"""A capital named far into a document about one country or region, without its place: "the
capital, Y" or "Its capital city is Y" many sentences under the title and the opening sentence
that name the place. The document's opening goes with every unit as its context, so the place
it names is the paragraph's topic where the paragraph names none. A city the gazetteer knows as
another country's capital is no capital of the document's country. A description of the place
opening a sentence before "whose capital is Y" ("The nine-atoll nation, whose capital is …")
refers to the topic too, where it describes its kind (a country, or a state). A topic may be
named by its official form ("The Republic of Burundi is …"). Invented documents in the general
form, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select

# Sentences of a section that name no place, to put the capital's sentence far from the opening
# (beyond the sentences a unit takes around its trigger).
FILLER = " ".join(
    f"In survey year {year} the ministry counted {year % 97} new schools and {year % 53} clinics."
    for year in range(1990, 2020)
)


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_the_capital_far_under_a_country_s_title_and_opening():
    text = (
        "Telecommunications in Niger\n\nNiger is a landlocked country in West Africa.\n"
        f"{FILLER}\nMost internet cafés are in the capital, Niamey, and in other towns.\n"
    )
    assert capitals(text) == [("Niger", "Niamey")]


def test_its_capital_far_under_a_region_s_title_and_opening():
    text = (
        "Umbria\n\nUmbria is a region of central Italy.\n"
        f"{FILLER}\nIts capital city is Perugia. It has a university.\n"
    )
    assert capitals(text) == [("Umbria", "Perugia")]


def test_near_miss_another_country_s_capital_under_a_country_s_title():
    # Kingston is Jamaica's capital: "the capital" here is a colony's of long ago
    text = (
        "History of Canada\n\nCanada is a country in North America.\n"
        f"{FILLER}\nThe governor arrived in the capital, Kingston, to find the party split.\n"
    )
    assert capitals(text) == []


def test_near_miss_the_capital_of_a_place_the_paragraph_names_itself():
    text = (
        "Telecommunications in Niger\n\nNiger is a landlocked country in West Africa.\n"
        f"{FILLER}\n\nMali is its neighbour. Most cafés are in the capital, Bamako.\n"
    )
    assert capitals(text) == [("Mali", "Bamako")]


def test_a_description_of_the_place_with_whose_capital_opens_its_sentence():
    text = (
        "Tuvalu\n\nTuvalu is a chain of atolls in the Pacific Ocean. The nine-atoll nation, whose "
        "capital is Funafuti, lies halfway between Hawaii and Australia."
    )
    assert capitals(text) == [("Tuvalu", "Funafuti")]


def test_a_state_described_so():
    text = "Utah is a state in the western United States. The state, whose capital is Salt Lake "
    text += "City, joined the Union in 1896."
    assert capitals(text) == [("Utah", "Salt Lake City")]


def test_near_miss_a_description_of_another_kind_of_place():
    # a region is no "nation": the description and the topic disagree
    text = "Utah is a state in the western United States. The nation, whose capital is "
    text += "Washington, grew."
    assert capitals(text) == []


def test_a_topic_named_by_its_official_form_among_its_neighbours():
    text = (
        "Burundi\n\nThe Republic of Burundi is a landlocked country, bordered by Rwanda to the "
        "north, Tanzania to the east and the Democratic Republic of the Congo to the west. The "
        "capital city is Gitega, in the centre of Burundi."
    )
    assert capitals(text) == [("Burundi", "Gitega")]


def test_a_topic_whose_official_form_is_its_name():
    text = "The Democratic Republic of the Congo is vast. Its capital is Kinshasa."
    assert capitals(text) == [("Democratic Republic of the Congo", "Kinshasa")]


def test_near_miss_an_official_form_that_names_no_known_place():
    text = "The Republic of Letters is a learned society. Its capital is Paris."
    assert capitals(text) == []
