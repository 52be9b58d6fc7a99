"""A writer's own birth on a page whose heading names them: "Jane Roe – Biography\\nI was born
on D", "About Jane Roe\\n…", a Markdown heading of the name alone. The heading must be a
person's name (a known given name first), and a page that speaks of its person as "she" or
"he" is someone else's writing about them; an anonymous post's "I was born on D" still names
no one. Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def births(text):
    found = Extraction(select(["birth_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_biography_heading_then_the_writers_birth():
    text = (
        "Marta Lindqvist – Biography\nI was born in Umeå on 4 April 1979 and trained as a potter."
    )
    assert births(text) == [("Marta Lindqvist", "1979-04-04")]


def test_an_about_heading_then_the_writers_birth():
    text = "About Marta Lindqvist\nI was born on 4 April 1979 in Umeå."
    assert births(text) == [("Marta Lindqvist", "1979-04-04")]


def test_a_markdown_heading_of_the_name_alone():
    text = "# Marta Lindqvist\n\nI was born on 4 April 1979 in Umeå."
    assert births(text) == [("Marta Lindqvist", "1979-04-04")]


def test_near_miss_a_heading_that_names_no_person():
    assert births("Umeå Pottery – Biography\nI was born on 4 April 1979.") == []


def test_near_miss_a_page_about_the_person_written_by_another():
    text = (
        "Marta Lindqvist – Biography\nMarta Lindqvist is a potter. I met her in 2001. "
        "I was born on 4 April 1979."
    )
    assert births(text) == []
