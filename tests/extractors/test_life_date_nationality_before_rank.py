"""A nationality before a rank or a title before the name ("On D, Pakistani President Ken Roe
was killed"): the subject kept the nationality and the rank ("Pakistani President Ken Roe")
where the adjective was not among the few common ones the name reader knew; the demonyms list
(``data/demonyms.tsv``) now says which words are nationalities. Near-miss: a nationality before
a name with no rank between is read as it was. Invented sentences in the general form."""

from __future__ import annotations

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.persons import person_name


def deaths(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in Extraction(select(["death_date"])).facts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "On 17 August 1988, Pakistani President Ken Roe was killed in a plane crash.",
        "Kenyan Prime Minister Ken Roe died on 17 August 1988 in Nairobi.",
    ],
)
def test_a_nationality_and_a_rank_before_the_name(text):
    assert deaths(text) == {("Ken Roe", "1988-08-17")}


def test_near_miss_a_nationality_word_with_no_rank_after_it():
    # (the reader's other rules decide these, as before: a company is nobody)
    assert person_name("Kenyan Airways") == "Kenyan Airways"
