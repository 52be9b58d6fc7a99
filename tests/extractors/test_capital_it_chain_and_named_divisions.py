"""Capitals stated of "it" some sentences after the sentence that names the city, each in
between going on about "it" ("Kazan is a city in Russia. It lies on the Volga. It is the
capital of Tatarstan."; only the sentence just before was looked at), and of a division the
text names by its kind that the gazetteer does not know ("the capital of the Roman province of
Gallia Lugdunensis"), or names by its kind in lower case after its name ("the Kagera
administrative region"; the word read as a noun phrase going on). Near-misses: a chain that opens on something other than a city; a
province named after its city (a second-level division of a region, "the province of Burgos",
which the guidelines leave out: a capital is a country's or a first-level region's); a
department's capital. Invented sentences in the general form of each construction."""

from __future__ import annotations

import pytest

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["capital"])[0].extract(text)}


@pytest.mark.parametrize(
    "between",
    ["", "It lies on the Volga. ", "It lies on the Volga. It was founded long ago. "],
    ids=["next-sentence", "one-between", "two-between"],
)
def test_it_is_the_capital_after_sentences_about_it(between):
    text = f"Kazan is a city in Russia. {between}It is the capital of Tatarstan."
    assert facts(text) == {("Tatarstan", "Kazan")}


def test_near_miss_the_sentences_about_it_open_on_no_city():
    text = "The Volga flows past many towns. It passes Kazan. It is the capital of Tatarstan."
    assert facts(text) == set()


def test_a_division_named_by_its_kind_the_gazetteer_does_not_know():
    text = "Lugdunum, the capital of the Roman province of Gallia Lugdunensis, stood on two rivers."
    assert facts(text) == {("Gallia Lugdunensis", "Lugdunum")}


@pytest.mark.parametrize(
    "text",
    [
        # a known city's namesake province
        "Burgos, the capital of the province of Burgos, stands on the Arlanzón.",
        # a city and its namesake province, neither known
        "Velora is the capital of the province of Velora.",
        # a department: a second level in most countries
        "Tours is the capital of the department of Indre-et-Loire.",
    ],
    ids=["known-city-namesake", "unknown-namesake", "department"],
)
def test_near_miss_second_level_divisions(text):
    assert facts(text) == set()


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Bukoba is the capital of the Kagera administrative region.", ("Kagera", "Bukoba")),
        ("Namur is the capital of the Wallonia federal region.", ("Wallonia", "Namur")),
    ],
)
def test_the_division_s_kind_in_lower_case_after_its_name(text, fact):
    # (a lower-case word after the name reads as a noun phrase going on, "the capital of Texas
    # politics", unless it is one that may follow a region)
    assert facts(text) == {fact}


def test_near_miss_a_noun_phrase_going_on_after_the_name():
    assert facts("Austin is the capital of Texas politics and of its music.") == set()


def test_a_region_whose_name_holds_a_lower_case_joiner():
    # ("es" joins the words of "Dar es Salaam" as "do" those of "Rio Grande do Sul")
    text = (
        "Dar es Salaam is a port on the Indian Ocean. It is the capital of the Dar es Salaam "
        "Region administrative province."
    )
    assert facts(text) == {("Dar es Salaam", "Dar es Salaam")}
