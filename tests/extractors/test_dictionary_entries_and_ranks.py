"""Lives as a biographical dictionary or an index writes them, and ranks abbreviated before a
name.

- A dictionary's entry parts its fields by semicolons and puts the birthplace before the date
  with a comma: "ROE, Jane, painter; born Leeds, England, 3 May 1901; died Paris, 4 June 1980".
  The inverted name opening the line is written in natural order, as the guidelines ask; a
  town or an adverb before a name and a comma is no family name ("Leeds, Jane Roe, born …").
- A birth or a death its own mark opens inside square brackets ("Jane Roe [born D]", "[b. D]")
  as inside round ones; a bare date in square brackets stays an editor's (a letter's date).
- A register's "DOB" after a name and a comma or a dash ("Jane Roe (Forward) - DOB: D").
- A rank with a full stop before a name ("Cllr. Jane Roe", "Lt. Col. Ken Moe") belongs to the
  name (the ranks are then dropped), not to a sentence before it; in a play's dialogue a
  speaker's abbreviated rank before a quotation is still no author of a paper.
- A city's headword with its other spelling after it ("Bern or Berne, capital of …",
  "Kathmandu, Katmandu. capital of …") is the capital under its first spelling.

Invented text in the general form of each, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def lives(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def capital_facts(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


def papers(text):
    return [(f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text)]


def test_a_dictionary_entry_with_semicolons_and_places_before_dates():
    text = "HALVORSEN, Ingrid, cellist; born Bergen, Norway, 3 May 1901; died Oslo, 4 June 1980."
    assert lives(text) == [
        ("birth_date", "Ingrid HALVORSEN", "1901-05-03"),
        ("death_date", "Ingrid HALVORSEN", "1980-06-04"),
    ]


def test_an_apposed_description_then_born_and_a_place_with_a_comma():
    text = "Ingrid Halvorsen, cellist, born Bergen, Norway, 3 May 1901."
    assert lives(text) == [("birth_date", "Ingrid Halvorsen", "1901-05-03")]


def test_an_index_line_inverted_with_an_apposition():
    text = "Halvorsen, Ingrid, cellist, born 3 May 1901."
    assert lives(text) == [("birth_date", "Ingrid Halvorsen", "1901-05-03")]


def test_abbreviated_marks_after_a_semicolon():
    text = "Ingrid Halvorsen; b. Bergen, Norway, May 3, 1901; d. Oslo, June 4, 1980"
    assert lives(text) == [
        ("birth_date", "Ingrid Halvorsen", "1901-05-03"),
        ("death_date", "Ingrid Halvorsen", "1980-06-04"),
    ]


def test_near_miss_a_town_before_the_name_is_no_family_name():
    assert lives("Bergen, Ingrid Halvorsen, born 3 May 1901.") == [
        ("birth_date", "Ingrid Halvorsen", "1901-05-03")
    ]


def test_near_miss_an_adverb_before_the_name_is_no_family_name():
    assert lives("Sadly, Ingrid Halvorsen, born 3 May 1901, is gone.") == [
        ("birth_date", "Ingrid Halvorsen", "1901-05-03")
    ]


def test_near_miss_a_year_alone_after_the_place_dates_nothing():
    assert lives("Ingrid Halvorsen, cellist, born Bergen, Norway, 1901.") == []


def test_an_abbreviated_rank_before_a_name_in_minutes():
    text = "Members were advised of the death of former Cllr. Ken Moe, on 6th June 2021."
    assert lives(text) == [("death_date", "Ken Moe", "2021-06-06")]


def test_two_abbreviated_ranks_before_a_name():
    text = "We remember Lt. Col. Ken Moe, who was killed on 1 July 1916."
    assert lives(text) == [("death_date", "Ken Moe", "1916-07-01")]


def test_near_miss_a_speakers_rank_in_dialogue_is_no_author():
    text = 'Capt. M. Certainly. "A shelter for the mules," as they say.'
    assert papers(text) == []


def test_a_birth_in_square_brackets():
    assert lives("Ken Moe [born 3 May 1980] is an English drummer.") == [
        ("birth_date", "Ken Moe", "1980-05-03")
    ]


def test_an_abbreviated_death_mark_in_square_brackets():
    assert lives("Ken Moe [d. 4 June 2001] was a drummer.") == [
        ("death_date", "Ken Moe", "2001-06-04")
    ]


def test_near_miss_a_bare_date_in_square_brackets_is_an_editors():
    assert lives("Ken Moe [3 May 1980] wrote to his sister.") == []


def test_a_registers_dob_after_a_name_and_a_dash():
    assert lives("Ken Moe (Forward) - DOB: 3rd May 1980") == [
        ("birth_date", "Ken Moe", "1980-05-03")
    ]


def test_near_miss_dob_before_no_date():
    assert lives("Ken Moe, DOB unknown, 3 May 1980 signed for the club.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tallinn or Talinn, capital of Estonia, on the Gulf of Finland.", ("Estonia", "Tallinn")),
        ("Vilnius, Vilna. capital of Lithuania.", ("Lithuania", "Vilnius")),
    ],
)
def test_a_headword_with_its_other_spelling_after_it(text, expected):
    assert capital_facts(text) == [expected]


def test_near_miss_two_cities_before_capital_of_are_no_spellings():
    # the capital is the one next to it
    assert capital_facts("Tartu, Tallinn, capital of Estonia, lies north.") == [
        ("Estonia", "Tallinn")
    ]
