"""Life dates in music fans' posts: a band named after the person ("Ken Moe of The Herons was
born …", the band is no subject), an on-this-day entry with the band in brackets ("March 3,
1948 - Ken Moe (The Herons) is born"), and a memorial opening "R.I.P." (its last letter is no
initial of the name), a line-up's instruments after a dash ("Ken Moe – vocals (born …)"),
and a birthday's age before the date ("Ken Moe turns 54 (born …)"), a greeting without "to"
("Happy birthday Ken Moe!") and a band's or a team's name before the role that stands for the
person ("The Herons frontman was born …"), an on-this-day entry after a post's label ("Today in
rock history: D – Name is born") or with its event as a noun ("D – Death of Name"). Invented
text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def births(text):
    return [(subject, value) for relation, subject, value in life(text) if relation == "birth_date"]


def test_a_band_after_the_person_is_no_subject():
    text = "Ken Vale of The Herons was born on March 3rd, 1948."
    assert life(text) == [("birth_date", "Ken Vale", "1948-03-03")]


def test_near_miss_a_title_and_its_see_name_nobody():
    text = "The Bishop of The Isles died on 3 May 1950."
    assert life(text) == []


def test_an_on_this_day_entry_with_the_band_in_brackets():
    text = "March 3, 1948 - Ken Vale (The Herons) is born in Leeds.\n"
    assert life(text) == [("birth_date", "Ken Vale", "1948-03-03")]


def test_a_memorial_opening_rip():
    text = "R.I.P. Ken Vale (March 3, 1948 - June 4, 2016)\n"
    assert life(text) == [
        ("birth_date", "Ken Vale", "1948-03-03"),
        ("death_date", "Ken Vale", "2016-06-04"),
    ]


def test_a_line_up_with_instruments_after_a_dash():
    text = (
        "Line-up:\n"
        "* Tomas Brenner – vocals (born March 2, 1962)\n"
        "* Ade Okafor – guitar, backing vocals (born July 11, 1959)\n"
    )
    assert births(text) == [("Ade Okafor", "1959-07-11"), ("Tomas Brenner", "1962-03-02")]


def test_a_birthdays_age_before_the_birth_date():
    assert births("Today Tomas Brenner turns 54 (born March 2, 1962).") == [
        ("Tomas Brenner", "1962-03-02")
    ]
    assert births("Tomas Brenner celebrates his 54th birthday today (born 2 March 1962).") == [
        ("Tomas Brenner", "1962-03-02")
    ]


def test_near_miss_a_company_turns_an_age():
    assert births("Brenner Records turns 54 (founded March 2, 1962).") == []


def test_a_member_of_a_band_of_two_words():
    found = Extraction(select(["birth_date"])).facts(
        "Happy birthday to Ken Moe of Iron Heron, born May 3, 1970!"
    )
    assert [(f.subject, f.value) for f in found] == [("Ken Moe", "1970-05-03")]


def test_a_profile_heading_with_the_members_part_in_brackets():
    found = Extraction(select(["birth_date"])).facts("KEN MOE (Vocals, Guitar)\nBorn: May 3, 1970")
    assert [(f.subject, f.value) for f in found] == [("KEN MOE", "1970-05-03")]


def test_near_miss_a_relative_of_a_person_named_after_of():
    found = Extraction(select(["death_date"])).facts("The son of Ken Moe died on 4 June 1990.")
    assert found == []


def test_a_band_role_before_the_name_is_no_part_of_it():
    text = "Vocalist Ilse Marten was born on 4 April 1972 in Bergen."
    assert life(text) == [("birth_date", "Ilse Marten", "1972-04-04")]


def test_a_band_role_alone_on_the_profile_line_names_nobody():
    text = "Ilse Marten\nVocalist\nBorn: 4 April 1972"
    assert life(text) == [("birth_date", "Ilse Marten", "1972-04-04")]


def test_a_greeting_and_a_band_s_role_for_the_person():
    text = "Happy birthday Tomas Hale! The Night Herons frontman was born March 3rd, 1961."
    assert births(text) == [("Tomas Hale", "1961-03-03")]


def test_a_team_s_name_before_the_role():
    text = "Tomas Hale signed in May. The Otley Town striker was born on 3 March 1991 in Selby."
    assert births(text) == [("Tomas Hale", "1991-03-03")]


def test_near_miss_a_band_s_role_after_two_people():
    text = "Tomas Hale met Grace Lind in Otley. The Night Herons singer was born on 3 March 1961."
    assert births(text) == []


def test_near_miss_a_greeting_to_a_song():
    assert births("Happy Birthday Song lyrics. He was born on 3 March 1961.") == []


def test_an_on_this_day_entry_after_the_posts_label():
    text = "Today in rock history: April 9, 1951 – Tom Quill, drummer of The Herons, is born."
    assert life(text) == [("birth_date", "Tom Quill", "1951-04-09")]


def test_an_on_this_day_entry_with_the_event_as_a_noun():
    text = "9 April 1951 – Birth of Tom Quill, drummer.\n3 May 2019 – Death of Ada Vane, singer.\n"
    assert life(text) == [
        ("birth_date", "Tom Quill", "1951-04-09"),
        ("death_date", "Ada Vane", "2019-05-03"),
    ]


def test_near_miss_the_event_of_a_named_persons_relative_or_a_title():
    assert life("3 May 2019 – Death of Ada Vane's father.") == []
    assert life("1949 – Death of a Salesman opens on Broadway.") == []
