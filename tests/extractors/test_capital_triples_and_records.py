"""Capitals stated as data: records that open on their capital under a "Capital city:" label
(each record's country is below its capital, never the previous record's), a triple whose
names stand bare in angle brackets ("<Kenya> <capital> <Nairobi> ."), a logic program's facts
("capital(kenya, nairobi).", "capital_of(nairobi, kenya)." in either order), the predicate
between two arrows ("Kenya -> capital -> Nairobi") and a line of labelled parts ("Subject:
Kenya | Relation: capital | Object: Nairobi"). Near-misses: another predicate, a call whose
arguments are no place, and a triple whose subject is the city. Invented records in the
general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.capital import _capital_first


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


def test_records_that_open_on_a_capital_city_label():
    text = "Capital city: Oslo\nCountry: Norway\n\nCapital city: Lima\nCountry: Peru\n"
    assert capitals(text) == [("Norway", "Oslo"), ("Peru", "Lima")]
    assert _capital_first(text)
    assert _capital_first("State capital: Columbus\nState: Ohio")


def test_near_miss_a_country_first_record_is_read_in_its_own_order():
    text = "Country: Norway\nCapital city: Oslo\n\nCountry: Peru\nCapital city: Lima\n"
    assert not _capital_first(text)
    assert capitals(text) == [("Norway", "Oslo"), ("Peru", "Lima")]


def test_a_triple_of_bare_names_in_angle_brackets():
    text = "<Peru> <capital> <Lima> .\n<Chile> <capital> <Santiago> .\n"
    assert capitals(text) == [("Chile", "Santiago"), ("Peru", "Lima")]


def test_near_miss_a_triple_whose_subject_is_the_city_or_another_predicate():
    assert capitals("<Lima> <capital> <Peru> .") == []
    assert capitals("<Peru> <currency> <Sol> .") == []


def test_a_logic_programs_facts_in_either_order():
    assert capitals("capital(peru, lima).\ncapital(chile, santiago).") == [
        ("Chile", "Santiago"),
        ("Peru", "Lima"),
    ]
    assert capitals("capital_of(lima, peru).") == [("Peru", "Lima")]
    assert capitals("capital_of(peru, lima).") == [("Peru", "Lima")]


def test_near_miss_a_call_over_no_place():
    assert capitals("total = capital(country, city) + 1") == []
    assert capitals("currency(peru, sol).") == []


def test_the_predicate_between_arrows_and_labelled_parts():
    assert capitals("Kenya -> capital -> Nairobi") == [("Kenya", "Nairobi")]
    assert capitals("Kenya \u2192 capital \u2192 Nairobi") == [("Kenya", "Nairobi")]
    assert capitals("Subject: Peru | Relation: capital | Object: Lima") == [("Peru", "Lima")]
    assert capitals("head: Kenya; relation: capital; tail: Nairobi") == [("Kenya", "Nairobi")]


def test_near_miss_arrows_and_labels_of_another_relation():
    assert capitals("Kenya -> currency -> Shilling") == []
    assert capitals("Subject: Peru | Relation: currency | Object: Sol") == []
