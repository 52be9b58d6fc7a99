"""Bibliographies in other languages' styles: a heading in the text's language ("Literatur",
"Список литературы"), GOST's entries ("Roe A. B. Title // Journal. 2019.", "Roe, A. B. Title /
A. B. Roe, C. Moe // Journal."), German and Italian author-year entries whose year is closed by
a colon or a comma ("Roe, Ana (2019): Title. Berlin: …", "Roe A. (2019), Title, «Journal», 4").
Invented entries in the general form of each, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.normalize import clean_title
from extractors.references.names import first_author_family


def titles(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_gost_entries_under_a_russian_heading():
    text = (
        "Список литературы\n"
        "1. Орлов А. В., Лисин Б. Г. Учёт цапель на болотах средней полосы // Вестник "
        "орнитологии. 2019. Т. 4, № 2. С. 12–20.\n"
        "2. Зуев Д. Е. Тростник как ловушка для наносов // Журнал прудов. 2020. Т. 12. "
        "С. 45–67.\n"
    )
    assert titles(text) == [
        ("Зуев", "Тростник как ловушка для наносов"),
        ("Орлов", "Учёт цапель на болотах средней полосы"),
    ]


def test_gost_names_the_authors_again_after_a_slash():
    text = (
        "Литература\n"
        "1. Орлов, А. В. Учёт цапель на болотах средней полосы / А. В. Орлов, Б. Г. Лисин // "
        "Вестник орнитологии. — 2019. — Т. 4, № 2. — С. 12–20.\n"
        "2. Зуев, Д. Е. Тростник как ловушка для наносов / Д. Е. Зуев // Журнал прудов. — "
        "2020. — Т. 12. — С. 45–67.\n"
    )
    assert titles(text) == [
        ("Зуев", "Тростник как ловушка для наносов"),
        ("Орлов", "Учёт цапель на болотах средней полосы"),
    ]


def test_gost_style_in_latin_letters():
    text = (
        "References\n"
        "1. Castellan M. A., Brandt T. B. Counting herons from low orbit // Journal of Pond "
        "Science. 2019. Vol. 3, no. 2. P. 12–20.\n"
        "2. Lund P. Reed beds as sediment traps // Pond Review. 2020. Vol. 12. P. 45–67.\n"
    )
    assert titles(text) == [
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Literaturverzeichnis\n"
        "Castellan, Mara (2019): Reiher zählen aus der Umlaufbahn. In: Zeitschrift für "
        "Teichkunde 3 (2), S. 12–20.\n"
        "Lund, P.; Varga, A. (2020): Schilf als Sedimentfalle. Berlin: Teichverlag.\n",
        "Bibliografia\n"
        "Castellan M., Brandt T. (2019), Reiher zählen aus der Umlaufbahn, «Rivista degli "
        "Stagni», 3, pp. 12-20.\n"
        "Lund P. (2020), Schilf als Sedimentfalle, «Rivista dei Canneti», 12, pp. 45-67.\n",
    ],
)
def test_a_year_closed_by_a_colon_or_a_comma_after_the_names(text):
    assert titles(text) == [
        ("Castellan", "Reiher zählen aus der Umlaufbahn"),
        ("Lund", "Schilf als Sedimentfalle"),
    ]


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Herons on ponds / A. B. Roe, C. Moe", "Herons on ponds"),
        ("Herons on ponds //", "Herons on ponds"),
        # near-misses: a slash inside a title, before no initials
        ("Input / Output Systems of Ponds", "Input / Output Systems of Ponds"),
        ("Herons / Egrets on Ponds", "Herons / Egrets on Ponds"),
    ],
)
def test_gosts_slashes_end_a_title_only_before_names_or_at_its_end(raw, title):
    assert clean_title(raw) == title


def test_near_miss_a_heading_word_inside_a_line_heads_nothing():
    # "Literatur" opening a sentence is no heading; the two lines under it are prose
    text = (
        "Literatur und Musik gehören zusammen.\n"
        "Castellan, Mara (2019): wir gingen zum Teich und sahen Reiher.\n"
    )
    assert titles(text) == []


def test_a_family_name_in_capitals_before_the_given_name():
    # French bibliographies: "NOM Prénom, Titre, Lieu, Éditeur, année."
    text = (
        "Bibliographie\n"
        "CASTELLAN Mara, Les hérons vus de l'orbite, Paris, Éditions de l'Étang, 2019.\n"
        "LUND Per et VARGA Anna, « Le roseau piège les sédiments », Revue des étangs, vol. 12, "
        "2020, p. 45-67.\n"
    )
    assert titles(text) == [
        ("CASTELLAN", "Les hérons vus de l'orbite"),
        ("LUND", "Le roseau piège les sédiments"),
    ]


@pytest.mark.parametrize(
    ("names", "family"),
    [
        ("CASTELLAN Mara", "CASTELLAN"),
        ("DE LA CRUZ Ana", "DE LA CRUZ"),
        # near-misses: initials before a family name, Vancouver's after it, capitals last
        ("JC Roe", "Roe"),
        ("Lowry OH", "Lowry"),
        ("Mara CASTELLAN", "CASTELLAN"),
    ],
)
def test_which_word_of_a_name_with_capitals_is_the_family_name(names, family):
    assert first_author_family(names) == family


def test_given_names_in_full_then_the_year_then_the_title():
    # the labeller knows the names but reads no title after "2019." (Chicago author-date)
    text = (
        "References\n"
        "Lund, Per. 2020. Reed beds as sediment traps. Journal of Pond Science 12 (3): 45–67.\n"
        "Varga, Anna, and Tomas Brandt. 2019. Counting herons from low orbit. Pond Review 3: "
        "12–20.\n"
    )
    assert titles(text) == [
        ("Lund", "Reed beds as sediment traps"),
        ("Varga", "Counting herons from low orbit"),
    ]


def test_near_miss_a_note_after_the_year_is_no_title():
    text = (
        "References\n"
        "Lund, Per. 2020. Reed beds as sediment traps. Journal of Pond Science 12 (3): 45–67.\n"
        "Varga, Anna, and Tomas Brandt. 2019. Personal communication.\n"
    )
    assert titles(text) == [("Lund", "Reed beds as sediment traps")]


def test_full_given_names_after_family_names_then_the_year_and_a_colon():
    # German styles: "Lund, Per; Varga, Anna (2020): Title. In: …", which the labeller, trained
    # on initials, reads as no names at all
    text = (
        "Literaturverzeichnis\n"
        "Castellan, Mara (2019): Reiher zählen aus der Umlaufbahn. Berlin: Teichverlag.\n"
        "Lund, Per; Varga, Anna (2020): Schilf als Sedimentfalle. In: Teichkunde 3, S. 12–20.\n"
    )
    assert titles(text) == [
        ("Castellan", "Reiher zählen aus der Umlaufbahn"),
        ("Lund", "Schilf als Sedimentfalle"),
    ]


def test_near_miss_a_place_and_its_country_before_a_year_are_no_names():
    text = (
        "Literaturverzeichnis\n"
        "Berlin, Germany (2020): Ein Bericht über Teiche. Berlin: Teichverlag.\n"
        "Castellan, Mara (2019): Reiher zählen aus der Umlaufbahn. Berlin: Teichverlag.\n"
    )
    assert titles(text) == [("Castellan", "Reiher zählen aus der Umlaufbahn")]


def test_title_closed_by_a_comma_before_the_containers_in():
    # German styles may close the title with a comma and open its container with "in:"
    text = (
        "Literatur\n"
        "Castellan, Mara/Lund, Per (2019): Reiher zählen aus der Umlaufbahn, in: Teichkunde 3, "
        "S. 12–20.\n"
        "Varga, Anna (2017): Schilf im Wandel der Jahreszeiten, in: Lund, Per (Hg.): Ufer und "
        "Sediment, Wien, S. 10–30.\n"
    )
    assert titles(text) == [
        ("Castellan", "Reiher zählen aus der Umlaufbahn"),
        ("Varga", "Schilf im Wandel der Jahreszeiten"),
    ]


def test_near_miss_a_comma_inside_the_title_before_other_words():
    # a comma not followed by "in:" does not end the title there
    text = "Literatur\nVarga, Anna (2017): Schilf, Ried und Röhricht. Berlin: Teichverlag.\n"
    assert titles(text) == [("Varga", "Schilf, Ried und Röhricht")]


@pytest.mark.parametrize(
    "text",
    [
        "Vogt, A., Lenz, K. (2019): Reed beds as sediment traps. Wetland Letters 3, 1-10.",
        "Anna Vogt, Karl Lenz (2019): Reed beds as sediment traps. Wetland Letters 3, 1-10.",
    ],
)
def test_an_author_year_entry_closed_by_a_colon_without_a_heading(text):
    assert titles(text) == [("Vogt", "Reed beds as sediment traps")]


@pytest.mark.parametrize(
    "text",
    [
        # a year in brackets and a colon in prose, and a name without a title after it
        "The meeting (2019): we agreed on the budget for the reed beds.",
        "Vogt, A. (2019): see the list below.",
    ],
)
def test_near_miss_a_colon_after_a_year_that_opens_no_title(text):
    assert titles(text) == []
