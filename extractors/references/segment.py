"""Entry segmentation: the lines of a bibliography-like block grouped into entries.

Entries open at a list marker (``-``, ``*``, ``1.``, ``[1]``, ``(1)``, ``<li>``, ``\\bibitem``,
``.. [key]``, a Markdown quote ``>`` before any of these) and run over the lines that continue
them: lines indented deeper than the entry's first line (hanging indent, also across a blank
line), or, in a block with markers, any unmarked line before the next blank line. In a block
without markers every line is an entry of its own unless it visibly continues the line before
(it opens in lower case or with a parenthesis, or the line before ends in a comma, a hyphen or
``and``, maybe inside closing quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.references.tokens import blank_markup

# A list marker at the start of a line, after indentation and Markdown quote marks.
_MARKER = re.compile(
    r"[ \t>]{0,200}(?:[-*+•–]|\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|\[[A-Za-z][\w+:-]{0,20}\]"
    r"|\.\. \[[^\]\n]{1,30}\]|\|)(?=[ \t]|$)"
)
_RAW_MARKER = re.compile(r"[ \t>]{0,12}(?:<li\b|\\bibitem\b|\\item\b|@\w{1,20}\{)")
_LINE_BREAK = re.compile(r"(?:\\|<br\s{0,3}/?>)[ \t\r]{0,20}$")
_CONTINUES = (",", "-", "‐", "and", "&", ":", ";")


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


def segment(text: str) -> list[Entry]:
    """The entries of a block of text, in order (lines that belong to none are left out)."""
    blanked = blank_markup(text)
    lines = _lines(text)
    entries: list[Entry] = []
    current: list[int] | None = None  # [start, end, indent, marked, blank_seen]
    block_marked = any(
        _MARKER.match(blanked, a, b) or _RAW_MARKER.match(text, a, b) for a, b in lines
    )

    def close() -> None:
        nonlocal current
        if current is not None:
            entries.append(Entry(current[0], current[1], bool(current[3])))
        current = None

    for a, b in lines:
        raw, plain = text[a:b], blanked[a:b]
        marked = bool(_MARKER.match(blanked, a, b) or _RAW_MARKER.match(text, a, b))
        if not plain.strip() and not marked:
            if not raw.strip() and current is not None:
                current[4] = 1  # a blank line: only deeper indented lines continue
            continue
        indent = _indent(plain)
        if current is not None and not marked:
            deeper = indent > current[2]
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
