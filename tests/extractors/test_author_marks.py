"""Marks a publication list sets after its authors' names: a corresponding author's asterisk, an
equal contribution's dagger, an affiliation's superscript number, in the IEEE-like, Vancouver
and APA forms ("E. Roe*, T. Moe†, "Title"", "Roe E¹, Moe T². Title."); the first author is the
name before the mark. Near-misses: an italic's closing asterisk and a unit's superscript stay.
Invented text in the general form of each."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.paper_title import blank_author_marks


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


TWO = [
    ("Lindqvist", "Tidal mixing in shallow fjords"),
    ("Okafor", "Sediment plumes after spring floods"),
]


@pytest.mark.parametrize(
    "text",
    [
        'Publications\nE. Lindqvist*, T. Brandt, "Tidal mixing in shallow fjords", ECSS 250 '
        '(2021).\nC. Okafor, E. Lindqvist†, "Sediment plumes after spring floods", J. Hydrol. '
        "590 (2020).\n",
        "Publications\nLindqvist E*, Brandt T. Tidal mixing in shallow fjords. Estuar Coast "
        "Shelf Sci. 2021;250:107–118.\nOkafor C†, Lindqvist E†. Sediment plumes after spring "
        "floods. J Hydrol. 2020;590:125140.\n",
        "Publications\nLindqvist E¹, Brandt T². Tidal mixing in shallow fjords. Estuar Coast "
        "Shelf Sci. 2021;250:107–118.\nOkafor C¹,², Lindqvist E¹. Sediment plumes after spring "
        "floods. J Hydrol. 2020;590:125140.\n",
    ],
)
def test_marks_after_the_authors_names(text):
    assert papers(text) == TWO


def test_the_mark_leaves_the_text_its_length_and_its_comma():
    assert blank_author_marks("E. Roe*, T. Moe†, “T”") == "E. Roe,  T. Moe,  “T”"


@pytest.mark.parametrize(
    "text",
    [
        # an italic's closing asterisk after a capitalised word, a list's bullet before it
        "* Eva Lindqvist and Tomas Brandt, *Tidal Mixing in Fjords*, 2015",
        # an italic that wraps to the next line closes there
        "3. Roe, A., *Floods in\nthe Northern Valleys*, 1987 (Annual Report).",
        # a program's name with its asterisk in a title
        "Roe A, Moe B. Fjord* Viewer: a web app for tidal data. J Open Res Softw. 2021;9:1–4.",
        # a unit's superscript in a title
        "Roe A. Carbon stored per m² of Forest Soil. J Ecol. 2019;4:1–9.",
        # a footnote's asterisk in prose
        "A note on Roe* explains the rest.",
    ],
)
def test_near_miss_an_asterisk_or_superscript_that_marks_no_author(text):
    assert blank_author_marks(text) == text
