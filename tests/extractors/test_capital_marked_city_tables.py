"""Tables of cities whose capital column marks which rows are capitals, instead of naming the
capital: a flag (``yes``, ``1``, ``TRUE``, ``✓``) for the row's place, or the kind of capital
as gazetteer exports write it (simplemaps' ``primary`` for a country's capital and ``admin``
for a first-level region's; ``minor`` and blanks are none), with the country by name or by its
ISO 3166-1 alpha-2 or alpha-3 code. In SQL inserts, CSV and Markdown tables. Rows invented in
the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors import places
from extractors.base import select


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_country_by_alpha3_code():
    # ISO 3166-1: PER is Peru's alpha-3 code, PE its alpha-2 code
    assert places.country_of_code("PER") == "Peru"
    assert places.country_of_code("PE") == "Peru"
    assert places.country_of_code("Per") is None
    assert places.country_of_code("QQQ") is None


def test_a_code_names_the_country_by_its_everyday_name():
    # ISO 3166-1 lists NOR as "Norway" (official name "Kingdom of Norway") and KOR as
    # "Korea, Republic of"; the gazetteer also lists "South Korea" and the bare "Korea"
    assert places.country_of_code("NOR") == "Norway"
    assert places.country_of_code("KOR") == "South Korea"
    assert places.country_of_code("GBR") == "United Kingdom"


def test_sql_city_rows_with_a_kind_of_capital():
    text = (
        "INSERT INTO cities (city, country, capital, population) VALUES "
        "('Lima', 'Peru', 'primary', 9000000), ('Arequipa', 'Peru', 'minor', 1000000), "
        "('Quito', 'Ecuador', 'primary', 2000000);\n"
    )
    assert capitals(text) == [("Ecuador", "Quito"), ("Peru", "Lima")]


def test_sql_city_rows_flagged_true_with_a_country_code():
    text = (
        "INSERT INTO city (name, countrycode, is_capital) VALUES "
        "('Santiago', 'CHL', TRUE), ('Valparaiso', 'CHL', FALSE);\n"
    )
    assert capitals(text) == [("Chile", "Santiago")]


def test_csv_gazetteer_export_country_and_region_capitals():
    text = (
        '"city","lat","lng","country","iso3","admin_name","capital","population"\n'
        '"Lima","-12.06","-77.03","Peru","PER","Lima","primary","9000000"\n'
        '"Arequipa","-16.40","-71.53","Peru","PER","Arequipa","admin","1000000"\n'
        '"Cusco","-13.53","-71.96","Peru","PER","Cusco","admin","430000"\n'
        '"Juliaca","-15.50","-70.13","Peru","PER","Puno","","270000"\n'
    )
    assert capitals(text) == [("Arequipa", "Arequipa"), ("Cusco", "Cusco"), ("Peru", "Lima")]


def test_markdown_table_with_a_yes_column():
    text = (
        "| City | Country | Capital |\n"
        "|---|---|---|\n"
        "| Quito | Ecuador | Yes |\n"
        "| Guayaquil | Ecuador | No |\n"
        "| Santiago | Chile | Yes |\n"
    )
    assert capitals(text) == [("Chile", "Santiago"), ("Ecuador", "Quito")]


def test_near_miss_marks_of_no_capital():
    # "minor" and a blank mark no capital; a "primary" city whose place column names no country
    text = "city,state,capital\nArequipa,Arequipa,minor\nJuliaca,Puno,\nLima,Lima,primary\n"
    assert capitals(text) == []


def test_near_miss_a_capital_column_that_names_the_capitals_is_read_as_before():
    text = "| Country | Capital |\n|---|---|\n| Peru | Lima |\n| Chile | Santiago |\n"
    assert capitals(text) == [("Chile", "Santiago"), ("Peru", "Lima")]


def test_sql_city_rows_flagged_with_the_country_by_its_row_id():
    # a schema with a table of countries and a table of cities that refers to it by id
    text = (
        "CREATE TABLE country (id INT PRIMARY KEY, name TEXT);\n"
        "CREATE TABLE city (id INT, name TEXT, country_id INT, is_capital BOOLEAN);\n"
        "INSERT INTO country (id, name) VALUES (1, 'Kenya'), (2, 'Peru');\n"
        "INSERT INTO city (id, name, country_id, is_capital) VALUES\n"
        "  (1, 'Nairobi', 1, TRUE), (2, 'Mombasa', 1, FALSE), (3, 'Lima', 2, TRUE);\n"
    )
    assert capitals(text) == [("Kenya", "Nairobi"), ("Peru", "Lima")]


def test_near_miss_a_country_id_that_no_row_of_countries_holds():
    text = (
        "INSERT INTO city (id, name, country_id, is_capital) VALUES\n"
        "  (1, 'Nairobi', 7, TRUE), (3, 'Lima', 8, TRUE);\n"
    )
    assert capitals(text) == []


def test_a_capital_column_of_city_ids_whose_first_row_holds_id_one():
    # a capital given by its city's row id ("world" sample database layout): the first
    # country's capital happens to be city 1, which is no flag: the other rows tell
    text = (
        "CREATE TABLE city (ID int, Name char(35), CountryCode char(3));\n"
        "INSERT INTO city VALUES (1,'Nairobi','KEN'),(2,'Mombasa','KEN'),(3,'Lima','PER');\n"
        "CREATE TABLE country (Code char(3), Name char(52), Population int, Capital int);\n"
        "INSERT INTO country VALUES ('KEN','Kenya',30080000,1),('PER','Peru',25662000,3);\n"
    )
    assert capitals(text) == [("Kenya", "Nairobi"), ("Peru", "Lima")]
