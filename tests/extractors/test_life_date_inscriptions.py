"""Life dates as inscriptions, indexes, line-ups and timelines write them: "b." and "d." with no
comma between the two dates ("Ann Roe b. Mar 3 1875 d. Apr 4 1920"), an epitaph's "fell asleep
in Jesus", a role in apposition before a life span ("Ann Roe, weaver (D – D)") and a timeline's
present tense ("Ann Roe dies on D"). Invented text in the general form of each, with
near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def lives(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe b. Mar 3 1875 d. Apr 4 1920",
        "Ann Roe b. 3 Mar 1875 in Leeds d. 4 Apr 1920 in York",
        "Ann Roe, born 3 Mar 1875 died 4 Apr 1920",
    ],
)
def test_birth_and_death_marks_without_a_comma_between(text):
    assert lives(text) == [
        ("birth_date", "Ann Roe", "1875-03-03"),
        ("death_date", "Ann Roe", "1920-04-04"),
    ]


def test_near_miss_a_birth_mark_alone():
    assert lives("Ann Roe b. Mar 3 1875 in Leeds") == [("birth_date", "Ann Roe", "1875-03-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe fell asleep in Jesus April 4, 1920.",
        "Ann Roe, who fell asleep in the Lord on 4 April 1920, is buried here.",
    ],
)
def test_an_epitaphs_sleep_in_the_lord_is_a_death(text):
    assert lives(text) == [("death_date", "Ann Roe", "1920-04-04")]


def test_near_miss_a_nights_sleep_is_no_death():
    assert lives("Ann Roe fell asleep on the train on April 4, 1920.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe, singer and songwriter (March 3, 1875 – April 4, 1920).",
        "Ann Roe, farmer (3 March 1875 – 4 April 1920), married Ben Moe.",
        "We met Ann Roe, a weaver (born March 3, 1875 – died April 4, 1920), in Leeds.",
    ],
)
def test_a_role_in_apposition_between_the_name_and_its_life_span(text):
    assert lives(text) == [
        ("birth_date", "Ann Roe", "1875-03-03"),
        ("death_date", "Ann Roe", "1920-04-04"),
    ]


def test_near_miss_a_relative_clause_before_anothers_life_span():
    text = "Ann Roe, whose father (3 March 1875 – 4 April 1920) was a miner, is a weaver."
    assert lives(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On March 3, 1875, Ann Roe is born in Leeds.", ("birth_date", "Ann Roe", "1875-03-03")),
        (
            "Ann Roe dies on April 4, 1920, at the age of 45.",
            ("death_date", "Ann Roe", "1920-04-04"),
        ),
        ("Ann Roe passes away on April 4, 1920.", ("death_date", "Ann Roe", "1920-04-04")),
        (
            "On April 4, 1920, weaver Ann Roe dies in Leeds.",
            ("death_date", "Ann Roe", "1920-04-04"),
        ),
    ],
)
def test_a_timelines_present_tense(text, expected):
    assert lives(text) == [expected]


def test_near_miss_a_present_tense_death_without_a_person():
    assert lives("The frost plant dies on April 4, 1920 in most gardens.") == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a given name that only the world's lists know, after an inverted family name
        ("Lund, Ana Marie (née Smith), 85, died April 4, 1920.", "Ana Marie Lund"),
        ("Roe, Ana M. (née Smith), 85, died April 4, 1920.", "Ana M. Roe"),
        # the age after a dash
        (
            "ROE, Ana Marie (nee Smith) - Age 85, of Leeds, passed away on April 4, 1920.",
            "Ana Marie ROE",
        ),
    ],
)
def test_a_death_notices_inverted_heading(text, subject):
    assert lives(text) == [("death_date", subject, "1920-04-04")]


def test_near_miss_an_adverb_and_a_comma_are_no_inverted_family_name():
    assert lives("Sadly, Ana Roe died April 4, 1920.") == [("death_date", "Ana Roe", "1920-04-04")]


def test_inscription_transcribed_with_slashes_for_its_lines():
    text = "The stone reads: MIRA CASTELLAN / BORN MAY 12, 1901 / DIED JUNE 3, 1980"
    assert lives(text) == [
        ("birth_date", "MIRA CASTELLAN", "1901-05-12"),
        ("death_date", "MIRA CASTELLAN", "1980-06-03"),
    ]


def test_memorial_record_of_labelled_fields_after_the_name_and_a_stop():
    text = "Memorial: Mira Castellan. Birth: 12 May 1901, Leeds. Death: 3 Jun 1980, York."
    assert lives(text) == [
        ("birth_date", "Mira Castellan", "1901-05-12"),
        ("death_date", "Mira Castellan", "1980-06-03"),
    ]


def test_near_miss_slashes_of_a_menu_before_a_field():
    assert lives("Photos / Awards / Born: 12 May 1901 / Leeds") == []


@pytest.mark.parametrize(
    "text",
    [
        "IN LOVING MEMORY OF\nMIRA CASTELLAN\nWHO DIED 3 JUNE 1980\nAGED 79 YEARS",
        "IN LOVING MEMORY OF\nMIRA CASTELLAN\nWHO DEPARTED THIS LIFE\nJUNE 3RD 1980\n",
        "SACRED TO THE MEMORY OF MIRA CASTELLAN WHO FELL ASLEEP IN JESUS ON 3 JUNE 1980",
    ],
)
def test_an_inscription_in_capitals_reads_as_running_text(text):
    # the subject as the stone writes it
    assert lives(text) == [("death_date", "MIRA CASTELLAN", "1980-06-03")]


@pytest.mark.parametrize(
    "text",
    [
        # "born" in another sense, in capitals as in lower case
        "HE WAS BORN AGAIN ON 3 JUNE 1980\n",
        "THE COMPANY WAS BORN ON 3 JUNE 1980 IN A GARAGE\n",
        # a stone's capitals with no date of the death in full
        "IN LOVING MEMORY OF\nMIRA CASTELLAN\nWHO DIED JUNE 1980\n",
    ],
)
def test_near_miss_capitals_that_state_no_death(text):
    assert lives(text) == []
