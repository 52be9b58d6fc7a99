"""Reading lists that give a title, then its authors, a line each ("Title. Given Family, et
al."), with an initial run into the family name ("K.Lund"), and entries whose first author is
written that way elsewhere ("J.Zhang, K.Lund. Title."); the labeller's title that lost its last
word to the names ("Heron | Counts. Ben Moe") gets it back. Invented lists with near-misses."""

import pytest

from extractors.base import select
from extractors.grammar import family_name
from extractors.references.names import first_author_family


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


READING_LIST = (
    "Papers\n"
    "Neural Pond Machines. Ana Roe, et al.\n"
    "Scaling Laws for Heron Counts. Ben Moe, et al.\n"
    "Kolmogorov Reed Beds and Algorithmic Snails. K.Lund, V. A. Varga, and N. Berg.\n"
    "A Tutorial Introduction to Reed Bed Sampling. Per Lund.\n"
    "Machine Snail Intelligence. Kai Berg.\n"
)


def test_a_title_first_list_reads_every_line_whole():
    assert facts(READING_LIST) == {
        ("Roe", "Neural Pond Machines"),
        ("Moe", "Scaling Laws for Heron Counts"),
        ("Lund", "Kolmogorov Reed Beds and Algorithmic Snails"),
        ("Lund", "A Tutorial Introduction to Reed Bed Sampling"),
        ("Berg", "Machine Snail Intelligence"),
    }


@pytest.mark.parametrize(
    ("names", "family"),
    [
        ("J.Zhang, K.Lund", "Zhang"),
        ("J.-P.Roe and A. Moe", "Roe"),
        ("Counts. Ben Moe, et al.", "Moe"),  # a title's last word before the names
        ("Wm. H. Roe", "Roe"),  # an abbreviated given name stays a given name
        ("U.S. Food and Drug Administration", "U.S. Food and Drug Administration"),
    ],
)
def test_first_author_family_with_initials_run_into_it(names, family):
    assert first_author_family(names) == family


def test_family_name_of_a_name_with_its_initial_run_into_it():
    assert family_name("K.Lund") == "Lund"
    assert family_name("Ana de la Cruz") == "de la Cruz"  # near-miss: no initial, unchanged


def test_entries_whose_names_run_initials_into_family_names():
    text = (
        "References\n"
        "J.Zhang, K.Lund. Counting herons from low orbit. Wetl. Res. 4 (2019) 11–19.\n"
        "A.Roe, B.Moe. Reed beds as sediment traps. Pond Sci. 12 (2020) 45–67.\n"
    )
    assert facts(text) == {
        ("Zhang", "Counting herons from low orbit"),
        ("Roe", "Reed beds as sediment traps"),
    }


def test_near_miss_a_band_of_initials_is_no_name_run_into_its_initial():
    # initials alone ("R.E.M.") before a quoted song in a sale list: no person's name
    text = (
        'R.E.M.         "Radio Days" + 3 live tracks                   $10\n'
        'R.E.M.         "Shiny Pond People" w/2 non-LP tracks            $10\n'
    )
    assert facts(text) == set()


def test_a_programme_slot_with_initials_run_into_the_speakers_names():
    text = (
        "09.20-09.40  Counting Herons from Low Orbit\n"
        "             K.Lund (Aarhus University, Denmark)\n"
        "09.40-10.10  Reed Beds as Sediment Traps\n"
        "             A.Roe and B.Moe (KU Leuven, Belgium)\n"
    )
    assert facts(text) == {
        ("Lund", "Counting Herons from Low Orbit"),
        ("Roe", "Reed Beds as Sediment Traps"),
    }


@pytest.mark.parametrize("line_end", ["\n", "  \n"])
def test_near_miss_a_slots_title_line_that_ends_inside_its_names(line_end):
    # the first speaker's name ends the title line: the title line is no title alone
    text = (
        f"09.20-09.40  Some Attacks on the Heron Hash Function, I.B. Roe and{line_end}"
        "             L.R. Moe (Aarhus University, Denmark)\n"
    )
    assert ("Moe", "Some Attacks on the Heron Hash Function, I.B. Roe and") not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Further reading\n1. The Heron and the Marsh — Ana Roe\n2. Counting Snails in Winter — Ben Moe\n",
        "Reading list\n\nThe Heron and the Marsh (Ana Roe, 2009)\nCounting Snails in Winter (Ben Moe, 2012)\n",
        "Recommended reading:\nAna Roe – The Heron and the Marsh (2009)\n"
        "Ben Moe – Counting Snails in Winter (2012)\n",
    ],
)
def test_a_reading_list_of_titles_and_names_parted_by_a_dash_or_a_bracket(text):
    assert facts(text) == {
        ("Roe", "The Heron and the Marsh"),
        ("Moe", "Counting Snails in Winter"),
    }


@pytest.mark.parametrize(
    "heading",
    [
        "My playlist",  # songs and their artists: no bibliography's heading
        "",
    ],
)
def test_near_miss_dashed_titles_and_names_under_no_reading_heading(heading):
    text = f"{heading}\nThe Heron and the Marsh — Ana Roe\nCounting Snails in Winter — Ben Moe\n"
    assert facts(text) == set()


@pytest.mark.parametrize("quote", ["'", '"'])
def test_a_syllabus_sessions_label_before_its_reading(quote):
    text = (
        f"Week 3: Ana Roe, {quote}Herons and marshes in the north{quote}, Journal of Birds 12 "
        "(2009): 1-20.\n"
        f"Week 4: Ben Moe, {quote}Snails in winter{quote}, Pond Studies 3 (2012): 5-9.\n"
    )
    assert facts(text) == {
        ("Roe", "Herons and marshes in the north"),
        ("Moe", "Snails in winter"),
    }


def test_near_miss_a_sessions_label_before_a_topic():
    assert facts("Week 3: Introduction to herons\nWeek 4: Snails in winter\n") == set()
