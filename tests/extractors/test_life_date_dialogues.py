"""Life dates in questions and answers, prompts and responses, pronunciations in brackets and
notices of a death: invented texts in the general form of each construction, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def facts(text: str) -> set[tuple[str, str, str]]:
    return {
        (f.relation, f.subject, f.value)
        for e in select(["birth_date", "death_date"])
        for f in e.extract(text)
    }


BORN = ("birth_date", "Mira Castellan", "1950-05-12")
DIED = ("death_date", "Mira Castellan", "2001-03-01")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the answer's pronoun speaks of the person the question asked about
        ("User: When was Mira Castellan born?\nAssistant: She was born on May 12, 1950.", BORN),
        ("Q: When did Mira Castellan die?\nA: She died on March 1, 2001, in Paris.", DIED),
        ("Tell me about Mira Castellan.\nShe was born on 12 May 1950 in Lyon.", BORN),
        # an instruction and its response under Markdown headings
        ("### Instruction:\nWhen was Mira Castellan born?\n### Response:\nMay 12, 1950", BORN),
        # a possessive question without "what is"
        ("Q: Mira Castellan's birthday? A: 12 May 1950.", BORN),
        # a pronunciation in brackets before the life span
        (
            "Mira Castellan (French: [mi.ʁa kas.tɛ.lɑ̃]; 12 May 1950 – 1 March 2001) was a painter.",
            DIED,
        ),
        # a notice: "the death of former Councillor X on DATE"
        ("The council noted the death of former Councillor Mira Castellan on 1 March 2001.", DIED),
        # a question that asks with "pass away" or a killing's verb
        ("Q: On what date did Mira Castellan pass away?\nA: March 1, 2001", DIED),
        ("When was Mira Castellan assassinated?\nAnswer: 1 March 2001", DIED),
        ("What day was Mira Castellan born? May 12, 1950", BORN),
    ],
)
def test_constructions(text, expected):
    assert expected in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun's person is not the one the question named: a name opens the answer
        "Q: When was Mira Castellan born?\nA: Her brother Tomas Brandt was born on 12 May 1950.",
        # a question without an answer marked as one
        "When was Mira Castellan born? Nobody knows; the records of 12 May 1950 burned.",
        # brackets with a date that is no life span: a reign
        "Mira Castellan (French: [mi.ʁa]; r. 12 May 1950 – 1 March 2001) was a queen.",
        # the death of someone's relative
        "The council noted the death of Mira Castellan's husband on 1 March 2001.",
        # a question about another event: the date answers that
        "Q: On what date did Mira Castellan pass the bar exam?\nA: March 1, 2001",
    ],
)
def test_near_misses(text):
    assert not {BORN, DIED} & facts(text)


def test_a_question_opening_with_whats():
    text = "What's Ken Moe's date of birth?\nAnswer: 7 June 1971\n"
    assert facts(text) == {("birth_date", "Ken Moe", "1971-06-07")}


def test_a_claim_a_verdict_supports_is_read():
    text = "Claim: Ken Moe was born on 7 June 1971.\nLabel: SUPPORTS\n"
    assert facts(text) == {("birth_date", "Ken Moe", "1971-06-07")}


@pytest.mark.parametrize(
    "text",
    [
        "Claim: Ken Moe was born on 7 June 1971.\nLabel: REFUTES\n",
        "Claim: Ken Moe died on 4 May 2019.\nLabel: NOT ENOUGH INFO\n",
        '{"claim": "Ken Moe was born on 7 June 1971.", "label": "REFUTES"}',
    ],
)
def test_near_miss_a_claim_judged_false_or_unverifiable_states_nothing(text):
    assert facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a dataset's record: the question's key, the answer's key (the pipeline must see it:
        # "die?" is its trigger)
        '{"question": "When did Tomas Brandt die?", "answer": "9 June 2011"}',
        # a CSV row: the answer in the next field
        '"When did Tomas Brandt die?","9 June 2011"',
    ],
)
def test_a_death_asked_and_answered_in_a_records_fields(text):
    found = Extraction(select(["death_date"])).facts(text)
    assert [(f.subject, f.value) for f in found] == [("Tomas Brandt", "2011-06-09")]


def test_near_miss_a_question_whose_next_field_is_no_date():
    assert facts('"When was Tomas Brandt born?","Ask his sister","3 May"') == set()


def test_csv_row_of_an_unquoted_question_and_a_quoted_answer():
    text = (
        'question,answer\nWhen was Mira Castellan born?,"May 12, 1950"\n'
        "When did Mira Castellan die?\tMarch 1, 2001\n"
    )
    assert facts(text) == {BORN, DIED}


def test_question_with_a_description_before_the_name():
    assert facts("Q: When was the painter Mira Castellan born?\nA: May 12, 1950") == {BORN}
    assert facts("Q: When did the Italian poet Mira Castellan die?\nA: March 1, 2001") == {DIED}


def test_near_miss_question_about_a_relative_of_the_name():
    assert facts("Q: When did the husband of Mira Castellan die?\nA: March 1, 2001") == set()
    assert facts('When was Mira Castellan born?,"Leeds, England"') == set()


def test_record_keyed_entity_property_value():
    text = '{"entity": "Mira Castellan", "property": "date_of_death", "value": "2001-03-01"}'
    assert facts(text) == {DIED}


@pytest.mark.parametrize(
    "text",
    [
        "Today is Mira Castellan's birthday! She was born on May 12, 1950.",
        "This post is about the painter Mira Castellan. She was born on May 12, 1950.",
        "Here lies the poet Mira Castellan. She was born on May 12, 1950.",
        "Five things you didn't know about Mira Castellan. She was born on May 12, 1950.",
    ],
)
def test_pronoun_continues_the_person_a_post_introduces(text):
    assert facts(text) == {BORN}


def test_near_miss_pronoun_of_the_other_gender_after_a_birthday_post():
    assert facts("Today is Mira Castellan's birthday! He was born on May 12, 1950.") == set()


def test_we_lost_a_relative_named_in_apposition():
    assert facts("We lost my aunt, Mira Castellan, on March 1, 2001.") == {DIED}


def test_near_miss_we_lost_an_object_not_a_person():
    assert facts("We lost my aunt's dog, Rex, on March 1, 2001.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question's turn that opens with the name, answered with a pronoun
        ("Q: Mira Castellan was born on what date?\nA: She was born on 12 May 1950.", {BORN}),
        # a question that asks by a pronoun after a context that named the person
        (
            "Context: Mira Castellan was a potter from Otley.\nQuestion: When was she born?\n"
            "Answer: 12 May 1950",
            {BORN},
        ),
        (
            "Context: Mira Castellan was a potter from Otley.\nQuestion: When did she die?\n"
            "Answer: 1 March 2001",
            {DIED},
        ),
    ],
)
def test_a_turn_s_name_or_a_pronoun_asked_after_a_context(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nobody named before the pronoun's question
        "Question: When was she born?\nAnswer: 12 May 1950",
        # the pronoun of the other gender than the one person named
        "Context: Mira Castellan was a potter from Otley.\nQuestion: When was he born?\n"
        "Answer: 12 May 1950",
    ],
)
def test_near_miss_a_pronoun_asked_about_nobody_named(text):
    assert facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: Date of birth of Mira Castellan?\nA: 12 May 1950", BORN),
        ("Question: Date of death of Mira Castellan?\nAnswer: 1 March 2001", DIED),
        ("Birth date of Mira Castellan?\n12 May 1950", BORN),
    ],
)
def test_a_question_of_the_noun_alone_after_its_label(text, expected):
    assert facts(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: Mira Castellan date of birth\nA: 12 May 1950", BORN),
        ("Question: Mira Castellan death date? Answer: 1 March 2001", DIED),
    ],
)
def test_a_question_of_the_name_and_the_field_after_its_label(text, expected):
    assert facts(text) == {expected}


def test_near_miss_the_name_and_the_field_without_a_question_label():
    assert facts("Mira Castellan date of birth\nA: 12 May 1950") == set()


def test_near_miss_the_noun_alone_inside_a_sentence_asks_nothing():
    text = "We checked the date of birth of Mira Castellan? No, 12 May 1950 was her sister's."
    assert facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who was born on 3 May 1950? Ingrid Halvorsen.", ("birth_date", "1950-05-03")),
        ("Who died on 9 June 2001? Ingrid Halvorsen\n", ("death_date", "2001-06-09")),
    ],
)
def test_a_who_question_answered_by_a_name_alone_after_it(text, expected):
    relation, value = expected
    assert facts(text) == {(relation, "Ingrid Halvorsen", value)}


def test_near_miss_a_sentence_after_a_who_question_is_no_answer():
    text = "Who was born on 3 May 1950? Ingrid Halvorsen and Per Moe were both born that year."
    assert facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Input: Ingrid Halvorsen, date of birth\nOutput: 3 May 1950\n",
            ("birth_date", "1950-05-03"),
        ),
        (
            "Input: Ingrid Halvorsen, date of death\nOutput: 9 June 2001\n",
            ("death_date", "2001-06-09"),
        ),
    ],
)
def test_a_data_sets_input_field_and_output_date(text, expected):
    relation, value = expected
    assert facts(text) == {(relation, "Ingrid Halvorsen", value)}


def test_near_miss_an_input_that_asks_for_another_field():
    text = "Input: Ingrid Halvorsen, place of birth\nOutput: Bergen, 3 May 1950\n"
    assert facts(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # a chat template's turns: the model's answer after its turn's token
        ("<|user|> When was Mira Castellan born? <|assistant|> May 12, 1950.", {BORN}),
        (
            "<|im_start|>user\nWhen was Mira Castellan born?<|im_end|>\n"
            "<|im_start|>assistant\nMay 12, 1950<|im_end|>",
            {BORN},
        ),
        ("[INST] When did Mira Castellan die? [/INST] 1 March 2001", {DIED}),
        # the answer abbreviated with a stop, or opening on "On"
        ("Q. What is the birth date of Mira Castellan?\nAns. 12 May 1950", {BORN}),
        ("Q: When did Mira Castellan pass away?\nA: On 1 March 2001.", {DIED}),
    ],
)
def test_answers_after_a_turn_token_an_abbreviation_or_on(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the answer says nobody knows: a date after it is another event's
        "Q: When was Mira Castellan born? A: Nobody knows; on 12 May 1950 her brother was born.",
    ],
)
def test_near_miss_options_and_answers_that_give_no_date(text):
    assert facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Question: What is Mira Castellan's date of birth?\n"
            "Options: A) 1 May 1950 B) 12 May 1950 C) 3 June 1951\nAnswer: B",
            BORN,
        ),
        # (the third option's letter is no "c." that hedges its date)
        (
            "When did Mira Castellan die?\nA. 4 June 1999\nB. 5 July 2000\nC. 1 March 2001\n"
            "Correct answer: C",
            DIED,
        ),
    ],
)
def test_a_choice_question_and_its_marked_letter(text, expected):
    assert facts(text) == {expected}


def test_near_miss_the_first_option_of_a_choice_question_is_no_answer():
    # "A." opens the first option, not the answer: the key's letter names the answer
    text = "Q: When was Mira Castellan born?\nA. 3 May 1949\nB. 12 May 1950\nAnswer: B"
    assert facts(text) == {BORN}


def test_near_miss_choices_without_a_marked_answer_state_nothing():
    text = "When was Mira Castellan born?\nA) 1 May 1950\nB) 12 May 1950\nC) 3 June 1951\n"
    assert facts(text) == set()
