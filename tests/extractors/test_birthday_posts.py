"""Birthday posts and day lists: a band, club or role in brackets after the name standing for
the comma before "born" ("Jane Roe (Iron Gate) born 3 May 1964", "… (Leeds United) - born …");
a list under a line that dates it by the day, the day first ("May 3 birthdays"), its entries
"Jane Roe, 1964", "Jane Roe (b. 1964)", "Jane Roe (1964) was a …", and its prose "Jane Roe
was born on this date in 1964"; the birthday the name's before the parenthesis ("Today is
Jane Roe's 54th birthday (born …)"); a reader's own birthday dating the list ("If your
birthday is March 9th, …") or a page's "Born on this day - March 9", entries "Jane Roe (1964):
…" and "Jane Roe, born 1964, singer.".
Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_band_in_brackets_before_born():
    text = "Happy birthday to Lars Hegg (Frostgard) born March 9, 1966!"
    assert life(text) == [("birth_date", "Lars Hegg", "1966-03-09")]


def test_a_club_in_brackets_and_a_dash_before_born():
    text = "Lars Hegg (Odda FK) - born 9 March 1966"
    assert life(text) == [("birth_date", "Lars Hegg", "1966-03-09")]


def test_near_miss_a_bracket_before_born_again():
    assert life("Lars Hegg (now retired) born again as a preacher on 9 March 1990.") == []


def test_a_day_list_whose_heading_puts_the_day_first():
    text = "March 9 birthdays\nLars Hegg (b. 1966)\nMia Strand (b. 1971)\n"
    assert life(text) == [
        ("birth_date", "Lars Hegg", "1966-03-09"),
        ("birth_date", "Mia Strand", "1971-03-09"),
    ]


def test_entries_with_the_year_after_a_comma_or_before_a_verb():
    text = (
        "Hockey birthdays for March 9\n\nLars Hegg, 1966\n"
        "Mia Strand (1971) played in goal for Odda.\n"
    )
    assert life(text) == [
        ("birth_date", "Lars Hegg", "1966-03-09"),
        ("birth_date", "Mia Strand", "1971-03-09"),
    ]


def test_prose_born_on_this_date_under_the_dating_heading():
    text = "Players born on March 9\nGoalkeeper Lars Hegg was born on this date in 1966.\n"
    assert life(text) == [("birth_date", "Lars Hegg", "1966-03-09")]


def test_near_miss_a_span_under_a_deaths_heading_gives_no_first_year():
    assert life("Famous deaths on March 9\nLars Hegg, 1920 – 1966\n") == []


def test_near_miss_born_on_this_date_without_a_dating_line():
    assert life("Lars Hegg was born on this date in 1966.") == []


def test_names_with_dates_in_brackets_on_a_birthday_line():
    text = "Birthdays today: Lars Hegg of Frostgard (March 9, 1966), Mia Strand (March 9, 1971)."
    assert life(text) == [
        ("birth_date", "Lars Hegg", "1966-03-09"),
        ("birth_date", "Mia Strand", "1971-03-09"),
    ]


def test_a_happy_birthday_wish_with_the_date_in_brackets():
    assert life("Happy 52nd Birthday Lars Hegg! (born March 9, 1966)") == [
        ("birth_date", "Lars Hegg", "1966-03-09")
    ]


def test_near_miss_a_birthday_of_a_thing():
    assert life("Happy birthday to the Eiffel Tower (31 March 1889)!") == []


def test_the_birthday_the_names_before_the_parenthesis():
    text = "Today is Lars Hegg's 58th birthday (born 9 March 1966)."
    assert life(text) == [("birth_date", "Lars Hegg", "1966-03-09")]


def test_near_miss_the_birthdays_party_dated_in_the_parenthesis():
    assert life("Today is Lars Hegg's 58th birthday (party on 9 March 2024).") == []


def test_a_day_list_s_entries_with_a_colon_after_the_year_in_brackets():
    text = (
        "Hockey birthdays for March 9\n\nLars Hegg (1966): The goalkeeper kept 40 clean sheets.\n"
        "Mia Strand (1971): A forward who scored in three finals.\n"
    )
    assert life(text) == [
        ("birth_date", "Lars Hegg", "1966-03-09"),
        ("birth_date", "Mia Strand", "1971-03-09"),
    ]


def test_the_reader_s_own_birthday_dates_the_list_and_born_before_the_year():
    text = (
        "If your birthday is March 9th, you share it with these people:\n\n"
        "Lars Hegg, born 1966, goalkeeper.\nMia Strand, born 1971, singer.\n"
    )
    assert life(text) == [
        ("birth_date", "Lars Hegg", "1966-03-09"),
        ("birth_date", "Mia Strand", "1971-03-09"),
    ]


def test_near_miss_the_writer_s_own_birthday_dates_no_list():
    text = (
        "My birthday is March 9th, and here are my favourite singers:\nLars Hegg (1966): a voice.\n"
    )
    assert life(text) == []


def test_a_born_on_this_day_heading_dates_its_list():
    text = "BORN ON THIS DAY - MARCH 9\nLars Hegg (1966) - goalkeeper\nMia Strand (1971) - singer\n"
    assert life(text) == [
        ("birth_date", "Lars Hegg", "1966-03-09"),
        ("birth_date", "Mia Strand", "1971-03-09"),
    ]


def test_near_miss_born_on_this_day_in_a_sentence_that_goes_on():
    text = "They were born on this day in history, March 9, and here they are:\nLars Hegg (1966)\n"
    assert life(text) == []
