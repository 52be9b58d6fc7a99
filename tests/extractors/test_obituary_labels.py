"""Obituaries' own ways of labelling a life: "Sunrise:" and "Sunset:" lines for its two dates,
and notices that open on the family name in capitals with the age after the given names'
initial, without a comma ("SMITH, John A. Age 84, of Town, …", "SMITH, John A. — 84, …").
Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_sunrise_and_sunset_lines_under_the_name():
    text = "Edna Mae Quill\nSunrise: April 2, 1931\nSunset: November 19, 2016\n"
    assert life(text) == [
        ("birth_date", "Edna Mae Quill", "1931-04-02"),
        ("death_date", "Edna Mae Quill", "2016-11-19"),
    ]


def test_near_miss_sunrise_and_sunset_times_of_a_weather_report():
    text = "Forecast for Dayton, April 2, 1931\nSunrise: 6:42 AM\nSunset: 7:15 PM\n"
    assert life(text) == []


def test_a_notice_opening_on_the_family_name_with_age_and_no_comma():
    text = "QUILL, Edna M. Age 85, of Fairborn, passed away on November 19, 2016."
    assert life(text) == [("death_date", "Edna M. QUILL", "2016-11-19")]


def test_a_notice_opening_on_the_family_name_with_a_dash_before_the_age():
    text = "QUILL, Edna M. — 85, died peacefully on November 19, 2016."
    assert life(text) == [("death_date", "Edna M. QUILL", "2016-11-19")]


def test_near_miss_a_sentence_end_still_parts_the_subject():
    text = "We met Ann Roe at the fair. Edna Quill died on November 19, 2016."
    assert life(text) == [("death_date", "Edna Quill", "2016-11-19")]


def test_an_obituarys_other_labels_for_the_death():
    for label in ("Deceased", "Passed", "Date of passing", "Died on"):
        text = f"Jane Holm\n{label}: June 4, 1980\n"
        found = Extraction(select(["death_date"])).facts(text)
        assert [(f.subject, f.value) for f in found] == [("Jane Holm", "1980-06-04")], label


def test_a_dash_between_the_label_and_the_date():
    found = Extraction(select(["birth_date"])).facts("Jane Holm\nDate of Birth - May 3, 1901\n")
    assert [(f.subject, f.value) for f in found] == [("Jane Holm", "1901-05-03")]


def test_near_miss_passed_of_a_thing():
    assert Extraction(select(["death_date"])).facts("The exam was passed: June 4, 1980\n") == []


def test_single_letter_labels_under_the_name():
    assert life("Jane Holm\nB: 21 Feb 1915\nD: 21 Jan 1967\n") == [
        ("birth_date", "Jane Holm", "1915-02-21"),
        ("death_date", "Jane Holm", "1967-01-21"),
    ]


def test_near_miss_a_letter_that_ends_a_phrase():
    assert life("Plan B: 21 Feb 1915\n") == []
