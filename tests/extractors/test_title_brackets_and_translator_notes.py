"""A title that ends on a bracketed word or two ("… in Thelypodieae (Brassicaceae). Syst.
Bot. 7: …", "… in the Wadden Sea (Netherlands). Estuaries …") keeps its bracket whole: the
stop after it is the title's end, not the bracket's word. A translator's or an editor's note
after an APA title ("Title (A. Roe, Trans.). New York: …") is no part of it.
Near-misses: a bracket the labeller's title leaves open whose words the entry does not close
right after the title is still cut, and so is a note on the medium ("(Online)") or a square
bracket (a link's label). Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.reader import trim_venue


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_closing_bracket_after_the_titles_words_stays():
    text = (
        "References\n"
        "Varga, K. L. and T. J. Lund. 1982. Numerical analysis of generic relationships in "
        "Thelypodieae (Brassicaceae). Syst. Bot. 7: 249–268.\n"
        "Moe, K. 1990. Herons of the marsh. Bird Study 3: 1–9.\n"
        "Lund, P. 1991. Salt marsh accretion in the Wadden Sea (Netherlands). Estuaries 4: "
        "10–19.\n"
    )
    assert papers(text) == [
        ("Lund", "Salt marsh accretion in the Wadden Sea (Netherlands)"),
        ("Moe", "Herons of the marsh"),
        ("Varga", "Numerical analysis of generic relationships in Thelypodieae (Brassicaceae)"),
    ]


def test_a_translators_note_is_cut():
    text = (
        "References\n"
        "Halvorsen, J. (1977). Écrits: A selection (A. Sheridan, Trans.). New York: Norton.\n"
        "Moe, K. (1990). Herons of the marsh (J. Roe, Ed.). Oslo: Delta.\n"
        "Lund, P. (1991). Salt marsh accretion. Estuaries, 4, 10–19.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Écrits: A selection"),
        ("Lund", "Salt marsh accretion"),
        ("Moe", "Herons of the marsh"),
    ]


def test_near_miss_an_open_bracket_not_closed_after_the_title():
    assert trim_venue("Herons of the marsh (Ardea", ". Bird Study 3: 1–9.") == (
        "Herons of the marsh"
    )
    assert trim_venue("Herons of the marsh (Ardea", ". Bird Study", closed=True) == (
        "Herons of the marsh (Ardea)"
    )
    # a note on the work's medium, or a link's label, is no part of the title
    assert trim_venue("Herons of the marsh (Online", ". Available", closed=True) == (
        "Herons of the marsh"
    )
    assert trim_venue("Herons of the marsh [Ana Roe", ". Available", closed=True) == (
        "Herons of the marsh"
    )
