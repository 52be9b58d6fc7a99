"""A reading list that sets each book out as its title on one line and a dash crediting its
author on the next ("Maximum City\n— Ana Roe", "--- Ana Roe"), as personal book pages write
them: such items were read only where the title had three words or more and did not parse as
names. Invented lists, with a near-miss."""

from __future__ import annotations

from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_titles_credited_by_a_dash_on_the_next_line():
    text = (
        "Reading list\n"
        "The Heron and the Marsh\n"
        "— Charles Roe\n"
        "Tidal City\n"
        "— Susan Moe\n"
        "Personal Rivers\n"
        "--- Michael Tull\n"
    )
    assert titles(text) == {
        ("Roe", "The Heron and the Marsh"),
        ("Moe", "Tidal City"),
        ("Tull", "Personal Rivers"),
    }


def test_near_miss_names_over_names_are_no_titles():
    # a team page pairing people: the line over the dash names a person
    text = "Team\nAna Roe\n— Ken Moe\nLia Tull\n— Tom Vale\n"
    assert titles(text) == set()
