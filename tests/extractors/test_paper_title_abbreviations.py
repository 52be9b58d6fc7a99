"""A bare title runs past the stop of an abbreviation inside it: "vs.", "St.", "e.g.", "Dr.",
and "U.S." or "U.K." before a lower-case word; a title that ends on "U.S." still ends there.
And no title opens with an initial ("Karal, E. S.; \"T\""). Invented entries."""

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_abbreviations_inside_titles():
    text = (
        "References\n"
        "Moe, B. (2019). Reed beds vs. open water: A comparison. Pond Press.\n"
        "Poe, C. (2016). Snails of St. Kilda and the outer isles. Sea Press.\n"
        "Roe, A. (2018). Do herons count? Evidence from U.S. wetlands. Journal of Pond "
        "Science, 12(3), 45–67.\n"
    )
    assert facts(text) == {
        ("Moe", "Reed beds vs. open water: A comparison"),
        ("Poe", "Snails of St. Kilda and the outer isles"),
        ("Roe", "Do herons count? Evidence from U.S. wetlands"),
    }


def test_near_miss_a_title_ending_on_an_abbreviation():
    text = (
        "References\n"
        "Lund, K. (2020). Heron counts in the U.S. Journal of Pond Science, 12(3), 45–67.\n"
        "Vik, T. (2017). Reed beds and open water. Pond Press.\n"
    )
    assert ("Lund", "Heron counts in the U.S") in facts(text)


def test_initials_before_a_semicolon_open_no_title():
    text = (
        "Sources:\n"
        'Akin, I.; "Reed Beds of the Delta," (Leeds, 1983).\n'
        'Karal, E. S.; "Herons of the Delta," V. V (1983, 4th ed.); V. VI (1976).\n'
    )
    assert ("Karal", "Herons of the Delta") in facts(text)
    assert all(not title.startswith("S.") for _, title in facts(text))


def test_apa_notes_in_brackets_after_a_title_are_no_part_of_it():
    # "(Vol. 2)", "(pp. 12–20)": the stop of the note's abbreviation had cut the title there,
    # leaving "(Vol"; "[Unpublished manuscript]": a description of the work
    text = (
        "References\n"
        "Moe, B. (2019). Reed beds and open water (Vol. 2). Pond Press.\n"
        "Poe, C. (2016). Snails of the outer isles: A field guide (pp. 12–20). Sea Press.\n"
        "Roe, A. (2018). Herons in winter [Unpublished manuscript]. Department of Biology, "
        "University of Leeds.\n"
    )
    assert facts(text) == {
        ("Moe", "Reed beds and open water"),
        ("Poe", "Snails of the outer isles: A field guide"),
        ("Roe", "Herons in winter"),
    }


def test_near_miss_a_bracket_that_is_the_titles_own():
    text = (
        "References\n"
        "Moe, B. (2019). Reed beds and open water (RBOW). Pond Press.\n"
        "Roe, A. (2018). Herons in winter [the 1962 survey revisited]. Pond Review, 3, 12–20.\n"
    )
    assert facts(text) == {
        ("Moe", "Reed beds and open water (RBOW)"),
        ("Roe", "Herons in winter [the 1962 survey revisited]"),
    }


def test_apa6_notes_on_a_works_kind_and_an_edition_are_no_part_of_the_title():
    text = (
        "References\n"
        "Moe, B. (2019). Reed beds and open water (Doctoral dissertation). University of Leeds.\n"
        "Poe, C. (2016). Snails of the outer isles (Master's thesis, University of Hull). "
        "Retrieved from ProQuest.\n"
        "Roe, A. (2018). Herons in winter (Technical Report No. 12). Pond Institute.\n"
        "Lund, P. (2017) Sediment in ponds, 2nd edn. Pond Press, Leeds.\n"
    )
    assert facts(text) == {
        ("Moe", "Reed beds and open water"),
        ("Poe", "Snails of the outer isles"),
        ("Roe", "Herons in winter"),
        ("Lund", "Sediment in ponds"),
    }


def test_near_miss_a_bracket_of_the_titles_own_words():
    text = (
        "References\n"
        "Moe, B. (2019). Reed beds and open water (a second look). Pond Press.\n"
        "Roe, A. (2018). Herons in winter (Ardea cinerea). Pond Review, 3, 12–20.\n"
    )
    assert facts(text) == {
        ("Moe", "Reed beds and open water (a second look)"),
        ("Roe", "Herons in winter (Ardea cinerea)"),
    }


def test_a_reports_number_in_brackets_is_no_part_of_the_title():
    text = (
        "References\n"
        "Okafor, N. (2014). Heron counts, 1990–2010 (Report No. 12). Pond Trust.\n"
        "Varga, A. (2011). Wetland birds of the plain (NCES Publication No. 2011-015). "
        "Bird Office.\n"
    )
    assert facts(text) == {
        ("Okafor", "Heron counts, 1990–2010"),
        ("Varga", "Wetland birds of the plain"),
    }


def test_near_miss_a_bracket_in_a_title_that_is_no_reports_number():
    text = "References\nOkafor, N. (2014). Counting herons (and egrets). Pond Trust.\n"
    assert facts(text) == {("Okafor", "Counting herons (and egrets)")}


def test_numbered_book_entries_of_nature_and_acs_styles():
    # a list's number before "Family, I. Title (Publisher, Year)." kept the labeller from
    # reading any field
    text = (
        "References\n\n"
        "1. Okafor, N., Lund, P. & Varga, A. Heron counts at dawn. Ibis 12, 45–60 (2019).\n"
        "2. Varga, A. The Heron and the Marsh (Univ. Leeds Press, 2018).\n"
        "(3) Lund, P. Sediment in Ponds; Pond Press: Leeds, 2017.\n"
    )
    assert facts(text) == {
        ("Okafor", "Heron counts at dawn"),
        ("Varga", "The Heron and the Marsh"),
        ("Lund", "Sediment in Ponds"),
    }


def test_near_miss_a_numbered_note_that_opens_with_no_family_name_and_initials():
    text = "Notes\n\n2. Fritz Müller applied this principle to butterflies (see Appendix II).\n"
    assert facts(text) == set()
