"""Texts whose lines end as Windows writes them (CR LF) or as the old Mac OS did (CR alone):
read as the same text with line feeds, each fact found where it is. Invented examples."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select

LINE_ENDS = ["\r\n", "\r"]


def facts(text: str, relations: list[str]) -> list[tuple[str, str, str, str]]:
    found = Extraction(select(relations)).facts(text)
    return sorted((f.relation, f.subject, f.value, text[f.start : f.end]) for f in found)


def with_line_ends(text: str, end: str) -> str:
    return text.replace("\n", end)


@pytest.mark.parametrize("end", LINE_ENDS)
def test_a_markdown_table_to_the_texts_last_row(end):
    text = (
        "| State | Capital |\n|---|---|\n| Queensland | Brisbane |\n| Victoria | Melbourne |\n"
        "| Tasmania | Hobart |"
    )
    expected = facts(text, ["capital"])
    assert [fact[:3] for fact in expected] == [
        ("capital", "Queensland", "Brisbane"),
        ("capital", "Tasmania", "Hobart"),
        ("capital", "Victoria", "Melbourne"),
    ]
    assert facts(with_line_ends(text, end), ["capital"]) == [
        fact[:3] + (fact[3].replace("\n", end),) for fact in expected
    ]


@pytest.mark.parametrize("end", LINE_ENDS)
def test_a_scraped_table_of_players_with_both_dates_on_a_line(end):
    text = (
        "Oldest players of the club\nNo.\nPlayer\nBirthdate Deathdate Seasons\n"
        "301 Walter Ashby\n18 June 1901 2 March 1999 1925-31\n"
        "244 Harold Penn\n4 May 1899 30 October 1994 1921-24\n"
    )
    expected = facts(text, ["birth_date", "death_date"])
    assert [fact[:3] for fact in expected] == [
        ("birth_date", "Harold Penn", "1899-05-04"),
        ("birth_date", "Walter Ashby", "1901-06-18"),
        ("death_date", "Harold Penn", "1994-10-30"),
        ("death_date", "Walter Ashby", "1999-03-02"),
    ]
    assert facts(with_line_ends(text, end), ["birth_date", "death_date"]) == expected


@pytest.mark.parametrize("end", LINE_ENDS)
def test_a_genealogy_list_and_a_field_block(end):
    text = (
        "Family notes\nJohn Penn, b. 3 May 1840, d. 9 June 1901\n"
        "Mary Penn, b. 4 April 1845, d. 1 July 1910\n\n"
        "Name: Ada Penrose\nBorn: 12 March 1901\nDied: 4 May 1980\n"
    )
    expected = [fact[:3] for fact in facts(text, ["birth_date", "death_date"])]
    assert len(expected) == 6
    assert [
        fact[:3] for fact in facts(with_line_ends(text, end), ["birth_date", "death_date"])
    ] == (expected)


def test_a_carriage_return_inside_a_line_parts_it():
    # near-miss: a CR parts lines as a LF does, so a field's value does not run on into the
    # next line's label
    text = "Name: Ada Penrose\rBorn: 12 March 1901\rPlace: Leeds"
    assert [fact[:3] for fact in facts(text, ["birth_date"])] == [
        ("birth_date", "Ada Penrose", "1901-03-12")
    ]
