"""Bibliographies whose entries open with a citation key (alpha style's "[Cas21]", a Markdown
reference definition's "[castellan2021]:", a definition list's ": " under the key) and
documentation bibliographies that give a linked, quoted title on its line over the linked
authors' names and the venue. Invented entries in the general form of each, with
near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_alpha_style_keys():
    text = (
        "[Cas21] M. Castellan and T. Brandt. Counting herons from low orbit. Wetl. Res. Lett., "
        "3:11-19, 2021.\n"
        "[LV22] P. Lund and A. Varga. Reed beds as sediment traps. J. Pond Sci., 5:1-9, 2022.\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    ]


def test_markdown_reference_definitions():
    text = (
        '[castellan2021]: Mira Castellan and Tomas Brandt, "Counting Herons from Low Orbit", '
        "Wetland Research Letters, 2021.\n"
        '[lund2022]: Peter Lund and Anna Varga, "Reed Beds as Sediment Traps", Journal of Pond '
        "Science, 2022.\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_near_miss_reference_definitions_of_links():
    assert papers("[docs]: https://example.org/docs\n[home]: https://example.org\n") == []


def test_a_definition_list_under_the_keys():
    text = (
        "castellan2021\n"
        ': Mira Castellan, Tomas Brandt. "Counting Herons from Low Orbit." *Wetland Research '
        "Letters* (2021).\n\n"
        "lund2022\n"
        ': Peter Lund, Anna Varga. "Reed Beds as Sediment Traps." *Journal of Pond Science* '
        "(2022).\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_a_linked_quoted_title_over_linked_authors():
    text = (
        "### castellan2021\n\n"
        '["Counting Herons from Low Orbit"](https://example.org/a)  \n'
        "[**Mira Castellan**](https://example.org/mc), [**Tomas Brandt**](https://example.org/tb)  \n"
        "_Wetland Research Letters_ (2021)\n\n"
        "### lund2022\n\n"
        '["Reed Beds as Sediment Traps"](https://example.org/b)  \n'
        "[**Peter Lund**](https://example.org/pl), Anna Varga  \n"
        "_Journal of Pond Science_ 5 (2022)\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_near_miss_quoted_sayings_over_their_speakers():
    text = '"Never Stop Counting Herons Today"\nMira Castellan\n\n"Reeds Will Hold The Mud"\nPeter Lund\n'
    assert papers(text) == []
