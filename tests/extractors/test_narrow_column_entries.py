"""Reference lists wrapped at a narrow column's width, as a PDF's text of a two-column page gives
them, with names in natural order: the names and the year alone on a line, the title on the
next ("Ana Roe and Ben Moe. 2019.\\nTitle. In …"), and a list of names cut inside a name
("…, and Emi\\nMoe. 2020. Title …"). Each entry is read whole; and names in natural order before
an undated title, which the labeller may read as its head. Near-misses: an entry that ends
without a stop before the next entry's names, and a whole entry that ends with its year (no
line of names alone) stay apart from the entry below. Invented text in the general form of each."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.segment import segment


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def entries(text):
    return [text[e.start : e.end] for e in segment(text)]


def test_names_and_year_alone_on_their_line_open_the_entry_below():
    text = (
        "References\n"
        "Ingrid Halvorsen and Tomas Brandt. 2019.\n"
        "Tidal mixing in shallow fjords. In Pro-\n"
        "ceedings of EMNLP, pages 112–121.\n"
        "Ramiro Vasquez. 2021. Counting herons\n"
        "from low orbit. arXiv:2101.00001.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal mixing in shallow fjords"),
        ("Vasquez", "Counting herons from low orbit"),
    ]


def test_a_list_of_names_cut_inside_a_name_goes_on():
    text = (
        "References\n"
        "Chidi Okonkwo, Dag Lindqvist, and Emi\n"
        "Moe. 2020. Sediment plumes after spring\n"
        "floods. Transactions of the ACL, 31:1–20.\n"
        "Ramiro Vasquez. 2021. Counting herons\n"
        "from low orbit. arXiv:2101.00001.\n"
    )
    assert papers(text) == [
        ("Okonkwo", "Sediment plumes after spring floods"),
        ("Vasquez", "Counting herons from low orbit"),
    ]


def test_near_miss_an_entry_without_a_stop_stays_apart_from_the_next_names():
    text = (
        "References\n"
        "Ingrid Halvorsen and Tomas Brandt. 2019. Tidal mixing in shallow fjords. In EMNLP\n"
        "Ramiro Vasquez. 2021. Counting herons from low orbit. In NAACL\n"
    )
    found = entries(text)
    assert any(e.startswith("Ramiro Vasquez") for e in found)
    assert not any("EMNLP\nRamiro" in e for e in found)


def test_near_miss_a_whole_entry_is_no_names_line_for_the_line_below():
    text = (
        "References\n"
        "Ingrid Halvorsen and Tomas Brandt. Tidal mixing in shallow fjords. EMNLP, 2019.\n"
        "Ramiro Vasquez. Counting herons from low orbit. NAACL, 2021.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal mixing in shallow fjords"),
        ("Vasquez", "Counting herons from low orbit"),
    ]


@pytest.mark.parametrize(
    "names",
    [
        "Maria Kowalczyk and Tomas Brandt",
        "Kari Nordmann and Ola Nordmann",
        "Maria Kowalczyk, Tomas Brandt, and Ola Nordmann",
    ],
)
def test_names_in_natural_order_before_an_undated_title(names):
    # the labeller may read only the first given name as the author and the rest of the names
    # as the title's head: the list of names and its full stop open the entry all the same
    text = (
        f"References\n{names}. Tidal mixing in shallow fjords. EMNLP, 2019.\n"
        "Ramiro Vasquez. Counting herons from low orbit. NAACL, 2021.\n"
    )
    family = names.split(",")[0].split(" and ")[0].split()[-1]
    assert papers(text) == sorted(
        [(family, "Tidal mixing in shallow fjords"), ("Vasquez", "Counting herons from low orbit")]
    )
