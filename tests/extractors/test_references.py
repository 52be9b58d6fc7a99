"""The parts of reference reading: family names, entry segmentation, the trained labeller and
the accept/reject step. Every input is invented, in the general form of its construction."""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.base import select
from extractors.references.formats import read_cff, read_r_citations
from extractors.references.labeller import (
    Reading,
    _complete_dangling,
    _trim_title_run,
    clean_entry_title,
    read_entry,
    shipped_labeller,
)
from extractors.references.names import bibtex_first_family, first_author_family
from extractors.references.reader import (
    LONE_MIN_CONFIDENCE,
    STRONG_LONE_MIN_CONFIDENCE,
    _is_lone_reference,
    read_references,
)
from extractors.references.segment import segment
from extractors.references.tokens import blank_markup, tokenize


@pytest.mark.parametrize(
    ("authors", "family"),
    [
        ("Quarrel, A., Pemberton, N.", "Quarrel"),
        ("De Vallières, M., Okonjo, P.", "De Vallières"),
        ("ter Haaften, C. J. F.", "ter Haaften"),
        ("Brindle OH, Castor NJ", "Brindle"),
        ("de la Fuentes JC, Moray OA", "de la Fuentes"),
        ("A. Quarrel, N. Pemberton, and L. Okafor", "Quarrel"),
        ("Quarrel, Ashton, et al.", "Quarrel"),
        ("Ashton Quarrel, Nell Pemberton, and Lio Okafor", "Quarrel"),
        ("Quarrel et al.", "Quarrel"),
        ("Zephyr Stats Core Team", "Zephyr Stats Core Team"),
        ("李明", "李"),
        ("Ashton Quarrel (Umbra University) et al.", "Quarrel"),
        ("Dorn, Kavi & Ellery, Bram", "Dorn"),
    ],
)
def test_first_author_family(authors, family):
    assert first_author_family(authors) == family


@pytest.mark.parametrize("authors", ["", "et al.", "A. B.", "Anonymous", "(ed.)"])
def test_no_first_author(authors):
    assert first_author_family(authors) is None


@pytest.mark.parametrize(
    ("field", "family"),
    [
        ("von Quarrel, Jr, Ashton and Pemberton, Nell", "von Quarrel"),
        ("de la Fuentes, Marta", "de la Fuentes"),
        ("Ashton van Quarrel and Nell Pemberton", "van Quarrel"),
        ("{Zephyr Stats Core Team}", "Zephyr Stats Core Team"),
        ("Quarrel, Ashton and {Pemberton and Sons}", "Quarrel"),
        ("Ashton Quarrel", "Quarrel"),
    ],
)
def test_bibtex_first_family(field, family):
    assert bibtex_first_family(field) == family


def test_clean_entry_title_joins_wrapped_words_and_drops_emphasis():
    assert clean_entry_title("**Learning bidi-\n  rectional maps for\n  ponds**.") == (
        "Learning bidirectional maps for ponds"
    )
    # a real hyphen stays
    assert clean_entry_title("*Self-tuning ponds*") == "Self-tuning ponds"


def _entries(text):
    return [text[e.start : e.end] for e in segment(text)]


def test_segment_numbered_entries_wrapped_over_lines():
    text = (
        "1. Quarrel, A. (2011). Ponds and\n"
        "   their keepers. Journal of Ponds, 3, 1-9.\n"
        "2. Pemberton, N. (2012). Reeds. Reed Review, 4, 2-8.\n"
    )
    assert [e.strip() for e in _entries(text)] == [
        "1. Quarrel, A. (2011). Ponds and\n   their keepers. Journal of Ponds, 3, 1-9.",
        "2. Pemberton, N. (2012). Reeds. Reed Review, 4, 2-8.",
    ]


def test_segment_item_continued_after_a_blank_line_when_indented():
    text = "1. **Ponds at Dawn.** Preprint.\n\n   *Ashton Quarrel, Nell Pemberton*\n2. **Reeds.**\n"
    assert len(_entries(text)) == 2
    assert "Ashton Quarrel" in _entries(text)[0]


def test_segment_unmarked_lines_are_entries_unless_they_continue():
    text = "Ponds at Dawn. Ashton Quarrel, et al.\nReeds in Winter. Nell Pemberton,\nLio Okafor.\n"
    assert len(_entries(text)) == 2


def test_segment_quote_blocks_and_bibitems():
    text = "> Quarrel A, Okafor L. Ponds. Pond J. 2014;15:550.\n> Pemberton N. Reeds. 2016.\n"
    assert len(_entries(text)) == 2
    bbl = "\\bibitem{q11}\nA.~Quarrel.\n\\newblock {\\em Ponds}.\n\\bibitem{p12}\nN.~Pemberton.\n"
    assert len(_entries(bbl)) == 2


@pytest.mark.parametrize(
    ("entry", "family", "title"),
    [
        (
            "Quarrel, A., & Pemberton, N. (2011). Ponds and their keepers in northern "
            "valleys. Journal of Pond Studies, 3(2), 1-9.",
            "Quarrel",
            "Ponds and their keepers in northern valleys",
        ),
        (
            '[4] A. Quarrel, N. Pemberton, and L. Okafor, "Measuring reed growth with '
            'sparse sensors," in Proc. Reed Conf., 2015, pp. 1-9.',
            "Quarrel",
            "Measuring reed growth with sparse sensors",
        ),
        (
            "- **Measuring Reed Growth with Sparse Sensors** Ashton Quarrel, Nell Pemberton "
            "and Lio Okafor",
            "Quarrel",
            "Measuring Reed Growth with Sparse Sensors",
        ),
    ],
)
def test_labeller_reads_entries(entry, family, title):
    reading = read_entry(shipped_labeller(), entry)
    assert reading is not None
    assert (reading.family, reading.title) == (family, title)


def test_prose_paragraph_is_no_entry():
    prose = (
        "We walked down to the pond after lunch. The reeds were taller than last year, and "
        "Ashton said the keepers had cut them back in spring. Nobody believed him."
    )
    assert list(read_references(prose)) == []


def test_lone_entry_needs_a_reference_mark():
    # a single capitalised phrase and a name, with nothing of a reference about it
    assert list(read_references("Ponds at Dawn, Ashton Quarrel")) == []
    marked = "Quarrel, A. (2011). Ponds and their keepers. Journal of Pond Studies, 3, 1-9."
    assert [(f.family, f.title) for f in read_references(marked)] == [
        ("Quarrel", "Ponds and their keepers")
    ]


def test_pathological_input_is_fast():
    text = ("1. Quarrel, A., " * 30 + "\n") * 30 + ("(" * 200) + ("**" * 200)
    started = time.perf_counter()
    list(read_references(text))
    segment(text)
    assert time.perf_counter() - started < 2.0


R_CITATION = """\
citHeader("To cite pondr in publications use:")

bibentry(bibtype = "Article",
         title = "{pondr}: counting reeds in shallow ponds",
         author = c(person(c("Ashton", "B."), "Quarrel"), person("Nell", "Pemberton")),
         journal = "Journal of Pond Software",
         year = "2019",
         textVersion = paste("Quarrel, A. B. and Pemberton, N. (2019).",
                             "pondr: counting reeds in shallow ponds. J. Pond Softw.")
)
citEntry(entry = "Manual",
         title = "Reed census tools",
         author = personList(as.person("Lio van Okafor")),
         year = 2020)
"""


def test_r_citation_entries_and_text_version():
    found = [(f.family, f.title) for f in read_r_citations(R_CITATION)]
    assert found == [
        ("Quarrel", "pondr: counting reeds in shallow ponds"),
        ("Quarrel", "pondr: counting reeds in shallow ponds"),
        ("van Okafor", "Reed census tools"),
    ]


def test_r_citation_without_author_is_no_entry():
    assert list(read_r_citations('bibentry(bibtype = "Manual", title = "Reed tools")')) == []


CFF = """\
cff-version: 1.2.0
message: "Please cite this software using the metadata below."
title: "pondr"
authors:
  - family-names: Quarrel
    given-names: Ashton
  - family-names: Pemberton
    given-names: Nell
preferred-citation:
  type: article
  title: "Counting reeds in shallow ponds"
  authors:
    - given-names: Lio
      name-particle: van
      family-names: Okafor
    - name: "Pond Software Collective"
"""


def test_citation_cff_titles_with_their_first_authors():
    assert [(f.family, f.title) for f in read_cff(CFF)] == [
        ("Quarrel", "pondr"),
        ("van Okafor", "Counting reeds in shallow ponds"),
    ]


def test_citation_cff_title_without_authors_is_no_entry():
    assert list(read_cff('cff-version: 1.2.0\ntitle: "pondr"\nversion: 1.0\n')) == []


def test_title_stopping_on_a_function_word_runs_to_its_sentence_end():
    text = "Reed Models for Efficient and\nModular Pond Surveys. Ashton Quarrel, et al. 2019."
    spans = tokenize(text)
    # the labeller stopped the title after "and" and took "Modular Pond" for names
    assert _complete_dangling(text, spans, (0, 5)) == (0, 8)
    # near-miss: a title ending on a full word stays as it is
    assert _complete_dangling(text, spans, (0, 8)) == (0, 8)
    # and one whose sentence runs into a year is not extended
    dated = "Reed Models for\n2019 Pond Surveys. Quarrel."
    assert _complete_dangling(dated, tokenize(dated), (0, 3)) == (0, 3)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="[](){}*_\"“”'<>/\\ \n.,:;-&aAbQ19", max_size=120))
def test_reader_never_fails_on_markup_debris(text):
    for found in read_references(text):
        assert found.family and found.title
    for line in (text, "- " + text, "1. Quarrel, A. (2019). " + text):
        read_entry(shipped_labeller(), line)


def test_markup_of_rst_and_natbib_entries_is_blanked():
    # an escaped initial opening a reStructuredText entry keeps its letter
    assert blank_markup("\\W. Quarrel, *Ponds*") == " W. Quarrel, *Ponds*"
    # natbib's optional label, wrapped over lines, is no part of the entry's words
    bbl = "\\bibitem[{Quarrel \\emph{et~al.}(1992)Quarrel, Okafor \\&\n  Varga}]{q92}\nQuarrel A"
    assert blank_markup(bbl).split() == ["Quarrel", "A"]


def test_title_starts_after_the_author_year_block():
    text = "Quarrel AB, Okafor L . 2002. Reed counts in shallow ponds. Pond J 3: 1-9."
    spans = tokenize(text)
    # the labeller started the title at "Okafor": it starts after "2002."
    assert _trim_title_run(text, spans, (2, 10)) == (6, 10)


def _reading(confidence):
    return Reading("Quarrel", "Reed counts", 0, 11, 0, confidence)


def test_lone_entry_with_several_reference_marks_needs_less_confidence():
    rich = "Quarrel AB. Reed counts. Pond J. 2020 Mar;38(3):276-278. doi: 10.1/p"
    plain = "Quarrel AB. Reed counts (2020)."
    # between the two thresholds: enough for an entry with several marks, not for one mark
    between = (STRONG_LONE_MIN_CONFIDENCE + LONE_MIN_CONFIDENCE) / 2
    assert STRONG_LONE_MIN_CONFIDENCE < between < LONE_MIN_CONFIDENCE
    assert _is_lone_reference(_reading(between), rich, marked=False)
    assert not _is_lone_reference(_reading(between), plain, marked=False)
    assert _is_lone_reference(_reading(LONE_MIN_CONFIDENCE), plain, marked=False)
    # near-miss: no mark of a reference at all
    assert not _is_lone_reference(_reading(0.99), "Quarrel AB. Reed counts.", marked=False)


def test_clean_entry_title_drops_document_type_marks_and_open_notes():
    assert clean_entry_title("Reed counts in shallow ponds[J]. Pond Journal") == (
        "Reed counts in shallow ponds"
    )
    assert (
        clean_entry_title("Reed counts in shallow ponds (Pond Lab")
        == "Reed counts in shallow ponds"
    )
    # near-miss: a closed parenthesis is part of the title
    assert (
        clean_entry_title("Reed counts (and herons) in ponds")
        == "Reed counts (and herons) in ponds"
    )


def test_an_edited_volume_names_no_author():
    # the guidelines: editors alone are no author, so an edited volume's entry states no fact
    text = (
        "References\n"
        "Roe, A. (Ed.). (2019). Handbook of pond science. Delta Press.\n"
        "Moe, K., & Poe, A. (Eds.). (2020). Herons of the world. Wetland Books.\n"
        "Lund, P. (2020). Reed beds as sediment traps. In A. Roe (Ed.), Handbook of pond "
        "science (pp. 45–67). Delta Press.\n"
    )
    found = {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}
    assert found == {("Lund", "Reed beds as sediment traps")}


def test_a_news_outlet_as_author_is_kept_whole():
    text = (
        "References\n"
        "BBC News (2020) Herons return to the delta. Available at: https://example.org/1 "
        "(Accessed: 3 May 2021).\n"
        "World Health Organization. (2019). Pond water safety guidelines. https://example.org/2\n"
    )
    found = {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}
    assert ("BBC News", "Herons return to the delta") in found
    assert first_author_family("Emily Post") == "Post"  # a family name, no outlet
