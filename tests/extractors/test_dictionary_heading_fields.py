"""A biographical dictionary's or an index's heading: the name inverted, then the life's
abbreviated fields, "b." and "d.", each with its date and place, parted by semicolons
("ROE, Jane. b. 3 May 1901, Leeds; d. 4 June 1980, York."). The heading may end its name with
a stop or a comma; a given name of any language may follow the family name ("Roe, Tove,
b. …"); the birth's place before the semicolon is no subject of the death. Near-misses: a
stop after a word that is no person's name before "b." or "d." ("Herons Cafe. d. …"), and a
place after the birth's date, parted by a comma, never heads the death. Invented headings in
the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.life_dates import _DATE_BEFORE


def lives(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_heading_in_capitals_ended_by_a_stop():
    assert lives("LUND, Sigrid. b. 3 May 1901, Voss; d. 4 June 1980, Bergen.") == [
        ("birth_date", "Sigrid LUND", "1901-05-03"),
        ("death_date", "Sigrid LUND", "1980-06-04"),
    ]


def test_a_heading_ended_by_a_stop_with_its_death_alone():
    assert lives("Aas, Solveig. d. 4 June 1980, Bergen.") == [
        ("death_date", "Solveig Aas", "1980-06-04"),
    ]


def test_an_inverted_heading_with_one_given_name_of_any_language():
    assert lives("Aas, Tove, b. 3 May 1901, Voss; d. 4 June 1980, Bergen.") == [
        ("birth_date", "Tove Aas", "1901-05-03"),
        ("death_date", "Tove Aas", "1980-06-04"),
    ]


def test_near_miss_a_stop_after_no_persons_name():
    assert lives("Herons Cafe. d. 4 June 1980.") == []
    assert lives("Harbour Road. b. 3 May 1901.") == []


def test_near_miss_the_birth_place_after_its_date_and_comma():
    assert _DATE_BEFORE.search("b. 3 May 1901, ")
    assert _DATE_BEFORE.search("b. 3 May 1901 ")
    # (a stop parts a year from the name of the next heading: "… 1901. Lund, Sigrid, b. …")
    assert not _DATE_BEFORE.search("1901. ")
    assert ("death_date", "Voss", "1980-06-04") not in lives(
        "Sigrid Lund b. 3 May 1901, Voss; d. 4 June 1980, Bergen."
    )
