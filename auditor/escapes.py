"""Text that is itself the inside of a JSON string: ``Marie Curie (7 November 1867 \\u2013 4 July
1934)``, ``… born 1912.\\nHe died …``. Corpora hold such text wherever a data file, a dataset
card or a scraped API answer was stored as a document; its escapes hide dashes, accented names
and line breaks from every pattern. ``decoded_view`` gives the text with its escapes decoded
and a map of offsets back into the original, so that facts read in the view keep their places.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from extractors.api import Fact

# A document is read decoded only when it shows JSON's own escapes: a \uXXXX code, an escaped
# quote, or an escaped line break before a capital letter, a space or another escape.
_JSON_SIGN = re.compile(r'\\u[0-9a-fA-F]{4}|\\"|\\n(?=[A-Z\s\\"])')
# LaTeX (a .bbl, a paper's source) and BibTeX write commands and accents with backslashes
# that look like escapes (\newblock, \textit, \url, {\"o}): such a text is left as it is.
_LATEX_COMMAND = re.compile(
    r"\\(?:newblock|bibitem|emph|textit|textbf|textsc|url|href|begin|end|cite|item|section|"
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


def decoded_view(text: str) -> DecodedView | None:
    """``text`` with its JSON string escapes decoded, when it shows them and is no LaTeX;
    None otherwise (most documents: a backslash is rare in prose)."""
    if "\\" not in text or not _JSON_SIGN.search(text) or _LATEX_COMMAND.search(text):
        return None
    pieces: list[str] = []
    breaks: list[tuple[int, int]] = []
    position = decoded = 0
    matches = list(_ESCAPE.finditer(text))
    skip_next = False
    for index, m in enumerate(matches):
        if skip_next:
            skip_next = False
            continue
        pieces.append(text[position : m.start()])
        decoded += m.start() - position
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
        breaks.append((decoded, m.start()))
        pieces.append(char)
        decoded += len(char)
        breaks.append((decoded, end))
        position = end
    pieces.append(text[position:])
    return DecodedView("".join(pieces), tuple(breaks))
