"""Life dates in a biography's body: a fronted date before a kin's description and their name
("On 10 May 1875 his son Ivan was born in Oslo", "On D, his wife, Ana, died"), and a birth
sentence followed by another person's death in the next sentence ("Kari was born on D. Brandt
died on D2": Brandt's death, not Kari's). Near-misses: a kin without a name states no fact; an
abbreviation's stop ("St. Mary's", "D.C.") ends no sentence. Invented text in the general form
of each."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def facts(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After a year abroad they came home. On 10 May 1875 his son Ivan was born in Oslo.",
            [("birth_date", "Ivan", "1875-05-10")],
        ),
        (
            "On 3 May 1948, their eldest daughter, Kari Moe, was born in Bergen.",
            [("birth_date", "Kari Moe", "1948-05-03")],
        ),
        (
            "The party lost the election. On 5 July 2001, his wife, Hanne, died in Bonn.",
            [("death_date", "Hanne", "2001-07-05")],
        ),
    ],
)
def test_a_fronted_date_before_a_kins_name(text, expected):
    assert facts(text) == expected


def test_near_miss_a_kin_without_a_name():
    assert facts("On 5 July 2001 his wife died in Bonn. On 3 May 1948 his daughter was born.") == []


def test_a_death_in_the_next_sentence_is_its_own_subjects():
    text = (
        "Halvorsen married Tomas Brandt in 1945. Their daughter, Kari, was born on 3 May 1948. "
        "Brandt died on 14 February 1990, and Halvorsen remarried."
    )
    assert facts(text) == [
        ("birth_date", "Kari", "1948-05-03"),
        ("death_date", "Brandt", "1990-02-14"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kari Moe was born on 3 May 1948 at St. Mary's Hospital and died on 14 February 1990.",
        "Kari Moe was born on 3 May 1948, lived in Oslo, and died on 14 February 1990.",
    ],
)
def test_near_miss_one_sentence_born_and_died_stays_one_persons(text):
    assert facts(text) == [
        ("birth_date", "Kari Moe", "1948-05-03"),
        ("death_date", "Kari Moe", "1990-02-14"),
    ]
