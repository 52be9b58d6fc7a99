"""A reading list's "Title by Author" item whose title reads like a person's name ("Winter
Light by Jane Harlow", "Jane Eyre by Charlotte Brontë"): "by" names the authors after it, so
the words before it are the title whatever they look like. Near-miss: in a form without "by",
a would-be title that is people's names stays unread ("Ana Roe, Ken Moe. Venue 2021." is a
two-line item's names). Invented items in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_name_like_title_before_by():
    text = (
        "Reading list\n"
        "1. The Salt Road by Ken Osei\n"
        "2. Winter Light by Jane Harlow\n"
        "3. Lena Marsh by Per Lindqvist\n"
    )
    assert papers(text) == [
        ("Harlow", "Winter Light"),
        ("Lindqvist", "Lena Marsh"),
        ("Osei", "The Salt Road"),
    ]


def test_near_miss_names_alone_before_a_venue_are_no_title():
    text = (
        "Papers\n"
        "* Counting herons in salt marshes. Ana Roe, Ken Moe. Bird Study 2021.\n"
        "* Ana Roe, Ken Moe. Bird Study 2021.\n"
    )
    assert ("Roe", "Ana Roe, Ken Moe") not in papers(text)
    assert all(title != "Ana Roe" for _, title in papers(text))
