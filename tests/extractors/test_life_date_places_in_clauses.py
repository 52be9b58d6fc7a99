"""Places inside the clauses that date a life: a birthplace with its country before "on" and no
comma after the country ("Born in Leeds, England on D, Name …"); a place after "of" or "from"
in an apposition's noun phrase is nobody the date could be of ("Name, a native of Leeds born
on D"), a place before "who died" is no subject ("a painter from Leeds who died on D"), nor is
a place whose relative clause has its own ("Oban, the town where he was born on D"); the date
in brackets after the place of death ("died at Perth (June 4, 1153)").
Invented text in the general form of each, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    extraction = Extraction(select(["birth_date", "death_date"]))
    return sorted((f.relation, f.subject, f.value) for f in extraction.facts(text))


def test_a_fronted_birthplace_with_its_country_and_no_comma_before_on():
    text = "Born in Tromsø, Norway on 12 May 1961, Ingrid Dahl trained as a nurse."
    assert life(text) == [("birth_date", "Ingrid Dahl", "1961-05-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ingrid Dahl, a native of Tromsø born on 12 May 1961, trained as a nurse.",
            ("birth_date", "Ingrid Dahl", "1961-05-12"),
        ),
        (
            "Ingrid Dahl, a nurse from Stavanger born 12 May 1961, lives in Oslo.",
            ("birth_date", "Ingrid Dahl", "1961-05-12"),
        ),
        (
            "Ingrid Dahl, a nurse from Stavanger who died on 3 June 2011, was buried at sea.",
            ("death_date", "Ingrid Dahl", "2011-06-03"),
        ),
    ],
)
def test_a_place_in_the_apposition_is_nobody_else(text, expected):
    assert life(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a person after "of": the date may be theirs
        "Ingrid Dahl, a friend of Ole Berg born on 12 May 1961, trained as a nurse.",
        # a place's name that is also a given name
        "Ingrid Dahl, a friend of Florence born on 12 May 1961, trained as a nurse.",
    ],
)
def test_near_miss_someone_else_in_the_apposition(text):
    assert life(text) == []


def test_near_miss_a_place_before_who_died_is_no_subject():
    # no person the clause's noun names, so no death at all rather than the town's
    assert life("The flood in Stavanger who died on 3 June 2011 was a surprise.") == []


def test_a_name_that_is_a_town_and_a_given_name_before_who_died():
    text = "In his memoir he wrote of his bond with Martin, who died on 25 December 1995."
    assert life(text) == [("death_date", "Martin", "1995-12-25")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He died in Oban, the town where he was born on 12 January 1934.",
        "He returned to Mull, the island on which he was born on 12 January 1934.",
        "She lived in Leeds, the city where she had been born on 12 January 1934.",
    ],
)
def test_a_place_whose_relative_clause_has_its_own_subject_is_not_dated(sentence):
    # the apposition's head is where the birth was; its pronoun is who was born
    text = f"Alasdair Penn was a marine biologist. {sentence}"
    assert not [f for f in select(["birth_date"])[0].extract(text) if f.subject != "Alasdair Penn"]


def test_near_miss_an_apposition_whose_relative_clause_is_the_heads_own():
    # "that the critics loved" has its own subject, but the birth is the head's
    text = "Jane Roe, the harpist that the critics loved, born 3 May 1950, played in Leeds."
    assert [(f.subject, f.value) for f in select(["birth_date"])[0].extract(text)] == [
        ("Jane Roe", "1950-05-03")
    ]


def test_the_date_in_brackets_after_the_place_of_death():
    # older histories date an event in brackets after the clause
    text = "In the same year Malcolm Dunn died at Perth (June 4, 1153), and his son ruled."
    assert life(text) == [("death_date", "Malcolm Dunn", "1153-06-04")]


def test_the_date_in_brackets_after_a_passive_death_and_its_place():
    text = "Ewan Gray, confessing his part in the plot, was executed at Stirling (May 2,\n1584)."
    assert life(text) == [("death_date", "Ewan Gray", "1584-05-02")]


def test_near_miss_a_bracket_that_opens_with_a_word_before_its_date():
    text = "Malcolm Dunn died at Perth (see June 4, 1153, for the treaty)."
    assert life(text) == []
