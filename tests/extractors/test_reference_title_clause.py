"""A title run the labeller ends inside its clause, on words it took for the venue's, goes on
to the comma or stop one or two words on (``labeller._complete_cut_clause``): a title ends on
its punctuation. Not where the words are a venue's (a venue word, an abbreviation, a
capitalised word after a title in sentence case), nor before a year. And a Vancouver title of
two sentences, both labelled a title, stays whole where the journal and its year follow the
run. Invented entries in the general form of each style."""

from extractors.base import select
from extractors.references.labeller import _complete_cut_clause
from extractors.references.tokens import token_spans


def papers(text: str) -> list[tuple[str, str]]:
    return sorted((f.subject, f.value) for f in select(["paper_title"])[0].extract(text))


def completed(text: str, first: str, last: str) -> str:
    """The title ``_complete_cut_clause`` makes of the run from the word ``first`` to the word
    ``last`` (inclusive)."""
    spans = token_spans(text)
    words = [text[a:b] for a, b in spans]
    start, end = words.index(first), words.index(last) + 1
    new_start, new_end = _complete_cut_clause(text, spans, (start, end))
    return text[spans[new_start][0] : spans[new_end - 1][1]]


def test_a_title_case_title_cut_before_its_last_word():
    text = "Ana Lund, Sediment Budgets of Tidal Flats: Effects of Shell Legacy, 30 J. Est. Res. 6."
    assert completed(text, "Sediment", "Shell") == (
        "Sediment Budgets of Tidal Flats: Effects of Shell Legacy,"
    )


def test_two_words_to_the_clause_end():
    text = "Lund, A., 2010, Drowning reefs on the northeastern shelf margin, Geoscience, 38, 1-9."
    assert completed(text, "Drowning", "northeastern") == (
        "Drowning reefs on the northeastern shelf margin,"
    )


def test_near_miss_a_capitalised_venue_after_a_title_in_sentence_case():
    text = "A. Lund, A trial of weight reduction in older subjects Tidal Care, 20 (1997), pp. 1-9"
    assert completed(text, "A", "subjects").endswith("subjects")


def test_near_miss_an_abbreviated_venue_after_the_title():
    text = "Lund, A. Effects of Shell Legacy on Tidal Flats J. Est. Res. 30 (2011)"
    assert completed(text, "Effects", "Flats").endswith("Flats")


def test_near_miss_a_year_after_the_clause():
    text = "Lund, A. Effects of Shell Legacy on Tidal Flats Geoscience, 2011."
    assert completed(text, "Effects", "Flats").endswith("Flats")


def test_near_miss_a_title_that_ends_on_its_punctuation():
    text = "Lund, A. Effects of Shell Legacy on Tidal Flats. Geoscience Letters, 30, 1-9."
    assert completed(text, "Effects", "Flats.").endswith("Flats.")


def test_a_vancouver_title_of_two_sentences_before_its_journal_and_year():
    # the labeller labels both sentences a title, and the journal and its year follow the run
    text = (
        "References\n\n"
        "1. Lund P, Varga A, Hale T. Stenosis of the tidal inlets of Marram and Hale. Report of"
        " three cases. J Estuar Res. 2003 Apr;98(4):897-902.\n"
    )
    assert papers(text) == [
        ("Lund", "Stenosis of the tidal inlets of Marram and Hale. Report of three cases")
    ]


def test_near_miss_a_title_whose_next_sentence_no_journal_and_year_follow():
    # a book's series after its title: the full stop ends the title
    text = (
        "References\n\n"
        "1. Lund P, Varga A. Stenosis of the tidal inlets of Marram and Hale. Estuary Science"
        " Series. Leeds: Fenwick Press; 2003.\n"
    )
    assert papers(text) == [("Lund", "Stenosis of the tidal inlets of Marram and Hale")]
