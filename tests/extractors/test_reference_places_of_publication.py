"""A place of publication closing an entry after the title's last comma, where the labeller
runs it into the title: German and older humanities entries ("Surname, I. (Year): Title,
Place." and "…, Place: Publisher."); a comma-separated entry's publisher and place ("Title,
University Press, Canberra.", "…, Institute of Pacific Studies, Suva, Fiji."). The gazetteer
must know the place as a city, and it must close the entry. Invented entries, with
near-misses."""

import pytest

from extractors.base import select
from extractors.references.reader import cut_place_of_publication, cut_publisher_and_place


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


def test_a_publisher_and_its_place_closing_comma_separated_entries():
    text = (
        "Bibliography\n"
        "Okafor, T. (1966). Reed Beds of the Southern Marshes, University of Ibadan, Ibadan.\n"
        "Brandt, L. K. (1982). Herons of the Delta: A Field Guide, Australian National "
        "University Press, Canberra.\n"
        "Vos, P. (1986). The Pond Snails of Fiji, Institute of Pacific Studies, Suva, Fiji.\n"
        "Sander, K. (1952). A Pattern of Reeds, Faber and Faber, London.\n"
    )
    assert facts(text) == {
        ("Okafor", "Reed Beds of the Southern Marshes"),
        ("Brandt", "Herons of the Delta: A Field Guide"),
        ("Vos", "The Pond Snails of Fiji"),
        ("Sander", "A Pattern of Reeds"),
    }


@pytest.mark.parametrize(
    "title",
    [
        # a country alone may be the title's own
        "Memories of Hanoi, Vietnam",
        # a quoted title is whole as quoted (cut by no caller), and no press closes this one
        "Reed beds, the Ibadan Marshes",
    ],
)
def test_near_miss_no_publisher_and_place_to_cut(title):
    assert cut_publisher_and_place(title, "x.") == title


def test_near_miss_the_entry_goes_on_after_the_title():
    title = "Reed beds, Oxford University Press"
    assert cut_publisher_and_place(title, "s. Journal of Reeds, 4, 1-9.") == title


def test_an_imprint_of_place_and_publisher_after_a_colon_closes_the_entry():
    text = "Literatur\nVogt, A. (2019): Reiher und Schilf, Leipzig: Teubner.\n"
    assert facts(text) == {("Vogt", "Reiher und Schilf")}


def test_near_miss_a_city_before_a_subtitle_in_lower_case_stays():
    text = "References\nVogt, A. (2019). Reeds of the north, Leeds: a history. Leipzig: Teubner.\n"
    assert facts(text) == {("Vogt", "Reeds of the north, Leeds: a history")}
