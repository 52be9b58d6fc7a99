"""Questions and their marked answers as quizzes and instruction sets write them: a question
labelled "Q." ("Q. Who was born on D in Leeds?\\nA. Jane Roe": the label is no initial), a
multiple choice's "Which of the following is the capital of X?" with its letter marked, an
instruction set's "### Response:" heading over the answer alone, and a record's instruction
that ends on a stop inside its quotes ({"instruction": "Name the capital of X.", "output":
"Y"}). Near-misses: an initial "Q." before a family name stays ("Q. Li was born …"), options
with no answer marked, a response or output that names no city. Invented items in the
general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.persons import person_name


def facts(text, relations):
    found = Extraction(select(relations)).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_question_labelled_q_with_a_stop():
    text = "Q. Who was born on 3 May 1901 in Voss?\nA. Sunniva Aas"
    assert facts(text, ["birth_date"]) == [("birth_date", "Sunniva Aas", "1901-05-03")]
    assert person_name("Q. Who") is None


def test_near_miss_an_initial_q_before_a_family_name():
    assert person_name("Q. Li") == "Q. Li"
    assert facts("Q. Li was born on 3 May 1901 in Voss.", ["birth_date"]) == [
        ("birth_date", "Q. Li", "1901-05-03")
    ]


def test_which_of_the_following_with_its_letter_marked():
    text = (
        "Which of the following is the capital of Australia?\n"
        "a. Sydney\nb. Melbourne\nc. Canberra\nd. Perth\nAnswer: c\n"
    )
    assert facts(text, ["capital"]) == [("capital", "Australia", "Canberra")]


def test_near_miss_options_with_no_answer_marked():
    text = "Which of the following is the capital of Australia?\na. Sydney\nb. Canberra\n"
    assert facts(text, ["capital"]) == []


def test_an_instruction_sets_response_heading_and_a_records_output():
    text = "### Instruction:\nWhat is the capital of Peru?\n### Response:\nLima\n"
    assert facts(text, ["capital"]) == [("capital", "Peru", "Lima")]
    record = '{"instruction": "Name the capital of Peru.", "output": "Lima"}'
    assert facts(record, ["capital"]) == [("capital", "Peru", "Lima")]


def test_near_miss_a_response_or_output_that_names_no_city():
    text = "### Instruction:\nWhat is the capital of Peru?\n### Response:\nI am not sure.\n"
    assert facts(text, ["capital"]) == []
    record = '{"instruction": "Name the capital of Peru.", "output": "I cannot say"}'
    assert facts(record, ["capital"]) == []
