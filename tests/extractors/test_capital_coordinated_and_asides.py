"""Capitals stated after a city's short name in brackets, and after a clause on where the city
lies coordinated with "is the capital".

- "Ulaanbaatar (UB), Mongolia's capital, …": the bracket after the city (a short or a local
  name) stands between it and its apposition, as it already may before "is the capital of".
- "Quito lies in the Andes and is the capital of Ecuador": where a city lies, then the capital
  coordinated with it, in the present tense (not "and was the capital": a past capital).
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
