"""Deaths that prose states with a killing's words ("was shot dead", "was beaten to death",
"was beheaded", "was hanged"), a pronoun's clause after a semicolon ("Roe's health failed in
1915; he died on D": the person the text introduced), and a description with a possessive
apposed before the name ("Norway's first woman in parliament, Jane Roe, was …": the name is
what follows the description's comma), and coordinated subjects of one verb ("A and B were born
on D": a fact for each). Invented text in the general form of each, with
near-misses."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.persons import person_name


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_killing_that_says_the_death():
    assert life("Tomas Brenner was shot dead on 2 March 1921 in Cork.") == [
        ("death_date", "Tomas Brenner", "1921-03-02")
    ]
    assert life("Tomas Brenner was beaten to death on 2 March 1921.") == [
        ("death_date", "Tomas Brenner", "1921-03-02")
    ]


def test_an_execution_by_its_manner():
    assert life("Edith Marlow was beheaded on 19 May 1536 at the Tower.") == [
        ("death_date", "Edith Marlow", "1536-05-19")
    ]
    assert life("Ned Quill was hanged on 4 August 1827 at Newgate.") == [
        ("death_date", "Ned Quill", "1827-08-04")
    ]


def test_near_miss_a_sentence_to_death_is_no_death():
    assert life("Ned Quill was sentenced to death on 4 August 1827 and later pardoned.") == []


def test_a_pronoun_clause_after_a_semicolon():
    text = (
        "Arvid Lindqvist was a Swedish chemist.\n"
        "His health failed in 1915; he died on November 14, 1915, at the age of 59."
    )
    assert life(text) == [("death_date", "Arvid Lindqvist", "1915-11-14")]


def test_near_miss_a_semicolon_clause_of_another_verb():
    text = "Arvid Lindqvist was a Swedish chemist.\nHe fell ill in 1915; he moved on May 3, 1916."
    assert life(text) == []


def test_a_possessive_description_apposed_before_the_name():
    text = "Norway's first woman in parliament, Anna Rogstad, was shot dead on 2 March 1921."
    assert life(text) == [("death_date", "Anna Rogstad", "1921-03-02")]


def test_near_miss_a_possessive_without_the_comma_names_nobody():
    # "Roe's husband Tom Roe": whose name it is, the run does not say plainly
    assert person_name("Jane Roe's husband Tom Roe") is None
    assert person_name("Jane Roe's") == "Jane Roe"


def test_coordinated_subjects_of_one_verb_each_have_the_date():
    assert life("Anna Quist and Beth Quist were born on 4 May 1950 in Malmö.") == [
        ("birth_date", "Anna Quist", "1950-05-04"),
        ("birth_date", "Beth Quist", "1950-05-04"),
    ]
    assert life("Jane Holm, Tom Holm and Ann Moe died on 4 May 1950 in a fire.") == [
        ("death_date", "Ann Moe", "1950-05-04"),
        ("death_date", "Jane Holm", "1950-05-04"),
        ("death_date", "Tom Holm", "1950-05-04"),
    ]


def test_near_miss_a_place_coordinated_with_the_next_clauses_subject():
    text = "Karl Brandt died on 14 March 1883 in Bonn, and Paul Quill died on 14 March 1918."
    assert life(text) == [
        ("death_date", "Karl Brandt", "1883-03-14"),
        ("death_date", "Paul Quill", "1918-03-14"),
    ]


def test_near_miss_the_relatives_of_coordinated_names():
    assert life("The parents of Anna Quist and Beth Quist were born on 4 May 1920.") == []
