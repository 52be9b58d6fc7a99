"""The family name of an entry's first author, as the guidelines write it.

Reads the author part of a reference entry in the forms reference styles use: surname first
(``Vaswani, A.``, ``De Cáceres, Miquel``), Vancouver (``Lowry OH``), natural order
(``A. Vaswani``, ``Gabriel García Márquez``), ``Surname et al.``, BibTeX names (``von Last, Jr,
First`` and ``First von Last``, ``{Corporate Author}``), corporate authors kept whole
(``R Core Team``) and Chinese names without a separator (``张昆`` -> ``张``).
"""

from __future__ import annotations

import re

from extractors.base import load_words
from extractors.grammar import GLUED_INITIALS, family_name
from extractors.persons import known_given_names
from extractors.references.tokens import shipped_given_names

CORPORATE_WORDS = load_words("corporate_author_words")
_MARKUP_CHARS = "*_[]{}()\"“”'‘’`<>|#"
# (Latin and Cyrillic capitals: GOST's "Смирнов И. И.")
_UPPER = "A-ZÀ-ÞА-ЯЁ"
_INITIALS = re.compile(rf"^(?:[{_UPPER}]\.?[-‐]?){{1,4}}$|^(?:[{_UPPER}][a-z]?\.[-‐ ]?){{1,4}}$")
# Vancouver's initials after a family name: "OH", "J.", and dotted ones run together ("A.M.",
# "C.D.L.", as ecology journals write "Barbosa A.M.")
_VANCOUVER_INITIALS = re.compile(
    rf"^(?:[{_UPPER}]{{1,3}}\.?|(?:[{_UPPER}]\.){{1,3}}[{_UPPER}]\.?)$"
)
_AUTHOR_SEPARATOR = re.compile(r";|\s+(?:and|AND|&|und|et)\s+|\s*&\s*|\s+\band\b")
_ET_AL = re.compile(r",?\s*\bet\.?\s*al\b\.?.*$", re.IGNORECASE | re.DOTALL)
_SUFFIX = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# (or cut off by the end of the author part: "Ana Roe (Hamm-Lippstadt University" is a person
# of a university, not the university)
_PARENTHESISED = re.compile(r"\([^()]{0,120}(?:\)|$)")
_INITIAL_ONLY = re.compile(rf"^(?:[{_UPPER}]\.?){{1,2}}$")
_CJK = re.compile(r"^[\u3400-\u9fff]{2,4}$")
# (and a citation's pointer before the names: "See Roe, A. (2017).", "cf. Roe, A.")
_LEADING_WORDS = frozenset({"by", "and", "with", "authors", "author", "von", "see", "also", "cf."})


def _strip(text: str) -> str:
    return " ".join(text.replace("~", " ").split()).strip(_MARKUP_CHARS + " ,.;:")


def is_corporate(name: str) -> bool:
    """Whether an author is an organisation (``R Core Team``), whose name stays whole."""
    return any(word.lower().strip(".,") in CORPORATE_WORDS for word in name.split())


# a family name in capitals before the given names, as French and Italian bibliographies
# write it: "LUND Per", "DE LA CRUZ Ana"
_CAPITALS_WORD = re.compile(r"[^\W\d_a-zß-ÿа-яё]{2,}(?:[-'’][^\W\d_a-zß-ÿа-яё]+)*")


def _capitals_first(words: list[str]) -> str | None:
    """The family name in capitals that opens a name whose other words are not in capitals;
    a short one only with a vowel, before a known given name ("LI Wei"; "JC Roe" is two
    initials)."""
    caps = 0
    while caps < len(words) and _CAPITALS_WORD.fullmatch(words[caps]):
        caps += 1
    rest = words[caps:]
    if not caps or not rest or not all(any(c.islower() for c in w) for w in rest):
        return None
    if len(words[0]) <= 3 and (
        rest[0].lower() not in known_given_names() or not re.search("[AEIOUY]", words[0])
    ):
        return None
    return " ".join(words[:caps])


def capitals_first_family(name: str) -> str | None:
    """The family name in capitals that opens ``name`` before its given names, the first of
    them one a list knows ("BECK Patrice" -> "BECK"), or None."""
    words = name.split()
    capitals = _capitals_first(words)
    if capitals is None:
        return None
    given = words[len(capitals.split())]
    return capitals if given.split("-")[0].lower() in known_given_names() else None


def _natural_family(name: str) -> str:
    """The family name of a name in natural order (given names first), or of one whose family
    name in capitals opens it."""
    words = [w for w in name.split() if w.lower() not in _SUFFIX]
    if not words:
        return ""
    if len(words) > 1 and (capitals := _capitals_first(words)) is not None:
        return capitals
    if len(words) == 1:
        if _CJK.match(words[0]):
            return words[0][0]
        return words[0]
    # Vancouver: "Lowry OH", "de la Macorra JC", initials spaced as GB/T writes them ("Ren T L")
    if _VANCOUVER_INITIALS.match(words[-1]) and not _INITIALS.match(words[0]):
        while len(words) > 1 and _VANCOUVER_INITIALS.match(words[-1]):
            words = words[:-1]
        return " ".join(words)
    return family_name(" ".join(words))


_LABEL_BEFORE_NAMES = re.compile(r"^[^:\n]{1,40}:\s+(?=\S)")


_AUTHOR_MARK = re.compile(r"(?<=[a-z])(?:[∗*†‡§¶]+|\d{1,2})$")
_WORD_WITH_STOP = re.compile(r"[A-Z][a-z]{2,}\.$")


# a full word with its stop, not an initial, an abbreviated given name's or a suffix's
_FULL_WORD_STOP = re.compile(
    r"(?!(?:Jr|Sr|St|Wm|Geo|Chas|Jas|Thos|Jos|Th)\.)[^\W\d_][^\W\d_'’-]{2,}\."
)


def first_author_family(authors: str) -> str | None:
    """The family name of the first author in the author part of an entry, or None when it
    names nobody (``Anonymous``, an empty string, editors only)."""
    text = _strip(_PARENTHESISED.sub(" ", authors))
    text = _ET_AL.sub("", text).strip(" ,.")
    # initials run into the family name ("J.Zhang", "J.-P.Roe") as one name's words
    text = GLUED_INITIALS.sub(r"\1 ", text)
    # a label before the names ("Please cite: Roe, J.", "Citation: Roe J"): no colon is a name's
    text = _LABEL_BEFORE_NAMES.sub("", text)
    words = text.split()
    while words and words[0].lower() in _LEADING_WORDS - {"von"}:
        words.pop(0)
    text = " ".join(words)
    if not text:
        return None
    # an organisation whose name holds "and" ("U.S. Food and Drug Administration") is one
    # author, unless a person's name opens it ("Ana Roe and the Acme Consortium")
    if is_corporate(text) and not re.search(r"[,;]", text):
        opening = text.split()[0].lower().strip(".,")
        if opening not in known_given_names():
            return text.strip(" ,.")
    first = _AUTHOR_SEPARATOR.split(text, maxsplit=1)[0].strip(" ,.")
    if is_corporate(first) and "," not in first:
        return first
    parts = [p.strip() for p in first.split(",")]
    parts = [p for p in parts if p]
    if not parts:
        return None
    head = parts[0]
    # a title's last word that the labeller took into the names ("… Heron Counts. Ben Moe"):
    # a word with a full stop, no initial, before a name of two words or more
    if len(head_words := head.split()) >= 3 and _WORD_WITH_STOP.match(head_words[0]):
        head = " ".join(head_words[1:])
    if len(parts) == 1:
        # a name in natural order ends at a full word's stop: what follows is the venue the
        # labeller ran on into the names ("Ana Roe. Ocean Science" of '"Title." Ana Roe. Ocean
        # Science, 2019.')
        words = head.split()
        end = next(
            (i for i, w in enumerate(words[1:], 1) if _FULL_WORD_STOP.fullmatch(w)), len(words)
        )
        family = _natural_family(" ".join(words[: end + 1]))
    else:
        second = parts[1]
        head_words = head.split()
        if all(_INITIALS.match(w) for w in second.split()) and not any(
            _INITIALS.match(w) for w in head_words
        ):
            family = head  # Surname, A. B.
        elif _CJK.match(head):
            family = head[0]  # a list of Chinese names without separators: "李晟洁,李翔,…"
        elif len(head_words) == 1 and not _INITIALS.match(head):
            family = head  # Surname, Given (MLA) or a bare surname list
        elif any(_INITIALS.match(w) for w in head_words[:-1]) or len(head_words) >= 2:
            family = _natural_family(head)  # Given Surname, Given Surname
        else:
            family = head
    # (an author's mark or a footnote's number glued on: "Roe∗", "Roe1")
    family = _AUTHOR_MARK.sub("", family.strip(_MARKUP_CHARS + " ,.;:"))
    if not family or not any(c.isalpha() for c in family):
        return None
    if _INITIAL_ONLY.match(family):
        return None
    if family.lower() in ("anonymous", "anon", "n.d", "et al", "others"):
        return None
    return family


_CAPITALISED = re.compile(r"^(?:[A-ZÀ-Þ]\.?|[A-ZÀ-Þ][a-zà-ÿ'’-]+)$")


def _braced_person(name: str) -> bool:
    """A name of two to four capitalised words or initials that opens with a known given name,
    with no word of an organisation's name."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and not is_corporate(name)
        and all(_CAPITALISED.match(w) for w in words)
        and words[0].lower() in shipped_given_names()
    )


# (BibTeX parts names at "and" in any case; a PDF's names in capitals write "AND")
_BIB_SPLIT = re.compile(r"\s+(?:and|AND)\s+")


def _split_top_level(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split at the separator outside braces."""
    parts, depth, start = [], 0, 0
    masked = []
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(0, depth - 1)
        masked.append(ch if depth == 0 else "\0")
    masked_text = "".join(masked)
    for m in separator.finditer(masked_text):
        parts.append(text[start : m.start()])
        start = m.end()
    parts.append(text[start:])
    return parts


def bibtex_first_family(authors: str) -> str | None:
    """The family name of the first author of a BibTeX ``author`` field: ``von Last, Jr,
    First`` and ``von Last, First`` give ``von Last``; ``First von Last`` gives ``von Last``;
    a braced ``{R Core Team}`` stays whole."""
    authors = " ".join(authors.split())
    if not authors:
        return None
    first = _split_top_level(authors, _BIB_SPLIT)[0].strip()
    while first.startswith("{{") and first.endswith("}}"):  # braces doubled for safety
        first = first[1:-1]
    if first.startswith("{") and first.endswith("}") and first.count("{") == 1:
        inner = " ".join(first[1:-1].split())
        # braces keep an organisation whole ("{R Core Team}"); a person's name braced as a
        # precaution ("{Ada K. Brennan}") still has a family name
        if _braced_person(inner):
            return _natural_family(inner)
        return inner or None
    if first.lower() in ("others", "anonymous"):
        return None
    pieces = _split_top_level(first, re.compile(r","))
    if len(pieces) > 1:
        family = pieces[0]
    else:
        words = _split_top_level(first, re.compile(r"\s+"))
        von = next(
            (i for i, w in enumerate(words[:-1]) if i > 0 and w[:1].islower()),
            None,
        )
        if von is not None:
            family = " ".join(words[von:])
        elif len(words) == 1:
            # a Chinese name without a separator: its first character ("张昆" -> "张")
            family = words[0][0] if _CJK.match(words[0]) else words[0]
        else:
            family = family_name(" ".join(words)) if not first.count("{") else words[-1]
    family = family.replace("{", "").replace("}", "").strip(" ,")
    return family or None
