"""Text quoted in a mail or a post ("> " before every line), bulleted lines, and text inside
HTML paragraph tags: read as the lines they quote, list or mark up, with the reading of the
plain view preferred where the raw text gives a worse subject. Invented text, with
near-misses."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.layout import unprefixed_view


def facts(text):
    return sorted((f.relation, f.subject, f.value) for f in Extraction(select(None)).facts(text))


def test_quoted_profile_fields_and_capital():
    text = (
        "> Wren Hallett\n"
        "> Born:\n"
        "> October 16, 1958\n"
        "> Hallett grew up in Wellington, the capital of New Zealand.\n"
        "Thanks, that is the one I meant.\n"
    )
    assert facts(text) == [
        ("birth_date", "Wren Hallett", "1958-10-16"),
        ("capital", "New Zealand", "Wellington"),
    ]


def test_an_inverted_name_inside_paragraph_tags():
    text = (
        "<p>#### Marsh, Obadiah (b. Wallingford, CT, 12 Feb 1729; d. Hartland, CT, 9 Feb 1807)"
        "</p>\n<p>*A great-uncle on the Marsh line*</p>\n"
    )
    assert facts(text) == [
        ("birth_date", "Obadiah Marsh", "1729-02-12"),
        ("death_date", "Obadiah Marsh", "1807-02-09"),
    ]


def test_unprefixed_view_keeps_offsets():
    text = "> > Ann Roe\n> was born on 3 May 1901.\nNot quoted > here.\n"
    view = unprefixed_view(text)
    assert view is not None and len(view) == len(text)
    assert view.split("\n")[:2] == ["    Ann Roe", "  was born on 3 May 1901."]
    assert view.split("\n")[2] == "Not quoted > here."  # a ">" inside a line stays
    assert unprefixed_view("a > b\nc > d\n") is None  # no line opens with a quote mark


def test_near_miss_a_quoted_line_without_a_date():
    text = "> Wren Hallett\n> Born: somewhere up north, nobody knows when\n> Thanks!\n"
    assert facts(text) == []


def test_bulleted_lines_of_prose():
    text = (
        "* Wren Hallett\n"
        "* Born:\n"
        "* October 16, 1958\n"
        "* Hallett grew up in Wellington, the capital of New Zealand.\n"
    )
    assert facts(text) == [
        ("birth_date", "Wren Hallett", "1958-10-16"),
        ("capital", "New Zealand", "Wellington"),
    ]


def test_near_miss_numbers_of_a_list_stay():
    # a worksheet pairs its items by their numbers: they are not blanked
    view = unprefixed_view("1. Peru ______\n2. Chile ______\n- Lima\n- Santiago\n")
    assert view is not None and view.startswith("1. Peru") and "\n2. Chile" in view
