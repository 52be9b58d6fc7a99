"""Reference entries read end to end: segment a block, label each plausible entry with the
CRF, and accept an entry only where it reads like a bibliography entry.

Accepting is what keeps prose out: an entry must be short, its title long enough and its first
author a name, and the labeller must be confident; a lone entry (a block that yields one entry)
must also carry a mark of a reference (a year, a list number, ``et al.``, a quoted or
emphasised title), because outside a list only works presented as papers count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.references.labeller import Reading, read_entry, shipped_labeller
from extractors.references.segment import segment

MIN_CONFIDENCE = 0.85
# In a list of several entries that all read as references, each is trusted more.
LIST_MIN_CONFIDENCE = 0.7
LIST_MIN_ENTRIES = 3
LONE_MIN_CONFIDENCE = 0.95
STRONG_LONE_MIN_CONFIDENCE = 0.85
MAX_ENTRY_CHARS = 1200
PROSE_MIN_CHARS = 250
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_REFERENCE_MARK = re.compile(
    r"\bet\.? al\b|\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)|\bdoi\b|\bIn:|\bIn Proc|\bpp\.|\bvol\.|"
    r"\bJournal\b|\bProceedings\b|\barXiv\b|\bPress\b|\d+\s*\(\d+\)\s*[:,]\s*\d+|\\bibitem",
    re.IGNORECASE,
)
# A family name opens with a capital after at most three particles ("van der Berg"), or is
# written in a script without case ("张").
_NAME_START = re.compile(r"^(?:[a-z]{1,4}\s){0,3}(?:[^\W\d_a-z]|[\u0400-\u04ff])")
# What marks a line as a reference rather than any list item: a year, "et al.", a venue, a
# title set off by quotes, emphasis or LaTeX, "by" before a name, a reference number.
_CUE = re.compile(
    r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\bet\.? al\b|\*\*|__|(?<![\w*])[*_][A-Z]|[\"“«]\s?[A-Z]"
    r"|\\(?:emph|textit|textbf|bibitem|em\b|it\b)|<(?:em|i|b|strong)>|\bby\s+[A-Z]"
    r"|^\W{0,40}\[\d{1,3}\]|\bdoi\b|\barxiv\b|\bIn:|\bProceedings\b|\bJournal\b"
)


@dataclass(frozen=True)
class Found:
    start: int  # offsets into the block
    end: int
    title_start: int
    family: str
    title: str


def _plausible(entry: str) -> bool:
    """Cheap checks before the labeller runs: a bounded length and some capitalised word."""
    return 12 <= len(entry) <= MAX_ENTRY_CHARS and any(c.isupper() for c in entry)


def _acceptable(reading: Reading, entry: str, least_confidence: float) -> bool:
    """Whether a reading is a fact rather than prose the labeller forced into fields."""
    title_words = reading.title.split()
    if reading.confidence < least_confidence or not title_words:
        return False
    if len(title_words) <= 2:
        # one- and two-word titles only where the entry sets them off ("*Mythos*", "“Stream”")
        # or, for two words, in Title Case ("Layer Normalization", not "Improved docs")
        raw = entry[max(0, reading.title_start - 2) : reading.title_start]
        set_off = any(c in raw for c in "\"“*_'‘{")
        title_case = len(title_words) == 2 and all(
            len(word.strip(".,")) > 1 and word[:1].isupper() for word in title_words
        )
        if not set_off and not title_case:
            return False
    if len(title_words) > 60 or not _NAME_START.match(reading.family):
        return False
    # a long lower-case "family name" is a phrase of prose
    return len(reading.family.split()) <= 4 or reading.family[:1].isupper()


def _is_lone_reference(reading: Reading, entry: str, marked: bool) -> bool:
    """A block's only entry counts when it carries a mark of a reference and the labeller is
    very sure of it, or a little less sure where the entry carries two different marks (a
    year and a volume(issue):pages, a DOI, a journal)."""
    if len(entry) > 600:
        return False
    marks = {m.group().lower()[:4] for m in _REFERENCE_MARK.finditer(entry)}
    has_year = bool(_YEAR.search(entry))
    least = STRONG_LONE_MIN_CONFIDENCE if len(marks) + has_year >= 3 else LONE_MIN_CONFIDENCE
    if reading.confidence < least:
        return False
    return bool(marks) or (has_year and marked)


def read_references(text: str) -> Iterator[Found]:
    """The (first author, title) of every bibliography entry in a block of text."""
    labeller = shipped_labeller()
    readings = []
    for entry in segment(text):
        entry_text = text[entry.start : entry.end]
        if not _plausible(entry_text):
            continue
        # a paragraph of prose (long, no list marker, no mark of a reference) is not labelled:
        # windows hold the prose around a trigger, and the labeller is the costly step
        if len(entry_text) > PROSE_MIN_CHARS and not entry.marked and not _CUE.search(entry_text):
            continue
        reading = read_entry(labeller, entry_text)
        if reading is not None:
            readings.append((entry, entry_text, reading))
    # A block is a bibliography when its entries carry marks of references: a list of
    # feature bullets or the lines of a licence read as "Author. Title." too.
    cued = [_CUE.search(entry_text) is not None for _, entry_text, _ in readings]
    if sum(cued) * 2 < len(readings) and not (len(readings) <= 2 and any(cued)):
        return
    in_list = sum(r.confidence >= LIST_MIN_CONFIDENCE for _, _, r in readings) >= LIST_MIN_ENTRIES
    least = LIST_MIN_CONFIDENCE if in_list else MIN_CONFIDENCE
    accepted: list[tuple[Found, Reading, str, bool]] = []
    for (entry, entry_text, reading), has_cue in zip(readings, cued, strict=True):
        if not _acceptable(reading, entry_text, least if has_cue else MIN_CONFIDENCE):
            continue
        found = Found(
            entry.start,
            entry.end,
            entry.start + reading.title_start,
            reading.family,
            reading.title,
        )
        accepted.append((found, reading, entry_text, entry.marked))
    if len(accepted) == 1:
        found, reading, entry_text, marked = accepted[0]
        if not _is_lone_reference(reading, entry_text, marked):
            return
    for found, *_ in accepted:
        yield found
