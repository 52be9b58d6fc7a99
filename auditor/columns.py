"""Text laid out in two columns side by side, as a PDF's text keeps its layout (``pdftotext
-layout``): each line holds a line of the left column, a gutter of spaces and a line of the
right one, so that every line reads across two unrelated texts::

    [1] J. Roe, A. Moe, Sparse codes for         [4] L. Vos, Robust estimation of mixing
        images, Pattern Recognit. 43 (2010).          times, Ann. Probab. 7 (2015) 1-20.

``column_views`` gives the reading of such a text, with a map of its offsets back into the
text: each region's left column, then its right column moved to the lines' start, as a reader
goes down a page. Read so, each column's lines follow one another again, and an entry that
runs on from the foot of the left column to the head of the right reads whole; the extractors
read it instead of the text, and the facts keep their places.

A gutter is a run of columns that no line of a region writes in, with prose on both sides of
it: most of the region's lines hold words on both sides, a few words each. A table parted by
spaces has short cells and more than one gutter, a Markdown table a bar at the gap, and either
is left as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice

from extractors.api import Fact

# A line with a gap of three spaces or more between two words: the cheap test first.
# (led by three spaces, which the engine looks for as a literal, then checked for the word
# before them: the third of the corpus with runs of spaces holds them mostly as indents)
_GAP = re.compile(r"   (?<=\S   ) *(?=\S)")
# (the gap must leave room for a column on each side)
MIN_COLUMN_WIDTH = 20
# a region's lines with words on both sides of its gutter, at least
MIN_SPLIT_LINES = 3
# ... and most of the region's lines that hold words at all
MIN_SPLIT_SHARE = 0.6
# a column's lines hold prose: this many words a line, on average, in each column
MIN_WORDS_A_LINE = 3
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# a gap inside a line's right part makes it a table's row, not a line of a column of prose
_MORE_GAPS = re.compile(r"\S {3,}\S")


@dataclass(frozen=True)
class _Region:
    first: int  # index of its first line
    last: int  # index of its last line (inclusive)


def _gutter(lines: list[str]) -> int | None:
    """The column most lines with a wide gap leave blank inside that gap, or None."""
    coverage: dict[int, int] = {}
    gapped = 0
    for line in lines:
        gaps = [m for m in _GAP.finditer(line) if m.end() >= MIN_COLUMN_WIDTH]
        if not gaps:
            continue
        gapped += 1
        for m in gaps:
            # the columns strictly inside the gap: a space on each side of them
            for column in range(m.start() + 1, m.end()):
                coverage[column] = coverage.get(column, 0) + 1
    if gapped < MIN_SPLIT_LINES or not coverage:
        return None
    best = max(coverage.values())
    if best < MIN_SPLIT_LINES or best < MIN_SPLIT_SHARE * gapped:
        return None
    # the right-most of the best columns: the right column writes from just after it
    return max(column for column, count in coverage.items() if count == best)


def _blank_at(line: str, column: int) -> bool:
    """Whether ``line`` writes nothing at ``column`` nor just before it."""
    return len(line) <= column or line[column - 1 : column + 1].strip() == ""


def _regions(lines: list[str], gutter: int) -> list[_Region]:
    """Runs of lines that leave the gutter blank, with prose on both sides of it."""
    regions, start = [], None
    for index, line in enumerate([*lines, None]):
        if line is not None and _blank_at(line, gutter):
            if start is None:
                start = index
            continue
        if start is not None:
            if _is_prose_columns(lines[start:index], gutter):
                regions.append(_Region(start, index - 1))
            start = None
    return regions


def _is_prose_columns(lines: list[str], gutter: int) -> bool:
    split = [line for line in lines if line[:gutter].strip() and line[gutter:].strip()]
    worded = [line for line in lines if line.strip()]
    if len(split) < MIN_SPLIT_LINES or len(split) < MIN_SPLIT_SHARE * len(worded):
        return False
    if any(_MORE_GAPS.search(line[gutter:].strip()) for line in split):
        return False  # more columns: a table
    if any(
        line[gutter:].lstrip(" ").startswith("|") or line[:gutter].rstrip(" ").endswith("|")
        for line in split
    ):
        return False  # a bar at the gap: a table's cells padded to its width
    left_words = sum(len(_WORD.findall(line[:gutter])) for line in split)
    right_words = sum(len(_WORD.findall(line[gutter:])) for line in split)
    least = MIN_WORDS_A_LINE * len(split)
    return left_words >= least and right_words >= least


_ENDS_SENTENCE = re.compile(r"[.!?)\]]\s*$")


def _last_words(pieces: list[tuple[int, int, str]]) -> str:
    """The last piece of ``pieces`` that holds words, or nothing."""
    return next((text for _, _, text in reversed(pieces) if text.strip()), "")


@dataclass(frozen=True)
class Reading:
    """A text the extractors read, and how its offsets map back to the document's: each line
    of ``text`` starts at ``line_starts[i]`` and its characters stand ``shifts[i]`` further on
    in the document (no shifts: the document itself)."""

    text: str
    line_starts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def original(self, offset: int) -> int:
        if not self.shifts:
            return offset
        return offset + self.shifts[bisect_right(self.line_starts, offset) - 1]

    def mapped(self, facts: Iterable[Fact]) -> list[Fact]:
        """``facts`` read in this text, with their offsets in the document."""
        if not self.shifts:
            return list(facts)
        placed = []
        for f in facts:
            start, end = self.original(f.start), self.original(f.end)
            # (a fact read across the foot of a left column and the head of the right ends
            # above where it starts in the document: it keeps its start)
            placed.append(replace(f, start=start, end=max(end, start + 1)))
        return placed


def column_views(text: str) -> Reading | None:
    """The text with each region laid out in two columns read as a page is: the region's left
    column, then its right column, moved to the lines' start (an entry that runs on from the
    foot of the left column to the head of the right reads whole); or None when no region of
    the text is laid out in two columns."""
    if "   " not in text or len(list(islice(_GAP.finditer(text), MIN_SPLIT_LINES))) < (
        MIN_SPLIT_LINES
    ):
        return None
    lines = text.split("\n")
    gutter = _gutter(lines)
    if gutter is None:
        return None
    regions = _regions(lines, gutter)
    if not regions:
        return None
    # the reading's lines, each a (document line, column it starts at, text) in reading order
    read: list[tuple[int, int, str]] = []
    at = 0
    for region in regions:
        read += [(index, 0, lines[index]) for index in range(at, region.first)]
        # where the region's right column starts: its left-most word after the gutter (the
        # column's own indents, a hanging entry's, stay)
        start = min(
            len(line) - len(line[gutter:].lstrip(" "))
            for line in lines[region.first : region.last + 1]
            if line[gutter:].strip()
        )
        span = range(region.first, region.last + 1)
        left = [(index, 0, lines[index][:gutter].rstrip(" ")) for index in span]
        right = [(index, start, lines[index][start:].rstrip(" ")) for index in span]
        while right and not right[-1][2]:
            right.pop()  # (the right column's foot, where the left one runs on alone)
        # (and its head, where a heading stands over the left one alone, unless the left
        # column's foot ends a sentence: a break between entries stays one)
        while len(right) > 1 and not right[0][2] and not right[1][2]:
            right.pop(0)
        if right and not right[0][2] and not _ENDS_SENTENCE.search(_last_words(left)):
            right.pop(0)
        # (blank lines under both columns close the right one, not the left: the left runs
        # on into the right)
        blank_foot: list[tuple[int, int, str]] = []
        while left and not left[-1][2]:
            blank_foot.insert(0, left.pop())
        read += left + right + blank_foot
        at = region.last + 1
    read += [(index, 0, lines[index]) for index in range(at, len(lines))]
    return _reading(lines, read)


def _reading(lines: list[str], read: list[tuple[int, int, str]]) -> Reading:
    """The reading of ``read``'s pieces of the document's ``lines`` (each a line's index, the
    column it starts at, its text), one a line: a text and the shift of each of its lines back
    to the document's offsets."""
    line_offsets, offset = [], 0
    for line in lines:
        line_offsets.append(offset)
        offset += len(line) + 1
    line_starts, shifts = [], []
    at = 0
    for index, column, piece in read:
        line_starts.append(at)
        shifts.append(line_offsets[index] + column - at)
        at += len(piece) + 1
    return Reading("\n".join(piece for _, _, piece in read), tuple(line_starts), tuple(shifts))


def readings(text: str) -> tuple[Reading, ...]:
    """What the extractors read of a (decoded) text: the text itself, or where it is laid out
    in two columns side by side, its columns one after the other."""
    return (column_views(text) or Reading(text),)
