"""Capitals stated in the rows of data files (SQL inserts, CSV, JSON): a sentence inside a
string field ("('Peru', 'Peru is a country … Its capital is Lima.')"), a question and its
answer in two fields, a name field followed by a description field that opens "Capital of X";
and a guide's imperative before a city ("Visit Lima, the capital of Peru"). Invented rows in
the general form of each, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_sentences_inside_sql_string_fields():
    text = (
        "INSERT INTO pages (title, body) VALUES ('Chile', 'Chile is a long country in South "
        "America. Its capital is Santiago.');\n"
        "INSERT INTO pages (title, body) VALUES ('Nepal', 'Nepal is a landlocked country in "
        "South Asia, with its capital in Kathmandu.');\n"
        "INSERT INTO pages (name, summary) VALUES ('Quito', 'Quito is the capital of Ecuador.');\n"
    )
    assert capitals(text) == [
        ("Chile", "Santiago"),
        ("Ecuador", "Quito"),
        ("Nepal", "Kathmandu"),
    ]


def test_a_question_and_its_answer_in_two_fields():
    csv = "question,answer\nWhat is the capital of Chile?,Santiago\n"
    sql = "INSERT INTO quiz (q, a) VALUES ('What is the capital of Nepal?', 'Kathmandu');"
    json_rows = '[{"q": "What is the capital of Ecuador?", "a": "Quito"}]'
    assert capitals(csv) == [("Chile", "Santiago")]
    assert capitals(sql) == [("Nepal", "Kathmandu")]
    assert capitals(json_rows) == [("Ecuador", "Quito")]


def test_near_miss_a_question_followed_by_its_options():
    text = "question,option_a,option_b\nWhat is the capital of Chile?,Valparaiso,Santiago\n"
    assert capitals(text) == []


def test_a_name_field_then_a_description_that_opens_with_capital_of():
    text = (
        "INSERT INTO city (name, note) VALUES ('Santiago', 'Capital of Chile');\n"
        "INSERT INTO city (name, note) VALUES ('Kathmandu', 'The capital city of Nepal, in a "
        "valley');\n"
    )
    assert capitals(text) == [("Chile", "Santiago"), ("Nepal", "Kathmandu")]


def test_near_miss_a_description_on_another_kind_of_capital():
    text = "INSERT INTO city (name, note) VALUES ('Valparaiso', 'Capital of Chilean poetry');"
    assert capitals(text) == []


def test_a_guides_imperative_before_the_city():
    assert capitals("Visit Hobart, the capital of Tasmania, in the summer.") == [
        ("Tasmania", "Hobart")
    ]


def test_near_miss_a_column_named_name_is_no_question():
    # the "name" of a column list before a string is not "Name the capital of …?"
    text = "insert into place (name, note) values ('Quito', 'Quito is the capital of Ecuador.');"
    assert capitals(text) == [("Ecuador", "Quito")]
    assert capitals("Name the capital of Ecuador. Quito") == []


@pytest.mark.parametrize(
    "statement",
    ["INSERT OR IGNORE INTO", "INSERT OR REPLACE INTO", "REPLACE INTO", "INSERT IGNORE INTO"],
)
def test_insert_variants_of_sqlite_and_mysql(statement):
    text = f"{statement} states (name, capital) VALUES ('Ohio', 'Columbus'), ('Utah', 'Salt Lake City');"
    found = {(f.subject, f.value) for f in Extraction(select(["capital"])).facts(text)}
    assert found == {("Ohio", "Columbus"), ("Utah", "Salt Lake City")}


def test_near_miss_a_select_of_capitals_states_no_rows():
    text = "SELECT name, capital FROM states WHERE name IN ('Ohio', 'Utah');"
    assert Extraction(select(["capital"])).facts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "INSERT INTO countries VALUES ('KE', 'Kenya', 'Nairobi');\n"
        "INSERT INTO countries VALUES ('PE', 'Peru', 'Lima');\n",
        "INSERT INTO `country` VALUES (1,'Kenya','Nairobi','Africa'),(2,'Peru','Lima','Americas');",
    ],
)
def test_a_seed_of_places_inserted_without_its_columns(text):
    # no word for a capital anywhere: the one column of places and the one of cities say it
    assert capitals(text) == [("Kenya", "Nairobi"), ("Peru", "Lima")]


@pytest.mark.parametrize(
    "text",
    [
        # two columns of cities: which is the capital is not shown
        "INSERT INTO states VALUES ('Ohio','OH','Columbus','Cleveland'),"
        "('Texas','TX','Austin','Houston');",
        # no column of cities
        "INSERT INTO countries VALUES ('KE', 'Kenya', 'Swahili'), ('PE', 'Peru', 'Spanish');",
        # one row: too little to tell a column's role
        "INSERT INTO countries VALUES ('KE', 'Kenya', 'Nairobi');",
    ],
)
def test_near_miss_a_headerless_seed_whose_columns_say_nothing_sure(text):
    assert capitals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # SQL Server's generated scripts (and MySQL) may leave out INTO; strings are N'…'
        "SET IDENTITY_INSERT [dbo].[Country] ON\n"
        "INSERT [dbo].[Country] ([Id], [Name], [Capital]) VALUES (1, N'Kenya', N'Nairobi')\n"
        "INSERT [dbo].[Country] ([Id], [Name], [Capital]) VALUES (2, N'Peru', N'Lima')\n"
        "GO\n",
        # Oracle's INSERT ALL: a line opening with INTO for each row
        "INSERT ALL\n"
        "  INTO countries (name, capital) VALUES ('Kenya', 'Nairobi')\n"
        "  INTO countries (name, capital) VALUES ('Peru', 'Lima')\n"
        "SELECT * FROM dual;\n",
    ],
)
def test_inserts_of_sql_server_and_oracle_scripts(text):
    assert capitals(text) == [("Kenya", "Nairobi"), ("Peru", "Lima")]


def test_near_miss_an_instruction_to_insert_values_is_no_table():
    text = "Insert the values (Kenya, Nairobi) and (Peru, Lima) into the grid below."
    assert capitals(text) == []


def test_sql_table_of_states_names_its_country_too():
    # a table of states may give each state's country beside its name: the state is the
    # row's subject, the country only where it lies
    sql = (
        "INSERT INTO states (name, country, capital) VALUES\n"
        "  ('Bavaria', 'Germany', 'Munich'),\n  ('Ontario', 'Canada', 'Toronto');\n"
    )
    assert capitals(sql) == [("Bavaria", "Munich"), ("Ontario", "Toronto")]
    provinces = (
        "INSERT INTO provinces (province, region, capital) VALUES ('Zeeland', 'Netherlands', "
        "'Middelburg');"
    )
    assert capitals(provinces) == [("Zeeland", "Middelburg")]


def test_near_miss_sql_table_of_countries_with_a_region_column():
    # a table of countries: its "region" is the continent, its name column the country
    sql = (
        "INSERT INTO countries (region, country_name, capital) VALUES ('Europe', 'Austria', "
        "'Vienna'), ('Americas', 'Chile', 'Santiago');"
    )
    assert capitals(sql) == [("Austria", "Vienna"), ("Chile", "Santiago")]


def test_sql_rows_given_as_selects():
    sql = (
        "INSERT INTO countries (name, capital)\nSELECT 'Ghana', 'Accra' UNION ALL\n"
        "SELECT 'Chile', 'Santiago' FROM dual;\n"
    )
    assert capitals(sql) == [("Chile", "Santiago"), ("Ghana", "Accra")]


def test_near_miss_sql_select_from_another_table():
    sql = "INSERT INTO capitals_copy (name, capital) SELECT name, capital FROM capitals;"
    assert capitals(sql) == []


def test_quiz_prompts_without_a_question_mark():
    cards = "INSERT INTO cards (front, back) VALUES ('Capital of Ghana', 'Accra');"
    assert capitals(cards) == [("Ghana", "Accra")]
    blanks = (
        "INSERT INTO items (question, answer) VALUES ('Name the capital of Chile.', 'Santiago'),"
        " ('The capital of Ghana is ____.', 'Accra');"
    )
    assert capitals(blanks) == [("Chile", "Santiago"), ("Ghana", "Accra")]


def test_near_miss_flash_card_of_another_attribute():
    cards = "INSERT INTO cards (front, back) VALUES ('Currency of Ghana', 'Cedi');"
    assert capitals(cards) == []


def test_quiz_in_two_tables_linked_by_question_id():
    sql = (
        "INSERT INTO questions (id, body) VALUES (4, 'What is the capital of Ghana?');\n"
        "INSERT INTO answers (question_id, answer_text, is_correct) VALUES\n"
        "  (4, 'Kumasi', FALSE), (4, 'Accra', TRUE), (4, 'Tamale', FALSE);\n"
    )
    assert capitals(sql) == [("Ghana", "Accra")]


def test_near_miss_linked_answers_none_marked_correct():
    sql = (
        "INSERT INTO questions (id, body) VALUES (4, 'What is the capital of Ghana?');\n"
        "INSERT INTO answers (question_id, answer_text, is_correct) VALUES\n"
        "  (4, 'Kumasi', 0), (4, 'Tamale', 0);\n"
    )
    assert capitals(sql) == []


def test_sql_table_of_cities_naming_what_each_is_capital_of():
    sql = (
        "INSERT INTO cities (name, capital_of, population) VALUES ('Accra', 'Ghana', 2.5),"
        " ('Kumasi', NULL, 3.3), ('Tamale', '', 0.4);"
    )
    assert capitals(sql) == [("Ghana", "Accra")]


def test_sql_triples_with_a_camel_case_inverse_predicate():
    sql = (
        "INSERT INTO triples (subject, predicate, object) VALUES ('Accra', 'capitalOf', "
        "'Ghana'), ('Chile', 'hasCapital', 'Santiago');"
    )
    assert capitals(sql) == [("Chile", "Santiago"), ("Ghana", "Accra")]


def test_near_miss_sql_triples_of_another_predicate():
    sql = "INSERT INTO triples (subject, predicate, object) VALUES ('Accra', 'cityOf', 'Ghana');"
    assert capitals(sql) == []
