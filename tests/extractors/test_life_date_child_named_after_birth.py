"""A child's birth dated first, then the name its parents gave it: "Their third son was born on
D, and they named him Edwin", "On D, the couple's only child was born, a son whom they
christened Paul Roe". Near-misses: the naming of something else, a name
after "named" that is no name, a verb of calling that gives none. Invented sentences in the
general form of each construction."""

from __future__ import annotations

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def births(text: str) -> set[tuple[str, str]]:
    extraction = Extraction(select(["birth_date"]))
    return {(f.subject, f.value) for f in extraction.facts(text)}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "When the Roes' third son was born on 12 March 1790, they named him Edwin.",
            ("Edwin", "1790-03-12"),
        ),
        (
            "Her first daughter was born in Leeds on 3 June 1990 and she called her Kate.",
            ("Kate", "1990-06-03"),
        ),
        (
            "On 4 October 1902, the couple's only child was born, a son whom they christened "
            "Paul Anton Roe.",
            ("Paul Anton Roe", "1902-10-04"),
        ),
    ],
)
def test_a_child_named_after_its_birth(text, fact):
    assert births(text) == {fact}


@pytest.mark.parametrize(
    "text",
    [
        "Their son was born on 3 May 1990, and they named the dog Rex.",
        "On 3 May 1990, their son was born, a boy whom they named after his grandfather.",
        "Her son was born on 3 May 1990, and she called him Monday morning.",
        "Her son was born on 3 May 1990, and she called him every week from Leeds.",
    ],
    ids=["another-thing-named", "named-after", "no-given-name", "no-name"],
)
def test_near_miss_no_name_given(text):
    assert births(text) == set()
