"""Reference lists as text taken from PDF pages: entries run into one line, author-year entries
one after another, Vancouver names before a bare year, ACS entries. Invented entries, with
near-misses."""

import pytest

from auditor.extraction import Extraction
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


def test_author_year_entries_run_together_after_dois():
    # an entry ending in its DOI's digits, and a list of two entries after its heading
    text = (
        "References Castellan, M., & Brandt, T. (2019). Counting herons from low orbit. "
        "Wetland Research, 4(2), 11–19. https://doi.org/10.1234/wr.2019.0042 Lund, P., & "
        "Varga, A. (2020). Reed beds as sediment traps: a field study. Journal of Pond "
        "Science, 12(3), 45–67. https://doi.org/10.1234/jps.2020.12"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps: a field study"),
    }


def test_near_miss_one_author_year_citation_after_digits_in_prose():
    text = (
        "The counts of 2019 were repeated on the same transects in the following winters, and "
        "the survey of 2020 Lund, P. (2020). found fewer herons where reed beds had spread, a "
        "result the station's staff had expected from the earlier counts on the same ponds."
    )
    assert break_run_together(text) == text


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


def scanned(text: str) -> set[tuple[str, str]]:
    """Facts as the scan finds them: through the units around the triggers."""
    return {(f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text)}


# Entries run together on one long line: the scan's unit around a trigger (a year at an entry's
# end) is the whole entry, from its number or its authors, not the sentences around the year.
_RUN_TOGETHER = [
    "[1] M. Castellan, T. Brandt, and L. Okafor. Counting herons from low orbit with "
    "convolutional networks. In Proceedings of the Wetland Vision Workshop, pages 12–20, 2019. "
    "[2] P. Lund and A. Varga. Reed beds as sediment traps: a field study. Journal of Pond "
    "Science, 12(3):45–67, 2020. [3] A. Varga. Winter surveys of pond snails. PhD thesis, "
    "University of Nowhere, 2018.",
    "1. Castellan M, Brandt T, Okafor L. Counting herons from low orbit with convolutional "
    "networks. Wetl Res. 2019;4(2):11-9. 2. Lund P, Varga A. Reed beds as sediment traps: a "
    "field study. J Pond Sci. 2020;12(3):45-67. 3. Varga A. Winter surveys of pond snails. "
    "Snail Notes. 2018;7:1-9.",
]


@pytest.mark.parametrize("text", _RUN_TOGETHER)
def test_scan_reads_each_entry_of_a_run_together_line_whole(text):
    padding = "Acknowledgements. We thank the wardens of the reserve for their help. " * 25
    assert scanned(padding + "References " + text) == THREE


def test_a_bracketed_number_at_the_line_start_opens_the_first_entry():
    assert facts(_RUN_TOGETHER[0]) == THREE


def test_near_miss_citation_marks_in_a_long_line_of_prose():
    text = (
        "Herons were counted from orbit in earlier work [1], and the counts were compared with "
        "ground surveys [2] from 2019. Later studies [3] found in 2020 that reed beds trap "
        "sediment faster than open water, which changes where the birds feed in winter. "
    ) * 4
    assert scanned(text) == set()


def test_authors_joined_by_and_in_capitals():
    text = (
        '[1] J. PARK AND K. QUILL, "Low-power converters for sensor nodes," IEEE J. Circuits, '
        "vol. 49, no. 4, pp. 900–911, 2014.\n"
        '[2] L. RAMOS, "Clock recovery in serial links," IEEE Trans. Circuits, vol. 62, '
        "pp. 1–9, 2015.\n"
    )
    assert facts(text) == {
        ("PARK", "Low-power converters for sensor nodes"),
        ("RAMOS", "Clock recovery in serial links"),
    }


@pytest.mark.parametrize(
    "head",
    [
        # a page's running head, then the heading, then numbers without stops
        "14 Annals of Pond Science Vol. 7\nReferences\n",
        "Annals of Pond Science (2021) 7:1–20\nLiterature Cited\n",
    ],
)
def test_a_running_head_above_the_bibliography_heading(head):
    text = head + (
        "1 Castellan M, Brandt T. Counting herons from low orbit. Ibis 2019; 3: 12–20.\n"
        "2 Lund P, Varga A. Reed beds as sediment traps. J Pond Sci 2020; 12: 45–67.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }


def test_near_miss_a_heading_word_opening_a_wrapped_line():
    # "Papers …" continues the title: only a line that is a heading alone is one
    text = (
        "References\n1 Castellan M, Brandt T. Counting herons from low orbit. Ibis 2019; "
        "3: 12–20.\n2 Lund P. Reed beds and other wetland\nPapers of the pond society. "
        "J Pond Sci 2020; 12: 45–67.\n"
    )
    assert ("Castellan", "Counting herons from low orbit") in facts(text)
    assert all(not title.startswith("Papers") for _, title in facts(text))


def test_a_bare_entry_number_is_not_read_into_the_name():
    text = (
        "References\n"
        "3 Varga A (2018) Winter surveys of pond snails. PhD thesis, University of Nowhere\n"
        "4 Lund P, Varga A (2020) Reed beds as sediment traps. J Pond Sci 12:45–67\n"
    )
    assert facts(text) == {
        ("Varga", "Winter surveys of pond snails"),
        ("Lund", "Reed beds as sediment traps"),
    }


def test_near_miss_a_number_that_opens_a_title_stays():
    text = (
        "Further reading\n"
        "10 Simple Rules for Pond Surveys. Varga A. J Pond Sci 2019; 3: 12–20.\n"
        "Reed beds as sediment traps. Lund P. J Pond Sci 2020; 12: 45–67.\n"
    )
    assert all(not title.startswith("Simple Rules") for _, title in facts(text))


def test_vancouver_entries_wrapped_before_the_year_and_volume():
    text = (
        "References\n"
        "Castellan M, Brandt T. Counting herons from low orbit. J Wetl Ecol.\n"
        "2019;3:12-20.\n"
        "Lund P, Varga A. Reed beds as sediment traps. J Pond Sci.\n"
        "2020;12:45-67.\n"
        "Varga A. Winter surveys of pond snails. Malacologia. 2018;61:1-9.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
        ("Varga", "Winter surveys of pond snails"),
    }


def test_near_miss_one_entry_a_line_each_ending_a_sentence():
    # every line is an entry of its own (each opens with names): no line joins the next
    text = (
        "References\n"
        "Castellan M, Brandt T. Counting herons from low orbit. J Wetl Ecol. 2019;3:12-20.\n"
        "Lund P, Varga A. Reed beds as sediment traps. J Pond Sci. 2020;12:45-67.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }


def test_apa_seven_descriptions_in_brackets_and_versions():
    text = (
        "References\n"
        "Varga, A. (2018). Winter surveys of pond snails in upland lakes [Doctoral dissertation, "
        "University of\nNowhere].\n"
        "Lund, P. (2020). Reed beds as sediment traps [Data set]. Pond Data Archive.\n"
        "Varga, A., & Lund, P. (2021). Pondcount: Counting snails in ponds (Version 2.1) "
        "[Computer software]. Zenodo.\n"
    )
    assert facts(text) == {
        ("Varga", "Winter surveys of pond snails in upland lakes"),
        ("Lund", "Reed beds as sediment traps"),
        ("Varga", "Pondcount: Counting snails in ponds"),
    }


def test_near_miss_brackets_that_belong_to_the_title_stay():
    # a bracket of the title's own words, not a kind of work
    text = (
        "References\n"
        "Lund, P. (2020). Reed beds as sediment traps [in Norwegian]. Pond Data Archive.\n"
        "Varga, A. (2019). Notes on [Data] structures for counting snails. J Pond Sci, 3, 1–9.\n"
    )
    titles = {title for _, title in facts(text)}
    assert "Notes on [Data] structures for counting snails" in titles


def test_a_page_range_wrapped_onto_its_own_line_is_no_entry_number():
    # "45-\n67." ends a page range; read as an entry's number it made the block a numbered list
    text = (
        "REFERENCES\n"
        "Castellan M, Brandt T, Okafor L. Counting herons from low orbit with convolutional\n"
        "networks. J Wetl Ecol. 2019;3(2):12-20.\n"
        "Lund P, Varga A. Reed beds as sediment traps: a field study. J Pond Sci. 2020;12(3):45-\n"
        "67.\n"
        "Varga A. Winter surveys of pond snails. Malacologia. 2018;61:1-9.\n"
    )
    assert ("Castellan", "Counting herons from low orbit with convolutional networks") in facts(
        text
    )


def test_near_miss_a_number_alone_on_its_line_still_marks_the_entry_below():
    text = (
        "References\n1.\nCastellan M, Brandt T. Counting herons from low orbit. Ibis. 2019;3:12-20.\n"
        "2.\nLund P, Varga A. Reed beds as sediment traps. J Pond Sci. 2020;12:45-67.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }


def test_vancouver_entries_quoted_under_headings_with_long_family_names():
    # a CITATIONS file's way: each tool's heading, its reference quoted under it; the year
    # with its month and day; family names of two words and with a particle
    text = (
        "## [Pondcount](https://example.org/1)\n\n"
        "> Di Castellan M, Brandt T, Okafor L, Lund P, Varga A, Roe J. Counting herons from low "
        "orbit with convolutional networks. Wetl Ecol. 2019 Apr 11;3(2):12-20.\n\n"
        "## [Reedbed](https://example.org/2)\n\n"
        "> da Lund Varga P, Roe J. Reed beds as sediment traps in the delta. J Pond Sci. "
        "2020;12(3):45-67.\n"
    )
    assert facts(text) == {
        ("Di Castellan", "Counting herons from low orbit with convolutional networks"),
        ("da Lund Varga", "Reed beds as sediment traps in the delta"),
    }


def test_a_journal_run_into_the_title_without_its_stop_is_cut():
    text = (
        "References\n"
        "1. Castellan M, Brandt T. Counting herons from low orbit in the delta PLoS Comput Biol. "
        "2019;3(2):12-20.\n"
        "2. Lund P, Varga A. Reed beds as sediment traps in the delta BMC Ecol. 2020;12:45-67.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit in the delta"),
        ("Lund", "Reed beds as sediment traps in the delta"),
    }


def test_near_miss_a_title_ending_in_journal_words_before_its_stop_stays_whole():
    # the stop parts title and journal: "Cell Biology" closes the title
    text = (
        "References\n"
        "1. Castellan M, Brandt T. Counting herons in Molecular Cell Biology. Wetl Ecol. "
        "2019;3(2):12-20.\n"
        "2. Lund P, Varga A. Reed beds as sediment traps. J Pond Sci. 2020;12:45-67.\n"
    )
    assert ("Castellan", "Counting herons in Molecular Cell Biology") in facts(text)


# A long list of authors wrapped at the page's width: the next line goes on with the names
# (after a comma, or after a given name cut from its family name), and no co-author on it
# is the first author.
WRAPPED_IEEE = """\
REFERENCES
[1] M. Castellan, P. Okafor, J. Lund, Z. Brandt, A. Varga, J. Hale, M. Devi, S. Quill, G. Irwin,
     M. Isard et al., "Counting herons from low orbit with convolutional networks," in Proc.
     Symposium on Wetland Survey, 2016, pp. 265-283.
[2] Y. Lund, A. Varga, and P. Okafor, "Reed beds as sediment traps: a field study," Wetl. Res.,
     vol. 35, no. 8, pp. 1798-1828, 2013.
"""

WRAPPED_ACM = """\
REFERENCES
Marta Castellan, Paul Okafor, Jianmin Lund, Zhifeng Brandt, Andy Varga, Jeffrey Hale, Matthieu
Devin, Sanjay Quill, Geoffrey Irwin, Michael Isard, et al. 2016. Counting herons from low orbit
with convolutional networks. In Proceedings of the Symposium on Wetland Survey. 265–283.
Yara Lund, Aaron Varga, and Pascal Okafor. 2013. Reed beds as sediment traps: a field study.
Wetland Research 35, 8 (2013), 1798–1828.
"""


@pytest.mark.parametrize("text", [WRAPPED_IEEE, WRAPPED_ACM])
def test_a_list_of_authors_wrapped_onto_the_next_line(text):
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit with convolutional networks"),
        ("Lund", "Reed beds as sediment traps: a field study"),
    }


def test_near_miss_an_entry_after_one_ending_in_its_venue_opens_a_new_entry():
    # the line above ends the entry (a year and a stop): the next line's name opens one
    text = (
        "REFERENCES\n"
        "Marta Castellan and Paul Okafor. 2016. Counting herons from low orbit. Wetl. Res. 3.\n"
        "Lund, Yara, and Aaron Varga. 2013. Reed beds as sediment traps. Wetl. Res. 35.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }


RUN_TOGETHER_STYLES = [
    # ACM: full names, then the year after a stop
    "REFERENCES Marta Castellan, Paul Okafor, and Jianmin Lund. 2016. Counting herons from low "
    "orbit with convolutional networks. In Proceedings of the Symposium on Wetland Survey. "
    "265–283. Yara Lund, Aaron Varga, and Pascal Okafor. 2013. Reed beds as sediment traps: a "
    "field study. Wetland Research 35, 8 (2013), 1798–1828. Tomas Brandt and Edna Quill. 2019. "
    "Winter surveys of pond snails. Pond Science 4, 2 (2019), 11–19.",
    # Springer: Vancouver-like names, the year in brackets without a stop
    "References Castellan M, Okafor P, Lund J (2016) Counting herons from low orbit with "
    "convolutional networks. Wetl Surv 12:265–283 Lund Y, Varga A (2013) Reed beds as sediment "
    "traps: a field study. Wetl Res 35:1798–1828 Brandt T, Quill E (2019) Winter surveys of "
    "pond snails. Pond Sci 4:11–19",
    # Elsevier author-year: the year after a comma
    "References Castellan, M., Okafor, P., Lund, J., 2016. Counting herons from low orbit with "
    "convolutional networks. Wetl. Surv. 12, 265–283. Lund, Y., Varga, A., 2013. Reed beds as "
    "sediment traps: a field study. Wetl. Res. 35, 1798–1828. Brandt, T., Quill, E., 2019. "
    "Winter surveys of pond snails. Pond Sci. 4, 11–19.",
    # AMS: the first name inverted, the others not
    "REFERENCES Castellan, M., P. Okafor, and J. Lund. 2016. Counting herons from low orbit "
    "with convolutional networks. Wetland Survey 12:265–283. Lund, Y., and A. Varga. 2013. "
    "Reed beds as sediment traps: a field study. Wetland Research 35:1798–1828. Brandt, T., "
    "and E. Quill. 2019. Winter surveys of pond snails. Pond Science 4:11–19.",
]


@pytest.mark.parametrize("text", RUN_TOGETHER_STYLES)
def test_entries_of_other_styles_run_into_one_line(text):
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit with convolutional networks"),
        ("Lund", "Reed beds as sediment traps: a field study"),
        ("Brandt", "Winter surveys of pond snails"),
    }


def test_near_miss_prose_citing_authors_and_years_is_no_list():
    text = (
        "Herons have declined for decades across the wetlands of the north, a trend long noted "
        "by field workers. Ana Roe and Ben Moe (2016) counted nests on twelve lakes over five "
        "summers. Cy Poe and Di Lund (2018) found fewer chicks in the colder years. Ed Varga and "
        "Flo Hale (2020) reported that reed cutting had doubled in every region studied so far."
    )
    assert facts(text) == set()


def test_near_miss_a_signature_quoting_sayings_under_a_reference_list():
    # a mail's signature under the post's references: the sender's name, then sayings each
    # with its speaker and year in brackets
    text = (
        ' [1] M. Castellan, "History of the Heron Society," p. 85.\n'
        "\n"
        "\n"
        "Tomas Brandt\n"
        "\n"
        "                           'We walked the shores and reed beds where \n"
        "                            the herons might hide from the boats \n"
        "                            and then went on with the work of counting.'\n"
        "                                                  (Edna Quill - 1919)\n"
        "                           'On Lake Tarn today there no longer lives \n"
        "                            a single Tarn heron.' (Per Lund - 1920)\n"
    )
    assert facts(text) == {("Castellan", "History of the Heron Society")}


def test_an_entry_with_its_editors_in_brackets_after_the_title_is_read():
    text = (
        "References\n"
        "Castellan, M. 'Counting herons from low orbit.' (Eds. Lund, 2016). Wetland Survey.\n"
        "Lund, Y. 'Reed beds as sediment traps.' (Eds. Varga, 2013). Wetland Research.\n"
    )
    assert ("Castellan", "Counting herons from low orbit") in facts(text)


# Chicago's author-date entries run into one line: the first author inverted with a given name
# in full, the year after the names' stop or after the last initial.
@pytest.mark.parametrize(
    "text",
    [
        "References Castellan, Marta, Tom Brandt, and Lea Okafor. 2019. “Counting Herons from "
        "Low Orbit with Convolutional Networks.” Wetland Research 4 (2): 11–19. Lund, Petra, and "
        "Anna Varga. 2020. “Reed Beds as Sediment Traps: A Field Study.” Journal of Pond Science "
        "12 (3): 45–67. Varga, Anna. 2018. “Winter Surveys of Pond Snails.” Snail Notes 7: 1–9.",
        "References Castellan, M., Brandt, T., and Okafor, L. 2019. Counting Herons from Low "
        "Orbit with Convolutional Networks. Wetland Research 4: 11–19. Lund, P., and Varga, A. "
        "2020. Reed Beds as Sediment Traps: A Field Study. Journal of Pond Science 12: 45–67. "
        "Varga, A. 2018. Winter Surveys of Pond Snails. Snail Notes 7: 1–9.",
    ],
)
def test_chicago_author_date_entries_run_into_one_line(text):
    assert {(family, title.lower()) for family, title in facts(text)} == {
        (family, title.lower()) for family, title in THREE
    }


def test_near_miss_a_place_and_a_year_in_a_long_line_of_prose():
    text = (
        "The survey began in spring. Lund, Sweden, and Oslo, Norway. 2019. was the first year "
        "of counts in both places, and the teams met twice. Varga, Anna. 2018. is how the "
        "second volunteer signed the book, and the herons were counted from the shore. " * 2
    )
    assert break_run_together(text) == text


# A page's narrow column cuts an entry after its names and year: the title on the next line
# belongs to the entry.
def test_names_and_year_alone_on_a_line_keep_their_title():
    text = (
        "REFERENCES\n"
        "Castellan, M., Brandt, T., and Okafor, L. (2019).\n"
        "Counting herons from low orbit with\n"
        "convolutional networks. Wetland Research,\n"
        "4(2):11–19.\n"
        "Lund, P. and Varga, A. (2020). Reed beds\n"
        "as sediment traps: a field study. Journal\n"
        "of Pond Science, 12(3):45–67.\n"
        "Varga, A. (2018). Winter surveys of pond\n"
        "snails. Snail Notes, 7:1–9.\n"
    )
    assert facts(text) == THREE


def test_near_miss_names_and_year_before_a_line_of_names():
    from extractors.references.segment import segment

    text = (
        "Castellan, M., Brandt, T., and Okafor, L. (2019).\n"
        "Lund, P. and Varga, A. (2020). Reed beds as sediment traps. J Pond Sci, 12:45–67.\n"
    )
    assert len(segment(text)) == 2


def test_authors_marks_and_footnote_numbers_glued_to_their_names():
    # a PDF's text keeps an author's mark or a footnote's number after the name; and "In" opens
    # the venue after the title, no author's name ("In ICML" read as one was the rule before)
    text = (
        "References\n"
        "[1] Ana Roe∗ and Ben Moe†. Counting herons from low orbit. In ICML, 2019.\n"
        "[2] Per Lund1, Kai Berg2. Reed beds as sediment traps. In NeurIPS, 2020.\n"
    )
    assert facts(text) == {
        ("Roe", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }


def test_near_miss_a_number_inside_a_title_stays():
    text = (
        "References\n"
        "[1] Ana Roe and Ben Moe. Herons and covid19, a field study. In ICML, 2021.\n"
        "[2] Per Lund and Kai Berg. Reed beds as sediment traps. In NeurIPS, 2020.\n"
    )
    assert ("Roe", "Herons and covid19, a field study") in facts(text)


def test_natbib_entries_whose_co_authors_the_labeller_took_for_the_title():
    # given names the labeller does not know: the names before the first stop are no title
    text = (
        "References\n"
        "Mira Castellan, Tomas Brandt, and Lena Okafor. Counting herons from low orbit with "
        "convolutional networks. In International Conference on Machine Learning, pages 12–20, "
        "2019.\n"
        "Per Lund and Anika Varga. Reed beds as sediment traps: a field study. Journal of Pond "
        "Science, 12(3):45–67, 2020.\n"
    )
    assert ("Castellan", "Counting herons from low orbit with convolutional networks") in facts(
        text
    )


def test_near_miss_a_title_of_single_words_joined_by_and_is_no_list_of_names():
    from extractors.references.labeller import _NAMES_ONLY

    assert _NAMES_ONLY.fullmatch("Tomas Brandt, and Lena Okafor.")
    assert not _NAMES_ONLY.fullmatch("Herons, Snails, and Reeds.")


def test_natbib_entries_whose_names_the_labeller_read_all_as_title():
    # the labeller alone (the entry patterns read these too): names it does not know, all
    # labelled as the title's head
    from extractors.references.labeller import read_entry, shipped_labeller

    reading = read_entry(
        shipped_labeller(),
        "Ashish Varga and Noam Okafor. Counting herons from low orbit. In ICML, 2019.",
    )
    assert reading is not None
    assert (reading.family, reading.title) == ("Varga", "Counting herons from low orbit")


def test_near_miss_a_title_of_single_words_and_a_subtitle_names_nobody():
    from extractors.references.labeller import read_entry, shipped_labeller

    entry = "Herons and Snails. A field study of ponds. In ICML, 2019."
    assert read_entry(shipped_labeller(), entry) is None


@pytest.mark.parametrize("heading", ["R E F E R E N C E S", "B I B L I O G R A P H Y"])
def test_a_letter_spaced_heading_heads_two_entries_through_the_pipeline(heading):
    # a PDF's text gives a letter-spaced heading so; two entries of a style read only under a
    # heading (the AMS journals' "Name, A., and B. Name, 2019: Title. Venue, 3, 1–5.")
    text = (
        f"{heading}\n"
        "Castellan, M., and T. Brandt, 2019: Counting herons from low orbit. J. Pond Sci., 3, "
        "12–20.\n"
        "Lund, P., A. Varga, and L. Okafor, 2020: Reed beds as sediment traps. Mon. Pond Rev., "
        "12, 45–67.\n"
    )
    found = {(f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text)}
    assert found == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }


def test_near_miss_letter_spaced_words_that_are_no_heading():
    text = (
        "The sign read R E F E R E N C E S and nothing else.\n"
        "Castellan, M., and T. Brandt, 2019: a walk by the pond. We saw herons, 3, 12.\n"
    )
    assert Extraction(select(["paper_title"])).facts(text) == []


def test_a_vancouver_title_hyphenated_over_a_line_break():
    text = (
        "REFERENCES\n"
        "1. Castellan M, Okafor P. Counting herons from low orbit with convolutional "
        "networks. Wetl Surv. 2016;12:265-83.\n"
        "2. Lund Y, Varga A. Reed sedi-\nments. Wetl Res. 2013;35:1798-828.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit with convolutional networks"),
        ("Lund", "Reed sediments"),
    }


def test_near_miss_a_dash_at_a_line_end_before_a_capital_parts_two_entries():
    text = (
        "REFERENCES\n"
        "1. Castellan M, Okafor P. Counting herons from low orbit -\n"
        "Lund Y, Varga A. Reed beds as sediment traps. Wetl Res. 2013;35:1798-828.\n"
    )
    titles = {title for _, title in facts(text)}
    assert not any("\n" in title or "orbit" in title and "Reed" in title for title in titles)


def test_an_elsevier_name_year_entry_before_an_edited_volume():
    text = (
        "References\n"
        "Castellan, M., Okafor, P., 2016. Counting herons from low orbit, in: Proceedings of "
        "the 3rd Wetland Workshop, pp. 12-19.\n"
        "Lund, Y., Varga, A., 2013. Reed beds as sediment traps: a field study. Wetl. Res. 35, "
        "1798-1828.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps: a field study"),
    }
