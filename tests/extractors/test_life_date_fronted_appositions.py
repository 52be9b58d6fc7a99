"""A date fronted before its sentence's subject ("On 19 March 1702, …"), with what real prose
puts between the name and its verb or before the name: a description apposed to the name ("Ken
Roe, the mayor of Leeds, died", "William, King of Harbour and Lord of the Isles, died", "…, in
charge of the mission, was killed"), a couple's child ("the couple's daughter Ana Roe was
born"), and a killing in the active voice ("agents of X assassinated Lia Tull"). Each was read
only without the date fronted. Invented sentences, each class with a near-miss."""

from __future__ import annotations

from auditor.extraction import Extraction
from extractors.base import select


def facts(text: str) -> set[tuple[str, str, str]]:
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return {(f.relation, f.subject, f.value) for f in found}


def test_a_description_apposed_to_the_name():
    assert facts("On 19 March 1702, Ken Roe, the mayor of Leeds, died.") == {
        ("death_date", "Ken Roe", "1702-03-19")
    }
    assert facts("On 19 March 1702, Willem, King of Harbour and Lord of the Isles, died.") == {
        ("death_date", "Willem", "1702-03-19")
    }
    assert facts(
        "On 8 September 1879 Sir Ken Roe, in charge of the mission in Leeds, was killed with"
        " his entire staff by rebels."
    ) == {("death_date", "Ken Roe", "1879-09-08")}


def test_near_miss_a_list_of_names_is_no_apposition():
    # "Ken Roe, Ana Moe, …" names three people; the date is no one's death here
    assert facts("On 19 March 1702, Ken Roe, Ana Moe and Lia Tull met in Leeds.") == set()


def test_a_couples_child_born_on_the_fronted_date():
    assert facts("On August 18, 1992, the couple's daughter Ana Beth Roe was born.") == {
        ("birth_date", "Ana Beth Roe", "1992-08-18")
    }


def test_a_killing_in_the_active_voice():
    assert facts("On May 18, 1916, agents of Ken Moe assassinated Lia Tull.") == {
        ("death_date", "Lia Tull", "1916-05-18")
    }
    assert facts(
        "On April 13, 1975, several units of the gendarmerie killed Ken Tull during a coup."
    ) == {("death_date", "Ken Tull", "1975-04-13")}
    assert facts("On 3 May 1990, police shot dead protester Ana Roe outside the hall.") == {
        ("death_date", "Ana Roe", "1990-05-03")
    }


def test_near_miss_an_attempt_a_possession_and_a_description():
    assert facts("On 3 May 1990, the gang almost killed Ken Roe in Leeds.") == set()
    assert facts("On 3 May 1990, the storm killed Ken Roe's cattle.") == set()
    assert (
        facts("On 23 March 1971, soldiers loyal to the executed Brigadier Ken Roe held a mutiny.")
        == set()
    )


def test_a_description_set_off_before_the_name():
    assert facts("On 2 November 2004, the country's first president, Ken Roe, died.") == {
        ("death_date", "Ken Roe", "2004-11-02")
    }


def test_near_miss_a_clause_before_the_name_is_no_description():
    # "the storm hit Leeds," is a clause of its own; no comma closes a name set off after it
    assert facts("On 2 November 2004, the storm hit Leeds, Ken Roe said.") == set()


def test_the_names_place_or_an_aside_after_it_and_a_note_on_the_date():
    assert facts(
        "On 1 January 2012, motorcyclist Ken Roe of Argentina died after a cardiac arrest."
    ) == {("death_date", "Ken Roe", "2012-01-01")}
    assert facts(
        "On December 22, 1930 their daughter, Ana Roe (who later married the show's producer,"
        " Ken Moe), was born."
    ) == {("birth_date", "Ana Roe", "1930-12-22")}
    assert facts(
        "On 9 October 1831 (27 September in the Julian Calendar) Ken Roe was assassinated by his"
        " rivals."
    ) == {("death_date", "Ken Roe", "1831-10-09")}


def test_the_death_of_a_name_in_a_described_place():
    assert facts(
        "The vote was postponed until the death of Ken Roe in his hometown of Leeds on 20"
        " October 2011."
    ) == {("death_date", "Ken Roe", "2011-10-20")}


def test_near_miss_a_place_of_a_name_before_another_verb():
    # "of Argentina" goes with the name only before the verb of the life event
    assert facts("On 1 January 2012, motorcyclist Ken Roe of Argentina won in Leeds.") == set()


def test_a_times_phrase_after_the_fronted_date():
    assert facts(
        "On 30 January 1951, not long before the founding of the new state, Ken Roe died from"
        " complications following a stroke."
    ) == {("death_date", "Ken Roe", "1951-01-30")}


def test_near_miss_a_death_inside_the_times_phrase_is_not_the_dates():
    assert facts("On 3 May 1951, shortly after the war, Ana Moe left Leeds.") == set()


def test_a_killing_after_another_of_the_subjects_verbs():
    assert facts("Ken Roe was arrested and executed on 2 November 1963.") == {
        ("death_date", "Ken Roe", "1963-11-02")
    }
    assert facts(
        "President Ken Roe was overthrown and executed, along with his brother, on 2 November 1963."
    ) == {("death_date", "Ken Roe", "1963-11-02")}


def test_near_miss_another_verb_and_an_acquittal_or_an_attempt():
    assert facts("Ken Roe was arrested and acquitted on 2 November 1963.") == set()
    assert facts("Ken Roe was attacked and nearly killed on 2 November 1963.") == set()


def test_a_possessive_description_set_off_before_the_name():
    assert facts(
        "On August 10, 1997, Ken Roe's first daughter and then-only child, 19-year-old Ana Roe,"
        " was killed in a car accident near Leeds."
    ) == {("death_date", "Ana Roe", "1997-08-10")}
    assert facts("On 9 January 1883, Ken Roe's sister, Maria, died.") == {
        ("death_date", "Maria", "1883-01-09")
    }


def test_near_miss_a_possessive_description_of_no_person():
    assert facts("On August 10, 1997, Ken Roe's band, the Harbours, played in Leeds.") == set()


def test_a_childs_birth_told_as_its_mothers_act():
    assert facts(
        "On 12 February 1780, Ana Roe gave birth to a daughter, Jeanne Julie Louise, whom she"
        ' called "Julie".'
    ) == {("birth_date", "Jeanne Julie Louise", "1780-02-12")}
    assert facts(
        "Ken Roe's widow Fanny gave birth to a son, Ethan Alphonso, on October 24, 1789."
    ) == {("birth_date", "Ethan Alphonso", "1789-10-24")}
    assert facts(
        "Ana Roe gave birth on 7 September 1533 to Elizabeth, named after her mother."
    ) == {("birth_date", "Elizabeth", "1533-09-07")}


def test_near_miss_a_child_left_unnamed_or_an_idea_born():
    assert facts("On 3 May 1990, she gave birth to a healthy boy in Leeds.") == set()
    assert facts("On 3 May 1990, the meeting gave birth to a new party, Harbour First.") == set()


def test_a_part_of_the_day_before_the_fronted_date():
    assert facts("On the morning of 13 March 1881, Ken Roe, aged 62, was killed by a bomb.") == {
        ("death_date", "Ken Roe", "1881-03-13")
    }
    assert facts("On the night of 6 November 1963, Ana Roe died in a car crash.") == {
        ("death_date", "Ana Roe", "1963-11-06")
    }


def test_near_miss_a_part_of_the_day_before_an_event_that_is_no_death():
    text = "On the night of 30 November 1994, Ken Roe was robbed and shot five times in a lobby."
    assert facts(text) == set()


def test_a_nationality_before_the_role_before_the_name():
    assert facts("On 13 July 1967, British cyclist Ken Roe died climbing a mountain.") == {
        ("death_date", "Ken Roe", "1967-07-13")
    }


def test_near_miss_the_described_persons_kin_died():
    # the team and the role describe Ken Roe, whose wife is the one who died
    assert ("death_date", "Ken Roe", "1967-07-13") not in facts(
        "On 13 July 1967, Leeds manager Ken Roe's wife died."
    )


def test_a_fronted_date_after_a_conjunction_that_opens_the_clause():
    assert facts("Nothing came of it, because on 29 September 1560, Ken Roe died.") == {
        ("death_date", "Ken Roe", "1560-09-29")
    }
    assert facts("The feud grew, and on 9 October 1831 Ken Roe was assassinated.") == {
        ("death_date", "Ken Roe", "1831-10-09")
    }


def test_near_miss_a_date_that_ends_another_clause():
    # "sold on D": the date is the sale's; the death after "and" has its own year
    assert facts("The house was sold on 3 May 1901, and Ana Roe died in 1950.") == set()
