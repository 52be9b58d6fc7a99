"""Birth dates in the lines of profile pages and squad lists: a labelled field after the name
on its own line, parted by dashes ("Jane Roe – Striker – DOB: 28.07.1993"), and a date with the
age it makes today, under the name or after it ("28 July 1993 (age 30)"). Invented text in the
general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_labelled_field_after_the_name_and_dashes():
    text = "Tobias Lenz – Midfielder – DOB: 14.02.1996\nLeon Marx – Defender – DOB: 23.11.1995\n"
    assert life(text) == [
        ("birth_date", "Leon Marx", "1995-11-23"),
        ("birth_date", "Tobias Lenz", "1996-02-14"),
    ]


def test_near_miss_a_field_of_an_ambiguous_date():
    # day and month can be read either way: no fact
    assert life("Tobias Lenz – Midfielder – DOB: 04.02.1996\n") == []


def test_a_date_with_its_age_under_the_name():
    text = "Tobias Lenz\n14 February 1996 (age 28)\nKassel, Germany\n"
    assert life(text) == [("birth_date", "Tobias Lenz", "1996-02-14")]


def test_a_date_with_its_age_after_the_name():
    assert life("Tobias Lenz, 14 February 1996 (age 28)\n") == [
        ("birth_date", "Tobias Lenz", "1996-02-14")
    ]


def test_near_miss_an_age_under_a_line_that_names_no_person():
    assert life("The stadium was opened\n14 February 1996 (age 28)\n") == []


def test_a_labelled_field_after_the_name_and_a_bar_or_a_dot():
    text = (
        "Tobias Lenz | Born: 14 February 1996 | Height: 1.82 m\n"
        "Leon Marx · Born: 23 November 1995 · Kassel\n"
        "| Jonas Wirth | Born: 2 March 1994 |\n"
    )
    assert life(text) == [
        ("birth_date", "Jonas Wirth", "1994-03-02"),
        ("birth_date", "Leon Marx", "1995-11-23"),
        ("birth_date", "Tobias Lenz", "1996-02-14"),
    ]


def test_near_miss_a_bar_after_a_menu_not_a_name():
    assert life("Home | About | Born: 14 February 1996 | Height: 1.82 m\n") == []


def test_a_profile_heading_label_names_the_fields_person():
    text = "Player profile: Tobias Lenz\nDate of birth: 14.02.1996\nNationality: Germany\n"
    assert life(text) == [("birth_date", "Tobias Lenz", "1996-02-14")]


def test_near_miss_a_profile_label_over_no_name():
    assert life("Player profile: updated weekly\nDate of birth: 14.02.1996\n") == []


def test_a_place_before_the_date_inside_the_field():
    text = (
        "Tobias Lenz\nBorn: Kassel, Hesse, 14 February 1936\n"
        "Died: St. Paul, Minnesota, June 4, 2010\n"
    )
    assert life(text) == [
        ("birth_date", "Tobias Lenz", "1936-02-14"),
        ("death_date", "Tobias Lenz", "2010-06-04"),
    ]


def test_near_miss_a_place_alone_in_the_field_then_another_event_s_date():
    text = "Tobias Lenz\nBorn: Kassel, Hesse\nMarried: Bonn, 4 June 1960\n"
    assert life(text) == []


def test_the_two_words_without_a_colon_after_dashes_on_the_name_s_line():
    text = "Tobias Lenz – Born 14 February 1936 in Kassel – Died June 4, 2010 in Bonn\n"
    assert life(text) == [
        ("birth_date", "Tobias Lenz", "1936-02-14"),
        ("death_date", "Tobias Lenz", "2010-06-04"),
    ]


def test_near_miss_a_dash_after_a_phrase_that_names_nobody():
    assert life("The band split – Died June 4, 2010 in Bonn\n") == []


def test_a_death_after_a_birth_in_one_clause_takes_the_births_subject():
    # the birth stated after a description ("was a pitcher, born …") or an inverted heading
    text = "Ruben Ostrow was a pitcher, born 9 April 1931 in Akron, died 2 May 2004 in Dayton."
    assert life(text) == [
        ("birth_date", "Ruben Ostrow", "1931-04-09"),
        ("death_date", "Ruben Ostrow", "2004-05-02"),
    ]
    text = "Ostrow, Ruben - born 09 Apr 1931; died 02 May 2004"
    assert life(text) == [
        ("birth_date", "Ruben Ostrow", "1931-04-09"),
        ("death_date", "Ruben Ostrow", "2004-05-02"),
    ]


def test_near_miss_a_death_after_a_birth_with_another_subject_between():
    text = "Ruben Ostrow was a pitcher, born 9 April 1931 in Akron; his father died 2 May 1950."
    assert life(text) == [("birth_date", "Ruben Ostrow", "1931-04-09")]


def test_lower_case_one_letter_labels_of_birth_and_death():
    text = "Ruben Ostrow\nPitcher\nb: 9 April 1931\nd: 2 May 2004"
    assert life(text) == [
        ("birth_date", "Ruben Ostrow", "1931-04-09"),
        ("death_date", "Ruben Ostrow", "2004-05-02"),
    ]


def test_near_miss_a_lower_case_letter_label_inside_a_line():
    text = "Ruben Ostrow\nOptions a: 9 April 1931, b: 2 May 2004"
    assert life(text) == []
