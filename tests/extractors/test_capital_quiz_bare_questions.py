"""Quiz items that ask without a verb, and statements to complete whose options stand in
brackets parted by slashes.

- "Q: Kenya's capital? A: Nairobi": a bare possessive question after a quiz's "Q:" (or "Q1."),
  answered as a question with "What is" is; without its answer it states nothing.
- "The capital of Kenya is (Mombasa / Nairobi). Answer: Nairobi": the options in brackets, the
  answer marked after them; without a marked answer it states nothing.

Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_bare_possessive_question_after_q_answered_after_a():
    assert capitals("Q: Malawi's capital? A: Lilongwe") == [("Malawi", "Lilongwe")]


def test_a_numbered_bare_question_answered_on_the_next_line():
    assert capitals("Q3. Malawi's capital?\nA3. Lilongwe") == [("Malawi", "Lilongwe")]


def test_near_miss_a_bare_question_without_its_answer():
    assert capitals("Q: Malawi's capital?\nQ: Zambia's capital?") == []


def test_options_in_brackets_parted_by_slashes_with_the_answer_marked():
    text = "The capital of Malawi is (Blantyre / Lilongwe / Zomba). Answer: Lilongwe"
    assert capitals(text) == [("Malawi", "Lilongwe")]


def test_near_miss_options_in_brackets_without_an_answer():
    assert capitals("The capital of Malawi is (Blantyre / Lilongwe / Zomba).") == []
