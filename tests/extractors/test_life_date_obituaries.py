"""Obituaries and short bios as newspapers, funeral homes and film or music sites write them: a
heading's inverted name with a nickname in quotes or a dash after it ('ROE, Kenneth "Ken"'),
a sentence that opens on the age under the heading ("Age 80, of Dayton, passed away on …"), a
birth's participle phrase before the death's pronoun ("Born 3 June 1950 in Lyon, she died
on …"), the idiom "left this world", and a name with its trade after a dash ("Ken Roe -
Singer, songwriter. Born …", "Ken Roe: vocals. Born …"). Invented texts in the forms obituary templates give, each class
with a near-miss."""

from __future__ import annotations

from auditor.extraction import Extraction
from extractors.base import select


def facts(text: str) -> set[tuple[str, str, str]]:
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return {(f.relation, f.subject, f.value) for f in found}


def test_an_inverted_heading_with_a_nickname_names_the_person():
    text = 'MOE, Harold "Hal"\nHe was born March 3, 1931 in Troy. He died on June 4, 2011.'
    assert facts(text) == {
        ("birth_date", 'Harold "Hal" MOE', "1931-03-03"),
        ("death_date", 'Harold "Hal" MOE', "2011-06-04"),
    }


def test_an_inverted_heading_and_a_dash_before_its_notice():
    assert facts("MOE, Harold - He was born March 3, 1931 in Troy.") == {
        ("birth_date", "Harold MOE", "1931-03-03")
    }


def test_near_miss_a_dash_before_lower_case_words_is_no_heading():
    # a line of prose that opens on a place and a comma, not a heading
    assert facts("Troy, Harold - he was born March 3, 1931 in Troy.") == set()


def test_a_sentence_opening_on_the_age_under_the_heading():
    assert facts("MOE, Harold\nAge 80, of Dayton, passed away peacefully on June 4, 2011.") == {
        ("death_date", "Harold MOE", "2011-06-04")
    }
    assert facts("Harold Moe\n80, of Dayton, Ohio, died on Tuesday, June 4, 2011.") == {
        ("death_date", "Harold Moe", "2011-06-04")
    }


def test_near_miss_an_age_under_a_heading_that_names_no_person():
    # a club's notice: its heading names no one, so nobody's death is stated
    assert facts("Dayton Rowing Club\nAge 80, of Dayton, passed away on June 4, 2011.") == set()
    # a number and "of" without a place is a count, not an age
    assert facts("Harold Moe\n80, of whom many passed away on June 4, 2011.") == set()


def test_a_birth_phrase_before_the_deaths_pronoun():
    text = (
        "Ana Lund was a teacher. Born 3 June 1950 in Lyon, France, she died quietly"
        " at home on 2 April 2015."
    )
    assert facts(text) == {
        ("birth_date", "Ana Lund", "1950-06-03"),
        ("death_date", "Ana Lund", "2015-04-02"),
    }


def test_near_miss_a_birth_phrase_inside_another_persons_description():
    # the phrase describes her sister, whom the pronoun continues: no death of Ana Lund's
    text = (
        "Ana Lund was a teacher. Her sister, born 3 June 1950 in Lyon, France, she died"
        " at home on 2 April 2015."
    )
    assert ("death_date", "Ana Lund", "2015-04-02") not in facts(text)


def test_left_this_world():
    assert facts("Harold Moe left this world on April 15, 2019, surrounded by family.") == {
        ("death_date", "Harold Moe", "2019-04-15")
    }


def test_near_miss_left_this_town():
    assert facts("Harold Moe left this town on April 15, 2019, for a job in Ohio.") == set()


def test_a_name_and_its_trade_after_a_dash():
    text = "Harold Moe - Singer, songwriter. Born March 3, 1970 in Dayton, Ohio, USA."
    assert facts(text) == {("birth_date", "Harold Moe", "1970-03-03")}


def test_near_miss_a_place_and_its_description_after_a_dash():
    text = "Dayton Ohio - City guide. Born March 3, 1970 in Dayton, a mayor said."
    assert facts(text) == set()


def test_a_name_and_its_part_after_a_colon():
    # a band's page setting out its members
    text = "Harold Moe: vocals, rhythm guitar. Born March 3, 1970 in Dayton, Ohio."
    assert facts(text) == {("birth_date", "Harold Moe", "1970-03-03")}


def test_near_miss_a_place_and_its_description_after_a_colon():
    text = "Dayton Ohio: city guide. Born March 3, 1970 in Dayton, a mayor said."
    assert facts(text) == set()


def test_near_miss_a_given_name_that_names_a_state_too_stays_a_name():
    text = "Virginia Lund was a nurse in Leeds. Virginia died on June 4, 2011."
    assert facts(text) == {("death_date", "Virginia", "2011-06-04")}
