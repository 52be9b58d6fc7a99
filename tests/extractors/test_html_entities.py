"""Pages saved as text with their HTML character references: names, dashes and spaces written
as entities are read as the characters they stand for, with offsets into the original text.
Invented examples, with near-misses."""

from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from extractors.base import select


def facts(text):
    return sorted((f.relation, f.subject, f.value) for f in Extraction(select(None)).facts(text))


def test_entities_in_a_name_and_a_life_span():
    text = "<p>Aoife O&#8217;Dowd (March&nbsp;4, 1931 &ndash; June 18, 2020) was a potter.</p>"
    assert facts(text) == [
        ("birth_date", "Aoife O’Dowd", "1931-03-04"),
        ("death_date", "Aoife O’Dowd", "2020-06-18"),
    ]


def test_a_date_with_a_non_breaking_space_entity():
    assert facts("Aoife Dowd was born on 4&nbsp;March&nbsp;1931 in Galway.") == [
        ("birth_date", "Aoife Dowd", "1931-03-04")
    ]


def test_offsets_map_back_to_the_original_text():
    text = "Tom &amp; Aoife O&#x2019;Dowd: born 4 March 1931."
    view = decoded_view(text)
    assert view is not None
    assert view.text == "Tom & Aoife O’Dowd: born 4 March 1931."
    at = view.text.index("Aoife")
    assert text[view.original(at) :].startswith("Aoife")
    after = view.text.index("Dowd")
    assert text[view.original(after) :].startswith("Dowd")


def test_near_misses_markup_and_unknown_references_stay():
    # "&lt;" and "&gt;" would make tags of text; an unknown name is no reference
    assert decoded_view("a &lt;b&gt; tag") is None
    assert decoded_view("R&D; Johnson & Johnson") is None
    assert decoded_view("Plain prose without references.") is None
