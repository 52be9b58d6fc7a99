"""A personal publication list: entries grouped under lines that hold their year alone
("2020", "## 2019"), which the entries then leave out ("- Title. C. Lund, A. Roe. Venue 109."),
and the list's owner set in bold among the authors, with a mark of equal contribution and the
stop after the bold ("C. Lund*, **A. Roe***. Title. Venue."). Near-misses: one year line under
no bibliography heading is no list's grouping (a changelog's, a diary's), and a title set in
bold stays the title. Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.reader import _YEAR_HEADING, _under_year_heading


def titles(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def test_entries_under_year_headings_without_their_own_year():
    text = (
        "Publications\n"
        "2021\n"
        "- Tidal mixing in narrow fjords. S. Aas, T. Lund. Ocean Dynamics 71.\n"
        "- Wind stress over sea ice. T. Lund, S. Aas. Polar Research 40.\n"
        "2020\n"
        "- Freshwater pulses and fjord circulation. S. Aas. Ocean Science 16.\n"
    )
    assert titles(text) == [
        ("Aas", "Freshwater pulses and fjord circulation"),
        ("Aas", "Tidal mixing in narrow fjords"),
        ("Lund", "Wind stress over sea ice"),
    ]


def test_near_miss_a_single_year_line_under_no_heading():
    one = "2021\n- Tidal mixing. S. Aas.\n"
    assert [m.start() for m in _YEAR_HEADING.finditer(one)] == [0]
    assert not _under_year_heading(one, 5, [0])
    headed = "Publications\n2021\n- Tidal mixing. S. Aas.\n"
    assert _under_year_heading(headed, 18, [13])
    two = "## 2021\n- A. S. Aas.\n## 2020\n- B. S. Aas.\n"
    heads = [m.start() for m in _YEAR_HEADING.finditer(two)]
    assert len(heads) == 2 and _under_year_heading(two, 8, heads)
    assert not _under_year_heading(two, 0, [5, 20])  # an entry above the first heading


def test_the_owners_bold_name_with_a_mark_and_a_stop_after_it():
    text = (
        "Publications\n"
        "T. Lund*, **S. Aas***. Wind stress over sea ice. Polar Research 2020.\n"
        "B. Vik, **S. Aas**. Tidal mixing in narrow fjords. Ocean Dynamics 2021.\n"
        "**S. Aas**, B. Vik. Freshwater pulses and fjord circulation. Ocean Science 2019.\n"
    )
    assert titles(text) == [
        ("Aas", "Freshwater pulses and fjord circulation"),
        ("Lund", "Wind stress over sea ice"),
        ("Vik", "Tidal mixing in narrow fjords"),
    ]


def test_near_miss_a_bold_title_stays_the_title():
    text = (
        "Publications\n"
        "**Wind stress over sea ice**. T. Lund, S. Aas. Polar Research 2020.\n"
        "**Tidal mixing in narrow fjords**. B. Vik, S. Aas. Ocean Dynamics 2021.\n"
    )
    assert titles(text) == [
        ("Lund", "Wind stress over sea ice"),
        ("Vik", "Tidal mixing in narrow fjords"),
    ]
