"""Encyclopedia leads that put more between the name and its life span: the name's other forms
in a parenthesis of their own ("X (also Y or Z) (…)", "X (originally Y, then Z) (…)"), the name
in another language after a comma ("X, Latin Y (…)"), and a death told after a time phrase that
has no comma ("Later that year X fell ill and died … on DATE"), a birth fronted with a place
in parts ("Born in Luton, Bedfordshire, on DATE, X …"), fellowships in mixed case ("Hon
FRAeS"); near-misses that are no lives: dates before the common era, a place's rule dated in
brackets, a legislature that "passed" an act on a date. Invented text in the general
form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_other_forms_of_the_name_in_a_parenthesis_before_the_life_span():
    text = (
        "Matteo Bruni (also Matthaeus or Matthew Brown) (3 March 1512 – 9 June 1570) was a bishop."
    )
    assert life(text) == [
        ("birth_date", "Matteo Bruni", "1512-03-03"),
        ("death_date", "Matteo Bruni", "1570-06-09"),
    ]


def test_a_former_name_in_a_parenthesis_before_the_life_span():
    text = "Karl Weber (originally Weaver, then Webber-Smith) (May 2, 1711 – July 9, 1790) was a printer."
    assert life(text) == [
        ("birth_date", "Karl Weber", "1711-05-02"),
        ("death_date", "Karl Weber", "1790-07-09"),
    ]


def test_near_miss_other_forms_of_a_thing_before_a_dated_parenthesis():
    text = "The Elm Bridge (also the Old Bridge or the Toll Bridge) (opened 12 May 1850) is long."
    assert life(text) == []


def test_the_name_in_another_language_after_a_comma():
    text = (
        "Pierre Lanier, Latin Petrus Lanerius (Tours, September 1596 – January 8, 1664), was a "
        "French theologian."
    )
    assert life(text) == [("death_date", "Pierre Lanier", "1664-01-08")]


def test_near_miss_a_family_name_first_is_still_inverted():
    text = "LANIER, Pierre (3 May 1801 – 9 June 1870) was a painter."
    assert life(text) == [
        ("birth_date", "Pierre LANIER", "1801-05-03"),
        ("death_date", "Pierre LANIER", "1870-06-09"),
    ]


def test_a_death_after_a_time_phrase_without_its_comma():
    text = (
        "Later that year Hale was diagnosed with pneumonia, and died a few weeks later at "
        "St Mary's Hospital on December 17, 1956."
    )
    assert life(text) == [("death_date", "Hale", "1956-12-17")]


def test_a_death_after_a_year_without_its_comma():
    text = "In 1956 Hale retired to Texas and died on December 17, 1958."
    assert life(text) == [("death_date", "Hale", "1958-12-17")]


def test_near_miss_a_time_phrase_before_someone_else_s_death():
    text = "Later that year Hale wrote that his friend had died on December 17, 1956."
    assert life(text) == []


def test_a_fronted_birth_with_a_place_in_parts():
    text = "Born in Tarvin, Cheshire, on 5 April 1920, Hollis was the only child of a miller."
    assert life(text) == [("birth_date", "Hollis", "1920-04-05")]


def test_near_miss_a_fronted_place_described_by_a_clause_with_another_date():
    text = "Born in Tarvin, the town where the mill opened on 5 April 1920, Hollis was shy."
    assert life(text) == []


def test_commas_a_dump_left_where_it_dropped_the_post_nominals():
    text = "Alan Mathison Vance, , ( ; 23 June 1912 – 7 June 1954) was a British mathematician."
    assert life(text) == [
        ("birth_date", "Alan Mathison Vance", "1912-06-23"),
        ("death_date", "Alan Mathison Vance", "1954-06-07"),
    ]


def test_an_old_style_date_then_its_new_style_day_after_a_slash():
    text = "John Hale (24 July 1725 O.S./4 August N.S. – 21 December 1807) was an English sailor."
    assert life(text) == [
        ("birth_date", "John Hale", "1725-08-04"),
        ("death_date", "John Hale", "1807-12-21"),
    ]


def test_fellowships_in_mixed_case_after_the_name():
    text = (
        "Sir Frank Hale, OM, KBE, FRS, Hon FRAeS, FREng (1 June 1907 – 9 August 1996) was an"
        " engineer."
    )
    assert life(text) == [
        ("birth_date", "Frank Hale", "1907-06-01"),
        ("death_date", "Frank Hale", "1996-08-09"),
    ]


def test_a_space_a_dump_left_before_the_comma_of_the_letters():
    # (a dump that cut the pronunciation after the name keeps the space before its comma)
    text = "Ana Maria Vesk , FRS, FRSL (born 2 April 1938) is an Estonian chemist."
    assert life(text) == [("birth_date", "Ana Maria Vesk", "1938-04-02")]


def test_near_miss_a_spaced_comma_before_a_clause_is_no_letters():
    text = "The prize went to Ana Vesk , who (born 2 April 1938) was the oldest."
    assert life(text) == []


def test_near_miss_a_date_before_the_common_era():
    text = "After the death of Alexander on 13 June 323 BCE, the empire split.\n"
    assert life(text) == []


def test_near_miss_a_place_s_rule_dated_in_brackets():
    text = (
        "The city was held by France (11 July – 28 September 1799) and again by Naples"
        " (30 September 1799 – 23 June 1800), ending the republic."
    )
    assert life(text) == []


def test_a_person_named_like_a_city_still_dies_in_a_clause():
    text = "Perth died on 3 May 1901 at his farm near the river."
    assert life(text) == [("death_date", "Perth", "1901-05-03")]


def test_near_miss_a_legislature_passed_an_act_on_a_date():
    text = "An act of the Territorial Legislature passed on December 26, 1826, organized it."
    assert life(text) == []
