"""Life dates as profiles, fan pages and catalogues write them: in brackets after the noun
phrase that describes the named person ("Jane Roe was an English painter (D – D)"), a place
after "from" before a comma clause's "born" (whence the person came, not who was born), the
age before the birth ("X is 39 years old, born on D") and a label that names whose date it is
after "of" ("Birth date of X: D")."""

from __future__ import annotations

import pytest

from extractors.life_dates import LifeDateExtractor


def _facts(text: str) -> set[tuple[str, str, str]]:
    found = set()
    for relation in ("birth_date", "death_date"):
        extractor = LifeDateExtractor(relation, (relation,))
        found |= {(f.relation, f.subject, f.value) for f in extractor.extract(text)}
    return found


SPAN = {("birth_date", "Mira Kask", "1931-02-07"), ("death_date", "Mira Kask", "1999-10-21")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mira Kask was an Estonian glass artist (7 February 1931 – 21 October 1999).", SPAN),
        ("Mira Kask, an Estonian glass artist (7 February 1931 – 21 October 1999), taught.", SPAN),
        (
            "Mira Kask is a glass artist (b. 7 February 1931) known for her bowls.",
            {("birth_date", "Mira Kask", "1931-02-07")},
        ),
        (
            "Otto Kask is a percussionist from Tartu, Estonia, born March 4, 1988.",
            {("birth_date", "Otto Kask", "1988-03-04")},
        ),
    ],
)
def test_the_described_person_s_dates(text: str, expected: set) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the noun phrase is of someone else, or a clause on another person
        "Mira Kask was the wife of a glass artist (7 February 1931 – 21 October 1999).",
        "Mira Kask was a neighbour whose son (b. 7 February 1961) blew glass.",
        # a time's phrase, an office's term
        "Mira Kask was a student at the time (7 February 1951 – 21 October 1952).",
        "Mira Kask was the first female prime minister (7 February 1991 – 21 October 1994).",
        # no "is"/"was" and no apposition: the verb's object is described
        "Mira Kask met a glass artist (7 February 1931 – 21 October 1999) in Tartu.",
    ],
)
def test_dates_of_another_or_of_an_office(text: str) -> None:
    assert _facts(text) == set()


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
