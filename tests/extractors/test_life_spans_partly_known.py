"""A life span in brackets whose death is known only in part or not at all: "(3 May 1901 –
March 1980)", "(3 May 1901 – ?)", "(3 May 1901 – ??)", maybe with the birth's place before the
dash ("(3 May 1901 in Kladno, Bohemia – 1980)"): the full birth date is stated. Invented text
in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_death_known_by_its_month_and_year():
    assert life("Ilse Marten (7 January 1929 – March 1999) was a weaver.") == [
        ("birth_date", "Ilse Marten", "1929-01-07")
    ]


def test_a_death_known_by_its_month_a_comma_and_its_year():
    assert life("Ilse Marten (7 January 1929 – December, 1999) was a weaver.") == [
        ("birth_date", "Ilse Marten", "1929-01-07")
    ]


def test_near_miss_a_month_a_comma_and_a_day_without_its_year_is_no_span():
    assert life("Ilse Marten (7 January 1929 – December, 12) was a weaver.") == []


def test_a_death_unknown():
    assert life("Tomas Brenner (20 August 1862 – ?) was an engineer.") == [
        ("birth_date", "Tomas Brenner", "1862-08-20")
    ]
    assert life("Tomas Brenner (20 August 1862 – ??) was an engineer.") == [
        ("birth_date", "Tomas Brenner", "1862-08-20")
    ]


def test_the_birthplace_before_the_dash():
    text = "the son of Tomas Brenner (20 August 1862 in Kladno, Bohemia – ??), an engineer"
    assert life(text) == [("birth_date", "Tomas Brenner", "1862-08-20")]


def test_near_miss_a_hedged_birth_date():
    assert life("Tomas Brenner (c. 20 August 1862 – ?) was an engineer.") == []


def test_near_miss_an_event_that_no_person_names():
    assert life("The Lindwall Republic (15 February 1798 – June 1800) was led by consuls.") == []


def test_a_death_mark_right_after_the_birthplace():
    # "b. D, Place d. D": no separator before the death's mark
    text = "Ilse Marten (b. 7 January 1929, Bergen, Hordaland d. 2 March 1999, Oslo) was a weaver."
    assert life(text) == [
        ("birth_date", "Ilse Marten", "1929-01-07"),
        ("death_date", "Ilse Marten", "1999-03-02"),
    ]


def test_near_miss_a_marriage_mark_after_the_birthplace():
    text = "Ilse Marten (b. 7 January 1929, Bergen, Hordaland m. 2 March 1959, Oslo) was a weaver."
    assert life(text) == [("birth_date", "Ilse Marten", "1929-01-07")]


def test_marks_opening_lines_pass_the_prefilter():
    # "b." and "d." opening their lines under a name are triggers as after a space
    assert life("Ilse Marten\nb. 7 January 1929\nd. 2 March 1999") == [
        ("birth_date", "Ilse Marten", "1929-01-07"),
        ("death_date", "Ilse Marten", "1999-03-02"),
    ]


def test_a_role_opening_the_sentence_is_no_part_of_the_name():
    assert life("Drummer Tomas Brenner was born on 2 March 1971.") == [
        ("birth_date", "Tomas Brenner", "1971-03-02")
    ]
    # near-miss: a role word that is a given name as well stays the name's
    assert life("Hunter Brenner was born on 2 March 1971.") == [
        ("birth_date", "Hunter Brenner", "1971-03-02")
    ]


def test_a_birth_set_off_by_spaced_hyphens():
    assert life("Tomas Brenner - born 2 March 1971 - plays the drums.") == [
        ("birth_date", "Tomas Brenner", "1971-03-02")
    ]


def test_a_single_mark_line_under_a_name():
    assert life("Ilse Marten\nb. 7 January 1929") == [("birth_date", "Ilse Marten", "1929-01-07")]
    # near-miss: under a line that names no one
    assert life("The figures\nb. 7 January 1929 was the record.") == []


def test_a_living_persons_span_left_open():
    assert life("Tomas Brenner (20 August 1962 – ) is an engineer.") == [
        ("birth_date", "Tomas Brenner", "1962-08-20")
    ]
    assert life("Tomas Brenner (August 20, 1962–present) is an engineer.") == [
        ("birth_date", "Tomas Brenner", "1962-08-20")
    ]


def test_near_miss_an_open_span_of_a_thing_that_still_runs():
    # (no given name opens it, and no "born" marks the date a birth's)
    assert life("The Marlow Regatta (20 August 1962 – ) is held every year.") == []
    assert life("Ms. Brenner (born 20 August 1962 – ) is an engineer.") == [
        ("birth_date", "Brenner", "1962-08-20")
    ]
