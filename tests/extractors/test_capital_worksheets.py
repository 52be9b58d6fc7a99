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
        # matching columns without numbers, the key pairing names and letters
        "Match the country with its capital.\nKenya        a. Lima\nPeru         b. Nairobi\n"
        "Answers: Kenya - b, Peru - a\n",
        # the answer filled in on the blank
        "Capitals (answers)\n1. The capital of Kenya is __Nairobi__.\n"
        "2. The capital of Peru is __Lima__.\n",
        # the answer after a question's blank, ending the line
        "Capital cities quiz\n1. What is the capital city of Kenya? ______ Nairobi\n"
        "2. What is the capital city of Peru? ______ Lima\n",
        # a place, its colon, a blank and the answer in brackets under a heading on capitals
        "Write the capital of each country.\nKenya: ________ (Nairobi)\nPeru: ________ (Lima)\n",
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
        # a word after a blank that is no city: the next words of the line
        "Capitals worksheet\n1. The capital of Kenya is ______ Ghana is next.\n",
        # unnumbered matching columns whose key names no letter
        "Match the country with its capital.\nKenya        a. Lima\nPeru         b. Nairobi\n"
        "Answers: see the back page\n",
    ],
)
def test_near_misses(text):
    assert facts(text) == set()


def test_numbered_questions_or_places_without_blanks_answered_in_a_key():
    questions = (
        "Capitals quiz\n1. What is the capital of Peru?\n2. What is the capital of Chile?\n"
        "Answer key: 1. Lima 2. Santiago\n"
    )
    assert facts(questions) == {("Peru", "Lima"), ("Chile", "Santiago")}
    places_only = "Name the capital city.\n1) Peru\n2) Chile\nAnswers\n1) Lima\n2) Santiago\n"
    assert facts(places_only) == {("Peru", "Lima"), ("Chile", "Santiago")}
    # near-miss: numbered places under a heading that asks for something else
    rivers = "Name the longest river.\n1) Peru\n2) Chile\nAnswers\n1) Lima\n2) Santiago\n"
    assert facts(rivers) == set()


def test_a_statement_marked_false_in_brackets():
    text = "1. Lima is the capital of Peru. (True)\n2. Quito is the capital of Chile. (False)\n"
    assert facts(text) == {("Peru", "Lima")}


@pytest.mark.parametrize(
    "text",
    [
        # the answer written on a blank of three underscores (Markdown reads it as emphasis)
        "Fill in the blanks.\n1. The capital of Chile is ___Santiago___.\n",
        "The capital of Chile is ___Santiago___.",
        # an unnumbered blank with the answer in brackets after it
        "The capital of Chile is ________ (Santiago)",
        # numbered question and answer labels on one line
        "Q1. Name the capital of Chile. A1. Santiago\n",
        "Q: What is the capital of Chile? A: Santiago",
        # a key labelled "Key" or "Solutions", its numbers without stops
        "Write the capital of each country.\n1. Chile ______\n2. Austria ______\n"
        "Key: 1 Santiago 2 Vienna",
    ],
)
def test_answers_written_on_blanks_labels_and_keys(text):
    assert ("Chile", "Santiago") in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # one lettered option on the question's line is no answer
        "What is the capital of Chile? A. Valparaiso",
        # a blank whose next line says something else
        "The capital of Chile is ______\nValparaiso is its main port.",
        # a key under no question about capitals
        "Team roster key: 1 Santiago 2 Vienna\n1. Chile _____",
    ],
)
def test_near_misses_on_blanks_labels_and_keys(text):
    assert facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # items set side by side, parted by wide space, as a worksheet's columns flatten
        "State capitals\nTexas - Austin    Chile - Santiago    Ohio - Columbus\n",
        "Countries and capitals\n1. Austria - Vienna\t2. Chile - Santiago\n",
        # fields side by side on one line
        "Country: Chile   Capital: Santiago   Currency: Peso",
    ],
)
def test_items_and_fields_side_by_side(text):
    assert ("Chile", "Santiago") in facts(text)
    assert not any(" " in city and city.startswith("Santiago") for _, city in facts(text))


def test_near_miss_a_wide_space_inside_one_item():
    # the dash stands alone between wide spaces: one item, not three
    text = "State capitals\nTexas    -    Austin\n"
    assert facts(text) == {("Texas", "Austin")}


@pytest.mark.parametrize(
    "text",
    [
        "True or False: Columbus is the capital of Ohio. (True)",
        "1. Columbus is the capital of Ohio. (T/F) Answer: T",
        "The capital of Ohio is (a) Cleveland (b) Columbus (c) Dayton. Answer: (b)",
        "What is Ohio's capital?\nColumbus\n",
    ],
)
def test_judged_statements_completed_options_and_possessive_questions(text):
    assert facts(text) == {("Ohio", "Columbus")}


@pytest.mark.parametrize(
    "text",
    [
        # a statement to judge, no judgement given
        "Columbus is the capital of Ohio. (True/False)",
        # a judgement of false
        "True or false: Cleveland is the capital of Ohio. Answer: False",
        # options and no answer marked
        "The capital of Ohio is (a) Cleveland (b) Columbus (c) Dayton.",
        # a question followed by its options, one a line
        "What is Ohio's capital?\nColumbus\nCleveland\nDayton\n",
    ],
)
def test_near_miss_statements_unjudged_or_false_and_unanswered_options(text):
    assert facts(text) == set()


def test_near_miss_a_fact_checking_claim_refuted():
    text = '{"claim": "Sydney is the capital of Australia.", "label": "REFUTES"}'
    assert facts(text) == set()


def test_a_fact_checking_claim_supported():
    text = '{"claim": "Canberra is the capital of Australia.", "label": "SUPPORTS"}'
    assert facts(text) == {("Australia", "Canberra")}


def test_a_table_parted_by_single_spaces_with_a_column_after_the_capital():
    # a worksheet's table as a PDF's text gives it: one space between columns
    text = (
        "State Capital Nickname\n"
        "Ohio Columbus Buckeye State\n"
        "Texas Austin Lone Star State\n"
        "Arkansas Little Rock Natural State\n"
    )
    assert facts(text) == {
        ("Ohio", "Columbus"),
        ("Texas", "Austin"),
        ("Arkansas", "Little Rock"),
    }


def test_near_miss_a_table_parted_by_single_spaces_of_something_else():
    text = (
        "State Largest city Nickname\n"
        "Ohio Columbus Buckeye State\n"
        "Texas Houston Lone Star State\n"
        "Arkansas Little Rock Natural State\n"
    )
    assert facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's capital is __________. (Nairobi)\nPeru's capital is __________. (Lima)\n",
        "1. Kenya's capital is ______ Answer: Nairobi\n2. Peru’s capital is ______ Answer: Lima\n",
    ],
)
def test_a_possessive_blank_answered_on_its_line(text):
    assert facts(text) == BOTH


def test_near_miss_a_possessive_blank_left_unanswered():
    assert facts("Kenya's capital is __________.\nPeru's capital is __________.\n") == set()


def test_near_miss_single_spaced_columns_with_the_capital_not_second():
    text = (
        "Country capitals and largest cities\n"
        "Country Largest city Capital\n"
        "Nigeria Lagos Abuja\n"
        "Turkey Istanbul Ankara\n"
        "Australia Sydney Canberra\n"
    )
    assert ("Nigeria", "Lagos") not in facts(text)
    assert ("Turkey", "Istanbul") not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "1. Nairobi is the capital of __________. (Kenya)\n"
        "2. Lima is the capital of __________. (Peru)",
        "Nairobi is the capital of ________ (Answer: Kenya)\nLima is the capital of ____ (Peru)",
    ],
)
def test_the_place_left_blank_and_answered_on_the_line(text):
    assert facts(text) == BOTH


def test_near_miss_a_place_blank_without_its_answer():
    assert (
        facts("1. Nairobi is the capital of __________.\n2. Lima is the capital of ____.") == set()
    )
    # an answer that is no place
    assert facts("Nairobi is the capital of ________. (the country)") == set()


@pytest.mark.parametrize(
    "text",
    [
        "State capitals\nOhio — Columbus | Texas — Austin | Florida — Tallahassee",
        "State capitals: Ohio: Columbus; Texas: Austin; Florida: Tallahassee",
    ],
)
def test_pairs_run_on_parted_by_bars_or_semicolons(text):
    assert facts(text) == {("Ohio", "Columbus"), ("Texas", "Austin"), ("Florida", "Tallahassee")}


def test_near_miss_labelled_fields_run_on_are_no_pairs():
    # labels and their values, not places and their capitals
    assert (
        facts("Capital letters: Day: Monday; Venue: Austin; Host: Dallas; Chair: Houston") == set()
    )
    # an item's note after the city stays a note
    assert facts(
        "Capitals\nOhio – Columbus – since 1816 – pop. 900,000\nTexas – Austin – 1839"
    ) == {
        ("Ohio", "Columbus"),
        ("Texas", "Austin"),
    }


def test_a_statement_to_complete_with_its_options_on_the_lines_below():
    text = "The capital of Kenya is:\nA. Mombasa\nB. Nairobi\nC. Kisumu\nAnswer: B"
    assert facts(text) == {("Kenya", "Nairobi")}


def test_near_miss_options_without_a_marked_answer():
    assert facts("The capital of Kenya is:\nA. Mombasa\nB. Nairobi\nC. Kisumu") == set()


def test_a_key_that_pairs_places_and_capitals_by_name():
    text = (
        "Match the country with its capital.\nKenya ______ a. Lima\nPeru ______ b. Nairobi\n"
        "Answer key: Kenya - Nairobi, Peru - Lima"
    )
    assert facts(text) == BOTH


def test_near_miss_a_key_of_pairs_in_a_text_not_on_capitals():
    # a key of a quiz on football clubs and their towns
    assert facts("Which club plays where?\nAnswer key: Kenya - Nairobi, Peru - Lima") == set()


def test_options_after_a_colon_are_no_statement_and_the_marked_answer_is():
    # "Circle the capital of X: A / B / C" lists choices; the answer key says which
    text = "Circle the capital of Ghana: Kumasi / Accra / Tamale\nAnswer: Accra\n"
    assert facts(text) == {("Ghana", "Accra")}


def test_near_miss_options_without_a_marked_answer_state_nothing():
    assert facts("Circle the capital of Ghana: Kumasi / Accra / Tamale\n") == set()


@pytest.mark.parametrize(
    "key",
    ["Answers:\na) Accra\nb) Lima\n", "Answers: a) Accra b) Lima\n"],
)
def test_lettered_places_answered_by_letter_in_a_key(key):
    text = "Name the capitals of these countries:\na) Ghana\nb) Peru\n\n" + key
    assert facts(text) == {("Ghana", "Accra"), ("Peru", "Lima")}


def test_near_miss_a_lettered_list_of_places_without_a_word_for_capitals():
    text = "Countries we visited:\na) Ghana\nb) Peru\n\nAnswers: a) Accra b) Lima\n"
    assert facts(text) == set()


def test_answer_after_an_abbreviated_label():
    text = (
        "Q1. What is the capital of Ghana?\nAns. Accra\n"
        "Q2. What is the capital of Chile?\nAns: Santiago\n"
    )
    assert facts(text) == {("Ghana", "Accra"), ("Chile", "Santiago")}


def test_answer_in_brackets_after_the_question():
    text = "1. What is the capital of Ghana? (Accra)\n2. What is the capital of Chile? (Santiago)\n"
    assert facts(text) == {("Ghana", "Accra"), ("Chile", "Santiago")}


def test_near_miss_brackets_after_the_question_hold_no_answer():
    assert facts("3. What is the capital of Ghana? (2 marks)") == set()
    assert facts("4. What is the capital of Ghana? (Accra or Kumasi)") == set()
    assert facts("5. Is Kumasi the capital of Ghana? (No)") == set()


def test_the_city_left_blank_then_its_answer_in_brackets_after_the_sentence():
    text = (
        "Fill in the blanks.\n1. __________ is the capital of Kenya. (Nairobi)\n"
        "2. ______ is the capital of Peru (Answer: Lima)\n"
    )
    assert facts(text) == BOTH


def test_near_miss_a_bracket_after_the_blank_s_sentence_that_holds_no_city():
    assert facts("1. __________ is the capital of Kenya. (see page 4)\n") == set()


def test_a_labelled_answer_on_the_line_under_the_blank():
    text = "Kenya's capital is ___________ .\nAnswer: Nairobi\n\nThe capital of Peru is ______.\nAns. Lima\n"
    assert facts(text) == BOTH


def test_near_miss_the_next_question_s_answer_is_not_the_blank_above_it_s():
    text = "1. The capital of Kenya is ______.\n2. The capital of Peru is ______.\nAnswer: Lima\n"
    assert facts(text) == {("Peru", "Lima")}


def test_unnumbered_blanks_answered_by_name_in_a_key():
    text = (
        "Write the capital of each country.\nGhana: ____________\nChile: ____________\n\n"
        "Answer key\nGhana: Accra\nChile: Santiago\n"
    )
    assert facts(text) == {("Ghana", "Accra"), ("Chile", "Santiago")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the blanks ask for another city: the key's pairs are no capitals
        (
            "Write the largest city of each country.\nGhana: ____________\n\n"
            "Answer key\nGhana: Kumasi\n",
            set(),
        ),
        # a place the key names that was never left blank above
        (
            "Write the capital of each country.\nGhana: ____________\n\n"
            "Answer key\nGhana: Accra\nChile: Valparaiso\n",
            {("Ghana", "Accra")},
        ),
    ],
)
def test_near_miss_a_key_s_pairs_without_their_blanks(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("mark", ["a)", "(a)"])
def test_items_lettered_under_a_task_about_capitals(mark):
    second = mark.replace("a", "b")
    text = f"Name the capital city of each country.\n{mark} Kenya – Nairobi\n{second} Peru – Lima\n"
    assert facts(text) == BOTH


def test_near_miss_lettered_items_under_another_task():
    text = "Name a port of each country.\na) Kenya – Mombasa\nb) Peru – Callao\n"
    assert facts(text) == set()


def test_a_country_a_comma_and_its_capital_under_a_heading_about_capitals():
    assert facts("Capital cities of the world\nKenya, Nairobi\nPeru, Lima\n") == BOTH


def test_near_miss_a_country_a_comma_and_a_city_under_another_heading():
    assert facts("Our offices\nKenya, Nairobi\nPeru, Lima\n") == set()
