"""A table of lives scraped to lines: a header naming the birth column before the death column,
each row's two dates side by side on a line, the person's name before them on that line or on
one of the two lines above (after the row's number). Invented text in the general form, with
near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


ROWS = """\
Longest-lived members of the club
No.
Member
 Town

Birthdate Deathdate Seasons Age
12 Edna Quill
 Fairborn
3 March 1911 9 May 2008 1930-34 97 years
48 Tomas Brandt
 Lakeside, Harbour Town
21 July 1915 2 June 2010 1936 94 years
"""


def test_rows_of_two_dates_under_a_birth_and_death_header_names_above():
    assert life(ROWS) == [
        ("birth_date", "Edna Quill", "1911-03-03"),
        ("birth_date", "Tomas Brandt", "1915-07-21"),
        ("death_date", "Edna Quill", "2008-05-09"),
        ("death_date", "Tomas Brandt", "2010-06-02"),
    ]


def test_rows_with_the_name_before_the_dates_on_the_line():
    text = "Name | Born | Died\nEdna Quill 3 March 1911 9 May 2008\n"
    assert ("birth_date", "Edna Quill", "1911-03-03") in life(text)
    assert ("death_date", "Edna Quill", "2008-05-09") in life(text)


def test_near_miss_two_dates_without_a_birth_and_death_header():
    text = "Seasons of the club\n12 Edna Quill\n 3 March 1931 9 May 1934 captain\n"
    assert life(text) == []


def test_near_miss_a_place_above_the_dates_is_no_name():
    text = "Birthdate Deathdate\nLakeside Harbour\n3 March 1911 9 May 2008\n"
    assert life(text) == []


def test_an_on_this_day_pages_births_heading_over_year_entries():
    # the page's date line gives the day and the month, each entry its year
    text = "April 2\n\nBirths\n1911 – Edna Quill, chemist\n1915 – Tomas Brandt, painter\n"
    assert life(text) == [
        ("birth_date", "Edna Quill", "1911-04-02"),
        ("birth_date", "Tomas Brandt", "1915-04-02"),
    ]


def test_near_miss_year_entries_under_a_births_heading_without_a_page_date():
    text = "Births\n1911 – Edna Quill, chemist\n1915 – Tomas Brandt, painter\n"
    assert life(text) == []


def test_a_wiki_infoboxs_keys_with_plain_dates():
    # (no template around the dates: the keys alone say what they are)
    text = (
        "{{Infobox writer\n| name = Tomas Brandt\n| birth_date = 3 May 1950\n"
        "| birth_place = Aarhus\n| death_date = 9 June 2011\n}}"
    )
    assert life(text) == [
        ("birth_date", "Tomas Brandt", "1950-05-03"),
        ("death_date", "Tomas Brandt", "2011-06-09"),
    ]


def test_a_scraped_infoboxs_hidden_machine_date_before_the_shown_one():
    text = "Tomas Brandt\nBorn\t(1950-05-03)3 May 1950\nAarhus\nDied\t9 June 2011(2011-06-09) (aged 61)"
    assert life(text) == [
        ("birth_date", "Tomas Brandt", "1950-05-03"),
        ("death_date", "Tomas Brandt", "2011-06-09"),
    ]


def test_near_miss_an_infobox_key_of_another_date():
    text = "{{Infobox writer\n| name = Tomas Brandt\n| years_active = 1970\n| debut_date = 3 May 1970\n}}"
    assert life(text) == []


def test_near_miss_the_birthplace_under_a_birth_field_is_no_name():
    # "Aarhus" is a town the gazetteer may not know; under the Born field it is the place
    text = "Tomas Brandt\nBorn\t3 May 1950\nAarhus\nDied\t9 June 2011 (aged 61)"
    assert ("death_date", "Aarhus", "2011-06-09") not in life(text)
    assert ("death_date", "Tomas Brandt", "2011-06-09") in life(text)


def test_a_rendered_infobox_copied_a_label_a_line():
    # each label alone on its line, the birth name under "Born", the date under that
    text = (
        "Tomas Brandt\nBorn\nTomas Erik Brandt\n3 May 1950\nAarhus, Denmark\nDied\n"
        "9 June 2011 (aged 61)\nOdense, Denmark\n"
    )
    assert life(text) == [
        ("birth_date", "Tomas Brandt", "1950-05-03"),
        ("death_date", "Tomas Brandt", "2011-06-09"),
    ]


def test_a_peers_child_style_before_the_birth_name():
    text = "Ada Brandt\nBorn\tThe Hon. Ada Mary Lund\n3 May 1815\nLeeds\nDied\t9 June 1852\n"
    assert life(text) == [
        ("birth_date", "Ada Brandt", "1815-05-03"),
        ("death_date", "Ada Brandt", "1852-06-09"),
    ]


def test_near_miss_a_name_over_a_date_in_prose_lines_is_no_field():
    # "born" inside a line, not a label alone on its own
    text = "The twins were born\nTomas Erik Brandt\n3 May 1950 was a Wednesday.\n"
    assert [f for f in life(text) if f[1] == "Tomas Erik Brandt"] == []
