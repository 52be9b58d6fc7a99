"""Words read as a first author that name none: a place opening a sentence ("In Canada, "Show"
is broadcast"), actors of a film ("Roe and Moe starred in "Film""), the nations that made a
film ("(Irish-French-Belgian, 2009)"), a month's names glued by a doubled hyphen in a numbered
glossary. Invented text in the general form of each, with the author's form beside it."""

import pytest

from auditor.extraction import Extraction
from extractors import paper_title
from extractors.base import select


def papers(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def test_near_miss_a_place_opening_a_line_before_a_quoted_title():
    text = (
        'Currently as at May 2016 "Harbour Lane" is shown on weeknights at 19:30 EST. Episodes '
        "on UKTV are now about two weeks behind the UK. Nine broadcast old episodes daily on 9Go "
        'until June 2016.\nIn Canada, "Harbour Lane" is broadcast on CBC Television.'
    )
    assert papers(text) == []


def test_an_entry_by_a_surname_then_a_quoted_title():
    text = (
        "Further reading\n"
        'Lindqvist, "Counting Cranes at Dusk", Journal of Wader Studies, 2016.\n'
        'Okafor, "Reed Beds as Sediment Traps", Pond Science, 2019.\n'
    )
    assert ("Lindqvist", "Counting Cranes at Dusk") in papers(text)


def test_near_miss_actors_who_starred_in_a_film():
    text = (
        'Roe starred in Ken Lund\'s "Harbour" (1995), in which he and Ana Moe appeared '
        'on-screen together for the first time (though both Roe and Moe starred in "The Long '
        'Road Home", they did not share any scenes).'
    )
    assert papers(text) == []


def test_authors_who_argued_in_a_paper():
    text = 'As Lindqvist and Okafor (2016) argued in "Counting Cranes at Dusk", flocks split.'
    assert papers(text) == [("Lindqvist", "Counting Cranes at Dusk")]


def test_near_miss_the_nations_that_made_a_film():
    text = (
        'Features such as "The Triplets of Belleville" (France, 2003), and "The Secret of '
        'Kells" (Irish-French-Belgian, 2009) were praised.'
    )
    assert papers(text) == []


def test_a_double_barrelled_name_in_the_citation():
    text = 'The estimator of "Counting Cranes at Dusk" (Lindqvist-Okafor, 2016) is used here.'
    assert papers(text) == [("Lindqvist-Okafor", "Counting Cranes at Dusk")]


def test_near_miss_a_numbered_glossary_of_months():
    text = (
        '1. JANUARY--Icelandic, _Morsugr_, "fatsucker;" Anglo-Saxon, _Aeftera Giuli_, from the '
        "turning of the sun.\n\n"
        "2. FEBRUARY--Icel., _Thorri_; A. S., _Sol monath_, from offerings made to the sun; "
        "O. D., _Blidemaaned_.\n\n"
        "3. MARCH--Icel., _Goi_; A. S., _Hreth monath_, from the goddess Hretha; O. D., "
        "_Tormaaned_.\n"
    )
    assert papers(text) == []


def test_near_miss_short_titles_after_possessives_name_works_of_art():
    text = (
        'Mazes grew popular in land art (Roe, 1999): Ken Lund\'s "Reed Cabinet" (1970), Ana '
        'Moe\'s "Pond Maze" (1975) and Ines Varga\'s "Heron Walk" (1978) were all built outside.'
    )
    assert papers(text) == []


def test_a_longer_title_after_a_possessive_in_academic_prose():
    text = (
        'Smoothing has a long history (Katz, 1987). Lindqvist\'s "Counting Cranes at Dusk" '
        "remains the standard comparison."
    )
    assert papers(text) == [("Lindqvist", "Counting Cranes at Dusk")]


def test_near_miss_sentence_adverbs_where_a_surname_would_stand():
    # a review's "Overall, "Film" is only worth a look …" read in an entry's form
    text = (
        "Further reading\n"
        'Overall, "Counting Cranes at Dusk", Journal of Wader Studies, 2016.\n'
        'Ultimately, "Reed Beds as Sediment Traps", Pond Science, 2019.\n'
    )
    assert papers(text) == []


def test_near_miss_an_adjective_of_nationality_before_a_role():
    text = (
        'In his article "We Are All Planners Now", British historian and Lindqvist Professor '
        "Ana Roe argued the point."
    )
    assert papers(text) == []


def test_a_family_name_that_is_also_an_adjective_of_nationality():
    text = 'In his article "We Are All Planners Now", Ken French argued the point in 2009.'
    assert papers(text) == [("French", "We Are All Planners Now")]


def test_near_miss_a_title_followed_by_its_own_author():
    text = (
        'Influences included "The Lion, The Moon and The Stove" by C.S. Roe, "The Little '
        'White Heron" by Ana Moe, and "Mandy" by Ken Lund.'
    )
    assert papers(text) == []


def test_near_miss_a_publisher_named_company_before_a_page_count():
    text = (
        '"Men Are Like That" by Leonard Ramsden Roe. The Bobbs-Moe\n'
        "Company, Indianapolis (1926). (305 pages). \n(Memoirs of an officer.)\n"
    )
    assert papers(text) == []


def test_an_ieee_entry_with_words_after_its_title():
    text = 'References\n[1] A. Roe, "Counting cranes at dusk," by hand, J. Pond Sci., 2019.\n'
    assert papers(text) == [("Roe", "Counting cranes at dusk")]


def test_near_miss_people_listed_with_their_years_in_brackets():
    # a line of names alone, as a roster or a caption gives them
    assert papers("Ruben Ostrow (1931), Tom Keller (1950).") == []


def test_a_reference_whose_title_opens_with_a_name_is_kept():
    text = "References\nOstrow, R. (1931). Tom Keller and the river trade. Ohio History, 3, 1-20."
    assert papers(text) == [("Ostrow", "Tom Keller and the river trade")]


def test_quotations_in_a_support_list_are_no_titles():
    # a long one in the first person ("I've had …, so a +1 from me") is a quotation, and a
    # role's words ("a core Python developer") are no family name
    text = (
        "Support\n"
        "=======\n"
        "\n"
        "* **Kari Lund**, a core Python developer: \"I've had our local build\n"
        "  and packaging team complain about having to open every single file in\n"
        "  a shared network folder for details that are already stored in the\n"
        "  directory entry, so a definite +1 from me, as long as it exposes\n"
        '  those details."\n'
        "  [`source1 <http://bugs.example.org/issue101>`_]\n"
        "\n"
        "* **Ben Moe**, a core Python developer, supports the change enough to\n"
        "  have spent time rewriting and greatly speeding up its C extension\n"
        "  module.\n"
        "  [`source2 <https://example.org/walker>`_]\n"
        "\n"
        '* **Ole Vik**, a core Python developer: "+1 for something\n'
        '  like walkdir()"\n'
        "  [`source3 <https://lists.example.org/2012-May/0101.html>`_]\n"
        "  and \"Yes! I'd like to see the feature in 3.4 so I can drop my\n"
        '  own workaround from our code."\n'
        "  [`source4 <http://bugs.example.org/issue101>`_]\n"
    )
    assert papers(text) == []


def test_near_miss_a_family_name_with_lower_case_particles_stays():
    text = (
        "References\n"
        "van der Linden, K. (2019). Tidal mixing in shallow fjords. Journal of Coastal "
        "Waters, 12(3), 45-67.\n"
        "de la Cruz, A. (2020). Sediment plumes after spring floods. Hydrology Review, "
        "8(1), 1-19.\n"
    )
    assert papers(text) == [
        ("de la Cruz", "Sediment plumes after spring floods"),
        ("van der Linden", "Tidal mixing in shallow fjords"),
    ]


@pytest.mark.parametrize(
    ("title", "speech"),
    [
        (
            "I've had our build team complain about opening every file twice, so a definite "
            "+1 from me, as long as it keeps the old call",
            True,
        ),
        ("What I Talk About When I Talk About Running", False),  # short: a title
        (
            "A long title about tidal mixing and winter stratification in the shallow fjords "
            "of the western coast and beyond",
            False,  # long, but nobody speaks
        ),
    ],
)
def test_a_long_title_in_the_first_person_reads_as_speech(title, speech):
    assert paper_title._long_speech(title) is speech


@pytest.mark.parametrize(
    ("family", "particles"),
    [("van der Linden", True), ("de la Cruz", True), ("a core Python", False), ("is DES", False)],
)
def test_a_lower_case_family_name_opens_with_particles_only(family, particles):
    assert paper_title._opens_with_particles(family) is particles
