"""A life span whose uncertain birth offers another year in brackets: "Ken Roe (21 December
c. 1118 (or 1120) – 29 December 1170)", maybe after the name's other forms ("(also known as
…; …)"). The bracket inside the bracket held digits, so the span was not read at all; the
death is a full date and counts, the birth with another year offered is hedged and does not
(the guidelines' "1428/31"). Invented leads in the encyclopedias' general form."""

from __future__ import annotations

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def life_dates(text: str) -> set[tuple[str, str, str]]:
    extraction = Extraction(select(["birth_date", "death_date"]))
    return {(f.relation, f.subject, f.value) for f in extraction.facts(text)}


@pytest.mark.parametrize(
    "inside",
    [
        "21 December c. 1118 (or 1120) – 29 December 1170",
        "also known as Saint Ken of Leeds; 21 December c. 1118 (or 1120) – 29 December 1170",
        # (the birth hedged by the other year alone)
        "21 December 1118 (or 1120) – 29 December 1170",
    ],
    ids=["circa-and-other-year", "after-other-names", "other-year-alone"],
)
def test_the_death_of_a_span_whose_birth_offers_another_year(inside):
    text = f"Ken Roe ({inside}) was an archbishop of Leeds."
    assert life_dates(text) == {("death_date", "Ken Roe", "1170-12-29")}


def test_near_miss_the_other_year_after_the_death_hedges_the_death_alone():
    text = "Ken Roe (21 December 1118 – 29 December 1170 (or 1171)) was an archbishop of Leeds."
    assert life_dates(text) == {("birth_date", "Ken Roe", "1118-12-21")}
