"""Text laid out in two columns side by side (a PDF's text with its layout kept): each column
is read apart, and the facts keep their places in the text. Invented text in the general form
of such a page, with near-misses: a table parted by spaces, code with aligned comments and
plain prose are read as they are."""

from auditor.columns import column_views, readings
from auditor.extraction import Extraction
from auditor.profile import Profile
from auditor.scan import _profiled_facts
from extractors.base import select

# A numbered reference list in two columns, each entry wrapped with an indent.
NUMBERED = """References

[1] J. Roe, A. Moe, Sparse codes for natural          [4] L. Vos, Robust estimation of mixing
    images, Pattern Recognit. 43 (2010) 1-10.             times, Ann. Probab. 7 (2015) 1-20.
[2] K. Lund, Graph kernels revisited, J. Mach.        [5] R. Pal, S. Kim, Low-rank tensor
    Learn. Res. 12 (2011) 100-120.                        completion, SIAM J. Optim. 9 (2016) 3-9.
[3] M. Ortiz, T. Lee, P. Wong, Fast approximate       [6] H. Olsen, Stochastic gradient methods
    nearest neighbours, Neural Comput. 40 (2009)          revisited, Math. Program. 5 (2017) 1-30.
    33-45.
"""

# An author-year list in two columns, hanging indents, the heading over the left column only.
AUTHOR_YEAR = """REFERENCES                                            Vos, L. (2015). Robust estimation of
                                                        mixing times. Annals of Probability,
Roe, J., & Moe, A. (2010). Sparse codes for             7(2), 1-20.
  natural images. Pattern Recognition, 43, 1-10.      Pal, R., & Kim, S. (2016). Low-rank
Lund, K. (2011). Graph kernels revisited. Journal       tensor completion. SIAM Journal on
  of Machine Learning Research, 12, 100-120.            Optimization, 9, 3-9.
"""

TITLES = {
    ("Roe", "Sparse codes for natural images"),
    ("Lund", "Graph kernels revisited"),
    ("Ortiz", "Fast approximate nearest neighbours"),
    ("Vos", "Robust estimation of mixing times"),
    ("Pal", "Low-rank tensor completion"),
    ("Olsen", "Stochastic gradient methods revisited"),
}


def extraction(relations):
    return Extraction(select(relations))


def papers(text):
    return extraction(["paper_title"]).facts(text)


def test_a_numbered_list_in_two_columns_reads_each_entry_whole():
    assert {(f.subject, f.value) for f in papers(NUMBERED)} == TITLES


def test_an_author_year_list_in_two_columns_reads_each_entry_whole():
    expected = {t for t in TITLES if t[0] in ("Roe", "Lund", "Vos", "Pal")}
    assert {(f.subject, f.value) for f in papers(AUTHOR_YEAR)} == expected


def test_facts_of_the_right_column_keep_their_place_in_the_text():
    starts = {f.subject: f.start for f in papers(NUMBERED)}
    # each fact starts at its own entry: the right column's entries after the gutter
    assert NUMBERED[starts["Vos"] :].startswith("[4] L. Vos")
    assert NUMBERED[starts["Olsen"] :].startswith("[6] H. Olsen")
    assert NUMBERED[starts["Roe"] :].startswith("[1] J. Roe")


def test_lives_in_two_columns_of_prose():
    text = (
        "Ilse Varga was born on 3 June 1902 in         The committee met in 1950 and again in\n"
        "Sopron. She studied piano in Vienna and       1955. Its chair, Tom Hale, was born on 4\n"
        "later taught in Budapest for thirty           May 1910 and died on 5 June 1980 in\n"
        "years, most of them at the academy.           Leeds, where he is buried.\n"
    )
    found = extraction(["birth_date", "death_date"]).facts(text)
    assert sorted((f.relation, f.subject, f.value) for f in found) == [
        ("birth_date", "Ilse Varga", "1902-06-03"),
        ("birth_date", "Tom Hale", "1910-05-04"),
        ("death_date", "Tom Hale", "1980-06-05"),
    ]


def test_near_miss_a_table_parted_by_spaces_is_no_pair_of_columns():
    text = (
        "Name                 Born                 Died\n"
        "Ilse Varga           3 June 1902          27 January 1961\n"
        "Tom Hale             4 May 1910           5 June 1980\n"
        "Ann Lowe             6 July 1920          7 August 1990\n"
    )
    assert column_views(text) is None
    found = extraction(["birth_date"]).facts(text)
    assert len(found) == 3


def test_near_miss_a_markdown_table_with_padded_cells_is_read_as_it_is():
    text = (
        "| Author(s) | Title |\n"
        "|---|---|\n"
        "| Ilse Varga and Tom Hale             | Adaptive routing of delivery fleets |\n"
        "| Ann Lowe                            | Learning soil moisture from images |\n"
        "| Ken Moe, Jane Roe and Piet Vos      | Scheduling shared kitchens fairly |\n"
    )
    assert column_views(text) is None


def test_near_miss_code_with_aligned_comments_is_read_as_it_is():
    text = (
        "def born(person):        # the day a person was born, as a date\n"
        "    return person.birth  # for example the third of June\n"
        "def died(person):        # the day a person died, as a date\n"
        "    return person.death  # for example the fifth of June\n"
    )
    assert column_views(text) is None


def test_near_miss_prose_is_its_own_reading():
    text = "Tom Hale was born on 4 May 1910.   He died on 5 June 1980."
    assert [r.text for r in readings(text)] == [text]


def test_the_profiled_scan_reads_the_columns_as_the_scan_does():
    both = extraction(None)
    for text in (NUMBERED, AUTHOR_YEAR):
        assert _profiled_facts(both, text, Profile()) == both.facts(text)


# A numbered Vancouver list whose fourth entry runs on from the foot of the left column to the
# head of the right, as a page breaks a column mid-entry (mid-sentence: where the left column's
# foot ends a sentence, the break between the columns stays one).
_LEFT = [
    "1. Halvorsen I, Brandt T. Tidal mixing in",
    "shallow fjords. J Estuar Res. 1998;4:1-20.",
    "2. Okonkwo C, Moe D, Lund P. Sediment plumes",
    "after spring floods. J Hydrol. 2004;31:1-20.",
    "3. Vale K. Lichens on the northern shore. Arct",
    "Bot. 2009;7:55-61.",
    "4. Vasquez R. Counting herons from low",
]
_RIGHT = [
    "orbit. Remote Sens Lett. 2011;12:3-9.",
    "5. Lindqvist A. Salt roads of the northern",
    "marshes. Marsh Lett. 2015;3:11-19.",
    "6. Tull P, Roe A. Salt marsh birds in winter.",
    "Bird Study. 2017;8:40-48.",
    "",
    "",
]
RUN_ON = (
    "References\n"
    + "\n".join(f"{a:<48}   {b}".rstrip() for a, b in zip(_LEFT, _RIGHT, strict=True))
    + "\n"
)


def test_the_columns_read_one_after_the_other_as_a_page_is_read():
    (reading,) = readings(RUN_ON)
    assert reading.text.splitlines() == ["References", *_LEFT, *(b for b in _RIGHT if b)]
    # each line of the reading stands where it does on the page
    for offset, line in zip(reading.line_starts, reading.text.split("\n"), strict=True):
        at = reading.original(offset)
        assert RUN_ON[at : at + len(line)] == line


def test_an_entry_across_the_column_break_reads_whole():
    assert {(f.subject, f.value) for f in papers(RUN_ON)} == {
        ("Halvorsen", "Tidal mixing in shallow fjords"),
        ("Okonkwo", "Sediment plumes after spring floods"),
        ("Vale", "Lichens on the northern shore"),
        ("Vasquez", "Counting herons from low orbit"),
        ("Lindqvist", "Salt roads of the northern marshes"),
        ("Tull", "Salt marsh birds in winter"),
    }
    # every fact stands inside the page's text, its end after its start
    assert all(0 <= f.start < f.end <= len(RUN_ON) for f in papers(RUN_ON))


def test_near_miss_a_column_break_between_entries_stays_a_break():
    # the left column's foot ends its entry with a stop: the right column's head, a heading's
    # blank line beside it, opens another, and the blank line between them stays
    left = [
        "References",
        "Halvorsen, I. (1998). Tidal mixing in shallow",
        "fjords. Journal of Estuaries, 4, 1-20.",
        "Okonkwo, C. (2004). Sediment plumes after",
        "spring floods. Journal of Hydrology, 31, 1-20.",
    ]
    right = [
        "",
        "Vasquez, R. (2011). Counting herons from low",
        "orbit. Remote Sensing Letters, 12, 3-9.",
        "Lindqvist, A. (2015). Salt roads of the",
        "northern marshes. Marsh Letters, 3, 11-19.",
    ]
    page = "\n".join(f"{a:<48}   {b}".rstrip() for a, b in zip(left, right, strict=True)) + "\n"
    (reading,) = readings(page)
    assert "Journal of Hydrology, 31, 1-20.\n\nVasquez, R. (2011)" in reading.text
