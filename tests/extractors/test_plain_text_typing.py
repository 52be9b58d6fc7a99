"""How plain text is typed: two hyphens for a dash ("Ohio -- Columbus", as ASCII files and
mails write one), and two spaces after a full stop, also inside a table's cell ("St.  John's"):
the facts read as with the typographic dash and one space. Invented text in the general form
of each, with near-misses."""

from auditor.extraction import Extraction
from extractors import layout
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


def test_items_parted_by_two_hyphens_under_a_header_about_capitals():
    text = "State capitals\n\nOhio -- Columbus\nTexas -- Austin\nUtah -- Salt Lake City\n"
    assert capitals(text) == [("Ohio", "Columbus"), ("Texas", "Austin"), ("Utah", "Salt Lake City")]


def test_bulleted_items_with_a_note_in_brackets_and_two_hyphens():
    text = "Country -- capital\n\n  * Kenya (KE) -- Nairobi\n  * Ghana (GH) -- Accra\n"
    assert capitals(text) == [("Ghana", "Accra"), ("Kenya", "Nairobi")]


def test_pairs_run_on_in_a_line_with_two_hyphens():
    text = "The capitals we visited: Ohio -- Columbus, Texas -- Austin."
    assert capitals(text) == [("Ohio", "Columbus"), ("Texas", "Austin")]


def test_near_miss_two_hyphens_under_a_header_about_something_else():
    text = "Largest cities\n\nOhio -- Columbus\nTexas -- Houston\nUtah -- Salt Lake City\n"
    assert capitals(text) == []


def test_a_double_space_inside_a_cell_of_a_barred_table():
    text = (
        "| Country | Capital |\n|---|---|\n| Saint Kitts and Nevis | Basseterre |\n"
        "| Antigua and Barbuda | St.  John's |\n| Saint Lucia | Castries |\n"
    )
    assert capitals(text) == [
        ("Antigua and Barbuda", "St. John's"),
        ("Saint Kitts and Nevis", "Basseterre"),
        ("Saint Lucia", "Castries"),
    ]


def test_a_barred_line_parts_on_its_bars_only():
    (table,) = layout.tables("| Name | Note |\n| A. B.  Roe | born  1950 |\n")
    assert [cell.text for cell in table.rows[0]] == ["A. B.  Roe", "born  1950"]


def test_near_miss_a_table_aligned_by_spaces_still_parts_on_two_spaces():
    (table,) = layout.tables("Country      Capital\nPeru         Lima\n")
    assert table.header == ("Country", "Capital")
    assert [cell.text for cell in table.rows[0]] == ["Peru", "Lima"]
