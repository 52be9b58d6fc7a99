"""Names a PDF set in small capitals, as its text gives them: the full-size first letter parted
from the rest and the rest from the comma after it ("K OWALCZYK , A., AND N GUYEN , B. 2019.
Title."), or given names first ("A NNA K OWALCZYK AND B INH N GUYEN. 2019. Title."); and names
in capitals joined by "AND". The first author is the first name, joined again. Near-misses:
capitals in prose, where a single letter before a word is a word, stay as they are. Invented
text in the general form of each."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.paper_title import join_small_caps


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject.casefold(), f.value) for f in found)


TWO = [
    ("lindqvist", "Tidal mixing in shallow fjords"),
    ("okafor", "Sediment plumes after spring floods"),
]


@pytest.mark.parametrize(
    "text",
    [
        # ACM's journals: family name first, then initials; the year after the names
        "REFERENCES\nL INDQVIST , E., AND B RANDT , T. 2021. Tidal mixing in shallow fjords. "
        "ACM Trans. Graph. 40, 4, 1–12.\nO KAFOR , C. 2020. Sediment plumes after spring "
        "floods. J. ACM 67, 2, 3–9.\n",
        # ... numbered, the year in brackets after the volume
        "References\n[1] L INDQVIST , E., AND B RANDT , T. Tidal mixing in shallow fjords. "
        "ACM Trans. Graph. 40, 4 (2021), 1–12.\n[2] O KAFOR , C., M OE , D., AND R OE , A. "
        "Sediment plumes after spring floods. J. ACM 67, 2 (2020), 3–9.\n",
        # given names first, the names in small capitals throughout
        "R EFERENCES\nE RIK L INDQVIST AND T ORA B RANDT. 2021. Tidal mixing in shallow fjords. "
        "In Proc. CHI. 1–12.\nC HIDI O KAFOR , D AG M OE , AND A NN R OE. 2020. Sediment plumes "
        "after spring floods. J. ACM 67, 2, 3–9.\n",
        # names in capitals (no parting) joined by "AND"
        "References\nERIK LINDQVIST AND TORA BRANDT. 2021. Tidal mixing in shallow fjords. In "
        "Proc. CHI. 1–12.\nCHIDI OKAFOR AND ANN ROE. 2020. Sediment plumes after spring "
        "floods. J. ACM 67, 2, 3–9.\n",
    ],
)
def test_small_capital_names_name_the_first_author(text):
    assert papers(text) == TWO


@pytest.mark.parametrize(
    "text",
    [
        "I LOVE A GOOD BOOK , AND I READ IT TWICE.",
        "NOTES\nI SAW A MAN AT THE DOOR IN 1921 AND HE LEFT.",
        "A B C D",
    ],
)
def test_capitals_in_prose_are_not_joined(text):
    assert join_small_caps(text) == text


def test_joining_keeps_every_offset():
    text = "X\n[1] L INDQVIST , E., AND B RANDT , T. 2021. Tidal mixing.\nnext line"
    joined = join_small_caps(text)
    assert len(joined) == len(text)
    assert joined.index("next line") == text.index("next line")
    assert "LINDQVIST, E., AND" in joined and "BRANDT, T." in joined
