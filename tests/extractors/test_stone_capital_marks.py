"""A gravestone's transcription in capitals marks the dates "B." and "D." under the name
("JANE ROE\\nB. MAY 3, 1901\\nD. JUNE 4, 1980"), as lower-case "b." and "d." lines do. Near-miss:
a line opening with a choice's letter "B." before a date in a sentence names no one's birth.
Invented text in the general form."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def facts(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "TOMAS VARGA\nB. MAR. 12, 1850\nD. APR. 3, 1910\n",
        "TOMAS VARGA\nB. MAR 12 1850\nD. APR 3 1910\n",
    ],
)
def test_capital_marks_under_a_name_date_the_life(text):
    assert facts(text) == [
        ("birth_date", "TOMAS VARGA", "1850-03-12"),
        ("death_date", "TOMAS VARGA", "1910-04-03"),
    ]


def test_near_miss_a_choices_letter_is_no_mark():
    text = "The answer is B.\nB. 12 March 1850 was the other option given in the quiz.\n"
    assert facts(text) == []
