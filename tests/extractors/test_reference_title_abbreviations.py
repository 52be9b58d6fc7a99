"""A genus's initial before its species inside a title ("… mating behaviour in C. elegans",
"… in E. coli and S. cerevisiae"), as biology's reference lists write it: the initial's stop
ended the title there ("… in C" was a false fact). Found by reading held-out AnyStyle strings
set as reference lists. Invented entries, with a near-miss."""

from __future__ import annotations

from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_a_genus_initial_before_its_species_stays_in_the_title():
    text = (
        "References\n\n"
        "Roe, A. M., and Moe, K. W. (1999). A kidney gene homologue required for mating"
        " behaviour in C. elegans. Nature 401, 386-389.\n"
        "Tull, L. (2001). Heat shock responses in E. coli and S. cerevisiae. Genetics 12, 4-9.\n"
    )
    assert titles(text) == {
        ("Roe", "A kidney gene homologue required for mating behaviour in C. elegans"),
        ("Tull", "Heat shock responses in E. coli and S. cerevisiae"),
    }


def test_near_miss_an_initial_before_a_capitalised_venue_still_ends_the_title():
    # a title ending on a letter ("Vitamin D.") before the journal's name ends there
    text = (
        "References\n\n"
        "Roe, A. (2001). The role of vitamin D. Nutrition Reviews 12, 4-9.\n"
        "Tull, L. (2003). Herons of the northern marshes. Ecology 15, 1-10.\n"
    )
    assert ("Roe", "The role of vitamin D") in titles(text)
