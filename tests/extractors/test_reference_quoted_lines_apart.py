"""A reading list of quoted titles credited after a dash, one a line ('"Title" — Ana Roe'),
which the segmenter may join into one entry: the labeller then read a title across the two
lines (the first line's author's family name, then the next line's quoted title) and the first
line's given name as the author, a false fact. A title one of whose lines opens on a quote is
two entries' parts, not one title. The list itself reads no facts (a quoted line and a name
after a dash is as often a saying and its speaker). Near-miss: a quoted title wrapped onto its
next line is read whole. Invented text in the general form of each."""

from __future__ import annotations

from auditor.extraction import Extraction
from extractors.base import select


def titles(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text)}


def test_no_title_read_across_two_quoted_lines():
    # (two well-known books: the labeller's reading depends on the words)
    text = (
        "Reading list\n"
        '"The Selfish Gene" — Richard Dawkins\n'
        '"Thinking, Fast and Slow" — Daniel Kahneman\n'
    )
    assert not any('"' in title or "Dawkins" in title for _, title in titles(text))


def test_near_miss_a_quoted_title_wrapped_onto_its_next_line():
    text = (
        "References\n"
        "[1] A. Roe, “Counting reed warblers along a\n"
        "shrinking lake shore,” Wetland Birds, vol. 12, pp. 45–67, 2019.\n"
        "[2] K. Moe, “Winter feeding of grey herons,” Bird Study, vol. 57, pp. 1–9, 2014.\n"
    )
    assert titles(text) == {
        ("Roe", "Counting reed warblers along a shrinking lake shore"),
        ("Moe", "Winter feeding of grey herons"),
    }
