"""APA entries for a newspaper's or a blog's piece, dated by the day: "Roe, J. (2010, March 3).
Title. The Daily Herald." The labeller, trained on entries dated by the year, reads such an
entry with its year alone (the day blanked, the same length), and such a date marks a line as
a reference's for the scan's units as a year in brackets does. Invented entries in the general
form, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_entries_dated_by_the_day():
    text = (
        "References\n"
        "Castellan, M. (2010, March 3). Herons return to the estuary. The Coastal Herald.\n"
        "Lund, P. (2012, May 5). Dams and people. The Valley Times.\n"
    )
    assert papers(text) == [
        ("Castellan", "Herons return to the estuary"),
        ("Lund", "Dams and people"),
    ]


def test_an_entry_dated_by_the_day_after_one_dated_by_the_year():
    text = (
        "Sources\n"
        "Brandt, T. (2015). Egret roosts in winter [Blog post]. https://example.org/egrets\n"
        "Lund, P. (2012, May 5). Dams and people. The Valley Times. https://example.org/dams\n"
    )
    assert papers(text) == [
        ("Brandt", "Egret roosts in winter"),
        ("Lund", "Dams and people"),
    ]


def test_a_season_for_the_day():
    text = (
        "References\n"
        "Castellan, M. (2010, Spring). Herons return to the estuary. Wetland Quarterly, 4(2), 1-9.\n"
        "Lund, P. (2012, Autumn). Reed beds and their birds. Wetland Quarterly, 6(1), 10-19.\n"
    )
    assert papers(text) == [
        ("Castellan", "Herons return to the estuary"),
        ("Lund", "Reed beds and their birds"),
    ]


def test_near_miss_a_date_in_brackets_in_prose():
    assert papers("The herons came back (2010, March 3) to the estuary near Leeds.") == []
