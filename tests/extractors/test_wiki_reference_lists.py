"""Reference lists as wikis write them (the citation style of encyclopedia articles): each entry
behind a back-link caret, maybe with the caret's letters ("^ a b c Roe, Ana (2019). "Title".
Journal."), behind a list's number too ("1. ^ …"), the author's name a link ("* [Roe, A.](url)
(2019). "Title". …"); and a title ending on a quote it opened inside ("Against 'measurement'").
Invented entries in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.normalize import clean_title


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_entries_behind_a_caret_and_its_letters():
    text = (
        "References\n\n"
        '^ Castellan, M. (1927). "Counting herons from a balloon". Zeitschrift für Vögel. 43 (3): '
        "172–198. doi:10.1000/zfv.1927.\n"
        '^ a b c Lund, Peter (2019). "Reed beds as sediment traps". In Varga, Anna (ed.). Pond '
        "Encyclopedia.\n"
        '^ Brandt, T. (1928). "The heron postulate". Nature. 121 (3050): 580–590.\n'
    )
    assert papers(text) == [
        ("Brandt", "The heron postulate"),
        ("Castellan", "Counting herons from a balloon"),
        ("Lund", "Reed beds as sediment traps"),
    ]


def test_a_lists_number_and_a_caret_before_an_entry():
    text = (
        '1. ^ Castellan, M. (1927). "Counting herons from a balloon". *Zeitschrift für Vögel*. '
        "**43** (3): 172–198.\n"
        '2. ^ Brandt, T. (1928). "The heron postulate". *Nature*. **121** (3050): 580–590.\n'
    )
    assert papers(text) == [
        ("Brandt", "The heron postulate"),
        ("Castellan", "Counting herons from a balloon"),
    ]


def test_an_authors_name_as_a_link():
    text = (
        '* [Castellan, M.](https://example.org/mc) (1927). "Counting herons from a balloon". '
        "*Zeitschrift für Vögel*. 43: 172–198.\n"
        '* [Brandt, T.](https://example.org/tb) (1928). "The heron postulate". *Nature*. 121: '
        "580–590.\n"
    )
    assert papers(text) == [
        ("Brandt", "The heron postulate"),
        ("Castellan", "Counting herons from a balloon"),
    ]


def test_near_miss_a_caret_before_prose():
    assert papers("^ Back to the top of the page. See the notes (2019) above.\n") == []


def test_a_title_ending_on_a_quote_it_opened():
    assert clean_title("\"Against 'measurement'\".") == "Against 'measurement'"
    assert clean_title("It's fine'") == "It's fine"


def test_a_month_before_the_year_in_the_brackets():
    text = (
        '^ Lund, P.; Varga, A.; Okafor, C. (May 2020). "Reed beds as sediment traps". Journal '
        "of Pond Science. 5: 1–9.\n"
    )
    assert papers(text) == [("Lund", "Reed beds as sediment traps")]


def test_a_linked_quoted_title_after_the_authors_full_name():
    text = (
        '- Mira Castellan, ["Counting Herons from Low Orbit"](https://example.org/a), *Wetland '
        "Letters* 9, 1 (2015).\n"
        '- Peter Lund and Anna Varga, ["Reed Beds"](https://example.org/b), *Pond Notes* (2016).\n'
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds"),
    ]


def test_near_miss_a_bold_title_ends_at_its_markup_not_at_the_next_stop():
    text = (
        "- Castellan, M., & Lund, P. (2023). **Counting herons from low orbit**, Wetland "
        "Assembly 2023, Leeds, UK, 24–28 Apr 2023, WA23-1538. <https://doi.org/10.1000/wa23>. "
        "[[slides](https://example.org/s)]\n"
    )
    assert papers(text) == [("Castellan", "Counting herons from low orbit")]
