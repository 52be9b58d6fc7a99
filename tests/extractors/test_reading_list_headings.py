"""A reader's list of books under its heading ("Books I recommend:", "My favourite books:", "My
2023 reading list", "Reading list for Birds 101", "Books mentioned in this episode"):
its items read "Title (Author)", "Title, Author" or "Title – Author" without the links, years
or markup that set titles off elsewhere; the heading says they are works and their authors. The
same items under another heading are songs and singers, roles and actors, posts and people.
Invented lists in the general form of each, with near-misses."""

from __future__ import annotations

import pytest

from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


LIST = {
    ("Lund", "Counting Cranes at Dusk"),
    ("Okafor", "Reed Beds in Late Summer"),
    ("Vogt", "Teal on Winter Ponds"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Books I recommend:\n- Counting Cranes at Dusk by Tove Lund\n"
        "- Reed Beds in Late Summer by Ruth Okafor\n- Teal on Winter Ponds by Anja Vogt\n",
        "My favourite books:\n1. Counting Cranes at Dusk (Tove Lund)\n"
        "2. Reed Beds in Late Summer (Ruth Okafor)\n3. Teal on Winter Ponds (Anja Vogt)\n",
        "My favourite books:\n\n1. Counting Cranes at Dusk, Tove Lund\n"
        "2. Reed Beds in Late Summer, Ruth Okafor\n3. Teal on Winter Ponds, Anja Vogt\n",
        # a reader's list of a year, a course's list, a show's notes
        "My 2023 reading list\n1. Counting Cranes at Dusk (Tove Lund)\n"
        "2. Reed Beds in Late Summer (Ruth Okafor)\n3. Teal on Winter Ponds (Anja Vogt)\n",
        "Reading list for Birds 101:\n1. Counting Cranes at Dusk (Tove Lund)\n"
        "2. Reed Beds in Late Summer (Ruth Okafor)\n3. Teal on Winter Ponds (Anja Vogt)\n",
        "Books mentioned in this episode:\nCounting Cranes at Dusk (Tove Lund)\n"
        "Reed Beds in Late Summer (Ruth Okafor)\nTeal on Winter Ponds (Anja Vogt)\n",
    ],
)
def test_a_reader_s_list_under_its_heading(text: str) -> None:
    assert titles(text) == LIST


@pytest.mark.parametrize(
    "text",
    [
        "My favourite songs:\n1. Counting Cranes at Dusk (Tove Lund)\n"
        "2. Reed Beds in Late Summer (Ruth Okafor)\n3. Teal on Winter Ponds (Anja Vogt)\n",
        "Our team:\n1. Head of research, Tove Lund\n2. Head of design, Ruth Okafor\n"
        "3. Head of sales, Anja Vogt\n",
        "Songs mentioned in this episode:\nCounting Cranes at Dusk (Tove Lund)\n"
        "Reed Beds in Late Summer (Ruth Okafor)\nTeal on Winter Ponds (Anja Vogt)\n",
    ],
)
def test_near_miss_the_same_items_under_another_heading(text: str) -> None:
    assert titles(text) == set()
