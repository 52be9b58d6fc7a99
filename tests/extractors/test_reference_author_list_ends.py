"""Where a reference entry's author list ends, when the labeller ends it elsewhere: a long list
of names in natural order whose last names it read as the title ("…, Ken Moe, and Lia Tull.
Title." gave the title "Moe, and Lia Tull"), a natural-order name cut after its given name
("F. Gregory Vale, Title (…)" gave the author "Gregory" and the title "Vale, Title"), and an
inverted name closed by a particle ("Vale, Ana Maria da. Title." gave the title "da. Title").
Each was a false fact. Found by reading held-out AnyStyle strings set as reference lists.
Invented entries, each class with a near-miss."""

from __future__ import annotations

from extractors.base import select


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
