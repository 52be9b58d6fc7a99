"""A reading list whose heading names it among other words ("My reading list for 2020",
"Summer reading list: week 3"): only a heading of its own words alone ("Reading list",
"Further reading") selected the list's unit, so its "Title by Ana Roe" items were never read;
and an item's title in italics before its short citation ("*Title* (Roe, 1976)"), as one in
bold was read. Near-misses: the same items under a heading of no list of reading; a publisher
in the citation's place. Invented lists."""

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


def test_a_title_in_italics_and_its_short_citation():
    # (as one in bold was read: "* **Title** (Roe, 1976)"; a family name that is also a
    # town's, "(Lund, 1976)", reads as a place of publication)
    text = (
        "Reading list\n\n* *The Reed Warbler Year* (Roe, 1976)\n"
        "* *Herons of the Northern Lakes* (Berg, 2011)\n"
    )
    assert titles(text) == {
        ("Roe", "The Reed Warbler Year"),
        ("Berg", "Herons of the Northern Lakes"),
    }


def test_near_miss_a_title_in_italics_and_its_publisher():
    text = "Reading list\n\n* *Quiet Waters of the North* (Springer, 2004)\n"
    assert titles(text) == set()
