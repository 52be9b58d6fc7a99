"""LaTeX bibliographies (``\\begin{thebibliography}``, BibTeX's ``.bbl`` output): entries
opened by ``\\bibitem[label]{key}``, read by the structure LaTeX gives them.

- BibTeX's styles (plain, abbrv, alpha, unsrt, natbib's plainnat, apalike …) write an entry as
  blocks joined by ``\\newblock``: the authors (with the year in author–year styles), the
  title, then the venue. The title is the second block.
- Hand-written lists and AMS styles set the title in emphasis right after the authors
  (``A. Author, \\emph{Title}, Venue, 1970.``); where the first emphasised group follows a
  list of names and nothing else, it is the title.
- Other entries go, as plain text, to the trained field labeller.

The first author's family name comes from the author block, or from natbib's label
(``[{Surname et~al.(1992)Surname, Other}]``) where the block names nobody.

biblatex's ``.bbl`` is a data file instead: ``\\entry{key}{type}{}`` … ``\\endentry``, the names
in ``\\name{author}{n}{}{…}`` with a ``family={…}`` part each, the title in
``\\field{title}{…}`` (``read_biblatex_entries``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from extractors.layout import group_end
from extractors.references.formats import Formatted
from extractors.references.labeller import clean_entry_title, read_entry, shipped_labeller
from extractors.references.names import first_author_family

MAX_ITEM_CHARS = 3000
MAX_BRACES = 20
# The labeller's least confidence for an entry of a LaTeX bibliography: the environment says
# the entry is a reference, so only the reading is in doubt.
LEAST_CONFIDENCE = 0.5
_BIBITEM = re.compile(r"\\bibitem\b[ \t]*")
_LIST_END = re.compile(r"\\end\{thebibliography\}")
_NEWBLOCK = re.compile(r"\\newblock\b")
# The first emphasised group: \emph{…}, \textit{…}, \textsl{…}, {\em …}, {\it …}, {\sl …}
_EMPHASIS_OPEN = re.compile(
    r"\\(?:emph|textit|textsl)[ \t]*\{|\{[ \t]*\\(?:em|it|itshape|sl)\b[ \t]*"
)
# Commands whose argument is dropped with them, and whose argument is kept.
_DROPPED = re.compile(r"\\(?:url|doi|eprint|path|href|natexlab|urlprefix|doiprefix)\b")
_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
}
_ACCENT = re.compile(
    r"\\([`'^\"~=.]|[uvHck](?![A-Za-z]))[ \t]*(?:\{[ \t]*(\\?[A-Za-z])[ \t]*\}|(\\?[A-Za-z]))"
)
_SYMBOLS = {
    "\\&": "&",
    "\\%": "%",
    "\\$": "$",
    "\\#": "#",
    "\\_": "_",
    "--": "–",
    "``": "“",
    "''": "”",
    "\\ss": "ß",
    "\\o": "ø",
    "\\O": "Ø",
    "\\ae": "æ",
    "\\AE": "Æ",
    "\\l": "ł",
    "\\L": "Ł",
    "\\i": "ı",
    "\\aa": "å",
    "\\AA": "Å",
    "\\oe": "œ",
}
_SYMBOL = re.compile(r"\\(?:ss|o|O|ae|AE|l|L|i|aa|AA|oe)(?![A-Za-z])|\\[&%$#_]|--|``|''")
_COMMAND = re.compile(r"\\[A-Za-z]{1,30}\*?|\\.")
_NAME_START = re.compile(r"^(?:[a-z]{1,4}\s){0,3}(?:[^\W\d_a-z])")
# A brace opened by no command: "{A Title …}", not "\\textbf{98}".
_BARE_BRACE = re.compile(r"(?<![\\A-Za-z\]}])\{(?![\\}])")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)[a-z]?(?!\d)")
# Styles that mark the title as a field (csquotes' ``\\enquote{…}`` quotes it): ACM's
# ``\\showarticletitle{…}`` and ``\\bibinfo{title}{…}``, apacite's
# ``\\APACrefatitle {Title} {title}`` (an article's title; a book's is ``\\APACrefbtitle``,
# which after ``\\BIn`` names the book the entry is *in*).
_MARKED_TITLE = re.compile(
    r"\\(?:showarticletitle|bibinfo[ \t]*\{title\}|APACrefatitle|enquote)[ \t]*(?=\{)"
)
_MARKED_BOOK_TITLE = re.compile(
    r"(?<!\\BIn\{\} )(?<!\bIn )\\(?:APACrefbtitle|bibinfo[ \t]*\{booktitle\})[ \t]*(?=\{)"
)
# A block that is only the entry's date, as author–year styles write it after the authors
# (``\\newblock 2012.``, ``\\APACrefYearMonthDay{2011}{}{}.``, ``[n.d.]``).
_DATE_BLOCK = re.compile(r"^[\s(\[]*(?:(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.)[\s)\].,;:]*$")
_LABEL_FAMILY = re.compile(
    r"^\{?[ \t]*([^(){}\\]{1,80}?)[ \t]*(?:\\emph\{|\{?\\em\b|et~al|et al|\(|and\b|\\&|,|\}|$)"
)


def _drop_command_arguments(latex: str) -> str:
    """``\\url{…}``, ``\\doi{…}``, ``\\natexlab{a}`` dropped whole; ``\\href{url}{words}``
    keeps its words."""
    out, at = [], 0
    for m in _DROPPED.finditer(latex):
        if m.start() < at:
            continue
        out.append(latex[at : m.start()])
        end = m.end()
        if end < len(latex) and latex[end] == "{":
            end = group_end(latex, end)
            if m.group() == "\\href":  # the linked words stay, without their braces
                end_words = end
                if end < len(latex) and latex[end] == "{":
                    end_words = group_end(latex, end)
                    out.append(" " + latex[end + 1 : end_words - 1] + " ")
                end = end_words
        at = end
    out.append(latex[at:])
    return "".join(out)


def compose_accents(latex: str) -> str:
    """``latex`` with its accent commands composed into the letters they make, and its letter
    commands written out (``Reboursi\\`{e}re`` -> ``Reboursière``, ``S\\lawi\\'nska`` ->
    ``Sławińska``), nothing else changed."""
    text = _ACCENT.sub(
        lambda m: unicodedata.normalize("NFC", (m[2] or m[3]).lstrip("\\") + _ACCENTS[m[1]]),
        latex,
    )
    return _LETTER.sub(lambda m: _SYMBOLS[m.group()], text)


_LETTER = re.compile(r"\\(?:ss|o|O|ae|AE|l|L|i|aa|AA|oe)(?![A-Za-z])")


def plain(latex: str) -> str:
    """The text of a piece of LaTeX as a reader sees it: accents composed, symbols written
    out, commands and braces gone, ``~`` a space."""
    text = compose_accents(_drop_command_arguments(latex))
    text = _SYMBOL.sub(lambda m: _SYMBOLS.get(m.group(), ""), text)
    text = text.replace("\\ ", " ").replace("~", " ")
    text = _COMMAND.sub(" ", text)
    text = text.replace("{", "").replace("}", "")
    text = " ".join(text.split())
    # a space left by a command before punctuation ("Rev. , 12")
    return re.sub(r" (?=[,.;:])", "", text)


def _items(text: str) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, label, body start) of every ``\\bibitem`` entry."""
    starts = [m for m in _BIBITEM.finditer(text)]
    for index, m in enumerate(starts):
        limit = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        closing = _LIST_END.search(text, m.end(), limit)
        end = min(closing.start() if closing else limit, m.start() + MAX_ITEM_CHARS)
        at, label = m.end(), ""
        if at < end and text[at] == "[":
            close = group_end(text, at, end)
            label, at = text[at + 1 : close - 1], close
        if at < end and text[at] == "{":
            at = group_end(text, at, end)
        yield m.start(), end, label, at


def _label_family(label: str) -> str | None:
    """The first author's name in natbib's label ``{Surname et~al.(1992)Surname, Other}``."""
    m = _LABEL_FAMILY.match(label.strip())
    if not m:
        return None
    name = plain(m[1]).strip(" ,.")
    return name if name[:1].isupper() and len(name.split()) <= 3 else None


def _authors_family(latex: str, label: str) -> str | None:
    if _EDITORS.search(plain(latex)):
        return ""  # an edited volume: no author, so no fact, and nobody else reads it
    authors = _YEAR.sub(" ", plain(latex))
    authors = re.sub(r"\(\s*\)|\s[.,:]\s*$", " ", authors)
    return first_author_family(authors) or _label_family(label)


# What a title keeps as written (the guidelines keep LaTeX's accents where the text has no
# Unicode form): accent commands, letters written as commands, a thin space.
# (and a space the text writes before a colon: "FunSQL : a library")
_KEPT_IN_TITLE = re.compile(rf"{_ACCENT.pattern}|{_SYMBOL.pattern}|\\,|(?<=[\w}}])[ \t](?=[:;])")
_SYMBOL_KEPT = {"\\&", "\\%", "\\$", "\\#", "\\_", "--", "``", "''"}


def title_as_written(latex: str) -> str:
    """The text of a title in LaTeX as the guidelines write it: markup commands and braces
    gone, accent commands and letters written as commands kept as written without their
    braces (``Th{\\'e}venin`` -> ``Th\\'evenin``, ``M.\\,H.`` stays), the rest as ``plain``."""
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        if m.group() in _SYMBOL_KEPT:
            return m.group()  # symbols ``plain`` writes out ("\\&" -> "&", "--" -> "–")
        kept.append(m.group().replace("{", "").replace("}", ""))
        return f"\x00{len(kept) - 1}\x00"

    text = plain(_KEPT_IN_TITLE.sub(keep, _drop_command_arguments(latex)))
    return re.sub("\x00(\\d+)\x00", lambda m: kept[int(m[1])], text)


def _title(latex: str) -> str:
    text = title_as_written(latex)
    title = clean_entry_title(text).strip(" ,.;:")
    # a title that ends in a parenthesis keeps it ("… barley (Hordeum vulgare).")
    if title.count("(") > title.count(")") and text.rstrip(" .,;:").endswith(")"):
        title += ")"
    return title


def _is_name(family: str | None) -> bool:
    """A family name opens with a capital after at most three particles ("van der Berg"), or
    is written in a script without case; a template's ``author`` or ``editor`` is no name."""
    return bool(family) and bool(_NAME_START.match(family or ""))


def _emphasised_after_names(body: str) -> tuple[int, str, str] | None:
    """(offset, authors, title) where the body's first emphasised group follows the authors
    and nothing else: names, initials and commas, ``and``, no digit, no full sentence."""
    m = _EMPHASIS_OPEN.search(body)
    if not m:
        return None
    before = plain(body[: m.start()])
    if not before or not before.endswith((",", ".", ":")) or len(before) > 300:
        return None
    if any(c.isdigit() for c in before) or before.count(".") > 3 * (before.count(",") + 2):
        return None
    group_start = m.start() if body[m.start()] == "{" else m.end() - 1
    close = group_end(body, group_start)
    inner = body[m.end() : close - 1]
    return m.end(), before, inner


def _braced_title(body: str) -> tuple[int, str] | None:
    """(offset, title) of a bare brace group of four words or more: styles that keep a
    title's case brace the whole title (``Doe, J., 2012: {A View from Above: The …}.``)."""
    for index, m in enumerate(_BARE_BRACE.finditer(body)):
        if index == MAX_BRACES:  # a bound on the work an entry of braces can ask for
            return None
        close = group_end(body, m.start())
        inner = body[m.start() + 1 : close - 1]
        if len(plain(inner).split()) >= 4 and inner.lstrip()[:1].isupper():
            return m.start() + 1, inner
    return None


def _marked_title(body: str) -> tuple[int, str] | None:
    """(offset, title) where the style marks the title as a field; a book's title only where
    no article title is marked and the book is not the one the entry is in."""
    m = _MARKED_TITLE.search(body) or _MARKED_BOOK_TITLE.search(body)
    if not m:
        return None
    close = group_end(body, m.end())
    return m.end() + 1, body[m.end() + 1 : close - 1]


# A full stop at a line's end, not an initial's ("Michael~E.\n  Matheny").
_LINE_END_STOP = re.compile(r"(?<![\s~.{(][A-Z])\.[ \t]*\n")
# An author block that names editors, not authors (``Doe, J., eds.``, ``J. Doe (Ed.)``).
_EDITORS = re.compile(r"\b(?:eds?|editors?)\b\.?\)?[\s.,]*$", re.IGNORECASE)


def _line_after_names(body: str) -> tuple[int, str, str] | None:
    """(offset, authors, title) of an entry written without ``\\newblock`` as lines of
    sentences (``Ada Lovelace and Alan Turing.`` / ``A Title on {{Two}} Lines.`` / venue):
    the authors are the first sentence, ending a line and naming people only; the title is the
    next sentence, up to the next full stop at a line's end."""
    first = _LINE_END_STOP.search(body)
    if not first or first.start() > 400:
        return None
    authors = plain(body[: first.start()])
    if not authors or any(c.isdigit() for c in authors) or not first_author_family(authors):
        return None
    if authors.count(".") > 2 * (authors.count(",") + authors.count(" and ") + 1):
        return None  # sentences, not a list of names with initials
    start = first.end()
    stop = _LINE_END_STOP.search(body, start)
    inner = body[start : stop.start() if stop else len(body)]
    if not inner.strip() or "\\newblock" in inner or len(inner) > 600:
        return None
    return start, authors, inner


def _content_blocks(body: str) -> list[str]:
    """The ``\\newblock`` blocks of an entry without those that hold only its date."""
    return [b for b in _NEWBLOCK.split(body) if not _DATE_BLOCK.match(plain(b))]


def read_bibitems(text: str) -> Iterator[Formatted]:
    """(first author's family, title) of every ``\\bibitem`` entry of a LaTeX bibliography."""
    if "\\bibitem" not in text:
        return
    for start, end, label, body_at in _items(text):
        body = text[body_at:end]
        blocks = _content_blocks(body)
        if marked := _marked_title(body):
            offset, inner = marked
            authors = blocks[0] if len(blocks) >= 2 else body[: offset - 1]
            family, title = _authors_family(authors, label), _title(inner)
            title_at = body_at + offset
        elif len(blocks) >= 2:
            family = _authors_family(blocks[0], label)
            title = _title(blocks[1])
            title_at = body_at + max(0, body.find(blocks[1]))
        elif (found := _emphasised_after_names(body)) or (found := _line_after_names(body)):
            offset, authors, inner = found
            family, title, title_at = (
                _authors_family(authors, label),
                _title(inner),
                body_at + offset,
            )
        elif braced := _braced_title(body):
            offset, inner = braced
            family = _authors_family(body[: offset - 1], label)
            title, title_at = _title(inner), body_at + offset
        else:
            reading = read_entry(shipped_labeller(), plain(body))
            if reading is None or reading.confidence < LEAST_CONFIDENCE:
                continue
            family, title, title_at = reading.family, reading.title, body_at
        if family == "":  # an edited volume's entry, claimed so that no other reader takes it
            yield Formatted(start, end, title_at, "", "")
        elif family and _is_name(family) and title:
            yield Formatted(start, end, title_at, family, title)


# biblatex's data: "\entry{roe2019}{article}{}" … "\endentry"
_BIBLATEX_ENTRY = re.compile(r"\\entry\{[^{}\n]{1,200}\}\{[a-z]{2,30}\}\{[^{}\n]{0,200}\}")
_BIBLATEX_END = re.compile(r"\\endentry\b")
_BIBLATEX_AUTHORS = re.compile(r"\\name\{author\}\{\d{1,4}\}")
_BIBLATEX_FAMILY = re.compile(r"\bfamily=\{")
_BIBLATEX_TITLE = re.compile(r"\\field\{title\}\{")
MAX_BIBLATEX_ENTRY_CHARS = 20000


def read_biblatex_entries(text: str) -> Iterator[Formatted]:
    """(first author's family, title) of every entry of a biblatex ``.bbl`` data file."""
    if "\\entry{" not in text:
        return
    for m in _BIBLATEX_ENTRY.finditer(text):
        stop = _BIBLATEX_END.search(text, m.end(), m.end() + MAX_BIBLATEX_ENTRY_CHARS)
        if stop is None:
            continue
        end = stop.end()
        authors = _BIBLATEX_AUTHORS.search(text, m.end(), end)
        family_at = authors and _BIBLATEX_FAMILY.search(text, authors.end(), end)
        title_at = _BIBLATEX_TITLE.search(text, m.end(), end)
        if not family_at or not title_at:
            continue  # an edited volume (editors only), a dataset without authors
        family_end = group_end(text, family_at.end() - 1, end)
        title_end = group_end(text, title_at.end() - 1, end)
        family = plain(text[family_at.end() : family_end - 1]).strip()
        title = _title(text[title_at.end() : title_end - 1])
        if family and _is_name(family) and title:
            yield Formatted(m.start(), end, title_at.end(), family, title)
