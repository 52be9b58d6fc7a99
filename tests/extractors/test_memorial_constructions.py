"""Constructions of memorials, notices and year pages: a kin line between a gravestone's name
and its span, slashed dates whose order another date of the text shows, a notice's age and home
town before the verb, a role before the name after "the passing of", full-dated entries under a
Births or Deaths heading. Invented examples, each with a near-miss."""

import pytest

from extractors.life_dates import LifeDateExtractor
from extractors.normalize import parse_date, states_day_first

LIFE = LifeDateExtractor("life_dates", ("birth_date", "death_date"))


def lives(text):
    return sorted({(f.relation, f.subject, f.value) for f in LIFE.extract(text)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HANNAH MAE PRUITT\nwife of Elias Pruitt\nApr. 9, 1850 - Jan. 2, 1911",
            [
                ("birth_date", "HANNAH MAE PRUITT", "1850-04-09"),
                ("death_date", "HANNAH MAE PRUITT", "1911-01-02"),
            ],
        ),
        (
            "Elias Pruitt\nBeloved Father\n9 April 1848 - 2 January 1920",
            [
                ("birth_date", "Elias Pruitt", "1848-04-09"),
                ("death_date", "Elias Pruitt", "1920-01-02"),
            ],
        ),
        # the second date can only be month-first: the first is read in the same order
        (
            "Elias Pruitt\n11/04/1848 - 01/22/1920",
            [
                ("birth_date", "Elias Pruitt", "1848-11-04"),
                ("death_date", "Elias Pruitt", "1920-01-22"),
            ],
        ),
        # a gravestone's dates each on its own line, in capitals, maybe marked "b." and "d."
        (
            "ELIAS PRUITT\nAPRIL 9TH, 1848\nJANUARY 2ND, 1920\nBELOVED FATHER",
            [
                ("birth_date", "ELIAS PRUITT", "1848-04-09"),
                ("death_date", "ELIAS PRUITT", "1920-01-02"),
            ],
        ),
        (
            "Hannah Pruitt\nb. 9 April 1850\nd. 2 January 1911",
            [
                ("birth_date", "Hannah Pruitt", "1850-04-09"),
                ("death_date", "Hannah Pruitt", "1911-01-02"),
            ],
        ),
        # a memorial's kinship line: the relative clause speaks of the person remembered
        (
            "In memory of Hannah, wife of Elias Pruitt, who departed this life June 2nd 1911.",
            [("death_date", "Hannah", "1911-06-02")],
        ),
        # near-miss in prose: no memorial, the clause speaks of the nearer name
        (
            "Tomas Pruitt, son of Elias Pruitt, who died on June 2, 1911, kept the farm.",
            [("death_date", "Elias Pruitt", "1911-06-02")],
        ),
        (
            "Elias Pruitt, 71, of Millbrook passed away on January 22, 1920 at home.",
            [("death_date", "Elias Pruitt", "1920-01-22")],
        ),
        (
            "The board noted the passing of longtime treasurer Elias Pruitt on January 22, 1920.",
            [("death_date", "Elias Pruitt", "1920-01-22")],
        ),
        (
            "== Births ==\n* April 9, 1850 – Hannah Pruitt, American quilter (died 1911)\n"
            "== Deaths ==\n* January 22, 1920 – Elias Pruitt, American farmer\n",
            [
                ("birth_date", "Hannah Pruitt", "1850-04-09"),
                ("death_date", "Elias Pruitt", "1920-01-22"),
            ],
        ),
    ],
)
def test_memorial_constructions(text, expected):
    assert lives(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # both slashed dates could be either order: none is read
        "Elias Pruitt\n11/04/1848 - 01/02/1920",
        # the notice speaks of someone else's death
        "Elias Pruitt, 71, of Millbrook said his brother died on January 22, 1920.",
        # "of" in the role names another person: not the one whose passing it is
        "The board noted the death of the son of Elias Pruitt on January 22, 1920.",
        # an events list dates what happened, not a birth
        "== Events ==\n* April 9, 1850 – Hannah Pruitt opens a store in Millbrook\n",
        # no heading: a date and a name are no birth
        "April 9, 1850 – Hannah Pruitt, American quilter\n",
        # two dates on two lines under no person's name, or out of a life's order
        "Harvest Market\nApril 9, 1850\nJanuary 2, 1851",
        "Elias Pruitt\nApril 9, 1920\nJanuary 2, 1848",
    ],
)
def test_memorial_near_misses(text):
    assert lives(text) == []


def test_numeric_date_order_shown_by_the_text():
    assert states_day_first("born 02/19/1899") is False
    assert states_day_first("born 19.02.1899") is True
    assert states_day_first("born 02/03/1899") is None
    # 11/04 is November 4 once the text shows the month first; April 11 once the day
    assert parse_date("11/04/1848", day_first=False) == "1848-11-04"
    assert parse_date("11/04/1848", day_first=True) == "1848-04-11"
    assert parse_date("11/04/1848") is None
    # dotted dates are not read month-first on the evidence of slashed ones
    assert parse_date("11.04.1848", day_first=False) is None


def test_a_memorial_capitalises_born_and_died_after_commas():
    assert lives("Elias Pruitt, Born April 9, 1848, Died January 2, 1920.") == [
        ("birth_date", "Elias Pruitt", "1848-04-09"),
        ("death_date", "Elias Pruitt", "1920-01-02"),
    ]


def test_near_miss_a_letter_or_a_unit_is_no_subject():
    # a company's letter and a regiment apposed to a soldier's name are not the one who died
    found = lives("Elias Pruitt, Co. B, 5th Ohio Infantry, died January 2, 1920.")
    assert {subject for _, subject, _ in found} <= {"Elias Pruitt"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a notice's heading inverted, the span on the next line
        (
            "PRUITT, Hannah Mae\nApril 9, 1850 - January 2, 1911\nHannah went home peacefully.",
            [
                ("birth_date", "Hannah Mae PRUITT", "1850-04-09"),
                ("death_date", "Hannah Mae PRUITT", "1911-01-02"),
            ],
        ),
        (
            "Pruitt, Elias\n9 April 1848 – 2 January 1920",
            [
                ("birth_date", "Elias Pruitt", "1848-04-09"),
                ("death_date", "Elias Pruitt", "1920-01-02"),
            ],
        ),
        # the span in brackets under the name
        (
            "Elias Pruitt\n(April 9, 1848 – January 2, 1920)\nHe farmed all his life.",
            [
                ("birth_date", "Elias Pruitt", "1848-04-09"),
                ("death_date", "Elias Pruitt", "1920-01-02"),
            ],
        ),
    ],
)
def test_a_heading_inverted_or_a_bracketed_span_under_a_name(text, expected):
    assert lives(text) == expected


def test_near_miss_an_inverted_heading_over_a_season_is_no_life():
    # a place and its event over dates a season apart, not a person over a life's span
    assert lives("Fairview, Summer Market\nJune 1, 2019 - August 30, 2019") == []
    # nor an inverted line whose second part is no given name
    assert lives("Harbour, Lighthouse Road\nApril 9, 1850 - January 2, 1911") == []


@pytest.mark.parametrize(
    "text",
    [
        "In loving memory\n\nMargaret Ellen Price\n\n14 June 1954 – 24 May 2019\n\nAt peace",
        "Margaret Ellen Price (Peggy)\n\nBeloved wife of Tom\n\n14 June 1954 – 24 May 2019",
    ],
)
def test_a_memorials_lines_each_in_a_paragraph_of_their_own(text):
    # a page that sets each line apart with a blank line
    assert lives(text) == [
        ("birth_date", "Margaret Ellen Price", "1954-06-14"),
        ("death_date", "Margaret Ellen Price", "2019-05-24"),
    ]


def test_near_miss_a_name_far_above_a_span():
    # several blank lines: the span is no longer the name's line below
    assert lives("Our family\n\nMargaret Ellen Price\n\n\n\n14 June 1954 – 24 May 2019") == []


def test_a_memorial_line_of_a_name_and_its_span_without_a_comma():
    text = "In loving memory\nHannah Pruitt 9 April 1850 – 2 January 1921\nForever in our hearts\n"
    assert lives(text) == [
        ("birth_date", "Hannah Pruitt", "1850-04-09"),
        ("death_date", "Hannah Pruitt", "1921-01-02"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # more words on the line after the span: the name heads something else
        "Hannah Pruitt 9 April 1850 – 2 January 1921 letters, in three boxes\n",
        # a hall named after a person shows an exhibition for a year
        "Pruitt Gallery\nHannah Hall 9 April 2001 – 2 January 2002\n",
    ],
)
def test_near_miss_a_name_and_two_dates_that_are_no_life(text):
    assert lives(text) == []
