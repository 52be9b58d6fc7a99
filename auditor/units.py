"""Units: the smallest text around a trigger that can state its fact (issue 9 build 1, issue 11
build 3).

A document is read as *segments*: its lines, and inside a line its sentences (Wikipedia runs a
paragraph's sentences together on one line; a bibliography or a table has one entry a line).
A relation's unit around a trigger is the trigger's segment plus ``before`` segments before it
and ``after`` segments after it (its ``UnitReach``), never more than ``cap`` characters to
either side: a line of prose without a sentence end (a 100 MB log line) costs ``2 * cap``
characters per trigger, not the line. A relation whose unit is a ``block`` (a bibliography:
consecutive lines that look like entries) takes every line of the trigger's run of non-blank
lines, up to ``cap`` characters each side, and the heading line above it.

Sentence ends are found with a pattern of bounded width and checked in Python, so nothing
backtracks: a stop after an initial (``J. R. Tolkien``), after a known abbreviation (``St.``,
``pron.``, ``b.``, ``c.``, ``vol.``) or inside a number is no end; ``pron.:`` is none (no capital
follows); a stop with no space before a capitalised word (``lived.Next``: lines run together)
is one.

Units of one relation that overlap or touch are merged, so that a fact is read once and a
pattern that spans two neighbouring triggers' sentences still sees both.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

from extractors.api import Fact, UnitReach
from extractors.grammar import ABBREVIATIONS

Span = tuple[int, int]

# A candidate end: a run of newlines (with blank lines), or sentence-end punctuation with its
# closing quotes and brackets. Every part is bounded; the checks are in ``_ends_sentence``.
_BOUNDARY = re.compile(r"\n(?:[^\S\n]*\n){0,1000}|[.!?][\"'”’)\]]{0,3}(?=[^\S\n]|[A-Z])")
_WORD_BEFORE = re.compile(r"[\w'’-]{0,40}$")
_OPENS_SENTENCE = re.compile(r"[^\S\n]{1,20}[\"'“‘(\[]{0,3}[A-Z0-9]")
_RUN_TOGETHER = re.compile(r"[A-Z][a-z]")
_BIBTEX_OPEN = re.compile(r"@\w{1,30}\s{0,10}\{")
# a brace, or a line commented out with "%" whose braces do not count (as biber reads it:
# "%url = {https://…pdf\"," leaves one unbalanced)
_BRACE = re.compile(r"[{}]|(?m:^)[ \t]*%[^\n]*")
BIBTEX_LIMIT = 50_000  # characters of a BibTeX entry (abstracts included)
# biblatex's .bbl data: "\entry{key}{type}{}" … "\endentry", no brace around the whole
_BIBLATEX_OPEN = re.compile(r"\\entry\{")
_BIBLATEX_END = re.compile(r"\\endentry\b")
BIBLATEX_LIMIT = 20_000
# A line of prose without a sentence end near the trigger (a list run together on one line) is
# read to its end when that is this many times the cap away, at most.
LINE_FACTOR = 4
WRAP_WIDTH = 40  # characters: a line at least this long that stops mid-sentence was wrapped
_WRAP_END = frozenset("abcdefghijklmnopqrstuvwxyz,;-")
_WRAP_NEXT = re.compile(r"[^\S\n]{0,8}[\w\"“‘'(]")
SHORT_LINE = 300  # characters: a line this short is a list's or a table's, not a paragraph


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether the punctuation ``match`` ends a sentence (see the module's docstring)."""
    stop = match.start()
    after = match.end()
    if text[stop] != ".":
        return _OPENS_SENTENCE.match(text, after) is not None
    word = _WORD_BEFORE.search(text, max(0, stop - 40), stop)
    before = word.group() if word else ""
    if _OPENS_SENTENCE.match(text, after):
        if not before:
            return stop > 0 and not text[stop - 1].isdigit() and text[stop - 1] not in ".-"
        if len(before) == 1 and before.isalpha():
            return False  # an initial: "J. R. R. Tolkien", "b. 1901"
        if before.lower() in ABBREVIATIONS:
            return False
        # "U.S. Army", "e.g. Paris": a stop inside a dotted abbreviation
        return not (stop >= 2 and text[stop - 2] == "." and len(before) <= 2)
    # no space: a sentence end only between a lower-case word and a capitalised one
    return (
        len(before) >= 2
        and before[-2:].isalpha()
        and before[-2:].islower()
        and before.lower() not in ABBREVIATIONS
        and _RUN_TOGETHER.match(text, after) is not None
    )


def boundaries(text: str, low: int, high: int, wraps: bool = False) -> list[Span]:
    """The segment boundaries in ``text[low:high]``: each a span between two segments (a run of
    line breaks, or a sentence's end: its punctuation, closing quotes and brackets)."""
    found = []
    for match in _BOUNDARY.finditer(text, low, high):
        if match.group()[0] == "\n":
            if not wraps or match.end() - match.start() > 1 or not is_wrap(text, match.start()):
                found.append(match.span())
        elif _ends_sentence(text, match):
            found.append(match.span())
    return found


def is_wrap(text: str, newline: int) -> bool:
    """Whether the line break at ``newline`` wraps a sentence (prose or a reference entry cut
    at a width): the line before is a full one (``WRAP_WIDTH`` characters at least) and ends
    inside a sentence (a letter, a comma, a semicolon, a hyphen), and a word goes on after it."""
    if newline < WRAP_WIDTH or text[newline - 1] not in _WRAP_END:
        return False
    if not _WRAP_NEXT.match(text, newline + 1):
        return False
    previous = text.rfind("\n", newline - WRAP_WIDTH, newline)
    return previous == -1


class BoundaryIndex:
    """The segment boundaries of one text, found once however many triggers ask: triggers come
    in text order, so each stretch of text is scanned at most once (dense triggers, a sentence
    end every few characters, cost what one scan costs)."""

    def __init__(self, text: str, wraps: bool = False):
        self.text = text
        self.wraps = wraps
        self.starts: list[int] = []
        self.spans: list[Span] = []
        self.scanned_low = 0
        self.scanned_high = 0

    def between(self, low: int, high: int) -> list[Span]:
        """``boundaries(text, low, high)``, from the index where it covers them."""
        if low < self.scanned_low or (self.starts and low < self.scanned_high and high < low):
            return boundaries(self.text, low, high, self.wraps)
        if low > self.scanned_high:  # a gap no trigger needs: start afresh after it
            self.starts, self.spans = [], []
            self.scanned_low = self.scanned_high = low
        if high > self.scanned_high:
            # a boundary may begin just before the scanned end: rescan from the last one
            begin = self.scanned_high
            if self.spans and self.spans[-1][1] >= begin - 4:
                begin = self.spans.pop()[0]
                self.starts.pop()
            for span in boundaries(self.text, begin, high, self.wraps):
                self.spans.append(span)
                self.starts.append(span[0])
            self.scanned_high = high
        first = bisect_left(self.starts, low)
        last = bisect_left(self.starts, high)
        return [span for span in self.spans[first:last] if span[1] <= high]


def _space_after(text: str, position: int, limit: int) -> int:
    """The first position after a space at or after ``position`` (below ``limit``), else
    ``position``: a cut between words."""
    space = text.find(" ", position, limit)
    return position if space == -1 else space + 1


def _space_before(text: str, position: int, limit: int) -> int:
    space = text.rfind(" ", limit, position)
    return position if space == -1 else space


def sentence_around(
    text: str, hit: Span, reach: UnitReach, index: BoundaryIndex | None = None
) -> Span:
    """The trigger's segment with ``reach.before`` segments before it and ``reach.after``
    after it, at most ``reach.cap`` characters to each side of the trigger (boundaries from
    ``index`` where given)."""
    find = index.between if index is not None else (lambda a, b: boundaries(text, a, b))
    hit_start, hit_end = hit
    low = max(0, hit_start - reach.cap)
    ends_before = find(low, hit_start)
    if len(ends_before) > reach.before:
        start = ends_before[-1 - reach.before][1]
        while start < hit_start and text[start] in " \t":
            start += 1  # a sentence opens at its first word, where "^" finds it
    else:
        start = 0 if low == 0 else _space_after(text, low, hit_start)
    high = min(len(text), hit_end + reach.cap)
    ends_after = find(hit_end, high)
    if len(ends_after) > reach.after:
        end = ends_after[reach.after][0] + (text[ends_after[reach.after][0]] != "\n")
    else:
        # fewer segment ends within the cap than asked for: a line run together (a list on one
        # line) is read to its end when that is near, else the unit stops at the cap
        line_end = text.find("\n", high, min(len(text), hit_end + LINE_FACTOR * reach.cap))
        if high == len(text):
            end = high
        elif line_end != -1:
            end = line_end
        else:
            end = _space_before(text, high, hit_end)
    return start, max(end, hit_end)


_LIST_MARK = re.compile(r"[^\S\n]{0,8}(?:[-*+•>]|\d{1,3}[.)]|\[\d{1,3}\])[^\S\n]")
ENTRY_LINE = 1000  # characters: a list item (marked) this long is still an entry of a block


def _too_long(text: str, start: int, length: int, line: int) -> bool:
    """Whether the line at ``start`` is too long to join a block: longer than ``line``, or for
    a list item (a bullet, a number, a quote mark opening it), than ``ENTRY_LINE``."""
    if length <= line:
        return False
    return length > ENTRY_LINE or not _LIST_MARK.match(text, start)


TABLE_LIMIT = 100_000  # characters of a table's rows a unit takes after its block's cap
# A SQL statement that fills a table, as a dump writes it: all its rows on one long line.
# a statement that writes rows: INSERT (with MySQL's IGNORE, SQLite's OR …, SQL Server's table
# without INTO), MySQL's REPLACE, PostgreSQL's COPY
_SQL_ROWS = re.compile(
    r"[^\S\n]{0,8}(?i:insert(?:[^\S\n]+(?:ignore|or[^\S\n]+[a-z]+))?[^\S\n]+(?:into[^\S\n]|\[)"
    r"|replace[^\S\n]+into[^\S\n]|copy[^\S\n])"
)
_ROW_OPENERS = "|({[\"'<"


def _row_shape(text: str, start: int, end: int) -> tuple[str, int, int, int] | None:
    """What makes the line ``[start, end)`` a row of a table like its neighbours: the mark
    that opens it (``|``, ``(``, ``{``, a quote, a tag), its counts of bars and tabs, and its
    commas; None for a blank line or a line of words with no delimiter (prose)."""
    line = text[start:end]
    stripped = line.lstrip()
    if not stripped:
        return None
    opener = stripped[0] if stripped[0] in _ROW_OPENERS else ""
    bars, tabs, commas = line.count("|"), line.count("\t"), line.count(",")
    if not opener and not bars and not tabs and commas < 2:
        return None  # words, or words with a comma: prose, or a reference list's entries
    return opener, bars, tabs, commas


def _same_row_shape(a: tuple[str, int, int, int], b: tuple[str, int, int, int]) -> bool:
    if not (a[0] or a[1] or a[2]):
        return a == b  # rows of a CSV file: the same number of commas each
    # commas may differ by a value that holds one ("'Washington, D.C.'")
    return a[:3] == b[:3] and abs(a[3] - b[3]) <= 2


def rows_after(text: str, end: int, line: int, limit: int = TABLE_LIMIT) -> int:
    """Where a table's rows end that go on after ``end`` (the end of a row): the following
    lines of the row's shape (``_row_shape``), each at most ``line`` characters, within
    ``limit`` characters. A table, a SQL ``VALUES`` list or a CSV file runs on past a unit's
    cap with rows that carry no trigger of their own (the header had it)."""
    start = text.rfind("\n", 0, end) + 1
    shape = _row_shape(text, start, end)
    if shape is None:
        return end
    stop = min(len(text), end + limit)
    while end < stop:
        following = text.find("\n", end + 1, stop)
        if following == -1:
            if stop < len(text):
                break
            following = len(text)
        next_shape = _row_shape(text, end + 1, following)
        if following - end > line or next_shape is None or not _same_row_shape(shape, next_shape):
            break
        end = following
    return end


def block_around(text: str, hit: Span, cap: int, line: int = SHORT_LINE) -> Span:
    """The short lines around a trigger in a short line (a list, a table, a bibliography, a
    block of fields, with its heading and blank lines between): whole lines within ``cap``
    characters to each side, up to the nearest line longer than ``line`` (a paragraph of
    prose, which is read by sentences) and, after, that line's first sentence (a list's item
    that runs on); where the lines run past the cap, a table's rows on to its end
    (``rows_after``)."""
    hit_start, hit_end = hit
    low = max(0, hit_start - cap)
    start = text.rfind("\n", low, hit_start) + 1 or low
    while start > low:
        previous = text.rfind("\n", 0, start - 1) + 1
        if previous < low or _too_long(text, previous, start - previous, line):
            break
        start = previous
    high = min(len(text), hit_end + cap)
    end = text.find("\n", hit_end, high)
    end = high if end == -1 else end
    while end < high:
        following = text.find("\n", end + 1)
        following = len(text) if following == -1 else following
        long_line = line < following - end <= TABLE_LIMIT
        if long_line and _SQL_ROWS.match(text, end + 1):
            end = following  # a dump's INSERT of a whole table on one line, read whole
            continue
        if following > high:
            # the block ran to its cap: a table's rows may go on past it
            return start, rows_after(text, end, line)
        if _too_long(text, end + 1, following - end, line):
            ends = boundaries(text, end + 1, min(following, high))
            if ends and text[ends[0][0]] != "\n":
                end = ends[0][0] + 1
            break
        end = following
    return start, end


def bibtex_entry_at(text: str, start: int) -> Span | None:
    """The BibTeX entry opening at ``start`` (``@type{key, …}``) up to its balanced closing
    brace, if that comes within ``BIBTEX_LIMIT`` characters."""
    depth = 0
    for brace in _BRACE.finditer(text, start, min(len(text), start + BIBTEX_LIMIT)):
        if brace.group() not in ("{", "}"):
            continue  # a comment line
        depth += 1 if brace.group() == "{" else -1
        if depth == 0:
            return start, brace.end()
    return None


TITLE_LENGTH = 60  # characters: an opening segment this short is a title; its next goes with it


def opening(text: str, cap: int) -> Span:
    """The document's opening, the context a unit far into it carries: its first segment (a
    sentence or a line) and, after a title (a short first line), the segment after it; at most
    ``cap`` characters."""
    start = len(text) - len(text.lstrip())
    ends = boundaries(text, start, min(len(text), start + cap))
    if not ends:
        return start, min(len(text), start + cap)
    end = ends[0][0] + (text[ends[0][0]] != "\n")
    if end - start < TITLE_LENGTH and len(ends) > 1:
        end = ends[1][0] + (text[ends[1][0]] != "\n")
    return start, end


def merged(spans: Iterable[Span]) -> list[Span]:
    """Spans sorted and merged where they overlap or touch."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _line_longer_than(text: str, hit: Span, limit: int) -> bool:
    """Whether the line holding ``hit`` is longer than ``limit`` (searched within the limit
    only: a line of megabytes costs what a short one does)."""
    low = max(0, hit[0] - limit - 1)
    start = text.rfind("\n", low, hit[0]) + 1
    if start == 0 and low > 0:
        return True
    end = text.find("\n", hit[1], start + limit + 1)
    return (len(text) if end == -1 else end) - start > limit


class _UnitMaker:
    """The units of one relation's triggers in one text, with what they share: the boundary
    index, the block of each line, and a budget for BibTeX brace scans."""

    def __init__(self, text: str, kinds: tuple[str, ...], reach: UnitReach):
        self.text, self.kinds, self.reach = text, kinds, reach
        self.index = BoundaryIndex(text, wraps=reach.wrapped_prose)
        self.blocks: dict[int, Span] = {}
        self.table: Span = (0, 0)  # the last table whose rows ran past a block's cap
        self.brace_budget = 2 * len(text) + BIBTEX_LIMIT

    def block(self, hit: Span) -> Span:
        """The block of the hit's line (one per line: dense triggers on a line share it; a
        table's rows found once serve every trigger in them, so that a table of triggers
        costs its length, not its length squared)."""
        line_start = self.text.rfind("\n", max(0, hit[0] - self.reach.cap), hit[0]) + 1
        if self.table[0] <= line_start and hit[1] <= self.table[1]:
            return self.table
        if line_start not in self.blocks:
            start, end = block_around(self.text, hit, self.reach.cap, self.reach.line)
            self.blocks[line_start] = start, end
            if end - hit[1] > self.reach.cap:  # rows ran on past the cap: a table
                self.table = (start, end)
        start, end = self.blocks[line_start]
        return start, max(end, hit[1])

    def insert_line(self, hit: Span) -> Span | None:
        """The whole line of a SQL ``INSERT`` or ``COPY`` the hit is in, where the line opens
        with the statement within the cap before the hit (a dump's columns then every row on
        one line: the trigger is a column's name, the rows run far past the cap), up to
        ``TABLE_LIMIT`` characters; else None."""
        text = self.text
        low = max(0, hit[0] - self.reach.cap)
        line_start = text.rfind("\n", low, hit[0]) + 1
        if (line_start == 0 and low > 0) or not _SQL_ROWS.match(text, line_start):
            return None
        if line_start not in self.blocks:
            limit = min(len(text), line_start + TABLE_LIMIT)
            end = text.find("\n", hit[1], limit)
            self.blocks[line_start] = line_start, limit if end == -1 else end
        start, end = self.blocks[line_start]
        return start, max(end, hit[1])

    def in_wrapped_prose(self, hit: Span) -> bool:
        """Whether the hit's line is wrapped onto the next or from the one before."""
        text = self.text
        before = text.rfind("\n", max(0, hit[0] - self.reach.line - 1), hit[0])
        after = text.find("\n", hit[1], hit[1] + self.reach.line + 1)
        return (before != -1 and is_wrap(text, before)) or (after != -1 and is_wrap(text, after))

    def inline_entry(self, hit: Span, start: int, end: int) -> Span:
        """The unit ``(start, end)`` on a long line widened to the list's entries around the
        trigger, where the line is a list run together (``reach.inline_entries``): from the
        first entry's opening within reach to the line's end, or to the last opening within
        reach where the line runs on past it."""
        find = self.reach.inline_entries
        if find is None:
            return start, end
        low, high = max(0, hit[0] - self.reach.cap), min(len(self.text), hit[1] + self.reach.cap)
        openings = find(self.text, low, high)
        if not openings:
            return start, end
        # The whole run within reach, not the trigger's entry alone: an entry without a
        # trigger of its own ("[1] Roe A., 1927, Title, Publisher, Paris.") is read with the
        # others, as a list on lines of its own is read as a block; up to the line's end, or
        # where the line runs past reach, up to the last entry that opens within it.
        after = [at for at in openings if at >= hit[1]]
        start = min(start, openings[0])
        line_end = self.text.find("\n", hit[1], high)
        if line_end != -1 or high == len(self.text):
            end = max(end, high if line_end == -1 else line_end)
        elif after:
            end = max(end, after[-1] - 1)
        return start, end

    def around(self, hit: Span) -> Span:
        """The unit of one trigger at ``hit``: its BibTeX entry, or its block where ``kinds``
        has "block" (with "sentence" too: only where the trigger's line is short, a list's
        line, and then with its sentences), else its sentences."""
        text, kinds, reach = self.text, self.kinds, self.reach
        if "block" in kinds and self.brace_budget > 0 and _BIBTEX_OPEN.match(text, hit[0]):
            self.brace_budget -= BIBTEX_LIMIT
            entry = bibtex_entry_at(text, hit[0])
            if entry:
                self.brace_budget += BIBTEX_LIMIT - (entry[1] - entry[0])
                return entry[0], max(entry[1], hit[1])
        if "block" in kinds and _BIBLATEX_OPEN.match(text, hit[0]):
            closing = _BIBLATEX_END.search(text, hit[1], hit[0] + BIBLATEX_LIMIT)
            if closing:
                return hit[0], closing.end()
        if "block" not in kinds:
            return sentence_around(text, hit, reach, self.index)
        if "sentence" not in kinds:
            return self.block(hit)
        if reach.wrapped_prose and self.in_wrapped_prose(hit):
            start, end = sentence_around(text, hit, reach, self.index)
            if reach.whole_lines:
                # the lines the sentences start and end in, whole (within the cap)
                line_start = text.rfind("\n", max(0, hit[0] - reach.cap), start) + 1
                limit = hit[1] + reach.cap
                line_end = text.find("\n", end, limit)
                if line_end == -1 and len(text) <= limit:
                    line_end = len(text)  # the text's last line
                start = min(start, line_start or start)
                end = end if line_end == -1 else max(end, line_end)  # (no line end: as is)
            return start, end
        if _line_longer_than(text, hit, reach.line):
            statement = self.insert_line(hit)
            if statement:
                return statement
            start, end = sentence_around(text, hit, reach, self.index)
            return self.inline_entry(hit, start, end)
        # a short line's block, and its sentences where they run on into a long line
        block_start, block_end = self.block(hit)
        start, end = sentence_around(text, hit, reach, self.index)
        return min(start, block_start), max(end, block_end)


def unit_around(text: str, hit: Span, kinds: tuple[str, ...], reach: UnitReach) -> Span:
    """The unit of one trigger at ``hit`` (see ``_UnitMaker.around``)."""
    return _UnitMaker(text, kinds, reach).around(hit)


def units_for(
    text: str, hits: Iterable[Span], kinds: tuple[str, ...], reach: UnitReach
) -> list[Span]:
    """The units of a relation's triggers ``hits`` in ``text``: one around each, merged."""
    maker = _UnitMaker(text, kinds, reach)
    units = merged(maker.around(hit) for hit in sorted(hits))
    if "<details" in text:
        units = merged(_whole_details(text, unit) for unit in units)
    return joined(text, units, reach.join_gap) if reach.join_gap else units


_DETAILS_REACH = 20_000  # characters of a collapsed element a unit is widened over
_DETAILS_TAG = re.compile(r"<(/?)details\b", re.IGNORECASE)


def _whole_details(text: str, unit: Span) -> Span:
    """``unit`` widened to hold whole every collapsed HTML element (``<details>…</details>``)
    it cuts: a programme's abstract folded between two talks is one piece the extractor reads
    as blank, not an end of the list (bounded by ``_DETAILS_REACH``)."""
    start, end = unit
    tags = list(_DETAILS_TAG.finditer(text, start, end))
    if not tags:
        return unit
    if tags[0][1]:  # the unit opens inside an element: back to its opening tag
        opening = text.rfind("<details", max(0, start - _DETAILS_REACH), start)
        if opening >= 0:
            start = opening
    left_open = 0
    for tag in tags:
        left_open = max(0, left_open - 1) if tag[1] else left_open + 1
    if left_open:  # an element left open: on to its closing tag
        closing = text.find("</details>", end, end + _DETAILS_REACH)
        if closing >= 0:
            end = closing + len("</details>")
    return start, end


_NO_WORDS = re.compile(r"[\W_]*")


def joined(text: str, spans: list[Span], gap: int) -> list[Span]:
    """Sorted, disjoint ``spans`` joined where at most ``gap`` characters, none a letter or a
    digit, part one from the next."""
    out: list[Span] = []
    for start, end in spans:
        if out and start - out[-1][1] <= gap and _NO_WORDS.fullmatch(text, out[-1][1], start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def read_unit(
    extract: Callable[[str], Iterable[Fact]], text: str, unit: Span, context: Span | None = None
) -> list[Fact]:
    """The facts ``extract`` finds in ``text[unit]``, offsets into ``text``. With a
    ``context`` span before the unit (the document's opening), the unit is read after it
    (joined by a line break): offsets in the context map to the context's place in ``text``,
    and facts wholly inside the context are left to the context's own units."""
    piece, place, skip = with_context(text, unit, context)
    return placed(extract(piece), place, skip)


def with_context(
    text: str, unit: Span, context: Span | None = None
) -> tuple[str, Callable[[int], int], int]:
    """What a unit is read as: its text, after the context span where one lies before it (joined
    by a line break); a function mapping offsets in it to offsets in ``text``; and the length of
    the context part, inside which found facts belong to the context's own units."""
    start, end = unit
    if context is None or context[1] >= start:
        return text[start:end], lambda at: start + at, 0
    prefix = text[context[0] : context[1]] + "\n"

    def place(at: int) -> int:
        return context[0] + at if at < len(prefix) else start + at - len(prefix)

    return prefix + text[start:end], place, len(prefix)


def placed(facts: Iterable[Fact], place: Callable[[int], int], skip: int) -> list[Fact]:
    """Facts found in a unit read ``with_context``, offsets into the document; those wholly
    inside the context left out."""
    return [
        Fact(place(f.start), place(f.end), f.relation, f.subject, f.value)
        for f in facts
        if f.end > skip
    ]


def context_of(text: str, reach: UnitReach) -> Span | None:
    """The context a relation's units carry in ``text`` (its opening, where the reach asks)."""
    return opening(text, reach.cap) if reach.opening else None
