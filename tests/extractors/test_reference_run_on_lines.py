"""Reference lists whose line breaks a PDF's text lost, read an entry at a time by every
reading (an entry's authors open at its number, not at a later author before "et al."), and a
series' volume abbreviated after the title ("…, vol. 2. Publisher") kept out of the title.
Invented entries in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.normalize import clean_title


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_run_on_numbered_entries_keep_each_entrys_first_author():
    text = (
        "REFERENCES\n"
        '[1] K. Arnsberg, L. Toll, and M. Wey, "Tracing requirements to code," Springer, '
        '2011. [2] B. Osei and C. Lund, "Recovering links between documents and source files '
        'with latent topics," in Proc. ICSE, 2004, pp. 11-19. [3] D. Varga, E. Ilic, F. Noor '
        'et al., "Retrieval-augmented generation for traceability," in NeurIPS, 2021.'
    )
    assert papers(text) == [
        ("Arnsberg", "Tracing requirements to code"),
        ("Osei", "Recovering links between documents and source files with latent topics"),
        ("Varga", "Retrieval-augmented generation for traceability"),
    ]


def test_near_miss_numbers_out_of_order_stay_one_line():
    # "[1] … [3] …" goes up by two: no list run together, the line is left as it is
    text = (
        '[1] K. Arnsberg and M. Wey, "Tracing requirements to code," Springer, 2011. See also '
        "[3] for the survey and [7] for the tool, which the authors describe at length."
    )
    assert papers(text) == [("Arnsberg", "Tracing requirements to code")]


def test_a_books_volume_after_the_title_is_cut():
    text = (
        "References\n\n"
        "[1] Arnsberg, K., Toll, L.: Tracing Requirements to Code, vol. 2. Springer (2011)\n"
        "[2] Osei, B., Lund, C.: Recovering links with latent topics. In: ICSE (2004)\n"
    )
    assert papers(text) == [
        ("Arnsberg", "Tracing Requirements to Code"),
        ("Osei", "Recovering links with latent topics"),
    ]


def test_near_miss_a_volume_or_an_edition_written_out_is_the_titles():
    assert clean_title("Pride, Prejudice, and Volume") == "Pride, Prejudice, and Volume"
    assert clean_title("Tracing Requirements, Volume 2") == "Tracing Requirements, Volume 2"
    assert clean_title("Tracing Requirements, Second Edition") == (
        "Tracing Requirements, Second Edition"
    )


def test_an_abbreviated_journal_after_a_comma_before_its_volume():
    text = (
        "Castellan, M., Brandt, T.  Counting herons from low orbit, Wetl. Res. 36, No. 3, 11-19 "
        "(2021).\n\n"
        "Lund, P., Varga, A.  Reed beds as sediment traps, J. Pond Sci. 5, 1-9 (2022).\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    ]


def test_near_miss_a_title_whose_comma_joins_words_of_its_own():
    text = "Lund, P., Varga, A.  Rivers, Lakes and Seas. 2, 1-9 (2022).\n"
    assert papers(text) == [("Lund", "Rivers, Lakes and Seas")]


def test_line_block_entries_with_a_lower_case_subtitle_after_a_question():
    text = (
        "| Castellan, M. and Lund, P.: Is a heron a crane? notes on wading birds (1994)\n"
        "| Accessed 2018-04-20 from\n"
        "| https://example.org/herons.pdf\n"
    )
    assert papers(text) == [("Castellan", "Is a heron a crane? notes on wading birds")]


def test_near_miss_a_venue_after_the_question_is_no_subtitle():
    text = "| Castellan, M. and Lund, P.: Is a heron a crane? Journal of Wading Birds 3 (1994)\n"
    assert papers(text) == [("Castellan", "Is a heron a crane?")]


def test_full_names_and_the_year_in_brackets_inside_a_link():
    text = (
        "- [Mira Castellan, Tomas Brandt, and Peter Lund (2024). Counting Herons from Low "
        "Orbit.](https://example.org/abs/2401)\n"
    )
    assert papers(text) == [("Castellan", "Counting Herons from Low Orbit")]


def test_full_names_with_middle_initials_before_a_quoted_title():
    text = (
        "Readings:\n\n"
        '-   Mira K. Castellan and Tomas P. Brandt, "Counting Herons from Low Orbit," *Wetland '
        "Letters* 72, no. 1 (2018): 2--10.\n"
    )
    assert papers(text) == [("Castellan", "Counting Herons from Low Orbit")]


def test_near_miss_initials_after_a_word_in_prose_still_open_the_authors():
    text = (
        'For the full argument see A. Castellan, B. Brandt and N. Lund, "Can herons be counted '
        'from orbit?", Wetl. Rev. 47, 777 (1935).\n'
    )
    assert papers(text) == [("Castellan", "Can herons be counted from orbit?")]


def test_an_abbreviated_journal_and_its_date_after_the_question_are_no_subtitle():
    text = (
        "References\n1. Castellan M, Lund P. Why do herons fly at dusk? Wetl Birds. "
        "2020;31:1-20.\n2. Lund P. Is a heron a crane? Ornis Scand. 2019 Mar;12(4):3-9.\n"
    )
    assert papers(text) == [
        ("Castellan", "Why do herons fly at dusk?"),
        ("Lund", "Is a heron a crane?"),
    ]


def test_a_lower_case_subtitle_after_the_question_before_a_vancouver_date_stays():
    text = (
        "References\n1. Castellan M. Is a heron a crane? a field study. Wetl Birds. 2020;31:1-20.\n"
    )
    assert papers(text) == [("Castellan", "Is a heron a crane? a field study")]


def test_run_on_lncs_entries_each_closed_by_its_bracketed_year():
    # Springer's LNCS: names end with a colon, an entry ends with "(2019)" and no stop
    text = (
        "References\n"
        "Arnsberg, K., Toll, L.: Tracing requirements to code. In: Proc. RE, pp. 11–19 (2011) "
        "Osei, B.: Recovering links between documents and source files. Empir. Softw. Eng. "
        "9(2), 1–30 (2004) Varga, D., Ilic, E., Noor, F.: Retrieval for traceability. "
        "In: Proc. ICSE, pp. 5–9 (2021)"
    )
    assert papers(text) == [
        ("Arnsberg", "Tracing requirements to code"),
        ("Osei", "Recovering links between documents and source files"),
        ("Varga", "Retrieval for traceability"),
    ]


def test_near_miss_a_bracketed_year_in_prose_before_a_name_and_colon():
    text = (
        "The method (2019) Arnsberg, K.: see the talk. It was reused (2020) Osei, B.: see the "
        "notes. Later work (2021) Varga, D.: see the slides."
    )
    assert papers(text) == []
