"""A birth stated by its noun, dated after "on" or in brackets: "the birth of Leo Roe on 20 May
2000", "with the birth of her eldest son, Tomas, on 9 April 1871", "the birth of his daughter,
Kate (March 2, 1611)", as the death's noun was read already ("the death of …"). The trigger
had left "birth of" out ("the birth of the movement"). Near-misses: a movement's or a music's
birth, a state's, an anniversary's day, someone's child named by a possessive. Invented
sentences in the general form of each construction."""

from __future__ import annotations

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def births(text: str) -> set[tuple[str, str]]:
    extraction = Extraction(select(["birth_date"]))
    return {(f.subject, f.value) for f in extraction.facts(text)}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The birth of Leo Roe on 20 May 2000 made the news.", ("Leo Roe", "2000-05-20")),
        (
            "With the birth of her eldest son, Tomas, on 9 April 1871, Ana became a mother.",
            ("Tomas", "1871-04-09"),
        ),
        (
            "He lived to hear of the birth of his daughter, Kate (March 2, 1611).",
            ("Kate", "1611-03-02"),
        ),
        # (a title of rank dropped, as the guidelines write subjects)
        (
            "The town rang its bells for the birth of Prince Leo on 20 May 2000.",
            ("Leo", "2000-05-20"),
        ),
    ],
)
def test_a_birth_stated_by_its_noun(text, fact):
    assert births(text) == {fact}


@pytest.mark.parametrize(
    "text",
    [
        "The birth of Hip Hop on August 11, 1973 is celebrated every year.",
        "The birth of Jazz on 3 May 1917 in New Orleans is a myth.",
        "The birth of the Republic on 4 July 1776 changed everything.",
        "On the 100th anniversary of the birth of Ana Roe on 3 May 2050, a statue was unveiled.",
        "Ana Roe announced the birth of her daughter Kate's first child on 3 June 2010.",
    ],
    ids=["movement", "music", "state", "anniversary", "possessive"],
)
def test_near_miss_no_person_s_birth_on_that_day(text):
    assert births(text) == set()
