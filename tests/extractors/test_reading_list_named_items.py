"""Reading lists and course schedules whose items give the author, a comma and the work's
title set off by emphasis or quotes: a family name alone ("* Roe, *Title* through ch. 6"),
after a schedule's day ("* Monday, 11 Sep: Roe, “Title”"), or a full name whose given name
no list knows, in a run whose other items plainly name people; and a family name opening with
its particle ("De Certeau"); "Title by Name" with a reader's note after it, and "Family,
Title (Press, 2019)", under a reading list's heading. Invented items in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.grammar import family_name
from extractors.references.listings import read_listings


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_schedule_of_readings_by_family_name():
    text = (
        "* Monday, 3 Feb: Marlowe, _Harbour Lights_ through ch. 4.\n"
        "* Wednesday, 5 Feb: Quist, “Notes on the Arcade”; `HW 2`.\n"
        "* Monday, 10 Feb: Marlowe, _Harbour Lights_ to end.\n"
    )
    assert papers(text) == [
        ("Marlowe", "Harbour Lights"),
        ("Marlowe", "Harbour Lights"),
        ("Quist", "Notes on the Arcade"),
    ]


def test_a_long_run_of_family_names_without_a_schedule():
    text = "* Marlowe, _Harbour Lights_\n* Quist, “Notes on the Arcade”\n* Odell, *Salt Roads*\n"
    assert papers(text) == [
        ("Marlowe", "Harbour Lights"),
        ("Odell", "Salt Roads"),
        ("Quist", "Notes on the Arcade"),
    ]


def test_near_miss_two_unscheduled_lone_words():
    assert papers("* Marlowe, _Harbour Lights_\n* Quist, “Notes on the Arcade”\n") == []


def test_near_miss_topics_before_the_titles():
    text = "* Week 1: Overview, *Why cities matter*\n* Week 2: Methods, *Mapping the street*\n"
    assert papers(text) == []


def test_an_unknown_given_name_in_a_run_that_names_people():
    text = (
        "- Tunde Okafor, *Harbour Lights*\n"
        "- Guy Marlowe, “Notes on the Arcade”\n"
        "- Claude Quist, *Salt Roads*\n"
    )
    assert papers(text) == [
        ("Marlowe", "Notes on the Arcade"),
        ("Okafor", "Harbour Lights"),
        ("Quist", "Salt Roads"),
    ]


def test_near_miss_unknown_given_names_alone():
    assert papers("- Tunde Okafor, *Harbour Lights*\n- Obi Nwosu, *Lagos Nights*\n") == []


def test_a_family_name_that_opens_with_its_particle():
    assert family_name("De Certeau") == "De Certeau"
    assert family_name("van Rossum") == "van Rossum"
    assert family_name("Michel de Certeau") == "de Certeau"
    assert family_name("Robert De Niro") == "De Niro"
    # a particle that is also a given name opens no family name in capitals
    assert family_name("Ben Lynn") == "Lynn"


def test_near_miss_a_signatures_quotation_and_its_source():
    text = (
        "COBOL is a disease of the mind, and nobody should use it any longer than they must.\n"
        '\t- Tomas Brandt, "Collected Sayings on Computing"\n'
    )
    assert papers(text) == []


def test_a_full_names_entry_with_a_quoted_title_and_its_venue():
    text = (
        '- Tomas Brandt and Mira Castellan. "Counting Herons from Low Orbit." In Proceedings of '
        "the Wetland Conference, 2021.\n"
    )
    assert papers(text) == [("Brandt", "Counting Herons from Low Orbit")]


def test_near_miss_a_quotations_source_under_it_with_its_year():
    text = (
        '   "A government that counts its herons needs no other census."\n'
        '      - Mira Castellan, "A Memorial on Wading Birds", 1785\n'
    )
    assert papers(text) == []


def test_an_organisation_dated_in_brackets_is_one_author():
    text = (
        "Bibliography\n"
        "Wetland National Statistics Office. (2009). Heron census workbook. Available online.\n"
        "Castellan, M. (2010). Counting herons from low orbit. Wetland Letters, 3, 1-9.\n"
    )
    assert ("Wetland National Statistics Office", "Heron census workbook") in papers(text)


def test_title_by_name_with_a_readers_note_after_it_under_a_reading_heading():
    text = (
        "My reading list\n\n"
        "1. The Salt Marsh Year by Ingrid Halvorsen — A gorgeous account of a year on a coast.\n"
        "2. Tidal Mixing by Tomas Brandt — Dense but rewarding.\n"
    )
    assert papers(text) == [
        ("Brandt", "Tidal Mixing"),
        ("Halvorsen", "The Salt Marsh Year"),
    ]


def test_quoted_titles_by_names_with_a_readers_note():
    text = (
        "My reading list\n\n"
        '1. "The Salt Marsh Year" by Ingrid Halvorsen: a short essay collection.\n'
        '2. "Tidal Mixing" by Tomas Brandt: dense but rewarding.\n'
    )
    assert papers(text) == [
        ("Brandt", "Tidal Mixing"),
        ("Halvorsen", "The Salt Marsh Year"),
    ]


def test_near_miss_credits_with_a_note_under_another_heading():
    # (read by the listings alone: the pre-filter passes no such block on to them either)
    text = (
        "Changes\n\n"
        "1. Faster Parsing of Headers by Ingrid Halvorsen — thanks for the patch.\n"
        "2. Better Error Messages by Tomas Brandt — closes the issue.\n"
    )
    assert list(read_listings(text)) == []


def test_a_course_list_of_family_names_titles_and_imprints():
    text = (
        "Reading list for Birds 101\n"
        "Halvorsen, The Salt Marsh Year (Fenwick Press, 2019), chapters 1-3\n"
        "Brandt, Tidal Mixing (Marram, 2017), pp. 10-45\n"
    )
    assert papers(text) == [
        ("Brandt", "Tidal Mixing"),
        ("Halvorsen", "The Salt Marsh Year"),
    ]


def test_near_miss_places_titles_and_imprints_under_another_heading():
    # (read by the listings alone)
    text = (
        "Venues\n"
        "Leeds, The Town Hall (Civic Trust, 2019), rooms 1-3\n"
        "York, The Minster Gardens (Civic Trust, 2017), pp. 10-45\n"
    )
    assert list(read_listings(text)) == []
