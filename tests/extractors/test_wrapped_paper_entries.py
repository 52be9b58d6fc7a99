"""Paper titles in text wrapped at a width (a mail, a hard-wrapped README or post): an entry
whose title, names and venue the wrap spread over lines is read with its wrapping breaks joined
(a fact read there only where the text read none at that place, dated and naming no editor).
Near-misses: a list whose long lines each end an item (a programme's timed lines, a reading
list's "Title. Ana Roe, et al." lines) is not run together, and a programme's slot wrapped onto
an indented line with its speakers gives no cut title; an institution under a slot is no
speaker. Invented text in the general form of each."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_quoted_titles_with_names_and_venue_wrapped_after_them():
    text = (
        "If you want the details you might take a look at the following papers:\n"
        "\n"
        '\t"Tidal Mixing and Winter Stratification in the Shallow Fjords",\n'
        "I. Halvorsen and T. Brandt, Journal of Estuaries and Coastal Waters,\n"
        "Vol 45, No. 2, Mar. 1987, pp. 112-121\n"
        "\n"
        '\t"Sediment Plumes after Spring Floods", B. Moe and K. Lund,\n'
        "Hydrology Review & Applications, May 1989, pp. 56-69\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal Mixing and Winter Stratification in the Shallow Fjords"),
        ("Moe", "Sediment Plumes after Spring Floods"),
    ]


def test_near_miss_a_programmes_timed_lines_stay_apart():
    text = (
        "NORDIC WORKSHOP ON COASTAL DATA 2025 — Bergen\n"
        "Day 2, Wednesday 11 June\n"
        "Session 3A: Estuaries (Room Fjord; chair: Prof. Ada Lie)\n"
        "13:30  Paper #47 — Tidal Mixing in Shallow Fjords: A Survey of Winter Basins. Ingrid "
        "Halvorsen, Tomas Brandt\n"
        "13:50  Paper #12 — Sediment Plumes after Spring Floods: Field Data and Baselines. Ben "
        "Moe, Kari Lund\n"
        "14:10  Paper #65 — Are Herons Easy? Error Analysis of Counts from Low Orbit. Ramiro "
        "Vasquez, Ola Vik\n"
        "14:30  Paper #88 — Winter Roosts Without Tears. Chidi Okonkwo, Emi Tanaka\n"
        "15:10  Coffee\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal Mixing in Shallow Fjords: A Survey of Winter Basins"),
        ("Moe", "Sediment Plumes after Spring Floods: Field Data and Baselines"),
        ("Okonkwo", "Winter Roosts Without Tears"),
        ("Vasquez", "Are Herons Easy? Error Analysis of Counts from Low Orbit"),
    ]


def test_near_miss_a_reading_lists_lines_that_end_items_stay_apart():
    text = (
        "Tidal Mixing and Winter Stratification in the Shallow Fjords. Ingrid Halvorsen, et al.\n"
        "Sediment Plumes after Spring Floods. Ben Moe, et al.\n"
        "Counting Herons from Low Orbit with Satellite Imagery and Field Checks. Ramiro Vasquez.\n"
        "Winter Roosts of the Grey Heron. Kari Lund, et al.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal Mixing and Winter Stratification in the Shallow Fjords"),
        ("Lund", "Winter Roosts of the Grey Heron"),
        ("Moe", "Sediment Plumes after Spring Floods"),
        ("Vasquez", "Counting Herons from Low Orbit with Satellite Imagery and Field Checks"),
    ]


def test_a_reading_lists_title_then_names_items_wrapped_without_an_indent():
    # each item "Title. Name, et al." on its line, some wrapped at the width: the long line
    # that no item's form reads is read with the line after it
    text = (
        "Tidal Mixing and Winter Stratification in the Shallow Fjords of the\n"
        "North. Ingrid Halvorsen, et al.\n"
        "Sediment Plumes after Spring Floods. Ben Moe, et al.\n"
        "Counting Herons from Low Orbit with Satellite Imagery and Field\n"
        "Checks. Ramiro Vasquez, et al.\n"
        "Winter Roosts of the Grey Heron. Kari Lund, et al.\n"
    )
    assert papers(text) == [
        ("Halvorsen", "Tidal Mixing and Winter Stratification in the Shallow Fjords of the North"),
        ("Lund", "Winter Roosts of the Grey Heron"),
        ("Moe", "Sediment Plumes after Spring Floods"),
        ("Vasquez", "Counting Herons from Low Orbit with Satellite Imagery and Field Checks"),
    ]


def test_near_miss_a_long_item_before_a_bulleted_one_is_not_joined_to_it():
    text = (
        "- Tidal Mixing and Winter Stratification in the Shallow Fjords. Ingrid Halvorsen\n"
        "- Sediment Plumes after Spring Floods. Ben Moe, et al.\n"
        "- Counting Herons from Low Orbit with Satellite Imagery. Ramiro Vasquez, et al.\n"
        "- Winter Roosts of the Grey Heron. Kari Lund, et al.\n"
    )
    found = papers(text)
    assert all("Sediment" not in title or subject == "Moe" for subject, title in found)
    assert ("Moe", "Sediment Plumes after Spring Floods") in found


def test_near_miss_a_timed_slot_wrapped_under_its_title_reads_no_cut_title():
    # the wrap put the slot's speakers on the indented line under it: "Reed Beds" is no name
    # and "… in Cold" no whole title
    text = (
        "SESSION 4: WETLANDS\n"
        " 9.00- 9.20  Counting Herons from Low Orbit with Sparse\n"
        "             Sensors, M. Castellan and P. Lund (University of Ulm, Germany)\n"
        " 9.40-10.00  Reed Beds: A Study of Sediment Traps in Cold\n"
        "             Wetlands, A. Varga and K. Moe (Lund University, Sweden)\n"
    )
    assert papers(text) == []


def test_a_timed_slot_with_the_speakers_institution_under_it():
    text = (
        "Programme\n"
        "10:00  Ana Roe: Counting Herons from Low Orbit\n"
        "        University of Ulm, Germany\n"
        "10:20  Ken Moe: Egret Roosts in Winter\n"
        "        Lund University\n"
    )
    assert papers(text) == [
        ("Moe", "Egret Roosts in Winter"),
        ("Roe", "Counting Herons from Low Orbit"),
    ]
