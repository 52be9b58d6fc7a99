"""Personal publication pages: a co-author's name is no title where a listing reads the linked
title after the names ("Ana Roe, Inés Vidal. [Title](url). ICML, 2022."), and a talk listed with
its event and place ("*Talk*, PyCon Germany, Karlsruhe, 2023") has no author: a country read
as a family name is an event's or a place's. Invented items in the general form of each."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def test_a_linked_title_after_names_whose_last_is_unusual():
    text = (
        "## Publications\n\n"
        "- Maja Lund, Pavel Orlov. [Sparse Herons for Wetland Graphs](https://example.org/1)."
        " NeurIPS, 2021.\n"
        "- Maja Lund, Inés Vidal. [Message Passing over Reed Beds](https://example.org/2)."
        " ICML, 2022.\n"
    )
    assert papers(text) == [
        ("Lund", "Message Passing over Reed Beds"),
        ("Lund", "Sparse Herons for Wetland Graphs"),
    ]


def test_near_miss_talks_with_their_events_and_places():
    text = (
        "## Talks\n\n"
        "- *Herons at Scale*, Data Science Meetup Berlin, Berlin, Germany, 2022.\n"
        "- *Reeds and Graphs*, PyCon Germany, Karlsruhe, 2023.\n"
    )
    assert papers(text) == []


def test_references_in_a_syllabus_tables_reading_column():
    text = (
        "| Week | Topic | Reading |\n|---|---|---|\n"
        "| 1 | Intro | Lund, M. (2019). Counting herons in networks. *AJMS*, 78, 1-9. |\n"
        "| 2 | Ties | Orlov, P. (1973). The strength of weak reeds. *WJ*, 78, 1360-1380. |\n"
    )
    assert papers(text) == [
        ("Lund", "Counting herons in networks"),
        ("Orlov", "The strength of weak reeds"),
    ]


def test_near_miss_a_reading_column_of_chapters():
    text = (
        "| Week | Topic | Reading |\n|---|---|---|\n"
        "| 1 | Intro to Networks | Chapter 1 of the textbook |\n"
        "| 2 | Weak Ties | Chapter 2, pages 10-20 |\n"
    )
    assert papers(text) == []
