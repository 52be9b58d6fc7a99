"""A death notice names the dead with their age and home town between commas, then a relative
clause: "Services for Jane Roe, 84, of Leeds, who died Tuesday, April 2, 2019, will be held …".
The name after "for" is still the clause's subject: the age and the town are no noun "who"
could belong to. Near-misses: a noun phrase between the name and "who" ("…, 88, from her son,
who died …") and "whose" keep the name the preposition's object, no death of hers.
Invented notices in the general form."""

from auditor.extraction import Extraction
from extractors.base import select


def deaths(text):
    found = Extraction(select(["death_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_an_age_and_a_home_town_before_who_died():
    text = (
        "Funeral services for Halvard Lindqvist, 88, of Millbrook, who died Tuesday, "
        "April 2, 2019, will be held Saturday at the Grace Chapel."
    )
    assert deaths(text) == [("Halvard Lindqvist", "2019-04-02")]


def test_an_age_alone_before_who_died():
    text = "A memorial Mass for Orla Brennan, aged 71, who died March 9, 2021, is set for Friday."
    assert deaths(text) == [("Orla Brennan", "2021-03-09")]


def test_near_miss_a_noun_phrase_or_whose_after_the_age():
    assert (
        deaths("Flowers were sent to Orla Brennan, 71, from her son, who died on 3 May 2001.") == []
    )
    assert (
        deaths(
            "Services for Orla Brennan, 71, of Millbrook, whose son died on April 2, 2019, are set."
        )
        == []
    )
