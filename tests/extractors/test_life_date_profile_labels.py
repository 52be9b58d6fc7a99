"""Profiles' ways of giving a birth or a death date: the age before the birth ("X is 39 years
old, born on D") and a label that names whose date it is after "of" ("Birth date of X: D")."""

from __future__ import annotations

import pytest

from extractors.life_dates import LifeDateExtractor


def _facts(text: str) -> set[tuple[str, str, str]]:
    found = set()
    for relation in ("birth_date", "death_date"):
        extractor = LifeDateExtractor(relation, (relation,))
        found |= {(f.relation, f.subject, f.value) for f in extractor.extract(text)}
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Petra Lind is 41 years old, born on 9 August 1983 in Malmö.",
            {("birth_date", "Petra Lind", "1983-08-09")},
        ),
        (
            "Birth date of Petra Lind: August 9, 1983",
            {("birth_date", "Petra Lind", "1983-08-09")},
        ),
        (
            "The date of death of Arvo Lind was 2 November 2004.",
            {("death_date", "Arvo Lind", "2004-11-02")},
        ),
    ],
)
def test_a_profile_s_birth_or_death(text: str, expected: set) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the age with another person's birth after it
        "Petra Lind is 41 years old, and her son, born on 9 August 2013, is eleven.",
        # the label says the date is not known: the date after it is another day's
        "The date of birth of Petra Lind is unknown; 9 August 1983 is when her papers surfaced.",
        # "of" before a description, not a name
        "The birth date of the company's founder is 9 August 1983.",
    ],
)
def test_no_fact_of_the_named_person(text: str) -> None:
    assert _facts(text) == set()
