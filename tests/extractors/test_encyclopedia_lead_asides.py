"""Encyclopedia leads whose life span carries an aside: an Old Style date in brackets after the
New Style one it restates ("(July 17, 1731 (O.S. July 6, 1731) – …)"; the guidelines count the
New Style date), a lone "(O.S.)" mark, a death after a birth year with no stop between ("born
c. 890 died 11 July 969"), and a stray bracket a dump left after a name where it cut the
pronunciation ("Ansel Marie ] (…)"). Invented text in the general form of each, with
near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_an_old_style_aside_restating_the_birth_date():
    text = "Ambrose Delacourt Pym (; July 17, 1731 (O.S. July 6, 1731) – November 23, 1790) was a merchant."
    assert life(text) == [
        ("birth_date", "Ambrose Delacourt Pym", "1731-07-17"),
        ("death_date", "Ambrose Delacourt Pym", "1790-11-23"),
    ]


def test_a_lone_old_style_mark_after_the_birth_date():
    text = "Ambrose Pym (July 6, 1731 (O.S.) – November 23, 1790) was an American merchant."
    assert life(text) == [
        ("birth_date", "Ambrose Pym", "1731-07-06"),
        ("death_date", "Ambrose Pym", "1790-11-23"),
    ]


def test_near_miss_an_old_style_aside_in_a_term_of_office():
    text = "Ambrose Pym (in office July 17, 1761 (O.S. July 6, 1761) – November 23, 1790) was a governor."
    assert life(text) == []


def test_near_miss_a_dated_aside_that_is_no_old_style_date():
    text = "Mara Oss (July 17, 1731 (later given as July 6, 1731) – November 23, 1790) was a poet."
    assert life(text) == []


def test_a_death_after_a_birth_year_without_a_stop():
    text = (
        "Edda Varn (Old Norse: Edda; born c. 890 died 11 July 969, Varn) was a ruler of the fjords."
    )
    assert life(text) == [("death_date", "Edda Varn", "0969-07-11")]


def test_near_miss_another_event_after_a_birth_year():
    assert life("Edda Varn (born c. 890 married 11 July 919) was a ruler.") == []


def test_a_stray_bracket_after_each_name_of_a_pair():
    text = (
        "The Keller brothers, Ansel Marie ] (19 October 1862, Lille, France – 10 April 1934, Lyon)"
        " and Louis Jean ] (5 October 1864, Lille – 6 June 1948, Bandol), were French painters."
    )
    assert life(text) == [
        ("birth_date", "Ansel Marie", "1862-10-19"),
        ("birth_date", "Louis Jean", "1864-10-05"),
        ("death_date", "Ansel Marie", "1934-04-10"),
        ("death_date", "Louis Jean", "1948-06-06"),
    ]


def test_near_miss_a_stray_bracket_after_a_place():
    assert life("The treaty was signed at Lille ] (19 October 1862 – 10 April 1864).") == []


def test_a_nickname_whose_quotes_a_csv_field_doubled():
    text = '6,"Ken Moe","Kenneth ""Ken"" Moe (3 June 1901 – 4 July 1980) was a Welsh poet."'
    assert life(text) == [
        ("birth_date", 'Kenneth "Ken" Moe', "1901-06-03"),
        ("death_date", 'Kenneth "Ken" Moe', "1980-07-04"),
    ]


def test_a_religious_orders_letters_and_branch_after_the_name():
    text = "Blessed Anselm Corvi, O.S.B. Cam. (16 September 1386 – 21 October 1439) was a monk."
    assert life(text) == [
        ("birth_date", "Anselm Corvi", "1386-09-16"),
        ("death_date", "Anselm Corvi", "1439-10-21"),
    ]


def test_an_other_name_in_brackets_after_a_comma():
    text = "Anselm Corvi, (Anselmo Corvi) (1386 – 21 October 1439) was an Italian monk."
    assert life(text) == [("death_date", "Anselm Corvi", "1439-10-21")]
