"""The gazetteer of countries and first-level regions (extractors.places)."""

import time

import pytest

from extractors import places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya is", "Kenya"),
        ("the Netherlands.", "Netherlands"),
        ("the U.S. state of South Carolina, which", "South Carolina"),
        ("the northern Indian state of Gujarat.", "Gujarat"),
        ("the autonomous community of Galicia, which", "Galicia"),
        ("Ondo State, located", "Ondo"),
        ("Henan Province (河南)", "Henan"),
        ("Tibet Autonomous Region", "Tibet"),
        ("Ningxia Hui Autonomous Region", "Ningxia Hui"),
        ("Bosnia and Herzegovina is", "Bosnia and Herzegovina"),
        ("Romania and Sofia", "Romania"),
        ("Ivory Coast.", "Ivory Coast"),
        ("the Gambia,", "Gambia"),
        ("Free State", "Free State"),  # the type word is part of this name
        ("New York State", "New York"),
    ],
)
def test_find_region_reads_the_name_alone(text, name):
    found = places.find_region(text, 0)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "French cuisine",
        "the Kingdom of Shu",  # a historical state, not in the gazetteer
        "Kenya Airways",  # a known name that is only the start of a longer one
        "Washington State University",
        "the world",
        "what state?",
    ],
)
def test_find_region_refuses_what_is_no_region(text):
    assert places.find_region(text, 0) is None


def test_lookup_ignores_case_accents_hyphens_and_ampersands():
    assert places.is_region("Góias")  # misspelt Goiás
    assert places.is_region("North-Korea")
    assert places.is_region("Jammu & Kashmir")
    assert places.is_region("burma")
    assert places.is_country("Ivory Coast") and not places.is_country("Bavaria")
    assert places.region_name("Lagos State") == "Lagos"
    assert places.region_name("Westeros") is None


def test_region_before_reads_a_possessor():
    text = 'such as "California'
    found = places.region_before(text, len(text))
    assert found is not None and found.name == "California"


def test_loading_is_lazy_and_cached():
    places._gazetteer.cache_clear()
    start = time.perf_counter()
    assert places.is_region("Ohio")
    first = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(1000):
        places.is_region("Ohio")
    assert time.perf_counter() - start < max(first, 0.05)


def test_a_long_run_of_capitalised_words_is_read_fast():
    text = "Alpha " * 3000 + "of"
    start = time.perf_counter()
    for position in range(0, 600, 6):
        places.find_region(text, position)
    assert time.perf_counter() - start < 2.0


def test_a_country_s_capital_by_any_of_its_names_and_its_other_seats():
    # GeoNames: Kyiv is Ukraine's capital ("Kiev" among its names); South Africa's
    # constitution names three seats, Pretoria, Cape Town and Bloemfontein
    assert places.is_known_capital("Kyiv", "Ukraine")
    assert places.is_known_capital("Kiev", "Ukraine")
    assert places.is_known_capital("Cape Town", "South Africa")
    assert not places.is_known_capital("Lviv", "Ukraine")
    assert not places.is_known_capital("Kyiv", "Poland")
    # a region has no row: its capital is never confirmed this way
    assert not places.is_known_capital("Sacramento", "California")


def test_another_country_s_seat_by_its_own_name_only():
    # GeoNames: Kingston is Jamaica's capital, Dili Timor-Leste's; "Delhi" is among Dili's other
    # names (and a city of India): no other country's seat by that name
    assert places.is_another_country_s_capital("Kingston", "Canada")
    assert not places.is_another_country_s_capital("Kingston", "Jamaica")
    assert not places.is_another_country_s_capital("Delhi", "India")
    assert not places.is_another_country_s_capital("Toronto", "Canada")


def test_the_countries_a_city_is_the_seat_of_by_its_own_name():
    assert places.countries_with_seat("Nairobi") == ["Kenya"]
    assert places.countries_with_seat("Mombasa") == []  # a city, no seat
    # a capital's other name is no seat's own ("Delhi" is among Dili's other names)
    assert "Timor-Leste" not in places.countries_with_seat("Delhi")


def test_the_words_that_name_a_country_include_its_adjectives():
    assert {"Kenya", "Kenyan"} <= set(places.country_words("Kenya"))
    assert "Ugandan" not in places.country_words("Kenya")
