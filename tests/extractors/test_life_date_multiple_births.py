"""Twins and triplets born on one date, each named: told as their mother's act ("On D, Ana Roe
gave birth to twin daughters, Lia and Mia", "… identical twin sons named Ken and Ben", "gave
birth to twins, Lia and Mia, on D") or as the children's ("On D, their triplet girls were
born: A, B, and C"). Found by reading realweb's Wikipedia sentences holding a birth word and a
full date that gave no fact. Invented sentences, with near-misses."""

from __future__ import annotations

from auditor.extraction import Extraction
from extractors.base import select


def facts(text: str) -> set[tuple[str, str, str]]:
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return {(f.relation, f.subject, f.value) for f in found}


def test_twins_born_of_their_mother_on_a_fronted_date():
    assert facts("On 25 November 1981, Ana Roe gave birth to twin daughters, Lia and Mia.") == {
        ("birth_date", "Lia", "1981-11-25"),
        ("birth_date", "Mia", "1981-11-25"),
    }
    text = "On 11 February 2014, Ana Roe gave birth to identical twin sons named Ken and Ben."
    assert facts(text) == {("birth_date", "Ken", "2014-02-11"), ("birth_date", "Ben", "2014-02-11")}


def test_twins_named_then_the_date():
    assert facts("Ana Roe gave birth to twins, Lia Roe and Mia Roe, on 3 May 1990.") == {
        ("birth_date", "Lia Roe", "1990-05-03"),
        ("birth_date", "Mia Roe", "1990-05-03"),
    }


def test_triplets_born_named_after_a_colon():
    text = "On 1 June 2010, their triplet girls were born: Lia Roe, Mia Roe, and Pia Roe."
    assert facts(text) == {
        ("birth_date", "Lia Roe", "2010-06-01"),
        ("birth_date", "Mia Roe", "2010-06-01"),
        ("birth_date", "Pia Roe", "2010-06-01"),
    }


def test_near_miss_twins_left_unnamed_or_named_for_another_event():
    assert facts("On 3 May 1990, Ana Roe gave birth to twins.") == set()
    assert facts("On 3 May 1990, the twin sisters Lia Roe and Mia Roe opened a bakery.") == set()
