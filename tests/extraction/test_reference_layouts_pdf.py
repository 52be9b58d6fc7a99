"""Reference lists as text taken from PDF pages: entries run into one line, author-year entries
one after another, Vancouver names before a bare year, ACS entries. Invented entries, with
near-misses."""

import pytest

from extractors.base import select
from extractors.references.segment import break_run_together


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


THREE = {
    ("Castellan", "Counting herons from low orbit with convolutional networks"),
    ("Lund", "Reed beds as sediment traps: a field study"),
    ("Varga", "Winter surveys of pond snails"),
}


@pytest.mark.parametrize(
    "text",
    [
        "References [1] M. Castellan, T. Brandt, and L. Okafor. Counting herons from low orbit "
        "with convolutional networks. In Proceedings of the Wetland Vision Workshop, pages 12–20, "
        "2019. [2] P. Lund and A. Varga. Reed beds as sediment traps: a field study. Journal of "
        "Pond Science, 12(3):45–67, 2020. [3] A. Varga. Winter surveys of pond snails. PhD "
        "thesis, University of Nowhere, 2018.",
        "References Castellan, M., Brandt, T., & Okafor, L. (2019). Counting herons from low "
        "orbit with convolutional networks. Wetland Research, 4(2), 11–19. Lund, P., & Varga, A. "
        "(2020). Reed beds as sediment traps: a field study. Journal of Pond Science, 12(3), "
        "45–67. Varga, A. (2018). Winter surveys of pond snails. Snail Notes, 7, 1–9.",
    ],
)
def test_entries_run_into_one_line(text):
    assert facts(text) == THREE


def test_run_together_breaks_keep_offsets():
    text = "References [1] A. B. Title one here, 2019. [2] C. D. Title two, 2020. " * 3
    broken = break_run_together(text)
    assert len(broken) == len(text) and broken.count("\n") >= 2


def test_near_miss_citation_marks_in_prose():
    text = (
        "Herons were counted from orbit in earlier work [1], and the counts were compared with "
        "ground surveys [2] that used the same transects; later studies [3] found that reed beds "
        "trap sediment faster than open water, which changes where the birds feed in winter."
    )
    assert facts(text) == set()


def test_vancouver_names_before_a_bare_year():
    text = (
        "Castellan M, Brandt T. 2019. Counting herons from low orbit. Wetl. Res. 4:11–19\n"
        "Lund P, Varga A. 2020. Reed beds as sediment traps. Pond Sci. 12:45–67\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }


def test_acs_entries():
    text = (
        "(1) Castellan, M.; Brandt, T. Counting Herons from Low Orbit. J. Pond Sci. 2019, 4, 11–19.\n"
        "(2) Lund, P.; Varga, A. Reed Beds as Sediment Traps. J. Pond Sci. 2020, 12, 45–67.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    }


def test_near_miss_a_physics_entry_has_no_title():
    text = "[1] M. Castellan and T. Brandt, Phys. Rev. Lett. 4, 11 (2019).\n"
    assert facts(text) == set()


def test_superscript_numbers_glued_to_the_first_authors_name():
    from extractors.references.segment import segment

    text = (
        "References\n"
        "1Lund P, Varga A. Reed beds as sediment traps: a field study. J Pond Sci 2001;3:1–9.\n"
        "2Varga A, Lund P. Winter surveys of pond snails. Snail Rev 2003;7:11–19.\n"
    )
    assert ("Lund", "Reed beds as sediment traps: a field study") in facts(text)
    assert ("Varga", "Winter surveys of pond snails") in facts(text)
    assert [entry.marked for entry in segment(text)][1:] == [True, True]
    # near-miss: a number before a capital that opens no name list is no marker
    assert not any(entry.marked for entry in segment("Notes\n3D printing of ponds, in short.\n"))
