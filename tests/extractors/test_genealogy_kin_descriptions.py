"""A genealogy's or an inscription's person described by kinship before the life's marks:
"Ada Vane, wife of Tom Hale, b. D, d. D" and "…, born D, died D" date the person described,
not the one the kinship names; consecutive lines of "Name, b. D, d. D" each date their own
name (a year closing the line above is no date before the next line's name). Invented text in
the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_kinship_before_the_marks_describes_the_person_named_first():
    text = "Edith Brann, wife of Walter Coles, b. Mar 2, 1861, d. Oct 5, 1930"
    assert life(text) == [
        ("birth_date", "Edith Brann", "1861-03-02"),
        ("death_date", "Edith Brann", "1930-10-05"),
    ]


def test_kinship_before_born_and_died_written_out():
    text = "Edith Brann, daughter of Walter Coles, born 2 March 1861, died 5 October 1930."
    assert life(text) == [
        ("birth_date", "Edith Brann", "1861-03-02"),
        ("death_date", "Edith Brann", "1930-10-05"),
    ]


def test_near_miss_a_kin_noun_with_its_own_name_after_it():
    # the son is named after his noun: the birth is the son's, not Walter Coles's
    text = "Walter Coles, with whom she had a son, Amos, born 2 March 1891, lived in Hull."
    assert life(text) == [("birth_date", "Amos", "1891-03-02")]


def test_near_miss_the_marks_after_a_kin_noun_with_no_name_before_it():
    assert life("The son of Walter Coles, b. Mar 2, 1861, d. Oct 5, 1930, was Amos.") == []


def test_consecutive_lines_of_marks_each_date_their_own_name():
    text = (
        "Edith Brann, b. Mar 2, 1861, d. Oct 5, 1930\n"
        "Walter Coles, b. Jun 9, 1858, d. Jan 4, 1925\n"
    )
    assert life(text) == [
        ("birth_date", "Edith Brann", "1861-03-02"),
        ("birth_date", "Walter Coles", "1858-06-09"),
        ("death_date", "Edith Brann", "1930-10-05"),
        ("death_date", "Walter Coles", "1925-01-04"),
    ]
