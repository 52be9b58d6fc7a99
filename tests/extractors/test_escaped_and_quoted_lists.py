"""Reference lists and other text as data files hold them.

- A list that is the inside of a JSON string, each escaped line break before an entry's number
  ("References\\n1. Roe A, …"): decoded like one whose breaks come before a capital. LaTeX
  stored in JSON writes its commands with doubled backslashes ("\\\\bibitem"), and is decoded
  too; LaTeX as written (one backslash) is left as it is.
- A document that is a bare JSON string, its quotes around the whole text.

Invented text in the general form of each, with near-misses."""

import json

from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from extractors.base import select

VANCOUVER = (
    "References\n"
    "1. Castellan M, Lund P. Counting herons from low orbit. J Avian Sci. 2019;4(2):11-19.\n"
    "2. Brandt T. Egret roosts in winter. Bird Study. 2020;12:1-10.\n"
    "3. Varga A, Moe K. Reed beds as sediment traps. Wetlands. 2018;3:33-45.\n"
)
EXPECTED = [
    ("Brandt", "Egret roosts in winter"),
    ("Castellan", "Counting herons from low orbit"),
    ("Varga", "Reed beds as sediment traps"),
]


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_json_escaped_list_whose_breaks_come_before_numbers():
    escaped = json.dumps({"text": VANCOUVER})
    assert papers(escaped) == EXPECTED
    lives = "Founders\n1. Ana Varga (3 May 1901 - 4 June 1980), weaver\n2. Per Lund, potter"
    view = decoded_view(json.dumps({"text": lives}))
    assert view is not None and view.text == lives


def test_a_bare_json_string_around_the_whole_text():
    escaped = json.dumps("Chengdu, a city of parks, is the capital of Sichuan.\nIt has pandas.")
    found = Extraction(select(["capital"])).facts(escaped)
    assert [(f.subject, f.value) for f in found] == [("Sichuan", "Chengdu")]


def test_latex_stored_in_json_is_decoded():
    latex = "\\begin{thebibliography}{9}\n\\bibitem{roe} Ana Roe. Title one. 2019.\n"
    view = decoded_view(json.dumps({"text": latex}))
    assert view is not None and view.text == latex


def test_near_miss_latex_as_written_is_left_as_it_is():
    latex = '\\bibitem{roe} Ana Roe. \\emph{Title one}. {\\"O}land Press, 2019.\\newline\n'
    view = decoded_view(latex)
    assert view is None or view.text == latex
