"""Questions and answers about a person's dates, in the forms data sets and study sheets write:
a description before the asked name ("When was the poet Ana Roe born?") introduces the person
an answer's pronoun speaks of; "Q." is answered by "A." with a stop; a pronoun's "His date of
death is D", opening a sentence or joined to the birth's by "and". Near-misses: "A." before
no date is no answer ("A. Roe wrote …"); another person named since leaves "His" unresolved; a
relative's date of death is not the person's. Invented text in the general form of each."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def facts(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Q: When was the poet Tomas Varga born?\nA: He was born on March 12, 1950.",
            [("birth_date", "Tomas Varga", "1950-03-12")],
        ),
        (
            "Question: When did the Hungarian chemist Ilona Kert die?\n"
            "Answer: She died on 3 April 2010.",
            [("death_date", "Ilona Kert", "2010-04-03")],
        ),
        (
            "Q. When did Tomas Varga pass away?\nA. April 3, 2010",
            [("death_date", "Tomas Varga", "2010-04-03")],
        ),
        (
            "Q. When was Ilona Kert born?\nA. 12 March 1950",
            [("birth_date", "Ilona Kert", "1950-03-12")],
        ),
        (
            "Tomas Varga was a chemist in Szeged. His date of death is 3 April 2010.",
            [("death_date", "Tomas Varga", "2010-04-03")],
        ),
        (
            "Ilona Kert's date of birth is 12 March 1950 and her date of death is 3 April 2010.",
            [
                ("birth_date", "Ilona Kert", "1950-03-12"),
                ("death_date", "Ilona Kert", "2010-04-03"),
            ],
        ),
    ],
)
def test_question_and_pronoun_forms_give_the_date(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Q. When was Tomas Varga born? A. Roe wrote in 1990 that nobody knows.",
        # a choice's options, not an answer
        "Q. When was Tomas Varga born? A. 12 March 1950 B. 3 May 1951 C. 1 June 1952",
        "Tomas Varga met Ken Moe in Paris in 1971. His date of death is 3 April 2010.",
        "Tomas Varga was a chemist. His father's date of death is 3 April 2010.",
    ],
)
def test_near_misses_give_no_date(text):
    assert facts(text) == []
