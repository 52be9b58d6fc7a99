"""How a reference entry's title may open or be short: on a number ("3D …", "5G …", "10 years
of …"; such a title was never read), on a list of words that the labeller takes for more names
after an inverted name closed by its full stop ("Roe, Ana. Rivers, Lakes, and the Sea."; the
title was cut to "the Sea"), and two words in sentence case closed by their full stop in a
bibliography's dated entry ("Tidal nucleases."; such titles were dropped as too short).
Found by reading held-out AnyStyle strings set as reference lists. Invented entries, each
class with a near-miss."""

from __future__ import annotations

from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_titles_that_open_on_a_number():
    text = (
        "References\n\n"
        "Roe, A., & Moe, K. (1992). 3D harbour scene analysis. Harbor Press.\n"
        "Tull, L., & Voss, P. (1995). Rivers of the north. Harbor Press.\n"
        "Voss, P. (2003). 10 years of river mapping. Journal of Rivers, 4(2), 1-20.\n"
    )
    assert titles(text) == {
        ("Roe", "3D harbour scene analysis"),
        ("Tull", "Rivers of the north"),
        ("Voss", "10 years of river mapping"),
    }


def test_vancouver_titles_that_open_on_a_number():
    text = (
        "References\n\n"
        "[1] Roe A, Moe K. 5G networks in rural towns. J Rural Net. 2019;4:1-9.\n"
        "[2] Moe K. 3-T imaging of small harbours. Harbor J. 2014;24(3):603-9.\n"
    )
    assert titles(text) == {
        ("Roe", "5G networks in rural towns"),
        ("Moe", "3-T imaging of small harbours"),
    }


def test_near_miss_a_number_and_its_punctuation_is_no_title():
    # pages or a volume after the names are no title: a word of letters follows a title's number
    text = "Roe, A. (1992). 22, 41-48. Harbor Press.\nMoe, K. (1995). 3: 1-9. Harbor Press.\n"
    assert titles(text) == set()


def test_a_title_opening_on_a_list_of_words_after_an_inverted_name():
    text = (
        "Bibliography\n\n"
        "1. Roe, Anna. Rivers, Lakes, and the Sea in Northern Towns. New York: Lakeview Press,"
        " 1985.\n"
        "2. Moe, Kenneth. Salt, Fish, and the Harbour Trade. London: Harbor House, 1991.\n"
    )
    assert titles(text) == {
        ("Roe", "Rivers, Lakes, and the Sea in Northern Towns"),
        ("Moe", "Salt, Fish, and the Harbour Trade"),
    }


def test_near_miss_an_inverted_name_then_a_second_author():
    # the names go on after a comma, not a full stop: the title is the sentence after them
    text = (
        "Bibliography\n\n"
        "Roe, Anna, and Kenneth Moe. The Harbour Trade. New York: Lakeview Press, 1985.\n"
        "Tull, Sarah. Rivers and Their Keepers. London: Harbor House, 1991.\n"
    )
    assert titles(text) == {("Roe", "The Harbour Trade"), ("Tull", "Rivers and Their Keepers")}


def test_two_word_titles_in_sentence_case_in_a_bibliography():
    text = (
        "References\n\n"
        "Roe, A. 2000. Tidal nucleases. Trends in Harbour Sciences 25: 70-74.\n"
        "Moe, K. 2001. Probabilistic tides. Harbour Letters 3: 11-19.\n"
    )
    assert titles(text) == {("Roe", "Tidal nucleases"), ("Moe", "Probabilistic tides")}


def test_near_miss_two_lower_case_words_in_a_changelog():
    # items of a list without a year or a venue: no bibliography, no title
    text = "Changes\n\n- Roe, A. Improved docs.\n- Moe, K. Fixed typos.\n"
    assert titles(text) == set()


def test_near_miss_two_words_closing_a_dated_entry_are_a_note():
    text = (
        "References\n"
        "Roe, Anna. 2020. Reed beds as sediment traps. Journal of Pond Science 12: 45-67.\n"
        "Moe, Ken. 2019. Unpublished data.\n"
    )
    assert titles(text) == {("Roe", "Reed beds as sediment traps")}


def test_a_year_without_its_stop_before_a_title_opening_on_an_article():
    # the journal's issue dates the entry too, but "The" opens the title: the year is the date
    text = (
        "References\n"
        "Vale, J. K. 1980 The Application of Heron Counts to Marsh Sites. Marsh Notes 1980(3): 24-28.\n"
        "Moe, K. 1981 A Survey of Reed Beds. Marsh Notes 1981(2): 11-19.\n"
    )
    assert titles(text) == {
        ("Vale", "The Application of Heron Counts to Marsh Sites"),
        ("Moe", "A Survey of Reed Beds"),
    }


def test_near_miss_a_year_that_opens_a_report_title():
    text = (
        "References\n\n"
        "1. Roe EJ, Moe K. 1991 Summary: National Heron Survey. Leeds: Marsh Office, 1993.\n"
        "2. Tull L. Reed beds as sediment traps. Marsh J. 1990; 263:3286-91.\n"
    )
    assert titles(text) == {
        ("Roe", "1991 Summary: National Heron Survey"),
        ("Tull", "Reed beds as sediment traps"),
    }


def test_a_title_with_an_exclamation_mark_before_its_subtitle():
    # as "?" before a subtitle, "!" closes no title where a sentence that is no venue follows
    text = (
        "References\n\n"
        "Roe, C. L., Moe, A. B., & Tull, H. E. (2002). Made you look! Contingent attention"
        " produces a heron blink. Perception & Marshes, 64(5), 741-753.\n"
        "Tull, L. (2004). Counting herons at dusk. Marsh Letters, 4(2), 2-8.\n"
    )
    assert titles(text) == {
        ("Roe", "Made you look! Contingent attention produces a heron blink"),
        ("Tull", "Counting herons at dusk"),
    }


def test_near_miss_an_exclamation_mark_before_the_venue():
    text = (
        "References\n\n"
        "Roe, C. L. (2002). Look up! Marsh Letters, 64(5), 741-753.\n"
        "Tull, L. (2004). Counting herons at dusk. Marsh Letters, 4(2), 2-8.\n"
    )
    assert titles(text) == {("Roe", "Look up!"), ("Tull", "Counting herons at dusk")}
