"""Life dates in notes without a subject ("Born DATE, died DATE.") and memorial spans after a
name and a comma: invented texts, each with near-misses."""

import pytest

from extractors.base import select


def facts(text: str) -> set[tuple[str, str, str]]:
    return {
        (f.relation, f.subject, f.value)
        for e in select(["birth_date", "death_date"])
        for f in e.extract(text)
    }


BORN = ("birth_date", "Maria Castellan", "1950-05-12")
DIED = ("death_date", "Maria Castellan", "2001-03-01")


@pytest.mark.parametrize(
    "text",
    [
        "Maria Castellan (1950–2001). Born May 12, 1950, died March 1, 2001. Buried in Lyon.",
        "Maria Castellan. Born 12 May 1950, Lyon. Died 1 March 2001, Paris.",
        "Here lies Maria Castellan, May 12, 1950 – March 1, 2001.",
        "In loving memory\nMaria Castellan, 12 May 1950 - 1 March 2001\n",
    ],
)
def test_both_dates(text):
    assert {BORN, DIED} <= facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence has its own subject after the comma
        "Maria Castellan painted seascapes. Born on 12 May 1950, Tomas Brandt studied in Paris.",
        # "born" as an adjective, no date after it
        "Maria Castellan was a painter. Born free, she lived on 12 May 1950 in Lyon.",
        # an exhibition's run after a gallery's name: no given name opens it
        "Tate Modern, 12 May 1950 – 1 March 2001, showed Maria Castellan's seascapes.",
        # a span of days is no life
        "Maria Castellan, 12 May 1950 – 20 May 1950, exhibited in Lyon.",
    ],
)
def test_near_misses(text):
    assert not {BORN, DIED} & facts(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # HTML's entity for the dash of a life span
        ("Maria Castellan (12 May 1950 &ndash; 1 March 2001) was a painter.", {BORN, DIED}),
        # "b." and "d." without a separator between them
        ("Maria Castellan (b. 12 May 1950 d. 1 March 2001) was a painter.", {BORN, DIED}),
        # a birthplace and a date, and the present tense: a living person's birth
        ("Maria Castellan (Lyon, May 12, 1950) is a French painter.", {BORN}),
    ],
)
def test_parenthesis_forms(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place and a date after the name of someone dead: which event is not said
        "Maria Castellan (Lyon, May 12, 1950) was a French painter.",
        # an event's place and date, in the present tense: no person's name before it
        "The Lyon Biennale (Lyon, May 12, 1950) is a French festival.",
    ],
)
def test_parenthesis_near_misses(text):
    assert not {BORN, DIED} & facts(text)


def test_dotted_dates_day_first_where_the_text_shows_it():
    # German genealogical marks before dotted dates are written day first
    text = "Maria Castellan (* 12.05.1950 in Lyon; † 01.03.2001 in Paris) war eine Malerin."
    assert {BORN, DIED} <= facts(text)
    # another date of the text can only be day first
    text = "Maria Castellan, born 12.05.1950; her sister was born 25.03.1952."
    assert BORN in facts(text)


def test_near_miss_ambiguous_dotted_dates_stay_unread():
    assert not {BORN, DIED} & facts("Maria Castellan, born 12.05.1950, painted herons.")


def test_a_reduced_clause_without_commas():
    assert BORN in facts("Maria Castellan born 12 May 1950 is a French painter.")


def test_near_miss_born_without_a_verb_after():
    assert BORN not in facts("A list of painters: Maria Castellan born 12 May 1950 and others.")
