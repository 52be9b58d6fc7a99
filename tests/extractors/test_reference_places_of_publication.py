"""A place of publication closing an entry after the title's last comma, where the labeller
runs it into the title: German and older humanities entries ("Surname, I. (Year): Title,
Place." and "…, Place: Publisher."). The gazetteer must know the place as a city, and it must
close the entry. Invented entries, with near-misses."""

import pytest

from extractors.base import select
from extractors.references.reader import cut_place_of_publication


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_a_place_and_a_place_with_its_publisher_close_the_entries():
    text = (
        "Literatur\n"
        "Sander, K. (2011): Die Reiher am Altwasser, Leipzig.\n"
        "Brandt, C./Okafor, E. (2018): Schilf und Sediment, Stuttgart: Ulmer.\n"
        "Wendt, H. (2009): Teiche im Winter, New York.\n"
    )
    assert facts(text) == {
        ("Sander", "Die Reiher am Altwasser"),
        ("Brandt", "Schilf und Sediment"),
        ("Wendt", "Teiche im Winter"),
    }


@pytest.mark.parametrize(
    ("title", "after"),
    [
        # the place is inside the title: a journal follows it
        ("Growing up in Leeds, Yorkshire", "e. Journal of Ponds, 4, 1-9."),
        # a word the gazetteer knows as no city
        ("Reeds and herons, Volume", "e."),
        # nothing of the title left before it
        ("Leipzig, Stuttgart", "t."),
    ],
)
def test_near_miss_no_place_of_publication_to_cut(title, after):
    assert cut_place_of_publication(title, after) == title


def test_the_cut_keeps_the_title_before_the_place():
    assert cut_place_of_publication("Die Reiher am Altwasser, Leipzig", "g.") == (
        "Die Reiher am Altwasser"
    )
    assert cut_place_of_publication("Schilf und Sediment, Stuttgart: Ulmer", "r.") == (
        "Schilf und Sediment"
    )
