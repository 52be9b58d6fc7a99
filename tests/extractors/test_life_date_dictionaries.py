"""Life dates as a biographical dictionary's entry gives them: a description between the name
and "b." ("DAHL, Ingrid, weaver, b. in Ribe, Denmark, 4 May, 1851"), and the place before the
date without a comma after "b." or "d." ("b. Ribe 4 May 1851, d. Oslo 9 June 1920") or in a
span's brackets ("(Ribe 4 May 1851 – Oslo 9 June 1920)"), a description closed by a semicolon
("Dahl, Ingrid, weaver; b. 4 May 1851"). Near-miss:
a second name in the place of the description is the one the date is of. Invented entries in
the general form of each."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    extraction = Extraction(select(["birth_date", "death_date"]))
    return sorted((f.relation, f.subject, f.value) for f in extraction.facts(text))


def test_a_description_between_the_inverted_name_and_b():
    text = "DAHL, Ingrid, weaver, b. in Ribe, Denmark, 4 May, 1851. She studied in Paris."
    assert life(text) == [("birth_date", "Ingrid DAHL", "1851-05-04")]


def test_a_nationality_and_a_role_between_the_name_and_b():
    text = "Ingrid Dahl, Danish weaver, b. in Ribe, 4 May, 1851."
    assert life(text) == [("birth_date", "Ingrid Dahl", "1851-05-04")]


def test_places_before_the_dates_without_commas():
    text = "Ingrid Dahl, weaver, b. Ribe 4 May 1851, d. Oslo 9 June 1920."
    assert life(text) == [
        ("birth_date", "Ingrid Dahl", "1851-05-04"),
        ("death_date", "Ingrid Dahl", "1920-06-09"),
    ]


def test_near_miss_a_second_name_is_no_description():
    text = "Ingrid Dahl, Per Holm, b. in Ribe, 4 May, 1851."
    assert life(text) == [("birth_date", "Per Holm", "1851-05-04")]


def test_a_description_closed_by_a_semicolon_before_b():
    text = "Dahl, Ingrid, weaver; b. 4 May 1851, Ribe; d. 9 June 1920, Oslo."
    assert life(text) == [
        ("birth_date", "Ingrid Dahl", "1851-05-04"),
        ("death_date", "Ingrid Dahl", "1920-06-09"),
    ]


def test_places_before_both_dates_of_a_span_without_commas():
    text = "Ingrid Dahl (Ribe 4 May 1851 – Oslo 9 June 1920), Danish weaver."
    assert life(text) == [
        ("birth_date", "Ingrid Dahl", "1851-05-04"),
        ("death_date", "Ingrid Dahl", "1920-06-09"),
    ]


def test_near_miss_words_in_lower_case_before_the_second_date_part_no_span():
    # a term's note between the dates is no place of death
    text = "Ingrid Dahl (4 May 1851 – until the war 9 June 1920), Danish weaver."
    assert ("death_date", "Ingrid Dahl", "1920-06-09") not in life(text)
