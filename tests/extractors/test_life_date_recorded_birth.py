"""A record that gives a person's birth date, stated of "his" or "her": "His stone gives his
birth as D", "The census lists her date of birth as D", "In the 1880 census, Roe gave his
birth date as D" (the death's noun was read so already: "… and his death as D"). Near-misses:
a relative's birth date the record gives, a record of something else "as" a date. Invented
sentences in the general form of each construction."""

from __future__ import annotations

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def life_dates(text: str) -> set[tuple[str, str, str]]:
    extraction = Extraction(select(["birth_date", "death_date"]))
    return {(f.relation, f.subject, f.value) for f in extraction.facts(text)}


@pytest.mark.parametrize(
    "record",
    [
        "His stone gives his birth as May 3, 1850.",
        "The census lists his date of birth as May 3, 1850.",
        "In the 1880 census, Roe gave his birth date as May 3, 1850.",
    ],
    ids=["stone", "census", "after-an-opening-phrase"],
)
def test_a_record_gives_his_birth_as_a_date(record):
    text = f"Ken Roe was a painter from Leeds. {record}"
    assert life_dates(text) == {("birth_date", "Ken Roe", "1850-05-03")}


def test_her_birth_is_the_woman_s_the_text_introduced():
    text = "Ken Roe married Ana Moe in 1875. The census lists her date of birth as May 3, 1850."
    assert life_dates(text) == {("birth_date", "Ana Moe", "1850-05-03")}


@pytest.mark.parametrize(
    "record",
    [
        "The census lists his son's date of birth as May 3, 1850.",
        "His stone gives his rank as captain and his regiment as May 3, 1850.",
    ],
    ids=["a-relative-s", "not-a-birth"],
)
def test_near_miss_no_birth_of_his(record):
    text = f"Ken Roe was a painter from Leeds. {record}"
    assert life_dates(text) == set()
