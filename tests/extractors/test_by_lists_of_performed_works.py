"""A list of works and their makers in the "Title, by Name" form that a line about films, songs
or shows introduces ("Here is how I rank the film's segments:\\n1. "Title", by Ana Roe") credits
a director's or a singer's work, no writing: no paper titles. Near-miss: the same list under a
line about books is a reading list, read. Invented text in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


ITEMS = (
    '1. "Quiet Harbour", by Anders Lindqvist<br /><br />One of the finest directors made my '
    "favourite part, witty and delightful.<br /><br />"
    '2. "Tower Bridge", by Sylvain Moreau<br /><br />Cute, visually stunning story of a boy '
    "whose parents are mimes.<br /><br />"
    '3. "Park Lane", by Ngozi Okafor<br /><br />A bit slow.'
)


def test_a_ranking_of_a_films_segments_credits_no_papers():
    text = (
        "The film gathers stories of love set in one city. Here is how I rank the segments "
        "(that might change on a second viewing):<br /><br />" + ITEMS
    )
    assert papers(text) == []


def test_near_miss_the_same_list_under_a_line_about_books_is_read():
    text = "My favourite books of the year, ranked:<br /><br />" + ITEMS
    assert {("Lindqvist", "Quiet Harbour"), ("Moreau", "Tower Bridge")} <= set(papers(text))
