"""Pages about one person, in three more forms: a heading that says whose page it is
("Biography of Jane Roe") stands for the person a later "she" continues, even where the page
does not name them again; news' age for the person ("The 34-year-old was born …"), after the
person was named and nobody else since; and a profile's heading, the name on its own line and
the role with the birth on the next ("Jane Roe\\nSinger, born D"). A timeline's entry may
describe its person with a compound of "-born" ("D – Jane Roe, German-born painter, is born in
Ulm"): no other event. Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def lives(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_labelled_heading_for_a_later_pronoun():
    text = "Biography of Marta Lindqvist\nBorn in Umeå on 4 April 1979, she trained as a potter."
    assert lives(text) == [("birth_date", "Marta Lindqvist", "1979-04-04")]


def test_near_miss_an_unlabelled_heading_never_named_again():
    text = "Marta Lindqvist – Guide\nBorn in Umeå on 4 April 1979, she trained as a potter."
    assert lives(text) == []


def test_the_persons_age_for_the_person():
    text = "Marta Lindqvist is a potter from Umeå. The 45-year-old was born on 4 April 1979."
    assert lives(text) == [("birth_date", "Marta Lindqvist", "1979-04-04")]


def test_near_miss_an_age_after_two_people():
    text = "Marta Lindqvist met Per Lund. The 45-year-old was born on 4 April 1979."
    assert lives(text) == []


def test_a_role_under_the_name_with_the_birth():
    assert lives("MARTA LINDQVIST\nPainter, born 4 April 1979") == [
        ("birth_date", "MARTA LINDQVIST", "1979-04-04")
    ]
    assert lives("Marta Lindqvist\nSinger-songwriter (b. 4 April 1979)") == [
        ("birth_date", "Marta Lindqvist", "1979-04-04")
    ]


def test_near_miss_a_club_over_a_line_that_is_no_role():
    assert lives("Umeå United\nClub, born 4 April 1979") == []


def test_a_timelines_apposition_with_a_born_compound():
    text = "4 April 1979 \u2013 Marta Lindqvist, Swedish-born painter, is born in Umeå."
    assert lives(text) == [("birth_date", "Marta Lindqvist", "1979-04-04")]


def test_near_miss_a_timelines_apposition_with_another_event():
    text = "4 April 1979 \u2013 Marta Lindqvist, married in 1975, is born in Umeå."
    assert lives(text) == []
