"""Normalisation of subjects and values: the one place that decides when two strings are one fact.

Two layers:
- ``clean_*`` functions turn a span as written into the form a fact keeps (``subject``/``value``):
  Unicode NFKC, white space collapsed, quotes/braces and trailing full stops removed, honorifics
  dropped; case is kept as written.
- ``match_key`` folds what carries no meaning (case, a leading article, surrounding punctuation),
  following the matching rule of the labelling guidelines, so that one fact written several ways
  counts as one.

Dates are parsed to ISO ``YYYY-MM-DD``; a date whose day-month order cannot be told from the text
(``03/04/1879``) is never guessed.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from extractors.base import load_words

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Longest names first so that "Sept" wins over "Sep" and "March" over "Mar".
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?i:{_MONTH_ALT})\.?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
_ORD = r"(?i:st|nd|rd|th)?"
_YEAR = r"\d{3,4}"

# One regular expression for every date format of the guidelines; extractors embed it.
# A weekday may precede the date ("on Sunday, 26 December 2021").
DATE_PATTERN = (
    # 14 March 1879, the 2nd of April 1851
    rf"(?:{_WEEKDAY}?(?:the\s+)?\d{{1,2}}{_ORD}(?:\s+day)?(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}"
    rf"|{_WEEKDAY}?{_MONTH}\s+\d{{1,2}}{_ORD},?\s+{_YEAR}"  # March 14, 1879 / Sept. 21st 1990
    r"|\d{4}-\d{1,2}-\d{1,2}"  # 1879-03-14
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})"  # 14.03.1879, 03/14/1879 if unambiguous
)
_DATE_RE = re.compile(rf"^{DATE_PATTERN}$", re.IGNORECASE)
_LEADING_WEEKDAY = re.compile(rf"^{_WEEKDAY}")
_DMY = re.compile(
    rf"(?:the\s+)?(\d{{1,2}}){_ORD}(?:\s+day)?(?:\s+of)?\s+({_MONTH_ALT})\.?,?\s+({_YEAR})", re.I
)
_MDY = re.compile(rf"({_MONTH_ALT})\.?\s+(\d{{1,2}}){_ORD},?\s+({_YEAR})", re.I)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")  # one separator: DATE_PATTERN


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_DAY_FIRST_CUE = re.compile(
    r"\bDD[./-]MM[./-](?:YYYY|YY)\b|\bday[- ]first\b|\bday[- ]month[- ]year\b", re.IGNORECASE
)
# The text's own dates show the order: a dotted date whose first number can only be a day
# ("15.03.1950"), or the German genealogical marks before dotted dates ("* 02.05.1899",
# "† 4.6.1980", "geb. 02.05.1899"), which are written day first.
_DAY_FIRST_DATE = re.compile(
    r"(?<![\d.])(?:1[3-9]|2\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{4}(?!\d|\.\d)"
    r"|(?:[*†]|\bgeb\.|\bgest\.)[^\S\n]?\d{1,2}\.\d{1,2}\.\d{4}(?!\d|\.\d)"
)


# A slashed date whose first number can only be a day ("25/11/1992"), as British pages write them.
_DAY_FIRST_SLASHED = re.compile(
    r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}(?!\d|/\d)"
)
# A slashed date whose second number can only be a day ("02/19/1899"), as US records write them.
_MONTH_FIRST_DATE = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d{4}(?!\d|/\d)")


def states_day_first(text: str) -> bool | None:
    """Which order the text makes plain for its numeric dates: True where the day comes first
    (it says so, ``DD.MM.YYYY``, "the day first", or its own dotted or slashed dates show it),
    False where its slashed dates show the month first (``02/19/1899``) and nothing says the
    day does, None where nothing shows either. The one case where an ambiguous ``02.05.1899``
    may be read."""
    if _DAY_FIRST_CUE.search(text) or _DAY_FIRST_DATE.search(text):
        return True
    month_first = bool(_MONTH_FIRST_DATE.search(text))
    if _DAY_FIRST_SLASHED.search(text):  # ("25/11/1992"), unless other dates say the opposite
        return None if month_first else True
    return False if month_first else None


def parse_date(text: str, day_first: bool | None = None) -> str | None:
    """Return the ISO date a written date states, or None when it is not a full, valid,
    unambiguous date. Numeric ``a/b/yyyy`` or ``a.b.yyyy`` is accepted only when exactly one of
    day-month or month-day gives a valid date (``14.03.1879`` yes, ``03/04/1879`` no), or in the
    order the text shows (``states_day_first``): day-month with ``day_first`` True, month-day
    with False."""
    text = _LEADING_WEEKDAY.sub("", " ".join(text.split()))
    if not _DATE_RE.match(text):
        return None
    if m := _DMY.fullmatch(text):
        return _iso(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    if m := _MDY.fullmatch(text):
        return _iso(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    if m := _ISO.fullmatch(text):
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.fullmatch(text):
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if day_first:
            return _iso(year, second, first)
        if day_first is False and "/" in text:  # the month first: shown by slashed dates only
            return _iso(year, first, second)
        readings = {d for d in (_iso(year, second, first), _iso(year, first, second)) if d}
        return readings.pop() if len(readings) == 1 else None
    return None


def nfkc(text: str) -> str:
    """NFKC with white space collapsed: the light normalisation every kept string gets."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


HONORIFICS = load_words("honorifics")
_NICKNAME = re.compile(r"\s*(?:\([^()]*\)|\"[^\"]*\"|“[^”]*”)\s*")


def clean_name(name: str) -> str:
    """A person's name as the guidelines write it: no honorifics, no parenthesised or quoted
    nickname, no trailing comma; otherwise as written."""
    name = _NICKNAME.sub(" ", nfkc(name))
    words = name.split()
    while words and words[0].lower() in HONORIFICS:
        words.pop(0)
    return " ".join(words).strip(" ,;:")


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def clean_place(place: str) -> str:
    """A country, region or city by its name alone: no leading article, and no list's bullet
    or diff's mark a layout's reading left before it ("- Brazil")."""
    return _LEADING_THE.sub("", _LEADING_MARK.sub("", nfkc(place))).strip(" ,;:")


_LEADING_MARK = re.compile(r"\A[-*•+>][^\S\n]+")


_QUOTES = "\"'“”‘’«»„‟‚‛`"
_OPENERS_CLOSERS = _QUOTES + "{}[]()<>"


# A word split by a line-wrap hyphen, the break turned into spaces ("bidi- rectional"); "and",
# "or" and "to" after the hyphen make a real one ("pre- and post-war").
_LINE_WRAP_HYPHEN = re.compile(
    r"(?<=[a-z])[-‐](?:[^\S\n]+|[^\S\n]*\n\s*)(?=[a-z])(?!(?:and|or|to|und)\b)"
)
# A line that wraps at a real hyphen: before the second part of a compound that titles
# hyphenate, or after "self" ("attention- based", "fine- grained", "self- supervised").
_COMPOUND_SECOND = (
    "based|aware|driven|level|scale|specific|free|oriented|dependent|independent|invariant|"
    "agnostic|centric|supervised|grained|shot|wise|sensitive|guided|conditioned|constrained|"
    "efficient|intensive|enabled|preserving|related|resolution|dimensional"
)
_WRAP_AT_REAL_HYPHEN = re.compile(
    rf"(?:(?<=[a-z])(?=[-‐][^\S]*(?:{_COMPOUND_SECOND})\b)|(?<=\b[Ss]elf))"
    r"(?P<hyphen>[-‐])(?:[^\S\n]+|[^\S\n]*\n\s*)(?=[a-z])"
)


def join_wrapped_words(text: str) -> str:
    """``text`` with its words split by a line-wrap hyphen joined ("low or- bit" -> "low
    orbit", the guidelines' rule) and its lines wrapped at a real hyphen closed up
    ("attention-\nbased" -> "attention-based")."""
    text = _WRAP_AT_REAL_HYPHEN.sub(r"\g<hyphen>", text)
    return _LINE_WRAP_HYPHEN.sub("", text)


_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,500})\]\([^()\s]{0,500}\)")
_MARKDOWN_LINK_TARGET = re.compile(r"^\[(?=[^\[\]]{1,500}\]\()|\]\([^()\s]{0,500}(?:\)|$)")
# A note on a work's status, kind or language after its title, which the guidelines drop.
# a series' volume abbreviated after a comma where a title ends ("…, vol. 2. Springer"); a
# volume or an edition written out is the title's ("…, Volume 2", "…, Second Edition")
# (after a full stop too, and in Roman numerals: "A History of Letters. vol.V")
# a note in brackets that a cut at its abbreviation's stop left open: "Title (Vol. 2)" read up
# to "Title (Vol", "Title (pp. 12–20)" to "Title (pp"
_OPEN_NOTE_END = re.compile(
    r"[^\S\n]*[(\[](?:[Vv]ol|[Pp]p?|[Nn]o|[Ee]ds?|[Cc]h(?:ap)?|[Pp]t|[Ss]uppl|[Rr]ev|\d{1,2}(?:st|nd|rd|th)"
    r"[^\S\n]+ed)$"
)
# APA 6's description of a work's kind in brackets after its title ("(Doctoral dissertation)",
# "(Master's thesis, University of X)", "(Technical Report No. 12)", maybe cut at its stop) and
# Springer's edition after a comma ("Title, 2nd edn"): notes on the work, not its title
# (a report's number too, maybe after its agency: "(Report No. 12)", "(NCES Publication No.
# 2011-015)", "(Rep. No. 4)")
_KIND_NOTE_END = re.compile(
    r"[^\S\n]*\((?:[A-Z]{2,10}[^\S\n]+)?(?:Doctoral|Master['’]s|Bachelor['’]s|Honou?rs|Unpublished"
    r"|Technical|Tech\.|Research|Working|Discussion|Occasional|Policy|White|PhD|Ph\.D\.|MSc"
    r"|M\.Sc\.|(?:Report|Rep\.|Publication|Pub\.|Brief)(?=[^\S\n]+No\b))"
    r"(?:\b|(?<=\.))[^()\n]{0,80}\)?$"
    # (Springer's "edn" only: "2nd edition" may be a BibTeX title's own words)
    r"|,[^\S\n]*\d{1,2}(?:st|nd|rd|th)[^\S\n]+edn\.?$"
)
# (or the count of a book's volumes, as a publisher's catalogue gives it: "Title. 2 vols.")
_VOLUME_END = re.compile(
    r"[,.][^\S\n]*(?:[Vv]ol\.?(?:[^\S\n]*(?:\d{1,4}|[IVXLC]{1,6}))?|[Nn]o\.[^\S\n]*\d{1,4}"
    r"|\d{1,2}[^\S\n]+vols?)"
    r"\.?[^\S\n]*$"
)
# an identifier before a title, a list item's link label ("arXiv:2107.01214 Title")
_LEADING_IDENTIFIER = re.compile(r"^(?:arXiv:\d{4}\.\d{4,5}(?:v\d{1,2})?|doi:\S+)[^\S\n]+(?=\S)")
# APA 7's description of a work's kind in brackets after its title ("[Doctoral dissertation,
# University of X]", "[Computer software]", "[Data set]") and a software version before it
# ("(Version 2.1)"): notes on the work, not its title. The reference labeller, trained on older
# styles, reads the bracket as the title's end (references.reader).
APA_DESCRIPTION = re.compile(
    r"[ \t]*\[(?:Unpublished[ \t]+(?:manuscript|paper|thesis|dissertation|report|data)\b|"
    r"(?:Unpublished[ \t]+)?(?:Doctoral|Master['’]s|Computer|Data|Video|Audio|Podcast|"
    r"Paper|Poster|Conference|Lecture|Film|Blog|Tweet|Preprint|Mobile|Manuscript|Fact|Brochure|"
    r"Infographic|PowerPoint|Webinar|Television|Dissertation|Thesis|Editorial|Letter|Special"
    # (and the medium of Harvard and Vancouver: "[Online]", "[Internet]", "[dissertation]")
    r"|Online|online|Internet|internet|Electronic|dissertation|thesis))"
    r"\b[^\]]{0,100}\]"
)
_APA_NOTES_END = re.compile(
    rf"(?:[^\S\n]*\((?:Version|Ver\.|v)[^\S\n]*\d[\w.-]{{0,12}}\))?(?:{APA_DESCRIPTION.pattern})"
    r"[\s.,;:]*$"
)


# (a rule of dashes is no parting dash; GOST's "//" parts a title from its journal, "Title //
# Journal. 2019. Vol. 4", and its "/" from the authors named again, "Title / A. B. Roe, …")
_DASH_END = re.compile(r"[^\S\n]+(?:[-–—]|--|//?)[^\S\n]*$")
_RESPONSIBILITY = re.compile(
    r"[^\S\n]+/[^\S\n]*(?:[A-ZА-ЯЁ]\.[^\S\n]?){1,3}[A-ZА-ЯЁ][^\W\d_]+(?:,|[^\S\n]|$).*$", re.S
)
_STATUS_NOTE = re.compile(
    r"[^\S\n]*[(\[](?:under (?:publication|review|submission)|submitted|to appear|in press|"
    r"forthcoming|accepted|tool paper|short paper|wip|work in progress|preprint|"
    r"\d{1,2}(?:st|nd|rd|th)[^\S\n]+ed(?:ition|\.)?|"
    # (the year of the edition used: "Title (1947 ed.)")
    r"(?:1[5-9]|20)\d\d[^\S\n]+ed(?:ition|\.)?|"
    r"in (?:chinese|english|german|french|spanish|japanese|russian|portuguese|italian|korean))"
    r"[)\]](?=[\s.,;:\"'”’]*$)",
    re.IGNORECASE,
)
# HTML's and JATS's inline tags of emphasis and script a title's words may carry
_INLINE_TAG = re.compile(
    r"</?(?:i|em|b|strong|cite|u|sup|sub|italic|bold|sc)(?:[^\S\n][^<>\n]{0,100})?>",
    re.IGNORECASE,
)
# Markdown's emphasis around words inside a title, after its first word (not a star after a
# word, "A* search"; emphasis that opens the value may bound the title: "**Title**, Venue")
_INNER_EMPHASIS = re.compile(
    r"(?<=\S[^\S\n])\*{1,2}([^\s*][^*\n]{0,200}?(?<=[^\s*]))\*{1,2}(?![\w*])"
)
WRAPPED_QUOTE_MARKS = re.compile(r"\n[ \t]*(?:>[ \t]?)+")
_LATEX_LINE_BREAK_END = re.compile(r"(?:[^\S\n]*\\\\)+[^\S\n]*$")
# Markdown's escapes ("\[", "\*") and LaTeX's ("Returns \& Simulacra", "50\% faster")
_MARKDOWN_ESCAPE = re.compile(r"\\([\[\]*_#`&%$])")


def clean_title(title: str) -> str:
    """A title without enclosing quotes or braces and without the trailing full stop or comma
    (a question or exclamation mark is part of the title); case as written. A closing
    parenthesis or bracket that closes one the title opened stays ("… of barley (Hordeum
    vulgare)")."""
    # a quoted reply's marks opening the lines a title wraps onto ("The Zionist\n>Organization")
    title = WRAPPED_QUOTE_MARKS.sub("\n", title)
    title = nfkc(title).replace("{", "").replace("}", "")
    title = join_wrapped_words(title)
    # a Markdown link's target left after its words ('"[Title](https://…),"') and Markdown's
    # escapes ("Black \[Life\] Studies")
    title = _MARKDOWN_LINK_TARGET.sub("", _MARKDOWN_LINK.sub(r"\1", title))
    title = _MARKDOWN_ESCAPE.sub(r"\1", title)
    title = _INLINE_TAG.sub("", title)  # "… in cultured <i>Zinnia</i> cells": markup, no words
    title = _INNER_EMPHASIS.sub(r"\1", title)  # "… by *Salix alba* in …", as the tags' stars
    title = _STATUS_NOTE.sub("", title)  # "Title (Under review)": a note on the work
    title = _APA_NOTES_END.sub("", title)  # "Title (Version 2) [Computer software]"
    title = _VOLUME_END.sub("", title)  # "Title, vol. 2": the book's volume, not its title
    title = _OPEN_NOTE_END.sub("", title.rstrip("."))  # "Title (Vol" cut from "(Vol. 2)"
    title = _KIND_NOTE_END.sub("", title)  # "Title (Doctoral dissertation)", "Title, 2nd edn"
    title = _LEADING_IDENTIFIER.sub("", title)  # "arXiv:2107.01214 Title": the link's label
    title = _LATEX_LINE_BREAK_END.sub("", title)  # "Title}}\\\\" of a LaTeX CV's line
    title = _RESPONSIBILITY.sub("", title)  # "Title / A. B. Roe": GOST names the authors again
    title = _DASH_END.sub("", title)  # "Title —" before its authors: the dash parts them
    closer = title.rstrip(".,;:\"'”’ ")[-1:]
    before_strip = title
    title = title.strip(_OPENERS_CLOSERS + " ")
    title = title.rstrip(".,;: ").strip(_OPENERS_CLOSERS + " ")
    title = title.rstrip(".,;: ")
    # a closing bracket that closes one the title opened stays ("Synthesis [XXI VII]")
    for opener, closing in (("(", ")"), ("[", "]")):
        opened = title.count(opener) == title.count(closing) + 1
        if closer == closing and opened and not title.startswith(opener):
            title += closing
    # ... and so does a single quote that closes one opened inside ('Against 'measurement'')
    for opener, closing in (("'", "'"), ("‘", "’")):
        inside = title.rfind(" " + opener)
        stripped = before_strip[len(before_strip.rstrip(_OPENERS_CLOSERS + ".,;: ")) :]
        if inside > 0 and closing not in title[inside + 2 :] and closing in stripped:
            title += closing
    return title


_SURROUNDING = _OPENERS_CLOSERS + " "
_TRAILING = ".,;:!?" + _SURROUNDING


def match_key(text: str) -> str:
    """The guidelines' matching rule as a key: NFKC, case-folded, white space collapsed, a
    leading ``the `` removed, surrounding quotes/brackets and trailing punctuation removed.

    Two subjects (or values) with the same key are the same for counting."""
    key = nfkc(text).casefold()
    key = key.strip(_SURROUNDING)
    key = _LEADING_THE.sub("", key)
    key = key.rstrip(_TRAILING).strip(_SURROUNDING)
    return key
