"""A reading list's note of the part to read after a title's last comma ("Title, chapter 4",
"…, chs. 2-3", "…, pp. 10–45") is no part of the title; a title that names a part of itself
("Title, Part 2") or is a chapter's name ("Chapter 4.") keeps it. Invented entries, with
near-misses."""

import pytest

from extractors.base import select
from extractors.references.reader import cut_reading_part


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_notes_of_the_part_to_read_after_the_titles():
    text = (
        "Reading list\n"
        "* Okafor, T. & Brandt, L. (2019) Heron counts from the air, chapter 4.\n"
        "* Vos, P. (2015). Reed beds as sediment traps, pp. 10-45.\n"
    )
    assert facts(text) == {
        ("Okafor", "Heron counts from the air"),
        ("Vos", "Reed beds as sediment traps"),
    }


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Heron counts from the air, chs. 2-3", "Heron counts from the air"),
        ("Heron counts from the air, sections 1 and 2.", "Heron counts from the air"),
        # a part the title names, not a note of what to read
        ("Heron counts from the air, Part 2", "Heron counts from the air, Part 2"),
        # nothing of a title left before it
        ("Herons, chapter 4", "Herons, chapter 4"),
        ("Chapter 4", "Chapter 4"),
    ],
)
def test_the_cut_and_its_near_misses(title, kept):
    assert cut_reading_part(title) == kept


def test_a_journals_full_name_and_volume_after_the_titles_comma():
    text = (
        "Bibliography\n"
        "Vos, P. (1964). Reed beds and their herons, Journal of the Wetland Society, 73, "
        "pp. 254–293.\n"
        "Vos, P. (1967). The swords of the marsh, Journal of Pond History, 2, pp. 113–136.\n"
    )
    assert facts(text) == {
        ("Vos", "Reed beds and their herons"),
        ("Vos", "The swords of the marsh"),
    }


@pytest.mark.parametrize(
    "title",
    [
        # no volume after the journal: the comma may be the title's own
        "Letters on herons, Journal of Reeds",
        # no journal's word opening the part after the comma
        "Reed beds and herons, Pond Life of the North, 12",
    ],
)
def test_near_miss_no_journal_and_volume_to_cut(title):
    assert cut_reading_part(title) == title
