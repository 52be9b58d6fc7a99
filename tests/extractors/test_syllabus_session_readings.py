"""A syllabus's readings under a session's heading ("Week 3 readings", "Session 2: Required
reading"), its entries maybe numbered with a closing bracket ("1) Roe A. Title. …"): the
heading names a bibliography as "Readings" alone does, and an entry the labeller reads nothing
in with its "1)" (or its bare "12", as a PDF's text numbers it) is read again without it.
Near-miss: a session's heading that names no reading ("Week 3 notes") heads no bibliography.
Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.segment import BIBLIOGRAPHY_HEADING


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_sessions_readings_numbered_with_brackets():
    text = (
        "Week 3 readings\n"
        "1) Harlow J. The salt road. Oslo: Delta; 2019. Ch. 2.\n"
        "2) Lindqvist P. Rivers of ice. J Ice. 2018;3:1-9.\n"
    )
    assert papers(text) == [("Harlow", "The salt road"), ("Lindqvist", "Rivers of ice")]


def test_session_headings():
    assert BIBLIOGRAPHY_HEADING.fullmatch("Week 3 readings")
    assert BIBLIOGRAPHY_HEADING.fullmatch("Session 2: Required reading")
    assert BIBLIOGRAPHY_HEADING.fullmatch("Lecture 10 - Readings")
    assert BIBLIOGRAPHY_HEADING.fullmatch("Week 3 notes") is None
    assert BIBLIOGRAPHY_HEADING.fullmatch("Week 3: Introduction") is None


def test_an_entry_numbered_without_a_stop_is_read_again_without_its_number():
    # (a PDF's text numbers its entries "12 " where the page had "12."; a corporate author
    # after the bare number is no name the number's blanking knows)
    text = (
        "References\n"
        "11 Lund P, Hale R. Counting kettle lakes in the north. Lake Stud. 2012;4:1-9.\n"
        "12 Nordic Heron Society. (1985). Standards for counting wading birds. Oslo: Heron "
        "Press.\n"
        "13 Osei K. Why herons wade. Bird Lett. 2015;3:1-9.\n"
    )
    assert ("Nordic Heron Society", "Standards for counting wading birds") in papers(text)
