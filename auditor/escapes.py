"""Text that is itself the inside of a JSON string: ``Marie Curie (7 November 1867 \\u2013 4 July
1934)``, ``… born 1912.\\nHe died …``. Corpora hold such text wherever a data file, a dataset
card or a scraped API answer was stored as a document; its escapes hide dashes, accented names
and line breaks from every pattern. Pages saved with their HTML character references
(``O&#8217;Brien``, ``1901 &ndash; 1980``) hide them the same way, and so do the spaces such pages
keep as characters of their own (``26\u00a0April 1846``, a soft hyphen inside a name).
``decoded_view`` gives the text with all of these decoded and a map of offsets back into the
original, so that facts read in the view keep their places.
"""

from __future__ import annotations

import html
import os
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from extractors.api import Fact

# A document is read decoded only when it shows JSON's own escapes: a \uXXXX code, an escaped
# quote, or an escaped line break before a capital letter, a space, another escape, a digit or
# a list's mark (a numbered list: "References\n1. Roe A, …"; no LaTeX command opens so).
_JSON_SIGN = re.compile(r'\\u[0-9a-fA-F]{4}|\\"|\\n(?=[A-Z0-9\s\\"*#\[(-])')
# LaTeX (a .bbl, a paper's source) and BibTeX write commands and accents with backslashes
# that look like escapes (\newblock, \textit, \url, {\"o}): such a text is left as it is.
_LATEX_COMMAND = re.compile(
    # (a command's own backslash, not the second of an escaped pair: JSON writes LaTeX's
    # "\emph" as "\\emph", and such a text is decoded)
    r"(?<!\\)\\(?:newblock|bibitem|emph|textit|textbf|textsc|url|href|begin|end|cite|item|section|"
    r"frac|mathrm|noindent|documentclass|usepackage)\b|(?m:^[^\S\n]*@[A-Za-z]+[^\S\n]*\{)"
)
_ESCAPE = re.compile(r'\\(?:u(?P<code>[0-9a-fA-F]{4})|(?P<char>["\\/bfnrt]))')
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


@dataclass(frozen=True)
class DecodedView:
    """``text`` decoded; ``breaks`` pairs each decoded offset where an escape's output starts
    or ends with its original offset (sorted), from which every offset maps back."""

    text: str
    breaks: tuple[tuple[int, int], ...]

    def original(self, offset: int) -> int:
        """The original offset of the decoded ``offset`` (inside an escape's output: the
        escape's start)."""
        index = bisect_right(self.breaks, (offset, float("inf"))) - 1
        if index < 0:
            return offset
        decoded_at, original_at = self.breaks[index]
        return original_at + (offset - decoded_at)

    def mapped(self, facts: Iterable[Fact]) -> list[Fact]:
        """``facts`` read in the view, with their offsets in the original text."""
        return [replace(f, start=self.original(f.start), end=self.original(f.end)) for f in facts]


# HTML's character references, which pages saved as text keep: "O&#8217;Brien", "1901 &ndash;
# 1980", "Lima &amp; Cusco". Decoded only where they stand for a character (html.unescape), and
# only the ones of letters, punctuation and spaces that patterns read.
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")


# Spaces other than U+0020: a no-break space (HTML's &nbsp;, which Wikipedia puts between a day
# and its month and after an initial), typesetting's fixed, thin and narrow spaces, the
# ideographic space. Every pattern reads them as the space they are: replaced one for one.
_ODD_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Characters that show nothing inside a word and split it for every pattern: the soft hyphen
# (a hyphenation point, "Tchai\u00adkovsky"), the zero-width space, the word joiner and a byte
# order mark left inside a text. Removed. (The zero-width joiner and non-joiner stay: they
# shape Persian and Indic words and emoji.)
_INVISIBLES = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLES}]+")

# A line's end written as Windows (CR LF) or the old Mac OS (CR) write it: one line break, as
# Python's universal newlines read it; every pattern parts lines at "\n" alone, and reads a CR
# before it as a space within the line.
_CARRIAGE_RETURN = re.compile(r"\r\n?")


# The white space before a line's first character (lines of white space alone are blank).
_INDENT = re.compile(r"(?m)^[ \t]+(?=[^ \t\r\n])")
# a line whose text starts at the margin (a text whose first line does has no indentation)
_LINE_AT_MARGIN = re.compile(r"\n[^ \t\r\n]")
# a text whose first line is indented (no other can be indented as a whole)
_INDENTED_OPENING = re.compile(r"[\r\n]*[ \t]")


def _dedent_edits(text: str) -> list[tuple[int, int, str]]:
    """The edits that take off the indentation every line of ``text`` shares (two spaces or
    a tab at least), as ``textwrap.dedent`` does: a text indented as a whole (a page's text
    set in from its margin, a mail's indented body, a PDF's text) reads as its lines do, a
    line's patterns anchored where the line's words start. Lines of white space alone are
    left as they are; none when some line holds text at its margin."""
    if _LINE_AT_MARGIN.search(text):
        return []
    common = os.path.commonprefix(list(set(_INDENT.findall(text))))
    if len(common) < 2 and common != "\t":
        return []
    width = len(common)
    return [(m.start(), m.start() + width, "") for m in _INDENT.finditer(text)]


def _has_any(text: str, chars: str) -> bool:
    """Whether ``text`` holds one of ``chars``; a substring test per character is ten times
    faster than a character-class search, and an ASCII text (most) is answered at once."""
    return not text.isascii() and any(char in text for char in chars)


# The full-width punctuation of Chinese and Japanese text, one for one its ASCII form (as
# NFKC reads it): "张三（1950年5月3日—2020年6月4日），…" is a life span in brackets.
_FULL_WIDTH = {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"}


def _plain_spaces(text: str) -> str:
    """``text`` with every space of ``_ODD_SPACES`` a plain space and full-width brackets and
    stops their ASCII forms (``str.replace`` per character present: several times faster than
    ``str.translate`` over a long text); ``text`` itself, the same object, where it has none."""
    if not text.isascii():
        for space in _ODD_SPACES:
            if space in text:
                text = text.replace(space, " ")
        for wide, narrow in _FULL_WIDTH.items():
            if wide in text:
                text = text.replace(wide, narrow)
    return text


def _json_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, decoded) for every JSON escape of ``text`` (a surrogate pair as one)."""
    edits: list[tuple[int, int, str]] = []
    matches = list(_ESCAPE.finditer(text))
    skip_next = False
    for index, m in enumerate(matches):
        if skip_next:
            skip_next = False
            continue
        end = m.end()
        if m["code"]:
            code = int(m["code"], 16)
            following = matches[index + 1] if index + 1 < len(matches) else None
            if (
                0xD800 <= code < 0xDC00
                and following is not None
                and following.start() == m.end()
                and following["code"]
                and 0xDC00 <= int(following["code"], 16) < 0xE000
            ):
                low = int(following["code"], 16)
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                end, skip_next = following.end(), True
            char = chr(code) if not 0xD800 <= code < 0xE000 else "\ufffd"
        else:
            char = _SIMPLE[m["char"]]
        edits.append((m.start(), end, char))
    return edits


def _entity_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, decoded) for every HTML character reference of ``text`` that stands for one
    printable character other than markup's own ``<`` and ``>`` (which would make tags)."""
    edits = []
    for m in _ENTITY.finditer(text):
        char = html.unescape(m.group())
        if len(char) == 1 and char not in "<>" and (char.isprintable() or char.isspace()):
            edits.append((m.start(), m.end(), char))
    return edits


# Pages saved with their markup put a tag around every paragraph, list item and heading
# ("<p>Born: October 3, 1941</p>", "<li>Anhui — Hefei</li>"): the lines that field blocks,
# lists and tables of text are read from then open and close with tags. Layout tags are taken
# out (at a line's start or end) or made the line break they stand for (between two pieces of
# text); inline tags that only style or link words are taken out (<span>, <font>, <a>).
# Tables, emphasis and citations (<table>, <td>, <i>, <b>, <u>, <cite>) stay: their readers use
# them (a title's emphasis; a programme's title in bold opening its line is a trigger).
_BLOCK_TAGS = (
    "p|div|li|ul|ol|h[1-6]|blockquote|dd|dt|dl|section|article|header|footer|nav|main|aside|"
    "body|html|head|title|center|br|hr"
)
_INLINE_TAGS = "span|font|abbr|small|big|sup|sub|a"
# A tag as HTML writes it now: a lower-case name and attributes with values (`<p>`, `<br />`,
# `<a href="…">`). A wire story's tickers (`<DD>`, `<Mark Resources Inc>`) and a mail's
# `<big grin>` are no tags.
_ATTRIBUTE = r"""[^\S\n]+[\w:-]{1,40}=(?:"[^"\n<>]{0,300}"|'[^'\n<>]{0,300}'|[^\s"'<>]{1,300})"""
_TAG = rf"</?(?:{_BLOCK_TAGS}|{_INLINE_TAGS})(?:{_ATTRIBUTE}){{0,10}}[^\S\n]*/?>"
_TAG_RUN = re.compile(rf"{_TAG}(?:[^\S\n]*{_TAG})*")
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK_TAGS})\b")
_TAG_HINT = re.compile(rf"</?(?:{_BLOCK_TAGS}|{_INLINE_TAGS})[\s/>]")


# A page's HTML source, whose line breaks are the writer's formatting, not the page's lines:
# a document declared HTML, or one where layout tags stand on most lines ("<p>\n  <b>\n
# Title\n  </b>\n</p>", a publication list as its page's source shows it).
_HTML_DOCUMENT = re.compile(r"(?i)<!doctype\s+html|<html[\s>]|<body[\s>]")
_PRE = re.compile(r"(?i)<(?:pre|textarea|code)[\s>]")
_SOURCE_MIN_TAGS = 10  # structure tags a fragment holds at least to be read as a page's source
_SOURCE_MIN_SHARE = 0.3  # and the share of its non-blank lines that hold one
# a run of white space and layout or inline tags: what a browser shows as one space, or as one
# line break where a layout tag is in it
_RENDERED_RUN = re.compile(rf"(?:\s|{_TAG})+")


# the tags of a page's structure (not "<br>" or "<hr>", which Markdown writers put in lines)
_STRUCTURE_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|section|article|dd|dt|dl)\b")
# what Markdown writes: a heading's hashes, a list item's mark, a link
_MARKDOWN = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]+\S)|\]\((?:https?:|/|#)")


def _is_html_source(text: str) -> bool:
    """Whether ``text`` is a page's HTML source, to be read as the page shows it: declared
    HTML, or structure tags on many of its lines and no Markdown (no preformatted text in it
    either, whose line breaks are its own)."""
    if _PRE.search(text):
        return False
    if _HTML_DOCUMENT.search(text, 0, 5000):
        return True
    if len(_STRUCTURE_TAG.findall(text)) < _SOURCE_MIN_TAGS or _MARKDOWN.search(text):
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    tagged = sum(1 for line in lines if _BLOCK_TAG.search(line))
    return tagged >= _SOURCE_MIN_SHARE * len(lines)


def _rendered_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) that read a page's source as the page shows it: each run of
    white space and tags one line break where a layout tag is in it, else one space (or
    nothing for inline tags alone); a run of spaces without a line break stays."""
    edits = []
    for m in _RENDERED_RUN.finditer(text):
        run = m.group()
        if "<" not in run and "\n" not in run:
            continue
        if _BLOCK_TAG.search(run):
            edits.append((m.start(), m.end(), "\n"))
        elif not any(c.isspace() for c in run):
            edits.append((m.start(), m.end(), ""))  # inline tags inside a word's run
        else:
            edits.append((m.start(), m.end(), " "))
    return edits


def _tag_edits(text: str, html_source: bool) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every run of layout and inline tags of ``text``: nothing
    where the run opens or closes its line (spaces aside), a line break where a layout tag
    parts two pieces of text on one line, nothing for inline tags there. A page's HTML source
    is read as the page shows it (``_rendered_edits``)."""
    if html_source:
        return _rendered_edits(text)
    edits = []
    for m in _TAG_RUN.finditer(text):
        start, end = m.span()
        # only spaces between the run and its line's start or end (looked at within 80
        # characters, so that a long line costs no more than a short one)
        before = text[max(0, start - 80) : start].rpartition("\n")
        after = text[end : end + 80].partition("\n")
        at_edge = (not before[2].strip() and (bool(before[1]) or start <= 80)) or (
            not after[0].strip() and (bool(after[1]) or end + 80 >= len(text))
        )
        # beside a tag that stays (a table's cell: "<td><p>Lima</p></td>") it parts nothing
        beside_tag = text[start - 1 : start] == ">" or text[end : end + 1] == "<"
        breaks = not (at_edge or beside_tag) and _BLOCK_TAG.search(m.group()) is not None
        edits.append((start, end, "\n" if breaks else ""))
    return edits


# A list item wrapped over lines in a page's source (a "<li>" whose text runs on to the next
# line before its "</li>"): its line breaks are the writer's formatting, and the item is one
# line as the page shows it (the list readers read an item a line). Only an item with no other
# layout tag inside and of a list item's length.
_LIST_ITEM = re.compile(
    r"<li\b[^<>\n]{0,300}>(?P<body>[^<]{0,1000}?"
    r"(?:<(?!/?(?:li|ul|ol|p|div|h[1-6]|br|table|tr|td)\b)[^<]{0,300}?)*?)</li>"
)
_WRAP = re.compile(r"[^\S\n]*\n[^\S\n]*")


def _list_item_edits(text: str) -> list[tuple[int, int, str]]:
    """One space for each line break (and the spaces around it) inside a wrapped ``<li>``."""
    edits = []
    for m in _LIST_ITEM.finditer(text):
        body_start, body_end = m.span("body")
        if "\n" in text[body_start:body_end] and text[body_start:body_end].strip():
            edits += [(w.start(), w.end(), " ") for w in _WRAP.finditer(text, body_start, body_end)]
    return edits


# A Markdown list item hard-wrapped at a width ("* [*Title of the\n  Paper*](url) (**Ana Roe**)"):
# the lines after the item's that stand at its content's column continue it, as Markdown
# renders them; joined where the break is a wrap (the next line's first word would not have
# fitted on the line, in text whose lines come to a width), so that an item's own short second
# line ("- [Title](url)\n  Ana Roe") keeps its line.
_MARKDOWN_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)")
_MARKDOWN_ITEM_HINT = re.compile(r"(?m)^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\S[^\n]*\n[ \t]+\S")
# a line break Markdown keeps (a backslash or two spaces at the line's end, an HTML break)
_HARD_BREAK = re.compile(r"(?:\\|[^\S\n]{2}|<br\s*/?>)$")
# a record's field on its line ("  title: …", YAML's and a data list's)
_FIELD_LINE = re.compile(r"[\w-]{1,30}[^\S\n]?:(?:[^\S\n]|$)")
_MARKDOWN_WIDTH_SHARE = 0.75  # the width: the length this share of the nearby lines come to
_MARKDOWN_WRAP_WIDTH = 50  # narrower text is no text wrapped at a width
_MARKDOWN_NEAR_WIDTH = 8  # characters short of the width a wrapped line comes to
_MARKDOWN_WRAPPED_LINES = 3  # such lines near a line, for its break to be taken for a wrap
_MARKDOWN_WRAP_REACH = 10  # lines before and after a line that are its neighbours


def _markdown_item_edits(text: str) -> list[tuple[int, int, str]]:
    """One space for each line break (with the indent after it) inside a wrapped Markdown
    list item."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"(?m)^[^\n]*", text)]
    lengths = [len(text[a:b].rstrip()) for a, b in lines]
    edits = []
    column = None  # the content's column of the item the lines are in
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            column = None
            continue
        if item := _MARKDOWN_ITEM.match(line):
            column = item.end()
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        if column is None or indent != column:
            column = None
            continue
        before = index - 1
        previous = text[lines[before][0] : lines[before][1]]
        if _HARD_BREAK.search(previous) or _FIELD_LINE.match(line, indent):
            continue  # a break the writer asked for ("\\", "<br>"), a record's next field
        reach = sorted(
            lengths[max(0, before - _MARKDOWN_WRAP_REACH) : before + _MARKDOWN_WRAP_REACH + 1]
        )
        # (the width wrapped at: most long lines come near it; a link's address may pass it)
        width = reach[int(len(reach) * _MARKDOWN_WIDTH_SHARE)]
        first_word = len(line.split(None, 1)[0])
        # a wrap: the line's first word would not have fitted on the line before, in text
        # whose lines come to a width (several near it)
        near_width = sum(1 for length in reach if length >= width - _MARKDOWN_NEAR_WIDTH)
        if (
            width >= _MARKDOWN_WRAP_WIDTH
            and near_width >= _MARKDOWN_WRAPPED_LINES
            and lengths[before] + 1 + first_word > width
        ):
            edits.append((lines[before][0] + lengths[before], start + indent, " "))
    return edits


# A table's rows written on one line, as a page's minified source or a saved fragment gives
# them ("<table><tr><th>Born</th><td>3 May 1921</td></tr><tr><th>Died</th>…"): each row is put
# on a line of its own (a line break inserted before its tag), as the table readers and the
# field readers read a table's rows. The tags stay.
_ROW_OPEN = re.compile(r"<tr\b")


def _table_row_edits(text: str) -> list[tuple[int, int, str]]:
    """A line break inserted before each ``<tr`` that does not open its line."""
    edits = []
    for m in _ROW_OPEN.finditer(text):
        # (looked at within 200 characters: a long line costs no more than a short one)
        if text[max(0, m.start() - 200) : m.start()].rpartition("\n")[2].strip():
            edits.append((m.start(), m.start(), "\n"))
    return edits


# A document that is one JSON object holding one string ('{"text": "Title\\n\\nBody …"}'): its
# wrapper stands before the first line and after the last, where line-anchored readers would
# not see them as the text's edges.
# (or the string alone, its quotes around the whole text: a data file's value stored bare)
_JSON_WRAPPER_HEAD = re.compile(
    r'\A[ \t\r\n]*(?:\{[ \t\r\n]*"[\w-]{1,30}"[ \t]*:[ \t]*"|(?P<bare>"))'
)
_JSON_WRAPPER_TAIL = re.compile(r'"[ \t\r\n]*\}[ \t\r\n]*\Z')
_JSON_BARE_TAIL = re.compile(r'(?<!\\)"[ \t\r\n]*\Z')


def _json_wrapper_edits(text: str) -> list[tuple[int, int, str]]:
    """The wrapper of a one-string JSON object taken out (its key and quotes, its brace), or
    the quotes of a bare string around the whole text."""
    head = _JSON_WRAPPER_HEAD.match(text)
    tail_pattern = _JSON_BARE_TAIL if head and head["bare"] else _JSON_WRAPPER_TAIL
    tail = tail_pattern.search(text, max(0, len(text) - 40)) if head else None
    if head is None or tail is None or tail.start() < head.end():
        return []
    return [(0, head.end(), ""), (tail.start(), len(text), "")]


# Wikitext's links, which a dump of a wiki's source keeps: "[[Vilnius]], the capital of
# [[Lithuania]]", "[[Lithuania|the Lithuanian Republic]]": read as the page shows them, the
# label (or the target) alone. A link with more than one bar (a file's "[[File:x.jpg|thumb|…]]")
# or with a link inside is left as written, and so is Markdown's bracketed label before its
# target ("[[paper]](https://…)").
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]{1,200}\|)?(?P<label>[^\[\]|\n]{1,200})\]\](?!\()")


# A post's hashtags before a name: "#Nairobi, the capital of #Kenya", read as the words they
# tag (not a word's own "#": "C#", a link's "page#Section", a number's "#12").
_HASHTAG = re.compile(r"(?<![\w#&/])#(?=[A-Z][a-z])")


def _wiki_link_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _WIKI_LINK.finditer(text):
        edits += [(m.start(), m.start("label"), ""), (m.end("label"), m.end(), "")]
    return edits


# Markdown's escapes, which HTML-to-Markdown converters write before the signs Markdown would
# read as markup ("\[1\] Roe, A.", "1\. Kenya", "\*Title\*", "snake\_case"): read as the
# signs alone. Only in a text that shows two or more of them, and no LaTeX (whose "\_" and
# "\#" are its own) and no JSON string (decoded as such); an escaped backslash is its own.
# (CommonMark lets a backslash escape any ASCII punctuation; quotes are left to JSON's reading)
_MARKDOWN_ESCAPE = re.compile(r"(?<!\\)\\(?=[][!#$%&()*+,./:;<=>?@^_`{|}~-])")
_MARKDOWN_ESCAPE_SIGN = re.compile(r"(?<!\\)\\[][*_]|(?m:^[^\S\n]*\d{1,3}\\\.)")


def _markdown_escape_edits(text: str) -> list[tuple[int, int, str]]:
    signs = _MARKDOWN_ESCAPE_SIGN.finditer(text)
    if next(signs, None) is None or next(signs, None) is None:
        return []
    return [(m.start(), m.end(), "") for m in _MARKDOWN_ESCAPE.finditer(text)]


# Emphasis tags around words on one line, in text that is no page's source ("T. Roe and <b>A.
# Moe</b>. Title. <i>Venue</i>, 2019", a publication list's HTML pasted into Markdown): read as
# Markdown writes emphasis, the same signs whatever the markup.
_EMPHASIS_PAIR = re.compile(
    r"(?P<open><(?P<tag>b|strong|i|em)>)[^<>\n]{1,300}?(?P<close></(?P=tag)>)"
)
_EMPHASIS_CLOSE = re.compile(r"</(?:b|strong|i|em)>")
_MARKDOWN_EMPHASIS = {"b": "**", "strong": "**", "i": "*", "em": "*"}


def _emphasis_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _EMPHASIS_PAIR.finditer(text):
        sign = _MARKDOWN_EMPHASIS[m["tag"]]
        edits += [(*m.span("open"), sign), (*m.span("close"), sign)]
    return edits


def decoded_view(text: str) -> DecodedView | None:
    """``text`` with its JSON string escapes decoded (when it shows them and is no LaTeX), its
    HTML character references decoded, its layout and inline tags out (emphasis tags as
    Markdown's signs, outside a page's source), Markdown's escapes read, wikitext's links as
    their labels, hashtags' marks out, invisible characters removed, line ends as line feeds
    and other spaces made plain spaces; None when it has none of these (most documents: a
    backslash, an ampersand and a tag are rare in prose)."""
    edits: list[tuple[int, int, str]] = []
    if "\\" in text and not _LATEX_COMMAND.search(text):
        if _JSON_SIGN.search(text):
            edits = _json_edits(text) + _json_wrapper_edits(text)
        else:
            edits = _markdown_escape_edits(text)
    if "&" in text and (entities := _entity_edits(text)):
        edits += entities
    # (whether it is a page's source, asked once: the tags' and the list items' edits need it)
    html_source = "<" in text and _is_html_source(text)
    if "<" in text and _TAG_HINT.search(text):
        edits += _tag_edits(text, html_source)
    if "</" in text and not html_source and _EMPHASIS_CLOSE.search(text):
        edits += _emphasis_edits(text)
    if "<tr" in text:
        edits += _table_row_edits(text)
    if "<li" in text and not html_source:
        edits += _list_item_edits(text)
    if "\n " in text and _MARKDOWN_ITEM_HINT.search(text):
        edits += _markdown_item_edits(text)
    if "[[" in text:
        edits += _wiki_link_edits(text)
    if "#" in text:
        edits += [(m.start(), m.end(), "") for m in _HASHTAG.finditer(text)]
    if _has_any(text, _INVISIBLES):
        edits += [(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
    if "\r" in text:
        edits += [(m.start(), m.end(), "\n") for m in _CARRIAGE_RETURN.finditer(text)]
    if _INDENTED_OPENING.match(text):
        edits += _dedent_edits(text)
    if not edits:
        plain = _plain_spaces(text)
        return DecodedView(plain, ()) if plain is not text else None
    edits.sort()
    pieces: list[str] = []
    breaks: list[tuple[int, int]] = []
    position = decoded = 0
    for start, end, char in edits:
        if start < position:
            continue  # inside an edit already made ("\\u0026amp;")
        pieces.append(text[position:start])
        decoded += start - position
        breaks.append((decoded, start))
        pieces.append(char)
        decoded += len(char)
        breaks.append((decoded, end))
        position = end
    pieces.append(text[position:])
    decoded_text = "".join(pieces)
    # also the spaces an escape stood for
    return DecodedView(_plain_spaces(decoded_text), tuple(breaks))
