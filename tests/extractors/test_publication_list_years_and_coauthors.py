"""Publication lists as their owners write them: entries grouped under a year alone on its line
(after a blank line, which the line model may take into the entry above); a title first with
its year in brackets before the names ("Title (2021). A. Roe, B. Moe. Journal 45."); and, as a
near-miss, a title with only the co-authors after "with" ("“Title”, with B. Moe, J. Hydrol."):
the first author is the page's owner, whom the entry does not name, so no fact; and a CV's dashes
setting off the title after the names and their year ("Roe A. 2021 – Title – Journal 45"). Invented text in
the general form of each."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_entries_under_year_headings_each_read():
    text = (
        "Publications\n\n2021\n"
        "Halvorsen, I., Brandt, T. Tidal mixing in shallow fjords. Journal of Estuaries 45: "
        "112–121.\n"
        "Okonkwo, C., Halvorsen, I. Sediment plumes after spring floods. Hydrology Review 31: "
        "1–20.\n\n2020\n"
        "Vasquez, R., Halvorsen, I. Counting herons from low orbit. Wetlands 12: 3–9.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal mixing in shallow fjords"),
        ("Okonkwo", "Sediment plumes after spring floods"),
        ("Vasquez", "Counting herons from low orbit"),
    ]


def test_a_title_with_its_year_before_the_names():
    text = (
        "Publications\n"
        "Tidal mixing in shallow fjords (2021). I. Halvorsen, T. Brandt. Journal of Estuaries "
        "45.\n"
        "Sediment plumes after spring floods (2020). C. Okonkwo, I. Halvorsen. Hydrology "
        "Review 31.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal mixing in shallow fjords"),
        ("Okonkwo", "Sediment plumes after spring floods"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Recent papers:\n- "Tidal mixing in shallow fjords", with T. Brandt, J. Estuar. 45 (2021) '
        '112-121.\n- "Sediment plumes after spring floods" (with C. Okonkwo), Hydrol. Rev. 31 '
        "(2020).\n",
        "Recent papers:\n- Tidal mixing in shallow fjords, with Tomas Brandt. J. Estuar. 45 "
        "(2021).\n- Sediment plumes after spring floods, with Chidi Okonkwo. Hydrol. Rev. 31 "
        "(2020).\n",
        # (the co-authors in brackets before a journal of one word)
        'Recent papers:\n"Tidal mixing in shallow fjords" (with T. Brandt), Limnology, 2021.\n'
        '"Sediment plumes after spring floods" (with C. Okonkwo), Hydrobiologia, 2020.\n',
    ],
)
def test_near_miss_co_authors_after_with_name_no_first_author(text):
    assert papers(text) == []


@pytest.mark.parametrize("dash", ["–", "-", "—"])
def test_a_cv_list_whose_dashes_set_off_the_title(dash):
    text = (
        "Publications\n"
        f"Halvorsen I., Brandt T. & Okonkwo C. 2021 {dash} Tidal mixing in shallow fjords "
        f"{dash} Estuarine Science 45(2)\n"
        f"Okonkwo C. & Halvorsen I. (2020) {dash} Sediment plumes after spring floods {dash} "
        "Hydrology Review 31\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal mixing in shallow fjords"),
        ("Okonkwo", "Sediment plumes after spring floods"),
    ]


def test_near_miss_a_word_alone_between_dashes_is_no_title():
    text = "Talks\nHalvorsen I. 2021 – Keynote – Estuarine Science Days 45\n"
    assert papers(text) == []
