"""A wiki's source as dumps keep it: links read as the page shows them ("[[Vilnius]], the
capital of [[Lithuania]]", "[[United Kingdom|UK]]"), and citation templates read as the
bibliographic records they are ("{{cite journal |last=Roe |title=…}}"; a chapter's own title,
not its book's; editors alone are no authors). Invented text in the general form of each,
with near-misses."""

import pytest

from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from extractors.base import select


def facts(text, relations):
    found = Extraction(select(relations)).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_links_read_as_their_labels():
    text = "Many herons winter in [[Accra]], the capital of [[Ghana]], every year."
    assert facts(text, ["capital"]) == [("Ghana", "Accra")]


def test_a_fact_keeps_its_place_in_the_source():
    text = "Herons winter in [[Accra]], the capital of [[Ghana]]."
    (fact,) = Extraction(select(["capital"])).facts(text)
    assert "Accra" in text[fact.start : fact.end]
    assert decoded_view(text).text == "Herons winter in Accra, the capital of Ghana."


def test_near_miss_a_files_link_with_many_bars_is_left_as_written():
    text = "[[File:Heron.jpg|thumb|A heron]] and [[Ghana|the Republic of Ghana]]."
    assert decoded_view(text).text == "[[File:Heron.jpg|thumb|A heron]] and the Republic of Ghana."


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (
            "{{cite journal | last1 = Castellan | first1 = Mara | last2 = Lund | first2 = Per "
            "| year = 2019 | title = Counting herons from low orbit | journal = Pond Review "
            "| volume = 3 | pages = 12–20 }}",
            ("Castellan", "Counting herons from low orbit"),
        ),
        (
            "{{Cite book |author=Mara Castellan |title=''Herons of the [[United Kingdom|UK]]'' "
            "|publisher=Pond Press |year=2018}}",
            ("Castellan", "Herons of the UK"),
        ),
        (
            "{{cite book |last=Castellan |first=Mara |chapter=Snails of the outer isles "
            "|title=The Pond Book |editor=Per Lund |year=2017}}",
            ("Castellan", "Snails of the outer isles"),
        ),
        (
            "<ref>{{citation |vauthors=Castellan M, Lund P |title=Winter surveys of pond "
            "snails |journal=J Pond Sci |date={{date|2020-05-03}} }}</ref>",
            ("Castellan", "Winter surveys of pond snails"),
        ),
    ],
)
def test_citation_templates(template, expected):
    assert facts("==References==\n* " + template + "\n", ["paper_title"]) == [expected]


@pytest.mark.parametrize(
    "template",
    [
        "{{cite book |editor-last=Lund |editor-first=Per |title=The Pond Book |year=2017}}",
        "{{cite web |url=https://example.org |title=Pond facts |access-date=3 May 2019}}",
        "{{citation needed|date=May 2019}}",
    ],
)
def test_near_miss_templates_without_an_author(template):
    assert facts("Herons stand on one leg." + template + "\n", ["paper_title"]) == []


def test_near_miss_markdowns_bracketed_label_before_its_target():
    text = "* Counting herons [[paper]](https://example.org/1) and [[Ghana]]."
    assert (
        decoded_view(text).text == "* Counting herons [[paper]](https://example.org/1) and Ghana."
    )
