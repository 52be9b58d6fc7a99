"""Birth dates in sports squad lists and player profiles: a table whose header gives the age
beside the birth date ("Date of birth (age)"), its cells holding a sort key before the date
and the age after it ("(1990-05-03)3 May 1990 (aged 24)"), a squad row flattened to a line
("1 GK Ken Moe 3 May 1990 (aged 24) 12 Oslo FC"), and a "Player:" field naming the person.
Invented rows in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def births(text):
    found = Extraction(select(["birth_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_squad_table_with_the_age_beside_the_birth_date():
    text = (
        "| No. | Pos. | Player | Date of birth (age) | Caps | Club |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | GK | Tomas Brenner | 3 May 1990 (aged 24) | 12 | Ghent FC |\n"
        "| 2 | DF | Ilse Marten | (1991-06-04)4 June 1991 (aged 23) | 5 | Bergen FC |\n"
    )
    assert births(text) == [("Ilse Marten", "1991-06-04"), ("Tomas Brenner", "1990-05-03")]


def test_a_squad_row_flattened_to_a_line():
    text = (
        "1 GK Tomas Brenner 3 May 1990 (aged 24) 12 Ghent FC\n"
        "2 DF Ilse Marten 4 June 1991 (aged 23) 5 Bergen FC\n"
    )
    assert births(text) == [("Ilse Marten", "1991-06-04"), ("Tomas Brenner", "1990-05-03")]


def test_a_player_field_names_the_person():
    assert births("Player: Tomas Brenner | Born: May 3, 1990 | Height: 1.85 m") == [
        ("Tomas Brenner", "1990-05-03")
    ]


def test_near_miss_a_results_row_dated_without_an_age():
    # a match's date after a scorer's name is no birth
    assert births("1 FW Tomas Brenner 3 May 2014 Ghent FC 2-1 Bergen FC\n") == []


def test_near_miss_a_table_of_matches_with_a_date_column():
    text = (
        "| Player | Date | Opponent |\n|---|---|---|\n| Tomas Brenner | 3 May 2014 | Bergen FC |\n"
    )
    assert births(text) == []
