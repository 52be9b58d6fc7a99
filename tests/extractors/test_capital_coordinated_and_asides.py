"""Capitals stated after a city's short name in brackets, and after a clause on where the city
lies coordinated with "is the capital".

- "Ulaanbaatar (UB), Mongolia's capital, …": the bracket after the city (a short or a local
  name) stands between it and its apposition, as it already may before "is the capital of".
- "Quito lies in the Andes and is the capital of Ecuador": where a city lies, then the capital
  coordinated with it, in the present tense (not "and was the capital": a past capital).
- "X is the capital of the province of A and of the B region": two places joined by "and of"
  share their capital (not "and" alone: "the capital of France and Europe's …").
- A mapping's lines marked as a diff marks them ("-  Brazil: 'Brasilia',"): the place is named
  without the mark.

Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_short_name_in_brackets_before_a_possessive_apposition():
    text = "Ulaanbaatar (UB), Mongolia's capital, is the coldest capital on earth."
    assert capitals(text) == [("Mongolia", "Ulaanbaatar")]


def test_near_miss_a_bracket_after_no_city():
    assert capitals("We flew on (via Doha), Mongolia's capital was cold.") == []


def test_where_it_lies_then_the_capital_coordinated():
    text = "Quito is located high in the Andes and is the capital of Ecuador."
    assert capitals(text) == [("Ecuador", "Quito")]


def test_where_it_lies_then_serves_as_the_capital():
    text = "Hobart sits on the Derwent estuary, and serves as the capital of Tasmania."
    assert capitals(text) == [("Tasmania", "Hobart")]


def test_near_miss_where_it_lies_then_a_past_capital():
    assert capitals("Quito is located in the Andes and was once the capital of Ecuador.") == []


def test_a_diffs_mark_is_no_part_of_the_place():
    text = "capital = {\n-  Brazil: 'Brasilia',\n-  Fiji: 'Suva',\n}\n"
    assert capitals(text) == [("Brazil", "Brasilia"), ("Fiji", "Suva")]


def test_two_places_joined_by_and_of_share_their_capital():
    text = "Toledo is the capital of the province of Toledo and of Castile-La Mancha, in Spain."
    assert capitals(text) == [("Castile-La Mancha", "Toledo"), ("Toledo", "Toledo")]


def test_the_capital_of_two_joined_places_then_its_name():
    text = "The capital of Peru and of the Lima Region is Lima."
    assert capitals(text) == [("Lima", "Lima"), ("Peru", "Lima")]


def test_near_miss_and_of_before_no_place():
    text = "Paris, the capital of France and of French cooking, is large."
    assert capitals(text) == [("France", "Paris")]
