"""natbib's author-year label kept before each entry, as PDF-to-Markdown converters write a
paper's reference list ("* Lund and Vogt (2018) Tove Lund and Anja Vogt. 2018. Title. …"): the
label is no part of the entry. Read so only where the label's family name opens the entry
after it; an entry of the "Surname (Year) Title" style keeps its name. Invented entries."""

from __future__ import annotations

from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_labels_of_one_two_and_more_authors():
    text = (
        "## References\n\n"
        "* Lund and Vogt (2018) Tove Lund and Anja Vogt. 2018. Counting cranes at dusk. "
        "_Wetland Letters_, 3(2):11-15.\n"
        "* Okafor (2020) Ruth Okafor. 2020. Reed beds in late summer. _arXiv preprint_.\n"
        "* Berg et al. (2019) Lars Berg, Tove Lund, and Anja Vogt. 2019. Teal on winter ponds. "
        "In _Proceedings of the Pond Workshop_, pages 1-10.\n"
    )
    assert titles(text) == {
        ("Lund", "Counting cranes at dusk"),
        ("Okafor", "Reed beds in late summer"),
        ("Berg", "Teal on winter ponds"),
    }


def test_near_miss_an_entry_that_opens_on_its_surname_and_year():
    text = (
        "References\n"
        "Lund (2018) Counting cranes at dusk. Wetland Letters 3: 11-15.\n"
        "Okafor (2020) Reed beds in late summer. Pond Notes 4: 1-9.\n"
    )
    assert ("Lund", "Counting cranes at dusk") in titles(text)
