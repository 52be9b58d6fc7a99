"""Capitals stated of "it" some sentences after the sentence that names the city, each in
between going on about "it" ("Kazan is a city in Russia. It lies on the Volga. It is the
capital of Tatarstan."; only the sentence just before was looked at), and of a division the
text names by its kind that the gazetteer does not know ("the capital of the Roman province of
Gallia Lugdunensis"). Near-misses: a chain that opens on something other than a city; a
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
