"""Birth and death dates in SQL seed files and dumps: an INSERT's rows under its column names
(or its table's CREATE TABLE), the person in a name column or in given- and family-name
columns. Invented rows in the general form, with near-misses."""

from auditor.extraction import Extraction
from extractors import sql
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_rows_under_a_name_and_a_birth_column():
    text = (
        "INSERT INTO people (id, full_name, date_of_birth) VALUES\n"
        "(1, 'Ken Moe', '1901-05-03'),\n"
        "(2, 'Ann Lee', '1950-06-04');\n"
    )
    assert life(text) == [
        ("birth_date", "Ann Lee", "1950-06-04"),
        ("birth_date", "Ken Moe", "1901-05-03"),
    ]


def test_given_and_family_name_columns_and_both_dates():
    text = (
        "INSERT INTO `authors` (`id`, `first_name`, `last_name`, `birth_date`, `death_date`) "
        "VALUES (7, 'Ken', 'Moe', '1901-05-03', '1980-06-04');"
    )
    assert life(text) == [
        ("birth_date", "Ken Moe", "1901-05-03"),
        ("death_date", "Ken Moe", "1980-06-04"),
    ]


def test_columns_named_by_the_create_table():
    text = (
        "CREATE TABLE poets (id INT PRIMARY KEY, name VARCHAR(80), born DATE);\n"
        "INSERT INTO poets VALUES (1, 'Ken Moe', '1901-05-03');\n"
    )
    assert life(text) == [("birth_date", "Ken Moe", "1901-05-03")]


def test_near_miss_a_date_column_that_is_no_birth():
    text = "INSERT INTO orders (id, customer, created) VALUES (1, 'Ken Moe', '2020-05-03');"
    assert life(text) == []


def test_a_row_cells_offsets_point_into_the_text():
    text = "INSERT INTO t (name, born) VALUES ('Ken Moe', '1901-05-03'), ('Ann', NULL);"
    (table,) = sql.tables(text)
    assert table.header == ("name", "born")
    assert [[text[c.start : c.end] for c in row] for row in table.rows] == [
        ["Ken Moe", "1901-05-03"],
        ["Ann", "NULL"],
    ]
