"""One-entry-a-line reference lists whose lines were joined as if an author line and its title
line: a whole entry that ends on its year (its title after a colon or in quotes) was taken for a
line of names and a year, and an entry opening on a family name with particles ("Vander Linden,
K.", "De Moe, D.") for a title line without names. Found by reading held-out AnyStyle strings set
as lists. Invented entries, with a near-miss: a names-and-year line over its title line is still
one entry."""

from __future__ import annotations

from extractors.base import select
from extractors.references.segment import segment


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def entries(text: str) -> list[str]:
    return [text[e.start : e.end] for e in segment(text)]


def test_an_entry_ending_on_its_year_and_one_opening_on_a_particle_stay_apart():
    text = (
        "Works cited\n"
        "A. Roe, K. Moe, L. Tull, VHDL: Harbour Description and Design, Lakeview Press, 1989.\n"
        "Vander Linden, K.; Cumming, S.; and Vale, J. 1992. Expressing local relations in"
        " marsh surveys. Technical report.\n"
        "De Moe, D. and Hale, B., A Sensible Least Heron Semantics, Marsh Letters 3: 1-9, 1993.\n"
    )
    assert len(entries(text)) == 3
    found = titles(text)
    assert ("Vander Linden", "Expressing local relations in marsh surveys") in found
    assert ("Roe", "VHDL: Harbour Description and Design") in found


def test_near_miss_a_names_and_year_line_over_its_title_line():
    text = (
        "References\n"
        "Roe, A., Moe, K., & Tull, L. (2016).\n"
        "Counting herons at dusk: a field guide. Marsh Letters, 3, 1-9.\n"
        "Vale, J. (2017).\n"
        "Reed beds as sediment traps. Marsh Letters, 4, 2-8.\n"
    )
    assert titles(text) == {
        ("Roe", "Counting herons at dusk: a field guide"),
        ("Vale", "Reed beds as sediment traps"),
    }
