"""Footnotes of transcribed books and the entries they hold: a title-first entry whose journal
is abbreviated in lower-case words after it ('"Über die Reiher …" Verh. zool. Ges. 1862.') has
no author there (the labeller read "Ges" as one); a name in natural order ends at a full
word's stop, the venue after it no part of the name ('"Title." Ana Roe. Ocean Science, 2019.'
was read as by "Science"); a form of address is no family name ("[For Mr. B. K. Lund's notes
…, see …]" read as by "For Mr"); a transcriber's "[Footnote 65: …]" mark is no part of the
entry's title. Near-misses: a particle in a name ("Sunniva v. Aas"), a plain family name, an
entry inside a footnote mark. Invented footnotes in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.paper_title import _family_word
from extractors.references.labeller import Reading, read_entry, shipped_labeller
from extractors.references.names import first_author_family
from extractors.references.reader import _venue_read_as_authors


def titles(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def test_a_journal_abbreviated_in_lower_case_words_is_no_author():
    entry = (
        "    “Über die Reiher des Fjords und ihre Wanderungen im Herbst.” Verh. zool. Ges. 1862."
    )
    reading = read_entry(shipped_labeller(), entry)
    assert reading is not None and reading.family == "Ges"
    assert _venue_read_as_authors(reading, entry)


def test_the_abbreviation_after_the_family_read_there_too():
    # (the labeller may take the journal's first word alone for the name: "Verh.")
    entry = "    “Über die Reiher des Fjords.” Verh. zool. Ges. 1862. Vol. iii. p. 3."
    reading = Reading("Verh", "Über die Reiher des Fjords", 4, 32, 34, 0.9)
    assert _venue_read_as_authors(reading, entry)


def test_near_miss_a_particle_in_a_name_after_the_title():
    entry = "    “Notes on the herons of the fjord.” Sunniva v. Aas. Ocean Science, 2019."
    reading = read_entry(shipped_labeller(), entry)
    assert reading is not None and not _venue_read_as_authors(reading, entry)


def test_a_name_in_natural_order_ends_at_a_full_words_stop():
    assert first_author_family("Sunniva Aas. Ocean Science,") == "Aas"
    assert first_author_family("S. Aas. Ocean Science,") == "Aas"
    text = "References\n1. “Notes on the herons of the fjord.” Sunniva Aas. Ocean Science, 2019.\n"
    assert titles(text) == [("Aas", "Notes on the herons of the fjord")]


def test_near_miss_initials_and_suffixes_keep_the_name_going():
    assert first_author_family("J. R. R. Tolkien") == "Tolkien"
    assert first_author_family("Martin L. King Jr.") == "King"
    assert first_author_family("Geo. Washington Carver") == "Carver"


def test_a_form_of_address_is_no_family_name():
    assert not _family_word("For Mr")
    assert not _family_word("Dr")
    assert _family_word("Lund") and _family_word("Mrsic")


def test_a_transcribers_footnote_mark_is_no_part_of_the_title():
    text = (
        "[Footnote 64: See letter from Mr. Ola Vik, _Bergen Weekly Chronicle_,\n"
        "October 20, 1921.]\n\n"
        "[Footnote 65: The Notes embodying this treaty are quoted in Moe,\n"
        "_Fjord Policies_, Lund & Aas, 1920, pp. 141-2.]\n"
    )
    assert titles(text) == []


def test_near_miss_an_entry_inside_a_footnote_mark():
    text = (
        "[Footnote 12: Aas, S. (2019). Tidal mixing in narrow fjords. Ocean Dynamics, 69, 1-12.]"
        "\n\n[Footnote 13: Lindqvist, H. (2020). Wind over sea ice. Polar Research, 40, 3-9.]\n"
    )
    assert titles(text) == [
        ("Aas", "Tidal mixing in narrow fjords"),
        ("Lindqvist", "Wind over sea ice"),
    ]
