"""Bibliographic records in explicit formats, read field by field (no labeller): RIS
(``TY  - JOUR`` … ``TI  - Title`` … ``AU  - Surname, Given`` … ``ER  -``), refer/EndNote
(``%A Surname, Given`` / ``%T Title``), CSL-JSON and the like (``"title": "…"`` with
``"author": [{"family": "…"}]``), the ``citation_title`` / ``citation_author`` meta tags of
article pages, and publication lists kept as YAML or JSON records (``- title: …`` with
``authors: …``) where a record carries a key of publication (journal, venue, doi, year …).

Each reader yields ``Formatted`` records (offsets into the text, first author's family name,
title). Every pattern is bounded; the readers look for their format's own marks first, so a
text without them costs one search each.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from extractors import layout
from extractors.grammar import FAMILY_PARTICLES, family_name
from extractors.references.formats import Formatted

_S = r"[^\S\n]"


# An author's affiliation in brackets (closed or cut off by a split) and marks of a corresponding
# or presenting author: "Jane Roe (University of Lyon)*", "Ken Moe [Acme Labs]†".
_AFFILIATION_OR_MARK = re.compile(r"\([^()]{0,200}\)?|\[[^\[\]]{0,200}\]?|[*†‡§¶]+")
# "et al." and a year after a short citation's name ("Roe et al., 2019")
_ET_AL_OR_YEAR = re.compile(r"\bet\s+al\b\.?|\b(?:1[5-9]|20)\d\d[a-z]?\b")
_INITIAL = re.compile(r"[A-Z]\.?(?:-?[A-Z]\.?)*$")
_VANCOUVER_INITIALS = re.compile(r"[A-Z]{1,3}$")


def _family(name: str) -> str | None:
    """The family name of the first author of ``Surname, Given`` or ``Given Surname``, or of
    ``Given Surname, Given Surname`` (a list in natural order: two capitalised words before the
    comma, and no initials after it unless initials open it too)."""
    name = _ET_AL_OR_YEAR.sub(" ", _AFFILIATION_OR_MARK.sub(" ", name))
    name = " ".join(name.split()).strip(" ,;")
    if not name:
        return None
    if "," in name:
        head, tail = (part.split() for part in name.split(",", 1))
        # (a family name's particles in lower case: "Kai C. de Boer, Ana Roe")
        natural = len(head) >= 2 and (
            all(w[:1].isupper() or w in FAMILY_PARTICLES for w in head)
            or all(w.isalpha() and w.islower() for w in head)
        )
        # "De Souza, J." is a surname and initials; "M. Roe, T. Moe" and "Kai C. de Boer,
        # S. Roe" lists in natural order (initials before the comma: no family name alone)
        surname_first = (
            bool(tail) and _INITIAL.match(tail[0]) and not any(_INITIAL.match(w) for w in head)
        )
        if natural and not surname_first:
            return _family(" ".join(head))
        return " ".join(head) or None
    words = name.split()
    if len(words) >= 2 and _VANCOUVER_INITIALS.match(words[-1]):
        return " ".join(words[:-1])  # Vancouver's "Aerts J", "van der Poel JH"
    return family_name(name) or None


# ---- RIS ------------------------------------------------------------------------------------
_RIS_START = re.compile(r"(?m)^TY  - ")
_RIS_END = re.compile(r"(?m)^ER  -")
_RIS_FIELD = re.compile(r"(?m)^(?P<tag>[A-Z][A-Z0-9])  - ?(?P<value>[^\n]{0,1000})$")
_RIS_TITLE_TAGS = ("TI", "T1")
_RIS_AUTHOR_TAGS = ("AU", "A1")


def read_ris(text: str) -> Iterator[Formatted]:
    """Each RIS record's first author (``AU``/``A1``) and title (``TI``/``T1``)."""
    for start in _RIS_START.finditer(text):
        end_match = _RIS_END.search(text, start.end(), start.end() + 20000)
        end = end_match.end() if end_match else min(len(text), start.end() + 5000)
        title = author = None
        title_at = 0
        for field in _RIS_FIELD.finditer(text, start.start(), end):
            if field["tag"] in _RIS_TITLE_TAGS and title is None:
                title, title_at = field["value"].strip(), field.start("value")
            elif field["tag"] in _RIS_AUTHOR_TAGS and author is None:
                author = field["value"]
            elif field["tag"] == "TY" and field.start() != start.start():
                break  # the next record began without an ER line
        family = _family(author or "")
        if title and family:
            yield Formatted(start.start(), end, title_at, family, title)


# ---- refer / EndNote ------------------------------------------------------------------------
_REFER_BLOCK = re.compile(r"(?m)(?:^%[0-9A-Z@][^\S\n][^\n]{0,1000}\n?){2,60}")
_REFER_FIELD = re.compile(r"(?m)^%(?P<tag>[0-9A-Z@])[^\S\n](?P<value>[^\n]{0,1000})$")


def read_refer(text: str) -> Iterator[Formatted]:
    """Each refer/EndNote record's first author (``%A``) and title (``%T``)."""
    if "%T " not in text:
        return
    for block in _REFER_BLOCK.finditer(text):
        title = author = None
        title_at = 0
        for field in _REFER_FIELD.finditer(text, block.start(), block.end()):
            if field["tag"] == "T" and title is None:
                title, title_at = field["value"].strip(), field.start("value")
            elif field["tag"] == "A" and author is None:
                author = field["value"]
        family = _family(author or "")
        if title and family:
            yield Formatted(block.start(), block.end(), title_at, family, title)


# ---- CSL-JSON and other JSON records with an author list -------------------------------------
_JSON_TITLE = re.compile(r'"title"\s*:\s*"(?P<title>(?:[^"\\\n]|\\.){3,500})"')
_JSON_FAMILY = re.compile(
    r'"(?:family|last|lastName|last_name|family_name)"\s*:\s*"(?P<name>[^"\\\n]{1,80})"'
)
_JSON_AUTHOR_KEY = re.compile(r'"(?:author|authors)"\s*:\s*(?P<open>[\[{"])')
# (a record's abstract may stand between its title and its authors)
_JSON_REACH = 4000
# an authors string, however many names it holds ("Ana Roe (Univ. of X)*; Ken Moe (Y); …")
_JSON_AUTHOR_STRING = re.compile(r'"(?P<name>[^"\\\n]{2,3000})"')


def _json_string(raw: str) -> str:
    try:
        return str(json.loads(f'"{raw}"'))
    except ValueError:
        return raw


def read_json_records(text: str) -> Iterator[Formatted]:
    """``"title": "…"`` with an ``"author"`` list in the same record: CSL-JSON
    (``[{"family": "Roe", "given": "Jane"}]``), or author strings (``["Jane Roe", …]``,
    ``"Roe, Jane and …"``)."""
    if '"title"' not in text or '"author' not in text:
        return
    for title in _JSON_TITLE.finditer(text):
        low, high = max(0, title.start() - _JSON_REACH), title.end() + _JSON_REACH
        record_start = text.rfind("{", low, title.start())
        if record_start < 0:
            continue
        record_end = _record_end(text, record_start, high)
        author = _JSON_AUTHOR_KEY.search(text, record_start, record_end)
        if author is None:
            continue
        family = None
        if author["open"] in "[{" and (
            named := _JSON_FAMILY.search(text, author.end(), record_end)
        ):
            family = _json_string(named["name"]).strip()
        elif first := _JSON_AUTHOR_STRING.match(text, author.end() - 1):
            family = _family(re.split(r"\s+and\s+|;", _json_string(first["name"]))[0])
        elif author["open"] == "[" and (
            first := re.compile(r'\s*"(?P<name>[^"\\\n]{2,120})"').match(text, author.end())
        ):
            family = _family(_json_string(first["name"]))
        if family:
            yield Formatted(
                record_start, record_end, title.start("title"), family, _json_string(title["title"])
            )


def _record_end(text: str, start: int, limit: int) -> int:
    """Where the JSON object opened at ``start`` closes (strings skipped), or ``limit``."""
    depth = 0
    position = start
    in_string = False
    while position < min(limit, len(text)):
        char = text[position]
        if in_string:
            if char == "\\":
                position += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return min(limit, len(text))


# ---- citation meta tags ---------------------------------------------------------------------
_META = re.compile(
    r"""<meta\s+(?:name|property)\s*=\s*["'](?P<name>citation_title|citation_author|dc\.title|"""
    r"""dc\.creator)["']\s+content\s*=\s*["'](?P<content>[^"'<>\n]{1,500})["']\s*/?>""",
    re.IGNORECASE,
)


def read_meta_tags(text: str) -> Iterator[Formatted]:
    """An article page's ``citation_title`` and first ``citation_author`` meta tags (Highwire
    Press tags, which Google Scholar reads; Dublin Core ``DC.title``/``DC.creator`` alike)."""
    if "<meta" not in text.lower():
        return
    title = author = None
    title_at = start = 0
    end = 0
    for tag in _META.finditer(text):
        name = tag["name"].lower()
        if name in ("citation_title", "dc.title") and title is None:
            title, title_at = tag["content"].strip(), tag.start("content")
            start = start or tag.start()
        elif name in ("citation_author", "dc.creator") and author is None:
            author = tag["content"]
            start = start or tag.start()
        end = tag.end()
    family = _family(author or "")
    if title and family:
        yield Formatted(start, end, title_at, family, title)


# ---- publication lists as YAML records -------------------------------------------------------
_YAML_ITEM = re.compile(rf"(?m)^(?P<indent>{_S}*)-{_S}+(?P<key>[A-Za-z_]+){_S}*:")
_YAML_KEY = re.compile(
    rf"(?m)^{_S}*(?:-{_S}+)?(?P<key>[A-Za-z_-]+){_S}*:{_S}*(?P<value>[^\n]{{0,600}})$"
)
# Keys that make a record a publication rather than a blog post's front matter.
_PUBLICATION_KEYS = frozenset(
    "journal venue booktitle doi publisher pages volume conference arxiv pdf proceedings "
    "publication citation".split()
)


def read_yaml_publications(text: str) -> Iterator[Formatted]:
    """``- title: …`` records with ``author:``/``authors:`` and a key of publication, in a list
    of two or more such records (a site's ``publications.yml``), or alone with two such keys."""
    if "title:" not in text or "author" not in text:
        return
    items = list(_YAML_ITEM.finditer(text))
    found = []
    for item, following in zip(items, [*items[1:], None], strict=False):
        end = following.start() if following else min(len(text), item.start() + 3000)
        fields: dict[str, re.Match[str]] = {}
        for key in _YAML_KEY.finditer(text, item.start(), end):
            fields.setdefault(key["key"].lower(), key)
        title, authors = fields.get("title"), fields.get("authors") or fields.get("author")
        if not (title and authors and _PUBLICATION_KEYS.intersection(fields)):
            continue
        value = _yaml_value(text, title)
        first = re.split(r",\s+(?=[A-Z][a-z])|\s+and\s+|;", _yaml_value(text, authors))[0]
        family = _family(first.strip(" -[]\"'"))
        if value and family:
            keys = len(_PUBLICATION_KEYS.intersection(fields)) + ("year" in fields)
            found.append((keys, Formatted(item.start(), end, title.start("value"), family, value)))
    # one record alone is a publication where two of its keys say so (a year and a venue); a
    # unit cut from a long list may hold only one
    if len(found) >= 2 or (found and found[0][0] >= 2):
        yield from (record for _, record in found)


def _yaml_value(text: str, key: re.Match[str]) -> str:
    """A scalar's text: on the key's line, or folded onto the indented lines below (``>``)."""
    value = key["value"].strip()
    if value in ("", ">", ">-", "|", "|-"):
        lines = text[key.end() : key.end() + 800].split("\n")[1:6]
        kept: list[str] = []
        for line in lines:
            if not line.strip() or re.match(rf"{_S}*(?:-{_S}+)?[A-Za-z_-]+{_S}*:", line):
                break
            if line.lstrip().startswith("- "):  # a block list: its first item ("- Ana Roe")
                if not kept:
                    kept.append(line.strip()[2:])
                break
            kept.append(line.strip())
        value = " ".join(kept)
    return value.strip("\"' ")


# ---- field blocks of paper pages ------------------------------------------------------------
# "Title: T\nAuthors: Ana Roe, Ken Moe\nComments: 12 pages" (arXiv listings, conference and
# review pages): capitalised keys a line each, in bold or not.
_FIELD_LINE = re.compile(
    rf"(?m)^{_S}*[*_]{{0,2}}(?P<key>[A-Za-z][A-Za-z ()-]{{0,30}}?)[*_]{{0,2}}{_S}*:[*_]{{0,2}}"
    rf"{_S}*(?P<value>[^\n]{{0,600}})$"
)
# Keys that make a block a paper's, not a book's catalogue entry (a Gutenberg header has
# "Title:" and "Author:" too, with "Release Date:" and "Language:").
_PAPER_FIELD_KEYS = frozenset(
    "abstract comments subjects keywords journal venue conference proceedings doi arxiv "
    "published publication pages volume booktitle pdf paper journal-ref tl;dr".split()
)
_FIELD_REACH = 8  # lines from the title's line to the block's other fields


def read_field_blocks(text: str) -> Iterator[Formatted]:
    """A paper's page as fields: a ``Title:`` line, an ``Author:``/``Authors:`` line within a
    few lines of it, and a field that only a paper's page has (``Comments:``, ``Journal:``,
    ``Keywords:``, ``Abstract:`` …); the lines between are fields or blank."""
    if "itle" not in text or "uthor" not in text:
        return
    for title in _FIELD_LINE.finditer(text):
        if title["key"].strip().lower() != "title" or not title["value"].strip(" *_"):
            continue
        fields = {"title": title}
        for direction in (-1, 1):
            position = title.start() - 1 if direction < 0 else title.end() + 1
            for _ in range(_FIELD_REACH):
                if position < 0 or position > len(text):
                    break
                if direction < 0:
                    start = text.rfind("\n", 0, position) + 1
                    end = position
                else:
                    start = position
                    end = text.find("\n", position)
                    end = len(text) if end == -1 else end
                line = text[start:end]
                if line.strip():
                    field = _FIELD_LINE.fullmatch(text, start, end)
                    if field is None:
                        break
                    fields.setdefault(field["key"].strip().lower(), field)
                position = start - 1 if direction < 0 else end + 1
        authors = fields.get("authors") or fields.get("author")
        if authors is None or not _PAPER_FIELD_KEYS.intersection(fields):
            continue
        first = re.split(r",\s+(?=[A-Z][a-z])|\s+and\s+|;", authors["value"].strip(" *_"))[0]
        family = _family(first.strip(" -[]\"'"))
        value = title["value"].strip(" *_\"'")
        if family and value:
            start = min(field.start() for field in fields.values())
            end = max(field.end() for field in fields.values())
            yield Formatted(start, end, title.start("value"), family, value)


# ---- records in program code ------------------------------------------------------------
# A PHP, Ruby, Python or JavaScript record: "'title' => 'T'", "'title': 'T'", ":title => 'T'",
# "title: 'T'" with an author key of the same record ("'author' => 'Roe, J. and Moe, K.'").
# (JSON's '"title": "T"' is read above, BibTeX's 'title = "T"' by the paper_title extractor.)


def _code_field(name: str, words: str) -> re.Pattern[str]:
    """A key of a program's record (``'title' =>``, ``'title':``, ``"title" =>``, ``:title =>``,
    ``title:``) and its quoted value (``value``)."""
    return re.compile(
        rf"(?:'(?P<{name}1>{words})'[^\S\n]*(?:=>|:)|\"(?P<{name}2>{words})\"[^\S\n]*=>"
        rf"|:?(?<![\w'\"-])(?P<{name}3>{words})[^\S\n]*(?:=>|:(?!:)))"
        r"[^\S\n]*(?P<quote>['\"])(?P<value>(?:(?!(?P=quote))[^\\\n]|\\.){3,500})(?P=quote)"
    )


_CODE_TITLE = _code_field("title", "title")
_CODE_AUTHOR = _code_field("author", "authors?")
_CODE_REACH = 800  # characters around a title where its record's author key may be
_PUBLICATION_KEY_IN_CODE = re.compile(
    r"['\":]?(?<![\w-])(?:year|journal|venue|doi|publisher|booktitle|volume|pages|issue|type|"
    r"bibtex|source|url|isbn|edition)['\"]?[^\S\n]*(?:=>|:)"
)


def read_code_records(text: str) -> Iterator[Formatted]:
    """Records of program code with a title key and an author key (nearest to the title, not
    past another record's title)."""
    if "title" not in text or "author" not in text:
        return
    titles = list(_CODE_TITLE.finditer(text))
    for index, title in enumerate(titles):
        low = max(titles[index - 1].end() if index else 0, title.start() - _CODE_REACH)
        following = titles[index + 1].start() if index + 1 < len(titles) else len(text)
        high = min(following, title.end() + _CODE_REACH)
        authors = list(_CODE_AUTHOR.finditer(text, low, high))
        if not authors:
            continue
        if not _PUBLICATION_KEY_IN_CODE.search(text, low, high):
            continue  # a page's "'title': 'Home', 'author': 'admin'": no publication
        nearest = min(authors, key=lambda a: abs(a.start() - title.start()))
        first = re.split(r"\s+and\s+|;|\s*&\s*", nearest["value"])[0]
        family = _family(first)
        value = title["value"].replace("\\'", "'").replace('\\"', '"')
        if family and len(value.split()) >= 2:
            start, end = min(title.start(), nearest.start()), max(title.end(), nearest.end())
            yield Formatted(start, end, title.start("value"), family, value.strip())


# ---- tables of papers ------------------------------------------------------------------------
# A table whose header names a title column and an authors column (a programme's accepted
# papers as a Markdown, HTML or wiki table): each row a paper.
_TITLE_HEADER = re.compile(r"[*_ ]*(?:paper[ \t]+)?titles?[*_ ]*")
_PAPER_HEADER = re.compile(r"[*_ ]*papers?[*_ ]*")  # where no column is named a title
_AUTHORS_HEADER = re.compile(
    r"[*_ ]*(?:authors?(?:[ \t]*\(s\))?|speakers?|presenters?|authors? and affiliations?)[*_ ]*"
)
_AUTHOR_SPLIT = re.compile(r",(?=\s*[A-Z][a-z])|;|\s+and\s+|\s*&\s*|<br\s*/?>")


def read_paper_tables(text: str) -> Iterator[Formatted]:
    """Each row of a table with a title column and an authors column: its first author and
    title (markup of the cells blanked)."""
    if not re.search(r"(?i)\btitle|\bpapers?\b", text):
        return
    for table in layout.every_table(text, delimited=False):
        title_column = table.column(_TITLE_HEADER)
        if title_column is None:
            title_column = table.column(_PAPER_HEADER)
        authors_column = table.column(_AUTHORS_HEADER)
        if title_column is None or authors_column is None or title_column == authors_column:
            continue
        for row in table.rows:
            if max(title_column, authors_column) >= len(row):
                continue
            title_cell, authors_cell = row[title_column], row[authors_column]
            title = (layout.plain_view(title_cell.text) or title_cell.text).strip()
            authors = layout.plain_view(authors_cell.text) or authors_cell.text
            family = _family(_AUTHOR_SPLIT.split(authors.strip(), maxsplit=1)[0])
            if family and len(title.split()) >= 2:
                yield Formatted(row[0].start, row[-1].end, title_cell.start, family, title)


def read_records(text: str) -> Iterator[Formatted]:
    """Every record of the formats above."""
    yield from read_ris(text)
    yield from read_refer(text)
    yield from read_json_records(text)
    yield from read_meta_tags(text)
    yield from read_yaml_publications(text)
    yield from read_field_blocks(text)
    yield from read_code_records(text)
    yield from read_paper_tables(text)
