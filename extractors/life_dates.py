"""Birth and death dates of people (``birth_date``, ``death_date``: person -> ISO date).

Phrasings (see the labelling guidelines):
- a parenthesis after the name: ``X (born 14 March 1879)``, ``X (b. 14 March 1879)``,
  ``X (d. 18 April 1955)``, a life span ``X (14 March 1879 – 18 April 1955)`` (first date born,
  second died, also after other material such as ``née Kasner;``), ``X (born Richard Starkey;
  7 July 1940)``, ``X (* 23.04.1941, † 19.11.2023)``;
- clauses: ``X was born on DATE``, ``X, who was born on DATE``, ``Born on DATE in P, X …``,
  ``Born NAME on DATE, …, X …``, ``X …, born DATE``, ``X died on DATE``, ``X, the …, died on
  Sunday, DATE``, ``X passed away peacefully on DATE``, ``X was born … and died on DATE``;
- tables with ``Born`` / ``Died`` columns, and ``Date of birth:`` fields under a name.

Not facts: a date without day, month and year; ``born`` in any other sense; negated or
hypothetical statements (``was not born on``, ``had been born on``); a baptism date; the dates of
something that is not a person (``the Slovak Republic was born on``, a pet, a zoo animal).
Numeric dates such as ``02.05.1899`` are read day first only where the text says so
(``DD.MM.YYYY``, ``the day first``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extractors import layout
from extractors.base import Fact, load_words, register
from extractors.grammar import PERSON, trim_person
from extractors.normalize import DATE_PATTERN, clean_name, parse_date, states_day_first

_DATE = DATE_PATTERN
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
# The event words, and dates themselves: a life span "(14 March 1879 – 18 April 1955)" or a
# table row names no event.
# Every trigger holds one of these: an event word, a month name, or a year written as numeric
# dates write it ("1902-11-09", "14.03.1879", "03/14/1879").
_ANCHORS = (
    "born", "died", "passed away", "birth", " b.", "(b.", " d.", "(d.", "†", "(*",
    *(f"{month}{gap}{digit}" for month in _MONTH_NAMES.split("|") for gap in (" ", ". ")
      for digit in "0123456789"),
    *(f"{digit} {month}" for month in _MONTH_NAMES.split("|") for digit in "0123456789"),
    *(f"{year}-" for year in range(1000, 2100)),
    *(f"{mark}{year}" for year in range(1000, 2100) for mark in "./"),
)  # fmt: skip
_TRIGGER = (
    r"\b(?:born|died|passed\s+away|birth|b\.|d\.)(?!\w)|†|\(\*"
    rf"|\b(?:{_MONTH_NAMES})\.?\s+\d|\d\s+(?:{_MONTH_NAMES})\b"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b"
)
_DASH = r"\s*(?:–|—|-|−|to)\s*"
# A gap inside a clause may not hold another event: "Founding Fathers died on the same day:
# John Adams died on July 4" must not read the first "died" with the second date.
_GAP = r"(?:(?!\b(?:born|died)\b)[^\n;()]){0,120}?"
_DIED_VERB = r"(?:died|passed\s+away)(?:\s+\w+ly)?"  # "passed away peacefully"

_PAREN = re.compile(rf"(?P<name>{PERSON})[^\S\n]*\((?P<inside>[^()]{{0,400}})\)")
_SPAN_IN_PAREN = re.compile(
    rf"(?P<pre>(?:^|[;,:]\s*)(?P<mark>[^;,:]*?))(?P<born>{_DATE}){_DASH}(?P<died>{_DATE})"
)
_BORN_IN_PAREN = re.compile(
    rf"(?:^|[;,]\s*)(?:(?:born|b\.|\*)\s*(?:on\s+)?|born\s[^;()]*;\s*)(?P<date>{_DATE})"
)
# "(c. 1897 – 22 August 1978)": a birth known only roughly still leaves a full death date.
_DEATH_AFTER_PARTIAL = re.compile(
    rf"(?:^|[;,]\s*)[^;,()]{{0,20}}?\b\d{{3,4}}{_DASH}(?P<date>{_DATE})"
)
_DIED_IN_PAREN = re.compile(rf"(?:^|[;,]\s*)(?:died|d\.|†|\+)\s*(?:on\s+)?(?P<date>{_DATE})")
_NOT_BIRTH_MARK = re.compile(r"\b(?:baptis|baptiz|bapt\.|c\.|ca\.|circa|fl\.)", re.IGNORECASE)

# The subject of a clause: a name, maybe a parenthesis, maybe an apposition between commas
# ("Lorraine B. Henderson (née Pruitt), 77, of Lincoln, Nebraska, was born ...",
# "Toni Morrison, the Nobel laureate whose novels ..., died on ...").
_SUBJECT = (
    rf"(?P<name>{PERSON})(?:[^\S\n]*\([^()\n]{{0,80}}\))?"
    rf"(?:,\s+(?P<apposition>[^.;\n()]{{1,200}}?),)?"
)
# "who" follows a bare name only: after an apposition it belongs to the apposition's last noun
# ("Rosario, so he's younger than Ronaldo, who was born ...").
_WHO = r"(?(apposition)|(?:who\s+)?)"
_WAS_BORN = re.compile(
    rf"{_SUBJECT},?\s+{_WHO}(?:was|is)\s+born\s+"
    rf"(?:(?:on\s+)?(?P<date>{_DATE})|(?P<gap>{_GAP})\s(?:on\s+)?(?P<date2>{_DATE}))"
)
# "Born on 23 June 1912 in Maida Vale, London, Alan Mathison Turing was ...": the subject is
# the name that a verb follows.
_BORN_FIRST = re.compile(
    rf"\bBorn\s+(?:(?:in|at)\s+[^,\n]{{1,60}}?\s+)?(?:{PERSON}\s+)?(?:on\s+)?(?P<date>{_DATE})"
    rf"(?P<gap>[^\n;]{{0,160}}?),\s+"
    rf"(?P<name>{PERSON})(?=[^\S\n]+[a-z])"
)
_COMMA_BORN = re.compile(
    rf"(?P<name>{PERSON}),\s+(?:(?P<gap>[^\n;.()]{{1,100}}?),\s+)?born\s+(?:on\s+)?(?P<date>{_DATE})"
)
_DIED = re.compile(
    rf"{_SUBJECT},?\s+{_WHO}(?:had\s+)?{_DIED_VERB}\s+"
    rf"(?:(?:on\s+)?(?P<date>{_DATE})|(?P<gap>{_GAP})\s(?:on\s+)?(?P<date2>{_DATE}))"
)
_BORN_AND_DIED = re.compile(
    rf"{_SUBJECT},?\s+(?:was\s+)?born\s+{_GAP}(?:{_DATE}){_GAP},?\s+(?:and\s+)?{_DIED_VERB}\s+"
    rf"(?:on\s+)?(?P<date>{_DATE})"
)
_CLAUSES = (
    ("birth_date", _WAS_BORN),
    ("birth_date", _BORN_FIRST),
    ("birth_date", _COMMA_BORN),
    ("death_date", _BORN_AND_DIED),  # before _DIED: it knows whose death "and died" states
    ("death_date", _DIED),
)
# A sentence boundary inside a gap ("died in 1990. His son was born on ...") ends the clause;
# "St. Joseph's" does not: a boundary is a full stop followed by a capitalised word and a
# lower-case one.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S+\s+[a-z]")
_OTHER_EVENT = re.compile(r"\b(?:born|died|married|baptis|buried)\w*", re.IGNORECASE)

_BORN_COLUMN = re.compile(r"born|birth|date of birth|birth date|dob|b\.")
_DIED_COLUMN = re.compile(r"died|death|date of death|death date|d\.")
# "Date of birth: 23.04.1988", or an infobox line "Born<TAB>14 March 1879, Ulm".
_FIELD_SEPARATOR = r"(?:[^\S\n]*:[^\S\n]*|\t[^\S\n]*)"
_BIRTH_FIELD = re.compile(
    rf"(?im)^[^\S\n]*(?:date\s+of\s+birth|birth\s*date|born|dob){_FIELD_SEPARATOR}(?P<date>{_DATE})"
)
_DEATH_FIELD = re.compile(
    rf"(?im)^[^\S\n]*(?:date\s+of\s+death|death\s*date|died){_FIELD_SEPARATOR}(?P<date>{_DATE})"
)
_NAME_FIELD = re.compile(rf"(?m)^[^\S\n]*(?i:(?:full\s+)?name)[^\S\n]*:[^\S\n]*(?P<name>{PERSON})")
_NAME_LINE = re.compile(rf"(?m)^[^\S\n]*(?P<name>{PERSON})[^\S\n]*$")

_ANIMALS = load_words("animals")
# "Biscuit (…), our golden retriever," / "Knut (…) was a polar bear": a name described as an
# animal anywhere in a text is an animal's everywhere in it.
_DESCRIBED_AS = re.compile(
    rf"(?P<name>{PERSON})(?:[^\S\n]*\([^()]*\))?(?:,\s+|\s+(?:was|is)\s+)"
    r"(?i:a|an|our|my|the|his|her|their)\s+(?P<words>(?:[\w-]+\s+){0,3}[\w-]+)"
)


def _gap_is_clause(gap: str | None) -> bool:
    return gap is None or not (_SENTENCE_BREAK.search(gap) or _OTHER_EVENT.search(gap))


def _animal_names(text: str) -> set[str]:
    return {
        m["name"]
        for m in _DESCRIBED_AS.finditer(text)
        if any(word in _ANIMALS for word in m["words"].lower().split())
    }


@dataclass(frozen=True)
class LifeDateExtractor:
    """One of the two relations of the life-dates family; both share the patterns above."""

    name: str
    relations: tuple[str, ...]
    version: str = "2"
    triggers: tuple[str, ...] = ("born", "died", "passed away", "birth", "b.", "d.", "†")
    trigger_pattern: str = _TRIGGER
    trigger_anchors: tuple[str, ...] = _ANCHORS
    subject_labels: tuple[str, ...] = ("PERSON",)  # checked when a statistical NER runs

    def extract(self, text: str) -> Iterator[Fact]:
        # One statement per date written: several patterns may read the same date.
        seen: set[tuple[str, int]] = set()
        for relation, name, date, start, end, date_at in _life_dates_of(text):
            if relation in self.relations and (relation, date_at) not in seen:
                seen.add((relation, date_at))
                yield Fact(start, end, relation, name, date)


class _Reader:
    """Turns matches into facts for one text, with the text's own conventions (day first)."""

    def __init__(self, text: str):
        self.text = text
        self.day_first = states_day_first(text)
        self.animals = _animal_names(text)

    def fact(self, relation: str, raw_name: str, raw_date: str, start: int, end: int, at: int):
        name = trim_person(clean_name(raw_name))
        date = parse_date(raw_date, day_first=self.day_first)
        if name and date and name not in self.animals:
            yield relation, name, date, start, end, at


@lru_cache(maxsize=2)
def _life_dates_of(text: str) -> tuple:
    """The life dates of a text, read once for both relations (the birth and the death
    extractor run one after the other on the same window)."""
    return tuple(_life_dates(text))


def _life_dates(text: str):
    reader = _Reader(text)
    for m in _PAREN.finditer(text):
        inside, offset = m["inside"], m.start("inside")
        if span := _SPAN_IN_PAREN.search(inside):
            if not _NOT_BIRTH_MARK.search(span["mark"]):
                yield from reader.fact(
                    "birth_date", m["name"], span["born"], *m.span(), offset + span.start("born")
                )
            yield from reader.fact(
                "death_date", m["name"], span["died"], *m.span(), offset + span.start("died")
            )
            continue
        if born := _BORN_IN_PAREN.search(inside):
            yield from reader.fact(
                "birth_date", m["name"], born["date"], *m.span(), offset + born.start("date")
            )
        if died := _DIED_IN_PAREN.search(inside) or _DEATH_AFTER_PARTIAL.search(inside):
            yield from reader.fact(
                "death_date", m["name"], died["date"], *m.span(), offset + died.start("date")
            )
    for relation, pattern in _CLAUSES:
        for m in pattern.finditer(text):
            parts = m.groupdict()
            if _gap_is_clause(parts.get("gap")) and _gap_is_clause(parts.get("apposition")):
                group = "date" if m["date"] else "date2"
                yield from reader.fact(relation, m["name"], m[group], *m.span(), m.start(group))
    yield from _from_tables(reader)
    yield from _from_fields(reader)


def _from_tables(reader: _Reader):
    for table in layout.tables(reader.text):
        for relation, column in (
            ("birth_date", table.column(_BORN_COLUMN)),
            ("death_date", table.column(_DIED_COLUMN)),
        ):
            if not column:  # None, or the first column: that one holds the names
                continue
            for row in table.rows:
                name, cell = row[0], row[column]
                yield from reader.fact(
                    relation, name.text, cell.text, name.start, cell.end, cell.start
                )


def _from_fields(reader: _Reader):
    """``Date of birth: …`` / ``Died: …`` fields, whose subject is the nearest ``Name:`` field
    before them, or else the nearest line before them that holds nothing but a name (a CV's
    heading, an infobox's title)."""
    text = reader.text
    fields = [("birth_date", m) for m in _BIRTH_FIELD.finditer(text)]
    fields += [("death_date", m) for m in _DEATH_FIELD.finditer(text)]
    for relation, m in fields:
        before = text[: m.start()]
        names = list(_NAME_FIELD.finditer(before)) or [
            line
            for line in _NAME_LINE.finditer(before)
            if trim_person(clean_name(line["name"])) and not line["name"].isupper()
        ]
        if names:
            name = names[-1]
            yield from reader.fact(
                relation, name["name"], m["date"], name.start("name"), m.end(), m.start("date")
            )


BIRTH_DATE = register(LifeDateExtractor("birth_date", ("birth_date",)))
DEATH_DATE = register(LifeDateExtractor("death_date", ("death_date",)))
