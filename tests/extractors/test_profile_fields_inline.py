"""A fan page's or a profile's fields run together on one line, each closed by a full stop
("Full name: Name. Birthday: D. Star sign: …"): the date's label after a sentence's stop opens
a field as it does at a line's start. Invented text in the general form, with a near-miss."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            "Full name: Marcus Alden Vey. Birthday: 3rd March 1961. Star sign: Pisces.",
            [("birth_date", "Marcus Alden Vey", "1961-03-03")],
        ),
        (
            "Full name: Marcus Alden Vey. Date of birth: 3 March 1961. Height: 1.80 m.",
            [("birth_date", "Marcus Alden Vey", "1961-03-03")],
        ),
    ],
)
def test_fields_run_together_after_full_stops(fields, expected):
    assert life(f"Fun facts about Marcus! {fields}") == expected


def test_near_miss_a_birthday_label_in_a_sentence_about_someone_else():
    # no name field before it: the birthday is nobody the text names
    assert life("I love summer. Birthday: 3 March 1961 is my mum's, she says.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Marcus Vey (Age: 63, DOB: 3 March 1961) is a striker from Leeds.",
        "Marcus Vey (DOB 3 March 1961) is a striker from Leeds.",
        "Marcus Vey (date of birth: 3 March 1961) is a striker from Leeds.",
    ],
)
def test_a_profiles_birth_label_in_the_bracket_after_the_name(text):
    assert life(text) == [("birth_date", "Marcus Vey", "1961-03-03")]


def test_near_miss_a_birth_label_with_no_date_after_it():
    # the label says the birth is unknown; the date is another event's
    assert life("Marcus Vey (DOB unknown; signed 3 March 1981) is a striker.") == []
