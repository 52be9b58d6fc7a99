"""A list of works in the explicit form '"Title" by Name,' with the publisher, place and year
on the next line, its items numbered with or without a space after the number
('2."Tide Country, A Personal Story" by Ana Roe,'): the quoted title whole (a comma inside it
is no end of names), the name after "by" the author. Near-misses: one such item alone in prose
is no list; names read inside a quote that closes after the title are no names. Invented
items in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.labeller import Reading
from extractors.references.reader import _names_inside_quoted_title, _quoted_title_by

LIST = (
    "SOURCES ON THE HERONS OF THE NORTH\n\n"
    '1. "The Herons of the Fjord" by Sunniva Aas,\n   Fjord Press, Bergen, 1922\n\n'
    '2."Tide Country, A Personal Story" by Halvard Lindqvist,\n   Crown Books, Oslo, 1952\n\n'
    '3."Wind Over the Sea Ice" by Kari Moe,\n   Polar Press, Tromso, 1961\n'
)


def titles(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def test_a_numbered_list_of_quoted_titles_by_their_authors():
    assert titles(LIST) == [
        ("Aas", "The Herons of the Fjord"),
        ("Lindqvist", "Tide Country, A Personal Story"),
        ("Moe", "Wind Over the Sea Ice"),
    ]
    reading = _quoted_title_by('2."Tide Country, A Personal Story" by Halvard Lindqvist,')
    assert reading is not None and (reading.family, reading.title) == (
        "Lindqvist",
        "Tide Country, A Personal Story",
    )


def test_the_name_ends_on_a_word_not_on_its_initial():
    reading = _quoted_title_by('"Tide Tables Are Public," by Halvard K. Lindqvist from the Post')
    assert reading is not None and reading.family == "Lindqvist"
    # (and takes the particles of the family name, apart or joined)
    joined = _quoted_title_by('"Tide Tables" by Kari vanBerg; reprinted from the Post')
    assert joined is not None and joined.family == "vanBerg"
    apart = _quoted_title_by('"Tide Tables" by Kari van der Berg, Fjord Press')
    assert apart is not None and apart.family == "van der Berg"


def test_near_miss_one_such_item_in_prose():
    text = 'We listened to "Tide Country" by Halvard Lindqvist, a hit in Oslo in 1952.'
    assert titles(text) == []
    assert _quoted_title_by(text) is None


def test_near_miss_names_read_inside_a_quote_closing_after_the_title():
    entry = '2."Tide Country, A Personal Story" by Halvard Lindqvist,'
    inside = Reading("Country", "A Personal Story", 16, 32, 0, 0.6)
    assert _names_inside_quoted_title(inside, entry)
    outside = Reading("Lindqvist", "Tide Country, A Personal Story", 3, 33, 38, 0.9)
    assert not _names_inside_quoted_title(outside, entry)


def test_near_miss_a_list_introduced_as_films_segments():
    text = (
        "Eleven directors shot a short film each about the harbour. Here's how I rank the "
        'segments:<br /><br />1. "Harbour Lights", by Sunniva Aas<br /><br />Quiet and lovely, '
        'shot in 1952.<br /><br />2. "Grey Tide", by Halvard Lindqvist<br /><br />Too long.'
        '<br /><br />3. "Wind Over the Ice", by Kari Moe<br /><br />Charming, 1961.'
    )
    assert titles(text) == []
