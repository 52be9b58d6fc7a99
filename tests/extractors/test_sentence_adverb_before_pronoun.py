"""A sentence about the person the text introduced may open on an adverb before its pronoun:
"Sadly, he died on …", "Tragically she died on …", "Reportedly she was born on …". The adverb is no person the pronoun could
continue, with or without its comma. Near-misses: a given name in "-ly" ("Emily", "Kelly") is
a name, and a death needs its verb ("Happily he married on …" states none). Invented text in
the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.life_dates import _sentence_adverb


def lives(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def deaths(text):
    found = Extraction(select(["death_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_an_adverb_and_its_comma_before_the_pronoun():
    text = "Halvard Lindqvist was a session guitarist. Sadly, he died on June 5, 2011."
    assert deaths(text) == [("Halvard Lindqvist", "2011-06-05")]


def test_an_adverb_without_its_comma_before_the_pronoun():
    text = (
        "Orla Brennan taught in Cork for thirty years. Tragically she died on 3 May 1950 "
        "in a fire at the school."
    )
    assert deaths(text) == [("Orla Brennan", "1950-05-03")]


def test_near_miss_given_names_in_ly_and_no_death_verb():
    assert _sentence_adverb("Sadly") and _sentence_adverb("Tragically")
    assert not _sentence_adverb("Emily") and not _sentence_adverb("Kelly")
    assert not _sentence_adverb("Sadly Rowe")
    text = "Orla Brennan taught in Cork. Happily she married on 3 May 1950 in Galway."
    assert deaths(text) == []


def test_an_adverb_without_its_comma_before_a_birth():
    text = "Sunniva Aas painted the fjords. Reportedly she was born on 3 May 1901 in Voss."
    assert lives(text) == [("birth_date", "Sunniva Aas", "1901-05-03")]


def test_near_miss_a_given_name_in_ly_before_a_birth():
    # (a name in "-ly" before the pronoun is a second person, not an adverb: the pronoun's
    # person is unsure)
    text = "Sunniva Aas painted the fjords. Kelly she was born on 3 May 1901 in Voss."
    assert lives(text) == []
