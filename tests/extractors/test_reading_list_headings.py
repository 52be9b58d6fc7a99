"""A reading list whose heading names it among other words ("My reading list for 2020",
"Summer reading list: week 3"): only a heading of its own words alone ("Reading list",
"Further reading") selected the list's unit, so its "Title by Ana Roe" items were never read.
Near-miss: the same items under a heading of no list of reading. Invented lists."""

from __future__ import annotations

import pytest

from auditor.extraction import Extraction
from extractors.base import select

ITEMS = "\n\n- The Reed Warbler Year by Ana Lund\n- Herons of the Northern Lakes by Ken Berg\n"


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text)}


@pytest.mark.parametrize("heading", ["My reading list for 2020", "Summer reading list: week 3"])
def test_a_heading_that_names_a_reading_list(heading):
    assert titles(heading + ITEMS) == {
        ("Lund", "The Reed Warbler Year"),
        ("Berg", "Herons of the Northern Lakes"),
    }


def test_near_miss_a_heading_of_songs():
    assert titles("Songs for a long drive" + ITEMS) == set()
