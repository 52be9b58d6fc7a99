"""A genealogy's line of marks under a name, the birth's star and the death's cross side by
side with no comma between ("* 3 May 1901  † 4 June 1980"): the cross after the birth's date
and a space or two opens the death's field, as after a comma; so does the cross after the
birth's place on the star's line ("* 3 May 1901 in Leeds † 4 June 1980 in York").
Near-misses: a cross after a place's name off a star's line ("Buried at St. Mary † 4 May
1920" under a name; "St. Mary † 4 May 1920" alone is tested beside the other genealogy marks)
and a bare number under no name give nothing. Invented lines in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def life_dates(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_the_cross_after_the_birth_date_and_two_spaces():
    assert life_dates("HALVARD LINDQVIST\n* 3 May 1901  † 4 June 1980") == [
        ("birth_date", "HALVARD LINDQVIST", "1901-05-03"),
        ("death_date", "HALVARD LINDQVIST", "1980-06-04"),
    ]


def test_near_miss_a_cross_after_a_bare_number_under_no_name():
    assert life_dates("the 12 † 4 June 1980 mark.") == []


def test_the_cross_after_the_birth_place_on_the_star_line():
    assert life_dates("Sunniva Aas\n* 3 May 1901 in Voss † 4 June 1980 in Bergen") == [
        ("birth_date", "Sunniva Aas", "1901-05-03"),
        ("death_date", "Sunniva Aas", "1980-06-04"),
    ]
    assert life_dates("Anders Holm\n* 12. März 1890 in Köln † 3. Mai 1950 in Bonn") == [
        ("birth_date", "Anders Holm", "1890-03-12"),
        ("death_date", "Anders Holm", "1950-05-03"),
    ]


def test_near_miss_a_cross_after_a_place_off_a_star_line():
    assert life_dates("Sunniva Aas\nBuried at St. Olav \u2020 4 May 1920") == []
