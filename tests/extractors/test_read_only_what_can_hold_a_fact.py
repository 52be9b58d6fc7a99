"""Guards that pass a unit by without reading it, where it cannot hold the relation's fact.

Each guard must be necessary, never merely likely: a unit it passes by would have given no fact.
The tests check that the patterns are not run at all on such a unit (they fail without the
guard) and that a unit just inside the guard is still read (a three-digit year).
"""

from __future__ import annotations

import pytest

import extractors.life_dates as life_dates
from extractors.life_dates import LifeDateExtractor


def _facts(text: str) -> list[tuple[str, str, str]]:
    found = []
    for relation in ("birth_date", "death_date"):
        extractor = LifeDateExtractor(relation, (relation,))
        found += [(f.relation, f.subject, f.value) for f in extractor.extract(text)]
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Roe was born in Leeds and died in York, where she taught for years.",
        "Ken Moe (born 4 May) is a painter; he died on a Tuesday in March.",
        "Births\n- Ana Roe, painter\n- Ken Moe, poet (d. in 19th c.)",
    ],
)
def test_a_unit_without_a_year_is_not_read(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    def unread(_: str) -> tuple:
        raise AssertionError("the patterns read a unit that holds no year")

    monkeypatch.setattr(life_dates, "_views", unread)
    assert _facts(text) == []


def test_a_three_digit_year_is_still_read() -> None:
    # a year of the first millennium, as encyclopedia leads write it
    text = "Saint Ana of Lund (died 11 July 969) was a ruler of the region."
    assert _facts(text) == [("death_date", "Ana of Lund", "0969-07-11")]
