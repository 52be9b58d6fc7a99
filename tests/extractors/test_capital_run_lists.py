"""Capitals listed in runs and lists that informal pages write: regions with their capitals in
brackets, run on in one paragraph; lists in lower case under a heading. Invented text in the
general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.places import region_name


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_regions_with_their_capitals_in_brackets_run_on():
    text = (
        "Capitals of the Andes: Peru (Lima), Chile (Santiago), Bolivia (Sucre) and Ecuador (Quito)."
    )
    assert capitals(text) == [
        ("Bolivia", "Sucre"),
        ("Chile", "Santiago"),
        ("Ecuador", "Quito"),
        ("Peru", "Lima"),
    ]


def test_near_miss_bracketed_towns_in_a_text_not_on_capitals():
    text = "We visited Peru (Cusco), Chile (Valparaiso), Bolivia (Potosi) and Ecuador (Cuenca)."
    assert capitals(text) == []


def test_a_region_named_after_its_country_keeps_its_type_word():
    # "Mexico State" is a state of Mexico, not the country: no subject rather than a wrong one
    assert region_name("Mexico State") is None
    assert region_name("Lagos State") == "Lagos"
    text = "The state capitals are: Toluca (Mexico State), Puebla (Puebla), Xalapa (Veracruz)."
    assert ("Mexico", "Toluca") not in capitals(text)


def test_a_lower_case_list_under_a_heading_on_capitals():
    text = (
        "here are the capitals i had to learn:\n"
        "alabama - montgomery\nalaska - juneau\narizona - phoenix\n\nthat is all\n"
    )
    assert capitals(text) == [
        ("Alabama", "Montgomery"),
        ("Alaska", "Juneau"),
        ("Arizona", "Phoenix"),
    ]


def test_near_miss_lower_case_prose_after_a_heading():
    text = "my trip to the capital:\nwe went to peru and then on to lima by bus in the rain\n"
    assert capitals(text) == []


def test_items_joined_by_an_arrow_sign_or_an_unspaced_hyphen():
    arrows = "States and their capitals\nOregon ➡ Salem\nNevada ➡ Carson City\n"
    hyphens = "States and Capitals\nOregon-Salem\nNevada-Carson City\nIdaho-Boise\n"
    assert capitals(arrows) == [("Nevada", "Carson City"), ("Oregon", "Salem")]
    assert capitals(hyphens) == [("Idaho", "Boise"), ("Nevada", "Carson City"), ("Oregon", "Salem")]


def test_pairs_run_on_with_equals_signs():
    text = "State capitals: Oregon = Salem, Nevada = Carson City, Idaho = Boise."
    assert capitals(text) == [("Idaho", "Boise"), ("Nevada", "Carson City"), ("Oregon", "Salem")]


def test_near_miss_unspaced_pairs_under_another_header():
    assert capitals("Largest cities\nOregon-Portland\nNevada-Las Vegas\n") == []
