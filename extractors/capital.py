"""Capitals of countries and first-level regions (``capital``: country or region -> city).

Phrasings: ``The capital of X is Y``, ``Y is the capital of X``, ``Y, the capital of X, …``,
``X's capital, Y, …`` / ``X's capital is Y``, ``Y, X's capital, …``,
``Y is the capital and largest city of X``, ``Y, not Z, is the capital of X``,
``X, whose capital is Y``; tables with a ``Capital`` column, and ``X — Capital: Y`` fields.
X may come with a descriptive phrase that is dropped (``the U.S. state of South Carolina`` ->
``South Carolina``).

Not facts: a former capital (``Bonn was the capital of …``, ``…, the capital of X until 1990``),
a figurative one (``the capital of jazz``, ``the fashion capital of the world``, ``the capital of
French cuisine``), every other sense of the word, and a statement the text marks as false or only
believed (``Sydney is the capital of Australia. — FALSE``, ``many think Sydney is …``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors import layout
from extractors.base import Fact, load_words, register
from extractors.grammar import CAP_WORD, PLACE, SPACE, trim_place
from extractors.normalize import clean_place

# Country names joined by "and" are listed: a generic "X and Y" would swallow the next clause.
_AND_NAMES = (
    r"Bosnia and Herzegovina|Trinidad and Tobago|Antigua and Barbuda|Saint Kitts and Nevis|"
    r"Saint Vincent and the Grenadines|São Tomé and Príncipe|Sao Tome and Principe|"
    r"Turks and Caicos Islands|Heard Island and McDonald Islands|Wallis and Futuna|"
    r"Saint Pierre and Miquelon|Kabardino-Balkaria|Newfoundland and Labrador"
)
_PLACE = rf"(?:{_AND_NAMES}|{PLACE})"
_DESCRIPTOR = (
    r"(?:[\w.\-]+\s+){0,4}?(?:state|province|region|canton|prefecture|territory|republic|emirate|"
    r"county|department|oblast|krai|governorate|voivodeship|land|island|islands|nation|country)"
    r"\s+of\s+"
)
_COUNTRY = rf"(?:the\s+)?(?:{_DESCRIPTOR})?(?P<country>{_PLACE})"
_CITY = rf"(?P<city>{_PLACE})"
# "the de facto capital", "the administrative capital": still the capital.
_CAPITAL = (
    r"(?:(?:national|de\s+facto|official|administrative|political|constitutional|legislative|"
    r"executive|judicial|federal|royal)\s+)?capital(?:\s+city)?"
)
_IS = r"(?:is|serves\s+as|remains|has\s+been)"
_AND_LARGEST = r"(?:\s+and\s+(?:the\s+)?(?:largest|biggest|most\s+populous)\s+city)?"

# A place without "of" inside, for "the Black Hills of South Dakota, whose capital is Pierre".
_PLACE_WITHOUT_OF = rf"{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,4}}"

_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"\b[Tt]he\s+{_CAPITAL}\s+of\s+{_COUNTRY},?\s+is\s+{_CITY}",
        rf"{_CITY}(?:,\s+not\s+{_PLACE},)?\s+{_IS}\s+(?:also\s+|now\s+|still\s+)?the\s+{_CAPITAL}"
        rf"{_AND_LARGEST}\s+of\s+{_COUNTRY}",
        rf"{_CITY},\s+(?:the\s+)?{_CAPITAL}{_AND_LARGEST}\s+of\s+{_COUNTRY}",
        rf"(?P<country>{_PLACE})['’]s\s+{_CAPITAL}(?:,|\s+is)\s+{_CITY}",
        rf"{_CITY},\s+(?P<country>{_PLACE})['’]s\s+{_CAPITAL}\b",
        rf"{_CITY}\s+{_IS}\s+(?P<country>{_PLACE})['’]s\s+{_CAPITAL}\b",
        rf"(?P<country>{_AND_NAMES}|{_PLACE_WITHOUT_OF}),\s+whose\s+(?:own\s+)?{_CAPITAL}\s+is\s+"
        rf"{_CITY}",
    )
)
_CAPITAL_COLUMN = re.compile(r"capital(?: city)?")
# "Country: Bhutan" then "Capital: Thimphu" on a later line of the same block.
_COUNTRY_FIELD = re.compile(
    rf"(?m)^[^\S\n]*(?i:country|state|province|region|territory|nation)[^\S\n]*:[^\S\n]*"
    rf"(?P<country>{_PLACE})[^\S\n]*$"
)
_LONE_CAPITAL_FIELD = re.compile(
    rf"(?m)^[^\S\n]*(?i:capital(?:\s+city)?)[^\S\n]*:[^\S\n]*{_CITY}[^\S\n]*$"
)
_CAPITAL_FIELD = re.compile(
    rf"(?m)^[^\S\n]*(?P<country>{_PLACE})[^\S\n]*[—–:-]+[^\S\n]*(?i:capital(?:\s+city)?)"
    rf"[^\S\n]*:[^\S\n]*{_CITY}"
)

# After the country, a lower-case word that continues a noun phrase ("French cuisine") means the
# phrase is no country; these words end the name instead.
_MAY_FOLLOW_COUNTRY = load_words("may_follow_country")
_NOT_A_PLACE = frozenset(["world", "universe", "earth", "internet", "galaxy", "web"])
_FORMER = re.compile(r"^,?\s+(?:until|till|from\s+\d|between|before\s+\d|in\s+\d|during)\b")
_MARKED_FALSE = re.compile(r"^[\s.!]*(?:[—–-]+\s*)?(?:FALSE|False|false|✗|✘|❌|Wrong|wrong)\b")
_BELIEVED_ONLY = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|myth|misconception|mistakenly|wrongly|"
    r"assume|assumes|assumed|if|whether|claim|claims|claimed|pretend|imagine|suppose|not)"
    r"\s+(?:that\s+)?$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_WHOLE_PLACE = re.compile(_PLACE)  # a table cell must be a place name and nothing else
_QUESTION_WORDS = frozenset(["what", "which", "who", "where", "how", "it", "this", "that"])
_QUESTION = re.compile(r"^[^.!\n]{0,40}\?")


@dataclass(frozen=True)
class CapitalExtractor:
    name: str = "capital"
    version: str = "2"
    relations: tuple[str, ...] = ("capital",)
    triggers: tuple[str, ...] = ("capital",)
    trigger_pattern: str = r"\bcapital\b"
    trigger_anchors: tuple[str, ...] = ("capital",)
    subject_labels: tuple[str, ...] = ("GPE", "LOC")  # checked when a statistical NER runs

    def extract(self, text: str) -> Iterator[Fact]:
        seen: set[int] = set()  # one statement per position of the word "capital" (or cell)
        for country, city, start, end, anchor in self._candidates(text):
            country, city = clean_place(trim_place(country)), clean_place(trim_place(city))
            if anchor in seen or not country or not city:
                continue
            seen.add(anchor)
            yield Fact(start, end, "capital", country, city)

    def _candidates(self, text: str):
        for pattern in _PATTERNS:
            for m in pattern.finditer(text):
                if self._states_current_capital(text, m):
                    anchor = text.find("capital", m.start(), m.end())
                    yield m["country"], m["city"], m.start(), m.end(), anchor
        for m in _CAPITAL_FIELD.finditer(text):
            yield m["country"], m["city"], m.start(), m.end(), m.start("city")
        for m in _LONE_CAPITAL_FIELD.finditer(text):
            block = text[: m.start()].rsplit("\n\n", 1)[-1]
            offset = m.start() - len(block)
            if countries := list(_COUNTRY_FIELD.finditer(block)):
                country = countries[-1]
                yield (
                    country["country"],
                    m["city"],
                    offset + country.start(),
                    m.end(),
                    m.start("city"),
                )
        for table in layout.tables(text):
            column = table.column(_CAPITAL_COLUMN)
            if column:  # None, or the first column: that one holds the countries
                for row in table.rows:
                    country, city = row[0], row[column]
                    if _WHOLE_PLACE.fullmatch(country.text) and _WHOLE_PLACE.fullmatch(city.text):
                        yield country.text, city.text, country.start, city.end, city.start

    @staticmethod
    def _states_current_capital(text: str, m: re.Match[str]) -> bool:
        country, city = m["country"], m["city"]
        if country.split()[-1].lower() in _NOT_A_PLACE or city.lower() in _QUESTION_WORDS:
            return False
        if _QUESTION.match(text[m.end() :]):
            return False
        after = text[m.end("country") :]
        if (nxt := _NEXT_WORD.match(after)) and nxt[1] not in _MAY_FOLLOW_COUNTRY:
            return False
        tail = text[m.end() : m.end() + 40]
        if _FORMER.match(text[m.end("country") : m.end("country") + 40]) or _MARKED_FALSE.match(
            tail
        ):
            return False
        before = text[max(0, m.start() - 60) : m.start()]
        return not _BELIEVED_ONLY.search(before)


CAPITAL = register(CapitalExtractor())
