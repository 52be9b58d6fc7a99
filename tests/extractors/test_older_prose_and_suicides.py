"""Life dates in older and narrative prose: a gap between the verb and the date that holds an
abbreviation's stop ("died at St. Albans, a pensioner, aged 70, on D": one sentence), a date
fronted after a short opening phrase ("Four months later, on D, X died"), a suicide's words
("committed suicide", "took her own life", "killed himself"), a regnal number written with a
full stop ("Francis II. died", "the death of Edward IV. (D)") and a sentence that names its
person last, continued by the next sentence's pronoun ("The first king was X. He was born on
D"). Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_an_abbreviation_stop_inside_the_gap():
    text = (
        "Tomas Brenner died at St. Albans, a pensioner of the crown, aged seventy, on 2 March 1721."
    )
    assert life(text) == [("death_date", "Tomas Brenner", "1721-03-02")]


def test_near_miss_a_sentence_ends_inside_the_gap():
    # the date belongs to another sentence whose subject is someone else
    text = "Tomas Brenner died at Albans. His brother was there, a pensioner, on 2 March 1721."
    assert life(text) == []


def test_a_date_fronted_after_an_opening_phrase():
    assert life("Four months later, on 9 June 1480, Tomas Brenner died in his cell.") == [
        ("death_date", "Tomas Brenner", "1480-06-09")
    ]
    assert life("Sadly, on 9 June 1980, Edith Marlow passed away at home.") == [
        ("death_date", "Edith Marlow", "1980-06-09")
    ]


def test_near_miss_a_lower_case_on_after_a_whole_clause():
    # "on D" here ends a long clause about another event, not a phrase fronting the sentence
    text = (
        "The committee of the hospital met again in the town hall of Leeds, on 9 June 1480, "
        "Tomas Brenner died."
    )
    assert life(text) == []


def test_a_suicide_states_the_death():
    assert life("Tomas Brenner committed suicide on 2 March 1921.") == [
        ("death_date", "Tomas Brenner", "1921-03-02")
    ]
    assert life("Edith Marlow took her own life on 19 May 1936 in Oslo.") == [
        ("death_date", "Edith Marlow", "1936-05-19")
    ]
    assert life("Tomas Brenner killed himself on 2 March 1921.") == [
        ("death_date", "Tomas Brenner", "1921-03-02")
    ]


def test_near_miss_a_suicide_that_did_not_happen():
    assert life("Tomas Brenner nearly committed suicide on 2 March 1921.") == []
    assert life("Tomas Brenner threatened to kill himself on 2 March 1921.") == []


def test_a_regnal_number_with_a_full_stop():
    assert life("On 5 December 1560, Francis II. died, leaving a widow.") == [
        ("death_date", "Francis II", "1560-12-05")
    ]
    assert life("The treason was checked by the death of Edward IV. (April 9, 1483).") == [
        ("death_date", "Edward IV", "1483-04-09")
    ]


def test_near_miss_a_full_stop_that_ends_the_name_sentence():
    # a stop after a name that is no regnal number ends the sentence: the date is not his
    assert life("The treason was checked by the death of Tomas Brenner. (April 9, 1483).") == []


def test_a_person_named_last_then_continued_by_a_pronoun():
    text = "The first bishop of the see was Tomas Brenner. He was born on 2 March 1421 in Ghent."
    assert life(text) == [("birth_date", "Tomas Brenner", "1421-03-02")]


def test_near_miss_the_pronoun_of_another_gender():
    text = "The first bishop of the see was Tomas Brenner. She was born on 2 March 1421 in Ghent."
    assert life(text) == []


def test_near_miss_the_date_opens_the_next_sentence():
    text = (
        "Edith Marlow committed suicide, after an illness of many years. On 4 March 1934, her "
        "husband published her letters."
    )
    assert life(text) == []


def test_a_pronoun_after_a_short_opening_phrase():
    text = "Tomas Brenner was a poet. The son of a miner, he was born on 2 March 1901 in Ghent."
    assert life(text) == [("birth_date", "Tomas Brenner", "1901-03-02")]


def test_near_miss_a_pronoun_after_a_whole_clause_and_a_comma():
    # a comma splice after a long clause: no opening phrase fronts the pronoun
    text = (
        "Tomas Brenner was a poet. He moved to Ghent with his wife and their five children, "
        "he was born on 2 March 1901."
    )
    assert life(text) == []


def test_a_death_in_a_relative_clause_on_the_predicates_noun():
    text = "Tomas Brenner (born 2 March 1901) was an English poet who died on 4 June 1980."
    assert life(text) == [
        ("birth_date", "Tomas Brenner", "1901-03-02"),
        ("death_date", "Tomas Brenner", "1980-06-04"),
    ]


def test_near_miss_the_relative_clause_on_another_persons_noun():
    text = "Tomas Brenner was the son of Ilse Marten who died on 4 June 1980."
    assert ("death_date", "Tomas Brenner", "1980-06-04") not in life(text)


def test_a_writers_own_birth_after_they_named_themself():
    assert life("Hi, I'm Tomas Brenner. I was born on 2 March 1971 in Ghent.") == [
        ("birth_date", "Tomas Brenner", "1971-03-02")
    ]
    assert life("My name is Ilse Marten and I was born on 2 March 1971.") == [
        ("birth_date", "Ilse Marten", "1971-03-02")
    ]


def test_near_miss_an_anonymous_writers_birth():
    assert life("I was born on 2 March 1971. The team lost that day.") == []
    assert life("I'm sure I was born on 2 March 1971.") == []


def test_near_miss_a_relatives_birth_after_a_comma_gap():
    text = "She married Tomas Brenner, with whom she has a son, Ben, born in Ghent on 2 March 2009."
    assert ("birth_date", "Tomas Brenner", "2009-03-02") not in life(text)
    # while a description in the gap keeps the name's own birth
    assert life("Tomas Brenner, a farmer from Ghent, born 2 March 1901, died young.") == [
        ("birth_date", "Tomas Brenner", "1901-03-02")
    ]


def test_a_death_in_a_clause_of_reason_with_had():
    text = "Tomas Brenner was a composer. He missed the premiere, as he had died 5 December 1791."
    assert life(text) == [("death_date", "Tomas Brenner", "1791-12-05")]


def test_near_miss_the_clause_of_reason_about_a_relative_of_another_gender():
    text = "Ilse Marten nursed her father, as he had died on 5 December 1791."
    assert life(text) == []
