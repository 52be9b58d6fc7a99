"""Capitals in PHP arrays and XML elements (extractors.capital): invented records, each with a
near-miss."""

import pytest

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["capital"])[0].extract(text)}


def test_php_array_named_for_capitals():
    text = "<?php\n$state_capitals = array('Ohio' => 'Columbus', 'Utah' => 'Salt Lake City');\n"
    assert facts(text) == {("Ohio", "Columbus"), ("Utah", "Salt Lake City")}


def test_php_short_array_named_for_capitals():
    text = "$capitals = ['Kenya' => 'Nairobi', 'Peru' => 'Lima'];"
    assert facts(text) == {("Kenya", "Nairobi"), ("Peru", "Lima")}


def test_near_miss_php_array_of_other_cities():
    text = "$largest_cities = array('Ohio' => 'Columbus', 'Utah' => 'Salt Lake City');"
    assert facts(text) == set()


def test_xml_elements():
    text = (
        "<countries>\n  <country>\n    <name>Kenya</name>\n    <capital>Nairobi</capital>\n"
        "  </country>\n  <country><name>Peru</name><capital>Lima</capital></country>\n"
        "</countries>\n"
    )
    assert facts(text) == {("Kenya", "Nairobi"), ("Peru", "Lima")}


def test_near_miss_xml_capital_of_a_company():
    text = "<company><name>Acme Holdings</name><capital>5000000</capital></company>"
    assert facts(text) == set()


def test_near_miss_xml_capital_outside_the_place_element():
    # the capital belongs to the region record that holds it, not to a neighbour's name
    text = "<list><item><name>Peru</name></item><item><capital>Lima</capital></item></list>"
    assert facts(text) == set()


def test_text_without_capital_letters():
    # informal posts: the places are known names, so case is not needed to find them
    assert ("Australia", "Canberra") in facts("the capital of australia is canberra, not sydney")
    assert ("Kenya", "Nairobi") in facts("i live in nairobi which is the capital of kenya")
    assert ("Malaysia", "Kuala Lumpur") in facts("kuala lumpur is the capital of malaysia. so hot there")


def test_near_miss_lower_case_capital_in_other_senses():
    assert facts("venture capital in nairobi is growing fast") == set()
    assert facts("the capital of my startup is small, we live in lima") == set()
    # a line with capitals is read as written, not re-cased
    assert facts("the capital of australia is Sydney said Tom") <= {("Australia", "Sydney")}


@pytest.mark.parametrize(
    "text",
    [
        # a parenthesis after the paragraph's place, "its capital" after a semicolon
        "Kenya (officially the Republic of Kenya) is a country in East Africa; its capital is "
        "Nairobi.",
        "Nairobi is both the capital and the largest city of Kenya.",
        "Kenya's capital city of Nairobi is a good base for safaris.",
        "With Nairobi as its capital, Kenya grew quickly after independence.",
    ],
)
def test_encyclopedic_sentences(text):
    assert facts(text) == {("Kenya", "Nairobi")}


@pytest.mark.parametrize(
    "text",
    [
        # "capital of" a quality, not a city
        "Kenya's capital of goodwill is large.",
        # "with … as its capital" about a company
        "With Nairobi as its capital, the firm opened offices in Lyon.",
    ],
)
def test_near_miss_encyclopedic_sentences(text):
    assert facts(text) == set()
