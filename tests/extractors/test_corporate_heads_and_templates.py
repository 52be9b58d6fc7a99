"""Two classes of APA-style lists.

A corporate author whose name opens on words the labeller reads as no name ("Organisation for
Economic Co-operation and Development. (2018). Title. Publisher."): the name opens the entry,
its words capitalised or joining words, one of them an organisation's, and a hyphen's part in
lower case ("Co-operation") is no mark against it. Near-miss: words before the names that hold
no organisation's word stay out of the name.

A style guide's template of an entry ("A. Author, "Title of paper," Name of Journal, …"): the
placeholder "Author" names nobody. Invented entries in the general form of each."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.labeller import _corporate_head
from extractors.references.tokens import token_spans


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_corporate_author_whose_head_the_labeller_left_out():
    text = (
        "References\n\n"
        "Organisation for Economic Co-operation and Development. (2018). *The future of "
        "marsh schooling: Wetlands 2030*. OECD Publishing.\n"
        "Lindqvist, P. (2019). *Herons of the north*. Delta Press.\n"
    )
    assert papers(text) == [
        ("Lindqvist", "Herons of the north"),
        (
            "Organisation for Economic Co-operation and Development",
            "The future of marsh schooling: Wetlands 2030",
        ),
    ]


def test_near_miss_words_without_an_organisations_word_stay_out():
    text = "Selected Papers by Lindqvist, P. (2019). Herons of the north. Delta Press."
    spans = token_spans(text)
    assert _corporate_head(text, spans, (3, 5), 3) == 3
    corporate = "Society for Marsh Co-operation. (2019). Herons of the north. Delta Press."
    assert _corporate_head(corporate, token_spans(corporate), (2, 4), 2) == 0


def test_a_style_guides_template_names_no_author():
    text = (
        "IEEE reference format:\n\n"
        '[1] A. Author, "Title of paper," Name of Journal, vol. x, no. x, pp. xxx-xxx, '
        "Abbrev. Month, year.\n\n"
        "Example:\n\n"
        '[2] K. Okafor, "Counting herons from low orbit," Journal of Avian Science, vol. 4, '
        "no. 2, pp. 11-19, Mar. 2019.\n"
    )
    assert papers(text) == [("Okafor", "Counting herons from low orbit")]
