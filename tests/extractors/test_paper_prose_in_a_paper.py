"""Prose that names a paper by its author and "in a paper": the author opening the sentence
("Ana Roe, in her 1958 paper "T", argues …", "Roe in a seminal paper in 1926 ("T") …"), the
title maybe in brackets; "by Ana Roe in a seminal paper in 1926 ("T")"; and a possessive before
a year's span ("Roe's 1936–37 paper "T""). Found by reading realweb's Wikipedia sentences that
quote a title near "paper" and gave no fact. Invented sentences, with near-misses."""

from __future__ import annotations

from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_the_author_opening_the_sentence_then_in_a_paper():
    assert titles('Ana Roe, in her 1958 paper "Heron Egoism", argues that birds plan.') == {
        ("Roe", "Heron Egoism")
    }
    text = 'Roe, in a seminal paper in 1926 ("A Theory of Heron Flight"), argued that wings twist.'
    assert titles(text) == {("Roe", "A Theory of Heron Flight")}


def test_by_the_author_in_a_paper_with_the_title_in_brackets():
    text = (
        'The idea was set out by Ana Roe in a seminal paper in 1926 ("A Theory of Heron Flight").'
    )
    assert titles(text) == {("Roe", "A Theory of Heron Flight")}


def test_a_possessive_before_a_span_of_years():
    text = 'Soon after, Roe\'s 1936–37 paper "On Computable Herons, with an Application" appeared.'
    assert titles(text) == {("Roe", "On Computable Herons, with an Application")}


def test_near_miss_a_letter_or_a_newspapers_article_is_no_paper():
    assert titles('Roe, in a letter to his brother ("The herons are back"), wrote of it.') == set()
    assert titles('The Times in a newspaper article "Herons are back" reported it.') == set()


def test_near_miss_a_pronoun_opening_the_sentence_names_no_author():
    assert titles('It in a paper "A Theory of Heron Flight" was cited.') == set()


def test_by_two_authors_in_a_journals_article_named_in_quotes():
    # a dump of italics leaves the journal's name in quotes before "article"
    text = (
        'The theory was introduced by Ana Roe and Ken Moe in the 1965 "Science" article'
        ' "Heron Mechanisms: A New Theory".'
    )
    assert titles(text) == {("Roe", "Heron Mechanisms: A New Theory")}


def test_near_miss_a_newspapers_article_is_no_paper():
    assert titles('It was described by Ana Roe in the "Daily Mail" article "Herons are back".') == (
        set()
    )
