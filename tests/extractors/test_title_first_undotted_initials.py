"""A scholar's profile lists each paper title first, then its authors with initials and no
stops ("C Okafor, P Lund"), then the venue: the sentence of names after the title gives the
first author, also where the labeller ran the title on over it.
Near-miss: a lone capitalised pair after a title ("Title. A Primer. Journal …") is a subtitle,
not one author: undotted initials are read only in a sentence of two names or more. Invented
entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_title_then_undotted_initials():
    text = (
        "Publications\n"
        "Ice rafting in sub-polar estuaries of the north. K Varga, T Lund, P Hale. Marine "
        "Geology Letters 12, 455-461, 2018.\n"
        "Winter flows of the lower Ottawa. M Pelletier, AB Roe. Canadian Water Studies 30, "
        "88-97, 2011.\n"
        "Salt marsh accretion under rising seas. K Osei, A Lund. Estuarine Research 41, 101-118, "
        "2016.\n"
    )
    assert papers(text) == [
        ("Osei", "Salt marsh accretion under rising seas"),
        ("Pelletier", "Winter flows of the lower Ottawa"),
        ("Varga", "Ice rafting in sub-polar estuaries of the north"),
    ]


def test_near_miss_a_lone_pair_after_a_title_is_no_author():
    text = (
        "Publications\n"
        "Ice rafting in sub-polar estuaries. K. Varga, T. Lund. Marine Geology 12, 1-9, 2018.\n"
        "Deep learning for river gauges. A Primer. Journal of Rivers 3, 1-9, 2020.\n"
        "Winter flows of the lower Ottawa. M. Pelletier. Water Studies 30, 88-97, 2011.\n"
    )
    assert all(family != "Primer" for family, _ in papers(text))
