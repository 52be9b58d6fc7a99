"""Squad and player pages: the name on its line, the position or occupation on the next, then
the birth field ("Jane Roe\nDefender\nDate of birth: …"); a "D.O.B:" label without its last
stop; slashed dates whose order another date on the page shows ("25/11/1992" can only be day
first, so "12/03/1990" on the same page is 12 March); the role after a dash on the name's line
("Jane Roe – Striker"), and a list item "Jane Roe (Forward) – Born D". Invented text in the general form of
each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.normalize import states_day_first


def births(text):
    found = Extraction(select(["birth_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_position_line_between_the_name_and_the_birth_field():
    text = "Owen Marsh\nDefender\nBorn: 14 April 1991, Wrexham\nAppearances: 112\n"
    assert births(text) == [("Owen Marsh", "1991-04-14")]


def test_a_dob_label_without_its_last_stop():
    assert births("Name: Owen Marsh\nD.O.B: 24.04.1991\n") == [("Owen Marsh", "1991-04-24")]


def test_a_page_whose_other_slashed_date_shows_the_day_first():
    text = (
        "Owen Marsh\nMidfielder\nDate of birth: 12/03/1990\nHeight: 1.80m\n\n"
        "Tom Reyes\nStriker\nDate of birth: 25/11/1992\n"
    )
    assert births(text) == [("Owen Marsh", "1990-03-12"), ("Tom Reyes", "1992-11-25")]


def test_slashed_dates_show_the_order_unless_they_disagree():
    assert states_day_first("born 25/11/1992") is True
    assert states_day_first("born 25/11/1992 and 02/19/1991") is None


def test_near_miss_an_ambiguous_slashed_date_alone_states_nothing():
    assert births("Owen Marsh\nDate of birth: 12/03/1990\n") == []


def test_near_miss_a_position_line_with_no_name_above():
    assert births("Squad list\nDefender\nBorn: 14 April 1991\n") == []


def test_a_profiles_name_line_with_the_players_role_after_a_dash():
    text = "Tomas Brenner – Striker\nDate of birth: 4th March 1991\nPlace of birth: Cork\n"
    assert births(text) == [("Tomas Brenner", "1991-03-04")]


def test_near_miss_a_name_line_with_a_club_after_the_dash():
    # "– Rovers" is no role: the line may be a fixture or a headline, not the person's name
    assert births("Tomas Brenner – Rovers\nDate of birth: 4th March 1991\n") == []


def test_a_list_item_with_the_role_in_brackets_and_born_capitalised_after_a_dash():
    text = (
        "Tomas Brenner (Forward) – Born March 4, 1991 in Cork.\n"
        "Ade Okafor (Defender) – Born June 9, 1989 in Lagos.\n"
    )
    assert births(text) == [("Ade Okafor", "1989-06-09"), ("Tomas Brenner", "1991-03-04")]


def test_a_position_line_between_the_name_and_a_b_mark():
    text = "Owen Marsh\nGoalkeeper\nb. 14 April 1991, Wrexham\n"
    assert births(text) == [("Owen Marsh", "1991-04-14")]


def test_near_miss_a_b_mark_under_a_position_line_with_no_name_above():
    assert births("Squad list\nGoalkeeper\nb. 14 April 1991, Wrexham\n") == []


def test_a_label_that_joins_the_age_to_the_birth_date():
    text = "Owen Marsh\nDate of birth/Age: Apr 14, 1991 (33)\nPlace of birth: Wrexham\n"
    assert births(text) == [("Owen Marsh", "1991-04-14")]


def test_near_miss_another_label_joined_to_the_age():
    assert births("Owen Marsh\nJoined/Age: Apr 14, 2011 (20)\nPlace of birth: Wrexham\n") == []
