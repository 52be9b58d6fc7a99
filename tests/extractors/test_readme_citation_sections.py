"""Paper titles in a README's section that asks to cite the work: headed "Citation", "How to
cite", "Citing X" or "Cite this work", its one entry maybe quoted as a blockquote. Invented
sections in the general form, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


@pytest.mark.parametrize(
    "heading", ["## Citation", "## Cite this work", "### Citing HeronNet", "Citation"]
)
def test_entry_under_a_citation_heading(heading):
    text = (
        f"{heading}\nIf you use this code, please cite our paper:\n\n"
        "> Mira Castellan, Tomas Brandt. Counting Herons with Drones. In CVPR, 2021.\n"
    )
    assert papers(text) == [("Castellan", "Counting Herons with Drones")]


def test_near_miss_a_citation_heading_over_prose():
    text = "## Citation\nMira Castellan wrote most of this code while at the pond.\n"
    assert papers(text) == []


def test_title_wrapped_inside_a_quoted_reply_loses_the_quote_marks():
    # a reply quotes a reference list: each line opens with ">", the title's wrapped lines too
    from extractors.normalize import clean_title
    from extractors.references.labeller import clean_entry_title

    raw = "The Heron\n>Agency in Pond and Marsh\n> > Law"
    assert clean_title(raw) == "The Heron Agency in Pond and Marsh Law"
    assert clean_entry_title(raw) == "The Heron Agency in Pond and Marsh Law"


def test_near_miss_a_greater_than_sign_inside_a_titles_line_stays():
    from extractors.normalize import clean_title

    assert clean_title("When A >B in ranked preferences") == "When A >B in ranked preferences"
