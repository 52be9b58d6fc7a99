"""Capitals in data written in another language: a Spanish seed file's ``paises (nombre,
capital)``, a French ``pays (nom, capitale)`` table, a German CSV under ``Land;Hauptstadt``,
JSON with a ``pais`` key. The row's column says it holds a capital, so a country named in the
data's own language (``Alemania``, ``Allemagne``) is its subject as written, as the guidelines
keep a subject's spelling. Invented rows in the general form of each, with near-misses: a
foreign country name in prose with no capital column, and a column of things that are no
countries."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_spanish_seed_file_of_countries():
    text = (
        "INSERT INTO paises (nombre, capital) VALUES ('Noruega', 'Oslo'), "
        "('Suecia', 'Estocolmo'), ('Perú', 'Lima');\n"
    )
    assert capitals(text) == [("Noruega", "Oslo"), ("Perú", "Lima"), ("Suecia", "Estocolmo")]


def test_a_french_table_with_a_capitale_column():
    text = "INSERT INTO pays (nom, capitale) VALUES ('Norvège', 'Oslo'), ('Suède', 'Stockholm');"
    assert capitals(text) == [("Norvège", "Oslo"), ("Suède", "Stockholm")]


def test_a_german_csv_under_land_and_hauptstadt():
    text = "Land;Hauptstadt;Einwohner\nNorwegen;Oslo;5400000\nSchweden;Stockholm;10500000\n"
    assert capitals(text) == [("Norwegen", "Oslo"), ("Schweden", "Stockholm")]


def test_json_records_with_a_spanish_country_key():
    text = '[{"pais": "Noruega", "capital": "Oslo"}, {"pais": "Suecia", "capital": "Estocolmo"}]'
    assert capitals(text) == [("Noruega", "Oslo"), ("Suecia", "Estocolmo")]


def test_near_miss_a_foreign_country_name_in_english_prose():
    # no capital column and no sentence of the languages the foreign rules read
    text = "Noruega was the name of the boat; Oslo was where it was built.\n"
    assert capitals(text) == []


def test_near_miss_a_column_of_teams_beside_a_capital_column():
    text = "INSERT INTO equipos (nombre, capital) VALUES ('Los Tigres', 'Oslo');"
    assert capitals(text) == []
