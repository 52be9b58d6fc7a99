"""Awesome-lists' short citations with a comma between the venue and its year ("Roe and Moe.
[Title](…). ICLR, 2017."), read as those without one are: the title, not the authors' names,
is the title. Near-miss: a line of prose with a comma and a year after two names is no entry.
Invented items in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_short_citation_then_title_then_venue_comma_year():
    text = (
        "## Papers\n"
        "1. Ostrava and Bell. [Adaptive Queue Sizing in Mesh Switches](https://example.org/2)."
        " INFOCOM, 2020.\n"
        "2. Moreland et al. [Sparse Routing for Lattice Networks](https://example.org/1). JNR,"
        " 2021.\n"
    )
    assert papers(text) == [
        ("Moreland", "Sparse Routing for Lattice Networks"),
        ("Ostrava", "Adaptive Queue Sizing in Mesh Switches"),
    ]


def test_the_same_without_links():
    text = (
        "## Papers\n"
        "- Ostrava and Bell. Adaptive Queue Sizing in Mesh Switches. INFOCOM, 2020.\n"
        "- Moreland and Anand. Sparse Routing for Lattice Networks. JNR, 2021.\n"
    )
    assert papers(text) == [
        ("Moreland", "Sparse Routing for Lattice Networks"),
        ("Ostrava", "Adaptive Queue Sizing in Mesh Switches"),
    ]


def test_near_miss_prose_line_with_names_and_a_year():
    text = (
        "## Notes\n"
        "- Ostrava and Bell. They met at the station and talked for hours. Later, 2020.\n"
        "- Moreland and Anand. Nobody knew where the boat had gone. Then, 2021.\n"
    )
    assert papers(text) == []
