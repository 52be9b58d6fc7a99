"""Titles of papers (``paper_title``: family name of the first author -> title).

Phrasings:
- reference-list entries, one per line: APA (``Vaswani, A., Shazeer, N. (2017). Title. In …``),
  ACL-like (``Ashish Vaswani, Noam Shazeer, and … 2017. Title. In …``), IEEE-like
  (``[1] A. Vaswani, N. Shazeer, and …, “Title,” in …``), MLA-like
  (``Vaswani, Ashish, et al. "Title." …``);
- BibTeX entries (``title = {…}`` with ``author = {…}``);
- prose: ``In their 2017 paper "T", Surname et al. …``, ``the paper titled "T" by Given Surname``,
  ``Surname et al. (2017), "T", …``, ``Surname et al., in "T", …``.

Not facts: a paper mentioned without its title (``(Vaswani et al., 2017)``), a title without an
author. Titles that differ only in case, quotes or trailing punctuation are one fact (the
counting key folds them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.base import Fact, register
from extractors.grammar import CAP_WORD, PARTICLE, UPPER_LETTER
from extractors.normalize import clean_title, nfkc

_SURNAME = rf"(?:(?:{PARTICLE}|[Vv]an\s+[Dd]er|[Dd]e\s+[Ll]a)\s+)?{CAP_WORD}"
_INITIALS = rf"(?:{UPPER_LETTER}[a-z]?\.(?:\s*-?\s*{UPPER_LETTER}\.)*)"
_GIVEN = rf"(?:{CAP_WORD}\s+)*"  # greedy: the family name is the last word
_OPEN, _CLOSE = r"[“\"«„]", r"[”\"»“]"
_QUOTED = rf"{_OPEN}(?P<title>[^“”\"«»\n]{{3,300}}?){_CLOSE}"
_YEAR = r"(?:1[89]|20)\d{2}[a-z]?"
# A title in running text ends at a full stop, question or exclamation mark followed by a space
# or the end of the line ("Title. In Proceedings …", "… did Shakespeare know? Biometrika …").
_BARE_TITLE = r"(?P<title>[^\n]{3,400}?[.?!])(?=\s|$)"
_ENTRY_START = r"^[ \t]*(?:\[\d+\]|\d+\.|[-•*–])?[ \t]*"
# APA, IEEE and MLA entries are distinctive enough to be read where a sentence could start too,
# for reference entries run into a paragraph.
_ENTRY_OR_SENTENCE_START = rf"(?:{_ENTRY_START}|(?<=[.!?]\s))"

_PATTERNS = tuple(
    re.compile(p, re.MULTILINE)  # reference entries start lines
    for p in (
        # APA: Surname, I. I., Other, I. (2017). Title.
        rf"{_ENTRY_OR_SENTENCE_START}(?P<surname>{_SURNAME}),\s+{_INITIALS}[^\n]{{0,400}}?\(\s*{_YEAR}\s*\)\.?\s+{_BARE_TITLE}",
        # ACL/NeurIPS: Given Surname, Given Surname, and Given Surname. 2017. Title.
        rf"{_ENTRY_START}{_GIVEN}(?P<surname>{_SURNAME})(?:,\s+[^\n]{{0,400}}?)?\.?\s+{_YEAR}\.\s+{_BARE_TITLE}",
        # IEEE: [1] A. Surname, B. Other, and C. Other, “Title,” in …
        rf"{_ENTRY_OR_SENTENCE_START}(?:{_INITIALS}\s*)+(?P<surname>{_SURNAME})(?:[^\n“\"]{{0,300}}?)?,\s+{_QUOTED}",
        # MLA: Surname, Given, et al. "Title." …
        rf"{_ENTRY_OR_SENTENCE_START}(?P<surname>{_SURNAME}),\s+{CAP_WORD}(?:\s+{CAP_WORD})*(?:,[^\n“\".]{{0,200}}?)?(?:,\s+et\s+al)?\.\s+{_QUOTED}",
        # Prose.
        rf"\b[Ii]n\s+(?:their|his|her|a|the)\s+(?:{_YEAR}\s+)?(?:paper|article),?\s+{_QUOTED},?\s+(?:{_GIVEN})(?P<surname>{_SURNAME})",
        rf"\b[Tt]he\s+(?:{_YEAR}\s+)?(?:paper|article)\s+(?:titled|entitled|called)\s+{_QUOTED},?\s+by\s+{_GIVEN}(?P<surname>{_SURNAME})",
        rf"(?P<surname>{_SURNAME})\s+(?:et\s+al\.?|and\s+{_SURNAME}|&\s+{_SURNAME})(?:\s+\(\s*{_YEAR}\s*\))?,?\s+(?:(?:in|asked\s+in|wrote\s+in|showed\s+in|argued\s+in|introduced\s+in|proposed\s+in)\s+)?{_QUOTED}",
    )
)

# An entry's body: text with braces balanced to a depth of three ({title = {{BERT}: ...}}).
_BALANCED = r"(?:[^{}]|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*"
_BIBTEX_ENTRY = re.compile(rf"@\w+\s*\{{[^,{{}}\n]*,(?P<body>{_BALANCED})\}}")
_BIB_FIELD = (
    r"\b{name}\s*=\s*(?:\{{(?P<braced>(?:[^{{}}]|\{{[^{{}}]*\}})*)\}}|\"(?P<quoted>[^\"]*)\")"
)
_BIB_TITLE = re.compile(_BIB_FIELD.format(name="title"), re.IGNORECASE)
_BIB_AUTHOR = re.compile(_BIB_FIELD.format(name="author"), re.IGNORECASE)


def first_author_surname(authors: str) -> str | None:
    """The family name of the first author of a BibTeX ``author`` field
    (``Vaswani, Ashish and Shazeer, Noam`` or ``Ashish Vaswani and Noam Shazeer``)."""
    first = re.split(r"\s+and\s+", nfkc(authors).replace("{", "").replace("}", ""))[0].strip()
    if not first:
        return None
    if "," in first:
        return first.split(",")[0].strip() or None
    return first.split()[-1]


@dataclass(frozen=True)
class PaperTitleExtractor:
    name: str = "paper_title"
    version: str = "1"
    relations: tuple[str, ...] = ("paper_title",)
    triggers: tuple[str, ...] = ("(19", "(20", " 19", " 20", "“", '"', "title", "paper", "et al")

    def extract(self, text: str) -> Iterator[Fact]:
        seen: set[int] = set()  # one statement per title position
        for start, end, title_at, surname, title in self._candidates(text):
            title = clean_title(title)
            if title_at in seen or not _looks_like_title(title):
                continue
            seen.add(title_at)
            yield Fact(start, end, "paper_title", nfkc(surname), title)

    @staticmethod
    def _candidates(text: str):
        for m in _BIBTEX_ENTRY.finditer(text):
            body, offset = m["body"], m.start("body")
            title, author = _BIB_TITLE.search(body), _BIB_AUTHOR.search(body)
            if title and author:
                surname = first_author_surname(author["braced"] or author["quoted"] or "")
                if surname:
                    value = title["braced"] if title["braced"] is not None else title["quoted"]
                    yield m.start(), m.end(), offset + title.start(), surname, value
        for pattern in _PATTERNS:
            for m in pattern.finditer(text):
                yield m.start(), m.end(), m.start("title"), m["surname"], m["title"]


def _looks_like_title(title: str) -> bool:
    # Two words at least and a capital first letter: scare quotes ("the consensus") and
    # single quoted words are not titles.
    return len(title.split()) >= 2 and title[:1].isupper()


PAPER_TITLE = register(PaperTitleExtractor())
