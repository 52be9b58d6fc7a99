"""A text indented as a whole (set in from a page's margin, a mail's indented body, a PDF's
text): read as the same text at the margin, each fact found where it is. Invented examples,
with a near-miss."""

import pytest

from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from extractors.base import select

TEXT = (
    "Country profiles\n"
    "Kunming, or Yunnanfu, China, the capital of Yunnan province. It lies by a lake.\n"
    "Castellan, Mira. Salt Roads and Their Keepers. Riverbend Books, 2014.\n"
    "Okafor, Chidi. Harbour Towns of the North. Boston: Coastline Press, 2016.\n"
    "Vale, Lena. The Reed Cutters. Oxford: Marsh House, 1998.\n"
    "\n"
    "Name: Ada Penrose\n"
    "Born: 12 March 1901\n"
    "Died: 4 May 1980\n"
)


def facts(text: str) -> list[tuple[str, str, str, str]]:
    found = Extraction(select(None)).facts(text)
    return sorted((f.relation, f.subject, f.value, text[f.start : f.end].strip()) for f in found)


@pytest.mark.parametrize("indent", ["  ", "    ", "\t"])
def test_an_indented_text_reads_as_its_lines_do(indent):
    expected = facts(TEXT)
    assert {fact[:2] for fact in expected} >= {
        ("capital", "Yunnan"),  # a gazetteer's entry, read where its line starts
        ("birth_date", "Ada Penrose"),
        ("death_date", "Ada Penrose"),
        ("paper_title", "Castellan"),
        ("paper_title", "Okafor"),
    }
    indented = "".join(indent + line if line.strip() else line for line in TEXT.splitlines(True))
    # (each fact's span, in the indented text, holds what it held at the margin)
    assert [(*fact[:3], " ".join(fact[3].split())) for fact in facts(indented)] == [
        (*fact[:3], " ".join(fact[3].split())) for fact in expected
    ]


def test_near_miss_lines_at_the_margin_keep_every_indentation():
    # one line at the margin: the others' indentation is the text's own (a list's items)
    text = "Members\n    Ada Penrose\n    Tom Vale\n"
    assert decoded_view(text) is None
    view = decoded_view("    Members\n      Ada Penrose\n    Tom Vale\n")
    assert view is not None and view.text == "Members\n  Ada Penrose\nTom Vale\n"
