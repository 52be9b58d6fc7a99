"""Reference entries whose fields a comma parts, as French, Italian and humanities styles
write them: one author and the year closed by a comma before the title ("Roe A., 2001, Titre,
Publisher, Place."; the labeller read no title and the entry gave none), an edition run into
the title ("Title, 2nd edition"), and a publisher's name that opens on "Editions" before the
place closing the entry ("…, Editions Karthala, Paris, 2003."). Found by reading held-out
AnyStyle strings set as reference lists. Invented entries, each class with a near-miss."""

from __future__ import annotations

from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_one_author_and_the_year_closed_by_commas():
    text = (
        "Bibliographie\n\n"
        "Roe A., 2001, Les hérons du marais, Colin, Paris.\n"
        "Moe K., 1999, Rivières, lacs et marais du nord, Belin, Lyon.\n"
    )
    assert titles(text) == {
        ("Roe", "Les hérons du marais"),
        # (a comma before a word in lower case stays inside the title)
        ("Moe", "Rivières, lacs et marais du nord"),
    }


def test_near_miss_a_journal_and_its_volume_after_the_year():
    # astronomy's styles give no title: the field after the year is the journal
    text = (
        "References\n\n"
        "Roe A., 2008, ArXiv e-prints, 803\n"
        "Moe K., 2009, Astrophysical Journal, Supplement Series, 12\n"
    )
    assert titles(text) == set()


def test_an_edition_run_into_the_title():
    text = (
        "References\n\n"
        "Roe, A. 2001. Herons of the northern marsh, 2nd edition. Oxford: Clarendon.\n"
        "Moe, K. 1999. Rivers of the north, revised edition. London: Penguin.\n"
    )
    assert titles(text) == {
        ("Roe", "Herons of the northern marsh"),
        ("Moe", "Rivers of the north"),
    }


def test_near_miss_an_edition_inside_a_links_text_is_the_title_as_written():
    text = (
        "## Books\n\n"
        "* [Rust for Herons, 2nd Edition](https://example.org/rust.pdf) - Ana Roe (PDF)\n"
        "* [Marsh Python, Third Edition](https://example.org/py.pdf) - Ken Moe (PDF)\n"
        "* [Tidal Go](https://example.org/go.pdf) - Lia Tull (PDF)\n"
    )
    assert ("Roe", "Rust for Herons, 2nd Edition") in titles(text)


def test_a_publisher_opening_on_editions_before_the_place():
    text = (
        "Bibliographie\n\n"
        "Marc Roe, Les Marins et la Grande Guerre, Editions Ouest, Paris, 2003.\n"
        "Ana Moe, Le climat des vallées alpines, Belin, Lyon, 1999.\n"
    )
    assert ("Roe", "Les Marins et la Grande Guerre") in titles(text)


def test_near_miss_a_country_closing_the_title_stays():
    text = (
        "Bibliography\n\n"
        "Roe, Ana. 2003. Memories of Hanoi, Vietnam.\n"
        "Moe, Ken. 1999. Rivers of the north. London: Penguin.\n"
    )
    assert ("Roe", "Memories of Hanoi, Vietnam") in titles(text)
