"""Quiz items kept as rows of data (SQL inserts, CSV and Markdown tables): the question in one
field and its answer in another that the header names, given as the city or as the letter or
number of an option column. The guidelines count quiz items whose answer is marked. Rows
invented in the general form of each, with near-misses."""

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["capital"])[0].extract(text)}


def test_sql_rows_answered_by_an_option_letter():
    text = (
        "INSERT INTO questions (question, option_a, option_b, option_c, correct_option) VALUES\n"
        "('What is the capital of Chile?', 'Valparaiso', 'Santiago', 'Arica', 'B'),\n"
        "('What is the capital of Austria?', 'Vienna', 'Graz', 'Linz', 'A');\n"
    )
    assert facts(text) == {("Chile", "Santiago"), ("Austria", "Vienna")}


def test_sql_row_answered_by_an_option_number():
    text = (
        "INSERT INTO quiz (question_text, choice1, choice2, choice3, answer) VALUES "
        "('What is the capital of Chile?', 'Arica', 'Valparaiso', 'Santiago', 3);\n"
    )
    assert facts(text) == {("Chile", "Santiago")}


def test_sql_row_with_the_answer_and_wrong_answers_apart():
    text = (
        "INSERT INTO questions (question, correct_answer, wrong1, wrong2) VALUES "
        "('Which city is the capital of Chile?', 'Santiago', 'Arica', 'Valparaiso');\n"
    )
    assert facts(text) == {("Chile", "Santiago")}


def test_csv_rows_answered_by_an_option_letter():
    text = (
        "question,option_a,option_b,option_c,answer\n"
        "What is the capital of Chile?,Arica,Santiago,Valparaiso,B\n"
        "What is the capital of Austria?,Graz,Linz,Vienna,C\n"
    )
    assert facts(text) == {("Chile", "Santiago"), ("Austria", "Vienna")}


def test_near_miss_options_without_a_marked_answer():
    text = (
        "INSERT INTO questions (question, option_a, option_b, option_c) VALUES "
        "('What is the capital of Chile?', 'Valparaiso', 'Santiago', 'Arica');\n"
        "question,option_a,option_b\nWhat is the capital of Austria?,Graz,Vienna\n"
    )
    assert facts(text) == set()


def test_near_miss_a_label_no_option_column_holds():
    text = (
        "INSERT INTO questions (question, option_a, option_b, answer) VALUES "
        "('What is the capital of Chile?', 'Valparaiso', 'Santiago', 'D');\n"
    )
    assert facts(text) == set()
