"""Tokens of a reference entry and their CRF features.

An entry is cut into white-space separated tokens with their offsets, after markup has been
blanked out offset-preservingly (HTML tags, the URL of a Markdown link, LaTeX commands become
spaces), so that a labelled span of tokens maps straight back onto the original text.

Features are short strings (``ItemSequence`` of string lists), computed with string methods
rather than one regular expression per token: the labeller must read megabytes per second.
"""

from __future__ import annotations

import re

# Markup that carries no words: HTML tags and entities, the target of a Markdown link or image,
# bare URLs and DOIs, LaTeX commands (``\emph``, ``\newblock``, ``\bibitem{key}``), and the
# non-breaking tilde of LaTeX. Each is replaced by as many spaces, so offsets stay valid.
_MARKUP = re.compile(
    r"\{\\(?:em|it|bf|sl|sc)\s+"  # "{\em Title}": the brace moves onto the title's first word
    r"|<[^<>\n]{0,300}>"
    r"|&(?:amp|nbsp|quot|lt|gt|#\d{1,5});"
    r"|\]\([^()\s]{0,400}\)"
    r"|\bhttps?://[^\s)\]>{}\"'<]{1,400}"
    r"|\\bibitem(?:\[[^\]\n]{0,200}\])?\{[^{}\n]{0,200}\}"
    r"|\\[A-Za-z]{2,20}\*?"
    r"|~"
)
_TOKEN = re.compile(r"\S+")
_PUNCT = "\"'“”‘’«»„`*_[](){}<>.,;:!?-–—/|#>"
_PARTICLES = frozenset(
    "van von der den de del della di da dos das du la le el al bin ibn ben ter ten".split()
)
_BRACE_AS_EMPHASIS = str.maketrans("{}", "**")
_YEAR_LOW, _YEAR_HIGH = 1500, 2099


def blank_markup(text: str) -> str:
    """The text with markup replaced by spaces of the same length (offsets unchanged)."""

    def spaces(m: re.Match[str]) -> str:
        found = m.group()
        if found.startswith("]("):  # a link target keeps "]", the end of the linked words
            return "]" + " " * (len(found) - 1)
        if found.startswith("{\\"):
            return " " * (len(found) - 1) + "{"
        return " " * len(found)

    return _MARKUP.sub(spaces, text)


def tokenize(text: str) -> list[tuple[int, int]]:
    """(start, end) of the tokens of an entry, markup blanked."""
    return [m.span() for m in _TOKEN.finditer(blank_markup(text))]


def _shape(core: str) -> str:
    if not core:
        return "p"
    if core.isdigit():
        if len(core) == 4 and _YEAR_LOW <= int(core) <= _YEAR_HIGH:
            return "yr"
        return "d" if len(core) < 3 else "dd"
    if core.isalpha():
        if core.isupper():
            return "X" if len(core) == 1 else ("XX" if len(core) <= 3 else "XXX")
        if core[0].isupper():
            return "Xx"
        return "x" if core.islower() else "xX"
    if core[:4].isdigit() and _YEAR_LOW <= int(core[:4]) <= _YEAR_HIGH:
        return "yr+"  # 2017a, 2017-05
    if any(c.isdigit() for c in core):
        return "dmix"
    return "Xmix" if core[0].isupper() else "xmix"


def _split(token: str) -> tuple[str, str, str]:
    """(leading punctuation, core, trailing punctuation) of a token."""
    start, end = 0, len(token)
    while start < end and token[start] in _PUNCT:
        start += 1
    while end > start and token[end - 1] in _PUNCT:
        end -= 1
    return token[:start], token[start:end], token[end:]


def token_features(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """The feature strings of every token of an entry."""
    n = len(spans)
    base: list[tuple[str, str, str, str]] = []
    for start, end in spans:
        lead, core, trail = _split(text[start:end])
        # LaTeX braces around a title ("\emph{Title}") set it off as emphasis does
        lead, trail = lead.translate(_BRACE_AS_EMPHASIS), trail.translate(_BRACE_AS_EMPHASIS)
        base.append((core.lower(), _shape(core), lead[-2:], trail[:2]))
    rows: list[list[str]] = []
    line_starts = {0}
    for i in range(1, n):
        if "\n" in text[spans[i - 1][1] : spans[i][0]]:
            line_starts.add(i)
    # Running state, cheap to keep and telling where the author list ends: the full stops
    # seen so far (not after initials), whether a year was seen, inside quotes or emphasis.
    sentences, seen_year, quoted, emphasised, bracketed = 0, False, False, False, False
    for i, (word, shape, lead, trail) in enumerate(base):
        opens_quote = any(c in lead for c in '"“«„') and not quoted
        opens_emphasis = ("*" in lead or "_" in lead) and not emphasised
        opens_bracket = "[" in lead and not bracketed
        quoted = quoted or opens_quote
        emphasised = emphasised or opens_emphasis
        bracketed = bracketed or opens_bracket
        state = [
            "sent=" + str(min(sentences, 3)),
            "yr=" + ("1" if seen_year else "0"),
        ]
        if quoted:
            state.append("inq")
        if emphasised:
            state.append("inem")
        if bracketed:
            state.append("inbr")
        if shape in ("yr", "yr+"):
            seen_year = True
        if quoted and any(c in trail for c in '"”»'):
            quoted = False
        if emphasised and ("*" in trail or "_" in trail):
            emphasised = False
        if bracketed and "]" in trail:
            bracketed = False
        after_initial = shape == "X" or (len(word) <= 3 and shape == "Xx")
        if (trail[:1] in (".", "?", "!") and not after_initial) or trail[:1] == ":":
            sentences += 1
        row = state + [
            "b",
            "w=" + (word if len(word) <= 14 else "LONG"),
            "s=" + shape,
            "l=" + lead,
            "r=" + trail,
            "st=" + shape + lead + "|" + trail,
            "pos=" + (str(i) if i < 4 else str(min(9, 4 + (6 * i) // max(n, 1)))),
            "rel=" + str((10 * i) // max(n, 1)),
        ]
        if i in line_starts:
            row.append("nl")
        if word in _PARTICLES:
            row.append("part")
        if len(word) > 3 and word[-3:] in ("ing", "ion", "ity", "ous", "ics"):
            row.append("suf=" + word[-3:])
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                w2, s2, l2, t2 = base[j]
                row.append(f"{offset}s={s2}{l2}|{t2}")
                if offset in (-1, 1):
                    row.append(f"{offset}w=" + (w2 if len(w2) <= 14 else "LONG"))
            else:
                row.append(f"{offset}s=EDGE")
        rows.append(row)
    return rows
