"""Life dates as a biographical dictionary's entry gives them: a description between the name
and "b." ("DAHL, Ingrid, weaver, b. in Ribe, Denmark, 4 May, 1851"), and the place before the
date without a comma after "b." or "d." ("b. Ribe 4 May 1851, d. Oslo 9 June 1920"). Near-miss:
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
