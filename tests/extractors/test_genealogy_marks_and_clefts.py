"""Lives in a genealogy's marks outside brackets, and in a cleft that puts the date first.

- "Hans Roe *12.03.1850 †04.05.1920", "Hans Roe * 12. März 1850 in Bremen, † 4. Mai 1920",
  "Hans Roe, geb. 12.03.1850, gest. 04.05.1920", "Ann Roe ✝ 4 June 1980": a star or "geb." for
  the birth, a cross or "gest." for the death, after a name a given-name list knows (a chapel's
  or a street's name before a cross names nobody).
- "It was on 3 May 1901 that Jane Roe was born" (or died, or passed away), maybe with the
  place between commas; a cleft on another event dates no life.

Invented text in the general form of each, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def lives(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


BOTH = [("birth_date", "Hans Brandt", "1850-03-12"), ("death_date", "Hans Brandt", "1920-05-04")]


@pytest.mark.parametrize(
    "text",
    [
        "Hans Brandt *12.03.1850 †04.05.1920",
        "Hans Brandt * 12. März 1850 in Bremen, † 4. Mai 1920 in Hamburg",
        "Hans Brandt, geb. 12.03.1850, gest. 04.05.1920",
    ],
)
def test_a_genealogys_marks_outside_brackets(text):
    assert lives(text) == BOTH


def test_a_memorials_cross_before_the_death():
    assert lives("Ilse Brandt \u271d 4 June 1980, aged 79") == [
        ("death_date", "Ilse Brandt", "1980-06-04")
    ]


def test_near_miss_a_cross_after_a_place():
    assert lives("St. Mary \u2020 4 May 1920") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was on 3 May 1901 that Ilse Brandt was born.",
            [("birth_date", "Ilse Brandt", "1901-05-03")],
        ),
        (
            "It was on 4 June 1980, in Bremen, that Ilse Brandt passed away.",
            [("death_date", "Ilse Brandt", "1980-06-04")],
        ),
        ("It was on 4 June 1980 that Ilse Brandt met Per Lund.", []),
    ],
)
def test_a_cleft_that_puts_the_date_first(text, expected):
    assert lives(text) == expected
