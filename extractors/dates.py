"""The dates constituent: every full date the guidelines know, as real text writes it.

``DATE`` is one regular expression (no capturing groups, so extractors can embed it several
times) for the written forms of the guidelines and what corpora do to them:

- ``14 March 1879``, ``March 14, 1879``, ``14 Mar. 1879``, ``Sept. 21st 1990``, ``the 2nd of
  April 1851``, ``28th of August, 2009``, ``Sunday, 26 December 2021``, ``Sunday August 24th``,
  ``1879-03-14``, ``14.03.1879``, ``03/14/1879``;
- footnote marks inside or after it (``21 November[2] 1913``, ``16 January 1794[3]``) and
  a comma without its space (``November 13,1836``, scanned books);
- Old Style / New Style double dates, which state the New Style date: ``25 April/7 May 1840``,
  ``7 May [O.S. 25 April] 1840``, ``23 February 1685 (O.S.) [5 March N.S.]``.

``find_dates`` returns the spans with their ISO values and whether the text hedges them
(``c.``, ``abt.``, ``bef.``, ``fl.``, a trailing ``?``): a hedged date states no fact.

Every repetition is bounded and the alternatives of one position do not overlap, so matching
stays linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

from extractors.normalize import MONTHS, parse_date


def _foreign_months() -> dict[str, int]:
    """Month names of other languages (``extractors/data/month_names.tsv``)."""
    text = files("extractors").joinpath("data", "month_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name.strip(): int(number) for name, number in rows}


FOREIGN_MONTHS = _foreign_months()
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_FOREIGN_ALT = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
_MONTH = rf"(?i:{_MONTH_ALT})\.?"
# "Decr." / "Septr." in old records: a month abbreviation with its last letter raised.
_OLD_MONTH = r"(?i:Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec)r\."
_ANY_MONTH = rf"(?:{_OLD_MONTH}|{_MONTH})"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]+)"
_ORD = r"(?i:st|nd|rd|th)?"
_YEAR = r"\d{3,4}(?![\d/])"
# A footnote mark ("[2]", "[a]", "[note 3]") or an Old Style aside ("[O.S. 25 April]").
_MARK = r"(?:\[(?:\w{1,3}|note\s\w{1,3}|O\.S\.[^\]\n]{0,20})\])"
_MARKS = rf"{_MARK}{{0,3}}"
_GAP = rf"(?:[^\S\n]?{_MARK}){{0,3}}"  # marks between the parts of one date, no line break
# a day's ordinal in words, as formal notices and older prose write it: "the third of March,
# 1901", "March twenty-first, 1901" (in lower case: "The Third of May 1808" is a painting's name)
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_WORD_DAYS = {
    **{word: n for n, word in enumerate(_UNITS, 1)},
    **{word: n for n, word in enumerate(_TEENS, 10)},
    "twentieth": 20,
    **{f"twenty{joint}{word}": 20 + n for n, word in enumerate(_UNITS, 1) for joint in "- "},
    "thirtieth": 30,
    "thirty-first": 31,
    "thirty first": 31,
}
_WORD_DAY = rf"(?<![\w-])(?:{'|'.join(sorted(_WORD_DAYS, key=len, reverse=True))})(?![\w-])"
_WORD_DAY_RE = re.compile(_WORD_DAY)
_DAY = rf"(?:[0-3]?\d{_ORD})"
# "25 April/7 May 1840": the Old Style day and month before a slash.
_OLD_STYLE_DM = rf"(?:{_DAY}[^\S\n]+{_ANY_MONTH}[^\S\n]*/[^\S\n]*)"
_OLD_STYLE_MD = rf"(?:{_ANY_MONTH}[^\S\n]+{_DAY}[^\S\n]*/[^\S\n]*)"

# A space between the parts of a date, or a line break where the text was wrapped.
# (an HTML "&nbsp;" blanked in the plain view is six spaces)
_SP = r"(?:[^\S\n]{1,8}|[^\S\n]{0,8}\n[^\S\n]{0,8})"
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# (the numerals longest first, so that "XII" is not read as "X")
_ROMAN_DAY_MONTH = (
    rf"\d{{1,2}}\.[^\S\n]?(?:{'|'.join(sorted(_ROMAN_MONTHS, key=len, reverse=True))})\."
)
DATE = (
    # "the 12th day of May, 1950" in deeds, registers and formal notices
    # (a day in words before its month only with "of": "the third of March, 1901", not "the
    # first March 1961 meeting")
    rf"(?:{_WEEKDAY}?(?:the{_SP})?(?:{_OLD_STYLE_DM}?{_DAY}(?:{_SP}day)?(?:{_SP}of)?"
    rf"|{_WORD_DAY}(?:{_SP}day)?{_SP}of){_SP}{_ANY_MONTH}"
    # (and "in" before the year, as people write it: "the 5th of September in 1946")
    rf"{_GAP}(?:,?{_SP}?|{_SP}in{_SP}){_YEAR}"  # 14 March 1879 / the 2nd of April 1851
    # "Decr. ye 6th 1787": an old record's "ye" (the) before the day; "March the 3rd, 1975";
    # and "of" or "in" before the year, as people write it: "March 3rd of 1975", "… in 1975"
    rf"|{_WEEKDAY}?{_OLD_STYLE_MD}?{_ANY_MONTH}{_SP}(?:ye{_SP}|the{_SP})?"
    rf"(?:{_DAY}|{_WORD_DAY}){_GAP}"
    rf"(?:,{_SP}?|{_SP}(?:(?:of|in){_SP})?)"
    rf"{_YEAR}"  # March 14, 1879 / Sept. 21st 1990 / November 13,1836
    # 21. März 1685 / 5 de septiembre de 1914 / 1er mai 1950 / 23 февраля 1964 года
    rf"|{_DAY}\.?(?:er)?{_SP}(?:de{_SP})?(?i:{_FOREIGN_ALT})(?!\w){_SP}(?:de{_SP})?{_YEAR}"
    r"(?:[^\S\n]+(?:года|г\.))?"
    r"|\d{4}-\d{1,2}-\d{1,2}(?!\d)"  # 1879-03-14
    r"|\d{3,4}[年년]\s?\d{1,2}[月월]\s?\d{1,2}[日일]"  # 1964年2月23日, 1964년 2월 23일
    # 14.03.1879, 03/14/1879, 14-Mar-1879, 14-03-1879 (not inside a longer number: "555-12-2020")
    r"|(?<![\d/.-])(?:\d{1,2}/\d{1,2}/\d{4}(?![\d/])|\d{1,2}\.\d{1,2}\.\d{4}(?!\d)"
    rf"|\d{{1,2}}-{_MONTH}-\d{{4}}(?!\d)|\d{{1,2}}-\d{{1,2}}-\d{{4}}(?!\d))"
    # 3.V.1971, 12. XII. 1880: the month in Roman numerals, as European catalogues write it
    rf"|(?<![\w.]){_ROMAN_DAY_MONTH}[^\S\n]?\d{{4}}(?!\d))"
    rf"{_MARKS}"
)
# "23 February 1685 (O.S.) [5 March N.S.]", "24 July 1725 O.S./4 August N.S.": the New Style
# date follows the Old Style one.
_NEW_STYLE_DAY = (
    rf"(?P<day_month>{_DAY}[^\S\n]+{_MONTH}|{_MONTH}[^\S\n]+{_DAY})"
    rf"(?:,?[^\S\n]+(?P<year>\d{{3,4}}))?"
)
_NEW_STYLE_AFTER = re.compile(
    rf"^[^\S\n]*(?:\(O\.S\.\)|O\.S\.)[^\S\n]*(?:[\[(](?:N\.S\.[^\S\n]*)?{_NEW_STYLE_DAY}"
    r"(?:[^\S\n]*N\.S\.)?[\])]"
    rf"|/[^\S\n]*{_NEW_STYLE_DAY.replace('day_month', 'day_month2').replace('year', 'year2')}"
    r"[^\S\n]*N\.S\.)"
)
# "July 17, 1731 (O.S. July 6, 1731)", "6 July 1731 (O.S.)": an Old Style aside after the date
# the text states (the New Style one, or the only one given).
_OLD_STYLE_ASIDE = re.compile(r"[^\S\n]*[(\[](?:O\.S\.|Old[^\S\n]+Style)[^()\[\]\n]{0,24}[)\]]")
_BEFORE_COMMON_ERA = re.compile(r"[^\S\n]*(?:BCE?|B\.C\.(?:E\.)?)(?![A-Za-z])")
# What makes a date uncertain: "c. 1 May 1700", "abt. 12 Mar 1750", "bef. 3 Jan 1801",
# "fl. 2 June 1620"; and a question mark after it.
_HEDGE_BEFORE = re.compile(
    r"(?:\b(?:c|ca|circa|abt|about|approx|approximately|bef|before|aft|after|fl|est|around"
    r"|between|sometime|probably|possibly|perhaps)"
    r"\.?|~"
    # (a wiki's hedge templates: "{{circa}} 12 June 1931", "{{c.}}")
    r"|\{\{[^\S\n]*(?:c|ca|circa)\.?[^\S\n]*\}\})[^\S\n]*$",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(r"^[^\S\n]*\?")

DATE_RE = re.compile(DATE)
_FOOTNOTE = re.compile(rf"[^\S\n]?{_MARK}")
_OLD_STYLE_PREFIX = re.compile(rf"^(?:{_WEEKDAY})?(?:the\s+)?(?:{_OLD_STYLE_DM}|{_OLD_STYLE_MD})")
_RAISED_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec)r\.", re.IGNORECASE)
_TIGHT_COMMA = re.compile(r",(?=\d)")
_DASHED_DAY_FIRST = re.compile(r"\d{1,2}-(?:[A-Za-z]+\.?|\d{1,2})-\d{4}")
_LETTERS_IN = re.compile(r"[A-Za-z]")
_OLD_RECORD_THE = re.compile(r"\b(?:ye|the)\s+(?=\d)")
_OF_YEAR = re.compile(r"\s+(?:of|in)\s+(?=\d{3,4}$)")  # "March 3rd of 1975", "… in 1975"
_CJK_DATE = re.compile(r"(\d{3,4})[年년]\s?(\d{1,2})[月월]\s?(\d{1,2})[日일]")
_ROMAN_DATE = re.compile(r"(\d{1,2})\.\s?([IVX]{1,4})\.\s?(\d{4})")
_FOREIGN_DATE = re.compile(
    rf"(\d{{1,2}})\.?(?:er)?\s+(?:de\s+)?({_FOREIGN_ALT})\s+(?:de\s+)?(\d{{3,4}})", re.IGNORECASE
)


def date_value(written: str, day_first: bool | None = None) -> str | None:
    """The ISO date a span matched by ``DATE`` states (the New Style one of a double date), or
    None when it is no full, valid, unambiguous date."""
    text = _FOOTNOTE.sub("", written)
    text = _WORD_DAY_RE.sub(lambda m: str(_WORD_DAYS[" ".join(m.group().lower().split())]), text)
    text = _OLD_STYLE_PREFIX.sub("", text.strip())
    text = _RAISED_MONTH.sub(r"\1", text)
    text = _TIGHT_COMMA.sub(", ", _OLD_RECORD_THE.sub("", _OF_YEAR.sub(", ", text)))
    if _DASHED_DAY_FIRST.fullmatch(text):  # "14-Mar-1879", "14-03-1879"
        text = text.replace("-", " " if _LETTERS_IN.search(text) else "/")
    if m := _CJK_DATE.match(text):
        return parse_date(f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}")
    if m := _ROMAN_DATE.fullmatch(text):
        month = _ROMAN_MONTHS.index(m[2]) + 1
        return parse_date(f"{int(m[3]):04d}-{month:02d}-{int(m[1]):02d}")
    if m := _FOREIGN_DATE.match(text):
        month = FOREIGN_MONTHS[m[2].lower()]
        return parse_date(f"{int(m[3]):04d}-{month:02d}-{int(m[1]):02d}")
    return parse_date(" ".join(text.split()), day_first=day_first)


@dataclass(frozen=True)
class DateSpan:
    """One written date: ``text[start:end]``, its ISO value and whether the text hedges it."""

    start: int
    end: int
    iso: str
    hedged: bool


def is_hedged(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is marked as uncertain (``c.``, ``abt.``, ``?``)."""
    return bool(
        _HEDGE_BEFORE.search(text[max(0, start - 16) : start])
        or _HEDGE_AFTER.match(text[end : end + 3])
    )


def date_at(text: str, start: int, end: int, day_first: bool | None = None) -> DateSpan | None:
    """The date written at ``text[start:end]`` (a ``DATE`` match), with a New Style date that
    follows an Old Style one taking its place."""
    iso = date_value(text[start:end], day_first)
    if iso is None or _BEFORE_COMMON_ERA.match(text, end):
        return None  # "13 June 323 BCE" is no date of the common era the ISO value states
    if m := _NEW_STYLE_AFTER.match(text[end : end + 60]):
        year = m["year"] or m["year2"] or iso[:4]
        new_style = date_value(f"{m['day_month'] or m['day_month2']} {year}")
        if new_style:
            return DateSpan(start, end + m.end(), new_style, is_hedged(text, start, end))
    if aside := _OLD_STYLE_ASIDE.match(text, end):
        return DateSpan(start, aside.end(), iso, is_hedged(text, start, end))
    return DateSpan(start, end, iso, is_hedged(text, start, end))


def find_dates(text: str, day_first: bool | None = None) -> list[DateSpan]:
    """Every full date written in ``text``, in order."""
    found = []
    for m in DATE_RE.finditer(text):
        if span := date_at(text, m.start(), m.end(), day_first):
            found.append(span)
    return found
