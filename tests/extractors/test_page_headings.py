"""A web page's heading introduces the person its pronouns continue: the name with the page's
own words after a separator ("Name - Biography", "Name | Official Website", "Name: A Life") or
after a label that says whose page it is ("Obituary: Name", "Biography of Name", "About Name").
Invented text in the general form of each, with near-misses: a heading naming a place or a
paper, and a heading whose person is of the other gender."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select

BODY = "\n\nAmara is a potter from Leeds. She was born on July 4, 1958 in Otley."


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


@pytest.mark.parametrize(
    "heading",
    [
        "Amara Nwosu - Biography",
        "Amara Nwosu – Ceramics and Teaching",
        "Amara Nwosu | Official Website",
        "Amara Nwosu: A Life in Clay",
        "Biography of Amara Nwosu",
        "In Memory of Amara Nwosu",
        "Obituary: Amara Nwosu",
        "Artist: Amara Nwosu",
    ],
)
def test_a_page_heading_introduces_the_person(heading):
    assert life(heading + BODY) == [("birth_date", "Amara Nwosu", "1958-07-04")]


def test_about_before_the_name_is_no_part_of_it():
    assert life("About Amara Nwosu" + BODY) == [("birth_date", "Amara Nwosu", "1958-07-04")]


@pytest.mark.parametrize(
    "heading",
    [
        "Leeds Pottery Museum - Collections",
        "Otley Gazette | Local News",
        "About Otley Museum",
        "Golden Gate Park - Visitor Guide",
    ],
)
def test_near_miss_a_heading_that_names_no_person(heading):
    assert life(heading + BODY) == []


def test_near_miss_a_heading_person_of_the_other_gender():
    assert life("About Tomas Hale" + BODY) == []
