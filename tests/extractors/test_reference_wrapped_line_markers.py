"""A reference list wrapped without list marks (an author-year list as a PDF's text gives it)
whose wrapped lines happen to open like a list's marks: an entry wrapped before its year
("…, et al.\\n(2013) Title …"), an issue's number ("Wetland Ecology 4\\n(2) 33–41."), an
edition's ("…,\\n2. ed. Lund: …"). One such line made the whole block a marked list, each line
an entry of its own, and its entries were read wrongly or not at all. A number or a year at a
line's head now marks a list where two lines or more open with one, or one opens the block;
a year only as two or more. Near-misses: a publication list dated by a year before every entry,
a numbered list of one entry under its heading, a lone bullet that no wrapped line opens with.
Invented text in the general form of each construction."""

from __future__ import annotations

import pytest

from extractors.base import select
from extractors.references.segment import _list_marked


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_an_entry_wrapped_before_its_year():
    text = (
        "References\n"
        "Roe, A. B., Lund, K., Moe, J., Berg, T., et al.\n"
        "(2013) Counting reed warblers along a shrinking\n"
        "lake shore. Journal of Wetland Birds, 12, 45–67.\n"
        "Varga, P. & Lund, K. (2010). Winter feeding of\n"
        "grey herons at fish ponds. Bird Study, 57, 1–9.\n"
        "Sand, M. (2008). Nest sites of the little grebe in\n"
        "farm ponds. Ardea, 96, 101–110.\n"
    )
    assert titles(text) == {
        ("Roe", "Counting reed warblers along a shrinking lake shore"),
        ("Varga", "Winter feeding of grey herons at fish ponds"),
        ("Sand", "Nest sites of the little grebe in farm ponds"),
    }


@pytest.mark.parametrize(
    "wrapped_venue",
    [
        "birds in a dry summer. Wetland Ecology 4\n(2) 33–41.\n",
        "birds in a dry summer. In A. Roe (ed.) Wetlands,\n2. ed. Lund: Sand Press, 33–41.\n",
    ],
    ids=["issue-number", "edition-number"],
)
def test_a_number_opening_a_wrapped_venue_line(wrapped_venue):
    text = (
        "References\n"
        "Varga, P. & Lund, K. (2010). Winter feeding of grey\n"
        "herons at fish ponds. Bird Study, 57, 1–9.\n"
        "Olsen, T. & Berg, M. (2011). Reed beds and their\n"
        f"{wrapped_venue}"
        "Sand, M. (2008). Nest sites of the little grebe in\n"
        "farm ponds. Ardea, 96, 101–110.\n"
    )
    assert titles(text) == {
        ("Varga", "Winter feeding of grey herons at fish ponds"),
        ("Olsen", "Reed beds and their birds in a dry summer"),
        ("Sand", "Nest sites of the little grebe in farm ponds"),
    }


def test_near_miss_a_publication_list_dated_before_every_entry():
    text = (
        "Publications\n"
        "(2018) Roe, A. Counting reed warblers along a lake shore. Wetland Birds 12: 45-67.\n"
        "(2016) Roe, A. and Lund, K. Winter feeding of grey herons. Bird Study 57: 1-9.\n"
        "(2015) Roe, A. Nest sites of the little grebe in farm ponds. Ardea 96: 101-110.\n"
    )
    assert _list_marked(text)
    assert titles(text) == {
        ("Roe", "Counting reed warblers along a lake shore"),
        ("Roe", "Winter feeding of grey herons"),
        ("Roe", "Nest sites of the little grebe in farm ponds"),
    }


@pytest.mark.parametrize(
    ("block", "marked"),
    [
        # wrapped lines that open like marks, one of each kind: no list's marks
        ("Roe, A., et al.\n(2013) Title of it.\nMoe, K. (2010). Another title.\n", False),
        ("Moe, K. (2011). U. Venue.\nRoe, A. (2010). T. Venue 4\n(2) 33–41.\n", False),
        # a year before each of two entries: a publication list's
        ("(2018) Roe, A. Title.\n(2016) Moe, K. Another.\n", True),
        # a numbered list of one entry under its heading: its number opens the block
        ("References\n1. Roe, A. (2010). A title that\nwraps. Venue 4: 1-9.\n", True),
        # two numbered entries, however far down
        ("Intro line.\nMore intro.\n3. Roe, A. Title.\n4. Moe, K. Another.\n", True),
        # a bullet no wrapped line opens with marks a list alone
        ("Intro line.\nMore intro.\n* Roe, A. (2010). Title.\n", True),
    ],
)
def test_which_blocks_are_marked_lists(block, marked):
    assert _list_marked(block) is marked
