"""Lists of free books and courses: "* [Title](url) - Authors (notes)". The link and the dash
set the title and the names off, so the names may be initials and a family name ("B. A.
Roe"), close with an organisation ("Ana Roe and the Acme Documentation project"), name a
publisher after "@" ("Ana Roe, Ken Moe @ Acme Press"), and carry notes in brackets, in code
spans or emphasis ("(PDF)", "`(CC BY-SA)`", "*(archived)*"); a one-word title stands, the
link setting it off. Items invented in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def titles(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


LIST = (
    "### Compilers\n\n"
    "* [Parsing Techniques](https://example.org/pt) - Dick Grune, Ceriel Jacobs\n"
    "* [Compilers](https://example.org/c.pdf) - Ilse Marten (PDF)\n"
    "* [Machines of Translation (1963)](https://example.org/mt) - B. A. Verhoeven\n"
    "* [Register Allocation](https://example.org/ra) - Ilse Marten, Ken Moe @ Acme Press (HTML)\n"
    "* [Essential Lexing](https://example.org/el) - Ana Roe and the Acme Documentation project "
    "(HTML)\n"
    "* [Grokking Grammars](https://example.org/gg) - Tomas Brenner (HTML) `(CC BY-NC-SA)`\n"
    "* [Tree Rewriting](https://example.org/tr) - Ana Roe, Ken Moe *(archived)*\n"
)


def test_a_list_of_linked_titles_and_their_authors():
    assert titles(LIST) == [
        ("Brenner", "Grokking Grammars"),
        ("Grune", "Parsing Techniques"),
        ("Marten", "Compilers"),
        ("Marten", "Register Allocation"),
        ("Roe", "Essential Lexing"),
        ("Roe", "Tree Rewriting"),
        ("Verhoeven", "Machines of Translation"),
    ]


def test_near_miss_one_word_titles_without_links():
    # "Song - Singer" lines: no link sets the one-word titles off
    text = "Playlist\n\n* Roses - Ilse Marten\n* Harbour - Ken Moe\n* Lanterns - Ana Roe\n"
    assert titles(text) == []


def test_near_miss_linked_items_whose_dash_names_no_one():
    text = (
        "* [Compilers](https://example.org/c) - Compiled from community notes (PDF)\n"
        "* [Lexers](https://example.org/l) - Notes for professionals (PDF)\n"
        "* [Parsers](https://example.org/p) - A free online course\n"
    )
    assert titles(text) == []
