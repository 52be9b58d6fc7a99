"""Reference lists run into one line (a PDF's text, a pasted paragraph) in the styles that date
their entries without brackets or after the title: AAAI's names parted by semicolons before the
year, Chicago's author-date and notes-bibliography forms, MLA's, and the machine-learning
conferences' (initials, the year closing each entry); a given name not known as one opens an
entry all the same, and the first entry opens after a heading run into it or at the line's
start. Near-misses: prose with names, years and a quote stays one line. Invented text in the general
form of each."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.segment import break_run_together

THREE = [
    ("Halvorsen", "Tidal Mixing in Shallow Fjords"),
    ("Okonkwo", "Sediment Plumes after Spring Floods"),
    ("Vasquez", "Counting Herons from Low Orbit"),
]


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value.casefold()) for f in found)


def expected():
    return sorted((family, title.casefold()) for family, title in THREE)


@pytest.mark.parametrize(
    "text",
    [
        # AAAI: names parted by semicolons, the year after them
        "References Halvorsen, I., and Brandt, T. 2019. Tidal mixing in shallow fjords. In "
        "Proceedings of the AAAI Conference, 112–121. Okonkwo, C.; Lindqvist, D.; and Moe, E. "
        "2020. Sediment plumes after spring floods. Journal of Hydrology 31(4):1–20. Vasquez, "
        "R. 2021. Counting herons from low orbit. arXiv preprint arXiv:2101.00001.",
        # Chicago author-date, given names in full (one no list of given names knows)
        "References Halvorsen, Ingrid, and Tomas Brandt. 2019. “Tidal Mixing in Shallow "
        "Fjords.” Journal of Estuaries 4 (2): 1–20. Okonkwo, Chidubem, Dag Lindqvist, and Emi "
        "Moe. 2020. “Sediment Plumes after Spring Floods.” Hydrology Review 31: 1–20. "
        "Vasquez, Ramiro. 2021. “Counting Herons from Low Orbit.” Wetlands 12: 3–9.",
        # Chicago notes-bibliography: the year after the title, in brackets before the pages
        "Bibliography Halvorsen, Ingrid, and Tomas Brandt. “Tidal Mixing in Shallow Fjords.” "
        "Journal of Estuaries 4, no. 2 (2019): 1–20. Okonkwo, Chidubem, Dag Lindqvist, and Emi "
        "Moe. “Sediment Plumes after Spring Floods.” Hydrology Review 31 (2020): 1–20. "
        "Vasquez, Ramiro. “Counting Herons from Low Orbit.” Wetlands 12 (2021): 3–9.",
        # MLA: the year and the pages after the container
        "Works Cited Halvorsen, Ingrid, and Tomas Brandt. “Tidal Mixing in Shallow Fjords.” "
        "Journal of Estuaries, vol. 4, no. 2, 2019, pp. 1–20. Okonkwo, Chidubem, et al. "
        "“Sediment Plumes after Spring Floods.” Hydrology Review, vol. 31, 2020, pp. 1–20. "
        "Vasquez, Ramiro. “Counting Herons from Low Orbit.” Wetlands, vol. 12, 2021, pp. 3–9.",
        # the machine-learning conferences': initials first, each entry closed by its year
        "References I. Halvorsen and T. Brandt. Tidal mixing in shallow fjords. In "
        "International Conference on Machine Learning, pages 112–121. PMLR, 2019. C. Okonkwo, "
        "D. Lindqvist, and E. Moe. Sediment plumes after spring floods. Journal of Hydrology, "
        "31(4):1–20, 2020. R. Vasquez. Counting herons from low orbit. arXiv preprint "
        "arXiv:2101.00001, 2021.",
    ],
)
def test_run_on_lists_in_dated_styles_give_each_entry(text):
    assert papers(text) == expected()


def test_the_list_without_its_heading_opens_at_the_lines_first_names():
    text = (
        "Halvorsen, Ingrid, and Tomas Brandt. “Tidal Mixing in Shallow Fjords.” Journal of "
        "Estuaries 4, no. 2 (2019): 1–20. Okonkwo, Chidubem, Dag Lindqvist, and Emi Moe. "
        "“Sediment Plumes after Spring Floods.” Hydrology Review 31 (2020): 1–20. Vasquez, "
        "Ramiro. “Counting Herons from Low Orbit.” Wetlands 12 (2021): 3–9."
    )
    assert papers(text) == expected()


@pytest.mark.parametrize(
    "text",
    [
        # prose with people and years: no list's openings
        "In 2019. Ingrid Halvorsen moved north, and in 2020. Tomas Brandt followed her to the "
        "coast, where the station had stood since 1921. Nobody else came, and the logbooks of "
        "those years are lost. The herons stayed.",
        # a report quoting people after its dated sentences: one quote, no list
        "The council met on 3 May 2019. Ingrid Halvorsen, the mayor, opened it. By 2020. the "
        'plan had changed. Tomas Brandt, "We will rebuild the pier," he told the meeting, and '
        "the vote was held in 2021. Nobody spoke against it after the long debate.",
    ],
)
def test_near_miss_prose_stays_one_line(text):
    assert break_run_together(text).count("\n") <= 1


def test_one_long_author_list_on_a_line_is_one_entry():
    # ecology journals' style: the first name inverted, the others in natural order with their
    # initials, many of them; each later name after a comma reads as the opening of a list
    # dated by the same year, and the line was cut into pieces (the last name read as first)
    names = ", ".join(
        f"{a}. {b}. {family}"
        for a, b, family in (
            ("K", "D", "Moe"),
            ("L", "T", "Tull"),
            ("P", "W", "Voss"),
            ("S", "R", "Hale"),
            ("M", "A", "Kerr"),
            ("P", "T", "Vale"),
            ("F", "J", "Dunn"),
        )
    )
    text = (
        "Works cited\n"
        f"Roe, A. B., {names}, Jr., C. M. Hart, and K. M. Pike. 2012. Severe heron declines"
        " coincide with the spread of reed beds in northern marshes. Proceedings of the Marsh"
        " Society 109: 2418-2422.\n"
        "Moe, K. D. 2011. Reed beds as sediment traps. Marsh Letters 3: 11-19.\n"
    )
    assert len(text.splitlines()[1]) > 200  # long enough to be looked at as a run-on line
    assert break_run_together(text) == text
    assert papers(text) == [
        ("Moe", "reed beds as sediment traps"),
        ("Roe", "severe heron declines coincide with the spread of reed beds in northern marshes"),
    ]
