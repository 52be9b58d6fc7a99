"""Capitals in worksheets (extractors.capital): blanks and their answers in each layout,
matching columns with a key, true-or-false statements. Invented worksheets with near-misses."""

import pytest

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["capital"])[0].extract(text)}


BOTH = {("Kenya", "Nairobi"), ("Peru", "Lima")}


@pytest.mark.parametrize(
    "text",
    [
        # blanks, and the key inline on one line
        "Fill in the blank.\n1. The capital of Kenya is ________.\n"
        "2. The capital of Peru is ________.\nAnswers: 1. Nairobi 2. Lima\n",
        # questions with blanks, the key inline with brackets
        "1. What is the capital of Kenya? ________\n2. What is the capital of Peru? ________\n"
        "ANSWER KEY: 1) Nairobi 2) Lima\n",
        # the answer in brackets after each blank
        "1. The capital of Kenya is ______ (Nairobi).\n2. The capital of Peru is ______ (Lima).\n",
        # the blank first
        "Word bank: Lima, Nairobi\n1. ________ is the capital of Kenya.\n"
        "2. ________ is the capital of Peru.\nAnswer key\n1. Nairobi\n2. Lima\n",
        # matching columns and a key of pairs
        "Match each country to its capital.\n1. Kenya       a. Lima\n2. Peru        b. Nairobi\n"
        "Answer key: 1-b, 2-a\n",
    ],
)
def test_worksheet_layouts(text):
    assert facts(text) == BOTH


@pytest.mark.parametrize(
    "text",
    [
        # blanks without answers
        "1. The capital of Kenya is ________.\n2. The capital of Peru is ________.\n",
        # matching columns without a key: the rows pair nothing
        "Match each country to its capital.\n1. Kenya       a. Lima\n2. Peru        b. Nairobi\n",
        # statements to judge true or false
        "1. Lima is the capital of Kenya. (True/False)\n2. Nairobi is the capital of Peru. (T/F)\n",
        "True or false: Lima is the capital of Kenya.",
    ],
)
def test_near_misses(text):
    assert facts(text) == set()
