"""Reference entries not dated by a year alone: APA's "(n.d.)" for an undated web page (unread,
such an entry ending on its web address was joined to the next line as if wrapped, and the next
entry's title went to its author) and "(2021, in press)". Invented entries, with a near-miss."""

from __future__ import annotations

from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_an_undated_entry_and_the_entry_under_its_web_address():
    text = (
        "References\n"
        "Lund, T. (n.d.). Counting cranes at dusk. Retrieved from https://example.org/cranes\n"
        "Okafor, E. (2019). Reed beds as sediment traps. Wetland Letters.\n"
        "Vogt, A. (2018a). Teal on winter ponds. Pond Notes, 11-15.\n"
    )
    assert titles(text) == {
        ("Lund", "Counting cranes at dusk"),
        ("Okafor", "Reed beds as sediment traps"),
        ("Vogt", "Teal on winter ponds"),
    }


def test_near_miss_undated_in_prose_opens_no_entry():
    text = "As Lund (n.d.) notes, cranes gather at dusk. Few count them. It was 2019."
    assert titles(text) == set()


def test_an_entry_in_press_after_the_year_it_is_expected_in():
    text = (
        "References\n"
        "Okafor, E. (2021, in press). Reed beds as sediment traps. Wetland Letters, 3, 1-10.\n"
        "Vogt, A. (2018). Teal on winter ponds. Pond Notes, 11-15.\n"
    )
    assert titles(text) == {
        ("Okafor", "Reed beds as sediment traps"),
        ("Vogt", "Teal on winter ponds"),
    }
