"""Listings of papers without a reference style: conference programmes, lists of accepted papers,
reading lists. Each item holds a title and its authors' names in one of the layouts below, and
the items of one list share their layout, which is what makes an item a paper rather than a line
of prose:

- ``Title (Given Surname, Given Surname)``;
- ``Title, by Given Surname and Given Surname`` (``by`` without the comma too);
- ``Paper 12: Title. Given Surname, Given Surname.`` (a programme's numbered slots);
- ``Surname et al. (2019) — Title`` (a reading list dated by its authors), or the title first
  (``Title. [Surname (2019)](url).``);
- the title on a line of its own and the authors on the next (sessions, bold titles with
  italic authors), affiliations in brackets allowed after each name.

An item is read only where two or more neighbouring items share its layout, its title reads as
a title (Title Case for the two-line layout, where nothing else marks it) and its names are
people's: full names (a known given name or an initial opens one) or surnames with ``et al.``.
Markup is blanked first (``**Title**``, ``*Names*``, ``<b>``), so offsets hold.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeVar

from extractors import layout
from extractors.api import load_words
from extractors.persons import known_given_names, person_name
from extractors.references.names import first_author_family
from extractors.references.segment import BIBLIOGRAPHY_HEADING

_S = r"[^\S\n]"
# a list mark, a reStructuredText line block's bar, or a LaTeX command opening an item (\ind)
# (one run of spaces each side of the optional mark: two runs side by side would backtrack
# quadratically over a long line of spaces)
# (or a venue's tag with its year: "[ICML 2020] Title. Names.")
_MARK_WORD = (
    # (a publication list's kind and number: "[C3]", "[J12]", "[W-2]")
    r"(?:[-•*–+|]|\d{1,3}[.)]|\[\d{1,3}\]|\[[A-Z]{1,3}-?\d{1,3}\]|\\[a-z]{2,10}\b"
    r"|\[[A-Za-z][^\]\n]{0,30}\b(?:1[89]|20)\d\d\]"
    # (a venue's tag in a code span: "- `ICLR` Title. Names.")
    r"|`[A-Za-z][^`\n]{0,20}`"
    # (an arXiv identifier before the title, its link's markup blanked: "- arXiv:2107.01214 T")
    r"|arXiv:\d{4}\.\d{4,5}(?:v\d{1,2})?)"
)
# (a list mark and a tag after it: "* **[ICLR 2017]** Title")
_MARK = rf"^{_S}*(?:{_MARK_WORD}{_S}*){{0,2}}"
# A name's word: a capital and a lower-case letter ("Castellan", "McLeod"), never an initial, so
# that a list of names parses one way only (no backtracking over ways to split it).
_WORD = r"[A-ZÀ-ÞĀ-Ž][a-zà-ÿā-ž'’][\w'’-]{0,29}"
_NAME = rf"(?:[A-ZÀ-Þ]\.{_S}?){{0,3}}{_WORD}(?:{_S}+(?:[A-Z]\.?{_S}+)?"
_NAME += rf"(?:(?:van|von|de|der|da|del|di|du|la|le|bin|al){_S}+)?{_WORD}){{1,4}}"
# initials and a family name alone ("J. Roe", "A. B. Moe"): only in the quoted-title layout,
# where the quotes have set off the title
_INITIALS_NAME = rf"(?:[A-ZÀ-Þ]\.{_S}?(?:-?[A-ZÀ-Þ]\.{_S}?){{0,2}}{_WORD}|{_NAME})"
_INITIALS_NAMES = (
    rf"(?P<authors>{_INITIALS_NAME}(?:(?:{_S}*,|,?{_S}+and|{_S}*&){_S}+{_INITIALS_NAME}){{0,15}}"
    rf"(?:,?{_S}+et{_S}+al\.?)?)"
)
_INITIALS_LIST = _INITIALS_NAMES.replace("(?P<authors>", "(?:", 1)
# (marks of equal contribution or of an affiliation after a name: "Ana Roe*", "Ken Moe†")
_AFFILIATION = rf"(?:[*†‡§¶]{{1,3}})?(?:{_S}*\([^()\n]{{1,80}}\))?"
_NAMES = (
    rf"(?P<authors>{_NAME}{_AFFILIATION}(?:(?:{_S}*[,;]|[,;]?{_S}+and|{_S}*&){_S}+{_NAME}{_AFFILIATION})"
    rf"{{0,15}}(?:,?{_S}+et{_S}+al\.?)?)"
)
_TITLE = r"(?P<title>[A-Z0-9][^\n]{5,250}?)"
_YEAR = r"(?:1[89]|20)\d\d[a-z]?"
# a venue's name with its year: an acronym ("ICLR 2017", "NeurIPS'19"), arXiv, or a venue's word
_VENUE_YEAR = (
    rf"(?:[A-Z][A-Za-z-]*[A-Z][A-Za-z]*|arXiv|[^\n,()]{{0,40}}?\b(?:Conference|Journal|Workshop"
    # (the year after a space, an apostrophe or a comma: "ICLR 2017", "ICLR'17", "ICLR, 2017")
    rf"|Symposium|Proceedings|Transactions)\b[^\n,()]{{0,40}}?)(?:{_S}+|{_S}?['’]|,{_S}+){_YEAR}\b"
)
# family names with their initials after them, each with a stop: "Roe A., Moe K. L."
_DOTTED_VANCOUVER_NAME = rf"{_WORD}(?:[ -]{_WORD})?{_S}(?:[A-Z]\.{_S}?-?){{1,3}}"
_DOTTED_VANCOUVER_LIST = (
    rf"{_DOTTED_VANCOUVER_NAME}(?:(?:,|,?{_S}+(?:and|&)){_S}+{_DOTTED_VANCOUVER_NAME}){{0,20}}"
    rf"(?:,?{_S}+et{_S}+al\.)?"
)
_DOTTED_VANCOUVER_AUTHORS = re.compile(_DOTTED_VANCOUVER_LIST)
_SHORT_AUTHORS = rf"(?P<authors>{_WORD}(?:{_S}+et{_S}+al\.?|{_S}+(?:and|&){_S}+{_WORD})?)"
# ... or surnames parted by commas, where a year in brackets closes them: "Ziv, Lempel (1977)"
_SURNAMES_DATED = (
    rf"(?P<authors>{_WORD}(?:,{_S}+{_WORD}){{1,5}}(?:,?{_S}+(?:and|&){_S}+{_WORD})?"
    rf"|{_WORD}(?:{_S}+et{_S}+al\.?|{_S}+(?:and|&){_S}+{_WORD})?)"
)
_ONE_LINE_FORMS = (
    ("bracketed", re.compile(rf"{_MARK}{_TITLE}{_S}+\({_S}*{_NAMES}{_S}*\){_S}*$", re.MULTILINE)),
    # (a venue and year in brackets after the names: "Title, by Ana Roe (ICML 2020)")
    (
        "by",
        re.compile(
            rf"{_MARK}{_TITLE},?{_S}+by{_S}+{_NAMES}(?:{_S}*\([^()\n]{{1,40}}\))?\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # an emphasised title, a comma and its authors: "* __*Title*__, Ana Roe and Ken Moe";
    # or a full stop, and links or notes after the names ("… Ken Moe (Acme). [pdf](…)")
    (
        "emphasised_names",
        re.compile(
            # (or a comma and the venue's year: "`Title <url>`_, Ana Roe, Ken Moe, NeurIPS 2021.")
            rf"{_MARK}{_TITLE}{_S}*[,.]{_S}+{_NAMES}"
            rf"(?:\.?{_S}*|\.{_S}+[^\n]{{0,200}}|,{_S}+{_VENUE_YEAR}\.?{_S}*)$",
            re.MULTILINE,
        ),
    ),
    # the authors, a colon and the title, a venue or year after it (awesome-lists):
    # "Ana Roe, Ken Moe: Title. Venue 2014.", "Roe et al.: Title (2017)", after a label
    # ("Layer Norm [Ana Roe, Ken Moe: **Title**](url)"); matched from the authors' first word
    # on each line (``_names_colon_matches``), never searched along a line
    (
        "names_colon",
        re.compile(
            rf"(?P<authors>{_INITIALS_LIST}|{_WORD}{_S}+et{_S}+al\.?)"
            rf"{_S}*:{_S}+{_TITLE}(?:\.{_S}+[^\n]{{0,150}}?|{_S}*\({_YEAR}\)|{_S}*\]{{1,2}})?"
            rf"\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # an emphasised title, a dash and its authors, the venue after a stop: "- **Title** — Ana
    # Roe, Ken Moe. *NeurIPS*." (read only where markup sets every title of the run off)
    (
        "emphasised_dash",
        re.compile(
            rf"{_MARK}{_TITLE}{_S}+[-–—]{_S}+{_NAMES}(?:\.{_S}+[^\n]{{1,120}}?)?\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a title, a dash and its authors, the venue and year in brackets after them: "- Title —
    # Ana Roe, Ken Moe (ICML 2020)" (read in Title Case only: a saying's attribution has the
    # same shape)
    (
        "dash_dated",
        re.compile(
            rf"{_MARK}{_TITLE}{_S}+[–—]{_S}+{_NAMES}{_S}*\([^()\n]{{0,40}}\b{_YEAR}\)\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a title, its authors and its venue with the year, each set off by a dash: "- Title — A.
    # Roe, K. Moe — Journal of X, 2019"
    (
        "dashed_names_venue",
        re.compile(
            rf"{_MARK}{_TITLE}{_S}+[–—]{_S}+{_INITIALS_NAMES}{_S}+[–—]{_S}+"
            rf"[A-Z][^\n–—]{{0,120}}?\b{_YEAR}\b[^\n–—]{{0,40}}$",
            re.MULTILINE,
        ),
    ),
    # the authors with their initials after the family name, the year in brackets, then the
    # title and the venue set off by dashes: "• Roe A., Moe K. (2016) – Title – Venue 12: 1-9"
    (
        "dated_dashes",
        re.compile(
            rf"{_MARK}(?P<authors>{_DOTTED_VANCOUVER_LIST}){_S}*\({_YEAR}\){_S}+[–—-]{_S}+"
            rf"{_TITLE}{_S}+[–—-]{_S}+[^\n]{{1,200}}$",
            re.MULTILINE,
        ),
    ),
    # a linked title, a dash and its authors, notes in brackets after them (lists of free books
    # and papers): "* [Title](url) - Ana Roe, Ken Moe - 1988 (PDF)"; read only where every item
    # of the run is a link ("Song - Singer" lines are no reading list)
    # (initials may stand for a given name: the link and the dash set the names off; an
    # organisation may close them, a publisher follow "@": "- Ana Roe and the Acme project",
    # "- Ana Roe @ Acme Press")
    (
        "linked_dash",
        re.compile(
            rf"{_MARK}{_TITLE}{_S}+[-–—]{_S}+{_INITIALS_NAMES}"
            rf"(?:,?{_S}+(?:and|&){_S}+(?:the{_S}+)?[A-Z][^()\n@`*]{{0,60}}?)?"
            rf"(?:{_S}*[-–—,]{_S}*{_YEAR})?(?:{_S}+@{_S}+[A-Z][^()\n`*]{{0,60}}?)?"
            # (the notes maybe after a dash of their own: "- Ana Roe - (PDF, HTML)", or in a
            # code span or emphasis: "`(CC BY-SA)`", "*(archived)*")
            rf"(?:{_S}*[-–—]?{_S}*(?:\([^()\n]{{1,80}}\)|`\([^()\n`]{{1,40}}\)`"
            rf"|\*\([^()\n*]{{1,40}}\)\*))*{_S}*$",
            re.MULTILINE,
        ),
    ),
    (
        "numbered",
        re.compile(
            rf"^{_S}*(?:Paper|Talk|Poster|Abstract|Session{_S}+\w+){_S}*#?\d{{1,4}}{_S}*[:.–-]"
            rf"{_S}*{_TITLE}(?:\.|{_S}+[-–—]){_S}+{_NAMES}\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a quoted title first, then the authors, then anything (a venue, a year, links):
    # '"Title", J. Roe, K. Moe. Venue 2021. [pdf]'
    (
        "quoted",
        re.compile(
            rf"{_MARK}[\"“](?P<title>[^\"“”\n]{{5,250}}?)[,.]?[\"”],?{_S}+{_INITIALS_NAMES}"
            rf"(?:[.,;]{_S}*[^\n]{{0,200}})?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a quoted title and its authors after "by", a year or a note after them:
    # '"Counting Herons," by M. Castellan (2019)'
    (
        "quoted_by",
        re.compile(
            rf"{_MARK}[\"“](?P<title>[^\"“”\n]{{5,250}}?)[,.]?[\"”],?{_S}+by{_S}+"
            rf"{_INITIALS_NAMES}(?:{_S}*\([^()\n]{{1,40}}\))?\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a programme's time slot with a quoted title and its speakers:
    # '14:45  "Title" — Ana Roe, University of Lisbon', '10:30-10:50 Keynote: "Title" (J. Roe)'
    (
        "slot",
        re.compile(
            rf"^{_S}*\d{{1,2}}[:.]\d{{2}}(?:{_S}*(?:[–-]|to){_S}*\d{{1,2}}[:.]\d{{2}})?"
            rf"(?:{_S}*[AaPp]\.?[Mm]\.?)?{_S}+(?:[A-Z][a-z]{{2,15}}{_S}*:{_S}*)?"
            rf"[\"“](?P<title>[^\"“”\n]{{5,250}}?)[,.]?[\"”]{_S}*(?:[—–:,-]|--){_S}*\(?"
            rf"{_INITIALS_NAMES}(?:{_S}*\([^()\n]{{1,80}}\)|\)|,{_S}*[^\n]{{0,120}})?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # the speakers first, a dash and the quoted title: 'Ana Roe, Ken Moe – "Title"'
    (
        "names_dash_quoted",
        re.compile(
            rf"{_MARK}{_INITIALS_NAMES}{_S}+[-–—]{_S}+[\"“](?P<title>[^\"“”\n]{{5,250}}?)[,.]?[\"”]"
            rf"(?:{_S}*\([^()\n]{{1,80}}\))?\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a programme's slot in columns: "09:00<tab>Title<tab>Ana Roe, Ken Moe"
    (
        "slot_columns",
        re.compile(
            rf"^{_S}*\d{{1,2}}[:.]\d{{2}}(?:{_S}*[–-]{_S}*\d{{1,2}}[:.]\d{{2}})?(?:\t|{_S}{{2}})"
            rf"{_S}*{_TITLE}(?:\t|  ){_S}*{_NAMES}{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a CV's title first, a note in brackets, then the names and the year:
    # "Counting Herons from Low Orbit (Google). Mira Castellan, Tomas Brandt, 2015."
    (
        "titled_names_year",
        re.compile(
            rf"{_MARK}{_TITLE}(?:{_S}+\([^()\n]{{1,40}}\))?\.{_S}+{_INITIALS_NAMES},{_S}*"
            rf"{_YEAR}\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a reading list's short form: "Sutton & Barto, Reinforcement Learning: An Introduction,
    # 2nd edition, Chapters 3-4.", "Bishop, Pattern Recognition, Ch. 1", "Roe et al., Title [PDF]"
    (
        "short",
        re.compile(
            rf"{_MARK}{_SHORT_AUTHORS},{_S}+(?P<title>[A-Z][^,\n\[(]{{4,200}}?)"
            rf"(?:,{_S}*(?:\d+(?:st|nd|rd|th){_S}+ed(?:ition|\.)?|[Cc]h(?:apters?|\.)|[Cc]hapters?|"
            rf"pp?\.|[Vv]ol\.|[Pp]art|[Ss]ections?)[^\n]*|{_S}*[\[(][^\]\)\n]{{1,30}}[\])][^\n]*)?"
            rf"\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a title first and its short author-year citation after it, often a link:
    # "Recursive Gardening. [Okafor (1962)](https://…).", "A Note on Pebbles, Lind et al. (1958)"
    (
        "title_dated",
        re.compile(
            rf"{_MARK}{_TITLE}[.,?!]{_S}+\[?{_SURNAMES_DATED}{_S}*\({_S}*{_YEAR}{_S}*\)\]?"
            rf"(?:\([^()\s]{{1,300}}\))?{_S}*\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # the authors' full names first, then the title and the venue with its year (or pages),
    # each after a stop or a comma: "Ana Roe, Ken Moe. Title. Journal of X 12: 45–67, 2020.",
    # "Ana Roe and Ken Moe, Title, CVPR, 2019." (the venue opens with a capital: a comma before
    # a word in lower case is the title's own)
    (
        "names_first",
        re.compile(
            rf"{_MARK}{_NAMES}[.,]{_S}+{_TITLE}[.,]{_S}+(?:In:?{_S}+)?[A-Z][^\n]{{0,200}}?"
            # (a year, or pages or a volume where a heading gives the year: "pp. 12–20")
            rf"(?:\b{_YEAR}\b|\bpp?\.{_S}*\d|\d\({_S}*\d|\d:{_S}*\d)[^\n]{{0,60}}$",
            re.MULTILINE,
        ),
    ),
    # the authors' full names, a comma and the title, the imprint in brackets after it, as
    # notes and reading lists cite a book: "Ana Roe, Title (Oslo: Delta Press, 2019), ch. 2"
    # (read in Title Case only, as those styles write a book's title)
    (
        "names_imprint",
        re.compile(
            rf"{_MARK}{_NAMES},{_S}+{_TITLE}{_S}*\([^()\n]{{0,80}}\b{_YEAR}\)[.,]?"
            rf"(?:{_S}*[^\n]{{0,40}})?$",
            re.MULTILINE,
        ),
    ),
    # ... or the family name alone, as a course's reading list cites its books: "Roe, Title
    # (Delta Press, 2019), chapters 1-3" (under a reading list's heading only)
    (
        "family_imprint",
        re.compile(
            rf"{_MARK}(?P<authors>{_WORD}),{_S}+{_TITLE}{_S}*\([^()\n]{{0,80}}\b{_YEAR}\)[.,]?"
            rf"(?:{_S}*[^\n]{{0,40}})?$",
            re.MULTILINE,
        ),
    ),
    (
        "dated",
        re.compile(
            rf"{_MARK}{_SHORT_AUTHORS}{_S}*\({_YEAR}\){_S}*(?:[—–:,]|--?){_S}*{_TITLE}\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # awesome-lists' short citations, the venue an acronym or a venue's word before its year:
    # "* Title, Roe and Moe, ICLR 2017. [[paper]](…)", "+ [Title](…) (Roe et al., ICLR 2017)"
    (
        "title_comma_cited",
        re.compile(
            rf"{_MARK}{_TITLE},{_S}+{_SHORT_AUTHORS},{_S}+{_VENUE_YEAR}"
            # (links after it, their brackets maybe blanked: "2017.   paper  (https://…)")
            rf"(?:[.,]?{_S}+(?:[\[(]|(?i:paper|pdf|code|arxiv|project|slides|video|link)\b)"
            rf"[^\n]{{0,200}})?\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # the short citation first: "- Roe et al. Title. ICLR 2017. [paper](…)", "Roe and Moe. Title.
    # NeurIPS 2019."
    (
        "cited_title_venue",
        re.compile(
            rf"{_MARK}{_SHORT_AUTHORS}\.{_S}+{_TITLE}[.?!]{_S}+{_VENUE_YEAR}"
            rf"(?:[.,]?{_S}+(?:[\[(]|(?i:paper|pdf|code|arxiv|project|slides|video|link)\b)"
            rf"[^\n]{{0,200}})?\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # (a model's short name as a label before the title, links after: "- GCN: Title (Roe &
    # Moe, ICLR 2017) [paper](…)")
    (
        "title_bracket_cited",
        re.compile(
            rf"{_MARK}(?:[A-Z][A-Za-z0-9-]{{1,15}}:{_S}+)?{_TITLE}{_S}*\({_SHORT_AUTHORS},{_S}+"
            rf"{_VENUE_YEAR}\)\.?(?:{_S}+(?:[\[(]|(?i:paper|pdf|code|arxiv|project|slides|video|link)\b)"
            rf"[^\n]{{0,200}})?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # the same with the year alone, or no year after "et al.": "- [Title](…) (Roe et al., 2021)",
    # "- Title (Roe and Moe, 2020) [[paper]](…)", "- [Title](…) (Roe et al.)"
    (
        "title_bracket_dated",
        re.compile(
            rf"{_MARK}{_TITLE}{_S}*\({_SHORT_AUTHORS}(?:,?{_S}+{_YEAR}|(?<=al\.)|(?<=al))\)\.?"
            rf"(?:{_S}+(?:[\[(]|(?i:paper|pdf|code|arxiv|project|slides|video|link)\b)"
            rf"[^\n]{{0,200}})?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # a publication list's names, title and venue with the year last: "Ana Roe, Ken Moe. Title.
    # NeurIPS (2021)", "… Title. arXiv:2101.00001, 2021." (the title up to its first stop)
    (
        "names_title_venue",
        re.compile(
            rf"{_MARK}{_NAMES}\.{_S}+(?P<title>[A-Z0-9][^\n]{{5,250}}?)[.?!]{_S}+"
            rf"(?P<venue>[^\n.]{{1,80}}?|[^\n]{{1,80}}?[^\d\s][.,]?{_S}*)\(?{_YEAR}\)?\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
    # "Title by Names" and a reader's note after it, read under a reading list's heading only:
    # "… by Ana Roe — a gorgeous account of a year", "… (2019). Dense but rewarding."
    (
        "by_note",
        re.compile(
            # (the title maybe quoted: '"Title" by Ana Roe: a short essay collection.')
            rf"{_MARK}[\"“]?{_TITLE},?{_S}+by{_S}+{_NAMES}(?:{_S}*\([^()\n]{{1,40}}\))?"
            rf"(?:{_S}+[—–-]{_S}+[^\n]{{1,300}}|:{_S}+[^\n]{{1,300}}|\.{_S}+[A-Z][^\n]{{1,300}})$",
            re.MULTILINE,
        ),
    ),
    # the authors' full names, a comma and the title alone, read under a reading list's
    # heading only and in Title Case: "Books I loved\n* Ana Roe, The Salt Road"
    (
        "names_comma_title",
        re.compile(rf"{_MARK}{_NAMES},{_S}+{_TITLE}\.?{_S}*$", re.MULTILINE),
    ),
    # a book as MLA cites it, the first author inverted, the imprint after the title: "Roe, Ana.
    # Title. Oslo: Delta Press, 2019." (under a bibliography's heading only; a title of one
    # word too: "Roe, Ana. Herons. Oslo: …")
    (
        "inverted_imprint",
        re.compile(
            rf"{_MARK}(?P<authors>{_WORD},{_S}+[A-Z][\w'’-]+(?:{_S}+(?:[A-Z](?=\.)|[A-Z][\w'’-]+)){{0,2}})"
            rf"\.{_S}+(?P<title>[A-Z][^\n]{{1,200}}?)\.{_S}+[A-Z][\w.'’-]*(?:,?{_S}+[A-Z][\w.'’-]*){{0,3}}"
            rf":{_S}+[^\n:]{{1,80}}?,{_S}+{_YEAR}\.?{_S}*$",
            re.MULTILINE,
        ),
    ),
)
# the forms read under a reading list's heading only
_READING_LIST_FORMS = frozenset(
    ("by_note", "family_imprint", "names_comma_title", "inverted_imprint")
)
# a title's line: a list item, or a Markdown heading ("##### Title")
# (in quotes too, a link's label: '["Title"](url)', its brackets blanked)
_TITLE_LINE = re.compile(
    rf"^{_S}*(?:#{{1,6}}{_S}+)?(?:{_MARK_WORD}{_S}*){{0,2}}(?P<quote>[\"“])?"
    rf"(?P<title>[A-Z0-9][^\n]{{8,200}}?)[?!]?(?(quote)[,.]?[\"”]){_S}*$"
)
# the authors' line: bare, a line block's bar, or a sub-item ("  - Ana Roe, Ken Moe")
# (with its venue and year after a stop where a publication list adds them: "Ana Roe, Ken Moe.
# ACL 2021.")
_VENUE_TAIL = rf"(?:[.,]{_S}+[^\n]{{0,100}}?\b{_YEAR}\b[^\n]{{0,20}}?)?\.?"
# (a dash may open the names' line, as a reading list credits its books: "Walden\n— Henry David
# Thoreau", "--- Ana Roe")
_AUTHORS_LINE = re.compile(rf"^{_S}*(?:(?:[-*+•|—–]|-{{2,3}}){_S}*)?{_NAMES}{_VENUE_TAIL}{_S}*$")
# ... or names with their given names as initials ("B. K. Roe, A. Moe"), two at least
_INITIALS_AUTHORS_LINE = re.compile(
    rf"^{_S}*(?:[-*+•|]{_S}*)?(?P<authors>{_INITIALS_NAME}(?:(?:{_S}*,|,?{_S}+and|{_S}*&){_S}+"
    rf"{_INITIALS_NAME}){{1,15}}(?:,?{_S}+et{_S}+al\.?)?){_VENUE_TAIL}{_S}*$"
)
# ... or names inverted with their initials, as APA writes them ("Roe, A. J., & Moe, K."): the
# initials after a comma make them names
_INVERTED_NAME = rf"{_WORD}(?:[ -]{_WORD})?,{_S}+[A-Z]\.(?:{_S}?-?[A-Z]\.){{0,3}}"
_INVERTED_AUTHORS_LINE = re.compile(
    rf"^{_S}*(?:[-*+•|]{_S}*)?(?P<authors>{_INVERTED_NAME}"
    rf"(?:,?{_S}+(?:(?:&|and){_S}+)?{_INVERTED_NAME}){{0,20}}(?:,?{_S}+et{_S}+al\.?)?){_S}*$"
)
# ... or Vancouver's names, the initials after the family name without stops ("Roe AJ, Moe K"),
# two at least or one with "et al."
_VANCOUVER_NAME = rf"{_WORD}(?:{_S}{_WORD})?{_S}[A-Z]{{1,3}}"
_VANCOUVER_AUTHORS_LINE = re.compile(
    rf"^{_S}*(?:[-*+•|]{_S}*)?(?P<authors>{_VANCOUVER_NAME}(?:(?:,{_S}+{_VANCOUVER_NAME}){{1,20}}"
    rf"(?:,?{_S}+et{_S}+al\.?)?|,?{_S}+et{_S}+al\.?))\.?{_S}*$"
)
# ... or a scholar profile's names, the initials before the family name without stops ("A
# Roe, BK Moe, C Poe"), two at least or one and the profile's "..." for the rest
_PROFILE_NAME = rf"[A-Z]{{1,3}}{_S}{_WORD}(?:[ -]{_WORD})?"
_PROFILE_AUTHORS_LINE = re.compile(
    rf"^{_S}*(?P<authors>{_PROFILE_NAME}(?:(?:,{_S}+{_PROFILE_NAME}){{1,20}}(?:,?{_S}*(?:\.\.\.|…))?"
    rf"|,?{_S}*(?:\.\.\.|…))){_S}*$"
)
# a line whose words open in bold, italics, a tag or a heading, after a list mark or none
_SET_OFF_LINE = re.compile(rf"{_S}*(?:(?:[-+•]|\d{{1,3}}[.)]){_S}+)?(?:[*_<]|#{{1,6}}{_S})")
# a line that opens with a link, after a list mark or none (Markdown's "[", reST's "`")
_LINKED_LINE = re.compile(rf"{_S}*(?:(?:[-+•*]|\d{{1,3}}[.)]){_S}+)?(?:\[|`[^`\n]+<)")
# where bold or italics close after a set-off title's words ("**Title** [pdf]")
_CLOSING_MARK = re.compile(r"(?<=\S)(?:\*{1,3}|_{1,2}(?!\w)|</(?:b|strong|i|em)>)")
# the links after a title's words: "[[paper](…)]", "[pdf](…)", "[[code]](…)"
_LINK_NOTES = re.compile(
    r"[^\S\n]*[\[(]{1,2}[^\S\n]*(?i:paper|pdf|code|arxiv|project|slides|video|link|website|html"
    r"|bib|bibtex|blog|github|data|dataset|demo|poster|supp\w*|openreview|abs)[^\S\n]*[\])]"
)
# a venue and year in brackets after a title ("Title (AAAI 2020)")
_VENUE_YEAR_AFTER = re.compile(rf"{_S}*\([^()\n]{{0,40}}\b{_YEAR}\)$")
# ... or as a sentence after the title: "Title. CVPR 2019.", "Title. Journal of X, 2020."
_VENUE_YEAR_SENTENCE = re.compile(rf"\.{_S}+[A-Z][^\n.]{{0,60}}?\b{_YEAR}\.?$")
_MINOR = frozenset(
    "a an the of and or in on for to with by at from as via into over under without vs is are "
    "do does can".split()
)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MIN_ITEMS = 2
MAX_GAP_LINES = 2
MAX_GAP_LINES_TWO_LINE = 4


@dataclass(frozen=True)
class Listed:
    start: int
    end: int
    title_start: int
    family: str
    title: str
    # whether the item's form sets its title off, a link ("[Title](url) - Ana Roe") or a book's
    # imprint after it ("Roe, Ana. Herons. Oslo: Delta, 2019."): a title of one word stands
    set_off: bool = False
    # whether the item was read across a wrap's line break (``_rejoined_view``): it holds the
    # whole of what a reading of single lines took part of
    rejoined: bool = False


def _title_case(title: str) -> bool:
    words = [w for w in _TITLE_WORD.findall(title) if w.lower() not in _MINOR]
    return bool(words) and sum(w[:1].isupper() for w in words) * 4 >= len(words) * 3


_AUTHOR_BREAK = re.compile(r"[,;]|\s+and\s+|\s*&\s*")


def _first_author(authors: str) -> str:
    """The first name of an author list (up to its first comma, semicolon, "and" or "&")."""
    return _AUTHOR_BREAK.split(authors, maxsplit=1)[0].strip()


def _is_full_name(authors: str) -> bool:
    """Whether an author list's first name is a full name a person's name parses."""
    first = _first_author(authors)
    return len(first.split()) >= 2 and person_name(first) is not None


def _people(authors: str, dated: bool = False, set_off: bool = False) -> bool:
    """Whether an author list names people: its first name opens with an initial or a known
    given name, or it is a surname with ``et al.`` or a pair of surnames, or (``dated``: the
    year in brackets right after it, ``Okafor (1962)``) a surname alone; where markup set the
    title off (``set_off``), any full name a person's name parses (given names of every
    language: ``Xiaofeng Gong``)."""
    # (a note in brackets names no co-author: "Tutorials Point (HTML, PDF)")
    authors = re.sub(r"\([^()]*\)", " ", authors).strip()
    first = _first_author(authors)
    first = re.sub(r"\s+et\s+al\b\.?$", "", first)
    words = first.split()
    if not words:
        return False
    if _DOTTED_VANCOUVER_AUTHORS.fullmatch(authors):
        return True  # "Roe A., Moe K.": family names and their initials, plainly people
    if len(words) == 1:  # "Castellan et al.", "Lund and Varga"
        return dated or bool(re.search(r"\bet\s+al\b|\sand\s|&", authors))
    opener = words[0].rstrip(".")
    if person_name(first) is None:
        return False  # "Delta State", a place or an organisation
    if set_off and re.search(r"[,;]|\sand\s|&|\bet\s+al\b", authors):
        return True  # co-authors of a set-off title: names of every language ("Xiaofeng Gong")
    initials = re.fullmatch(r"[A-Z](?:\.-?[A-Z])*", opener) is not None  # "J", "E.H"
    if initials or opener.lower() in known_given_names():
        return True
    # a first author whose given name no list knows, among co-authors whose names it does
    # ("Slav Petrov, Alexander M. Rush"): people all the same
    others = [piece.split() for piece in _AUTHOR_BREAK.split(authors)[1:] if piece.strip()]
    return any(
        len(words) >= 2 and words[0].rstrip(".").lower() in known_given_names() for words in others
    )


_NAMES_ONLY = re.compile(_NAMES)
# the tail of a long author list cut at its last name's middle initial, whose full stop the
# match took for the title's end: "…, Jon Lund, and Ryan J" (of "…, and Ryan J. Voss. Title")
_NAMES_CUT_AT_INITIAL = re.compile(
    rf"(?P<names>{_NAME}(?:(?:{_S}*,|,?{_S}+and|{_S}*&){_S}+{_NAME}){{0,15}})"
    rf"(?:{_S}*,|,?{_S}+and|{_S}*&){_S}+(?P<given>{_WORD}){_S}+[A-Z]"
)


def _names_people(title: str) -> bool:
    """Whether a would-be title is people's names and nothing else (maybe cut at the last
    name's middle initial)."""
    cut = _NAMES_CUT_AT_INITIAL.fullmatch(title.strip(" *_"))
    if cut and cut["given"].lower() in known_given_names():
        return _people(cut["names"])
    names = _NAMES_ONLY.fullmatch(title.strip(" *_"))
    if names is None or "'" in title or "’" in title:
        return False  # ("Von Neumann's First Computer Program" is a title)
    pieces = [piece.split() for piece in _AUTHOR_BREAK.split(names["authors"]) if piece.strip()]
    return all(2 <= len(words) <= 3 for words in pieces) and _people(names["authors"])


def _papers_in_brackets(run: list[re.Match[str]]) -> bool:
    """``Title (Names)`` lists papers where titles are long and most items name co-authors; a
    cast list (``The Heron (Jane Roe)``) names one actor to a short role."""
    long_titles = all(len(m["title"].split()) >= 4 or ":" in m["title"] for m in run)
    coauthored = sum(bool(re.search(r",|\band\b|&|et\s+al", m["authors"])) for m in run)
    return long_titles and coauthored * 2 >= len(run)


def _under_reading_heading(text: str, start: int) -> bool:
    """Whether the line above a run's first item (a blank line maybe between) is a heading
    that names a reading list ("My favourite books:", "Further reading"): its ``Title (Name)``
    items are works and their authors, not songs and singers or roles and actors."""
    above = _line_above(text, start)
    return above is not None and BIBLIOGRAPHY_HEADING.fullmatch(text, *above) is not None


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """The start and end of the last line with words above the line at ``start`` (blank lines
    between passed over), or None at the text's top."""
    end = text.rfind("\n", 0, start)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)  # (one blank line or more between)
    if end <= 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


# words of the screen, of music and of the stage: a list these introduce credits works of
# theirs ("Here is how I rank the film's segments:\n1. "Title", by Ana Roe"), not writings
PERFORMED_WORKS = re.compile(
    r"(?<![\w-])(?:films?|movies?|segments?|episodes?|songs?|albums?|tracks?|singles?|shows?"
    r"|sitcoms?|cartoons?|operas?|ballets?|musicals?|paintings?|directed|directors?|starring"
    r"|soundtracks?|playlists?|video\s+games?)(?![\w-])",
    re.IGNORECASE,
)


_BY_FORMS = ("by", "quoted_by", "by_note")


def _introduced_as_performed(text: str, start: int) -> bool:
    """Whether the line above a run's first item (a blank line maybe between) speaks of films,
    songs or shows and names no reading list: the run's items are such works and their
    makers."""
    above = _line_above(text, start)
    if above is None or BIBLIOGRAPHY_HEADING.fullmatch(text, *above):
        return False
    return PERFORMED_WORKS.search(text, *above) is not None


def _comma_closes_title(view: str, m: re.Match[str]) -> bool:
    """Whether an item stands on one line of ``view`` (not rejoined over a wrap) and a comma
    closes its title before its names."""
    between = m.string[m.end("title") : m.start("authors")]
    # (a dash in the "title" parts it from the first names: "Title — Per Lund, Ana Roe (…)")
    return (
        "\n" not in view[m.start() : m.end()]
        and between.strip().startswith(",")
        and not _DASH_INSIDE.search(m["title"])
    )


_DASH_INSIDE = re.compile(r"\s[—–-]\s")


_Item = TypeVar("_Item")


def _runs(
    items: Sequence[tuple[int, int, _Item]], text: str, gap: int = MAX_GAP_LINES
) -> list[list[_Item]]:
    """Items grouped where no more than ``gap`` other lines part them."""
    runs: list[list[_Item]] = []
    last_end = -1
    for start, end, item in items:
        if runs and text.count("\n", last_end, start) <= gap + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
        last_end = end
    return runs


_YEAR_AFTER_TITLE = re.compile(rf"{_S}*\({_YEAR}\)$")
# A label before a listed work's title: "Paper: "Title"", "Video: Title".
_KIND_LABEL = re.compile(
    r"^(?:Paper|Video|Blog|Article|Slides|Talk|Book|Post|Preprint)[^\S\n]*:\s*"
)


def _listed(
    m: re.Match[str],
    dated: bool = False,
    set_off: bool = False,
    full_name: bool = False,
    one_word: bool = False,
) -> Listed | None:
    """The item ``m`` matched, where its authors name people (``full_name``: where its first
    author is any full name a person's name parses, or a publisher's or a channel's name,
    which is the subject whole), else None. A title of one word is read only where a link
    sets it off (``one_word``: "[Algorithms](url) - Ana Roe")."""
    title = _KIND_LABEL.sub("", m["title"].strip()).strip(" \"'“”").rstrip(".,;:")
    corporate = full_name and _corporate_name(m["authors"])
    people = (
        bool(corporate) or _is_full_name(m["authors"])
        if full_name
        else _people(m["authors"], dated, set_off)
    )
    if not people or len(title.split()) < (1 if one_word else 2):
        return None
    family = corporate or first_author_family(re.sub(r"\([^()]*\)", " ", m["authors"]))
    if not family:
        return None
    return Listed(m.start(), m.end(), m.start("title"), family, title)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return load_words("title_words") | load_words("not_family_names")


def _corporate_name(authors: str) -> str | None:
    """The first author's name whole where it is a publisher's or a channel's (the guidelines'
    corporate author): two words or more, the first no known given name, one a word that titles
    write in lower case ("Tutorials Point", "Traversy Media", "Hugging Face"); else None."""
    first = _first_author(re.sub(r"\([^()]*\)", " ", authors)).strip(" *_")  # not "(PDF)"
    words = re.findall(r"[^\W\d_]+", first.casefold())
    if len(words) < 2 or words[0] in known_given_names():
        return None
    return first if any(word in _title_words() for word in words) else None


def _listed_full_name(
    m: re.Match[str], any_given_name: bool = False, one_word: bool = False
) -> Listed | None:
    """The item where its first author is any full name a person's name parses (two words
    or more), for runs that other items show to name people: with co-authors, or
    (``any_given_name``) alone whatever the given name ("Jamal Okonjo")."""
    if any_given_name or _corporate_name(m["authors"]):
        return _listed(m, full_name=True, one_word=one_word)
    if not _is_full_name(m["authors"]):
        return None
    return _listed(m, dated=True, set_off=True, one_word=one_word)


_YEAR_IN_LINE = re.compile(rf"\b{_YEAR}\b")
_YEAR_RE = re.compile(rf"\b{_YEAR}\b|\]\(|https?://|\barXiv\b")


def _dated_after_authors(m: re.Match[str]) -> bool:
    return bool(_YEAR_RE.search(m.string, m.end("authors"), m.end()))


def _dated_before_title(m: re.Match[str]) -> bool:
    """Whether a venue's tag with its year opens the item ("[ICML 2020] Title. Names.")."""
    return bool(_YEAR_RE.search(m.string, m.start(), m.start("title")))


def _dated_after_names(m: re.Match[str]) -> bool:
    """Whether a year or a link follows the item's names, or its venue's tag opens it (a year
    inside the names' brackets, "Ana Roe (b. 2006)", is none)."""
    return _dated_after_authors(m) or _dated_before_title(m)


def _dated_after_title(m: re.Match[str]) -> bool:
    """Whether a year or a link follows the item's title (after its names, or in the brackets
    the names' pattern takes for an affiliation: "by Ana Roe (ICML 2020)"), or its venue's tag
    opens it."""
    return bool(_YEAR_RE.search(m.string, m.end("title"), m.end())) or _dated_before_title(m)


_NAMES_COLON_LINE = re.compile(r"[^\n]{3,400}?:[^\S\n][^\n]*")
_COLON_SPACE = re.compile(r":[^\S\n]")
# Where the authors may start before a line's colon: after a list mark, a bracket, or a gap of
# two spaces (markup blanked in the plain view: "Layer Norm   Ana Roe, Ken Moe:").
_AUTHORS_OPEN = re.compile(r"(?m)(?:^[^\S\n]*(?:[-*•–+|]|\d{1,3}[.)])?|\[|[^\S\n]{2})[^\S\n]*")


def _colon_lines(view: str) -> Iterator[re.Match[str]]:
    """The matches of ``_NAMES_COLON_LINE`` in ``view``, found from the colons: its lazy
    search tries every start of a line without one, up to 400 characters each. A line's match
    opens at the line's start, or 400 characters before its first colon that has three before
    it on the line."""
    resume = 0
    for colon in _COLON_SPACE.finditer(view):
        at = colon.start()
        if at < resume:
            continue
        line_start = view.rfind("\n", 0, at) + 1
        if at - line_start < 3:
            continue
        if line := _NAMES_COLON_LINE.match(view, max(line_start, at - 400)):
            resume = line.end()
            yield line


def _names_colon_matches(view: str, form: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The ``names_colon`` form tried once a line, from where its authors can start (the last
    opening before its first colon): a search along the line backtracks over every split of
    a long line into a label and names."""
    for line in _colon_lines(view):
        # two items on a line, the second after a link and "and": "[Roe, Moe: **T**](url) and
        # [Lee et al.: **U**](url)" (the links blanked in the view)
        seconds = list(_SECOND_ITEM.finditer(view, line.start(), line.end()))
        starts = [line.start(), *(m.end() for m in seconds)]
        ends = [*(m.start() for m in seconds), line.end()]
        for start, end in zip(starts, ends, strict=True):
            if (colon := view.find(":", start, end)) < 0:
                continue
            opened = [m.end() for m in _AUTHORS_OPEN.finditer(view, start, colon)]
            at = opened[-1] if opened else start
            if (opened or start > line.start()) and (m := form.match(view, at, end)):
                yield m


# a second item after a blanked link and "and", its names and colon ahead
_SECOND_ITEM = re.compile(rf"(?<={_S}{_S})and{_S}+(?=[A-Z][^:\n]{{0,200}}:{_S})")


def _emphasised(text: str, m: re.Match[str]) -> bool:
    """Whether bold, italics or a tag opens the item's title (``**Title**``, ``<i>Title``) and
    closes before the comma that the authors follow (not ``*Ana Roe, Ken Moe*``)."""
    before = text[max(0, m.start("title") - 3) : m.start("title")]
    between = text[m.end("title") : m.start("authors")]
    opened = "*" in before or "_" in before or before.endswith(">")
    return opened and any(mark in between for mark in ("*", "_", "</"))


_LINE_BREAK_TAG = re.compile(r"<br[^\S\n]{0,3}/?>(?=[^\S\n]{0,20}\S)", re.IGNORECASE)


# A reference entry's author list opening what a layout took for a title: Vancouver names
# ("Di Tommaso P, Chatzou M") or inverted ones ("Roe, A., Moe, K.")
_AUTHORS_OPENING = re.compile(
    r"[^\S\n]*(?:[a-z]{1,4}[^\S\n])?[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+){0,2}[^\S\n][A-Z]{1,3},[^\S\n]"
    r"|[^\S\n]*[A-Z][\w'’-]+,[^\S\n](?:[A-Z]\.[^\S\n]?){1,3},"
)


# The forms read only where every title of the run is written as a title (Title Case, or a
# link): their shape alone passes for a line of prose or a credit.
_TITLED_FORMS = frozenset(
    (
        "bracketed",
        "by",
        "by_note",
        "short",
        "title_dated",
        "names_colon",
        "dash_dated",
        "names_imprint",
        "family_imprint",
        "names_comma_title",
    )
)


# a programme's note on how a talk is given, closing its item's line: "… Ana Roe [remote]",
# "(virtual)", "[online]", "(invited)": no part of the names
PRESENTATION_NOTE = re.compile(
    # (the space before it a lookbehind: a run of spaces is not tried from each of its spaces)
    r"(?im)(?<=[^\S\n])[\[(](?:remote|virtual|online|in[ -]person|hybrid|invited|keynote|recorded"
    r"|pre-?recorded|video|poster|demo|short(?:[ -]paper)?|long(?:[ -]paper)?|oral|spotlight)"
    r"[\])](?=[^\S\n]*$)"
)


def blank_presentation_notes(text: str) -> str:
    """``text`` with its programmes' presentation notes (``PRESENTATION_NOTE``) blanked to
    spaces of the same length, so that offsets hold."""
    if "[" not in text and "(" not in text:
        return text
    return PRESENTATION_NOTE.sub(lambda m: " " * len(m.group()), text)


_ET_AL = re.compile(r"\bet\s+al\b")
_LINKS_AFTER_TITLE = re.compile(
    r"(?<=\S)[.,]?(?:[^\S\n]+[\[(]{0,2}[^\S\n]*(?i:paper|pdf|code|arxiv|project|slides|video|link)"
    r"[^\S\n]*[\])]{0,2}[^\S\n]*\(https?://[^()\s]{1,300}\))+[^\S\n]*$"
)


_WRAP_SHARE = 0.75  # a line this share of its neighbours' longest may have been wrapped
_WRAP_WIDTH = 40  # ... where the longest is this long at least
_WRAP_REACH = 10  # the lines before and after a line that are its neighbours
_NEAR_ITEM = 400  # characters from an item read, where a wrapped line may be rejoined
# what opens a line as an item of its own: a bullet, a number, a heading's or a quote's mark
_OPENS_ITEM = re.compile(r"[^\S\n]*(?:[-*+•·▪‣◦#>|]|\d{1,3}[.)][^\S\n]|\[\d{1,3}\]|\(\d{1,3}\))")
_ET_AL_SHARE = 0.6  # of a run's items whose names end "et al.", that make it a paper list


def _indent(view: str, start: int, end: int) -> int:
    """The spaces and tabs that open ``view[start:end]``."""
    line = view[start:end]
    return len(line) - len(line.lstrip(" \t"))


def _mostly_et_al(run: list[re.Match[str]]) -> bool:
    """Whether most items of a run (three at least) end their names with "et al."."""
    with_et_al = sum(1 for m in run if _ET_AL.search(m["authors"]))
    return len(run) >= 3 and with_et_al >= _ET_AL_SHARE * len(run)


def _rejoined_view(view: str, found_by_form: dict[str, dict[int, re.Match[str]]]) -> str | None:
    """``view`` with the line break after each wrapped line of a listing made a space (same
    length): a line no form read, near the longest of its neighbours (a wrap's width), before a
    line that is not blank, near an item read; None where there is no such line, or where no
    listing is read at all."""
    starts = sorted({m.start() for found in found_by_form.values() for m in found.values()})
    if len(starts) < MIN_ITEMS:
        return None
    lines = [(m.start(), m.end()) for m in re.finditer(r"(?m)^[^\n]*", view)]
    lengths = [len(view[a:b].rstrip()) for a, b in lines]
    breaks = []
    for index in range(len(lines) - 1):
        (start, end), (next_start, next_end) = lines[index], lines[index + 1]
        if not view[start:end].strip() or not view[next_start:next_end].strip():
            continue
        if _OPENS_ITEM.match(view, next_start):
            continue  # the next line opens an item of its own (a bullet, a number)
        if _indent(view, next_start, next_end) > _indent(view, start, end):
            continue  # a hanging indent marks the entry's own lines: the segmenter reads them
        widest = max(lengths[max(0, index - _WRAP_REACH) : index + _WRAP_REACH + 1])
        if widest < _WRAP_WIDTH or lengths[index] < _WRAP_SHARE * widest:
            continue
        at = bisect_left(starts, start)
        if at < len(starts) and starts[at] < end:
            continue  # an item read on the line already
        # (near an item read: other text's lines are no listing's)
        if not (
            (at < len(starts) and starts[at] - next_end < _NEAR_ITEM)
            or (at > 0 and start - starts[at - 1] < _NEAR_ITEM)
        ):
            continue
        breaks.append(end)
    if not breaks:
        return None
    chars = list(view)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


def read_listings(text: str) -> Iterator[Listed]:
    """The (first author's family, title) of the items of paper listings in ``text``."""
    # an item's lines parted by HTML breaks ("[Title](url)<br>*Names*<br>Venue") are lines
    text = _LINE_BREAK_TAG.sub(lambda m: "\n".ljust(len(m.group())), text)
    view = layout.plain_view(text) or text
    view = blank_presentation_notes(view)
    found_by_form = {
        name: {
            m.start(): m
            for m in (
                _names_colon_matches(view, form) if name == "names_colon" else form.finditer(view)
            )
        }
        for name, form in _ONE_LINE_FORMS
    }
    if (rejoined := _rejoined_view(view, found_by_form)) is not None:
        # items wrapped over lines (a mail's, a hard-wrapped README's) are read again across
        # the wrap; an item read on a wrapped item's second line ("Coffee Automaton. Ana Roe."
        # of "Title: The\nCoffee Automaton. Ana Roe.") gives way to the whole item
        for name, form in _ONE_LINE_FORMS:
            own = found_by_form[name]
            again = (
                _names_colon_matches(rejoined, form)
                if name == "names_colon"
                else form.finditer(rejoined)
            )
            for m in again:
                if "\n" not in view[m.start() : m.end()]:
                    continue
                overlapped = [a for a, b in own.items() if a < m.end() and m.start() < b.end()]
                if all(a > m.start() for a in overlapped):
                    for a in overlapped:
                        del own[a]
                    own[m.start()] = m
    for name, _ in _ONE_LINE_FORMS:
        matches = found_by_form[name]
        dated = name in (
            "dated", "title_dated", "dated_dashes", "dashed_names_venue", "names_colon",
            "title_comma_cited",
            "title_bracket_cited", "title_bracket_dated", "names_first",
            "cited_title_venue", "family_imprint", "inverted_imprint",
        )  # fmt: skip
        set_off = name in ("emphasised_names", "emphasised_dash", "names_colon", "linked_dash")
        # an item whose first author's given name no list knows ("Chidi Okafor") is read in a
        # run whose other items plainly name people
        items: list[tuple[int, int, Listed | None]] = []
        plain = set()
        for m in matches.values():
            # (not where "by" names the authors after it: "Winter Birds by Ana Roe" is a work
            # by Roe, whatever its title's words)
            if name != "by" and _names_people(m["title"]):
                continue  # "Ana Roe, Ken Moe. Venue 2021.": the names of a two-line item
            if _AUTHORS_OPENING.match(m["title"]):
                continue  # "Roe AB, Moe C. Title. Nat Biotechnol. 2017": a "name" is a venue
            linked_dash = name == "linked_dash"
            one_word = linked_dash or name == "inverted_imprint"
            if item := _listed(m, dated, set_off, one_word=one_word):
                plain.add(item.start)
            # (a lone author of a linked title after a dash may have any given name: the link
            # and the dash set the title and the names off)
            elif not (
                item := _listed_full_name(m, any_given_name=linked_dash, one_word=linked_dash)
            ):
                if name == "linked_dash":
                    # an item whose author is no name at all parts no run of the list
                    items.append((m.start(), m.end(), None))
                continue
            items.append((m.start(), m.end(), item))
        for bridged in _runs(items, view):
            run = [item for item in bridged if item is not None]
            if sum(item.start in plain for item in run) < MIN_ITEMS:
                continue
            # a list of links to works with their authors in brackets ("[Title](url) (Name)")
            # is a reading list, whatever the titles' length or case
            linked = all("](" in text[i.start : i.end] for i in run)
            papers = (
                linked
                or _papers_in_brackets([matches[i.start] for i in run])
                or _under_reading_heading(view, run[0].start)
            )
            if name == "bracketed" and not papers:
                continue
            if name == "title_bracket_dated" and not any(
                _ET_AL.search(matches[i.start]["authors"]) for i in run
            ):
                continue  # "- Hotel California (Eagles, 1976)": a song and its band
            if name == "linked_dash":
                if not linked:
                    continue
                # a year the link's label adds ("Functional C (1997)") is no part of the title
                run = [
                    replace(i, title=_YEAR_AFTER_TITLE.sub("", i.title), set_off=True) for i in run
                ]
            # "Title by Names" reads as a credit in a changelog ("Added docs, by Jane Roe")
            # unless the titles are written as titles
            # unless the titles are written as titles, or every item is dated after its names
            dated_run = all(_dated_after_title(matches[i.start]) for i in run)
            titled = linked or all(_title_case(i.title) for i in run)
            if name == "by" and dated_run:
                titled = True
            if name in _BY_FORMS and _introduced_as_performed(view, run[0].start):
                continue  # "I rank the segments:\n1. "Title", by Ana Roe": a director's work
            if name in _READING_LIST_FORMS and not _under_reading_heading(view, run[0].start):
                continue  # only in a reading list: else a credit's line, a place and a title
            if name in _TITLED_FORMS and not titled:
                continue
            # "Title, Names" is read only where the markup set the title off, or where each
            # item goes on to a venue's year ("Title. Ana Roe, Ken Moe. ICML 2020. [pdf]")
            emphasised = all(_emphasised(text, matches[i.start]) for i in run)
            if name == "emphasised_dash" and not emphasised:
                continue
            # (or where most name a paper's authors the way papers do: "Ana Roe, et al.")
            if name == "emphasised_names" and not (
                all(_emphasised(text, matches[i.start]) for i in run)
                or all(_dated_after_names(matches[i.start]) for i in run)
                or _mostly_et_al([matches[i.start] for i in run])
                # (or where a reading list's heading stands over them, each on its line and
                # its title closed by a comma: "My favourite books:\n1. Title, Ana Roe")
                or (
                    _under_reading_heading(view, run[0].start)
                    and all(_comma_closes_title(view, matches[i.start]) for i in run)
                )
            ):
                continue
            # quoted sayings with their speakers (testimonials) are no papers: a paper's item
            # gives its year or its venue's link after the authors
            if name == "quoted" and not all(_dated_after_authors(matches[i.start]) for i in run):
                continue
            # (links left after the title, their brackets blanked: "Title.   paper  (https://…)")
            yield from (
                replace(
                    i,
                    title=_LINKS_AFTER_TITLE.sub("", i.title),
                    rejoined="\n" in view[i.start : i.end],
                    set_off=i.set_off or name == "inverted_imprint",
                )
                for i in run
            )
    yield from _named_then_set_off(text)
    yield from _titled_venue_tags(view)
    yield from _two_line_items(view, text)
    yield from _two_line_items(view, text, authors_first=True)


# A paper blog's opening: the title, then its authors and its venue's tag with the year, the
# post running on after them ("Title Roe et al., OOPSLA'19 Roe et al. won …"); the tag marks a
# citation, so the item stands alone. Matched at each line's start only.
_TITLED_VENUE_TAG = re.compile(
    rf"{_S}*(?P<title>[A-Z0-9][^\n]{{5,250}}?){_S}+"
    rf"(?P<authors>{_WORD}(?:{_S}+et{_S}+al\.?|{_S}+(?:and|&){_S}+{_WORD})),{_S}+"
    rf"[A-Z][A-Za-z-]{{1,12}}{_S}?['’]\d\d\b"
)


def _titled_venue_tags(view: str) -> Iterator[Listed]:
    """Items ``Title Roe et al., VENUE'19`` opening their lines."""
    if "'" not in view and "’" not in view:
        return
    for line in _NAMED_SET_OFF_LINE.finditer(view):
        m = _TITLED_VENUE_TAG.match(view, line.start(), min(line.end(), line.start() + 400))
        if m and (family := first_author_family(m["authors"])):
            title = m["title"].strip().rstrip(".,;:")
            if len(title.split()) >= 2:
                yield Listed(m.start(), m.end(), m.start("title"), family, title)


# A reading list's item: the author's full name, a comma, and the work's title set off by
# emphasis, a link or quotes, notes after it ("E. H. Carr, *What Is History?* (1961), ch. 1",
# "Ada Roe, [Why Study Ponds?](url)"); matched at each line's start only.
# (a line's first 400 characters: a long description may follow the title)
_NAMED_SET_OFF_LINE = re.compile(r"[^\n]{8,}")
_NAMED_SET_OFF_REACH = 400
# a symbol a reading list puts before an item's kind ("📗 Ana Roe, [Title](url)")
_ITEM_SYMBOL = r"(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[^\S\n]*)?"
# (a schedule's day before it: "* Monday, 11 Sep: Roe, *Title* through ch. 6")
_SCHEDULE_LABEL = rf"(?:(?P<label>[^\n:*_\[\"“]{{1,40}}):{_S}+)?"
_NAMED_SET_OFF = re.compile(
    rf"{_S}*(?:{_MARK_WORD}{_S}*)?{_SCHEDULE_LABEL}{_ITEM_SYMBOL}"
    rf"(?P<authors>{_WORD}(?:{_S}+et{_S}+al\.?|{_S}+(?:and|&){_S}+{_WORD})|{_INITIALS_LIST}"
    rf"|(?P<lone>{_WORD})),{_S}+"
    r"(?:\*{1,2}|_{1,2}|\[|[\"“])(?P<title>[^*_\[\]\"“”\n]{2,200}?)[,.]?"
    r"(?:\*{1,2}|_{1,2}|\]\(|[\"”])"
)


def _named_then_set_off(text: str) -> Iterator[Listed]:
    """Items of the form ``Given Surname, *Title*`` in a run of two or more (a full name: a
    lone word before the comma may be a day, a week or a topic)."""
    items: list[tuple[int, int, _NamedItem]] = []
    for line in _NAMED_SET_OFF_LINE.finditer(text):
        m = _NAMED_SET_OFF.match(
            text, line.start(), min(line.end(), line.start() + _NAMED_SET_OFF_REACH)
        )
        if m is None:
            continue
        full = " " in m["authors"].strip()
        if m["lone"]:
            item = _lone_surname_item(m)
        elif full and (named := _listed(m, set_off=True)):
            item = _NamedItem(named, "named")
        elif full and (unknown := _listed_full_name(m, any_given_name=True)):
            # a given name no list knows ("Teju Roe"), in a run whose other items name people
            item = _NamedItem(unknown, "unknown")
        else:
            item = None
        if item:
            items.append((m.start(), m.end(), item))
    for run in _runs(items, text):
        kinds = [item.kind for item in run]
        # (a run of surnames alone only where a schedule's days date its items, or where the
        # run is long: "Monday, *Title*" lines name no author)
        if all(kind in ("lone", "scheduled") for kind in kinds) and not (
            len(run) >= MIN_ITEMS + 1 or all(kind == "scheduled" for kind in kinds)
        ):
            continue
        if all(kind == "unknown" for kind in kinds):
            continue  # unknown given names alone: nothing shows the run to name people
        if len(run) >= MIN_ITEMS:
            yield from (item.listed for item in run)


@dataclass(frozen=True)
class _NamedItem:
    """An item of ``_named_then_set_off`` and how its author was read: a full name a list
    knows ("named"), one it does not ("unknown"), a family name alone ("lone"), the same
    under a schedule's day ("scheduled")."""

    listed: Listed
    kind: str


_NOT_AN_AUTHOR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday week day unit module session "
    "lecture class topic part chapter section reading readings required optional recommended "
    "introduction introductions review note notes homework assignment due exam quiz".split()
)


def _lone_surname_item(m: re.Match[str]) -> _NamedItem | None:
    """An item whose author is a family name alone (``Roe, *Title*``), where the word names
    nobody else (a day, a week, a kind of reading)."""
    word = m["lone"]
    # (nor a word that titles write in lower case: "Overview, *Why Cities Matter*" is a topic)
    if word.lower() in _NOT_AN_AUTHOR or word.lower() in _title_words():
        return None
    title = m["title"].strip().rstrip(".,;:")
    if len(title.split()) < 2 and not title[:1].isupper():
        return None
    listed = Listed(m.start(), m.end(), m.start("title"), word, title)
    scheduled = bool(m["label"] and _SCHEDULED.search(m["label"]))
    return _NamedItem(listed, "scheduled" if scheduled else "lone")


# a schedule's date or day in a label: "Monday, 11 Sep", "Week 3", "Sept 12", "Day 2"
_SCHEDULED = re.compile(
    r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:week|day|class|session|lecture)\s*\d"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d{1,2}/\d{1,2}"
)


_PAPERS_HEADING = re.compile(
    r"[^\S\n]*(?:[#*=]+[^\S\n]*)?(?i:(?:accepted|selected|recent|invited|contributed|conference|"
    r"journal|refereed|workshop|full|short|long|oral)[^\S\n]+)?"
    r"(?i:papers|publications|talks|presentations|posters)[^\S\n]*(?:[:*=]+[^\S\n]*)?$"
)


def _inverted_authors_line(line: str) -> re.Match[str] | None:
    """A line of names alone in a form no title takes: inverted ("Roe, A., Moe, B."),
    Vancouver ("Roe AJ, Moe K") or a scholar profile's ("A Roe, BK Moe")."""
    return (
        _INVERTED_AUTHORS_LINE.match(line)
        or _VANCOUVER_AUTHORS_LINE.match(line)
        or _PROFILE_AUTHORS_LINE.match(line)
    )


def _two_line_items(view: str, text: str, authors_first: bool = False) -> Iterator[Listed]:
    """A title on its line and its authors on the next, repeated; or (``authors_first``) the
    authors' line first and the title's line, ending on a full stop or in Title Case over a
    dated line, under it (reST line blocks: "| Names\n| Title.\n| Venue (2019)."). A title
    that markup sets off (bold, italics, a heading) may have a blank line between it and its
    authors."""
    lines = view.split("\n")
    # a heading naming papers above ("Accepted Papers", "Talks"): its items' titles may be
    # written in sentence case
    heading = next((i for i, line in enumerate(lines) if _PAPERS_HEADING.match(line)), None)
    items, offset, offsets = [], 0, []
    plain_items: set[int] = set()  # the items whose authors are plainly people
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    for index in range(len(lines) - 1):
        title_index, authors_index = (index + 1, index) if authors_first else (index, index + 1)
        title_line = text[offsets[title_index] : offsets[title_index] + len(lines[title_index])]
        set_off = _SET_OFF_LINE.match(title_line) is not None
        blank_between = not lines[authors_index].strip() and index + 2 < len(lines)
        if not authors_first and set_off and blank_between:
            authors_index = index + 2  # "**Title**", a blank line, then the names
        title = _TITLE_LINE.match(lines[title_index])
        inverted = _inverted_authors_line(lines[authors_index])
        authors = (
            inverted
            or _AUTHORS_LINE.match(lines[authors_index])
            or _INITIALS_AUTHORS_LINE.match(lines[authors_index])
        )
        if not title or not authors:
            continue
        # a title line that parses as names is one when they name people, or when markup does
        # not set it off ("**Benchmarking Graph Neural Networks (ArXiv 2020)**" names nobody)
        # (a title of a few capitalised words and its year, "Counting Herons (2021)", over a
        # line of names is no line of names: its words open with no given name)
        # (a dash crediting the names under it marks the line over them as the work's:
        # "Maximum City\n— Ana Roe", whose words open with no given name)
        named = _AUTHORS_LINE.match(lines[title_index])
        credited = lines[authors_index].lstrip().startswith(("—", "–", "--"))
        if named and (
            _people(named["authors"])
            or not (
                set_off or credited or (_YEAR_AFTER_TITLE.search(lines[title_index]) and authors)
            )
        ):
            continue
        if _inverted_authors_line(lines[title_index]):
            continue
        # (or, without the stop, a title in Title Case over a dated venue line: "Names\nTitle\n
        # CVPR 2019", as publication pages set an item out)
        if authors_first and not (
            lines[title_index].rstrip().endswith(".")
            or (
                title_index + 1 < len(lines)
                and _YEAR_IN_LINE.search(lines[title_index + 1]) is not None
                and _title_case(title["title"])
            )
        ):
            continue
        title_text = title["title"]
        if set_off and (close := _CLOSING_MARK.search(title_line, title.start("title") + 1)):
            title_text = title_line[title.start("title") : close.start()]  # "**T** [pdf]"
        if notes := _LINK_NOTES.search(title_line, title.start("title") + 1):
            # "Title (ICLR 2017) [[paper](…)] [[code](…)]": the links are no part of it
            title_text = title_text[: max(0, notes.start() - title.start("title"))]
        words = title_text.split()
        # a title in sentence case passes where a dated venue line follows the item,
        after = max(title_index, authors_index) + 1
        dated = after < len(lines) and _YEAR_IN_LINE.search(lines[after]) is not None
        dated = dated or (heading is not None and heading < min(title_index, authors_index))
        # a title in sentence case passes where markup sets it off too (a heading, bold, a
        # link: "- [Title](url)", "- `Title <url>`_")
        linked = _LINKED_LINE.match(title_line) is not None
        # (two words in Title Case where a dash credits the names under them, as a reading
        # list sets a book out)
        least = 2 if credited and _title_case(title_text) else 3
        if not (least <= len(words) <= 25) or not (
            dated or set_off or linked or _title_case(title_text)
        ):
            continue
        # a lone name that no list of given names knows ("Hongteng Xu") is an author only
        # in a run of items whose authors are plainly people
        plain = inverted is not None or _people(authors["authors"], set_off=set_off)
        set_off_name = set_off and person_name(authors["authors"].strip())
        if not plain and not set_off_name and not _is_full_name(authors["authors"]):
            continue
        family = first_author_family(re.sub(r"\([^()]*\)", " ", authors["authors"]))
        if family:
            start = offsets[min(title_index, authors_index)]
            last = max(title_index, authors_index)
            end = offsets[last] + len(lines[last])
            title_at = offsets[title_index] + title.start("title")
            words = _VENUE_YEAR_AFTER.sub("", title_text.strip()).rstrip(".")
            words = _VENUE_YEAR_SENTENCE.sub("", words)
            listed = Listed(start, end, title_at, family, words)
            items.append((start, end, listed))
            if plain:
                plain_items.add(start)
    # a two-line item's links and notes ("[Paper](…)", "[Code](…)") may stand between items
    for run in _runs(items, view, gap=MAX_GAP_LINES_TWO_LINE):
        if sum(item.start in plain_items for item in run) >= MIN_ITEMS:
            yield from run
