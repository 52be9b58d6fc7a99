"""Course reading lists and syllabi: a heading over plain "Title by Name" lines, authors dated
before a comma and the title, a day's label before an entry, books cited with their imprint in
brackets, a reader's own list ("Books I read in 2023", "My favourite books") and ratings after
the author ("★★★★", "(4/5)"). Through the whole extraction (the pre-filter must find the list
too). Invented items in each layout, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.registry import select_specs


def facts(text: str) -> set[tuple[str, str]]:
    extraction = Extraction([spec.extractor for spec in select_specs(["paper_title"])])
    return {(f.subject, f.value) for f in extraction.facts(text)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Reading list\nReed Beds as Sediment Traps by Per Lund\n"
            "Counting Herons from Low Orbit by Mara Castellan\n",
            {
                ("Lund", "Reed Beds as Sediment Traps"),
                ("Castellan", "Counting Herons from Low Orbit"),
            },
        ),
        (
            "Week 2 — Methods\nReadings:\nLund & Varga (2020), Reed beds as sediment traps\n"
            "Castellan et al. (2019), Counting herons from low orbit\n",
            {
                ("Lund", "Reed beds as sediment traps"),
                ("Castellan", "Counting herons from low orbit"),
            },
        ),
        (
            "Syllabus\nMon Sep 7: Lund, P. (2020). Reed beds as sediment traps. J Pond Sci.\n"
            "Wed Sep 9: Castellan, M. (2019). Counting herons from low orbit. CVPR.\n",
            {
                ("Lund", "Reed beds as sediment traps"),
                ("Castellan", "Counting herons from low orbit"),
            },
        ),
        (
            "Required texts:\nPer Lund, Reed Beds as Sediment Traps (Delta Press, 2020)\n"
            "Mara Castellan, Counting Herons from Low Orbit (Oslo: Wetland Books, 2019), ch. 2\n",
            {
                ("Lund", "Reed Beds as Sediment Traps"),
                ("Castellan", "Counting Herons from Low Orbit"),
            },
        ),
    ],
)
def test_reading_list_layouts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a heading that names readings over lines of prose credits
        "Further reading\nThe photographs were taken by Per Lund\nThe maps were drawn by Ana Roe\n",
        # places and dates in brackets after names: an itinerary, no titles in Title Case
        "Required texts:\nPer Lund, arrived in the morning (Oslo, 2020)\n"
        "Mara Castellan, left after lunch (Bergen, 2019)\n",
    ],
)
def test_near_misses(text):
    assert facts(text) == set()


def test_a_readers_own_list_with_ratings():
    text = (
        "Books I read in 2023:\n"
        "1. Reed Beds as Sediment Traps \u2013 Per Lund \u2605\u2605\u2605\u2605\n"
        "2. Counting Herons from Low Orbit \u2013 Mara Castellan (4/5)\n"
        "3. Egret Roosts in Winter \u2013 Tove Brandt\n"
    )
    assert facts(text) == {
        ("Lund", "Reed Beds as Sediment Traps"),
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Brandt", "Egret Roosts in Winter"),
    }


def test_near_miss_a_list_of_favourite_songs():
    text = "My favourite songs\n1. Yellow Sky \u2013 Per Lund\n2. Blue Rain \u2013 Mara Castellan\n"
    assert facts(text) == set()
