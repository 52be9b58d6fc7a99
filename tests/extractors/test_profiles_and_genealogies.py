"""Life dates in profile pages and genealogies: a heading's page word after the name ("X
Biography"), a birthday given with its year, a birth fronted by the parents ("Born to …
on DATE, X …"), genealogy lines with "b." and "d." after the name without a comma (the place
after a date is no name), an inverted name heading sentences without a subject ("Roe,
Jane. Born …; died …"), and a list that its lead line dates by the day ("Players born on
April 1:" over "1940: Jane Roe, pitcher"). Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_page_word_after_the_name_in_the_heading():
    text = "Amara Nwosu Biography\nBirthday: July 4, 1988\nHeight: 1.75 m\n"
    assert life(text) == [("birth_date", "Amara Nwosu", "1988-07-04")]


def test_a_birthday_with_its_year_is_a_birth_date():
    text = "Amara Nwosu's birthday is on July 4, 1988."
    assert life(text) == [("birth_date", "Amara Nwosu", "1988-07-04")]


def test_near_miss_a_birthday_without_its_year():
    text = "Amara Nwosu's birthday is on July 4, and she always throws a party."
    assert life(text) == []


def test_a_birth_fronted_by_the_parents():
    text = "Born to Grace and Peter Hale on March 12, 1885, Thomas grew up near the mill."
    assert life(text) == [("birth_date", "Thomas", "1885-03-12")]


def test_genealogy_abbreviations_after_the_name_without_a_comma():
    text = "Thomas Hale b. 12 Mar 1885 Leeds, d. 3 Apr 1950 York\n"
    assert life(text) == [
        ("birth_date", "Thomas Hale", "1885-03-12"),
        ("death_date", "Thomas Hale", "1950-04-03"),
    ]


def test_near_miss_a_street_before_an_abbreviation():
    text = "The Mill Rd. b. 12 Mar 1885 branch line closed."
    assert life(text) == []


def test_an_inverted_name_heading_sentences_without_a_subject():
    text = "Hale, Thomas. Born 12 March 1885, Leeds. Died 3 April 1950, York.\n"
    assert life(text) == [
        ("birth_date", "Thomas Hale", "1885-03-12"),
        ("death_date", "Thomas Hale", "1950-04-03"),
    ]


def test_a_death_after_a_semicolon_in_a_sentence_without_a_subject():
    text = "Thomas Hale, miller. Born 12 March 1885 at Leeds; died 3 April 1950 at York."
    assert life(text) == [
        ("birth_date", "Thomas Hale", "1885-03-12"),
        ("death_date", "Thomas Hale", "1950-04-03"),
    ]


def test_near_miss_someone_else_s_death_after_the_semicolon():
    text = "Thomas Hale, miller. Born 12 March 1885 at Leeds; his wife died 3 April 1950."
    assert life(text) == [("birth_date", "Thomas Hale", "1885-03-12")]


def test_a_list_dated_by_the_day_its_lead_line_gives():
    text = (
        "Baseball birthdays for April 1\n\nHere are the players born on April 1:\n\n"
        "1940: Hal Bright, pitcher\n1965: Tom Vance, outfielder\nLeo Marsh (1971)\n"
    )
    assert life(text) == [
        ("birth_date", "Hal Bright", "1940-04-01"),
        ("birth_date", "Leo Marsh", "1971-04-01"),
        ("birth_date", "Tom Vance", "1965-04-01"),
    ]


def test_near_miss_a_list_dated_by_a_day_of_games():
    text = "Games played on April 1\n\n1940: Hal Bright, 3 hits\n1965: Tom Vance, 2 runs\n"
    assert life(text) == []


def test_near_miss_a_lead_line_with_its_own_year_dates_no_list():
    text = "Born on April 1, 1940 in Ohio, he pitched for years.\n1965: Tom Vance\n"
    assert life(text) == []


def test_knowledge_graph_triples_in_brackets_of_any_kind():
    text = (
        "<Amara Nwosu; date of birth; 4 July 1988>\n"
        '("Tom Vance", "date of death", "1990-05-03")\n'
        "[Leo Marsh | born | 12 March 1950]\n"
    )
    assert life(text) == [
        ("birth_date", "Amara Nwosu", "1988-07-04"),
        ("birth_date", "Leo Marsh", "1950-03-12"),
        ("death_date", "Tom Vance", "1990-05-03"),
    ]


def test_near_miss_a_triple_of_another_relation():
    text = '("Tom Vance", "place of birth", "Leeds"), ("Tom Vance", "spouse", "Ann Vance")\n'
    assert life(text) == []


def test_near_miss_a_ruler_s_title_after_a_comma_is_no_inverted_name():
    text = (
        "Otto III, Holy Roman Emperor\n\nOtto III was emperor. He died in a castle near Rome on"
        " 24 January 1002.\n"
    )
    assert life(text) == [("death_date", "Otto III", "1002-01-24")]


def test_a_person_named_like_a_town_born_in_brackets():
    text = "The younger son, Gyula (born 30 June 1860), also served in parliament."
    assert life(text) == [("birth_date", "Gyula", "1860-06-30")]


def test_a_titled_person_named_like_a_town_in_a_lead():
    text = 'Pope Zachary (Latin: "Zacharias"; 679 – 15 March 752) reigned from 741.'
    assert life(text) == [("death_date", "Zachary", "0752-03-15")]


def test_a_line_up_s_abbreviations_after_a_dash():
    text = "Line-up:\nTomas Hale - b. Mar 3, 1961 in Otley - drums\nGrace Lind – b. 4 June 1963\n"
    assert life(text) == [
        ("birth_date", "Grace Lind", "1963-06-04"),
        ("birth_date", "Tomas Hale", "1961-03-03"),
    ]


def test_a_death_after_a_dash_and_the_birth():
    text = "Tomas Hale - b. 3 March 1901; d. 4 June 1971\n"
    assert life(text) == [
        ("birth_date", "Tomas Hale", "1901-03-03"),
        ("death_date", "Tomas Hale", "1971-06-04"),
    ]


def test_near_miss_a_band_before_the_dash():
    text = "The Night Herons - b. 3 March 1981; d. 4 June 1991\n"
    assert life(text) == []


def test_a_roster_number_before_the_name_heading_its_fields():
    text = "#9 Tomas Hale | F | 6-1 | 190 | Born: Mar 3, 1991 in Otley\n"
    assert life(text) == [("birth_date", "Tomas Hale", "1991-03-03")]


def test_a_position_letter_heads_no_record_under_the_name():
    text = "Tomas Hale\nF | 6-1 | 190 | Born: Mar 3, 1991 in Otley\n"
    assert life(text) == [("birth_date", "Tomas Hale", "1991-03-03")]


def test_near_miss_a_number_alone_heads_no_record():
    text = "#9 | F | 6-1 | 190 | Born: Mar 3, 1991 in Otley\n"
    assert life(text) == []


def test_a_pronoun_s_date_of_birth_opening_its_sentence():
    text = "Grace Lind was raised in Otley. Her exact date of birth is March 3, 1961."
    assert life(text) == [("birth_date", "Grace Lind", "1961-03-03")]


def test_a_relative_clause_s_birthday_with_its_year():
    text = "Grace Lind, whose birthday is March 3, 1961, paints in Otley."
    assert life(text) == [("birth_date", "Grace Lind", "1961-03-03")]


def test_near_miss_a_pronoun_s_birthday_after_another_person_of_that_gender():
    text = "Grace Lind met Olga Brandt in Otley. Her date of birth is March 3, 1961."
    assert life(text) == []


def test_near_miss_a_thing_s_birthday():
    text = "The Otley museum, whose birthday is March 3, 1961, is the oldest in the dale."
    assert life(text) == []
