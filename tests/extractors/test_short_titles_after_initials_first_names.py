"""Reference lists that write every name initials first ("A. Roe, K. Moe, and P. Lund. Title.
In Venue, 2015."), as computer-science papers do: a title of a few words ("Fast R-CNN.",
"Mask Nets.") may be read by the labeller as one more name. Where every name opens on an
initial and the sentence after the last name's stop does not, that sentence is the title.
Near-misses: one more initials-first name after the stop, and names written family first.
Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.labeller import _title_as_last_name
from extractors.references.tokens import token_spans


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def split(text, author_tokens):
    spans = token_spans(text)
    found = _title_as_last_name(text, spans, (0, author_tokens))
    if found is None:
        return None
    (a0, a1), (t0, t1) = found
    return text[spans[t0][0] : spans[t1 - 1][1]]


def test_a_short_title_after_initials_first_names_in_a_numbered_list():
    text = (
        "References\n"
        "[8] D. Halvorsen, J. Okafor, and Y. Lindqvist. Understanding deep marsh "
        "networks with recurrent units. arXiv:1312.1847, 2013.\n"
        "[9] R. Castellan. Fast R-CNN. In ICCV, 2015.\n"
        "[10] K. Brandt, G. Moe, and R. Castellan. Mask R-CNN. In ICCV, 2017.\n"
    )
    assert papers(text) == [
        ("Brandt", "Mask R-CNN"),
        ("Castellan", "Fast R-CNN"),
        ("Halvorsen", "Understanding deep marsh networks with recurrent units"),
    ]


def test_the_split_reads_the_last_sentence_of_the_names_run():
    text = "K. Brandt, G. Moe, and R. Castellan. Mask R-CNN. In ICCV, 2017."
    assert split(text, 9) == "Mask R-CNN."


def test_near_miss_one_more_name_or_names_family_first():
    # the sentence after the stop opens on an initial: one more name, no title
    assert split("A. Lindqvist, K. Moe. P. Roe. In ICML, 2016.", 6) is None
    # a family name opens the list: no initials-first list
    assert split("Lindqvist, A., Moe, K. Herons. In ICML, 2016.", 5) is None
