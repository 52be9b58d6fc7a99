"""Tokens of a reference entry and their CRF features.

An entry is cut into white-space separated tokens with their offsets, after markup has been
blanked out offset-preservingly (HTML tags, the URL of a Markdown link, LaTeX commands become
spaces), so that a labelled span of tokens maps straight back onto the original text.

Features are short strings (``ItemSequence`` of string lists), computed with string methods
rather than one regular expression per token: the labeller must read megabytes per second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


# A subtitle opens like a title; a venue's abbreviations are short or end with a full stop.
_SUBTITLE_OPENERS = frozenset("A An The On How Why What When Where Who Toward Towards".split())
_VENUE_LINKS = frozenset("of and & the".split())


def is_abbreviated_venue(words: list[str]) -> bool:
    """Whether words read as a venue's abbreviated name ("J Mach Learn Res", "Phys. Rev. B"):
    six words at most, each short, abbreviated, a number or a linking word, and not opening
    like a subtitle."""
    if not words or words[0] in _SUBTITLE_OPENERS or len(words) > 6:
        return False
    return all(
        w in _VENUE_LINKS or w.isdigit() or w.endswith((".", "\\")) or len(w) <= 6 for w in words
    )


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
    """The text with markup replaced by spaces of the same length (offsets unchanged); emphasis
    kept as asterisks (HTML's tags, Markdown's underscores), which the labeller reads."""

    def spaces(m: re.Match[str]) -> str:
        found = m.group()
        if found.startswith("]("):  # a link target keeps "]", the end of the linked words
            return "]" + " " * (len(found) - 1)
        if found.startswith("{\\"):
            return " " * (len(found) - 1) + "{"
        if found in _EMPHASIS_TAGS:
            return " " * (len(found) - 1) + "*" if found[1] != "/" else "*" + " " * (len(found) - 1)
        return " " * len(found)

    blanked = _MARKUP.sub(spaces, text)
    if "_" in blanked:  # Markdown's other emphasis, read as its asterisks are
        blanked = _UNDERSCORE_EMPHASIS.sub(
            lambda m: "*" * len(m[1]) + m[2] + "*" * len(m[1]), blanked
        )
    return blanked


# "_The Quiet Estuary_", "__Title__": emphasis at word boundaries (not a snake_case name)
_UNDERSCORE_EMPHASIS = re.compile(
    r"(?<![\w*])(_{1,2})(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])\1(?![\w*])"
)


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
# Bits of what a token opens and closes, read by the running state of ``token_features``.
_OPENS_QUOTE, _OPENS_EMPHASIS, _OPENS_BRACKET = 1, 2, 4
_CLOSES_QUOTE, _CLOSES_EMPHASIS, _CLOSES_BRACKET = 8, 16, 32
_ENDS_SENTENCE, _ENDS_CLAUSE, _IS_YEAR = 64, 128, 256
_OPENS = _OPENS_QUOTE | _OPENS_EMPHASIS | _OPENS_BRACKET
_UPDATES = 0b111111000  # closes something, ends a sentence or a clause, is a year
# The feature strings of the running state and of the position, built once.
_SENT = tuple(f"sent={k}" for k in range(4))
_COMMAS = tuple(f"cm={k}" for k in range(5))
_POS = tuple(f"pos={k}" for k in range(10))
_REL = tuple(f"rel={k}" for k in range(10))


@dataclass(frozen=True, slots=True)
class _Token:
    """What ``token_features`` needs of one token's text, independent of its neighbours."""

    shape_punct: str  # shape, leading and trailing punctuation: the neighbours' feature
    word: str  # the word feature of the neighbours ("LONG" for a long one)
    own: tuple[str, ...]  # the token's own feature strings
    flags: int  # the _OPENS_*, _CLOSES_*, _ENDS_* and _IS_YEAR bits


def _read_token(token: str, given: frozenset[str], venue: frozenset[str]) -> _Token:
    """The features of one token on its own (its words, shape, punctuation, lexicons)."""
    lead, core, trail = _split(token)
    # LaTeX braces around a title ("\\emph{Title}") set it off as emphasis does
    if "{" in lead or "}" in lead:
        lead = lead.translate(_BRACE_AS_EMPHASIS)
    if "{" in trail or "}" in trail:
        trail = trail.translate(_BRACE_AS_EMPHASIS)
    # the two punctuation marks next to the word are what the features and the state read
    lead, trail = lead[-2:], trail[:2]
    word, shape = core.lower(), _shape(core)
    word_feature = word if len(word) <= 14 else "LONG"
    shape_punct = shape + lead + "|" + trail
    own = [
        "b",
        "w=" + word_feature,
        "s=" + shape,
        "l=" + lead,
        "r=" + trail,
        "st=" + shape_punct,
    ]
    if word in given:
        own.append("given")
    if word in venue:
        own.append("venue")
    if word in _PARTICLES:
        own.append("part")
    if len(word) > 3 and word[-3:] in _SUFFIXES:
        own.append("suf=" + word[-3:])
    flags = 0
    if lead:
        if not _QUOTE_OPENERS.isdisjoint(lead):
            flags |= _OPENS_QUOTE
        if "*" in lead or "_" in lead:
            flags |= _OPENS_EMPHASIS
        if "[" in lead:
            flags |= _OPENS_BRACKET
    if shape == "yr" or shape == "yr+":
        flags |= _IS_YEAR
    if trail:
        if not _QUOTE_CLOSERS.isdisjoint(trail):
            flags |= _CLOSES_QUOTE
        if "*" in trail or "_" in trail:
            flags |= _CLOSES_EMPHASIS
        if "]" in trail:
            flags |= _CLOSES_BRACKET
        after_initial = shape == "X" or (len(word) <= 3 and shape == "Xx")
        if (trail[0] in _SENTENCE_ENDS and not after_initial) or trail[0] == ":":
            flags |= _ENDS_SENTENCE
        elif "," in trail:
            flags |= _ENDS_CLAUSE
    return _Token(shape_punct, word_feature, tuple(own), flags)


# Tokens recur ("and", "In", "pp.", "2019."): each distinct token is read once. The cache is
# emptied when it grows large or when the given names it was built with change.
_TOKEN_CACHE: dict[str, _Token] = {}
_TOKEN_CACHE_LIMIT = 200_000
_cache_lexicons: list[object] = [None]


def _tokens(text: str, spans: list[tuple[int, int]]) -> list[_Token]:
    given = given_name_source()
    if _cache_lexicons[0] is not given or len(_TOKEN_CACHE) > _TOKEN_CACHE_LIMIT:
        _TOKEN_CACHE.clear()
        _cache_lexicons[0] = given
    venue = venue_words()
    out = []
    for start, end in spans:
        token = text[start:end]
        read = _TOKEN_CACHE.get(token)
        if read is None:
            read = _TOKEN_CACHE[token] = _read_token(token, given, venue)
        out.append(read)
    return out


def token_features(text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
    """The feature strings of every token of an entry.

    Each distinct token's own strings are built once (cached), its neighbours' are taken from
    lists, and the running state is a few bit tests, so a token costs a few list operations
    (the labeller reads megabytes per second)."""
    n = len(spans)
    if not n:
        return []
    read = _tokens(text, spans)
    shape_punct = [t.shape_punct for t in read]
    words = [t.word for t in read]
    before2 = ["-2s=EDGE", "-2s=EDGE"][:n] + ["-2s=" + x for x in shape_punct[:-2]]
    before1 = ["-1s=EDGE", *["-1s=" + x for x in shape_punct[:-1]]]
    after1 = ["1s=" + x for x in shape_punct[1:]] + ["1s=EDGE"]
    after2 = ["2s=" + x for x in shape_punct[2:]] + ["2s=EDGE", "2s=EDGE"][: min(2, n)]
    word_before = ["-1w=" + w for w in words[:-1]]
    word_after = ["1w=" + w for w in words[1:]]
    # a token opens a line where a line break lies between it and the token before
    line_starts = [True] * n
    if "\n" in text:
        for i in range(1, n):
            line_starts[i] = "\n" in text[spans[i - 1][1] : spans[i][0]]
    else:
        line_starts = [True] + [False] * (n - 1)
    positions = [*_POS[: min(n, 4)], *[_POS[min(9, 4 + (6 * i) // n)] for i in range(4, n)]]
    relative = [_REL[(10 * i) // n] for i in range(n)]
    rows: list[list[str]] = []
    # Running state, cheap to keep and telling where the author list ends: the full stops
    # seen so far (not after initials, capped at 3), whether a year was seen, inside quotes or
    # emphasis; the commas since the last full stop (capped at 4: an author list is a run).
    sentences, commas, seen_year, quoted, emphasised, bracketed = 0, 0, False, False, False, False
    for i in range(n):
        token = read[i]
        flags = token.flags
        if flags & _OPENS:
            quoted = quoted or bool(flags & _OPENS_QUOTE)
            emphasised = emphasised or bool(flags & _OPENS_EMPHASIS)
            bracketed = bracketed or bool(flags & _OPENS_BRACKET)
        row = [
            _SENT[sentences],
            "yr=1" if seen_year else "yr=0",
            _COMMAS[commas],
            *token.own,
            positions[i],
            relative[i],
            before2[i],
            before1[i],
            after1[i],
            after2[i],
        ]
        if quoted:
            row.append("inq")
        if emphasised:
            row.append("inem")
        if bracketed:
            row.append("inbr")
        if line_starts[i]:
            row.append("nl")
        if i:
            row.append(word_before[i - 1])
        if i + 1 < n:
            row.append(word_after[i])
        rows.append(row)
        if not flags & _UPDATES:
            continue
        if flags & _IS_YEAR:
            seen_year = True
        if flags & _CLOSES_QUOTE:
            quoted = False
        if flags & _CLOSES_EMPHASIS:
            emphasised = False
        if flags & _CLOSES_BRACKET:
            bracketed = False
        if flags & _ENDS_SENTENCE:
            sentences = min(sentences + 1, 3)
            commas = 0
        elif flags & _ENDS_CLAUSE:
            commas = min(commas + 1, 4)
    return rows
