"""A birth coordinated with the conception before it: "Name was conceived during the war and
born on D", "… was conceived in Oslo and was born there on D", also after a pronoun. Near-misses:
a negated birth, and a conception whose sentence ends before another person's birth. Invented
text in the general form of each."""

from auditor.extraction import Extraction
from extractors.base import select


def births(text):
    extraction = Extraction(select(["birth_date"]))
    return sorted((f.subject, f.value) for f in extraction.facts(text))


def test_conceived_then_born_on_a_date():
    text = "Their daughter, Lene Holm, was conceived during the strike and born on 2 June 1971."
    assert births(text) == [("Lene Holm", "1971-06-02")]


def test_conceived_then_was_born_there():
    text = "Arvid Holm was conceived in Bergen and was born there on 4 April 1902."
    assert births(text) == [("Arvid Holm", "1902-04-04")]


def test_a_pronoun_conceived_then_born():
    text = "Arvid Holm grew up in Bergen. He was conceived at sea and born on 4 April 1902."
    assert births(text) == [("Arvid Holm", "1902-04-04")]


def test_near_miss_a_negated_birth_after_the_conception():
    text = "Arvid Holm was conceived in Bergen but was not born on 4 April 1902."
    assert births(text) == []


def test_near_miss_the_conception_ends_its_sentence():
    text = "Arvid Holm was conceived in Bergen. Two years later a cousin was born on 4 April 1904."
    assert births(text) == []
