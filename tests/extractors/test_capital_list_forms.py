"""Capitals in more list forms and strings: the region first with its capital in brackets
under a header about capitals ("Bavaria (Munich)"), rows parted by a slash under a "State /
Capital" header, a hyphenated region before an item's dash, a sentence inside a single-quoted
string (an SQL seed's or a program's), a country whose name holds an elided particle
("Côte d'Ivoire"), a city named with "City" after a known name ("Quebec City"), and an
apposition opening its sentence without its closing comma ("The capital of X, Y is …").
Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


def test_the_region_first_with_its_capital_in_brackets_under_a_header_about_capitals():
    text = (
        "The nine provinces (capitals in brackets):\n\n"
        "* Limpopo (Polokwane)\n* Gauteng (Johannesburg)\n* Free State (Bloemfontein)\n"
    )
    assert capitals(text) == [
        ("Free State", "Bloemfontein"),
        ("Gauteng", "Johannesburg"),
        ("Limpopo", "Polokwane"),
    ]


def test_the_header_names_the_bracketed_column():
    text = "Province (Capital)\n- Limpopo (Polokwane)\n- Gauteng (Johannesburg)\n"
    assert capitals(text) == [("Gauteng", "Johannesburg"), ("Limpopo", "Polokwane")]


def test_the_region_first_under_a_header_that_names_capitals_only():
    text = "Provinces and capitals:\n\n* Limpopo (Polokwane)\n* Gauteng (Johannesburg)\n"
    assert capitals(text) == [("Gauteng", "Johannesburg"), ("Limpopo", "Polokwane")]


def test_a_country_first_whose_capital_shares_its_name_with_a_region():
    # Lima is a region of Peru too: the country first still makes the bracket its capital
    text = "Countries and capitals:\n\n* Kenya (Nairobi)\n* Peru (Lima)\n* Ghana (Accra)\n"
    assert capitals(text) == [("Ghana", "Accra"), ("Kenya", "Nairobi"), ("Peru", "Lima")]


def test_near_miss_brackets_that_give_the_places_other_name():
    text = "Capitals of Asia (old names in brackets):\n\n* Myanmar (Burma)\n* Sri Lanka (Ceylon)\n"
    assert capitals(text) == []


def test_near_miss_brackets_under_a_header_about_something_else():
    text = "Provinces and their best-known towns:\n\n* Limpopo (Polokwane)\n* Gauteng (Soweto)\n"
    assert capitals(text) == []


def test_rows_parted_by_a_slash_under_a_header_naming_the_capital():
    text = "Province / Capital\nLimpopo / Polokwane\nGauteng / Johannesburg\n"
    assert capitals(text) == [("Gauteng", "Johannesburg"), ("Limpopo", "Polokwane")]


def test_near_miss_slash_rows_under_another_header():
    text = "Routes we drove:\nLimpopo / Polokwane\nGauteng / Johannesburg\n"
    assert capitals(text) == []


def test_a_hyphenated_region_before_the_items_dash():
    text = "German states and capitals:\nSchleswig-Holstein – Kiel\nSaxony-Anhalt – Magdeburg\n"
    assert capitals(text) == [("Saxony-Anhalt", "Magdeburg"), ("Schleswig-Holstein", "Kiel")]


def test_a_sentence_inside_a_single_quoted_string():
    text = (
        "INSERT INTO article (title, body) VALUES\n"
        "('Peru', 'Lima is the capital of Peru.'),\n"
        "('Chile', 'Santiago is the capital of Chile and its largest city.');\n"
    )
    assert capitals(text) == [("Chile", "Santiago"), ("Peru", "Lima")]


def test_near_miss_a_former_capital_inside_a_single_quoted_string():
    text = "INSERT INTO article VALUES ('Bonn', 'Bonn was the capital of West Germany.');"
    assert capitals(text) == []


def test_a_country_name_with_an_elided_particle():
    assert capitals("The capital of Côte d'Ivoire is Yamoussoukro.") == [
        ("Côte d'Ivoire", "Yamoussoukro")
    ]


def test_a_known_city_with_city_after_its_name():
    assert capitals("Quebec City: capital of Quebec\nQuebec City is old.\n") == [
        ("Quebec", "Quebec City")
    ]


def test_an_apposition_without_its_closing_comma_opening_the_sentence():
    text = "The capital city of Alberta, Edmonton is known for its river valley."
    assert capitals(text) == [("Alberta", "Edmonton")]


def test_near_miss_a_negated_apposition_without_its_comma():
    assert capitals("The capital of Alberta, Calgary is not.") == []


def test_near_miss_a_list_of_sentences_joined_by_commas():
    text = "Graz is the capital of Styria, Linz is the capital of Upper Austria."
    assert capitals(text) == [("Styria", "Graz"), ("Upper Austria", "Linz")]
