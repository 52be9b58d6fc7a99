"""Deaths that prose states with a killing's words ("was shot dead", "was beaten to death",
"was beheaded", "was hanged"), a pronoun's clause after a semicolon ("Roe's health failed in
1915; he died on D": the person the text introduced), and a description with a possessive
apposed before the name ("Norway's first woman in parliament, Jane Roe, was …": the name is
what follows the description's comma). Invented text in the general form of each, with
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
