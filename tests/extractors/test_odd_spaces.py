"""Text whose spaces are not U+0020 or whose words hold invisible characters: no-break spaces
that pages keep between a day and its month or inside a name (HTML's ``&nbsp;`` saved as a
character), thin and narrow spaces from typesetting, soft hyphens and zero-width spaces inside
words; and a document that is one JSON object holding its text, whose wrapper comes out. Read as
the plain text they show, with offsets into the original. Invented examples, with near-misses."""

import pytest

from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from extractors.base import select

NBSP, THIN, NARROW, SOFT_HYPHEN, ZWSP = "\u00a0", "\u2009", "\u202f", "\u00ad", "\u200b"


def facts(text):
    return sorted((f.relation, f.subject, f.value) for f in Extraction(select(None)).facts(text))


def test_a_memorial_heading_with_no_break_spaces_in_its_dates():
    text = (
        "In loving memory\n\n"
        f"Edith{NBSP}Rose{NBSP}Calder{NBSP}(Edie)\n"
        f"3rd{NBSP}March{NBSP}1941{NBSP}–{NBSP}9th{NBSP}April{NBSP}2018\n"
        "Service at St Mary's Church\n"
    )
    assert facts(text) == [
        ("birth_date", "Edith Rose Calder", "1941-03-03"),
        ("death_date", "Edith Rose Calder", "2018-04-09"),
    ]
    # the same heading with plain spaces reads the same: the space is the only change
    assert facts(text.replace(NBSP, " ")) == facts(text)


def test_a_spanish_birth_line_with_no_break_and_thin_spaces():
    text = (
        f"Gabriela Soto\nNació{NBSP}el{NBSP}12{THIN}de{NARROW}julio{NBSP}de{NBSP}1904 en Parral.\n"
    )
    assert facts(text) == [("birth_date", "Gabriela Soto", "1904-07-12")]


def test_a_soft_hyphen_and_a_zero_width_space_inside_a_name():
    text = f"Bartholo{SOFT_HYPHEN}mew Okon{ZWSP}kwo (born 2 July 1960) is a Nigerian architect."
    assert facts(text) == [("birth_date", "Bartholomew Okonkwo", "1960-07-02")]


def test_a_capital_sentence_with_no_break_spaces():
    text = f"Quito is the capital of{NBSP}Ecuador and sits at 2,850{NBSP}m."
    assert facts(text) == [("capital", "Ecuador", "Quito")]


def test_offsets_hold_after_invisible_characters_are_removed():
    text = f"Lena Dah{SOFT_HYPHEN}lin was born on 4{NBSP}May 1950."
    view = decoded_view(text)
    assert view is not None
    assert view.text == "Lena Dahlin was born on 4 May 1950."
    found = Extraction(select(["birth_date"])).facts(text)
    assert [(f.subject, f.value) for f in found] == [("Lena Dahlin", "1950-05-04")]
    # the fact's span in the original text runs from the name to the date, soft hyphen inside
    start, end = found[0].start, found[0].end
    assert text[start:].startswith("Lena") and SOFT_HYPHEN in text[start:end]


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII prose, nothing to decode.",
        "Curly quotes and dashes only: “Lima” – the capital.",
        # joiners shape scripts and emoji: they stay, and no view is made for them
        "میخواهم\u200cبروم and a family emoji 👩\u200d👩\u200d👧.",
    ],
)
def test_near_misses_text_without_odd_spaces_gets_no_view(text):
    assert decoded_view(text) is None


def test_a_document_that_is_one_json_object_holding_its_text():
    # the wrapper before the first line and after the last comes out, so that a title line and
    # a paragraph's first sentence open their lines as in the text itself
    text = '{"content": "Vermont\\n\\nVermont is a state. Its capital is Montpelier."}'
    view = decoded_view(text)
    assert (
        view is not None
        and view.text == "Vermont\n\nVermont is a state. Its capital is Montpelier."
    )
    found = Extraction(select(["capital"])).facts(text)
    assert [(f.subject, f.value, text[f.start : f.end]) for f in found] == [
        ("Vermont", "Montpelier", "Its capital is Montpelier")
    ]


def test_near_miss_a_json_object_with_more_than_its_text_keeps_its_keys():
    text = '{"content": "Its capital is Montpelier.\\n", "id": 7}'
    view = decoded_view(text)
    assert view is not None and view.text.startswith('{"content": ')
