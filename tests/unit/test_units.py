"""Units (auditor/units.py): the text each extractor reads around its triggers.

Every input below is invented, in the general form of its construction; expected spans are
written out by hand (positions found with ``str.index`` on the literal text)."""

import time

from auditor.extraction import Extraction
from auditor.units import (
    bibtex_entry_at,
    block_around,
    boundaries,
    merged,
    opening,
    sentence_around,
    units_for,
)
from extractors.api import UnitReach
from extractors.base import select


def _sentences(text: str) -> list[str]:
    """The text cut after every boundary ``boundaries`` finds, each piece stripped."""
    ends = [end for _, end in boundaries(text, 0, len(text))]
    return [text[a:b].strip() for a, b in zip([0, *ends], [*ends, len(text)], strict=True)]


def test_sentences_survive_initials_abbreviations_and_pronunciations():
    text = (
        "J. R. Doe met Dr. Ada Vale at St. Ives in 1901. "
        "Port Elm (pron.: elm) is the capital of Fernland. "
        "She lived in the U.S. Army camp, e.g. at Fort Oak. The end"
    )
    assert _sentences(text) == [
        "J. R. Doe met Dr. Ada Vale at St. Ives in 1901.",
        "Port Elm (pron.: elm) is the capital of Fernland.",
        "She lived in the U.S. Army camp, e.g. at Fort Oak.",
        "The end",
    ]


def test_sentences_run_together_without_a_space_are_cut_but_numbers_and_names_are_not():
    text = "He painted boats.Then he moved to Oslo. It cost 3.5 million.He left"
    assert _sentences(text) == [
        "He painted boats.", "Then he moved to Oslo.", "It cost 3.5 million.", "He left"
    ]  # fmt: skip
    # a near miss: a stop between two capitals or after a short word is no end
    assert _sentences("See the Ph.D. Thesis and U.K.Press today.") == [
        "See the Ph.D. Thesis and U.K.Press today."
    ]


def test_line_breaks_cut_segments_and_a_wrapped_line_does_not_where_asked():
    wrapped = "The committee met on a cold morning and agreed that the\nbridge was sound."
    assert len(boundaries(wrapped, 0, len(wrapped))) == 1  # a plain line break is one
    assert boundaries(wrapped, 0, len(wrapped), wraps=True) == []
    listed = "Reading list\nAda Vale. Rivers. 1990.\nBo Lund. Hills. 1991."
    # the two line breaks and the stops after "Vale", "Rivers", "Lund", "Hills"; a stop before
    # a line break is the break's
    assert len(boundaries(listed, 0, len(listed), wraps=True)) == 6


def test_a_trigger_reads_its_sentence_and_the_reach_around_it():
    text = "Ann Roe paints. She sings. She was born on 3 May 1950. She lives in Cork. Bye."
    born = text.index("born")
    hit = (born, born + 4)
    only = sentence_around(text, hit, UnitReach(before=0, after=0))
    assert text[only[0] : only[1]] == "She was born on 3 May 1950."
    wider = sentence_around(text, hit, UnitReach(before=2, after=1))
    assert text[wider[0] : wider[1]] == (
        "Ann Roe paints. She sings. She was born on 3 May 1950. She lives in Cork."
    )


def test_a_pronouns_person_comes_from_the_documents_opening():
    # The name is introduced in the first sentence, the date stated 2,000 characters later:
    # the unit around "born" does not reach the name, the opening it carries does.
    filler = "The harbour was busy and the boats came in every day of the week. " * 30
    text = f"Ilse Varga was a Hungarian painter. {filler}She was born on 3 June 1902 in Pest."
    extraction = Extraction(select(["birth_date"]))
    (unit,) = extraction.prefilter.units_by_relation(text)[0]
    assert unit[0] > len("Ilse Varga was a Hungarian painter.")  # the name is outside it
    facts = extraction.facts(text)
    assert [(f.subject, f.value) for f in facts] == [("Ilse Varga", "1902-06-03")]
    assert text[facts[0].start : facts[0].end].startswith("She was born")
    # a near miss: without a name anywhere there is nobody to give the date to
    assert Extraction(select(["birth_date"])).facts(filler + "She was born on 3 June 1902.") == []
    # the first sentence is short (a title's length): the next goes with it
    first_two = "Ilse Varga was a Hungarian painter. The harbour was busy and the boats came in"
    assert opening(text, 600) == (0, len(first_two + " every day of the week."))


def test_a_tables_header_goes_with_a_row_far_below_it():
    rows = "".join(f"| Land{i} | Town{i} |\n" for i in range(40))  # 40 rows, 20 chars each
    text = "| Country | Capital |\n|---|---|\n" + rows
    hit = (text.index("Capital"), text.index("Capital") + 7)
    start, end = block_around(text, hit, cap=1500)
    assert (start, end) == (0, len(text))  # every row
    near_miss = "Notes on travel.\n" + "x" * 400 + "\n| Country | Capital |\n| Fernland | Elm |\n"
    hit = (near_miss.index("Capital"), near_miss.index("Capital") + 7)
    start, _ = block_around(near_miss, hit, cap=1500)
    assert near_miss[start:].startswith("| Country")  # the long line above is prose, not read


def test_a_tables_rows_run_on_past_the_cap_to_the_tables_end():
    # 300 rows of about 40 characters: 12,000 characters, far past a 1,500-character cap
    rows = "".join(f"({i}, 'Land{i}', 'XX', 'Town{i}', {i * 1000}),\n" for i in range(300))
    text = "INSERT INTO countries (id, name, iso, capital, people) VALUES\n" + rows
    text += "\nSome prose after the table, which is no row.\n"
    hit = (text.index("capital"), text.index("capital") + 7)
    start, end = block_around(text, hit, cap=1500)
    assert start == 0 and text[:end].endswith("'Town299', 299000),")  # every row, no more
    # near-miss: lines of another shape end the rows (a bar table after a SQL list)
    mixed = text.replace("(150, 'Land150'", "| Land150 | Town150 |\n(150, 'Land150'")
    hit = (mixed.index("capital"), mixed.index("capital") + 7)
    _, end = block_around(mixed, hit, cap=1500)
    assert mixed[:end].endswith("'Town149', 149000),")


def test_a_bibliography_block_is_kept_whole_with_its_heading():
    entries = [
        "- Vale, A. (1990). Rivers of the north. Journal of Water 3, 1-9.",
        "- Lund, B. and C. Holm (1991). Hills and their people. Press of Elm.",
        "- Roe, D. (1992). A study of bridges. Bridge Review 12(2), 44-50.",
    ]
    text = "Some prose before.\n\nReferences\n\n" + "\n".join(entries) + "\n\nAfter."
    hits = [(text.index(f"({year})"), text.index(f"({year})") + 6) for year in (1990, 1992)]
    reach = UnitReach(before=1, after=1, cap=1500, line=300)
    (unit,) = units_for(text, hits, ("sentence", "block"), reach)
    assert text[unit[0] : unit[1]].startswith("Some prose before.\n\nReferences\n\n- Vale")
    assert text[unit[0] : unit[1]].endswith(entries[-1] + "\n\nAfter.")


def test_a_bibtex_entry_is_read_to_its_closing_brace():
    abstract = "A long abstract. " * 40  # one line of 680 characters
    entry = "@article{roe1990,\n  author = {Roe, Ada},\n  title = {{Rivers of the North}},\n"
    entry += f"  abstract = {{{abstract}}},\n  year = {{1990}}\n}}"
    text = "Prose.\n\n" + entry + "\n\n@book{next,\n title = {Other}\n}"
    at = text.index("@article")
    assert bibtex_entry_at(text, at) == (at, at + len(entry))
    assert bibtex_entry_at("@article{open, title = {never closed", 0) is None
    facts = Extraction(select(["paper_title"])).facts(text)
    assert [(f.subject, f.value) for f in facts] == [("Roe", "Rivers of the North")]


def test_a_bibtex_line_commented_out_does_not_unbalance_its_entry():
    # .bib files comment fields out with "%" (biber skips such lines); one may leave a brace
    # open, as a half-edited URL does
    entry = (
        '@incollection{roe1990,\n  author = "Roe, Ada B.",\n'
        '  title = "Rivers of the North",\n  year = "1990",\n'
        '  %eprint = {https://example.org/roe.pdf",\n  %pages = "15--28",\n}'
    )
    text = entry + "\n\n@book{moe1994,\n  author = {Ken Moe},\n  title = {Lakes},\n}\n"
    assert bibtex_entry_at(text, 0) == (0, len(entry))
    facts = Extraction(select(["paper_title"])).facts(text)
    assert [(f.subject, f.value) for f in facts] == [
        ("Roe", "Rivers of the North"),
        ("Moe", "Lakes"),
    ]


def test_near_miss_a_percent_sign_inside_a_field_is_no_comment():
    text = "@article{roe1990,\n  author = {Roe, Ada},\n  title = {A 50% Rise in {Floods}},\n}"
    assert bibtex_entry_at(text, 0) == (0, len(text))
    facts = Extraction(select(["paper_title"])).facts(text)
    assert [(f.subject, f.value) for f in facts] == [("Roe", "A 50% Rise in Floods")]


def test_overlapping_units_merge():
    assert merged([(5, 9), (0, 3), (3, 4), (8, 12), (20, 21)]) == [(0, 4), (5, 12), (20, 21)]


def test_one_huge_line_without_a_sentence_end_costs_its_triggers_not_its_length():
    text = "born " + "word " * 20_000_000 + "born"  # 100 MB, one line, no stop
    started = time.perf_counter()
    spans = units_for(text, [(0, 4), (len(text) - 4, len(text))], ("sentence", "block"),
                      UnitReach(before=2, after=1, cap=800))  # fmt: skip
    assert time.perf_counter() - started < 1.0  # a scan of the line would take seconds
    assert len(spans) == 2 and all(end - start <= 2 * 800 + 10 for start, end in spans)


def test_dense_triggers_are_read_in_one_scan():
    # a sentence end every 8 characters and a trigger in each: the boundaries are found once
    text = "(2019). " * 20_000
    hits = [(at, at + 6) for at in range(0, len(text), 8)]
    reach = UnitReach(before=1, after=1, cap=1500, line=300)
    started = time.perf_counter()
    spans = units_for(text, hits, ("sentence",), reach)
    elapsed = time.perf_counter() - started
    doubled = "(2019). " * 40_000
    started = time.perf_counter()
    units_for(doubled, [(at, at + 6) for at in range(0, len(doubled), 8)], ("sentence",), reach)
    # linear: twice the text takes about twice the time (not four times); generous for noise
    assert time.perf_counter() - started < 4 * elapsed + 0.5
    assert spans == [(0, len(text))]


def test_units_parted_only_by_brackets_and_punctuation_are_joined():
    from auditor.units import joined

    text = '{"title": "A"},\n{"title": "B"}\nThen prose.'
    first, second = (0, 13), (16, 30)
    assert text[first[1] : second[0]] == '},\n'
    assert joined(text, [first, second], gap=16) == [(0, 30)]
    # a word between, or a gap wider than asked: apart
    assert joined(text, [first, (31, 35)], gap=16) == [first, (31, 35)]
    assert joined(text, [first, second], gap=2) == [first, second]
