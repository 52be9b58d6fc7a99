"""Reference lists whose line breaks were lost (a PDF's text, a pasted paragraph), numbered or
not: every entry is read, those without a trigger of their own (no quotes, no bracketed year,
no "et al.") with the ones that have one; a numbered list whose text lost or garbled one
entry's number still opens the entries after it; the last author joined by "and" after the
initials before it opens no entry. Near-misses: prose numbered "1. … 3. … 5." is no list;
prose with footnote numbers stays one line. Invented text in the general form of each."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.segment import _dotted_openings, break_run_together


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value.casefold()) for f in found)


FOUR = [
    ("Halvorsen", "Tidal mixing in shallow fjords"),
    ("Okonkwo", "Sediment plumes after spring floods"),
    ("Vasquez", "Counting herons from low orbit"),
    ("Lindqvist", "Reed beds as sediment traps"),
]


def expected(pairs=FOUR):
    return sorted((family, title.casefold()) for family, title in pairs)


def test_a_bracketed_run_on_list_gives_the_entries_without_triggers_too():
    # the first and the last entries carry no trigger of the title extractor: they are read
    # with the others, as the lines of a list are
    text = (
        "References [1] I. Halvorsen and T. Brandt. Tidal mixing in shallow fjords. Fjord "
        "Press, Bergen. Second edition. Translated from the Norwegian. With maps and plates. "
        "[2] C. Okonkwo, D. Moe, et al., Sediment plumes after spring floods, "
        "J. Hydrol. 31 (2004) 1–20. [3] R. Vasquez, “Counting herons from low orbit,” Remote "
        "Sens. Lett. 12 (2011) 3–9. [4] Lindqvist D., Reed beds as sediment traps, Marsh "
        "Books, Uppsala, 2015."
    )
    assert papers(text) == expected()


def test_a_dotted_run_on_list_with_one_garbled_number_opens_the_entries_after_it():
    # the third entry's number lost its stop ("3 Vasquez"): the list still runs 1, 2, 4, 5
    text = (
        "REFERENCES 1. Halvorsen I, Brandt T. Tidal mixing in shallow fjords. J Estuar Res. "
        "1998;4(2):1-20. 2. Okonkwo C, Moe D. Sediment plumes after spring floods. J Hydrol. "
        "2004;31:1-20. 3 Vasquez R. Counting herons from low orbit. Remote Sens Lett. 2011;12:"
        "3-9. 4. Lindqvist D. Reed beds as sediment traps. Marsh Lett. 2015;3:11-19. 5. Tull P. "
        "Salt marsh birds in winter. Bird Study. 2017;8:40-48."
    )
    found = papers(text)
    assert ("Lindqvist", "reed beds as sediment traps") in found
    assert ("Tull", "salt marsh birds in winter") in found
    assert ("Halvorsen", "tidal mixing in shallow fjords") in found


def test_the_last_author_after_and_opens_no_entry():
    text = (
        "References Halvorsen, I. and Brandt, T. (1998). Tidal mixing in shallow fjords. "
        "Journal of Estuaries, 4(2):1–20. Okonkwo, C., Moe, D., and Lund, P. (2004). Sediment "
        "plumes after spring floods. Hydrology Review, 31:1–20. Vasquez, R. (2011). Counting "
        "herons from low orbit. Wetlands, 12:3–9."
    )
    assert papers(text) == expected(FOUR[:3])


def test_prose_numbered_by_odd_steps_is_no_list():
    text = (
        "Do this in order: 1. Open the lid and look inside for the seal. 3. Close it again "
        "slowly. 5. Then wait for the light to go out before you start."
    )
    assert _dotted_openings(text, 0, len(text)) == []


def test_prose_numbered_one_by_one_is_a_run_of_openings():
    # the near-miss above guards the rule that lets one number go missing, not the run itself
    text = (
        "Do this in order: 1. Open the lid and look inside for the seal. 2. Close it again "
        "slowly. 3. Then wait for the light to go out before you start."
    )
    assert len(_dotted_openings(text, 0, len(text))) == 3


@pytest.mark.parametrize(
    "text",
    [
        # prose with footnote numbers in brackets after its sentences
        "The station was built in 1921 on the northern shore [1]. It was rebuilt after the "
        "storm of 1953 [2], and again in 1998, when the pier was lengthened by the harbour "
        "board and the old sheds were pulled down for good [3]. Nobody lives there now.",
    ],
)
def test_near_miss_prose_with_footnote_numbers_reads_no_title(text):
    assert papers(text) == []
    assert break_run_together(text).count("\n") == text.count("\n")


def test_a_vancouver_list_run_on_without_numbers_gives_each_entry():
    # Vancouver's names carry their initials without stops; each entry opens after the pages
    # of the one before ("…;31:1-20. Vasquez R. …")
    text = (
        "References Halvorsen I, Brandt T. Tidal mixing in shallow fjords. J Estuar Res. "
        "1998;4(2):1-20. Okonkwo C, Moe D, Lund P. Sediment plumes after spring floods. J "
        "Hydrol. 2004;31:1-20. Vasquez R. Counting herons from low orbit. Remote Sens Lett. "
        "2011;12:3-9. Lindqvist D. Reed beds as sediment traps. Marsh Lett. 2015;3:11-19."
    )
    assert papers(text) == expected()


def test_near_miss_prose_with_names_and_initials_after_years_stays_one_line():
    # names with a capital after them follow years in prose too, but not as a list's openings
    text = (
        "The survey ran from 1998. Halvorsen I and her team counted the herons each spring, "
        "and in 2004; the count fell. Okonkwo C. Moe wrote the report that year, and the "
        "station closed in 2011; Vasquez R. Lund kept the logbooks until the last boat left "
        "the harbour for good."
    )
    assert break_run_together(text).count("\n") == 0


@pytest.mark.parametrize(
    "text",
    [
        # Nature's: the year in brackets closes each entry
        "References Halvorsen, I. & Brandt, T. Tidal mixing in shallow fjords. J. Estuar. Res. "
        "4, 1–20 (1998). Okonkwo, C., Moe, D. & Lund, P. Sediment plumes after spring floods. "
        "J. Hydrol. 31, 1–20 (2004). Vasquez, R. Counting herons from low orbit. Remote Sens. "
        "Lett. 12, 3–9 (2011). Lindqvist, D. Reed beds as sediment traps. Marsh Lett. 3, "
        "11–19 (2015).",
        # Elsevier's without numbers: initials first, a comma before the title
        "References I. Halvorsen, T. Brandt, Tidal mixing in shallow fjords, J. Estuar. Res. 4 "
        "(1998) 1–20. C. Okonkwo, D. Moe, P. Lund, Sediment plumes after spring floods, J. "
        "Hydrol. 31 (2004) 1–20. R. Vasquez, Counting herons from low orbit, Remote Sens. Lett. "
        "12 (2011) 3–9. D. Lindqvist, Reed beds as sediment traps, Marsh Lett. 3 (2015) 11–19.",
        # ISO 690's and ABNT's: family names in capitals, names parted by semicolons
        "Bibliography HALVORSEN, Ingrid; BRANDT, Tomas. Tidal mixing in shallow fjords. Journal "
        "of Estuaries, 1998, 4(2), 1-20. OKONKWO, Chidi; MOE, Dag; LUND, Per. Sediment plumes "
        "after spring floods. Hydrology Review, 2004, 31, 1-20. VASQUEZ, Ramiro. Counting herons "
        "from low orbit. Wetlands, 2011, 12, 3-9. LINDQVIST, Dag. Reed beds as sediment traps. "
        "Marsh Letters, 2015, 3, 11-19.",
    ],
)
def test_run_on_lists_in_more_styles_give_each_entry(text):
    found = [(family.capitalize(), title) for family, title in papers(text)]
    assert sorted(found) == expected()


def test_near_miss_prose_with_bracketed_years_and_names_stays_one_line():
    text = (
        "The first survey was printed in the bulletin (1998). Halvorsen, I. wrote most of it, "
        "and the second one followed (2004). Okonkwo, C. led that one. Nobody wrote a third "
        "survey, though the station kept its logbooks for many years after that."
    )
    assert break_run_together(text).count("\n") == 0
