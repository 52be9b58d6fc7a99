"""Entries whose format names their fields: R ``CITATION`` files (``bibentry(...)``,
``citEntry(...)`` with ``person(...)`` authors and a ``textVersion``), the text R renders from
them (``Jane Roe (2018). pkg: Title. R package version 1.0.``) and ``CITATION.cff``
(``title:`` and ``authors:`` / ``- family-names:``). BibTeX is read by the paper_title
extractor itself; ``.bbl`` entries go through the segmenter (``\\bibitem`` opens an entry).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.normalize import match_key
from extractors.references.labeller import clean_entry_title, read_entry, shipped_labeller
from extractors.references.names import first_author_family
from extractors.references.reader import cut_place_of_publication, cut_publisher_and_place

_R_CALL = re.compile(r"\b(?:bibentry|citEntry)\s*\(")
_R_STRING = r"\"((?:[^\"\\]|\\.){0,2000})\""
_R_TITLE = re.compile(rf"\btitle\s*=\s*{_R_STRING}")
_R_AUTHOR = re.compile(r"\bauthor\s*=")
_R_PERSON = re.compile(r"\b(?:as\.)?person\s*\(")
_R_STRINGS = re.compile(_R_STRING)
_R_NAMED = re.compile(rf"\b(given|family)\s*=\s*(?:c\(\s*)?{_R_STRING}")
_R_TEXT_VERSION = re.compile(r"\btextVersion\s*=")
_MAX_CALL = 8000


@dataclass(frozen=True)
class Formatted:
    start: int
    end: int
    title_start: int
    family: str
    title: str


def _call_end(text: str, open_paren: int) -> int:
    """The offset after the parenthesis closing the call opened at ``open_paren``, skipping
    strings; the end of the scanned reach when it never closes."""
    depth, i, limit = 0, open_paren, min(len(text), open_paren + _MAX_CALL)
    while i < limit:
        c = text[i]
        if c == '"':
            close = text.find('"', i + 1, limit)
            while close != -1 and text[close - 1] == "\\":
                close = text.find('"', close + 1, limit)
            if close == -1:
                return limit
            i = close
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return limit


def _r_first_family(call: str) -> str | None:
    """The first author's family name of a bibentry's ``author =`` argument."""
    author = _R_AUTHOR.search(call)
    if not author:
        return None
    rest = call[author.end() :]
    person = _R_PERSON.search(rest, 0, 400)
    if person is None:  # author = "Given Family and Other"
        plain = _R_STRINGS.match(rest.lstrip())
        return first_author_family(plain.group(1).split(" and ")[0]) if plain else None
    body = rest[person.end() : _call_end(rest, person.end() - 1) - 1]
    named = dict((m.group(1), m.group(2)) for m in _R_NAMED.finditer(body))
    if "family" in named:
        return named["family"].strip(" ,{}") or None
    strings = [m.group(1) for m in _R_STRINGS.finditer(body)]
    if not strings:
        return None
    if len(strings) == 1 or rest[person.start() : person.end()].startswith("as."):
        return first_author_family(strings[0].replace("{", "").replace("}", ""))
    if strings[0].rstrip().endswith(","):  # person("Family,", "Given")
        return strings[0].strip(" ,")
    # person(given, family), given possibly c("A", "B"): the family is the first string
    # after the given names' vector
    if re.match(r"\s*c\s*\(", body):
        after = body[_call_end(body, body.index("(")) :]
        family = _R_STRINGS.search(after)
        return family.group(1).strip() if family else None
    return strings[1].strip() or None


def _text_version(call: str) -> tuple[int, str] | None:
    """The offset and text of a bibentry's ``textVersion`` (pasted strings joined)."""
    found = _R_TEXT_VERSION.search(call)
    if not found:
        return None
    strings = list(_R_STRINGS.finditer(call, found.end(), min(len(call), found.end() + 3000)))
    if not strings:
        return None
    # the strings up to the closing of the textVersion argument: stop at a named argument
    following = re.search(r",\s*\w+\s*=", call[found.end() :])
    limit = found.end() + following.start() if following else len(call)
    parts = [m for m in strings if m.start() < limit]
    return (parts[0].start(1), " ".join(m.group(1) for m in parts)) if parts else None


def read_r_citations(text: str) -> Iterator[Formatted]:
    """(first author, title) of every ``bibentry``/``citEntry`` and of its ``textVersion``."""
    for call in _R_CALL.finditer(text):
        end = _call_end(text, call.end() - 1)
        body = text[call.start() : end]
        title = _R_TITLE.search(body)
        family = _r_first_family(body)
        value = clean_entry_title(title.group(1)) if title else ""
        if title and value and family:
            yield Formatted(call.start(), end, call.start() + title.start(1), family, value)
        version = _text_version(body)
        if not version:
            continue
        offset, citation = version
        at = call.start() + offset
        if value and family and match_key(value) in match_key(citation):
            # the plain citation restates the entry: its title is the entry's
            yield Formatted(at, at + len(citation), at, family, value)
            continue
        reading = read_entry(shipped_labeller(), citation)
        if reading and reading.confidence >= 0.8:
            yield Formatted(at, at + len(citation), at, reading.family, reading.title)


_CFF_KEY = re.compile(r"^(?P<indent>[ \t]*(?:-[ \t]+)?)(?P<key>[\w-]+):[ \t]*(?P<value>.*)$", re.M)


def _yaml_scalar(value: str) -> str:
    return value.strip().strip("'\"").strip()


def read_cff(text: str) -> Iterator[Formatted]:
    """(first author, title) of a CITATION.cff and of its ``preferred-citation`` and
    ``references`` items: each ``title:`` with the first author of the ``authors:`` list at
    the same level."""
    if "cff-version" not in text and "family-names:" not in text:
        return
    keys = [
        _Key(
            m.start(),
            m.end(),
            len(m.group("indent")),
            "-" in m.group("indent"),
            m["key"],
            m["value"],
        )
        for m in _CFF_KEY.finditer(text)
    ]
    for index, key in enumerate(keys):
        if key.name != "title":
            continue
        title = _yaml_scalar(key.value)
        raw = key.value.strip()
        if raw and raw[0] in "\"'" and (len(raw) == 1 or not raw.endswith(raw[0])):
            # a quoted title folded over lines: 'title: "Counting Herons from\n  Low Orbit"'
            closing = text.find(raw[0], key.end, key.end + 600)
            if closing != -1:
                title = " ".join(text[key.start : closing].split(raw[0], 1)[1].split())
        if title in ("", ">", ">-", "|", "|-"):
            following = text[key.end : key.end + 600].split("\n")[1:4]
            title = " ".join(line.strip() for line in following if line.strip() and ":" not in line)
        # the record: the neighbouring keys at this level or deeper, up to a new list item
        # or a key less indented
        low = index
        while (
            low > 0
            and keys[low - 1].level >= key.level
            and not (keys[low].item and keys[low].level == key.level)
        ):
            low -= 1
        high = index
        while (
            high + 1 < len(keys)
            and keys[high + 1].level >= key.level
            and not (keys[high + 1].item and keys[high + 1].level <= key.level)
        ):
            high += 1
        family = None
        for j in range(low, high + 1):
            if keys[j].name == "authors" and keys[j].level == key.level:
                family = _cff_first_author(keys[j + 1 : high + 1])
                break
        title = clean_entry_title(title)
        if family and title:
            yield Formatted(keys[low].start, keys[high].end, key.start, family, title)


@dataclass(frozen=True)
class _Key:
    start: int
    end: int
    level: int  # indentation, a list item's dash included
    item: bool  # opens a list item ("- family-names: …")
    name: str
    value: str


def _cff_first_author(keys: list[_Key]) -> str | None:
    """The family name (with its particle) or the entity name of the first author item."""
    if not keys:
        return None
    particle = family = None
    for position, key in enumerate(keys):
        if position and key.item:
            break  # the next author
        if key.level < keys[0].level - 2:
            break
        if key.name == "family-names":
            family = _yaml_scalar(key.value)
        elif key.name == "name-particle":
            particle = _yaml_scalar(key.value)
        elif key.name == "name" and family is None:
            family = _yaml_scalar(key.value)
    if not family:
        return None
    return f"{particle} {family}" if particle else family


# What R's citation() prints: "Jane M Roe (2018). herons: Counting Herons from Orbit. R package
# version 1.2.0.", "Roe JM (2018). _herons: …_." One entry a line (maybe quoted);
# the title is the sentence after the year, ending the line or followed by the package version,
# a URL or a DOI.
_RENDERED_R = re.compile(
    r"(?m)^[^\S\n]*(?:>[^\S\n]*)?(?P<authors>[A-Z][^()\n]{1,300}?)[^\S\n]+"
    r"\((?:19|20)\d\d[a-z]?\)\.[^\S\n]+_?"
    # (a quoted title is another style's: '(2023). "Title." Venue')
    r"(?P<title>[^\s._?!\"“'‘][^\n.?!]{2,300}?(?:\.[^\s.?!][^\n.?!]{0,300}?)*[?!]?)_?"
    r"\.(?=[^\S\n]+(?:R[^\S\n]+package[^\S\n]+version|URL\b|<?https?://|doi:)|[^\S\n]*$)"
)


def read_rendered_r_citations(text: str) -> Iterator[Formatted]:
    """Entries as R renders them (``Names (Year). Title. R package version …``)."""
    if "(" not in text:
        return
    for m in _RENDERED_R.finditer(text):
        if _SENTENCE_END.search(m["authors"]) or _PROSE_WORD.search(m["authors"]):
            continue  # "Title. Names. Journal, in press (2025).", or a sentence of prose
        title = _MEDIUM.sub("", m["title"]).strip()
        if title and not text[m.end() : m.end() + 1].strip():
            # the title closes its line, as an author-year entry's would: the publisher and the
            # place run into it ("Title, University Press, Canberra.") are cut
            end = f"{title[-1]}."
            title = cut_place_of_publication(cut_publisher_and_place(title, end), end)
        family = first_author_family(m["authors"])
        if family and len(title.split()) >= 2:
            yield Formatted(m.start(), m.end(), m.start("title"), family, title)


# A lower-case word of four letters or more is no part of a name (particles are shorter).
_PROSE_WORD = re.compile(r"\b(?!della\b|dello\b)[a-z]{4,}\b")
# A word's full stop inside the names ends a sentence (an initial's does not).
_SENTENCE_END = re.compile(r"[a-z]{2}\.\s")
# "[Online]", "[Computer software]": the medium after a title, no part of it
_MEDIUM = re.compile(r"\s*\[[^\[\]\n]{1,30}\]$")


# A wiki's citation templates, which a dump of its source keeps: "{{cite journal |last=Roe
# |first=Ana |title=Counting herons |journal=…}}", "{{Cite book | author = Ana Roe | title = …}}",
# "{{citation |vauthors=Roe A, Moe B |title=…}}". A chapter's own title is the work's (the book's
# "title" is its container's).
_WIKI_CITE = re.compile(
    r"\{\{[^\S\n]*(?:[Cc]ite[ _][A-Za-z][A-Za-z ]{1,20}?|[Cc]itation)[^\S\n]*\|"
)
_WIKI_FIELD = re.compile(
    r"[^\S\n]*(?P<key>[\w-]{1,30})[^\S\n]*=[^\S\n]*(?P<value>[^\n]*?)\s*$", re.S
)
_WIKI_MARKUP = re.compile(r"'{2,5}|\[\[(?:[^\[\]|\n]{1,200}\|)?|\]\]")
_MAX_TEMPLATE = 4000
# the first author's family name, from the first key of these that the template holds
_FAMILY_KEYS = (
    "last",
    "last1",
    "surname",
    "surname1",
    "author-last",
    "author-last1",
    "author1-last",
)
_NAME_KEYS = ("author", "author1", "authors", "vauthors")


def _template_fields(text: str, start: int, end: int) -> dict[str, tuple[str, int]]:
    """The fields of a template's body ``text[start:end]``: each key with its value and the
    value's offset, parted by the bars outside links and inner templates."""
    fields: dict[str, tuple[str, int]] = {}
    depth, piece_start = 0, start
    for i in range(start, end + 1):
        char = text[i] if i < end else "|"
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
        elif char == "|" and depth <= 0:
            if m := _WIKI_FIELD.match(text, piece_start, i):
                fields.setdefault(m["key"].lower(), (m["value"], m.start("value")))
            piece_start = i + 1
    return fields


def read_wiki_citations(text: str) -> Iterator[Formatted]:
    """(first author, title) of each citation template of a wiki's source."""
    if "{{" not in text:
        return
    for m in _WIKI_CITE.finditer(text):
        close = text.find("}}", m.end(), m.end() + _MAX_TEMPLATE)
        # (an inner template closes first: "{{cite web |date={{date|2019}} |…}}")
        while close != -1 and text.count("{{", m.end(), close) > text.count("}}", m.end(), close):
            close = text.find("}}", close + 2, m.end() + _MAX_TEMPLATE)
        if close == -1:
            continue
        fields = _template_fields(text, m.end(), close)
        family = next(
            (_WIKI_MARKUP.sub("", fields[k][0]).strip() for k in _FAMILY_KEYS if k in fields),
            None,
        ) or next(
            (
                first_author_family(_WIKI_MARKUP.sub("", fields[k][0]))
                for k in _NAME_KEYS
                if k in fields
            ),
            None,
        )
        work = next((k for k in ("chapter", "contribution", "title") if k in fields), None)
        if not family or work is None:
            continue  # editors alone, or no title
        value, at = fields[work]
        title = clean_entry_title(_WIKI_MARKUP.sub("", value))
        if title:
            yield Formatted(m.start(), close + 2, at, family, title)
