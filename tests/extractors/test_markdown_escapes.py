"""Text converted from HTML to Markdown, whose converters escape the signs Markdown would read
as markup: "\\[1\\] Roe, A.", "1\\. Kenya", "\\*Title\\*". Read as the signs alone, with the
facts' offsets in the text as written. Only where the text shows two or more such escapes and
is no LaTeX (whose "\\_" is its own). Invented text in the general form of each, with
near-misses."""

from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from extractors.base import select

IEEE = (
    "References\n\n"
    "\\[1\\] M. Castellan and P. Lund, \u201cCounting herons from low orbit,\u201d "
    "J. Avian Sci., vol. 4, pp. 11\u201319, 2019.\n\n"
    "\\[2\\] T. Brandt, \u201cEgret roosts in winter,\u201d Bird Study, vol. 12, pp. 1\u201310, "
    "2020.\n\n"
    "\\[3\\] A. Varga and K. Moe, \u201cReed beds as sediment traps,\u201d Wetlands, vol. 3, "
    "pp. 33\u201345, 2018.\n"
)


def facts(text, relation):
    found = Extraction(select([relation])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_reference_list_whose_numbers_brackets_are_escaped():
    assert facts(IEEE, "paper_title") == [
        ("Brandt", "Egret roosts in winter"),
        ("Castellan", "Counting herons from low orbit"),
        ("Varga", "Reed beds as sediment traps"),
    ]


def test_the_facts_keep_their_offsets_in_the_text_as_written():
    found = Extraction(select(["paper_title"])).facts(IEEE)
    spans = {IEEE[f.start : f.end] for f in found}
    assert "T. Brandt, \u201cEgret roosts in winter,\u201d" in spans


def test_a_vancouver_list_whose_numbers_full_stops_are_escaped():
    text = (
        "References\n\n"
        "1\\. Castellan M, Lund P. Counting herons from low orbit. J Avian Sci. 2019;4(2):11-19.\n"
        "2\\. Brandt T. Egret roosts in winter. Bird Study. 2020;12:1-10.\n"
    )
    assert facts(text, "paper_title") == [
        ("Brandt", "Egret roosts in winter"),
        ("Castellan", "Counting herons from low orbit"),
    ]


def test_a_numbered_list_with_escaped_full_stops_under_a_header_about_capitals():
    text = "Countries and their capitals\n\n1\\. Kenya \u2013 Nairobi\n2\\. Ghana \u2013 Accra\n"
    assert facts(text, "capital") == [("Ghana", "Accra"), ("Kenya", "Nairobi")]


def test_the_view_drops_the_escaping_backslashes_only():
    view = decoded_view("\\[1\\] Roe, A. \\*Herons\\* in C:\\\\data and 1 \\+ 1.")
    assert view is not None
    assert view.text == "[1] Roe, A. *Herons* in C:\\\\data and 1 + 1."


def test_near_miss_one_lone_escape_is_left_as_written():
    assert decoded_view("Use the pattern a\\.b to match a dot.") is None


def test_near_miss_latex_keeps_its_backslashes():
    text = "\\begin{itemize}\n\\item snake\\_case and \\[x\\] and \\_y\n\\end{itemize}"
    assert decoded_view(text) is None
