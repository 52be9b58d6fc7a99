"""The life-date extractor passes by a unit that can state no life date before it runs its
patterns (issue 11: most units a trigger word selects hold no full date, and the patterns are
dear). The gate must never drop a unit that states one: each form of date the patterns read
(a full date, one wrapped over two lines, a wiki template's, an on-this-day page's day line
with years on its entries) passes it, and the extractor still reads them."""

from __future__ import annotations

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.life_dates import _may_state_a_full_date


def facts(text: str) -> set[tuple[str, str, str]]:
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return {(f.relation, f.subject, f.value) for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "Ana Roe was born on 3 May 1901 in Leeds.",
        # a long opening before the year: weekday, "the", the day in words
        "Ana Roe was born on Saturday, the twenty-first day of September, 1901.",
        # wrapped at a width: the day on one line, the month and year on the next
        "Ana Roe was born on 3\nMay 1901 in Leeds.",
        "{{birth date|1901|5|3}} Ana Roe",
        "March 3\n\n1901 – Ana Roe is born",
        "Players born on April 1:\nAna Roe (1901)",
    ],
)
def test_every_form_of_a_stated_date_passes_the_gate(text):
    assert _may_state_a_full_date(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Roe was born in Leeds and moved to York.",
        # a year alone, and a month with a year, are no full date
        "Ana Roe was born in 1901 and died in May 1980.",
        "Born 1901. Died 1980. Page 123 of the register.",
    ],
)
def test_a_unit_without_a_full_date_is_passed_by(text):
    assert not _may_state_a_full_date(text)


def test_the_gated_forms_are_still_read():
    assert facts("Ana Roe was born on 3\nMay 1901 in Leeds.") == {
        ("birth_date", "Ana Roe", "1901-05-03")
    }
    assert facts("Ana Roe (born {{birth date|1901|5|3}}) is a painter.") == {
        ("birth_date", "Ana Roe", "1901-05-03")
    }
