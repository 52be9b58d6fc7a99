"""A date fronted before its sentence's subject ("On 19 March 1702, …"), with what real prose
puts between the name and its verb or before the name: a description apposed to the name ("Ken
Roe, the mayor of Leeds, died", "William, King of Harbour and Lord of the Isles, died", "…, in
charge of the mission, was killed"), a couple's child ("the couple's daughter Ana Roe was
born"), and a killing in the active voice ("agents of X assassinated Lia Tull"). Each was read
only without the date fronted. Invented sentences, each class with a near-miss."""

from __future__ import annotations

from auditor.extraction import Extraction
from extractors.base import select


def facts(text: str) -> set[tuple[str, str, str]]:
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return {(f.relation, f.subject, f.value) for f in found}


def test_a_description_apposed_to_the_name():
    assert facts("On 19 March 1702, Ken Roe, the mayor of Leeds, died.") == {
        ("death_date", "Ken Roe", "1702-03-19")
    }
    assert facts("On 19 March 1702, Willem, King of Harbour and Lord of the Isles, died.") == {
        ("death_date", "Willem", "1702-03-19")
    }
    assert facts(
        "On 8 September 1879 Sir Ken Roe, in charge of the mission in Leeds, was killed with"
        " his entire staff by rebels."
    ) == {("death_date", "Ken Roe", "1879-09-08")}


def test_near_miss_a_list_of_names_is_no_apposition():
    # "Ken Roe, Ana Moe, …" names three people; the date is no one's death here
    assert facts("On 19 March 1702, Ken Roe, Ana Moe and Lia Tull met in Leeds.") == set()


def test_a_couples_child_born_on_the_fronted_date():
    assert facts("On August 18, 1992, the couple's daughter Ana Beth Roe was born.") == {
        ("birth_date", "Ana Beth Roe", "1992-08-18")
    }


def test_a_killing_in_the_active_voice():
    assert facts("On May 18, 1916, agents of Ken Moe assassinated Lia Tull.") == {
        ("death_date", "Lia Tull", "1916-05-18")
    }
    assert facts(
        "On April 13, 1975, several units of the gendarmerie killed Ken Tull during a coup."
    ) == {("death_date", "Ken Tull", "1975-04-13")}
    assert facts("On 3 May 1990, police shot dead protester Ana Roe outside the hall.") == {
        ("death_date", "Ana Roe", "1990-05-03")
    }


def test_near_miss_an_attempt_a_possession_and_a_description():
    assert facts("On 3 May 1990, the gang almost killed Ken Roe in Leeds.") == set()
    assert facts("On 3 May 1990, the storm killed Ken Roe's cattle.") == set()
    assert (
        facts("On 23 March 1971, soldiers loyal to the executed Brigadier Ken Roe held a mutiny.")
        == set()
    )
