"""Where a reference entry's author list ends, when the labeller ends it elsewhere: a long list
of names in natural order whose last names it read as the title ("…, Ken Moe, and Lia Tull.
Title." gave the title "Moe, and Lia Tull"), a natural-order name cut after its given name
("F. Gregory Vale, Title (…)" gave the author "Gregory" and the title "Vale, Title"), and an
inverted name closed by a particle ("Vale, Ana Maria da. Title." gave the title "da. Title"),
and an inverted name with two middle initials ("Roe, Ana B. C.; Moe, Ken. 2001. Title." gave
the title "C.; Moe, Ken"), and a book's title that ends on a year ("Roe, Ana. The Estuary in
2050. Leeds: Press, 1999." gave none). Each was a false fact. Found by reading held-out AnyStyle strings set as reference lists.
Invented entries, each class with a near-miss."""

from __future__ import annotations

from extractors.base import select
from extractors.references.labeller import (
    _given_and_particle_open,
    _head_before_colon,
    _names_then_title_before_facts,
)
from extractors.references.tokens import tokenize


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_the_last_names_of_a_long_list_are_no_title():
    text = (
        "References\n\n"
        "[65] Ana Roe and Ken Moe. Learning to rank with sparse signals. In ICML, 2011.\n"
        "[67] Adi L Roe, Vincent J Moe, Xue-wen Chen, Roberto Lund, and Sorin Hale. Machine"
        " learning and its applications to marshes. PLoS Comput Biol, 3(6):e116, 2007.\n"
    )
    assert titles(text) == {
        ("Roe", "Learning to rank with sparse signals"),
        ("Roe", "Machine learning and its applications to marshes"),
    }


def test_near_miss_a_title_with_and_between_two_capitalised_words():
    text = (
        "References\n\n"
        "[1] Ana Roe and Ken Moe. Herons, Egrets, and Storks of the North. In ICML, 2011.\n"
        "[2] Lia Tull. Reed beds as sediment traps. Marsh J, 3(6):e116, 2007.\n"
    )
    assert titles(text) == {
        ("Roe", "Herons, Egrets, and Storks of the North"),
        ("Tull", "Reed beds as sediment traps"),
    }


def test_a_natural_order_name_with_an_initial_before_its_given_name():
    text = (
        "Notes\n\n"
        "1. F. Gregory Vale, Oil Towns: Domestic Challenges in the Gulf States (New York:"
        " Lakeview, 1994).\n"
        "2. Kenneth Moe, Rivers and Their Keepers (London: Harbor House, 1991).\n"
    )
    assert titles(text) == {
        ("Vale", "Oil Towns: Domestic Challenges in the Gulf States"),
        ("Moe", "Rivers and Their Keepers"),
    }


def test_an_inverted_name_closed_by_a_particle():
    text = (
        "Referências\n\n"
        "1. Vale, Ana Maria da. Contos de fábrica: ciência e literatura. Campinas: Editora Lago,"
        " 2010.\n"
        "2. Moe, Kenneth. Rivers and Their Keepers. London: Harbor House, 1991.\n"
    )
    assert titles(text) == {
        ("Vale", "Contos de fábrica: ciência e literatura"),
        ("Moe", "Rivers and Their Keepers"),
    }


def test_near_miss_a_title_opening_on_a_lower_case_word():
    # a particle without its stop is a title's word ("de" opening a Spanish title is rare, but
    # "da" and "de" inside titles are common): only "da." closing a name is cut
    text = (
        "References\n\n"
        "1. Vale, Ana. Contos da fábrica: ciência e literatura. Campinas: Editora Lago, 2010.\n"
        "2. Moe, Kenneth. Rivers and Their Keepers. London: Harbor House, 1991.\n"
    )
    assert titles(text) == {
        ("Vale", "Contos da fábrica: ciência e literatura"),
        ("Moe", "Rivers and Their Keepers"),
    }


def test_the_last_family_name_after_its_initials_is_no_title_word():
    # "Y. G. Moe." closes the names; the labeller read "Moe." as the title's first sentence
    text = (
        "References\n\n"
        "N. A. Roe and Y. G. Moe. SQL Extension for Interval Data. IEEE TKDE, 9(3) 480-499,"
        " May 1997.\n"
        "L. T. Tull. Counting herons at dusk. Marsh Letters, 2(1) 1-9, June 2010.\n"
    )
    assert titles(text) == {
        ("Roe", "SQL Extension for Interval Data"),
        ("Tull", "Counting herons at dusk"),
    }


def test_a_title_head_before_a_colon_after_the_names_stop():
    # "BERTO:" was given to the names and the title read without its head
    text = (
        "References\n\n"
        "Ana Roe, Ken Moe, Lia Tull, and Sam Hale. BERTO: Pre-training of deep bidirectional"
        " herons for marsh understanding. In NAACL, 2019.\n"
        "[29] Yuning Roe, Victor Moe, and Andrew Tull. Bicos: A bi-level co-segmentation method"
        " for image classification. In ICCV, 2011.\n"
    )
    assert titles(text) == {
        ("Roe", "BERTO: Pre-training of deep bidirectional herons for marsh understanding"),
        ("Roe", "Bicos: A bi-level co-segmentation method for image classification"),
    }


def test_near_miss_an_honorific_before_a_name_and_its_colon():
    # "Dr." closes no name: "Ana Roe:" is the author's name before the title (a colon style),
    # where the labeller gave the title the words after the colon
    def run_after(text: str, authors: int) -> tuple[int, int]:
        spans = tokenize(text)
        labels = ["A"] * authors + ["T"] * (len(spans) - authors)
        return _head_before_colon(text, spans, labels, (authors, len(spans)))

    assert run_after("Dr. Ana Roe: Harbour societies and trade.", 3) == (3, 7)
    assert run_after("Ana Roe. Bicos: Harbour societies and trade.", 3) == (2, 7)


def test_an_inverted_name_with_a_last_given_name_and_its_particle():
    # "Daniela Magalhaes da": the labeller took the last given name and the particle for the
    # title's head
    text = (
        "Referências\n\n"
        "Vale, Daniela Magalhaes da. Contos de fábrica: ciência e literatura. Campinas: Editora"
        " Lago, 2010.\n\n"
        "Moe, Kenneth. Rivers and Their Keepers. London: Harbor House, 1991.\n"
    )
    assert titles(text) == {
        ("Vale", "Contos de fábrica: ciência e literatura"),
        ("Moe", "Rivers and Their Keepers"),
    }


def test_near_miss_a_title_opening_on_a_word_and_a_particle_after_a_full_stop():
    # the names end on their stop: a title may open "Campos do. …" only after it, which no
    # given name precedes
    assert not _given_and_particle_open(
        "Vale, Ana. Campos da. Contos.", tokenize("Vale, Ana. Campos da. Contos."), (2, 5)
    )
    assert _given_and_particle_open(
        "Vale, Ana Campos da. Contos de fábrica.",
        tokenize("Vale, Ana Campos da. Contos de fábrica."),
        (2, 7),
    )


def test_a_chicago_note_whose_title_holds_a_year_or_a_subtitle():
    # "Given Family, Title (Place: Publisher, Year)": the title may hold a year and a colon
    def title_of(text: str) -> str | None:
        spans = tokenize(text)
        runs = _names_then_title_before_facts(text, spans)
        if runs is None:
            return None
        (start, end) = runs[1]
        return text[spans[start][0] : spans[end - 1][1]]

    assert title_of("Elias Roe, The Mills of the North in 1919 (New York: Harbor, 1921).") == (
        "The Mills of the North in 1919"
    )
    assert title_of("Ken Moe, Oil Towns: Domestic Challenges (London: Harbor, 1994).") == (
        "Oil Towns: Domestic Challenges"
    )
    # near-misses: a place and its colon right after the names, pages inside the "title"
    assert title_of("Ken Moe, Boston: Harbor Press (Leeds, 1994).") is None
    assert title_of("Ken Moe, Oil Towns 12-19 (London: Harbor, 1994).") is None


def test_a_long_list_cut_at_its_last_names_middle_initial_is_no_title():
    # the line's form "Names. Title. Venue, year" backed off to a shorter author list when the
    # title ran into an odd ending ("regression., 2010."): its last names and the initial's
    # stop were read as the title ("Jon Lund, and Ryan J"), a false fact
    text = (
        "References\n\n"
        "[1] Ana Roe, Ken Moe, Lia Tull, Tom Vale, Noah Hale, Jon Lund, and Ryan J. Voss."
        " Strong rules for discarding predictors in regression., 2010.\n"
        "[2] Ken Moe and Ana Roe. Herons of the northern marshes. Ecol. Lett. 3 (2001): 4-9.\n"
    )
    assert ("Roe", "Jon Lund, and Ryan J") not in titles(text)
    assert ("Moe", "Herons of the northern marshes") in titles(text)


def test_near_miss_a_title_ending_on_a_capital_letter_stays():
    text = (
        "References\n\n"
        "[1] Ana Roe and Ken Moe. Hepatitis Screening, and Vitamin D. Nutr. Rev. 3 (2001): 4-9.\n"
        "[2] Ken Moe and Ana Roe. Herons of the northern marshes. Ecol. Lett. 3 (2001): 4-9.\n"
    )
    assert ("Roe", "Hepatitis Screening, and Vitamin D") in titles(text)


def test_inverted_names_with_two_middle_initials_parted_by_semicolons():
    # "Roe, Ana B. C.;" is no one name closed by its stop after "B."
    text = (
        "References\n\n"
        "Lund, Peter S. C.; Varga, Julia; Hale, Zita; Moe, Ken. 2001. Reed beds in small"
        " estuaries. Wetland Processes 16, 143-176.\n"
    )
    assert titles(text) == {("Lund", "Reed beds in small estuaries")}


def test_near_miss_one_inverted_name_with_a_middle_initial_closed_by_its_stop():
    text = "References\n\nLund, Per A. Rivers and Lakes. London: Fenwick Press, 2010.\n"
    assert titles(text) == {("Lund", "Rivers and Lakes")}


def test_a_book_title_that_ends_on_a_year():
    text = (
        "Works Cited\n\n"
        "Lund, Per, and Ana Varga. The Estuary in 2050. Leeds: Fenwick Press, 1999.\n"
        "Hale, Tomas. Herons of the Winter of 1914. Oslo: Fjord Books, 2003.\n"
    )
    assert titles(text) == {
        ("Lund", "The Estuary in 2050"),
        ("Hale", "Herons of the Winter of 1914"),
    }


def test_near_miss_a_year_after_the_names_is_the_entrys_date():
    text = "Works Cited\n\nHale, Tomas. 2003. Herons in Winter. Oslo: Fjord Books.\n"
    assert titles(text) == {("Hale", "Herons in Winter")}
