"""A department's report of its members' work, a kind of publication list written as prose:
the author's department in brackets or post between commas before "published", a student
co-author with the class year ("and student Lee Sand '15"), a journal named first after the
title ("in the Journal of …", which the venue test missed), a talk "presented" at a
conference or a society's annual meeting, and "co-authored" with the post capitalised ("Ana
Roe, Professor of Biology, co-authored "T" with Ken Moe in …"). Near-misses: a play presented at a festival, a plan
at a town's meeting, a book with no venue, a date after "in". Invented text in the general
form of each construction."""

from __future__ import annotations

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            'Ana Roe (Biology) published "Counting reed warblers along a lake shore" in the '
            "Journal of Wetland Birds.",
            ("Ana Roe", "Counting reed warblers along a lake shore"),
        ),
        (
            'Ken Moe, associate professor of chemistry, published "Winter feeding of grey '
            'herons," Bird Study 57 (2014): 1-9.',
            ("Ken Moe", "Winter feeding of grey herons"),
        ),
        (
            'Tina Berg and student Lee Sand \'15 published "Nest sites of the little grebe" '
            "in Ardea 96 (2015).",
            ("Tina Berg", "Nest sites of the little grebe"),
        ),
        (
            'Professor Tina Berg (Biology) presented "Reed beds in a dry summer" at the annual '
            "meeting of the Wetland Society in 2015.",
            ("Tina Berg", "Reed beds in a dry summer"),
        ),
        (
            'Lee Sand presented "Grebes and their ponds" at the 2015 Midwest Ecology Conference.',
            ("Lee Sand", "Grebes and their ponds"),
        ),
    ],
)
def test_a_department_report_of_its_members_work(sentence, fact):
    subject, title = fact
    found = titles("Faculty and student scholarship, 2014-2015\n\n" + sentence)
    assert {(s.split()[-1], t) for s, t in found} == {(subject.split()[-1], title)}


@pytest.mark.parametrize(
    "sentence",
    [
        'The company of Ana Roe (Director) presented "Hamlet" at the Edinburgh Festival in 2014.',
        'Tina Berg, the mayor, presented "Plans for the Harbour" at the town meeting on 3 May 2014.',
        'Ken Moe, a local author, published "My Garden Year", a memoir of his allotment (2014).',
        'Ana Roe (Biology) published "Counting birds" in June 1976.',
    ],
    ids=["festival", "town-meeting", "memoir", "date-after"],
)
def test_near_miss_no_paper(sentence):
    assert titles(sentence) == set()


def test_co_authored_with_the_post_capitalised_and_no_year_around():
    # (the unit is selected by the verb before the quoted title: no heading dates it)
    text = (
        'Dr. Ana Roe, Professor of Biology, co-authored "Counting reed warblers along a lake '
        'shore" with Ken Moe in the Journal of Wetland Birds.'
    )
    found = {(f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text)}
    assert found == {("Roe", "Counting reed warblers along a lake shore")}


def test_near_miss_a_book_co_authored_without_a_venue():
    text = 'Ana Roe coauthored "My Garden Year" with Ken Moe, a memoir of their allotment.'
    assert titles(text) == set()
