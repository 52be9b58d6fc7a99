"""Entry segmentation: the lines of a bibliography-like block grouped into entries.

Two segmenters: a line-level CRF (python-crfsuite, trained by ``scripts/train_segmenter.py``
and shipped in ``extractors/data``) that labels each non-blank line B (starts an entry), I
(continues one) or O (belongs to none) from its layout, and the rules below, used where the
model file is missing.

By the rules, entries open at a list marker (``-``, ``*``, ``1.``, ``[1]``, ``(1)``,
``<li>``, ``\\bibitem``, ``.. [key]``, a Markdown quote ``>`` before any of these) and run
over the lines that continue them: lines indented deeper than the entry's first line (hanging
indent, also across a blank line), or, in a block with markers, any unmarked line before the
next blank line. In a block
without markers every line is an entry of its own unless it visibly continues the line before
(it opens in lower case or with a parenthesis, or the line before ends in a comma, a hyphen or
``and``, maybe inside closing quotes).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import as_file, files

import pycrfsuite  # type: ignore[import-untyped]

from extractors import layout
from extractors.api import load_lines
from extractors.references.tokens import blank_markup

# A publication list's year before an entry, as its marker: "(2018) Roe A, …", "2018 – Roe A"
_YEAR_AS_MARKER = r"(?:\((?:19|20)\d\d\)|(?:19|20)\d\d[ \t]*[–—:-])"
# A list marker at the start of a line, after indentation and Markdown quote marks.
_MARKER = re.compile(
    r"[ \t>]{0,200}(?:[-*+•–]|\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|\[[A-Za-z][\w+:-]{0,20}\]"
    r"|\.\. \[[^\]\n]{1,30}\]|\|)(?=[ \t]|$)"
    # a publication list's year before each entry: "(2018) Roe A, …", "2018 – Roe A, …"
    rf"|[ \t>]{{0,200}}{_YEAR_AS_MARKER}(?=[ \t]+[A-Z\"“‘])"
    # a PDF's superscript number glued to the first author's name: "1Roe J, Moe K. Title."
    r"|[ \t]{0,12}\d{1,3}(?=[A-Z][a-z]+,?[ \t]+[A-Z])"
)
# the end of a page range wrapped onto a line of its own ("…;12(3):45-\n67."): no marker
_WRAPPED_PAGE = re.compile(r"[ \t]*\d{1,4}\.?[ \t]*$")


def _opens_with_marker(text: str, blanked: str, a: int, b: int) -> bool:
    """Whether the line ``text[a:b]`` opens with a list marker (``blanked``: the text with its
    markup blanked)."""
    before = text[max(0, a - 20) : a].rstrip("\n \t")
    if _WRAPPED_PAGE.match(text, a, b) and before.endswith(("-", "–")):
        return False
    return bool(_MARKER.match(blanked, a, b) or _RAW_MARKER.match(text, a, b))


_RAW_MARKER = re.compile(r"[ \t>]{0,12}(?:<li\b|\\bibitem\b|\\item\b|@\w{1,20}\{)")
_LINE_BREAK = re.compile(r"(?:\\|<br\s{0,3}/?>)[ \t\r]{0,20}$")
_CONTINUES = (",", "-", "‐", "and", "&", ":", ";")

logger = logging.getLogger(__name__)
SEGMENTER_MODEL = "references_lines.crfsuite"


@dataclass(frozen=True)
class Entry:
    """One entry: ``text[start:end]``; ``marked`` when it opened at a list marker."""

    start: int
    end: int
    marked: bool


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t>"))


def segment_by_rules(text: str) -> list[Entry]:
    """The entries of a block of text by the layout rules of the module docstring."""
    blanked = blank_markup(text)
    lines = _lines(text)
    entries: list[Entry] = []
    current: list[int] | None = None  # [start, end, indent, marked, blank_seen]
    block_marked = any(_opens_with_marker(text, blanked, a, b) for a, b in lines)

    def close() -> None:
        nonlocal current
        if current is not None:
            entries.append(Entry(current[0], current[1], bool(current[3])))
        current = None

    # whether the line before was a Markdown quote's, with no blank line since: the lines
    # after it continue the quote's paragraph ("lazy continuation": "> Roe AB, Moe C. A\ntitle
    # wrapped on. Journal. 2001.")
    in_quote = False
    for a, b in lines:
        raw, plain = text[a:b], blanked[a:b]
        marked = _opens_with_marker(text, blanked, a, b)
        quoted_before, in_quote = in_quote, raw.lstrip(" \t").startswith(">")
        if not plain.strip() and not marked:
            if not raw.strip() and current is not None:
                current[4] = 1  # a blank line: only deeper indented lines continue
            in_quote = False
            continue
        indent = _indent(plain)
        if current is not None and not marked:
            deeper = indent > current[2]
            if quoted_before and not in_quote:
                current[1] = b
                in_quote = True  # the quote's paragraph goes on
                continue
            if current[4]:
                continues = deeper
            elif block_marked:
                continues = bool(current[3]) or deeper
            else:
                previous = blanked[current[0] : current[1]].rstrip()
                first = plain.lstrip(" \t>")
                # a Markdown or HTML line break inside one entry ("**Title**\\n Authors")
                broken = _LINE_BREAK.search(text, current[0], current[1]) is not None
                # a wrapped entry's publication data opens a line with a parenthesis
                # ("(Ankara, 1978), 2 vols."); a comma inside closing quotes continues too
                continues = (
                    deeper
                    or broken
                    or first[:1].islower()
                    or first[:1] == "("
                    or previous.rstrip("\"”’'").endswith(_CONTINUES)
                )
            if continues:
                current[1] = b
                continue
        close()
        current = [a, b, indent, int(marked), 0]
    close()
    return entries


# Line features of the segmenter. A line opens with a list marker, a number, a name
# ("Quarrel, A." / "A. Quarrel" / "Quarrel AB"), a year, a quote or emphasis; it ends with a
# full stop, a comma, a hyphen or a word.
# A heading that names a bibliography ("References", "Further reading", "## Selected
# publications", "Works cited:"): the entries under it are a list, however few.
# (other languages' headings: extractors/data/bibliography_headings.txt)
FOREIGN_HEADINGS = load_lines("bibliography_headings")
# (letter-spaced, as a PDF's text gives a heading set so: "R E F E R E N C E S"; read
# ignoring case)
LETTER_SPACED_HEADING = "|".join(r"[ \t]".join(word) for word in ("references", "bibliography"))
FOREIGN_HEADING = "|".join(
    re.escape(heading).replace(r"\ ", r"[ \t]+") for heading in FOREIGN_HEADINGS
)
READERS_LIST_HEADING = (
    r"(?:(?:my|our)[ \t]+)?(?:(?:favou?rite|best)[ \t]+)?books[ \t]+(?:(?:I|we)(?:['’]ve)?[ \t]+"
    r"(?:read|loved|enjoyed|recommend|love)|of[ \t]+(?:the[ \t]+year|\d{4}))"
    r"(?:[ \t]+(?:in|this|last)[ \t]+(?:\d{4}|year|month))?"
    r"|(?:my|our)[ \t]+(?:(?:19|20)\d\d[ \t]+)?(?:reading[ \t]+list|favou?rite[ \t]+books)"
    r"|reading[ \t]+log"
    # a course's list and a show's notes: "Reading list for ENV 101", "Books mentioned in this
    # episode"
    r"|reading[ \t]+list[ \t]+(?:for|of)[ \t]+[^\n:]{1,40}"
    r"|books[ \t]+(?:mentioned|discussed|referenced|recommended)"
    r"(?:[ \t]+in[ \t]+this[ \t]+(?:episode|video|talk|post|article|show))?"
)
BIBLIOGRAPHY_HEADING = re.compile(
    r"(?im)^[ \t#*=>]{0,8}(?:\d{1,2}\.?[ \t]+)?"
    # (a syllabus's session before its readings: "Week 3 readings", "Session 2: Required
    # reading")
    r"(?:(?:week|session|lecture|class|unit|module|seminar|topic)[ \t]+\d{1,2}"
    r"[ \t]*[:.–—-]?[ \t]*)?"
    r"(?:selected[ \t]+|recent[ \t]+|further[ \t]+|"
    r"suggested[ \t]+|recommended[ \t]+|additional[ \t]+|key[ \t]+|required[ \t]+|"
    r"assigned[ \t]+|optional[ \t]+|course[ \t]+|core[ \t]+|essential[ \t]+)?"
    r"(?:references|bibliography|reading(?:[ \t]+list)?|works[ \t]+cited|literature(?:[ \t]+cited)?"
    r"|sources|publications|papers|citations|readings"
    # a README's section that asks to cite the work: "Citation", "How to cite", "Citing
    # HeronNet", "Cite this work"
    r"|citation|how[ \t]+to[ \t]+cite(?:[ \t]+[\w-]+){0,3}|citing(?:[ \t]+[\w-]+){0,3}"
    r"|cite[ \t]+(?:this|us|our)(?:[ \t]+[\w-]+){0,2}"
    # a publication list's sections: "Journal Articles", "Refereed Conference Papers"
    r"|(?:(?:peer[- ]reviewed|refereed)[ \t]+)?(?:journal|conference|workshop)[ \t]+"
    r"(?:articles|papers|publications|proceedings)|book[ \t]+chapters|preprints|working[ \t]+papers"
    rf"|articles|{LETTER_SPACED_HEADING}|{FOREIGN_HEADING}"
    # books only as a reading list names them, with its qualifier: "Recommended books:" (a
    # bare "Books" section is a biography's list of its subject's works, without authors)
    r"|(?<=suggested[ \t])books|(?<=recommended[ \t])books|(?<=further[ \t])books|book[ \t]+list"
    # ... or a reader's own list: "Books I read in 2023", "My favourite books", "Reading log"
    rf"|{READERS_LIST_HEADING}"
    r")[ \t]*[:*=#]{0,3}[ \t]*$"
)
_NUMBER_MARKER = re.compile(
    r"[ \t>*_]{0,200}(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)])(?=[ \t]|$)"
)
_BULLET = re.compile(r"[ \t>]{0,200}(?:[-*+•–]|\|)(?=[ \t]|$)")
_KEY_MARKER = re.compile(r"[ \t>]{0,200}(?:\[[A-Za-z][\w+:-]{0,20}\]|\.\. \[[^\]\n]{1,30}\])")
_INVERTED_NAME = re.compile(r"[^\W\d_][\w'’-]{1,30},[ \t]{1,3}(?:[A-Z]\.|[A-Z][a-z])")
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.[ \t-]?){1,3}[ \t]?[A-Z][\w'’-]{1,30}")
_VANCOUVER_NAME = re.compile(r"[A-Z][\w'’-]{1,30}[ \t][A-Z]{1,3}[,.]")
_LINE_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_REFERENCE_WORDS = re.compile(
    r"\bet\.? al\b|\bIn:|\bProc\b|\bProceedings\b|\bJournal\b|\bpp\.|\bvol\.|\bdoi\b"
    r"|\barXiv\b|\bPress\b|\\newblock\b",
    re.IGNORECASE,
)
_FIELD_KEY = re.compile(r"[ \t>-]{0,20}\w{1,20}[ \t]{0,20}[:=]")


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    for i, bound in enumerate(bounds):
        if value < bound:
            return str(i)
    return str(len(bounds))


def _end_class(line: str) -> str:
    tail = line.rstrip()[-1:]
    if not tail:
        return "none"
    if tail.isalpha():
        return "lower" if tail.islower() else "upper"
    if tail.isdigit():
        return "digit"
    return tail if tail in ".,;:-)]}>*\"'”" else "sym"


def _open_class(first: str) -> str:
    """What a line's text (after indentation and marker) opens with."""
    if not first:
        return "none"
    head = first[0]
    if head.islower():
        return "lower"
    if head.isdigit():
        return "year" if _LINE_YEAR.match(first) else "digit"
    if head in "\"“‘'«":
        return "quote"
    if head in "*_":
        return "emph"
    if head in "([{<":
        return "bracket" + head
    if head.isupper():
        if _INVERTED_NAME.match(first):
            return "inverted"
        if _INITIALS_NAME.match(first):
            return "initials"
        if _VANCOUVER_NAME.match(first):
            return "vancouver"
        return "upper"
    return "other"


def _word_shape(text: str) -> str:
    """Letters as ``a``/``A`` and digits as ``9``: the shape of a line's opening."""
    return "".join(
        "A" if c.isupper() else "a" if c.isalpha() else "9" if c.isdigit() else c for c in text
    )


def _raw_class(stripped: str) -> str:
    """The kind of markup a line opens with."""
    head = stripped[:1]
    if head == "<":
        return "html"
    if head == "\\":
        return "latex"
    if head in "{}@|[":
        return head
    return "text" if head.isalnum() else "sym"


def _marker_of(plain: str, raw: str) -> tuple[str, int | None, int]:
    """(kind of list marker, its number, where the text after it starts) of one line."""
    if m := _NUMBER_MARKER.match(plain):
        number = next(int(g) for g in m.groups() if g)
        kind = "[n]" if m.group(1) else "(n)" if m.group(2) else "n."
        return kind, number, m.end()
    if m := _BULLET.match(plain):
        return "bullet", None, m.end()
    if m := _KEY_MARKER.match(plain):
        return "key", None, m.end()
    if m := _RAW_MARKER.match(raw):
        return "raw", None, m.end()
    return "", None, 0


def line_features(text: str) -> tuple[list[tuple[int, int]], list[list[str]]]:
    """The non-blank lines of a block, as (start, end) offsets, and the CRF features of each:
    its layout (indentation against the line before, list marker and numbering continuity,
    blank line before, length, how it opens and ends) and the same of its neighbours."""
    blanked = blank_markup(text)
    spans: list[tuple[int, int]] = []
    own: list[list[str]] = []
    short: list[str] = []  # each line's key features, copied onto its neighbours
    previous_indent, previous_number, previous_length, previous_end = -1, None, 0, "start"
    blank_before = True
    openings: list[str] = []  # each line's first characters of markup and text
    for a, b in _lines(text):
        raw, plain = text[a:b], blanked[a:b]
        kind, number, after = _marker_of(plain, raw)
        if not plain.strip() and not kind:
            blank_before = True
            continue
        indent = _indent(raw)  # markup blanked to spaces is no indentation
        body = plain[after:].strip() if kind else plain.strip(" \t>")
        length = len(plain.rstrip())
        opens = _open_class(body)
        ends = _end_class(plain)
        relative = (
            "first"
            if previous_indent < 0
            else "deeper"
            if indent > previous_indent
            else "same"
            if indent == previous_indent
            else "shallower"
        )
        continuity = ""
        if number is not None:
            if previous_number is not None and number == previous_number + 1:
                continuity = "next"
            elif number == 1:
                continuity = "one"
            else:
                continuity = "jump"
            previous_number = number
        row = [
            "b",
            "ind=" + _bucket(indent, (1, 3, 5, 9)),
            "rel=" + relative,
            "mk=" + kind,
            "num=" + continuity,
            "blank=" + str(int(blank_before)),
            "len=" + _bucket(length, (20, 40, 60, 80, 100, 150, 300)),
            "shorter=" + str(int(length < previous_length - 15)),
            "open=" + opens,
            "end=" + ends,
            "pend=" + previous_end,
            "open+pend=" + opens + "|" + previous_end,
            "mk+rel=" + kind + "|" + relative,
        ]
        if _LINE_YEAR.search(plain):
            row.append("year")
        if _REFERENCE_WORDS.search(plain):
            row.append("refword")
        if _FIELD_KEY.match(plain):
            row.append("field")
        if _LINE_BREAK.search(raw):
            row.append("break")
        words = body.split()
        if words:
            first_word = words[0].strip("*_[]()\"'“”:,.").lower()
            if len(first_word) <= 12:
                row.append("w0=" + first_word)
            capitals = sum(1 for w in words if w[:1].isupper())
            row.append("caps=" + _bucket((10 * capitals) // len(words), (3, 6, 9)))
        # the markup a line opens with ("\\cventry{", "<li><b>", "  - **"): entries of one list
        # open alike, their continuations do not
        stripped = raw.lstrip()
        opening = stripped[:8] if not stripped[:1].isalnum() else _word_shape(stripped[:8])
        row.append("raw=" + _raw_class(stripped))
        if openings:
            row.append("same=" + str(int(opening == openings[-1])))
            if len(openings) > 1:
                row.append("same2=" + str(int(opening == openings[-2])))
            # entries of several lines each: the opening of the entry before, a few lines up
            row.append("seen=" + str(int(opening in openings[-8:-1])))
        openings.append(opening)
        spans.append((a, b))
        own.append(row)
        short.append(f"{kind}|{opens}|{ends}|{relative}|{int(blank_before)}")
        previous_indent, previous_length, previous_end = indent, length, ends
        blank_before = False
    # how full each line is against the block's longest line: a wrapped entry's lines run to
    # the width but its last, so a line after a short one opens an entry
    widest = max((len(text[a:b].rstrip()) for a, b in spans), default=1) or 1
    fullness = [_bucket((10 * len(text[a:b].rstrip())) // widest, (5, 8, 10)) for a, b in spans]
    rows = []
    for i, row in enumerate(own):
        row = [*row, "-1=" + (short[i - 1] if i else "START"), "full=" + fullness[i]]
        row.append("pfull=" + (fullness[i - 1] if i else "S"))
        if i + 1 < len(own):
            row += [f"n{f}" for f in own[i + 1] if f.startswith("same=")]
        row.append("+1=" + (short[i + 1] if i + 1 < len(short) else "END"))
        if i + 1 < len(own):
            row.append("nblank=" + own[i + 1][5][6:])
        rows.append(row)
    return spans, rows


def entries_of_labels(text: str, spans: list[tuple[int, int]], labels: list[str]) -> list[Entry]:
    """Entries from line labels: a B line opens one, I lines continue it (an I line with no
    entry open opens one), an O line closes it."""
    blanked = blank_markup(text)
    entries: list[Entry] = []
    current: list[int] | None = None
    for (a, b), label in zip(spans, labels, strict=True):
        if label == "I" and current is not None:
            current[1] = b
            continue
        if current is not None:
            entries.append(Entry(current[0], current[1], bool(current[2])))
            current = None
        if label in ("B", "I"):
            marked = _opens_with_marker(text, blanked, a, b)
            current = [a, b, int(marked)]
    if current is not None:
        entries.append(Entry(current[0], current[1], bool(current[2])))
    return entries


@lru_cache(maxsize=1)
def _shipped_segmenter() -> pycrfsuite.Tagger | None:
    """The line model shipped with the package, or None where it is missing."""
    resource = files("extractors").joinpath("data", SEGMENTER_MODEL)
    if not resource.is_file():
        logger.debug("no %s: entries are segmented by the layout rules", SEGMENTER_MODEL)
        return None
    tagger = pycrfsuite.Tagger()
    with as_file(resource) as path:
        tagger.open(str(path))
    return tagger


def segment_by_model(text: str, tagger: pycrfsuite.Tagger) -> list[Entry]:
    """The entries of a block by the line CRF."""
    spans, features = line_features(text)
    if not spans:
        return []
    labels = _names_line_joined(text, spans, features, tagger.tag(features))
    labels = _wrapped_names_continued(text, spans, features, labels)
    # a heading line ("References", a page's running head before it is no heading) belongs to
    # no entry: the entry before it ends, the next opens after it
    for index, (a, b) in enumerate(spans):
        if BIBLIOGRAPHY_HEADING.fullmatch(text, a, b):
            labels[index] = "O"
            if index + 1 < len(labels) and labels[index + 1] == "I":
                labels[index + 1] = "B"
    return entries_of_labels(text, spans, labels)


_SENTENCE_END = re.compile(r"[a-z]{2}[.?!](?:\s|$)")
_NAMES_OPENING = frozenset({"open=vancouver", "open=inverted", "open=initials"})
_OPEN_ENDING = frozenset({"end=lower", "end=upper", "end=,"})
# a line that is a Vancouver list of names and nothing else, closed by its stop ("Roe AB, Moe C,
# Lind P."), as a PDF's text sets an entry's authors on a line of their own
_VANCOUVER_NAMES_LINE = re.compile(
    r"[ \t>]{0,12}(?:[A-Z][\w'’-]{1,30}(?:[ \t][A-Z][\w'’-]{1,30}){0,2}[ \t][A-Z]{1,3}"
    r"(?:,[ \t]{1,3}|[ \t]*(?=\.)))"
    r"{1,40}(?:et[ \t]al)?\.[ \t]*"
)


def _names_line_joined(
    text: str, spans: list[tuple[int, int]], features: list[list[str]], labels: list[str]
) -> list[str]:
    """``labels`` with a line of names alone joined to the entry the next line opens: an
    entry whose authors fill its first line where the text is wrapped at a width ("Roe AB,
    Moe C, Lind P, Di\nTommaso P, Hale S. Title. …"), which the model leaves out or takes for
    an entry of its own. The line opens like an entry's names, holds no sentence's end and no
    year and ends inside the names, or is a Vancouver list of names alone closed by its stop
    ("Roe AB, Moe C.\nTitle. …") before a line that opens with no name; no blank line parts
    the two."""
    out = list(labels)
    for index in range(len(out) - 1):
        here, following = features[index], features[index + 1]
        line = text[spans[index][0] : spans[index][1]]
        if (
            out[index] in ("O", "B")
            and out[index + 1] == "B"
            and "blank=0" in following
            and _NAMES_OPENING.intersection(here)
            and (
                _OPEN_ENDING.intersection(here)
                or (
                    _VANCOUVER_NAMES_LINE.fullmatch(line) is not None
                    and not _NAMES_OPENING.intersection(following)
                )
            )
            and not _SENTENCE_END.search(line)
            and not _YEAR_IN_ENTRY.search(line)
        ):
            out[index], out[index + 1] = "B", "I"
    return out


_NAMES_UNFINISHED = re.compile(r"(?:,|\band|&|\bet|[A-Z][\w'’-]*)[ \t]*$")


# what a line that goes on with a list of names opens with: "Devin, Sanjay", "M. Isard", "Roe AB,"
_NAMES_GO_ON_LINE = re.compile(
    rf"[ \t]*(?:{_INVERTED_NAME.pattern}|{_INITIALS_NAME.pattern}|{_VANCOUVER_NAME.pattern})"
)


# ... or with the last words of a name in natural order and the list's end: "Moe. 2016.",
# "Moe (2016)", "Moe, Ana Roe, and …" (the given name ended the line above)
_NAME_ENDS_ON_LINE = re.compile(
    r"[ \t]*[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2}(?:,[ \t]|\.?[ \t]\(?(?:1[5-9]|20)\d\d\b)"
)


# a list of names cut after a given name and its initial, the family name and its stop on
# the next line ("… and Elizabeth H.\nBoquet. Title.")
_GIVEN_AND_INITIAL_END = re.compile(r"(?:,|\band|&)[ \t]+[A-Z][a-z]+[ \t]+[A-Z]\.[ \t]*$")
_FAMILY_AND_STOP = re.compile(r"[ \t]*[A-Z][\w'’-]+\.[ \t]")


def _names_go_on(entry_so_far: str, following: str) -> bool:
    """Whether ``following`` goes on with the list of names an entry was cut in: the entry so
    far ends inside its names (a comma, "and", "&", a name without a stop) and holds no year
    and no sentence's end yet, and ``following`` opens with a name, or ends the names."""
    if (
        _GIVEN_AND_INITIAL_END.search(entry_so_far) is not None
        and _FAMILY_AND_STOP.match(following) is not None
        and not _SENTENCE_END.search(entry_so_far)
        and not _YEAR_IN_ENTRY.search(entry_so_far)
    ):
        return True  # "…, and Elizabeth H.\nBoquet. Title.": the last name cut after its initial
    return (
        _NAMES_UNFINISHED.search(entry_so_far) is not None
        and not _SENTENCE_END.search(entry_so_far)
        and not _YEAR_IN_ENTRY.search(entry_so_far)
        and (
            _NAMES_GO_ON_LINE.match(following) is not None
            or _NAME_ENDS_ON_LINE.match(following) is not None
        )
    )


def _wrapped_names_continued(
    text: str, spans: list[tuple[int, int]], features: list[list[str]], labels: list[str]
) -> list[str]:
    """``labels`` with a line that continues the names of the entry above kept in it: the
    entry so far holds no year and no sentence's end, and its last line ends inside its list
    of names (a comma, "and", "&", or a name without a stop), as a PDF's text wraps a long
    list of authors ("…, Jeffrey Dean, Matthieu\nDevin, Sanjay Ghemawat, … 2016. Title."),
    which the model may take for a new entry opening with an inverted name."""
    out = list(labels)
    entry_start: int | None = None
    for index in range(len(out)):
        if (
            out[index] == "B"
            and entry_start is not None
            and index > 0
            and "blank=0" in features[index]
        ):
            so_far = text[spans[entry_start][0] : spans[index - 1][1]]
            line = text[spans[index][0] : spans[index][1]]
            if (
                out[index - 1] in ("B", "I")
                and _names_go_on(so_far, line)
                and not _has_markers(line)
            ):
                out[index] = "I"
                continue
        if out[index] == "B":
            entry_start = index
        elif out[index] == "O":
            entry_start = None
    return out


def _joined_where(
    text: str, entries: list[Entry], joins: Callable[[str, Entry], bool]
) -> list[Entry]:
    """``entries`` with each joined to the one before it where no blank line parts them and
    ``joins(text of the entry before, entry)`` holds."""
    out: list[Entry] = []
    for entry in entries:
        if (
            out
            and text.count("\n", out[-1].end, entry.start) <= 1
            and joins(text[out[-1].start : out[-1].end], entry)
        ):
            out[-1] = replace(out[-1], end=entry.end)
            continue
        out.append(entry)
    return out


def _wrapped_names_rejoined(text: str, entries: list[Entry]) -> list[Entry]:
    """``entries`` with one that only continues the names of the entry before it (which ends
    inside its names, holding no year and no sentence's end yet) joined to that entry."""
    return _joined_where(
        text, entries, lambda before, entry: _names_go_on(before, text[entry.start : entry.end])
    )


# Whether segment() uses the line model at all. Measured (README, "The reference parser"):
# the model finds entry boundaries better than the rules on held-out web and synthetic
# blocks; where it would join one-entry-a-line lists (lines that each carry a year or each
# end a sentence), segment() keeps the rules' entries, and so it raises precision on the
# held-out web blocks and on real.jsonl's tune part without lowering recall.
USE_LINE_MODEL = True
# a year of an entry's own, not a page range's number ("18, 1664-1671.")
_YEAR_IN_ENTRY = re.compile(r"(?<![\d–-])(?:1[5-9]|20)\d\d(?![\d–-])")

# Where it is used, blocks with list markers keep the rules, which read them as well.
# Longer than any entry the reader labels: where the model runs a list together into one
# such entry (a layout it has not seen, each line opening with one LaTeX macro), the rules
# segment those lines instead.
LONGEST_ENTRY = 1200


def _has_markers(text: str) -> bool:
    """Whether any line of a block opens with a list marker."""
    blanked = blank_markup(text)
    return any(_opens_with_marker(text, blanked, a, b) for a, b in _lines(text))


# Markers a wrapped line of an entry can open with as well: an author-year entry wrapped
# before its year ("Roe T, Moe J, et al.\n(2013) Title …"), an issue's or an edition's
# number ("Neuron 12\n(3) 45-67.", "… Leipzig,\n2. Aufl. …"), a dash that parts two fields
# ("Title\n– Journal of …")
_WRAP_LIKE_MARKER = re.compile(
    rf"[ \t>]{{0,200}}(?:{_YEAR_AS_MARKER}|\(\d{{1,3}}\)|\d{{1,3}}[.)]|[-–—])"
)
_YEAR_MARKER = re.compile(rf"[ \t>]{{0,200}}{_YEAR_AS_MARKER}")


def _list_marked(text: str) -> bool:
    """Whether a block's lines open with list markers. A number or a year a wrapped line may
    open with as well counts as a list's where two lines or more open with one, or one opens
    the block (after a heading, say); a year (a publication list dates every entry) only as
    two or more."""
    blanked = blank_markup(text)
    numbers = 0
    for n, (a, b) in enumerate(line for line in _lines(text) if text[line[0] : line[1]].strip()):
        if not _opens_with_marker(text, blanked, a, b):
            continue
        if not _WRAP_LIKE_MARKER.match(blanked, a, b):
            return True
        numbers += 1 if n >= 2 or _YEAR_MARKER.match(blanked, a, b) else 2
    return numbers >= 2


# Reference lists whose line breaks were lost (text taken from PDF pages, pasted paragraphs):
# "… 2019. [2] P. Lund and …" with the list's numbers ascending one by one, or author–year
# entries one after another: "… 11–19. Lund, P., & Varga, A. (2020). Reed beds …".
_INLINE_NUMBER = re.compile(r"(?:(?<=[^\S\n])|(?<=^)|(?<=\n))\[(\d{1,3})\](?=[^\S\n]+\S)")
_INLINE_AUTHOR_YEAR = re.compile(
    # (after the stop of the entry before, or the last digit of its pages or DOI)
    # (not at the "and" that joins the last name to the initials before it: "Roe, K. and
    # Moe, P. (2011).")
    r"(?<=[.)\d][^\S\n])(?!(?:and|&)[^\S\n])"
    r"(?=(?:[^\W\d_][\w'’-]{1,30}[^\S\n]){0,2}[^\W\d_][\w'’-]{1,30},"
    r"[^\S\n](?:[A-Z]\.[^\S\n]?){1,3}(?:,?[^\S\n](?:&[^\S\n]|and[^\S\n])?"
    r"[^\W\d_][\w'’-]{1,30},[^\S\n](?:[A-Z]\.[^\S\n]?){1,3}){0,8},?[^\S\n]?"
    r"\((?:1[5-9]|20)\d\d[a-z]?\)\.)"
)
# The other styles' author lists before their year, as entries open after the stop of the one
# before: "Roe, A., Moe, B., 2016." (Elsevier), "Roe, A., B. Moe, and C. Poe. 2016." (AMS),
# "Ana Roe, Ben Moe, and Cy Poe. 2016." (ACM), "Roe A, Moe B (2016) Title" (Springer); names
# of four shapes, parted by commas, "and" or "&".
_NAME_SHAPES = (
    r"(?:[^\W\d_][\w'’-]{1,30},[^\S\n](?:[A-Z]\.[^\S\n]?-?){1,3}"  # Roe, A.
    r"|(?:[A-Z]\.[^\S\n]?-?){1,3}[^\S\n]?[A-Z][\w'’-]{1,30}"  # A. Roe
    r"|[A-Z][a-z'’-]{1,20}[^\S\n](?:[A-Z]\.[^\S\n])?[A-Z][\w'’-]{1,30}"  # Ana Roe
    r"|[A-Z][\w'’-]{1,30}[^\S\n][A-Z]{1,3}"  # Roe AB
    r"|[A-Z][\w'’-]{1,30},[^\S\n][A-Z][a-z'’-]{1,20}(?:[^\S\n][A-Z]\.)?)"  # Roe, Ana (B.)
)
# (AAAI's names are parted by semicolons: "Roe, A.; Moe, B.; and Poe, C. 2016.")
_NAMES_SEPARATOR = r"(?:[,;]?[^\S\n](?:and[^\S\n]|&[^\S\n])|[,;][^\S\n]?)"
_INLINE_NAMES_YEAR = re.compile(
    rf"(?<=[.)\d][^\S\n])(?={_NAME_SHAPES}(?:{_NAMES_SEPARATOR}{_NAME_SHAPES}){{0,10}}"
    r"(?:,?[^\S\n]et[^\S\n]al\.?)?"
    # (the year after a stop, or after the last name's initial: "…, and Vik, T. 2016.")
    r"(?:(?:[.,]|(?<=\.))[^\S\n](?:1[5-9]|20)\d\d[a-z]?\.|[^\S\n]\((?:1[5-9]|20)\d\d[a-z]?\)[^\S\n.]))"
)
# ... and the author lists of styles that date their entries after the title, as entries open
# after the stop of the one before: before a quoted title ("Roe, Ana, and Ben Moe. “Title.”
# Journal 4 (2016): 1–9.", Chicago's and MLA's), or after an entry that ends with its year
# ("…, 2016. A. Roe and B. Moe. Title. In …", the machine-learning conferences')
_INLINE_NAMES_QUOTED = re.compile(
    rf"(?<=[.)\d][^\S\n])(?={_NAME_SHAPES}(?:{_NAMES_SEPARATOR}{_NAME_SHAPES}){{0,10}}"
    r"(?:,?[^\S\n]et[^\S\n]al\.?)?[.,]?[^\S\n][“\"])"
)
_INLINE_NAMES_AFTER_YEAR = re.compile(
    rf"(?<=(?:1[5-9]|20)\d\d\.[^\S\n])(?={_NAME_SHAPES}"
    rf"(?:{_NAMES_SEPARATOR}{_NAME_SHAPES}){{0,10}}(?:,?[^\S\n]et[^\S\n]al\.?)?\.?[^\S\n][A-Z])"
)
# ... and Springer's LNCS, whose entries end with the year in brackets and whose names end with
# a colon: "… pp. 1–9 (2019) Roe, A., Moe, B.: Title. In: …"
_INLINE_NAMES_COLON = re.compile(
    rf"(?<=\((?:1[5-9]|20)\d\d\)[^\S\n])(?={_NAME_SHAPES}"
    rf"(?:{_NAMES_SEPARATOR}{_NAME_SHAPES}){{0,10}}(?:,?[^\S\n]et[^\S\n]al\.?)?:[^\S\n])"
)
# ... and Vancouver's, whose names carry their initials without stops and end with a stop
# before the title, as entries open after the pages of the one before: "… 2011;12(3):44-51.
# Roe AB, Moe C, et al. Title. …"
_VANCOUVER_NAME_SHAPE = r"[A-Z][\w'’-]{1,30}(?:[^\S\n][A-Z][\w'’-]{1,30})?[^\S\n][A-Z]{1,3}"
_INLINE_VANCOUVER = re.compile(
    rf"(?<=[.)\d][^\S\n])(?={_VANCOUVER_NAME_SHAPE}(?:,[^\S\n]{_VANCOUVER_NAME_SHAPE}){{0,10}}"
    r"(?:,?[^\S\n]et[^\S\n]al)?\.[^\S\n][A-Z])"
)
# ... and the styles that date an entry in brackets at its end (Nature's "… 12, 44–51 (2011).
# Roe, A. & Moe, B. Title. …"), that name their authors initials first before a comma and the
# title (Elsevier's unnumbered "… 44–51. A. Roe, B. Moe, Title, …"), and ISO 690's and ABNT's
# family names in capitals ("… 44-51. ROE, Ana; MOE, Ben. Title. …")
_INLINE_NAMES_AFTER_BRACKETED_YEAR = re.compile(
    rf"(?<=\((?:1[5-9]|20)\d\d\)\.[^\S\n])(?={_NAME_SHAPES}"
    rf"(?:{_NAMES_SEPARATOR}{_NAME_SHAPES}){{0,10}}(?:,?[^\S\n]et[^\S\n]al\.?)?\.?[^\S\n][A-Z])"
)
_INITIALS_FIRST = r"(?:[A-Z]\.[^\S\n]?-?){1,3}[A-Z][\w'’-]{1,30}"
_INLINE_INITIALS_COMMA = re.compile(
    rf"(?<=\d\.[^\S\n])(?={_INITIALS_FIRST}(?:,[^\S\n]{_INITIALS_FIRST}){{0,10}}"
    r"(?:,?[^\S\n]et[^\S\n]al\.?)?,[^\S\n][A-Z])"
)
# a name as ISO 690 and ABNT write it, the family name in capitals and the given names (or
# their initials) after a comma: "ROE, Ana", "MOE, B. K." (the labeller's reading uses it too)
CAPITALS_NAME = r"[A-Z][A-Z'’-]{1,30},[ \t]+[A-Z][a-z'’-]*\.?(?:[ \t][A-Z][a-z'’-]*\.?){0,2}"
_INLINE_CAPITALS_NAMES = re.compile(
    rf"(?<=[.)\d][^\S\n])(?={CAPITALS_NAME}(?:;[^\S\n]{CAPITALS_NAME}){{0,10}}"
    r"(?:\.|(?<=\.))[^\S\n][A-Z])"
)
_NAMES_AT_START = re.compile(_NAME_SHAPES)
# a heading run into the list's first entry: "References [1] …", "REFERENCES Castellan, M., …"
_INLINE_HEADING = re.compile(
    r"[^\S\n]*(?:References|REFERENCES|Bibliography|BIBLIOGRAPHY|Literature[^\S\n]+Cited"
    r"|Works[^\S\n]+Cited)[:.]?([^\S\n])(?=\S)"
)
RUN_TOGETHER_LINE = 200  # a line this long may hold several entries


_INLINE_DOTTED_NUMBER = re.compile(
    r"(?:(?<=[.;)][^\S\n])|(?<=^)|(?<=\n)|(?<=[^\S\n]))(\d{1,3})\.(?=[^\S\n]+"
    # (a capital, or a quoted title's, or a family name's particle: "4. van Roe, A. …")
    r"(?:[“\"‘']?[A-Z]|(?:van|von|de|da|di|du|del|della|der|den|la|le|ten|ter)[^\S\n]))"
)


def _consecutive_run(numbers: list[tuple[int, re.Match[str]]]) -> list[re.Match[str]]:
    """The longest run of matches whose numbers go up one by one (n, n+1, n+2, …) in order,
    a number missing here and there (an entry whose number the text lost or garbled: "…
    2009. 4 8 Roe, A. …"), one missing for three steps at most (prose's "1. … 3. … 5." is no
    run); one pass, each match extending the run that waits for its number, or else one that
    waits for the number before it."""
    waiting: dict[int, list[tuple[int, re.Match[str]]]] = {}
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for number, m in numbers:
        run = waiting.get(number)
        if run is None or run[-1][0] != number - 1:
            run = waiting.get(number - 1)
            if run is None or run[-1][0] != number - 2:
                run = []
                runs.append(run)
        run.append((number, m))
        for ahead in (number + 1, number + 2):
            # (the longer run waits where two would)
            there = waiting.get(ahead)
            if there is None or there[-1][0] != number or len(there) < len(run):
                waiting[ahead] = run
    best: list[tuple[int, re.Match[str]]] = []
    for run in runs:
        missing = run[-1][0] - run[0][0] + 1 - len(run)
        if len(run) > len(best) and missing * 3 <= len(run) - 1:
            best = run
    return [m for _, m in best]


def _numbered_openings(text: str, a: int, b: int) -> list[int]:
    """Where ``[n]`` opens an entry in ``text[a:b]``: the numbers going up one by one from
    the first."""
    openings: list[int] = []
    expected = None
    for m in _INLINE_NUMBER.finditer(text, a, b):
        number = int(m[1])
        if expected is None or number == expected:
            openings.append(m.start())
            expected = number + 1
    return openings


def _dotted_openings(text: str, a: int, b: int) -> list[int]:
    """Where ``n.`` opens an entry: "1. Roe J. Title. Journal. 2001;3:1-9. 2. Moe K. …",
    numbers with a full stop going up one by one (three at least, so that a "2. " of prose is
    none)."""
    dotted = [(int(m[1]), m) for m in _INLINE_DOTTED_NUMBER.finditer(text, a, b)]
    run = _consecutive_run(dotted)
    return [m.start() for m in run] if len(run) >= 3 else []


# a first author inverted with a given name in full: "Lund, Kari, and …" (not "Lund, Sweden")
_INVERTED_GIVEN = re.compile(r"[A-Z][\w'’-]{1,30},[^\S\n]([A-Z][a-z'’-]{1,20})\b(?!\.)")


def _inverted_given(text: str, start: int) -> bool:
    """Whether the names at ``start`` open with an initial, or with a family name and a given
    name that names no place (a country, a region, a known city: "Lund, Sweden", "Springer,
    Berlin"). A given name the list of given names lacks counts too: an opening counts only
    with others of its kind (``_author_year_openings`` asks for three)."""
    # (imported here, not at the top: the registry imports this module, and places and persons
    # import the registry through extractors.base)
    from extractors import places
    from extractors.persons import known_given_names

    inverted = _INVERTED_GIVEN.match(text, start)
    if inverted is None:
        return True
    given = inverted[1]
    return (
        not places.is_country(given)
        and not places.region_name(given)
        and (given.lower() in known_given_names() or not places.is_known_city(given))
    )


def _author_year_openings(text: str, a: int, b: int) -> list[int]:
    """Where an author list with its year in brackets opens an entry (two at least), or an
    author list of another style with its year or its quoted title after it, or after an
    entry's closing year (three at least)."""
    # (the first entry follows no stop: it opens the line, or the list's heading run into it)
    opened = _line_opening(text, a, b) is not None
    starts = [m.start() for m in _INLINE_AUTHOR_YEAR.finditer(text, a, b)]
    if len(starts) + opened >= 2:
        return starts
    # (one opening per author list: the names after each of its commas read as a list too,
    # "Roe, A., K. Moe, | L. Tull, | and P. Vale. 2012.", and all close at the same mark)
    by_close: dict[int, int] = {}
    for pattern in (
        _INLINE_NAMES_YEAR,
        _INLINE_NAMES_QUOTED,
        _INLINE_NAMES_AFTER_YEAR,
        _INLINE_NAMES_COLON,
        _INLINE_VANCOUVER,
        _INLINE_NAMES_AFTER_BRACKETED_YEAR,
        _INLINE_INITIALS_COMMA,
        _INLINE_CAPITALS_NAMES,
    ):
        for m in pattern.finditer(text, a, b):
            if _inverted_given(text, m.start()):
                close = _NAMES_CLOSE.search(text, m.start(), b)
                key = close.start() if close else b
                by_close[key] = min(by_close.get(key, m.start()), m.start())
    others = sorted(set(by_close.values()))
    return others if len(others) + opened >= 3 else []


# What closes an author list in the styles above: its year, a quoted title, LNCS's colon.
_NAMES_CLOSE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|[“\":]")


# The marks the openings below leave, looked for first: a bracketed number, a number with a
# full stop after a stop, a year in brackets before a full stop or the pages, a year after a
# stop or before the pages.
_OPENING_HINT = re.compile(
    r"\[\d{1,3}\]|[.;)][^\S\n]\d{1,3}\.[^\S\n]|\((?:1[5-9]|20)\d\d[a-z]?\)[.\s]"
    r"|[.,][^\S\n](?:1[5-9]|20)\d\d[a-z]?\."
    # (a year in brackets before the pages, Chicago's "4 (2016): 1–9", or a year and the
    # pages after it, MLA's "2016, pp. 1–9")
    r"|\((?:1[5-9]|20)\d\d\):|,[^\S\n](?:1[5-9]|20)\d\d,[^\S\n]pp?\."
    # (Vancouver's year before the volume: "2011;12(3):44-51."; ISO 690's between commas:
    # "Journal, 2011, 12(3), 44-51.")
    r"|\.[^\S\n](?:1[5-9]|20)\d\d;|,[^\S\n](?:1[5-9]|20)\d\d,[^\S\n]\d"
)


def entry_openings(text: str, a: int, b: int) -> list[int]:
    """Where the entries of a reference list run together on one line (a PDF's text, a pasted
    paragraph) open inside ``text[a:b]``, in order; none where ``text[a:b]`` reads as no such
    list (fewer than two entries)."""
    if len(_OPENING_HINT.findall(text, a, b)) < 2:
        return []  # cheap: each kind of opening leaves a mark of its own
    openings = sorted(
        {*_numbered_openings(text, a, b), *_dotted_openings(text, a, b)}
        | set(_author_year_openings(text, a, b))
    )
    first = _line_opening(text, a, b)
    if openings and first is not None and first < openings[0]:
        openings.insert(0, first)
    return openings if len(openings) >= 2 else []


def _line_opening(text: str, a: int, b: int) -> int | None:
    """Where a list's first entry opens on the first line that starts in ``text[a:b]``, where
    no stop comes before it: after a heading run into it ("Bibliography Roe, Ana. “T.” …"),
    or at the line's start, where names open it (a list's text, or a unit of it read apart)."""
    at = a if a == 0 or text[a - 1] == "\n" else text.find("\n", a, b) + 1
    if at == 0 and a != 0:
        return None
    if heading := _INLINE_HEADING.match(text, at, b):
        return heading.end()
    return at if _NAMES_AT_START.match(text, at, b) else None


def break_run_together(text: str) -> str:
    """``text`` with a line break put (for a space, so offsets hold) before each entry of a
    reference list run into one line: before ``[n]`` where the numbers go up one by one from
    the line's first, and before an author list with its year in brackets where the line holds
    three such lists at least."""
    long_lines = [(a, b) for a, b in _lines(text) if b - a > RUN_TOGETHER_LINE]
    if not long_lines:
        return text
    chars = list(text)
    for a, b in long_lines:
        for at in _numbered_openings(text, a, b)[1:]:
            chars[at - 1] = "\n"
        for at in _dotted_openings(text, a, b):
            if at > a and text[at - 1] == " ":
                chars[at - 1] = "\n"
        if heading := _INLINE_HEADING.match(text, a, b):
            chars[heading.start(1)] = "\n"
        for at in _author_year_openings(text, a, b):
            chars[at - 1] = "\n"
    return "".join(chars)


_BLANK_LINE_BEFORE = re.compile(r"\n[^\S\n]*\n[^\S\n]*$")
_BLANK_LINE_AFTER = re.compile(r"[^\S\n]*\n[^\S\n]*\n")


def _is_paragraph(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` runs from a blank line (or the text's start) to a blank line
    (or its end), with no blank line inside."""
    before = text[max(0, start - 200) : start]
    opens = not before.strip() or _BLANK_LINE_BEFORE.search(before) is not None
    after = text[end : end + 200]
    closes = not after.strip() or _BLANK_LINE_AFTER.match(after) is not None
    return opens and closes and layout.BLANK_LINE.search(text, start, end) is None


# a line that opens with a year and a volume or pages: "2010;285:1024-30.", "2011; 43: 77–85."
# (maybe after the journal's abbreviated name: "Nat Geosci. 2019;12:455–61.")
_VENUE_LINE = re.compile(
    r"[ \t]*(?:[A-Z][A-Za-z]{0,14}\.?[ \t]){0,6}(?:1[5-9]|20)\d\d[a-z]?[ \t]*[;:(][ \t]*\d"
)
# a line that opens with a book's edition, which a wrapped entry puts after its title ("3rd ed.
# New York: Press, 2004."): no entry opens so
_EDITION_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}(?:st|nd|rd|th)|[Rr]ev(?:ised)?\.?|[Nn]ew)[ \t]+(?:ed|edn|edition)\b"
)


# a line that is a book's imprint alone, its place, its publisher and its year ("Princeton:
# Princeton University Press, 2000."), which a wrapped entry puts under its title
_IMPRINT_LINE = re.compile(
    r"[ \t]*[A-Z][\w.'’-]+(?:,?[ \t][A-Z][\w.'’-]+){0,3}:[ \t]+[^\n:]{0,60}?"
    r"\b(?:Press|Publish\w*|Books|Verlag|[ÉE]ditions|Editora|Editorial|Sons|Inc\.?|Ltd\.?"
    r"|Company|House|Wiley|Springer|Elsevier|Routledge|Macmillan|Penguin|Norton|Knopf)\b"
    r"[^\n:]{0,40}?,?[ \t]+(?:1[5-9]|20)\d\d[a-z]?\.?[ \t]*"
)


def _book_lines_rejoined(text: str, entries: list[Entry]) -> list[Entry]:
    """``entries`` with one that opens with a book's edition, or that is an imprint alone
    under an entry that gives no year yet, joined to the entry before it."""

    def joins(before: str, entry: Entry) -> bool:
        if _EDITION_LINE.match(text, entry.start) is not None:
            return True
        return (
            _IMPRINT_LINE.fullmatch(text, entry.start, entry.end) is not None
            and _YEAR_IN_ENTRY.search(before) is None
        )

    return _joined_where(text, entries, joins)


# an entry's names and year alone on its line, its title on the next: a page's narrow column
# wraps "Roe, A., Moe, B., and Poe, C. (2018).\nLearning sparse …" there
_ENDS_AT_YEAR = re.compile(
    r"(?:\((?:1[5-9]|20)\d\d[a-z]?\)|(?<=[.,])[ \t](?:1[5-9]|20)\d\d[a-z]?)[.:]?[ \t]*$"
)
_NAMES_AND_YEAR_REACH = 400  # characters of an author list before its year


# a line of names in natural order and the year alone: "Ana Roe, Ben B. Moe, and Cy Li. 2019."
_FULL_NAME = r"[A-Z][a-z'’-]+(?:[ \t](?:[A-Z]\.[ \t]?)+)?(?:[ \t][A-Z][\w'’-]+){1,2}"
_FULL_NAMES_AND_YEAR_LINE = re.compile(
    rf"[ \t]*{_FULL_NAME}(?:(?:,|,?[ \t]and|,?[ \t]&)[ \t]{_FULL_NAME})*(?:,?[ \t]et[ \t]al\.)?"
    r"[.,]?[ \t]\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.:]?[ \t]*"
)


def _names_and_year_only(line: str) -> bool:
    """Whether ``line`` holds an entry's author list and its year and nothing after them (no
    colon or quote before the year: those open a title, "Roe, A., VHDL: Design, Press, 1989.")."""
    if len(line) > _NAMES_AND_YEAR_REACH:
        return False
    if _FULL_NAMES_AND_YEAR_LINE.fullmatch(line) is not None:
        return True
    if _NAMES_GO_ON_LINE.match(line) is None or (year := _ENDS_AT_YEAR.search(line)) is None:
        return False
    return _TITLE_OPENER.search(line, 0, year.start()) is None


_TITLE_OPENER = re.compile(r":[^\S\n]|[“\"«]")


def _titles_rejoined(text: str, entries: list[Entry]) -> list[Entry]:
    """``entries`` with one that opens with no name joined to the entry before it where that
    entry is one line of names and a year, or of a Vancouver list of names alone with its stop
    (no blank line between): the title and venue it was cut from."""

    def joins(before: str, entry: Entry) -> bool:
        before = before.strip()
        return (
            "\n" not in before
            and (
                _names_and_year_only(before) or _VANCOUVER_NAMES_LINE.fullmatch(before) is not None
            )
            and _NAMES_GO_ON_LINE.match(text, entry.start) is None
            and _PARTICLE_NAME.match(text, entry.start) is None
            and not _has_markers(text[entry.start : entry.end])
        )

    return _joined_where(text, entries, joins)


# a family name with its particles, inverted: "Vander Linden, K.", "De Schreye, D.", "van Dam, A."
# (the particles written here, not read from extractors/data: this module may not import
# extractors.base, which the registry that imports it imports)
_PARTICLE_NAME = re.compile(
    r"[^\S\n]*(?i:van|von|vander|vanden|de|del|della|der|den|di|da|dos|du|la|le|ter|ten)"
    r"(?:[^\S\n]+(?i:der|den|la|le))?[^\S\n]+[A-Z][\w'’-]{1,30},[^\S\n]{1,3}(?:[A-Z]\.|[A-Z][a-z])"
)

# a line that opens with a family name, a comma and an initial: "Roe, J.", "van Moe, K. L."
_OPENS_WITH_INVERTED_NAME = re.compile(
    r"[^\S\n]*(?:[a-z]{1,3}[^\S\n]+)?[A-Z][\w'’-]+,[^\S\n]+[A-Z]\."
)


def segment(text: str) -> list[Entry]:
    """The entries of a block of text, in order (lines that belong to none are left out)."""
    text = break_run_together(text)
    return _book_lines_rejoined(text, _titles_rejoined(text, _segment(text)))


_YEAR_HEADING = re.compile(r"[^\S\n]*(?:1[5-9]|20)\d\d[^\S\n]*:?[^\S\n]*")


def _heads_a_year(text: str, piece: Entry, entry: Entry) -> bool:
    """Whether ``piece`` is a year alone (no full stop after it: "2019." may end a wrapped
    entry) at ``entry``'s head or after a blank line."""
    if _YEAR_HEADING.fullmatch(text, piece.start, piece.end) is None:
        return False
    before = text[max(0, piece.start - 200) : piece.start]
    return piece.start == entry.start or _BLANK_LINE_BEFORE.search(before) is not None


def _segment(text: str) -> list[Entry]:
    if not USE_LINE_MODEL:
        return segment_by_rules(text)
    tagger = _shipped_segmenter()
    if tagger is None or _list_marked(text):
        return segment_by_rules(text)
    entries = segment_by_model(text, tagger)
    by_rules = segment_by_rules(text)
    paragraphs = layout.BLANK_LINE.search(text.strip()) is not None
    out: list[Entry] = []
    for entry in entries:
        inside = [e for e in by_rules if entry.start <= e.start and e.end <= entry.end]
        # a year alone on its line, at the entry's head or after a blank line, heads a
        # publication list's year ("2020\nRoe, A. Title. …"): no part of an entry
        headings = [e for e in inside if _heads_a_year(text, e, entry)]
        if headings and len(headings) < len(inside):
            inside = [e for e in inside if e not in headings]
            entry = replace(entry, start=inside[0].start, end=inside[-1].end)
        # too long for one entry, or several lines the rules keep apart that each carry a year
        # of their own: one-entry-a-line lists the model would join
        dated = sum(1 for e in inside if _YEAR_IN_ENTRY.search(text, e.start, e.end))
        # ... or lines that each end a sentence ("Title. Given Surname, et al."), unless blank
        # lines part the block's entries and a piece runs over lines (an author-year line, then
        # a title line and a venue line, each ending on a full stop: one entry)
        wrapped = any("\n" in text[e.start : e.end].strip() for e in inside)
        # ... or the model's entry is one whole paragraph between blank lines (a wrapped
        # entry: "Roe AB. Title.\nJournal. 2001;3:1-9.")
        # (a piece that opens with the year and volume, "2010;285:1024-30.", is the venue's
        # line of a wrapped entry, not an entry)
        closed = (
            all(text[e.start : e.end].rstrip().endswith(".") for e in inside)
            and not any(_VENUE_LINE.match(text, e.start, e.end) for e in inside[1:])
            and not (paragraphs and (wrapped or _is_paragraph(text, entry.start, entry.end)))
        )
        # ... or three lines or more that each open with a family name and initials and end a
        # sentence: one entry a line, even as a whole paragraph ("Roe, J. Title. Neuron 40:
        # 1-9.\nMoe, K. Title. …", a publication list that gives no years)
        named = len(inside) >= 3 and all(
            _OPENS_WITH_INVERTED_NAME.match(text, e.start, e.end)
            and text[e.start : e.end].rstrip().endswith(".")
            for e in inside
        )
        if entry.end - entry.start > LONGEST_ENTRY or (
            len(inside) >= 2 and (dated >= 2 or closed or named)
        ):
            out += _wrapped_names_rejoined(text, inside)
        else:
            out.append(entry)
    return out
