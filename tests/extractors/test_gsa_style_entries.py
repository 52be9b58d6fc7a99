"""The Geological Society of America's reference style ("Names, YEAR, Title: Journal, v. 105,
p. 1–9"): the journal follows the title after a colon, its volume numbered "v.". The labeller
may run a title on over the colon into the journal's name; the journal's name after the last
colon is cut where the volume follows it. A title stopped on a function word ("… in the
Lowland of") completes to its colon, not to the stop after "v.". A numbered entry the
labeller reads nothing in with its number is read again without it.
Near-misses: a subtitle in sentence case before the volume stays; a journal-like part without
a "v." volume after it stays. Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.labeller import _complete_dangling
from extractors.references.reader import cut_journal_after_colon
from extractors.references.tokens import tokenize


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_the_journal_after_the_titles_colon_is_cut():
    text = (
        "References\n"
        "1. D. Okafor and B. Lund, 1996, Meltwater channels and drumlin fields in the southern "
        "Lowland of Ontario: Canadian Society of Earth Sciences Bulletin, v. 33, p. 401-419.\n"
        "2. M. Lund, 2004, Frost heave in peat: Observations from a northern mire: Boreal "
        "Studies, v. 8, p. 44-60.\n"
    )
    assert papers(text) == [
        ("Lund", "Frost heave in peat: Observations from a northern mire"),
        ("Okafor", "Meltwater channels and drumlin fields in the southern Lowland of Ontario"),
    ]


def test_a_bracketed_entry_is_read_again_without_its_number():
    text = (
        "References\n"
        "[1] K. Varga and T. Lund, 1993, Ice wedges of the northern Plain of Hungary: "
        "Geological Society of Europe Bulletin, v. 105, p. 671-683.\n"
        "[2] P. Hale, 2001, Kettle lakes in the Lowland of Finland: Lake Survey Studies, "
        "v. 71(2), pp. 143–164.\n"
    )
    assert papers(text) == [
        ("Hale", "Kettle lakes in the Lowland of Finland"),
        ("Varga", "Ice wedges of the northern Plain of Hungary"),
    ]


def test_a_title_stopped_on_a_function_word_completes_to_its_colon():
    entry = (
        "B. Hale, 1993, Outwash channels in the eastern Lowland of Norland: Geological "
        "Society of Europe Bulletin, v. 105, p. 671-683."
    )
    spans = tokenize(entry)
    words = [entry[a:b] for a, b in spans]
    start, of = words.index("Outwash"), words.index("Lowland") + 2
    assert words[of - 1] == "of"
    end = _complete_dangling(entry, spans, (start, of))[1]
    assert entry[spans[start][0] : spans[end - 1][1]] == (
        "Outwash channels in the eastern Lowland of Norland:"
    )


def test_near_miss_a_subtitle_in_sentence_case_stays():
    title = "Counting kettle lakes: Methods and pitfalls for lowland terrain"
    assert cut_journal_after_colon(title, "n, v. 71, p. 1-9.") == title
    # a journal's name, but no "v." volume after it
    title = "Ice wedges of the northern Plain: Geological Society Bulletin"
    assert cut_journal_after_colon(title, "n, 105, 671-683.") == title
    assert cut_journal_after_colon(title, "n, v. 105, p. 671-683.") == (
        "Ice wedges of the northern Plain"
    )
