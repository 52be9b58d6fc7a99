"""Obituaries name the town (and state) a person lived in between the name and the verb:
``Tom Roe of Bergen died …``, ``Ann Moe of Dayton, Ohio, passed away …``. The town is where
the person lived, not who died. Invented sentences, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def deaths(text):
    found = Extraction(select(["death_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Hallvard Mjelde of Bergen died on March 3, 2020, after a short illness.",
        "Hallvard Mjelde of Bergen went home to be with the Lord on March 3, 2020.",
        "Hallvard Mjelde of Dayton, Ohio, passed away on March 3, 2020.",
    ],
)
def test_the_person_before_of_and_a_town_is_the_subject(text):
    assert deaths(text) == [("Hallvard Mjelde", "2020-03-03")]


def test_near_misses_names_made_with_of():
    # a given name with "of" and a place is the name itself
    assert deaths("Francis of Assisi died on 3 October 1226 near the town.") == [
        ("Francis of Assisi", "1226-10-03")
    ]
    # a title with its see or seat names no one: neither the town nor the title is a subject
    assert deaths("The Bishop of Bergen died on March 3, 2020.") == []
    assert deaths("The Duke of Wellington died on 14 September 1852.") == []


@pytest.mark.parametrize(
    "heading",
    [
        "Obituary: Hallvard Mjelde",
        "In Loving Memory of Hallvard Mjelde",
        "Deceased: Hallvard Mjelde",
    ],
)
def test_a_memorial_heading_labels_the_name_of_its_fields(heading):
    text = f"{heading}\nBorn: June 5, 1935\nDied: March 3, 2020\n"
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    assert sorted((f.relation, f.subject, f.value) for f in found) == [
        ("birth_date", "Hallvard Mjelde", "1935-06-05"),
        ("death_date", "Hallvard Mjelde", "2020-03-03"),
    ]


def test_near_miss_a_heading_of_obituaries_names_no_one():
    assert deaths("Obituaries\nDied: March 3, 2020\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hallvard Mjelde went to be with his Lord and Savior on Friday, March 3, 2020.",
        "Hallvard Mjelde went to be with his Lord Jesus Christ on March 3, 2020.",
        "Hallvard Mjelde earned his angel wings on March 3, 2020.",
    ],
)
def test_with_his_or_her_lord_passes_the_prefilter(text):
    # (the trigger words held only "with the Lord"; the whole text is read, prefilter first)
    assert deaths(text) == [("Hallvard Mjelde", "2020-03-03")]


def test_near_miss_to_be_with_a_relative_or_a_pilot_s_wings():
    assert deaths("Hallvard Mjelde went to be with his mother on March 3, 2020.") == []
    assert deaths("Hallvard Mjelde earned his wings as a pilot on March 3, 2020.") == []
