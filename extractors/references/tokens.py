"""Tokens of a reference entry and their CRF features.

An entry is cut into white-space separated tokens with their offsets, after markup has been
blanked out offset-preservingly (HTML tags, the URL of a Markdown link, LaTeX commands become
spaces), so that a labelled span of tokens maps straight back onto the original text.

Features are short strings (``ItemSequence`` of string lists), computed with string methods
rather than one regular expression per token: the labeller must read megabytes per second.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

# Markup that carries no words: HTML tags and entities, the target of a Markdown link or image,
# bare URLs and DOIs, LaTeX commands (``\emph``, ``\newblock``, ``\bibitem{key}``), and the
# non-breaking tilde of LaTeX. Each is replaced by as many spaces, so offsets stay valid.
_MARKUP = re.compile(
    r"\{\\(?:em|it|bf|sl|sc)\s+"  # "{\em Title}": the brace moves onto the title's first word
    r"|</?(?:i|em|b|strong|cite)>"  # emphasis tags become "*" next to the words they set off
    r"|<[^<>\n]{0,300}>"
    r"|&(?:amp|nbsp|quot|lt|gt|#\d{1,5});"
    r"|\]\([^()\s]{0,400}\)"
    r"|\bhttps?://[^\s)\]>{}\"'<]{1,400}"
    r"|\\bibitem(?:\[[^\]]{0,400}\])?\{[^{}\n]{0,200}\}"  # natbib's [{Label(1992)Names}]
    r"|\\(?=[A-Z]\.)"  # reStructuredText escapes an initial opening an entry ("\W. Bruzda")
    r"|\\[A-Za-z]{2,20}\*?"
    r"|~"
)
_TOKEN = re.compile(r"\S+")
_PUNCT = "\"'“”‘’«»„`*_[](){}<>.,;:!?-–—/|#>"
_PARTICLES = frozenset(
    "van von der den de del della di da dos das du la le el al bin ibn ben ter ten".split()
)
_EMPHASIS_TAGS = frozenset(
    f"<{slash}{tag}>" for slash in ("", "/") for tag in ("i", "em", "b", "strong", "cite")
)
_BRACE_AS_EMPHASIS = str.maketrans("{}", "**")
_YEAR_LOW, _YEAR_HIGH = 1500, 2099


def _word_list(name: str) -> frozenset[str]:
    text = files("extractors").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


@lru_cache(maxsize=1)
def venue_words() -> frozenset[str]:
    """Words of venues and publication data (``extractors/data/venue_words.txt``)."""
    return _word_list("venue_words.txt")


@lru_cache(maxsize=1)
def shipped_given_names() -> frozenset[str]:
    """Given names (``extractors/data/given_names.txt``), lower case."""
    return _word_list("given_names.txt")


# The given names the features consult; the training script swaps in the names of its
# training strings only, so that held-out strings are measured on names never seen.
given_name_source = shipped_given_names


def blank_markup(text: str) -> str:
    """The text with markup replaced by spaces of the same length (offsets unchanged)."""

    def spaces(m: re.Match[str]) -> str:
        found = m.group()
        if found.startswith("]("):  # a link target keeps "]", the end of the linked words
            return "]" + " " * (len(found) - 1)
        if found.startswith("{\\"):
            return " " * (len(found) - 1) + "{"
        if found in _EMPHASIS_TAGS:
            return " " * (len(found) - 1) + "*" if found[1] != "/" else "*" + " " * (len(found) - 1)
        return " " * len(found)

    return _MARKUP.sub(spaces, text)


def token_spans(blanked: str) -> list[tuple[int, int]]:
    """(start, end) of the tokens of an entry whose markup is blanked already."""
    return [m.span() for m in _TOKEN.finditer(blanked)]


def tokenize(text: str) -> list[tuple[int, int]]:
    """(start, end) of the tokens of an entry, markup blanked."""
    return token_spans(blank_markup(text))


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


_QUOTE_OPENERS = frozenset('"“«„')
_QUOTE_CLOSERS = frozenset('"”»')
_SENTENCE_ENDS = frozenset(".?!")
_SUFFIXES = frozenset(("ing", "ion", "ity", "ous", "ics"))


def token_features(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """The feature strings of every token of an entry.

    Each token's own strings are built once and its neighbours' are taken from lists, so a
    token costs a few string concatenations (the labeller reads megabytes per second)."""
    n = len(spans)
    words, shapes, leads, trails = [], [], [], []
    for start, end in spans:
        lead, core, trail = _split(text[start:end])
        # LaTeX braces around a title ("\emph{Title}") set it off as emphasis does
        if "{" in lead or "}" in lead:
            lead = lead.translate(_BRACE_AS_EMPHASIS)
        if "{" in trail or "}" in trail:
            trail = trail.translate(_BRACE_AS_EMPHASIS)
        words.append(core.lower())
        shapes.append(_shape(core))
        leads.append(lead[-2:])
        trails.append(trail[:2])
    word_feature = [w if len(w) <= 14 else "LONG" for w in words]
    shape_punct = [s + lead + "|" + t for s, lead, t in zip(shapes, leads, trails, strict=True)]
    before2 = ["-2s=EDGE", "-2s=EDGE"][:n] + ["-2s=" + x for x in shape_punct[:-2]]
    before1 = ["-1s=EDGE"][:n] + ["-1s=" + x for x in shape_punct[:-1]]
    after1 = ["1s=" + x for x in shape_punct[1:]] + ["1s=EDGE"][:n]
    after2 = ["2s=" + x for x in shape_punct[2:]] + ["2s=EDGE", "2s=EDGE"][: min(2, n)]
    word_before = [""] + ["-1w=" + w for w in word_feature[:-1]]
    word_after = ["1w=" + w for w in word_feature[1:]] + [""]
    given, venue = given_name_source(), venue_words()
    rows: list[list[str]] = []
    # Running state, cheap to keep and telling where the author list ends: the full stops
    # seen so far (not after initials), whether a year was seen, inside quotes or emphasis.
    sentences, seen_year, quoted, emphasised, bracketed = 0, False, False, False, False
    commas = 0  # commas since the last full stop: an author list is a run of them
    scale = max(n, 1)
    previous_end = spans[0][0] if spans else 0
    for i in range(n):
        word, shape, lead, trail = words[i], shapes[i], leads[i], trails[i]
        if lead:
            quoted = quoted or not _QUOTE_OPENERS.isdisjoint(lead)
            emphasised = emphasised or "*" in lead or "_" in lead
            bracketed = bracketed or "[" in lead
        row = [
            "sent=" + str(min(sentences, 3)),
            "yr=1" if seen_year else "yr=0",
            "cm=" + str(min(commas, 4)),
        ]
        if word in given:
            row.append("given")
        if word in venue:
            row.append("venue")
        if quoted:
            row.append("inq")
        if emphasised:
            row.append("inem")
        if bracketed:
            row.append("inbr")
        if shape == "yr" or shape == "yr+":
            seen_year = True
        if trail:
            if quoted and not _QUOTE_CLOSERS.isdisjoint(trail):
                quoted = False
            if emphasised and ("*" in trail or "_" in trail):
                emphasised = False
            if bracketed and "]" in trail:
                bracketed = False
            after_initial = shape == "X" or (len(word) <= 3 and shape == "Xx")
            if (trail[0] in _SENTENCE_ENDS and not after_initial) or trail[0] == ":":
                sentences += 1
                commas = 0
            elif "," in trail:
                commas += 1
        row += (
            "b",
            "w=" + word_feature[i],
            "s=" + shape,
            "l=" + lead,
            "r=" + trail,
            "st=" + shape_punct[i],
            "pos=" + (str(i) if i < 4 else str(min(9, 4 + (6 * i) // scale))),
            "rel=" + str((10 * i) // scale),
        )
        start = spans[i][0]
        if i == 0 or "\n" in text[previous_end:start]:
            row.append("nl")
        previous_end = spans[i][1]
        if word in _PARTICLES:
            row.append("part")
        if len(word) > 3 and word[-3:] in _SUFFIXES:
            row.append("suf=" + word[-3:])
        row.append(before2[i])
        row.append(before1[i])
        if i:
            row.append(word_before[i])
        row.append(after1[i])
        if i + 1 < n:
            row.append(word_after[i])
        row.append(after2[i])
        rows.append(row)
    return rows
