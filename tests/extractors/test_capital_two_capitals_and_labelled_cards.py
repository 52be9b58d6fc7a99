"""A place with two capitals, both named ("Bolivia has two capitals: La Paz and Sucre",
"Malaysia's capitals are Kuala Lumpur and Putrajaya", "The capitals of Bolivia are …"): one
capital fact for each city. A labelled question of a bare noun phrase ("Q: capital of
Brazil") and its labelled answer on the next line ("A: Brasília", maybe "(not Rio!)").
Near-misses: a past tense ("Germany's capitals were Bonn and Berlin") states no current
capital; "the capitals of Europe are beautiful" names no two cities; a labelled answer that is
no city. Invented sentences in the general forms."""

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["capital"])).facts(text))


def test_two_capitals_named():
    assert capitals("Eswatini has two capitals: Mbabane and Lobamba.") == [
        ("Eswatini", "Lobamba"),
        ("Eswatini", "Mbabane"),
    ]
    assert capitals(
        "The capitals of Eswatini are Mbabane (executive) and Lobamba (royal and legislative)."
    ) == [("Eswatini", "Lobamba"), ("Eswatini", "Mbabane")]
    assert capitals("Sri Lanka's capitals are Colombo and Sri Jayawardenepura Kotte.") == [
        ("Sri Lanka", "Colombo"),
        ("Sri Lanka", "Sri Jayawardenepura Kotte"),
    ]


def test_a_labelled_bare_question_and_its_labelled_answer():
    assert capitals("Q: capital of Chile\nA: Santiago") == [("Chile", "Santiago")]
    assert capitals("Question: The capital of Ghana\nAnswer: Accra (not Kumasi!)") == [
        ("Ghana", "Accra")
    ]


def test_near_misses():
    assert capitals("Germany's capitals were Bonn and Berlin.") == []
    assert capitals("The capitals of Europe are beautiful and Paris is the best.") == []
    assert capitals("Q: capital of Chile\nA: I think it is a big city.") == []
