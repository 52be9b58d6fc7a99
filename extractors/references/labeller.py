"""The field labeller: a linear-chain CRF (python-crfsuite) that labels the tokens of one
reference entry as author (A), title (T) or other (O), and the reading of an entry it gives:
the first author's family name and the title, with the labeller's confidence.

The model is trained by ``scripts/train_references.py`` and shipped in ``extractors/data``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import as_file, files

import pycrfsuite  # type: ignore[import-untyped]

from extractors.api import load_words
from extractors.grammar import FAMILY_PARTICLES
from extractors.normalize import (
    HONORIFICS,
    MONTHS,
    WRAPPED_QUOTE_MARKS,
    join_wrapped_words,
    nfkc,
)
from extractors.persons import known_given_names
from extractors.references.names import first_author_family, is_corporate
from extractors.references.segment import CAPITALS_NAME
from extractors.references.tokens import (
    blank_markup,
    is_abbreviated_venue,
    token_features,
    token_spans,
    venue_words,
)

logger = logging.getLogger(__name__)

MODEL_NAME = "references_title.crfsuite"
# The document type mark of Chinese reference styles (GB/T 7714) ends the title: "Title[J].
# Journal", "Title[M]. Press".
_DOCUMENT_TYPE = re.compile(r"\[(?:J|M|C|D|R|P|S|N|Z|A|EB/OL|J/OL|M/OL|DB/OL)\]")
# An accent PDF extraction detached from its letter ("punktmannich- ¨ faltigkeiten").
_DETACHED_ACCENT = re.compile(r"(?:(?<=\s)|^)[\u00a8\u00b4\u00b8\u02c6-\u02dd`](?=\s|$)\s?")
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)|`")
_EDGE = "\"'“”‘’«»„[](){}<>*_ \n\t|#>"


_KEPT_LABELS = frozenset({"A", "T"})


class FieldLabeller:
    """A loaded CRF model (one per process: loading reads the file)."""

    def __init__(self, path: str):
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(path)

    def label(self, features: list[list[str]]) -> list[str]:
        """A (author), T (title) or O (other) for every token: the model's finer labels of
        the other fields (date, journal, pages …) all read as O."""
        return [got if got in _KEPT_LABELS else "O" for got in self.tagger.tag(features)]

    def marginal(self, label: str, position: int) -> float:
        """P(label at position) of the sequence tagged last."""
        return self.tagger.marginal(label, position)


@lru_cache(maxsize=1)
def shipped_labeller() -> FieldLabeller:
    """The labeller of the model shipped with the package."""
    with as_file(files("extractors").joinpath("data", MODEL_NAME)) as path:
        return FieldLabeller(str(path))


@dataclass(frozen=True)
class Reading:
    """What the labeller reads in an entry: offsets are into the entry's text."""

    family: str
    title: str
    title_start: int
    title_end: int
    author_start: int
    confidence: float  # the lower of the mean marginals of the author and the title runs


def clean_entry_title(raw: str) -> str:
    """A title as the guidelines write it: line-wrap hyphens joined, Markdown emphasis and
    braces removed, white space collapsed, no enclosing quotes or trailing full stop."""
    # (a quoted reply's marks opening the lines the title wraps onto: "The Zionist\n>Organization")
    title = join_wrapped_words(_DETACHED_ACCENT.sub("", WRAPPED_QUOTE_MARKS.sub("\n", raw)))
    title = _DOCUMENT_TYPE.split(title, maxsplit=1)[0]
    if title.count("(") > title.count(")"):  # a note the title run cut open: "Title (Google"
        title = title[: title.rfind("(")]
    title = _EMPHASIS.sub("", title).replace("{", "").replace("}", "")
    title = nfkc(title).strip(_EDGE)
    title = title.rstrip(".,;:").strip(_EDGE).rstrip(".,;: ")
    return title


# The confidence of a title read by _title_after_authors, not by the model: below what an entry
# outside a list needs (reader.MIN_CONFIDENCE), at what a list's entries need.
UNLABELLED_TITLE_CONFIDENCE = 0.6
# a list's mark before an entry: its number or its bullet
_LIST_MARK = r"[(\[]?\d{1,3}[.)\]]|[-*+•–]"
_LIST_MARK_TOKEN = re.compile(_LIST_MARK)
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def _spaces(m: re.Match[str]) -> str:
    return " " * len(m.group())


_LIST_NUMBER = re.compile(rf"[^\S\n]*(?:{_LIST_MARK})[^\S\n]+(?=\S)")
_FAMILY_INITIALS = re.compile(
    r"[A-ZÀ-Þ][\w'’-]+,[^\S\n]+(?:[A-ZÀ-Þ]\.[^\S\n-]?){1,3}(?:,|[^\S\n]|$)"
)
# a family name and a given name written out, closed by a full stop ("Roe, Ana.")
_FAMILY_GIVEN = re.compile(r"[A-ZÀ-Þ][\w'’-]+,[^\S\n]+[A-ZÀ-Þ][a-zß-ÿ]{1,20}\.")
_YEAR_TOKEN = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_INVERTED_NAME = r"[A-ZÀ-Þ][\w'’-]+,\s+(?P<given>[A-ZÀ-Þ][\w'’-]+)(?:\s+[A-ZÀ-Þ][\w'’.-]*)?"
_INVERTED_NAMES_YEAR = re.compile(
    rf"\s*(?P<names>{_INVERTED_NAME}(?:\s*[;/]\s*{_INVERTED_NAME.replace('(?P<given>', '(?:')})"
    rf"{{0,6}})\s*\((?:1[5-9]|20)\d\d[a-z]?\)[:.,]"
)
# one inverted name closed by a full stop before a capital: "Lund, Per. Title …", "Lund, Per
# K. Title …"
_INVERTED_GIVEN_STOP = re.compile(
    r"\s*[A-Z][\w'’-]{1,30},[ \t]+(?P<given>[A-Z][a-z'’-]{1,20})(?:[ \t][A-Z]\.)?\.(?=[ \t]+[A-Z])"
)
# names in ISO 690's and ABNT's form, closed by a full stop before a capital: "ROE, Ana; MOE,
# B. K. Title …"
_CAPITALS_NAMES_START = re.compile(
    rf"\s*{CAPITALS_NAME}(?:;[ \t]+{CAPITALS_NAME}){{0,10}}(?:\.|(?<=\.))(?=[ \t]+[A-Z])"
)
_YEAR_AFTER_NAMES = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)[,:.]|(?:1[5-9]|20)\d\d[a-z]?[.:]")
# (or closed by a comma, as French and Italian styles part every field: "Roe A., 2001, Title,
# Publisher, Place.")
_YEAR_COMMA_AFTER_NAMES = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?,")
_JOURNAL_WORD = re.compile(
    r"(?i)\b(?:journal|proceedings|e-?prints|transactions|bulletin|annals|arxiv|letters)\b"
)


_TITLE_YEAR_TOKEN = re.compile(r"(?:1[0-9]|20)\d\d\.")


# an initial as a list of initials-first names writes it: "R.", "J.-P.", "Th.", "v."
_INITIAL_TOKEN = re.compile(r"(?:[A-Z][a-z]?\.-?)+,?|[a-z]{1,3}\.")
_NAME_LINK_TOKEN = frozenset({"and", "&", "et", "al.", "al.,"})


def _title_as_last_name(
    text: str, spans: list[tuple[int, int]], author_run: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The author run and the title run of an entry whose author run holds, after the names
    of an initials-first list and their full stop, a short sentence that opens on no initial:
    a title of a few words the labeller read as one more name ("Fast R-CNN.", "Herons.")."""
    low, high = author_run
    if low > 1 or high - low < 3 or high >= len(spans):
        return None
    tokens = [text[a:b] for a, b in spans[low:high]]
    if not _INITIAL_TOKEN.fullmatch(tokens[0]) or not tokens[-1].endswith("."):
        return None
    # the last full stop that closes a family name (no initial) before the run's end
    cut = next(
        (
            i + 1
            for i in range(len(tokens) - 2, 0, -1)
            if tokens[i].endswith(".")
            and not _INITIAL_TOKEN.fullmatch(tokens[i])
            and tokens[i] not in _NAME_LINK_TOKEN
        ),
        None,
    )
    if cut is None or len(tokens) - cut > 4:
        return None
    title = tokens[cut:]
    if _INITIAL_TOKEN.fullmatch(title[0]) or title[0] in _NAME_LINK_TOKEN:
        return None  # one more name after the stop: "… Roe. K. Moe."
    # every name before the stop opens on an initial: a token after a comma or "and" is one
    names = tokens[:cut]
    for before, token in zip(names, names[1:], strict=False):
        after_link = before.endswith(",") or before in _NAME_LINK_TOKEN
        if after_link and token not in _NAME_LINK_TOKEN and not _INITIAL_TOKEN.fullmatch(token):
            return None
    return (low, low + cut), (low + cut, high)


def _title_after_authors(
    text: str, spans: list[tuple[int, int]], author_run: tuple[int, int], dated: bool = False
) -> tuple[int, int] | None:
    """The tokens of the sentence right after an entry's opening author run (closed by a full
    stop), up to its full stop or semicolon or before a parenthesis, when it reads as a title
    (two to thirty words, a capital first, no digits) and a year follows it in the entry."""
    if author_run[1] >= len(spans):
        return None
    # the names open the entry, after its number or bullet at most ("(2)", "[2]", "2.", "*")
    if author_run[0] > 1 or (
        author_run[0] == 1 and not _LIST_MARK_TOKEN.fullmatch(text[spans[0][0] : spans[0][1]])
    ):
        return None
    start = end = author_run[1]
    # the year after the names, closed by a comma, a colon or a full stop, as German and
    # Italian styles write it, "Roe, Ana (2019): Title. Berlin: …", "Roe A. (2019), Title,
    # «Journal», 4" (the title's end may then be a comma before the quoted journal), and APA's
    # and Chicago's with given names in full: "Roe, Ana, and Ben Moe. 2019. Title. Journal …"
    year_token = text[spans[start][0] : spans[start][1]]
    # (a year closed by its comma: the title is the next field, closed by its own comma
    # before the publisher, the place or the container: a capital or "in" after it (a digit:
    # a journal's volume); a comma before a word in lower case stays inside: "Rivers, Lakes,
    # and the Sea")
    comma_year = bool(_YEAR_COMMA_AFTER_NAMES.fullmatch(year_token))
    year_first = comma_year or bool(_YEAR_AFTER_NAMES.fullmatch(year_token))
    if year_first:
        start = end = start + 1
        dated = True
    # the names closed by a full stop, as the styles that set a book's title bare write them
    # ("Roe, Ana. Title."; not "Roe, Ana, TITLE, Publisher, 1990")
    elif not text[spans[author_run[1] - 1][0] : spans[author_run[1] - 1][1]].endswith("."):
        return None
    closed = False
    while end < len(spans):
        token = text[spans[end][0] : spans[end][1]]
        if token.startswith("("):
            closed = True
            break
        # (a title may end on a year, closed by its stop, where the entry's own year comes
        # later: "Roe, Ana. Europe 1914. New York: Press, 1967.", "The Year 2000.")
        title_year = (
            end > start
            and _TITLE_YEAR_TOKEN.fullmatch(token) is not None
            and _YEAR_TOKEN.search(text, spans[end][1]) is not None
        )
        if any(ch.isdigit() for ch in token) and not title_year:
            break
        end += 1
        if token[-1] in ".;" and len(token.rstrip(".;")) > 1:
            closed = True
            break
        if comma_year and token.endswith(",") and end - start >= 2 and end < len(spans):
            following = text[spans[end][0] : spans[end][1]]
            if following[0].isdigit():
                # a volume after the field: the journal, as astronomy's styles give no title
                # ("Roe, A. 2008, ArXiv e-prints, 803", "…, 2008, Astrophys. J., 12, 3")
                return None
            if following[0].isupper() or following in ("in", "in:"):
                closed = True
                break
        if year_first and token.endswith(",") and end < len(spans) and text[spans[end][0]] in '«“"':
            closed = True
            break
        # (or before the German "in:" that opens a chapter's or an article's container: "Roe,
        # Ana (2019): Title, in: Zeitschrift für …")
        if (
            year_first
            and token.endswith(",")
            and end < len(spans)
            and text[spans[end][0] : spans[end][1]].lower() == "in:"
        ):
            closed = True
            break
    if not closed:
        return None  # no stop ends the sentence: a venue or publisher may run on in it
    if not 2 <= end - start <= 30 or not text[spans[start][0]].isupper():
        return None
    if comma_year and _JOURNAL_WORD.search(text, spans[start][0], spans[end - 1][1]):
        return None  # "Roe A., 2008, Journal of Herons, Volume 3": the venue, no title given
    if text[spans[start][0] : spans[start][1]].lower().rstrip(":") in ("in", "edited", "ed."):
        return None  # "In ICCV, 2017": the venue, the title being unread
    if not dated and not _YEAR_TOKEN.search(text, spans[end - 1][1]):
        return None
    return start, end


def _inverted_name_end(
    text: str, spans: list[tuple[int, int]], author_run: tuple[int, int]
) -> int | None:
    """Where an author run that opens on one inverted name closed by a full stop ("Roe, Ana.",
    "Roe, Ana B.") should end, when the labeller ran it on past that stop; else None."""
    start = author_run[0]
    words = [text[a:b] for a, b in spans[start : min(author_run[1], start + 3)]]
    if len(words) < 2 or not re.fullmatch(r"[A-Z][\w'’-]+,", words[0]):
        return None
    given = words[1].rstrip(".")
    if not given[:1].isupper() or given.lower() not in known_given_names():
        return None
    if words[1].endswith(".") and len(given) > 1:
        end = start + 2  # "Roe, Ana."
    elif len(words) > 2 and re.fullmatch(r"[A-Z]\.|[A-Z][a-z]+\.", words[2]):
        end = start + 3  # "Roe, Ana B.", "Roe, Ana Beth."
    else:
        return None
    if end < len(spans) and _MORE_INITIALS.fullmatch(text, *spans[end]):
        return None  # "Roe, Ana B. C.; Moe, Ken": another initial, the name goes on
    return end if author_run[1] > end else None


# a Vancouver entry's journal (its abbreviated words) and year with the volume's semicolon,
# after a title: " J Neurosurg. 2003;98", " BMJ 2001 Apr;" (the pattern reader's too)
VANCOUVER_VENUE_AFTER = re.compile(
    r"[^\S\n]+[A-Z][A-Za-z]*(?:[^\S\n]+[A-Z][A-Za-z]*){0,5}\.?[^\S\n]+(?:1[5-9]|20)\d\d"
    r"(?:[^\S\n]+[A-Z][a-z]{2}(?:[^\S\n]+\d{1,2})?)?[^\S\n]*;"
)
_MORE_INITIALS = re.compile(r"[A-Z]\.[,;]?")


def _runs(labels: list[str], label: str) -> list[tuple[int, int]]:
    """The maximal runs of one label, in order."""
    runs, start = [], None
    for i, got in enumerate([*labels, ""]):
        if got == label and start is None:
            start = i
        elif got != label and start is not None:
            runs.append((start, i))
            start = None
    return runs


_OPEN_QUOTES = "\"“«„‘'"
_CLOSE_QUOTES = {'"': '"', "“": '”"', "«": "»", "„": '“”"', "‘": "’'", "'": "'’"}
_NOT_TITLE_START = frozenset({"in:", "and", "&"})
_NOT_TITLE_END = frozenset({"in", "in:", "in.", "pp", "pp.", "vol", "vol."})


_TRAILING_PUNCT = ".,;:!?)]}*_\"'”’»“"


# A cut inside the labelled title (at a closing quote or a full stop) is kept only where the
# labeller doubts the words after it: a title with a quotation or a subtitle after a full stop
# ("'Why me?' Reading …", "Steps on a journey. Person-centred ways") runs on with confident
# title labels, a venue it swallowed does not.
CONFIDENT_TAIL = 0.75
_VENUE_OPENERS = frozenset({"in", "in:"})


def _keeps_cut(
    text: str,
    spans: list[tuple[int, int]],
    at: int,
    run: tuple[int, int],
    title_marginals: list[float] | None,
) -> bool:
    """Whether the labelled title run ``run`` is to be cut before its token ``at``."""
    if title_marginals is None or at >= run[1]:
        return True
    if text[spans[at][0] : spans[at][1]].lower() in _VENUE_OPENERS:
        return True
    tail = title_marginals[at - run[0] :]
    return not tail or min(tail) < CONFIDENT_TAIL


DOUBTED_HEAD, SURE_BODY = 0.8, 0.9


def _skip_doubted_names(
    text: str,
    spans: list[tuple[int, int]],
    start: int,
    end: int,
    run: tuple[int, int],
    title_marginals: list[float] | None,
) -> int:
    """Where a title run opens with the end of the author list ("Lin, Ann Roy, and Bo Maji.
    Bilinear models …"), the labeller doubts the words up to that full stop and is sure of
    the words after it: the title starts after the stop."""
    if title_marginals is None:
        return start
    for i in range(start, min(end - 1, start + 12)):
        token = text[spans[i][0] : spans[i][1]]
        core = token.rstrip(_TRAILING_PUNCT)
        if not token[len(core) :].startswith(".") or len(core) < 2:
            continue
        head = title_marginals[start - run[0] : i + 1 - run[0]]
        body = title_marginals[i + 1 - run[0] : i + 5 - run[0]]
        if head and body and min(head) < DOUBTED_HEAD and min(body) >= SURE_BODY:
            return i + 1
        return start
    return start


def _given_and_particle_open(text: str, spans: list[tuple[int, int]], run: tuple[int, int]) -> bool:
    """Whether a title run opens with a capitalised word and a family name's particle closed by
    a full stop, after an inverted name's given name ("Vale, Daniela | Magalhaes da. Title."):
    a Portuguese name's last given name and its particle, never a title's head."""
    start, end = run
    if start < 2 or end - start < 4:
        return False
    family, given, word, particle = (text[a:b] for a, b in spans[start - 2 : start + 2])
    return (
        family.endswith(",")
        and given.isalpha()
        and given[:1].isupper()
        and word.isalpha()
        and word[:1].isupper()
        and particle.endswith(".")
        and particle[:-1] in FAMILY_PARTICLES
    )


def _trim_title_run(
    text: str,
    spans: list[tuple[int, int]],
    run: tuple[int, int],
    title_marginals: list[float] | None = None,
    doubt_head: bool = True,
) -> tuple[int, int] | None:
    """The title run without the labeller's typical spill-overs: a year, initial or comma
    before it, a venue after its closing quote or emphasis, a dangling "In" after it.
    ``title_marginals`` (the labeller's P(title) of the run's tokens, in order) keeps a cut
    at a closing quote or a full stop from cutting where the labeller is sure the title runs
    on, and (with ``doubt_head``) drops the names it doubts from the title's head."""
    start, end = run
    if _given_and_particle_open(text, spans, run):
        # "Vale, Daniela | Magalhaes da. Title.": the name's last given name and its particle
        start += 2
    while start < end:
        token = text[spans[start][0] : spans[start][1]]
        if start == run[0] and _year_heads_title(text, spans, run):
            break  # "Roe EJ. | 1991 Summary: National Survey.": the year is the title's
        core = token.strip(".,;:()[]*_\"'“”‘’")
        initial = len(core) == 1 and core.isupper() and token.endswith(".")
        no_letter = not any(c.isalpha() for c in core)
        # (an inverted name's closing particle, "Vale, Ana Maria | da. Title.")
        particle = token[:1].islower() and token.endswith(".") and token[:-1] in FAMILY_PARTICLES
        if (
            token[0] in ",;:)"
            or no_letter
            or initial
            or particle
            or token.lower() in _NOT_TITLE_START
        ):
            start += 1
        else:
            break
    if start >= end:
        return None
    # the labeller started inside the author-year block ("Lee DJ . 2002. Title"): the title
    # starts after the year
    for i in range(start, min(end - 1, start + 6)):
        token = text[spans[i][0] : spans[i][1]].strip("()[]{}*_")
        if token[:4].isdigit() and token.endswith(".") and len(token.rstrip(".")) in (4, 5):
            start = i + 1
            break
    start = _skip_doubted_names(
        text, spans, start, end, run, title_marginals if doubt_head else None
    )
    # a bracketed tag before the title ("[ICML 2019] Title", "(Oral) Title") is no part of it
    # unless the brackets hold all the run's words: the linked words of a Markdown link
    # ("[“Title”](url), *Venue*")
    opening = text[spans[start][0] : spans[start][1]].lstrip("*_")
    if opening and opening[0] in "[(":
        closer = "]" if opening[0] == "[" else ")"
        for i in range(start, min(end - 1, start + 4)):
            if closer in text[spans[i][0] : spans[i][1]]:
                if any(c.isalpha() for c in text[spans[i + 1][0] : spans[end - 1][1]]):
                    start = i + 1
                break
    if start >= end:
        return None
    # a title stays in its table cell: "| Model | Title | 2015-Venue | [arxiv](…) |"
    for i in range(start + 1, end):
        if text[spans[i][0] : spans[i][1]] == "|":
            end = i
            break
    linked = text[spans[start][0] : spans[start][1]].lstrip("*_")[:1] == "["
    first = text[spans[start][0] : spans[start][1]].lstrip("[(") or " "
    closers = ""
    if linked and first[0] not in _OPEN_QUOTES:
        closers = "]"  # the words of a Markdown link: "[Title](url) *Authors*"
    elif first[0] in _OPEN_QUOTES:
        closers = _CLOSE_QUOTES[first[0]]
    elif first[0] in "*_":
        closers = first[0]
    elif first[0] == "{":
        closers = "}"
    if closers == "}":  # a braced title ends where its braces balance ("{{BERT}: Deep}")
        depth = 0
        for i in range(start, end):
            token = text[spans[i][0] : spans[i][1]]
            depth += token.count("{") - token.count("}")
            if depth <= 0:
                end = i + 1
                break
    elif closers:
        for i in range(start, end):
            token = text[spans[i][0] : spans[i][1]]
            tail = token.lstrip("[(")[1:] if i == start else token
            trailing = tail[len(tail.rstrip(_TRAILING_PUNCT)) :]
            if any(c in trailing for c in closers) and _keeps_cut(
                text, spans, i + 1, run, title_marginals
            ):
                end = i + 1
                break
    else:
        # A title set off by nothing ends at its first full stop after a word: what the
        # labeller runs on past it is the venue ("Title. Mon. Wea. Rev.").
        for i in range(start, end - 1):
            token = text[spans[i][0] : spans[i][1]]
            core = token.rstrip(_TRAILING_PUNCT)
            word = len(core) >= 3 and any(c.islower() or c.isdigit() for c in core)
            following = text[spans[i + 1][0] : spans[i + 1][0] + 1]
            if (
                token[len(core) :].startswith(".")
                and (word or core.isdigit())
                and (not following.islower())
                and _keeps_cut(text, spans, i + 1, run, title_marginals)
            ):
                end = i + 1
                break
    while end > start + 1 and text[spans[end - 1][0] : spans[end - 1][1]].lower() in (
        _NOT_TITLE_END
    ):
        end -= 1
    return start, end


_NAME_JOINERS = frozenset({"and", "&", "und"})


_DANGLING = frozenset(
    "a an and or of the for in on with to by from via at as into over under its their our".split()
)


def _complete_dangling(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int]:
    """A title run that stops on a function word ("... Parameter-Efficient and") or before a
    lower-case "and"/"or" continues to the end of its sentence: a title never ends there, the
    labeller took the next line's capitalised words for names."""
    start, end = run
    last = text[spans[end - 1][0] : spans[end - 1][1]]
    following = text[spans[end][0] : spans[end][1]] if end < len(spans) else ""
    if last.rstrip(",;:").lower() not in _DANGLING and following not in ("and", "or", "&"):
        return run
    if last and last[-1] in ".?!":
        return run
    for i in range(end, min(len(spans), end + 12)):
        token = text[spans[i][0] : spans[i][1]]
        if any(c.isdigit() for c in token) or (token and token[0] in "[("):
            return run
        core = token.rstrip(_TRAILING_PUNCT)
        # (or to its colon, where the labeller took what follows for no title's: "… Lowland
        # of | Washington: Geological Society of America Bulletin, v. 105")
        if any(c in '.?!"”*_]:' for c in token[len(core) :]):
            return start, i + 1
    return run


_ABBREVIATION_TOKEN = re.compile(r"[A-Z][a-z]{0,4}\.,?")
_YEAR_ALONE = re.compile(r"\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,;:]?")
_CLAUSE_CLOSERS = ".,"


@lru_cache(maxsize=1)
def _venue_or_journal_words() -> frozenset[str]:
    return venue_words() | journal_words()


def _complete_cut_clause(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int]:
    """A title run that stops inside its clause (its last word unpunctuated) on words the
    labeller took for the venue's ("… Effects of pH and Shell | Legacy, 30 J. Shellfish Res.",
    "… on the Northeastern | Australian Margin, Geology, 38") goes on to the comma or stop one
    or two words on: a title ends on its punctuation. Not over a venue's word or abbreviation,
    a digit, or before a year."""
    start, end = run
    last = text[spans[end - 1][0] : spans[end - 1][1]]
    if not last or not last[-1].isalnum():
        return run
    venue = _venue_or_journal_words()
    # (a capitalised word after a title in sentence case opens the venue: "… in older
    # subjects | Diabetes Care, 20"; after one in Title Case it may be the title's last)
    long_words = [
        text[a:b] for a, b in spans[start:end] if len(text[a:b].strip(_TRAILING_PUNCT)) > 3
    ]
    title_case = bool(long_words) and sum(
        w.lstrip(_TRAILING_PUNCT)[:1].isupper() for w in long_words
    ) >= 0.7 * len(long_words)
    for i in range(end, min(len(spans), end + 2)):
        token = text[spans[i][0] : spans[i][1]]
        core = token.rstrip(_CLAUSE_CLOSERS)
        if (
            not core.isalpha()
            or core.lower() in venue
            or _ABBREVIATION_TOKEN.fullmatch(token)
            or core.isupper()
            or (core[0].isupper() and not title_case)
        ):
            return run
        if token[-1] in _CLAUSE_CLOSERS:
            following = text[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
            return run if _YEAR_ALONE.fullmatch(following) else (start, i + 1)
    return run


_INITIALS_TOKEN = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)*")
_INVERTED_FAMILY_TOKEN = re.compile(r"[A-Z][\w'’-]+,")
_BARE_WORD_TOKEN = re.compile(r"[A-Z][a-z][\w'’-]*")


def _title_word_after_inverted_name(
    text: str, spans: list[tuple[int, int]], labels: list[str], run: tuple[int, int]
) -> tuple[int, int]:
    """The title run with the word before it that the labeller gave to the names, where that
    word follows an inverted name's initials with no separator ("Hale, P. Counting Birds …"):
    an inverted name ends on its initials, the next name after a comma or a semicolon."""
    start = run[0]
    if start < 3 or labels[start - 1] != "A":
        return run
    word, initials, family = (
        text[spans[i][0] : spans[i][1]] for i in (start - 1, start - 2, start - 3)
    )
    if (
        _BARE_WORD_TOKEN.fullmatch(word)
        and _INITIALS_TOKEN.fullmatch(initials)
        and _INVERTED_FAMILY_TOKEN.fullmatch(family)
    ):
        return start - 1, run[1]
    return run


_VANCOUVER_LAST_INITIALS = re.compile(r"[A-Z]{1,3}\.")


def _title_words_after_names_stop(
    text: str, spans: list[tuple[int, int]], labels: list[str], run: tuple[int, int]
) -> tuple[int, int]:
    """The title run with the words before it that the labeller gave to the names, where the
    run opens on "and" or "&" or follows one (no title opens so) and those words follow a
    full stop closing a name ("Ana Roe and Ken Moe. | Herons, Egrets, | and Storks of the
    North."): the words between hold no stop of their own."""
    start = run[0]
    if (
        start >= 1
        and labels[start - 1] == "A"
        and text[spans[start - 1][0] : spans[start - 1][1]] in ("and", "&")
    ):
        start -= 1  # (or "and" was given to the names: "… Moe. | Herons, Egrets, and | Storks …")
    if start < 2 or text[spans[start][0] : spans[start][1]] not in ("and", "&"):
        return run
    for i in range(start - 1, max(-1, start - 6), -1):
        if labels[i] != "A":
            return run
        token = text[spans[i][0] : spans[i][1]]
        if token.endswith("."):
            core = token[:-1]
            # (a name's full stop, not an initial's or an abbreviation's: "Moe.", not "B.")
            if i == start - 1 or len(core) < 3 or not core.isalpha() or not core[:1].isupper():
                return run
            return i + 1, run[1]
    return run


def _head_before_colon(
    text: str, spans: list[tuple[int, int]], labels: list[str], run: tuple[int, int]
) -> tuple[int, int]:
    """The title run with its head before a colon that the labeller gave to the names, where
    that head (one to three words) follows the full stop closing the last name ("Ana Roe and
    Ken Moe. | BERTO: | Pre-training of …"): the names end on their stop."""
    start = run[0]
    if start < 2 or labels[start - 1] != "A" or text[spans[start - 1][1] - 1] != ":":
        return run
    for head in range(start - 1, max(0, start - 4), -1):
        if labels[head - 1] != "A":
            return run
        before = text[spans[head - 1][0] : spans[head - 1][1]]
        if before.endswith("."):
            # (a family name's stop, not an initial's or an honorific's: "… Andrew Tull. |
            # Bicos:", not "Dr. | Ana Roe:")
            core = before[:-1]
            if (
                len(core) >= 2
                and core.isalpha()
                and core[:1].isupper()
                and core.lower() not in HONORIFICS
            ):
                return head, run[1]
            return run
        if before.endswith((",", ":", ";")):
            return run
    return run


_FAMILY_WITH_STOP = re.compile(r"[A-Z][\w'’-]+\.")


def _family_opening_title(
    text: str, spans: list[tuple[int, int]], labels: list[str], run: tuple[int, int]
) -> tuple[int, int]:
    """The title run without its first word where that word is the last name's family name
    after its initials, closed by the names' full stop ("A. Roe and Y. G. | Moe. SQL Extension
    for Interval Data."): a family name follows initials, a title does not open so."""
    start = run[0]
    if start < 1 or run[1] - start < 3 or labels[start - 1] != "A":
        return run
    initials, word = (text[spans[i][0] : spans[i][1]] for i in (start - 1, start))
    if not (_INITIALS_TOKEN.fullmatch(initials) and _FAMILY_WITH_STOP.fullmatch(word)):
        return run
    # (and only after a name of the list: initials alone, "N. J. | Quarrel. Title.", have
    # their family name read where the first author is found)
    first = start - 1
    while first > 0 and labels[first - 1] == "A":
        first -= 1
    names = (text[a:b] for a, b in spans[first : start - 1])
    if any(len(name.strip(",.;&")) > 1 and name[:1].isupper() for name in names):
        return start + 1, run[1]
    return run


def _family_opens_title(
    text: str, spans: list[tuple[int, int]], title_run: tuple[int, int], family: str | None
) -> bool:
    """Whether the word opening a title run right after the author run is the family name
    the names lack: after initials alone, a capitalised word and its full stop or comma
    ("N. J. | Nilsson. Probabilistic logic."); after a natural-order name cut after its
    known given name, a capitalised word and its comma ("F. Gregory | Vale, Oil Towns (…"),
    where no more names follow ("Roberto | Lund, and Sorin Hale. Title.")."""
    start, end = title_run
    opening = text[spans[start][0] : spans[start][1]]
    if not family:
        return (
            end - start > 1
            and opening[:1].isupper()
            and opening[-1:] in ".,"
            and opening[:-1].isalpha()
        )
    if end - start <= 2 or start == 0:
        return False
    last = text[spans[start - 1][0] : spans[start - 1][1]]
    return (
        last.isalpha()
        and last[:1].isupper()
        and last.lower() in known_given_names()
        and opening[:1].isupper()
        and opening.endswith(",")
        and opening[:-1].replace("-", "").isalpha()
        and text[spans[start + 1][0] : spans[start + 1][1]] not in ("and", "&")
    )


def _title_word_after_vancouver_names(
    text: str, spans: list[tuple[int, int]], labels: list[str], run: tuple[int, int]
) -> tuple[int, int]:
    """The title run with the word before it that the labeller gave to the names, where that
    word follows a Vancouver list's last name, its initials closed by a stop, after names of
    the same form ("Roe E, Moe T. | Tidal mixing …": "T. Tidal" is no initial and a name)."""
    start = run[0]
    if start < 3 or labels[start - 1] != "A":
        return run
    word, initials = (text[spans[i][0] : spans[i][1]] for i in (start - 1, start - 2))
    if (
        _BARE_WORD_TOKEN.fullmatch(word)
        and _VANCOUVER_LAST_INITIALS.fullmatch(initials)
        and _VANCOUVER_NAME.search(text, 0, spans[start - 2][0])
    ):
        return start - 1, run[1]
    return run


_BARE_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_YEAR_CLOSING_TITLE = re.compile(rf"{_BARE_YEAR.pattern}\.")


def _year_closing_title(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int]:
    """The title run with the year right after it that the labeller read as the entry's date,
    where the title has no stop of its own, the year has one and the entry dates itself
    elsewhere ("(2020). Global tuberculosis report | 2020. Geneva: WHO.": a report's year)."""
    end = run[1]
    if end >= len(spans) or text[spans[end - 1][1] - 1] in ".?!:,;":
        return run
    year = text[spans[end][0] : spans[end][1]]
    if not _YEAR_CLOSING_TITLE.fullmatch(year):
        return run
    return (run[0], end + 1) if _dated_elsewhere(text, spans, end) else run


def _year_opening_title(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int]:
    """The title run with the year right before it that the labeller read as the entry's
    date, where ``_year_heads_title``."""
    if run[0] >= 2 and _year_heads_title(text, spans, (run[0] - 1, run[1])):
        return run[0] - 1, run[1]
    return run


def _year_heads_title(text: str, spans: list[tuple[int, int]], run: tuple[int, int]) -> bool:
    """Whether the run opens with a year that has no stop or bracket of its own, after the
    names' stop and before a capitalised word, in an entry dated elsewhere ("Roe EJ, Moe K. |
    1991 Summary: National Survey. Leeds, 1993."): a date between the names and the title is
    bracketed or stopped, "(1991).", "1991."."""
    start, end = run
    if start < 1 or start + 1 >= end:
        return False
    year, before, after = (text[spans[i][0] : spans[i][1]] for i in (start, start - 1, start + 1))
    if not (_BARE_YEAR.fullmatch(year) and before.endswith(".") and after[:1].isupper()):
        return False
    if after in ("The", "A", "An"):
        return False  # "Roe, T. K. 1980 The Title. Notes 1980(3): 24-28.": an article opens it
    # (and the entry dates itself elsewhere: "Roe, T. 1985 Title. Journal 38, 32-41." is a
    # style whose year goes without its stop)
    return _dated_elsewhere(text, spans, start)


def _dated_elsewhere(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether a token other than the one at ``index`` holds a year: the entry's own date."""
    return any(_YEAR_TOKEN.search(text, a, b) for i, (a, b) in enumerate(spans) if i != index)


def _title_word_before_names(
    text: str, spans: list[tuple[int, int]], labels: list[str], run: tuple[int, int]
) -> tuple[int, int]:
    """The title run with the word after it that the labeller gave to the names, where the
    title has no stop at its end and that word has one, a name of two words or more after it
    ("Scaling Laws for Heron | Counts. Ana Roe, et al.": a title-first entry's last word)."""
    end = run[1]
    if end + 2 >= len(spans) or any(labels[i] != "A" for i in range(end, end + 3)):
        return run
    last, word = (text[spans[i][0] : spans[i][1]] for i in (end - 1, end))
    if last[-1:] not in ".?!:" and _WORD_WITH_STOP_TOKEN.fullmatch(word):
        return run[0], end + 1
    return run


_WORD_WITH_STOP_TOKEN = re.compile(r"[*_]*[A-Z][a-z]{2,}[*_]*\.")


def _last_name_before_colon(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int]:
    """The title run without the author list's last name where the labeller took it for the
    title's head: after a comma, a person's name of two or three words and a colon ("Carl
    Lund, | Ana Roe: Title. NeurIPS 2018", DBLP's layout) are the names' end."""
    if run[0] == 0:
        return run
    before = text[spans[run[0] - 1][0] : spans[run[0] - 1][1]]
    # (or the name's last word alone, its given name left with the authors: "Carl | Lund:";
    # a known given name opens the name either way: "Roe, A., Deep Learning: A Survey" is a
    # title's head)
    whole = before.endswith(",")
    given = text[spans[run[0]][0] : spans[run[0]][1]] if whole else before
    if not (whole or re.fullmatch(r"[A-Z][\w'’-]+", before)):
        return run
    if given.lower() not in known_given_names():
        return run
    for colon in range(run[0], min(run[1] - 1, run[0] + 3)):
        if text[spans[colon][0] : spans[colon][1]].endswith(":"):
            words = " ".join(text[spans[i][0] : spans[i][1]] for i in range(run[0], colon + 1))
            name = _PERSON_WORDS if whole else r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
            if re.fullmatch(rf"{name}:", words):
                return colon + 1, run[1]
            return run
    return run


# Names of two or three capitalised words (initials too), two at least, parted by commas and
# "and" before the last: a list of people, which no title is.
# (one word of a person's name, its stop taken off: "Priya", "R", "O'Hara")
_PERSON_WORD = re.compile(r"[A-Z][\w'’-]*")
_PERSON_WORDS = rf"{_PERSON_WORD.pattern}\.?(?: {_PERSON_WORD.pattern}\.?){{1,2}}"
_NAMES_ONLY = re.compile(rf"{_PERSON_WORDS}(?:, {_PERSON_WORDS})*,? (?:and|&) {_PERSON_WORDS}\.?")


def _mostly_given_names(names: str) -> bool:
    """Whether half the names of a list at least open with a known given name or an initial:
    a list of people ("Mira Roe, Tomas Moe and Ashish Vaswani."), not a title in Title Case
    that only has the shape of one ("Salt Roads and Their Keepers.")."""
    openings = [
        name.split()[0].rstrip(".")
        for name in re.split(r",? (?:and|&) |, ", names.rstrip("."))
        if name.strip()
    ]
    known = known_given_names()
    given = sum(1 for word in openings if len(word) == 1 or word.lower() in known)
    return 2 * given >= len(openings)


def _sentence_after(text: str, spans: list[tuple[int, int]], stop: int) -> tuple[int, int] | None:
    """The run of the sentence after the token ``stop`` (to the next full stop, question mark
    or exclamation mark), two tokens at least."""
    for end in range(stop + 1, min(len(spans), stop + 60)):
        if text[spans[end][0] : spans[end][1]][-1:] in ".?!":
            return (stop + 1, end + 1) if end - stop >= 2 else None
    return None


def _names_then_sentence(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int] | None:
    """Where a title run opens with a list of people's names ending in a full stop, the run of
    the sentence after them (the rest of the run, or else to the next full stop, question mark
    or exclamation mark): the title."""
    stop = next((i for i in range(*run) if text[spans[i][0] : spans[i][1]].endswith(".")), None)
    if stop is None:
        return None
    words = " ".join(text[spans[i][0] : spans[i][1]] for i in range(run[0], stop + 1))
    if not _NAMES_ONLY.fullmatch(words) or not _mostly_given_names(words):
        return None
    if stop + 1 < run[1]:
        return stop + 1, run[1]
    return _sentence_after(text, spans, stop)


def _names_then_next_sentence(
    text: str, spans: list[tuple[int, int]], names_end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The runs of the names that open the entry and end at ``names_end`` (their full stop)
    and of the sentence after them, or None where no sentence follows."""
    stop = next((i for i, (a, _) in enumerate(spans) if a >= names_end), len(spans)) - 1
    after = _sentence_after(text, spans, stop)
    return None if after is None else ((0, stop + 1), after)


def _names_after_inverted_and(
    text: str, spans: list[tuple[int, int]], author_run: tuple[int, int], title_run: tuple[int, int]
) -> tuple[int, int] | None:
    """Where the title run opens with the "and" after an inverted first author's given name
    and the last author's name in natural order ("Roe, Ana, | and Priya Vale. Title. Oslo:
    …", Chicago's and MLA's lists, a given name the labeller does not know), the run of the
    sentence after that name's full stop: the title."""
    start = title_run[0]
    if start != author_run[1] or start < 2 or text[spans[start - 1][1] - 1] != ",":
        return None
    if text[spans[start][0] : spans[start][1]] not in ("and", "&"):
        return None
    stop = next(
        (i for i in range(start + 1, min(title_run[1], start + 5)) if text[spans[i][1] - 1] == "."),
        None,
    )
    if stop is None or stop - start < 2:
        return None
    words = [text[a:b] for a, b in spans[start + 1 : stop + 1]]
    if not all(_PERSON_WORD.fullmatch(word.rstrip(".")) for word in words[:-1]) or not (
        _PERSON_WORD.fullmatch(words[-1][:-1])
    ):
        return None
    if words[0].lower() not in known_given_names():
        return None
    if stop + 1 < title_run[1]:
        return stop + 1, title_run[1]
    return _sentence_after(text, spans, stop)


_CORPORATE_NAME = re.compile(
    r"(?:[A-Z][\w&'’-]*|of|for|and|on|the|&)(?: (?:[A-Z][\w&'’-]*|of|for|and|on|the|&)){0,8}\."
)


def _corporate_name(words: str) -> bool:
    """Whether ``words`` are a corporate author's name closed by its full stop: its words
    capitalised or joining words (``_CORPORATE_NAME``), one of them an organisation's."""
    return _CORPORATE_NAME.fullmatch(words) is not None and is_corporate(words[:-1])


def _corporate_then_sentence(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int] | None:
    """Where a title run opens with a corporate author's name ending in a full stop ("World
    Health Organization. | Global tuberculosis report. Geneva: …", which the labeller reads
    as one title), the rest of the run: the title. The name's words capitalised (or "of",
    "for", "and", "on", "the", "&"), one of them an organisation's (``corporate_author_words``)."""
    stop = next(
        (i for i in range(run[0], min(run[1], run[0] + 9)) if text[spans[i][1] - 1] == "."),
        None,
    )
    if stop is None or stop + 1 >= run[1]:
        return None
    if not _corporate_name(text[spans[run[0]][0] : spans[stop][1]]):
        return None
    return stop + 1, run[1]


def _corporate_head(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int], otherwise: int
) -> int:
    """The first token of the entry where an author run starts a few tokens into it, the words
    before it and the run together one corporate author's name closed by its full stop
    (``_CORPORATE_NAME``, an organisation's word among them): the name's head the labeller
    read as no name ("Organisation for | Economic Co-operation and Development."); else
    ``otherwise``."""
    if not 0 < run[0] <= 4 or run[1] > 9:
        return otherwise
    return 0 if _corporate_name(text[spans[0][0] : spans[run[1] - 1][1]]) else otherwise


def _last_name_then_sentence(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int] | None:
    """Where the labeller took an author list's last name for the title ("Carl Lund, | Ana
    Roe. | Title. arXiv …": a comma before it, a known given name opening it, a full stop after
    it), the run of the sentence after it: the title."""
    if run[0] == 0 or not text[spans[run[0] - 1][0] : spans[run[0] - 1][1]].endswith(","):
        return None
    if text[spans[run[0]][0] : spans[run[0]][1]].lower() not in known_given_names():
        return None
    stop = next(
        (
            i
            for i in range(run[0], min(run[1], run[0] + 3))
            if text[spans[i][0] : spans[i][1]].endswith(".")
        ),
        None,
    )
    if stop is None:
        return None
    words = " ".join(text[spans[i][0] : spans[i][1]] for i in range(run[0], stop + 1))
    if not re.fullmatch(rf"{_PERSON_WORDS}\.", words):
        return None
    if stop + 2 < run[1]:
        return stop + 1, run[1]
    return _sentence_after(text, spans, stop)


_NAMES_TAIL = re.compile(
    r"[A-Z][\w'’-]+, (?:and|&) (?P<given>[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*\.?){1,2}"
)


def _names_tail_then_sentence(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int] | None:
    """Where the labeller took the end of a long author list for the title ("Ana Roe, Ken
    | Moe, and Lia B. Tull. | Title. In …": a family name and its comma, "and", the last name
    opening on a known given name, its full stop), the run of the sentence after it."""
    stop = next(
        (
            i
            for i in range(run[0], min(run[1], run[0] + 6))
            if text[spans[i][1] - 1] == "." and not _INITIALS_TOKEN.fullmatch(text, *spans[i])
        ),
        None,
    )
    if stop is None:
        return None
    names = _NAMES_TAIL.fullmatch(text, spans[run[0]][0], spans[stop][1])
    if names is None or names["given"].lower() not in known_given_names():
        return None
    if stop + 2 < run[1]:
        return stop + 1, run[1]
    return _sentence_after(text, spans, stop)


# a sentence that is a list of people's names: "Ana Roe, Ben Moe.", "Ana Roe and Ben Moe."
_NAMES_SENTENCE = re.compile(rf"{_PERSON_WORDS}(?:,? (?:and |& )?{_PERSON_WORDS}){{0,12}}\.")


def _names_sentence_after(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[int, int] | None:
    """The tokens of the sentence right after a title run closed by a full stop, where it is a
    list of people's names opening with a known given name or initials ("Title. Ana Roe, Ben
    Moe.", "Title. A. Roe, B. Moe.")."""
    if run[1] >= len(spans) or text[spans[run[1] - 1][0] : spans[run[1] - 1][1]][-1:] != ".":
        return None
    for end in range(run[1], min(len(spans), run[1] + 40)):
        token = text[spans[end][0] : spans[end][1]]
        # (an initial's stop ends no sentence: "Ana B. Roe.")
        if token.endswith(".") and not re.fullmatch(r"[A-Z]\.", token):
            break
    else:
        return None
    words = " ".join(text[spans[i][0] : spans[i][1]] for i in range(run[1], end + 1))
    if not _NAMES_SENTENCE.fullmatch(words):
        return None
    # each name opens with a known given name or with initials before a family name ("P.
    # Lund", "A. B. Varga"; "Handgun Regulations, Crime, …" names nobody)
    # (or with initials without stops, as a scholar's profile lists its authors: "C Okafor, P
    # Lund", two names at least)
    names = re.split(r",? (?:and|&) |, ", words.rstrip("."))
    for name in names:
        initials = _INITIALS_NAME.fullmatch(name) or (
            len(names) >= 2 and _UNDOTTED_INITIALS_NAME.fullmatch(name)
        )
        if name.split()[0].lower() not in known_given_names() and not (
            initials
            # (a journal's abbreviated name is no family name: "J. Physiol.")
            and name.split()[-1].lower() not in journal_words()
        ):
            return None
    return run[1], end + 1


def _names_sentence_inside(
    text: str, spans: list[tuple[int, int]], run: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A title run that holds, after a sentence of two words or more, a sentence of people's
    names that ends with the run or in it (``_names_sentence_after``): the title's tokens and
    the names' tokens."""
    for stop in range(run[0] + 1, run[1] - 1):
        token = text[spans[stop][0] : spans[stop][1]]
        if token.endswith(".") and not re.fullmatch(r"[A-Z]\.", token):
            names = _names_sentence_after(text, spans, (run[0], stop + 1))
            return None if names is None else ((run[0], stop + 1), names)
    return None


def _opening_sentence(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The tokens of an entry's first sentence, up to its full stop, where it may be a title:
    two to thirty words, a capital first, no digits."""
    for index, (start_char, end_char) in enumerate(spans[:30]):
        token = text[start_char:end_char]
        if any(ch.isdigit() for ch in token):
            return None
        if token.endswith(".") and len(token) > 2:
            return (0, index + 1) if index >= 1 and text[spans[0][0]].isupper() else None
    return None


# the words of a reading list's part to read ("chapter 4", "chs. 2-3", "pp. 10-45"), and what
# it notes after an entry
READING_PART_WORDS = r"chapters?|chs?\.|sections?|pp?\.|pages?"
_READING_NOTE = re.compile(rf"(?i)(?:{READING_PART_WORDS}|parts?)[ \t]+\d")


def _names_then_title_before_facts(
    text: str, spans: list[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (author run, title run) of an entry in the order of Chicago's notes and of many
    "Further reading" lists, the names in their natural order closed by a comma, the title,
    then the publication's facts in brackets with its year ("Ana Roe, Title of the Book
    (Press, 2014)."; "1. Ana Roe and Ben Moe, Title (Boston: Press, 2016), 45."), where the
    labeller read none of it: a known given name opens the names (after a list's mark at
    most), two to thirty words of the title open with a capital and hold no digit, and a
    year closes the brackets."""
    opening = 0
    if spans and _LIST_MARK_TOKEN.fullmatch(text[spans[0][0] : spans[0][1]]):
        opening = 1
    if opening >= len(spans):
        return None
    first = text[spans[opening][0] : spans[opening][1]]
    if not first[:1].isupper() or first.lower() not in known_given_names():
        return None
    names_end = None
    for index in range(opening + 1, min(len(spans), opening + 8)):
        token = text[spans[index][0] : spans[index][1]]
        if token not in ("and", "&") and not (token[:1].isupper() and token.rstrip(",.").isalpha()):
            return None
        if token.endswith(","):
            names_end = index + 1
            break
    if names_end is None:
        return None
    title_end = None
    for index in range(names_end, min(len(spans), names_end + 31)):
        token = text[spans[index][0] : spans[index][1]]
        if token.startswith("("):
            title_end = index
            break
        # (a title may hold a year or a number and a subtitle's colon: "The Mills in 1919",
        # "Oil Towns: Domestic Challenges"; never a stop, a semicolon or a page range)
        if token[-1:] in ".;)" or (token[-1:] == ":" and index == names_end):
            return None
        if any(ch.isdigit() for ch in token) and not token.rstrip(",:").isdigit():
            return None
    if title_end is None or title_end - names_end < 2 or not text[spans[names_end][0]].isupper():
        return None
    for index in range(title_end, min(len(spans), title_end + 8)):
        token = text[spans[index][0] : spans[index][1]]
        if ")" in token:
            if not _YEAR_TOKEN.search(token):
                return None
            return (opening, names_end), (names_end, title_end)
    return None


_DASH_TOKEN = re.compile(r"[-–—]{1,2}")
_DASHED_TITLE_WORDS = 40


def _title_between_dashes(
    text: str, spans: list[tuple[int, int]], author_run: tuple[int, int]
) -> tuple[int, int] | None:
    """The run of a title set off by dashes right after the names and their year ("Roe A.,
    Moe K. 2021 – Title – Venue"): two words or more opening with a capital, up to the next
    dash, which something follows."""

    def token(index: int) -> str:
        return text[spans[index][0] : spans[index][1]]

    at = author_run[1]
    if at < len(spans) and _YEAR_ALONE.fullmatch(token(at)):
        at += 1
    if at >= len(spans) or not _DASH_TOKEN.fullmatch(token(at)):
        return None
    start = at + 1
    for end in range(start, min(len(spans) - 1, start + _DASHED_TITLE_WORDS)):
        if _DASH_TOKEN.fullmatch(token(end)):
            if end - start >= 2 and token(start)[:1].isupper():
                return start, end
            return None
    return None


_INITIALS_NAME = re.compile(r"(?:[A-Z]\.[ -]?){1,3}[A-Z][a-z][\w'’-]*")
_UNDOTTED_INITIALS_NAME = re.compile(r"[A-Z]{1,3}[ ][A-Z][a-z][\w'’-]*")


@lru_cache(maxsize=1)
def journal_words() -> frozenset[str]:
    """The words of journals' abbreviated names (``extractors/data/journal_abbreviations.txt``)."""
    return load_words("journal_abbreviations")


def _name_like(token: str) -> bool:
    """A token that can be part of an author list: a capitalised word or an initial, maybe
    in emphasis, or "and"."""
    core = token.strip("*_,;.:")
    if not core or any(c.isdigit() for c in core) or core[0] in "[(\"“'‘":
        return False
    return core[0].isupper() or core.lower() in _NAME_JOINERS


# A GB/T 7714 entry (the Chinese standard) says what its fields are: "[3] 李明, 王芳. Title[J].
# Journal, 2017, 15(2): 101-108." or "Yang Y, Ren T L, et al. Title[M]. Place: Press, 2003."
# The mark after the title is its document type: journal article, monograph, proceedings,
# thesis, report, article in a collection, patent, standard, newspaper and their online forms;
# every entry of a bibliography with an author and a title counts (the guidelines).
GBT_TYPE_MARKS = r"J|M|C|D|R|A|P|S|N|Z|G|EB/OL|J/OL|M/OL|C/OL|DB/OL|CP/DK"
_GBT_ENTRY = re.compile(
    r"^[^\S\n]{0,40}(?:\\item\s{1,10}|\[\d{1,4}\][^\S\n]{0,3}|\d{1,4}[.．][^\S\n]{1,3})?"
    r"(?P<authors>[^\s.．\[\]][^.．\[\]\n]{0,300})[.．]\s{0,3}"
    r"(?P<title>[^\s\[\]][^\[\]\n]{1,400}?)\s{0,2}"
    # (a mark closes the title: a letter right after it makes an editor's bracket of prose,
    # '"… [S]eeing them …"')
    rf"\[(?P<mark>{GBT_TYPE_MARKS})\](?![A-Za-z])"
)
# A patent's title ends at the colon before its country and number ("方法: 中国, CN1602118A[P]").
_PATENT_TAIL = re.compile(r"[:：]")


_SPACED_INITIALS = re.compile(r"(?<=\b[A-Z]) (?=[A-Z]\b)")
_STATUS_NOTE = re.compile(
    r"[.,;]\s{0,3}(?:in\s{1,3}press|accepted|forthcoming|to\s{1,3}appear|submitted)\W{0,3}$",
    re.IGNORECASE,
)


def read_gbt_entry(blanked: str) -> Reading | None:
    """The reading of a GB/T 7714 entry, its fields found by the format (confidence 1)."""
    found = _GBT_ENTRY.match(blanked)
    if found is None:
        return None
    # the first author alone: GB/T separates authors by commas ("李明, 王芳", "Yang Y, Ren T L")
    first_author = re.split(r"[,，;；、]", found["authors"], maxsplit=1)[0]
    # GB/T spaces a name's initials ("Ren T L"): joined, they read as Vancouver's ("Ren TL")
    first_author = _SPACED_INITIALS.sub("", first_author)
    family = first_author_family(first_author)
    start, end = found.span("title")
    # a publication status written before the mark ("Title. In press[J].") is no part of it
    if status := _STATUS_NOTE.search(blanked, start, end):
        end = status.start()
    if found["mark"] == "P" and (colon := _PATENT_TAIL.search(blanked, start, end)):
        end = colon.start()
    title = clean_entry_title(blanked[start:end])
    if not family or not title:
        return None
    return Reading(family, title, start, end, found.start("authors"), 1.0)


# A publication list sets its owner's name in bold ("**J. Roe**", "**Roe, J.**"), which the
# labeller takes for an emphasised title: bold around initials and a family name is no title.
_BOLD_INITIALS = re.compile(
    r"\*\*((?:[A-Z]\.[^\S\n]?-?){1,3}[^\S\n]?[A-Z][\w'’-]+|[A-Z][\w'’-]+,[^\S\n](?:[A-Z]\.[^\S\n]?){1,3})\*\*"
    # (a mark of equal contribution and the stop or comma after it kept against the name:
    # "C. Lund, **A. Roe***. Title." reads "C. Lund, A. Roe*.", the marks blanked after it)
    r"(\*?[.,;:]?)"
)


def _unbolded_name(m: re.Match[str]) -> str:
    """A bold name as plain text, the same length: its marks' places as spaces after it."""
    return "  " + m[1] + m[2] + "  "


_READING_LABEL = re.compile(
    r"^([^\S\n]*(?:[-*•+]|\d{1,3}[.)])?[^\S\n]*)\(?(?i:required|optional|recommended|background|"
    r"supplementary|further\s+reading|suggested|additional|core|essential)\)?:?[^\S\n]+(?=\S)"
)
_ENTRY_LABEL = re.compile(
    r"^([^\S\n]*(?:[-*•+]|\d{1,3}[.)]|\.\.)?[^\S\n]*)(?:\[[A-Z]{1,3}[-.]?\d{1,3}\]|[A-Z]{1,2}\d{1,3}[.:)]"
    # a citation key of the alphabetic styles and of reStructuredText: "[Knu84]", "[ABC+20]",
    # ".. [Roe2021]", or a BibTeX key over its entry ("[roe20]\n: Ana Roe, …", "[roe2017deep]")
    r"|\[[A-Za-z][A-Za-z+]{0,15}[-:_]?(?:1[5-9]|20)?\d\d[a-z]{0,20}\](?=\s*\n)"
    r"|\[[A-Z][A-Za-z+]{0,15}[-:]?(?:1[5-9]|20)?\d\d[a-z]?\]"
    r"|(?:19|20)\d\d[^\S\n]*[—–:-]|\((?:19|20)\d\d\)"
    # a transcribed book's footnote mark: "[Footnote 65: …]"
    r"|\[Footnote[^\S\n]+[\dA-Z]{1,4}:)\s+(?=\S)"
    # a PDF's superscript number glued to the first author's name: "1Roe J, Moe K. …"
    r"|^[^\S\n]*\d{1,3}(?=[A-Z][a-z]+,?[^\S\n]+[A-Z])"
)
# natbib's author-year label before the entry, as PDF-to-Markdown converters keep it ("Roe and
# Moe (2018) Ana Roe and Ken Moe. 2018. Title. …"): read only where the label's first family
# name is the entry's own, just after it (else "Roe (2018)" may open an entry of its own)
_NATBIB_LABEL = re.compile(
    r"^([^\S\n]*(?:[-*•+]|\d{1,3}[.)])?[^\S\n]*)(?P<family>[A-Z][\w'’-]+)"
    r"(?:[^\S\n]+(?:and|&)[^\S\n]+[A-Z][\w'’-]+|[^\S\n]+et[^\S\n]+al\.?)?"
    r"[^\S\n]*\((?:1[5-9]|20)\d\d[a-z]?\)[^\S\n]+(?=\S)"
)


def _natbib_label(text: str) -> re.Match[str] | None:
    """natbib's label opening ``text``, where the entry after it opens with its family name."""
    label = _NATBIB_LABEL.match(text)
    if label is None or label["family"] not in text[label.end() : label.end() + 60]:
        return None
    return label


_YEAR_LABEL = re.compile(r"(?:19|20)\d\d")
# (maybe after the year it is expected in: "(2021, in press)")
_UNDATED = re.compile(
    r"\((?:(?:1[5-9]|20)\d\d[a-z]?,\s*)?(?i:forthcoming|in\s+press|to\s+appear|accepted|submitted)\)"
)
_VANCOUVER_NAME = re.compile(r"\b[A-Z][\w'’-]+ [A-Z]{1,3},")


# Markdown emphasis around a few words: "*J Mach Learn Res*", "__Phys. Rev. B__"
_EMPHASISED = re.compile(r"(\*{1,2}|(?<!\w)__?)([^*_\n]{1,60}?)\1(?!\w)")


def _unemphasised_venue(m: re.Match[str]) -> str:
    """An emphasised venue's abbreviated name with its marks blanked; anything else as is."""
    if not is_abbreviated_venue(m[2].split()):
        return m.group()
    marks = " " * len(m[1])
    return marks + m[2] + marks


def _first_line_of_names(author_text: str) -> str:
    """The author run's first line where it holds a name of two words or more: the first
    author is on it, and a run that crosses a line break may have taken the venue under the
    names for more names ("Ana Roe\nEcological Informatics, 2019")."""
    first, newline, _ = author_text.partition("\n")
    words = first.split()
    # the line opens with a person's full name: a known given name or an initial, then a
    # capitalised word ("Ana Roe", "A. Roe"; not a label, "[AKN98]", nor a venue's words)
    opens_name = (
        len(words) >= 2
        and (words[0].lower() in known_given_names() or re.fullmatch(r"[A-Z]\.", words[0]))
        and words[1][:1].isupper()
    )
    return first if newline and opens_name else author_text


_MONTH = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_VANCOUVER_MONTH_DAY = re.compile(
    rf"(?<=(?:1[5-9]|20)\d\d)[^\S\n]{_MONTH}(?:[-–/]{_MONTH})?(?:[^\S\n]\d{{1,2}}(?:-\d{{1,2}})?)?(?=[;:])"
)


_CLOSING_QUOTE = {'"': '"', "“": "”", "«": "»"}


def _to_closing_quote(text: str, start: int, end: int) -> int:
    """Where a title that opens with a quote ends: at its closing quote, where the labeller cut
    it short inside the quotes ('"What about PEP 299",' read as "What about": a number looks
    like a volume's)."""
    closer = _CLOSING_QUOTE.get(text[start : start + 1])
    if closer is None or closer in text[start + 1 : end]:
        return end
    close = text.find(closer, end, end + 200)
    if close == -1 or "\n\n" in text[end:close] or text[start + 1] == closer:
        return end
    return close + 1


# "with" just before an entry's names, after its title: the names of co-authors, the first
# author (the owner of a publication list) unnamed ("Title (with A. Roe), Journal 3 (2020)")
_CO_AUTHORS_MARK = re.compile(r"\b[Ww]ith[^\S\n]+(?:[A-Z]\.[^\S\n]?){0,3}$")
# ... or in brackets, whose first word the author run opens on: "(with A. Roe)"
_CO_AUTHORS_BRACKET = re.compile(r"\([Ww]ith$")
# ... or a title run on into "with" and the co-authors' names
_WITH_NAMES_AT_END = re.compile(
    r",[^\S\n]+with[^\S\n]+[A-Z][\w.'’-]*(?:[^\S\n]+(?:[A-Z][\w.'’-]*|and|&)){0,8}$"
)
# A title first, its year in brackets, then the names: "Title (2021). A. Roe, B. Moe. …"
_TITLE_THEN_YEAR = re.compile(
    r"[^\S\n]*[A-Z][^()\n]{8,300}?[^\S\n](?P<year>\((?:1[5-9]|20)\d\d[a-z]?\))"
    r"(?=\.[^\S\n]+(?:[A-Z]\.|[A-Z][a-z]))"
)


def read_entry(
    labeller: FieldLabeller, text: str, gated_cuts: bool = False, dated: bool = False
) -> Reading | None:
    """The first author's family name and the title of one entry, or None when the labeller
    finds no author or no title in it. ``gated_cuts`` lets the labeller's confidence keep a
    title whole past a full stop or closing quote (``CONFIDENT_TAIL``) and drop author names
    it doubts from the title's head (``DOUBTED_HEAD``): right more often on AnyStyle's strings,
    wrong more often on real web text (venues run on into titles), so off by default.

    Emphasis sets a title off, and the labeller reads it so; but where a list sets its venues
    in italics ("Title. *J Mach Learn Res* 22:1–30") it may find no title at all: such an entry
    is read again with its venue's emphasis (after the first sentence, an abbreviated name)
    blanked. ``dated``: a label before the entry gave its year ("2018 – Roe A. Title. …")."""
    reading = _read_entry(labeller, text, gated_cuts, dated)
    if reading is None and ">" in text and (unquoted := _QUOTE_MARKS.sub(_spaces, text)) != text:
        # a Markdown blockquote's marks, as a README quotes its citation ("> Ana Roe. Title.
        # …"), read as spaces (the offsets kept)
        text = unquoted
        reading = _read_entry(labeller, text, gated_cuts, dated)
    if (
        reading is None
        and (number := _LIST_NUMBER.match(text))
        and (_FAMILY_INITIALS.match(text, number.end()) or _FAMILY_GIVEN.match(text, number.end()))
    ):
        # a list's number or bullet before the entry may keep the labeller from reading any
        # field ("2. Roe, A. Title (Press, 2018).", "- Roe, Ana. Title. Boston: Press, 2016."):
        # the entry read again without it, where it opens as an entry does (a family name and
        # initials, or a given name and its stop)
        inner = _read_entry(labeller, text[number.end() :], gated_cuts, dated)
        if inner is not None:
            shift = number.end()
            reading = replace(
                inner,
                title_start=inner.title_start + shift,
                title_end=inner.title_end + shift,
                author_start=inner.author_start + shift,
            )
    if reading is None and (title_year := _TITLE_THEN_YEAR.match(text)):
        # a title first and its year in brackets before the names ("Title (2021). A. Roe,
        # B. Moe. Journal 45."), which the labeller reads as no field at all: read again with
        # the year blanked, the same length (the title's sentence then ends at the names)
        year = title_year.span("year")
        reading = _read_entry(
            labeller,
            text[: year[0]] + " " * (year[1] - year[0]) + text[year[1] :],
            gated_cuts,
            True,
        )
    if reading is None and ("*" in text or "_" in text) and (stop := text.find(". ")) > 0:
        # only the emphasis after the first sentence: a title-first list emphasises its titles
        # ("[*A Guide to X*](url) (**Jay Roe**)"), which must stay set off
        tail = _EMPHASISED.sub(_unemphasised_venue, text[stop:])
        if tail != text[stop:]:
            reading = _read_entry(labeller, text[:stop] + tail, gated_cuts, dated)
    return reading


def _read_entry(
    labeller: FieldLabeller, text: str, gated_cuts: bool = False, dated: bool = False
) -> Reading | None:
    # a reading list's label before an entry ("Required:", "(optional)"), a publication list's
    # ("[J3]", "C12.", "2021 —"), is no part of it: the entry after it is read alone
    if (
        label := _READING_LABEL.match(text) or _ENTRY_LABEL.match(text) or _natbib_label(text)
    ) and label.end() < len(text):
        # (a year's label dates the entry: its title may be read without a year after it)
        year_label = _YEAR_LABEL.search(label.group()) is not None
        inner = read_entry(labeller, text[label.end() :], gated_cuts, dated or year_label)
        if inner is None:
            return None
        shift = label.end()
        return replace(
            inner,
            title_start=inner.title_start + shift,
            title_end=inner.title_end + shift,
            author_start=inner.author_start + shift,
        )
    blanked = _BOLD_INITIALS.sub(_unbolded_name, blank_markup(text))
    # a date not yet known reads as a year does: "(forthcoming)", "(in press)"
    blanked = _UNDATED.sub(lambda m: " " * (len(m.group()) - 6) + "(2000)", blanked)
    # a Vancouver date's month and day after its year ("2012 Mar 4;9(4)", "2020 Jan-Feb;38")
    # read as the year alone, which is what the strings the labeller learned from mostly show
    blanked = _VANCOUVER_MONTH_DAY.sub(lambda m: " " * len(m.group()), blanked)
    if "[" in blanked and (explicit := read_gbt_entry(blanked)) is not None:
        return explicit
    spans = token_spans(blanked)
    if len(spans) < 2:
        return None
    labels = labeller.label(token_features(blanked, spans))
    title_runs, author_runs = _runs(labels, "T"), _runs(labels, "A")
    unlabelled_title = False
    inverted_names = False
    names_before_facts = False
    if not author_runs and (inverted := _INVERTED_NAMES_YEAR.match(blanked)):
        # full given names after each family name, then the year closed by a colon, as German
        # styles write them ("Lund, Per; Varga, Anna (2020): Title. Berlin: …"), which the
        # labeller, trained on initials, reads as no names at all
        given = inverted["given"].split()[0].lower()
        names_end = inverted.end("names")
        first_after = next((i for i, (a, _) in enumerate(spans) if a >= names_end), 0)
        if given in known_given_names() and first_after > 0:
            author_runs = [(0, first_after)]
            title_runs = [run for run in title_runs if run[0] >= first_after]
            inverted_names = True
    # an MLA or Chicago entry's one inverted name, a given name the labeller did not learn
    # ("Lund, Per. Title. London: Press, 2016."), read into the title: the names close at
    # their full stop, the title is the sentence after
    if (
        not author_runs
        and title_runs
        and title_runs[0][0] == 0
        and (one_name := _INVERTED_GIVEN_STOP.match(blanked))
        and one_name["given"].lower() in known_given_names()
        and (runs := _names_then_next_sentence(blanked, spans, one_name.end())) is not None
    ):
        author_runs, title_runs = [runs[0]], [runs[1]]
        inverted_names = True
    # ... and so ISO 690's and ABNT's names, the family names in capitals and parted by
    # semicolons ("ROE, Ana; MOE, Dag; LUND, Per. Title. …")
    if (
        title_runs
        and (capitals := _CAPITALS_NAMES_START.match(blanked))
        and spans[title_runs[0][0]][0] < capitals.end()
        and (runs := _names_then_next_sentence(blanked, spans, capitals.end())) is not None
    ):
        author_runs, title_runs = [runs[0]], [runs[1]]
        inverted_names = True
    if author_runs and (mla_names_end := _inverted_name_end(blanked, spans, author_runs[0])):
        # an MLA entry's one inverted name closed by its full stop ("Roe, Ana. Title, Part and
        # Part. Moe, Lee and Vale, 2011."): the labeller may run the names on over a title
        # and a publisher that read like names; the title is the sentence after them
        names_ran_to = author_runs[0][1]
        author_runs = [(author_runs[0][0], mla_names_end)]
        # (a title that opens on a list of words the labeller read as more names, "Roe, Ana.
        # Rivers, Lakes, and the Sea.", opens where the names end: nothing in between closes
        # a sentence)
        if (
            title_runs
            and title_runs[0][0] == names_ran_to
            and not any(blanked[spans[i][1] - 1] == "." for i in range(mla_names_end, names_ran_to))
        ):
            title_runs[0] = (mla_names_end, title_runs[0][1])
        # (and no note on the entry after the publication's year, the part to read: "…
        # Press, 2011. Chapters 1-3.", unless that year follows the names at once, "Roe, Ana.
        # 2011. Title.")
        year_at = next(
            (
                i
                for i in range(mla_names_end + 1, len(spans))
                if _YEAR_TOKEN.search(blanked, spans[i][0], spans[i][1])
            ),
            len(spans),
        )
        title_runs = [
            run
            for run in title_runs
            if run[0] >= mla_names_end
            and not (run[0] > year_at and _READING_NOTE.match(blanked, spans[run[0]][0]))
        ]
    if (
        author_runs
        and not title_runs
        and (split := _title_as_last_name(blanked, spans, author_runs[0]))
    ):
        # a short title read as one more name ("R. Roe and K. Moe. Fast R-CNN. In ICCV, 2015."):
        # every name of the list opens on an initial, the sentence after the last does not
        author_runs, title_runs, unlabelled_title = [split[0]], [split[1]], True
    if author_runs and not title_runs:
        # a book's title in title case, which the model takes for a venue: the sentence after
        # the names, where a year follows it ("Roe, Ana. The Heron and the Marsh. U of
        # Chicago P, 2009."); read with a confidence that only a list's context accepts
        # (or, in a CV's list, the title the dashes after the names and their year set off:
        # "Roe A., Moe K. & Lund P. 2021 – Title – Journal 57(3)")
        after = _title_after_authors(
            blanked, spans, author_runs[0], dated
        ) or _title_between_dashes(blanked, spans, author_runs[0])
        if after is None:
            return None
        title_runs, unlabelled_title = [after], True
    # names the labeller does not know, all read as the title's head ("Ashish Vaswani and Noam
    # Shazeer. Title. In …"): a list of people's names and its full stop open the entry; or a
    # corporate author's name ("World Health Organization. Title. Geneva: …")
    names_in_title = None
    if (
        title_runs
        and not author_runs
        and title_runs[0][0] <= 1
        and (
            (after_names := _names_then_sentence(blanked, spans, title_runs[0])) is not None
            or (after_names := _corporate_then_sentence(blanked, spans, title_runs[0])) is not None
        )
    ):
        names_in_title = title_runs[0]
        author_runs = [(title_runs[0][0], after_names[0])]
        title_runs = [after_names, *title_runs[1:]]
    # ... or all but the first given name read as the title's head ("Ana | Roe and Ben Moe.
    # Title. In …"): the list of names and its full stop open the entry all the same
    if (
        author_runs
        and author_runs[0][1] - author_runs[0][0] == 1
        and title_runs
        and title_runs[0][0] == author_runs[0][1]
        and (
            after_names := _names_then_sentence(
                blanked, spans, (author_runs[0][0], title_runs[0][1])
            )
        )
        is not None
    ):
        names_in_title = title_runs[0]
        author_runs = [(author_runs[0][0], after_names[0]), *author_runs[1:]]
        title_runs = [after_names, *title_runs[1:]]
    # ... or the last author after an inverted first one's "and" read as the title's head
    # ("Roe, Ana, | and Priya Vale. Title. Oslo: …"): the names and their full stop go first
    if (
        author_runs
        and title_runs
        and (
            after_names := _names_after_inverted_and(blanked, spans, author_runs[0], title_runs[0])
        )
        is not None
    ):
        author_runs = [(author_runs[0][0], after_names[0]), *author_runs[1:]]
        title_runs = [after_names, *title_runs[1:]]
    # a title first and the names the labeller does not know after it ("Title. Ana Roe, Ben
    # Moe. ICASSP."): a sentence of people's names right after the title run
    names_after_title = None
    if (
        title_runs
        and not author_runs
        and len(title_runs) == 1
        and (after := _names_sentence_after(blanked, spans, title_runs[0])) is not None
    ):
        names_after_title, author_runs = title_runs[0], [after]
    elif (
        title_runs
        and not author_runs
        and len(title_runs) == 1
        and (split := _names_sentence_inside(blanked, spans, title_runs[0])) is not None
    ):
        # ... or that the labeller ran the title on over ("Title. C Okafor, P Lund. Journal")
        title_runs = [split[0]]
        names_after_title, author_runs = split[0], [split[1]]
    if (
        not title_runs
        and not author_runs
        and (first_sentence := _opening_sentence(blanked, spans)) is not None
        and (after := _names_sentence_after(blanked, spans, first_sentence)) is not None
    ):
        # the same order where the labeller found nothing at all in the entry ("Title. A.
        # Roe, B. Moe. JMLR 21."): the sentence before the names is the title
        names_after_title, title_runs, author_runs = first_sentence, [first_sentence], [after]
        unlabelled_title = True
    if (
        not author_runs
        and (facts_after := _names_then_title_before_facts(blanked, spans)) is not None
        and all(run[0] == facts_after[0][0] for run in title_runs)
    ):
        # "Ana Roe, Title (Press, 2014).", where the labeller read nothing or ran the title
        # over the names: read with a confidence only a list's context accepts
        author_runs, title_runs = [facts_after[0]], [facts_after[1]]
        unlabelled_title = names_before_facts = True
    if not title_runs or not author_runs:
        return None
    # The title is the longest run; the first author opens the first author run, or the
    # names just before it (a publication list sets its owner in bold, which the labeller
    # may take for a title: "Ann Lee, **Bo Kim**, and Cy Wu. Title.").
    title_run = _complete_dangling(blanked, spans, max(title_runs, key=lambda r: r[1] - r[0]))
    title_run = _title_words_after_names_stop(blanked, spans, labels, title_run)
    title_run = _family_opening_title(blanked, spans, labels, title_run)
    title_run = _head_before_colon(blanked, spans, labels, title_run)
    title_run = _title_word_after_inverted_name(blanked, spans, labels, title_run)
    title_run = _title_word_after_vancouver_names(blanked, spans, labels, title_run)
    title_run = _title_word_before_names(blanked, spans, labels, title_run)
    title_run = _year_closing_title(blanked, spans, title_run)
    title_run = _year_opening_title(blanked, spans, title_run)
    title_run = _last_name_before_colon(blanked, spans, title_run)
    # a program's name and a colon opening the title ("… Patro R. Tximeta: Reference …"),
    # which the labeller gives to the authors: no name ends on a colon
    # (only after Vancouver names, "Surname AB,": in "Burton H. Bloom: Title" the colon ends
    # the names)
    if title_run[0] > 0 and labels[title_run[0] - 1] == "A":
        before = blanked[spans[title_run[0] - 1][0] : spans[title_run[0] - 1][1]]
        if (
            before.endswith(":")
            and len(before) > 3
            and before[:-1].replace("-", "").isalnum()
            and _VANCOUVER_NAME.search(blanked, 0, spans[title_run[0] - 1][0])
        ):
            start = title_run[0] - 1
            # ... with the words of the name before it ("GFF Utilities:"), back to the
            # punctuation that closes the author list
            while start > 0 and labels[start - 1] == "A":
                word = blanked[spans[start - 1][0] : spans[start - 1][1]]
                if word[-1:] in ".,;" or len(word) < 2:
                    break
                start -= 1
            title_run = (start, title_run[1])
    # an author run the title now covers ("... to Align | and Translate.") is the title's
    author_runs = [
        (max(run[0], title_run[1]), run[1])
        if run[0] < title_run[1] and run[1] > title_run[1]
        else run
        for run in author_runs
        if not (title_run[0] <= run[0] and run[1] <= title_run[1])
    ]
    if not author_runs:
        return None
    author_run = author_runs[0]
    first = author_run[0]
    while first > 0 and not title_run[0] <= first - 1 < title_run[1]:
        token = blanked[spans[first - 1][0] : spans[first - 1][1]]
        if not _name_like(token):
            break
        first -= 1
    if first > 0 and title_run[0] >= author_run[1]:
        # a corporate author's name whose head the labeller left out ("Organisation for |
        # Economic Co-operation and Development. (2018). Title."): the name opens the entry
        first = _corporate_head(blanked, spans, (first, author_run[1]), first)
    labelled_author_run, author_run = author_run, (first, author_run[1])
    # a bracketed tag ("[ICML 2019]") is nobody's name: the author run starts after it
    opening = blanked[spans[author_run[0]][0] : spans[author_run[0]][1]].lstrip("*_")
    if opening and opening[0] in "[(":
        if _CO_AUTHORS_BRACKET.match(opening):
            return None  # '"Title" (with A. Roe), J. Hydrol.': co-authors; the first is the page's
        closer = "]" if opening[0] == "[" else ")"
        for i in range(author_run[0], min(len(spans), author_run[0] + 5)):
            if closer in blanked[spans[i][0] : spans[i][1]]:
                later = [run for run in author_runs if run[0] > i]
                if i + 1 < author_run[1]:
                    author_run = labelled_author_run = (i + 1, author_run[1])
                elif later:
                    author_run = labelled_author_run = later[0]
                else:
                    return None
                break
    if _CO_AUTHORS_MARK.search(
        blanked, max(0, spans[author_run[0]][0] - 20), spans[author_run[0]][0]
    ):
        return None  # '"Title", with A. Roe, J. Hydrol.': co-authors; the first is the page's
    author_text = _first_line_of_names(
        blanked[spans[author_run[0]][0] : spans[author_run[1] - 1][1]]
    )
    family = first_author_family(author_text)
    if author_run[1] == title_run[0] and _family_opens_title(blanked, spans, title_run, family):
        author_run = labelled_author_run = (author_run[0], author_run[1] + 1)
        title_run = (title_run[0] + 1, title_run[1])
        author_text = blanked[spans[author_run[0]][0] : spans[author_run[1] - 1][1]]
        family = first_author_family(author_text)
    if not family:
        return None
    # the co-authors' names read as the title ("Mira Roe, Tomas Moe, and Lena Poe. Title. In
    # …": names the labeller does not know): the title is the sentence after them
    # (the confidence is the labeller's in the run it labelled a title)
    repaired_from = None
    if (
        (names_as_title := _names_then_sentence(blanked, spans, title_run)) is not None
        or (names_as_title := _last_name_then_sentence(blanked, spans, title_run)) is not None
        or (names_as_title := _names_tail_then_sentence(blanked, spans, title_run)) is not None
    ):
        repaired_from, title_run = title_run, names_as_title
    # (the labeller's confidence keeps a title whole past its full stop where asked to, or
    # where a Vancouver entry's journal and year follow the run it labelled: "Title. Report of
    # three cases. | J Neurosurg. 2003;98:897-902.", whose venue the run cannot have swallowed)
    gated = gated_cuts or (
        title_run[1] < len(spans)
        and VANCOUVER_VENUE_AFTER.match(blanked, spans[title_run[1] - 1][1]) is not None
    )
    title_marginals = [labeller.marginal("T", i) for i in range(*title_run)] if gated else None
    trimmed = _trim_title_run(blanked, spans, title_run, title_marginals, doubt_head=gated_cuts)
    if trimmed is None:
        return None
    # (the labeller's confidence is in the run it labelled, not in the words a completion adds)
    scored_run = title_run = trimmed
    title_run = _complete_cut_clause(blanked, spans, title_run)
    title_start, title_end = spans[title_run[0]][0], spans[title_run[1] - 1][1]
    title_end = _to_closing_quote(blanked, title_start, title_end)
    title = clean_entry_title(blanked[title_start:title_end])
    if not title or _WITH_NAMES_AT_END.search(title):
        return None  # "Title, with Ben Moe. J. Hydrol.": co-authors; the first is the page's

    def mean_marginal(label: str, run: tuple[int, int]) -> float:
        positions = range(run[0], run[1])
        return sum(labeller.marginal(label, i) for i in positions) / len(positions)

    confidence = min(
        mean_marginal("T", repaired_from or scored_run), mean_marginal("A", labelled_author_run)
    )
    if names_in_title is not None:
        # (the labeller's confidence that the names and the title it took them into are one
        # entry's, none that they are names)
        confidence = mean_marginal("T", names_in_title)
    if unlabelled_title:
        confidence = min(UNLABELLED_TITLE_CONFIDENCE, mean_marginal("A", labelled_author_run))
    if names_after_title is not None:
        # (the labeller's in the title alone, no more than an unlabelled title's: only a
        # list's context accepts it; where it labelled nothing, an unlabelled title's)
        confidence = (
            UNLABELLED_TITLE_CONFIDENCE
            if unlabelled_title
            else min(UNLABELLED_TITLE_CONFIDENCE, mean_marginal("T", names_after_title))
        )
    if names_before_facts:
        # (the form found the names and the title, the labeller neither)
        confidence = UNLABELLED_TITLE_CONFIDENCE
    if inverted_names:
        # (names the pattern found, the labeller none: its confidence in the title alone, no
        # more than an unlabelled title's)
        confidence = min(UNLABELLED_TITLE_CONFIDENCE, mean_marginal("T", title_run))
    return Reading(family, title, title_start, title_end, spans[author_run[0]][0], confidence)
