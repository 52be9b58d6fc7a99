"""Birth and death dates of people (``birth_date``, ``death_date``: person -> ISO date).

Phrasings (see the labelling guidelines):
- a parenthesis after the name: ``X (born 14 March 1879)``, ``X (b. 14 March 1879)``,
  ``X (d. 18 April 1955)``, a life span ``X (14 March 1879 – 18 April 1955)`` (first date born,
  second died, also after other material such as ``née Kasner;``),
  ``X (* 23.04.1941, † 19.11.2023)``;
- clauses: ``X was born on DATE``, ``Born on DATE, X …``, ``X …, born DATE``, ``X died on DATE``,
  ``X, who died on DATE``, ``X was born … and died on DATE``.

Not facts: a date without day, month and year; ``born`` in any other sense; negated or
hypothetical statements (``was not born on``, ``had been born on``); a baptism date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.base import Fact, register
from extractors.grammar import PERSON, trim_person
from extractors.normalize import DATE_PATTERN, clean_name, parse_date

_DATE = DATE_PATTERN
_DASH = r"\s*(?:–|—|-|−|to)\s*"
_GAP = r"[^\n;()]{0,120}?"

_PAREN = re.compile(rf"(?P<name>{PERSON})\s*\((?P<inside>[^()\n]{{0,400}})\)")
_SPAN_IN_PAREN = re.compile(
    rf"(?P<pre>(?:^|[;,:]\s*)(?P<mark>[^;,:]*?))(?P<born>{_DATE}){_DASH}(?P<died>{_DATE})"
)
_BORN_IN_PAREN = re.compile(rf"(?:^|[;,]\s*)(?:born|b\.|\*)\s*(?:on\s+)?(?P<date>{_DATE})")
_DIED_IN_PAREN = re.compile(rf"(?:^|[;,]\s*)(?:died|d\.|†|\+)\s*(?:on\s+)?(?P<date>{_DATE})")
_NOT_BIRTH_MARK = re.compile(r"\b(?:baptis|baptiz|bapt\.|c\.|ca\.|circa|fl\.)", re.IGNORECASE)

# The subject of a clause: a name, maybe a parenthesis, maybe an appositive between commas
# ("Lorraine B. Henderson (née Pruitt), 77, of Lincoln, Nebraska, was born ...").
_SUBJECT = (
    rf"(?P<name>{PERSON})(?:\s*\([^()\n]{{0,80}}\))?(?:,\s+(?P<apposition>[^.;\n()]{{1,100}}?),)?"
)
_WAS_BORN = re.compile(
    rf"{_SUBJECT}\s+(?:was|is)\s+born\s+"
    rf"(?:(?:on\s+)?(?P<date>{_DATE})|(?P<gap>{_GAP})\s(?:on\s+)?(?P<date2>{_DATE}))"
)
_BORN_FIRST = re.compile(
    rf"\bBorn\s+(?:on\s+)?(?P<date>{_DATE})(?:\s+(?:in|at)\s+[^,\n]{{1,60}})?,\s+(?P<name>{PERSON})"
)
_COMMA_BORN = re.compile(
    rf"(?P<name>{PERSON}),\s+(?:(?P<gap>[^\n;.()]{{1,100}}?),\s+)?born\s+(?:on\s+)?(?P<date>{_DATE})"
)
_DIED = re.compile(
    rf"(?P<name>{PERSON})(?:\s*\([^()\n]{{0,80}}\))?(?:,\s+who)?\s+(?:had\s+)?died\s+"
    rf"(?:(?:on\s+)?(?P<date>{_DATE})|(?P<gap>{_GAP})\s(?:on\s+)?(?P<date2>{_DATE}))"
)
_BORN_AND_DIED = re.compile(
    rf"{_SUBJECT},?\s+(?:was\s+)?born\s+{_GAP}(?:{_DATE}){_GAP},?\s+(?:and\s+)?died\s+"
    rf"(?:on\s+)?(?P<date>{_DATE})"
)
# A sentence boundary inside a gap ("died in 1990. His son was born on ...") ends the clause;
# "St. Joseph's" does not: a boundary is a full stop followed by a capitalised word and a
# lower-case one.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S+\s+[a-z]")
_OTHER_EVENT = re.compile(r"\b(?:born|died|married|baptis|buried)\w*", re.IGNORECASE)


def _gap_is_clause(gap: str | None) -> bool:
    return gap is None or not (_SENTENCE_BREAK.search(gap) or _OTHER_EVENT.search(gap))


@dataclass(frozen=True)
class LifeDateExtractor:
    """One of the two relations of the life-dates family; both share the patterns above."""

    name: str
    relations: tuple[str, ...]
    version: str = "1"
    triggers: tuple[str, ...] = ("born", "died", "(", "b.", "d.", "†")

    def extract(self, text: str) -> Iterator[Fact]:
        # One statement per date written: several patterns may read the same date.
        seen: set[tuple[str, int]] = set()
        for relation, name, date, start, end, date_at in _life_dates(text):
            if relation in self.relations and (relation, date_at) not in seen:
                seen.add((relation, date_at))
                yield Fact(start, end, relation, name, date)


def _fact(relation: str, raw_name: str, raw_date: str, match: re.Match[str], date_at: int):
    name = trim_person(clean_name(raw_name))
    date = parse_date(raw_date)
    if name and date:
        yield relation, name, date, match.start(), match.end(), date_at


def _life_dates(text: str):
    for m in _PAREN.finditer(text):
        inside, offset = m["inside"], m.start("inside")
        if span := _SPAN_IN_PAREN.search(inside):
            if not _NOT_BIRTH_MARK.search(span["mark"]):
                yield from _fact(
                    "birth_date", m["name"], span["born"], m, offset + span.start("born")
                )
            yield from _fact("death_date", m["name"], span["died"], m, offset + span.start("died"))
            continue
        if born := _BORN_IN_PAREN.search(inside):
            yield from _fact("birth_date", m["name"], born["date"], m, offset + born.start("date"))
        if died := _DIED_IN_PAREN.search(inside):
            yield from _fact("death_date", m["name"], died["date"], m, offset + died.start("date"))
    for relation, pattern in _CLAUSES:
        for m in pattern.finditer(text):
            parts = m.groupdict()
            if _gap_is_clause(parts.get("gap")) and _gap_is_clause(parts.get("apposition")):
                group = "date" if m["date"] else "date2"
                yield from _fact(relation, m["name"], m[group], m, m.start(group))


_CLAUSES = (
    ("birth_date", _WAS_BORN),
    ("birth_date", _BORN_FIRST),
    ("birth_date", _COMMA_BORN),
    ("death_date", _BORN_AND_DIED),  # before _DIED: it knows whose death "and died" states
    ("death_date", _DIED),
)


BIRTH_DATE = register(LifeDateExtractor("birth_date", ("birth_date",)))
DEATH_DATE = register(LifeDateExtractor("death_date", ("death_date",)))
