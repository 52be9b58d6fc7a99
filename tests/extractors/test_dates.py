"""The dates constituent: written forms, what corpora do to them, hedges, and linear time."""

import time

import pytest

from extractors.dates import date_value, find_dates


def isos(text: str) -> list[tuple[str, bool]]:
    return [(span.iso, span.hedged) for span in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 14 March 1879 in Ulm", ["1879-03-14"]),
        ("on March 14, 1879 in Ulm", ["1879-03-14"]),
        ("the 2nd of April 1851", ["1851-04-02"]),
        ("on the 12th day of May, 1950", ["1950-05-12"]),  # a deed's or register's form
        ("died on the 28th of August, 2009 at home", ["2009-08-28"]),
        ("on Sunday August 24th, 2014", ["2014-08-24"]),
        ("on Sunday, 26 December 2021", ["2021-12-26"]),
        ("Feb. 5, 1934", ["1934-02-05"]),
        ("born November 13,1836; he", ["1836-11-13"]),  # a scanned book's comma
        ("21 November[2] 1913", ["1913-11-21"]),  # a footnote mark inside
        ("March 14 [3], 1879", ["1879-03-14"]),
        ("8 December\n1865", ["1865-12-08"]),  # a wrapped line
        ("May 8, 1884December 26, 1972", ["1884-05-08", "1972-12-26"]),  # dash stripped
        ("1737[1][2]16 January 1794", ["1794-01-16"]),
        # "in" before the year, as people write it
        ("born on the 5th of September in 1946.", ["1946-09-05"]),
        ("born on September 5th in 1946 in Leeds", ["1946-09-05"]),
        ("1879-03-14", ["1879-03-14"]),
        # Old Style / New Style: the New Style date
        ("25 April/7 May 1840", ["1840-05-07"]),
        ("7 May [O.S. 25 April] 1840", ["1840-05-07"]),
        ("23 February 1685 (O.S.) [5 March N.S.]", ["1685-03-05"]),
        # other languages
        ("21. März 1685 in Eisenach", ["1685-03-21"]),
        ("el 5 de septiembre de 1914 en", ["1914-09-05"]),
        ("23 февраля 1964 года", ["1964-02-23"]),
        ("le 1er mai 1950", ["1950-05-01"]),
        ("1964年2月23日", ["1964-02-23"]),
        ("Decr. ye 6th 1787", ["1787-12-06"]),
        # informal month-first forms: "the" before the day, "of" before the year
        ("born on March 3rd of 1975 in Ohio", ["1975-03-03"]),
        ("born March the 3rd, 1975.", ["1975-03-03"]),
        ("on May 4 of 1977,", ["1977-05-04"]),
        ("in March of 1975", []),  # near-miss: no day
        ("on March 3 of the year 1975", []),  # near-miss: no form of a date
        ("14-Mar-1879", ["1879-03-14"]),  # a data file's form
        ("14-03-1879", ["1879-03-14"]),
    ],
)
def test_written_forms_give_iso_dates(text, expected):
    assert [iso for iso, _ in isos(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "in March 1879",  # no day
        "on 14 March",  # no year
        "12 May 1428/31",  # a hedged year
        "31 April 1900",  # no such day
        "03/04/1879",  # day-month order unknown
        "at 12 Maybury 1900 Road",  # a month's letters inside a word
        "call 555-12-2020 now",  # digits of a longer number
        "file 123/12/2020",
        "03-04-1879",  # day-month order unknown
        "on the 12th day of May",  # no year
        "in September in 1946",  # no day
        "on 5 September in 12 cases",  # no year after "in"
    ],
)
def test_no_full_date_no_span(text):
    assert isos(text) == []


@pytest.mark.parametrize(
    "text",
    ["c. 1 May 1700", "abt. 12 Mar 1750", "bef. 3 Jan 1801", "fl. 2 June 1620", "3 May 1900?"],
)
def test_hedged_dates_are_marked(text):
    assert [hedged for _, hedged in isos(text)] == [True]


def test_a_plain_date_is_not_hedged():
    assert isos("on 1 May 1700") == [("1700-05-01", False)]


def test_date_value_reads_one_written_date():
    assert date_value("Decr. 6th 1787") == "1787-12-06"
    assert date_value("6th Decr 1787") is None


def test_pathological_input_is_linear():
    # Twice the input may take about twice the time, not four times or worse (a pattern that
    # backtracks without bound); the bound is loose because the machine may be busy.
    def seconds(repeats: int) -> float:
        near_misses = "12 May[1] " * repeats + "and 14 March 18"
        started = time.perf_counter()
        assert find_dates(near_misses) == []
        return time.perf_counter() - started

    small, large = min(seconds(1500) for _ in range(3)), min(seconds(3000) for _ in range(3))
    assert large < 10.0
    assert large < 3.5 * small + 0.05


@pytest.mark.parametrize(
    "written, iso",
    [("3.V.1971", "1971-05-03"), ("12. XII. 1880", "1880-12-12"), ("1.IX.1939", "1939-09-01")],
)
def test_a_month_in_roman_numerals(written, iso):
    # the day first, the month's numeral between stops: as European catalogues write dates
    assert [d.iso for d in find_dates(f"born {written} in Leeds")] == [iso]


@pytest.mark.parametrize("written", ["3.XIII.1971", "3 V 1971", "3.V.19710", "Section 1.2.V.1971"])
def test_near_misses_of_a_month_in_roman_numerals(written):
    assert find_dates(written) == []


@pytest.mark.parametrize("written", ["7 June 1880[1]", "June 7, 1880[a][2]", "1880-06-07[3]"])
def test_footnote_marks_after_a_date_belong_to_its_span(written):
    # (every form of date, not the last one's alone: the marks follow the whole alternation)
    text = f"died {written} in London"
    [span] = find_dates(text)
    assert text[span.start : span.end] == written and span.iso == "1880-06-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day's ordinal in words, as formal notices and older prose write it
        ("on the third of March, 1901, at home", ["1901-03-03"]),
        ("on the twenty-first day of June 1901", ["1901-06-21"]),
        ("June twenty first, 1901", ["1901-06-21"]),
        ("the thirty-first of May 1980", ["1980-05-31"]),
        ("the twelfth of August, 1850", ["1850-08-12"]),
        # near-misses: an ordinal that counts something else, a day the month lacks
        ("the first March 1961 meeting", []),
        ("the thirty-first of February 1901", []),
        ('his painting "The Third of May 1808"', []),
    ],
)
def test_a_day_written_as_an_ordinal_word(text, expected):
    assert [iso for iso, _ in isos(text)] == expected
