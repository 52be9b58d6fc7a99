"""Capitals in PHP arrays, XML elements and labelled blocks (extractors.capital): invented
records, each with a near-miss."""

import pytest

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["capital"])[0].extract(text)}


def test_php_array_named_for_capitals():
    text = "<?php\n$state_capitals = array('Ohio' => 'Columbus', 'Utah' => 'Salt Lake City');\n"
    assert facts(text) == {("Ohio", "Columbus"), ("Utah", "Salt Lake City")}


def test_php_short_array_named_for_capitals():
    text = "$capitals = ['Kenya' => 'Nairobi', 'Peru' => 'Lima'];"
    assert facts(text) == {("Kenya", "Nairobi"), ("Peru", "Lima")}


def test_near_miss_php_array_of_other_cities():
    text = "$largest_cities = array('Ohio' => 'Columbus', 'Utah' => 'Salt Lake City');"
    assert facts(text) == set()


def test_xml_elements():
    text = (
        "<countries>\n  <country>\n    <name>Kenya</name>\n    <capital>Nairobi</capital>\n"
        "  </country>\n  <country><name>Peru</name><capital>Lima</capital></country>\n"
        "</countries>\n"
    )
    assert facts(text) == {("Kenya", "Nairobi"), ("Peru", "Lima")}


def test_near_miss_xml_capital_of_a_company():
    text = "<company><name>Acme Holdings</name><capital>5000000</capital></company>"
    assert facts(text) == set()


def test_near_miss_xml_capital_outside_the_place_element():
    # the capital belongs to the region record that holds it, not to a neighbour's name
    text = "<list><item><name>Peru</name></item><item><capital>Lima</capital></item></list>"
    assert facts(text) == set()


def test_text_without_capital_letters():
    # informal posts: the places are known names, so case is not needed to find them
    assert ("Australia", "Canberra") in facts("the capital of australia is canberra, not sydney")
    assert ("Kenya", "Nairobi") in facts("i live in nairobi which is the capital of kenya")
    assert ("Malaysia", "Kuala Lumpur") in facts(
        "kuala lumpur is the capital of malaysia. so hot there"
    )


def test_near_miss_lower_case_capital_in_other_senses():
    assert facts("venture capital in nairobi is growing fast") == set()
    assert facts("the capital of my startup is small, we live in lima") == set()
    # a line with capitals is read as written, not re-cased
    assert facts("the capital of australia is Sydney said Tom") <= {("Australia", "Sydney")}


@pytest.mark.parametrize(
    "text",
    [
        # a parenthesis after the paragraph's place, "its capital" after a semicolon
        "Kenya (officially the Republic of Kenya) is a country in East Africa; its capital is "
        "Nairobi.",
        "Nairobi is both the capital and the largest city of Kenya.",
        "Kenya's capital city of Nairobi is a good base for safaris.",
        "With Nairobi as its capital, Kenya grew quickly after independence.",
        "Kenya has Nairobi as its capital and Mombasa as its main port.",
    ],
)
def test_encyclopedic_sentences(text):
    assert facts(text) == {("Kenya", "Nairobi")}


@pytest.mark.parametrize(
    "text",
    [
        # "capital of" a quality, not a city
        "Kenya's capital of goodwill is large.",
        # "with … as its capital" about a company
        "With Nairobi as its capital, the firm opened offices in Lyon.",
        # the past, and a capital of something else
        "Kenya had Mombasa as its capital until 1907.",
        "Kenya has Nairobi as its capital of commerce.",
    ],
)
def test_near_miss_encyclopedic_sentences(text):
    assert facts(text) == set()


def test_sql_capital_by_city_id():
    text = (
        "INSERT INTO cities (id, name) VALUES (1, 'Lima'), (2, 'Nairobi');\n"
        "INSERT INTO countries (id, name, capital_id) VALUES (1, 'Peru', 1), (2, 'Kenya', 2);\n"
    )
    assert facts(text) == {("Peru", "Lima"), ("Kenya", "Nairobi")}


def test_sql_capital_column_of_city_ids_from_create_table():
    text = (
        "CREATE TABLE city (ID int, Name char(35), CountryCode char(3));\n"
        "INSERT INTO city VALUES (10,'Lima','PER'),(11,'Cusco','PER');\n"
        "CREATE TABLE country (Code char(3), Name char(52), Capital int);\n"
        "INSERT INTO country VALUES ('PER','Peru',10);\n"
    )
    assert facts(text) == {("Peru", "Lima")}


def test_sql_flagged_city_with_a_country_code():
    text = "INSERT INTO city (name, country_code, is_capital) VALUES ('Lima', 'PE', 1), ('Cusco', 'PE', 0);"
    assert facts(text) == {("Peru", "Lima")}


def test_near_miss_sql_ids_without_a_table_of_cities():
    # the id points nowhere the text shows: no city to name
    text = "INSERT INTO countries (id, name, capital_id) VALUES (1, 'Peru', 7);"
    assert facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Lima (Peru's capital) was our base for a week.",
        "Lima, which is Peru's capital, is on the coast.",
    ],
)
def test_city_before_a_possessive_capital(text):
    assert facts(text) == {("Peru", "Lima")}


def test_near_miss_city_before_a_possessive_of_another_sense():
    assert facts("Lima (Peru's capital of gastronomy, some say) was our base.") == set()


def test_forum_reply_under_a_question_and_a_did_you_know():
    assert facts("Re: What's the capital of Australia?\n> Canberra obviously") == {
        ("Australia", "Canberra")
    }
    assert facts("Did you know the capital of Australia is Canberra?") == {
        ("Australia", "Canberra")
    }


def test_near_miss_a_reply_that_names_no_known_city_and_an_open_question():
    assert facts("What's the capital of Australia?\n> Honestly no idea, mate") == set()
    assert facts("Is the capital of Australia Sydney?") == set()


_DUMP_SCHEMA = (
    "CREATE TABLE `lands` (\n  `id` int(11) NOT NULL,\n  `name` varchar(100) NOT NULL,\n"
    "  `capital` varchar(255) DEFAULT NULL,\n  `region` varchar(255) DEFAULT NULL,\n"
    "  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n\nLOCK TABLES `lands` WRITE;\n"
)


def test_a_dump_whose_table_has_a_region_column_beside_the_country():
    # the "region" column holds a continent; the country is the "name" column
    text = _DUMP_SCHEMA + (
        "INSERT INTO `lands` VALUES (1,'Peru','Lima','South America'),"
        "(2,'Chile','Santiago','South America');\nUNLOCK TABLES;\n"
    )
    assert facts(text) == {("Peru", "Lima"), ("Chile", "Santiago")}
    # near-miss: a table of cities by region, without a capital column
    cities = text.replace("`capital`", "`mayor`")
    assert facts(cities) == set()


def test_a_dumps_one_line_insert_is_read_whole_through_the_scan():
    from auditor.extraction import Extraction

    rows = ",".join(f"({i},'Peru','Lima','South America')" for i in range(200))
    text = _DUMP_SCHEMA + f"INSERT INTO `lands` VALUES {rows},(201,'Chile','Santiago','x');\n"
    found = {(f.subject, f.value) for f in Extraction(select(["capital"])).facts(text)}
    assert ("Chile", "Santiago") in found  # the last row, 7,000 characters past the header


def test_sql_rows_with_comments_between_them():
    text = (
        "INSERT INTO capitals (country, capital) VALUES\n"
        "    ('Chile', 'Santiago'),   -- South America\n"
        "    /* Europe */ ('Austria', 'Vienna');\n"
    )
    assert facts(text) == {("Austria", "Vienna"), ("Chile", "Santiago")}


def test_a_comment_closes_no_row_that_is_not_there():
    # near-miss: the second "row" is inside the comment
    text = (
        "INSERT INTO capitals (country, capital) VALUES ('Chile', 'Santiago');\n"
        "-- ('Austria', 'Vienna'),\n"
    )
    assert facts(text) == {("Chile", "Santiago")}


def test_sql_rows_written_over_several_lines():
    text = "INSERT INTO capitals (country, capital) VALUES (\n  'Chile',\n  'Santiago'\n);\n"
    assert facts(text) == {("Chile", "Santiago")}


def test_sql_rows_with_function_calls_and_escape_strings():
    # PostgreSQL: NOW() fills a timestamp column, E'…' is an escape string
    text = (
        'INSERT INTO "public"."countries" ("id", "name", "capital", "created_at") VALUES '
        "(1, 'Chile', 'Santiago', NOW()), (2, E'Austria', E'Vienna', to_timestamp(0));\n"
    )
    assert facts(text) == {("Austria", "Vienna"), ("Chile", "Santiago")}


def test_a_function_call_is_no_capital():
    # near-miss: the capital column holds a lookup, not a name
    text = "INSERT INTO countries (name, capital) VALUES ('Chile', lookup_city(7));\n"
    assert facts(text) == set()


def test_create_table_columns_with_comments_after_them():
    text = (
        "CREATE TABLE countries (\n  id INTEGER PRIMARY KEY,\n  name TEXT, -- the country\n"
        "  capital TEXT /* its seat, if any */\n);\n"
        "INSERT INTO countries VALUES (1, 'Chile', 'Santiago');\n"
    )
    assert facts(text) == {("Chile", "Santiago")}


@pytest.mark.parametrize(
    "text",
    [
        "Country profile: Chile\nCapital city: Santiago\nOfficial language: Spanish\n",
        "Fact file: Chile\nCapital: Santiago\n",
    ],
)
def test_a_capital_field_under_a_labelled_heading(text):
    assert facts(text) == {("Chile", "Santiago")}


def test_near_miss_a_labelled_heading_that_names_no_place():
    text = "Profile: Jane Roe\nCapital: Santiago\n"
    assert facts(text) == set()


def read_whole(text):
    """The capitals the whole pipeline reads (pre-filter and units), sorted."""
    from auditor.extraction import Extraction

    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya: Area 580,367 km2; Population 50 million; Capital: Nairobi; Currency: shilling.",
        "Kenya: Area 580,367 km2; Population 50 million; Capital Nairobi; Currency shilling.",
        "KENYA. Area, 580,367 sq. km.; pop., 50,000,000; cap., Nairobi.",
        "Kenya. Area 580,367 km2. Pop. 50 million. Cap. Nairobi.",
    ],
)
def test_an_almanacs_entry_its_place_first_and_other_fields_before_the_capital(text):
    # (the place as the entry writes it, "KENYA" too: the guidelines' matching folds case)
    assert [(place.casefold(), city) for place, city in read_whole(text)] == [("kenya", "Nairobi")]


@pytest.mark.parametrize(
    "text",
    [
        "Sales: Area north; Revenue 5; Capital Nairobi; Staff 9.",  # no place heads the line
        "Vol. 3; cap., Harcourt and Co.",  # a chapter's abbreviation
    ],
)
def test_near_miss_fields_under_no_place(text):
    assert read_whole(text) == []


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO countries (id, name, capital, continent) VALUES",
        "INSERT IGNORE INTO countries (id, name, capital, continent) VALUES",
        "INSERT OR REPLACE INTO countries (id, name, capital, continent) VALUES",  # SQLite
        "REPLACE INTO countries (id, name, capital, continent) VALUES",  # MySQL
        "INSERT [dbo].[Countries] ([Id], [Name], [Capital], [Continent]) VALUES",  # SQL Server
    ],
)
def test_a_one_line_insert_that_names_its_columns_is_read_whole_through_the_scan(statement):
    # the columns' names (the trigger) and every row on the one line, no CREATE TABLE above
    from auditor.extraction import Extraction

    rows = ", ".join(f"({i}, 'Peru', 'Lima', 'South America')" for i in range(200))
    text = f"{statement} {rows}, (201, 'Chile', 'Santiago', 'South America');\n"
    found = {(f.subject, f.value) for f in Extraction(select(["capital"])).facts(text)}
    assert ("Chile", "Santiago") in found  # the last row, 8,000 characters past the header
    # near-miss: the same rows of a table of largest cities, no capital column
    cities = text.replace("apital", "ity")
    assert not [f for f in Extraction(select(["capital"])).facts(cities)]


@pytest.mark.parametrize(
    "text",
    [
        "Capital: Accra\nCountry: Ghana\nPopulation: 33 million\n\n"
        "Capital: Santiago\nCountry: Chile\nPopulation: 19 million\n",
        # compact, no blank line between the records
        "Capital: Accra\nCountry: Ghana\nCapital: Santiago\nCountry: Chile\n",
    ],
)
def test_records_that_open_on_their_capital(text):
    assert facts(text) == {("Ghana", "Accra"), ("Chile", "Santiago")}


@pytest.mark.parametrize(
    "text",
    [
        # records that open on their place: the place below a capital is the next record's
        "Country: Ghana\nCapital: Accra\nCountry: Chile\nCapital: Santiago\n",
        "Country: Ghana\nCapital: Accra\n\nCountry: Chile\nCapital: Santiago\n",
    ],
)
def test_near_miss_records_that_open_on_their_place(text):
    assert facts(text) == {("Ghana", "Accra"), ("Chile", "Santiago")}


def test_near_miss_a_place_below_a_blank_line_is_no_record_s():
    assert facts("Capital: Accra\n\nCountry: Ghana\n") == set()
