"""A sentence that runs on its line up to what the labeller reads as an entry's first author
is prose, not a reference: 'He also illustrated "The Herons" by Ana Roe (1937) and "Tide"
by Ken Moe (1939).' names books in a narrative (the guidelines count works named in prose only
when the text presents them as papers). A request to cite before the entry on its line ("If
you use this code, please cite the following paper: Roe, A. (2019). Title. …") is no part of
the entry: the labeller took it for the title. Near-miss: that lead-in ends on its colon, so
its words are no narrative before the name. Invented text in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.reader import _CITE_LEAD_IN, read_references


def titles(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def test_books_named_in_a_narrative_sentence():
    text = (
        "She carved woodblocks for an edition of old ballads published in Bergen in 1926. "
        'She also illustrated "The Herons of Voss" by Sunniva Aas (1937) and "Tide and '
        'Stone" by Halvard Lindqvist (1939).'
    )
    assert titles(text) == []
    assert list(read_references(text)) == []


CITE = (
    "Anyone who builds on these tide tables is asked to cite our companion paper: Aas, S. and "
    "Lindqvist, H. (2019). Tidal mixing in narrow fjords. Ocean Dynamics, 69(3), 1-12."
)


def test_a_request_to_cite_before_the_entry_on_its_line():
    assert _CITE_LEAD_IN.match(CITE).group().endswith("companion paper: ")
    assert [(f.family, f.title) for f in read_references(CITE)] == [
        ("Aas", "Tidal mixing in narrow fjords")
    ]


def test_near_miss_the_lead_in_ends_on_its_colon():
    # (eight lower-case words before the name, but a lead-in's, not a narrative's)
    assert titles(CITE) == [("Aas", "Tidal mixing in narrow fjords")]
    assert not _CITE_LEAD_IN.match("Aas, S. (2019). Tidal mixing: a review. Ocean, 1-12.")


def test_a_quoted_title_after_a_name_inside_a_narrative_sentence():
    # (the quoted-title entry's form, 'A. Roe, "Title"', run on from a sentence: a work named
    # in prose, a script's or a novel's)
    text = (
        "In the fjord context, the name has been used for research ships in fiction "
        '(Sunniva K. Aas, "Tide Over the Harbour"; Halvard Lindqvist, "Grey Water"), and was '
        "the name of a ferry."
    )
    assert titles(text) == []


def test_near_miss_a_listed_entry_and_a_paper_presented_as_one():
    listed = (
        "References\n"
        '1. S. Aas and H. Lindqvist, "Tidal mixing in narrow fjords," Ocean Dynamics, '
        "vol. 69, pp. 1-12, 2019.\n"
    )
    assert titles(listed) == [("Aas", "Tidal mixing in narrow fjords")]
    presented = (
        "The model of the fjord is older than it seems. In their 2019 paper \u201cTidal Mixing "
        "in Narrow Fjords\u201d, Aas et al. measured the exchange directly."
    )
    assert titles(presented) == [("Aas", "Tidal Mixing in Narrow Fjords")]
