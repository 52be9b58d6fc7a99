"""Titles of papers (``paper_title``: family name of the first author -> title).

Phrasings:
- reference-list entries, one per line (an entry may wrap inside its quoted title):
  APA (``Vaswani, A., & Shazeer, N. (2017). Title. In …``, subtitles after ``?`` included),
  Harvard (``Breiman, L. (2001) 'Title', Machine Learning …``), ACL-like (``Ashish Vaswani,
  Noam Shazeer, and … 2017. Title. In …``), IEEE-like (``[1] A. Vaswani, N. Shazeer, and …,
  “Title,” in …``, also inside a sentence), Nature (``Watson, J. D. & Crick, F. H. C. Title.
  Nature 171, 737 (1953).``), Springer (``Smith, J., Jones, K.: Title. In: …``), Harvard without
  parentheses (``Smith, J. and Jones, K., 1997. Title.``), MLA/Chicago-like (``Vaswani, Ashish,
  et al. "Title." …``, ``Codd, E. F. “Title.” …``), Vancouver (``Lowry OH, Rosebrough NJ. Title. J
  Biol Chem. 1951;…``);
- BibTeX entries (``title = {…}`` with ``author = {…}``; BibTeX names: ``von Last, Jr, First``,
  ``First von Last``, ``{Corporate Author}``, ``… et al.``);
- R ``CITATION`` files (``bibentry``/``citEntry`` with ``person(…)`` authors, and their
  ``textVersion``) and ``CITATION.cff`` (``title:`` with ``authors: - family-names:``);
- every other bibliography layout through ``extractors.references``: entries segmented
  (numbered, bulleted, ``>`` quoted, ``<li>``, ``\\bibitem``, hanging indent, wrapped lines) and
  labelled by a CRF (author / title / other) trained on AnyStyle's reference strings and
  labelled web blocks: awesome-lists (``- [Title](url) - Authors``, ``**Title** Authors``),
  reading lists (``"Title" by Given Surname``), programmes, publication lists, ``.bbl`` files,
  PDF-extracted reference sections; an entry is kept only in a block that carries reference
  cues and when the labeller is confident (very confident for a block's only entry);
- conference programmes: ``10:00–10:20  Title — Given Surname, Given Surname``,
  ``13:30  Paper #47 — Title. Given Surname``, ``B1  Given Surname, Given Surname: Title``;
- prose: ``In their 2017 paper "T", Surname et al. …``, ``the paper titled "T" by Given
  Surname``, ``Surname et al. (2017), "T"``, ``Surname et al., in their 2021 paper "T"``,
  ``Surname and Surname … in "T"``, ``Surname's 1948 paper "T"``, ``"T" (Surname et al., 2016)``,
  ``Surname is known for the letter "T"``, ``"T" by Surname et al.``; ``Surname's “T”`` only in
  academic prose, with a citation with a year near it.

Not facts: a paper mentioned without its title (``(Vaswani et al., 2017)``), a title without an
author, a quoted phrase that is no title (lower-case, a single word), songs, films and paintings
named in prose (``Sting's "Fields of Gold"``, ``Bair's painting, "The Stream"``), lists that are
no bibliography (feature bullets, changelog credits, licence text).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

from extractors import layout, places
from extractors.api import load_lines, split_alternatives
from extractors.base import Fact
from extractors.grammar import (
    CAP_WORD,
    FAMILY_PARTICLES,
    NAME_WORD,
    PARTICLE,
    PERSON,
    SPACE,
    UPPER_LETTER,
    family_name,
)
from extractors.normalize import clean_title, nfkc
from extractors.persons import known_given_names, opens_with_given_name, person_name
from extractors.records import read_records
from extractors.references.bbl import compose_accents, read_bibitems, read_biblatex_entries
from extractors.references.formats import (
    read_cff,
    read_r_citations,
    read_rendered_r_citations,
    read_wiki_citations,
)
from extractors.references.gbt import read_gbt
from extractors.references.labeller import VANCOUVER_VENUE_AFTER
from extractors.references.listings import Listed, read_listings
from extractors.references.names import (
    bibtex_first_family,
    capitals_first_family,
    first_author_family,
    is_corporate,
)
from extractors.references.reader import (
    SESSION_WORDS,
    Found,
    cut_abbreviated_journal,
    cut_container,
    cut_edition,
    cut_publisher_and_place,
    cut_reading_part,
    cut_unstopped_journal,
    cut_venue_and_volume,
    prose_before,
    read_references,
    trim_venue,
)
from extractors.references.segment import (
    BIBLIOGRAPHY_HEADING,
    FOREIGN_HEADING,
    FOREIGN_HEADINGS,
    LETTER_SPACED_HEADING,
    READERS_LIST_HEADING,
    break_run_together,
)

# The name words of the grammar allow a hyphen before a capital and before any letter, two
# alternatives that overlap: on "A-A-A-…" without an end a pattern with several name words
# tries every way to split the run (exponential). "-{letter}" alone matches the same words.
_OVERLAPPING_HYPHEN = f"|-{UPPER_LETTER}|"


def _linear(pattern: str) -> str:
    """The grammar's pattern without the overlapping alternative (same matches); as it is
    where the grammar has none."""
    return pattern.replace(_OVERLAPPING_HYPHEN, "|")


CAP_WORD, NAME_WORD, PERSON = _linear(CAP_WORD), _linear(NAME_WORD), _linear(PERSON)

_SURNAME = rf"(?:(?<!\w)(?:{PARTICLE}|[Vv]an{SPACE}[Dd]er|[Dd]e{SPACE}[Ll]a){SPACE})?{NAME_WORD}"
# Initials as one run ("G. E.", "J.-P.", "A.B."): a repetition of runs would split "A. A. A. …"
# every possible way (exponential), so patterns never repeat _INITIALS itself.
_INITIALS = rf"(?:{UPPER_LETTER}[a-z]?\.(?:[^\S\n]*(?:-[^\S\n]*)?{UPPER_LETTER}[a-z]?\.){{0,5}})"
_MAYBE_SPACE = r"[^\S\n]*"
_OPEN, _CLOSE = r"[“\"«„]", r"[”\"»“]"
# A quoted title may wrap onto the next line of a reference list.
_QUOTED = rf"{_OPEN}(?P<title>[^“”\"«»]{{3,300}}?){_CLOSE}"
_SINGLE_QUOTED = r"['‘](?P<single_quoted>[^\n]{3,300}?)['’](?=[,.]\s)"
_YEAR = r"(?:1[89]|20)\d{2}[a-z]?"
# A bare title ends at a full stop, question or exclamation mark followed by a space or the end
# of the line ("Title. In Proceedings …"), or by a closing quote where the title is quoted
# ('(2023). "Title." Venue').
# (a title opens with no initial: "Karal, E. S.; "Title"" is no title "S.; …" after "E.")
# An abbreviation's stop ends no title: "Reed beds vs. open water", "Snails of St. Kilda", and
# "U.S." or "U.K." before a lower-case word ("Evidence from U.S. wetlands"; "… in the U.S.
# Journal of …" ends there), nor a genus's initial before its species ("… behaviour in C.
# elegans", "… of E. coli", as biology's titles abbreviate it).
_TITLE_STOP = (
    r"(?:[?!]|(?<!\bvs)(?<!\bVs)(?<!\bSt)(?<!\be\.g)(?<!\bi\.e)(?<!\bDr)(?<!\bMr)(?<!\bMrs)"
    r"(?<!\bMs)\.(?!(?<=\bU\.S\.)[^\S\n]+[a-z])(?!(?<=\bU\.K\.)[^\S\n]+[a-z])"
    r"(?!(?<=[\s(][A-Z]\.)[^\S\n]+[a-z]{3}))"
)
# (a word a PDF's text hyphenates over a line break goes on: "Deep learn-\ning. Nature …")
_BARE_TITLE = (
    rf"(?![A-Z]\.[\s,;:])(?P<title>(?:[^\n]|(?<=[a-z]-)\n(?=[a-z])){{3,400}}?{_TITLE_STOP}[\"”]?)"
    rf"(?=[^\S\n]|$)"
)
# (one run of spaces each side of the optional mark: two side by side backtrack quadratically
# over a line of spaces)
# (a Markdown quote's mark too: "> Roe AB, Moe C. Title. …", as CITATIONS.md files quote each
# reference under its tool's heading)
# (a citation key as the entry's label too: alpha style's "[Knu84]", a Markdown reference
# definition's "[roe2021]:", a definition list's ": "; and a wiki's back-link caret with its
# letters, "^ a b c Roe, A. (2019)")
# (a bare number too, as PDF text keeps an entry's number without its stop, before a name:
# "4 Roe, Ana. Title …", "4 Roe AB, Moe C. Title …", "4 A. Roe, Title …")
_BARE_ENTRY_NUMBER = (
    r"\d{1,3}(?=[^\S\n]+(?:[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?,|[A-Z][\w'’-]+[^\S\n][A-Z]{1,3}[,.]"
    r"|(?:[A-Z]\.[^\S\n]?){1,3}[A-Z]))"
)
_ENTRY_START = (
    rf"^{_MAYBE_SPACE}(?:(?:\[\d+\]|\(\d+\)|\d+\.|{_BARE_ENTRY_NUMBER}|[-•*–|>]"
    rf"|\[[A-Za-z][\w+:.-]{{0,30}}\]:?|:"
    rf"|[\^↑](?:[^\S\n]+[*_]?[a-z][*_]?(?![\w.']))*)"
    # (two marks: a list's number and the caret, "1. ^ Roe, A. …")
    rf"{_MAYBE_SPACE}){{0,2}}"
)
# APA and MLA entries are distinctive enough to be read where a sentence could start too, for
# reference entries run into a paragraph.
# A full stop after an initial ends no sentence: "Melissa C. Garcia, Raymond Fung" is inside
# an author list.
_ENTRY_OR_SENTENCE_START = rf"(?:{_ENTRY_START}|(?<=[.!?][^\S\n])(?<![\s.]{UPPER_LETTER}\.[^\S\n]))"
_ET_AL = rf"{SPACE}et{SPACE}al\.?"

# Author lists, strict so that prose cannot pass for one.
_SUFFIX = rf"(?:{SPACE}(?:IV|III|II|Jr\.))?"
_INITIALS_NAME = rf"{_INITIALS}{_MAYBE_SPACE}{_SURNAME}{_SUFFIX}"  # A. Vaswani, G. E. Hinton
_IEEE_AUTHORS = (
    rf"{_INITIALS}{_MAYBE_SPACE}(?P<surname>{_SURNAME}){_SUFFIX}"
    rf"(?:,{SPACE}(?:(?:and|AND){SPACE})?{_INITIALS_NAME})*"
    rf"(?:,?{SPACE}(?:and|AND){SPACE}{_INITIALS_NAME})?"
    rf"(?:{_ET_AL})?"
)
# A full name of two words or more (given names and a family name).
# (an initial may run into the family name: "K.Lund")
# (not initials alone, glued: "R.E.M." names a band, not a person)
_FULL_NAME = (
    rf"(?!(?:[A-Z]\.){{2,}}(?![^\S\n]?[A-Z][a-z]))"
    rf"{CAP_WORD}(?:(?:{SPACE}|(?<=[A-Z]\.))(?:{PARTICLE}{SPACE})*{CAP_WORD}){{1,5}}"
)
_FULL_NAMES = (  # Emily M. Bender, Timnit Gebru, and Shmargaret Shmitchell
    rf"(?P<first>{_FULL_NAME})(?:,{SPACE}(?:and{SPACE})?{_FULL_NAME})*"
    rf"(?:,?{SPACE}and{SPACE}{_FULL_NAME})?(?:,?{_ET_AL})?"
)
_VANCOUVER_NAME = rf"{_SURNAME}{SPACE}[A-Z]{{1,3}}"  # Lowry OH
# Given names: initials or name words (a name word is no initial, so the two never overlap).
_GIVEN_NAMES = rf"(?:{_INITIALS}|{NAME_WORD})(?:{SPACE}(?:{_INITIALS}|{NAME_WORD})){{0,6}}"
# Surname-first with initials: Watson, J. D. & Crick, F. H. C. / Smith, J., Jones, K.
_SURNAME_INITIALS = (
    rf"(?P<surname>{_SURNAME}),{SPACE}{_INITIALS}"
    rf"(?:,?{SPACE}(?:(?:and|&){SPACE})?{_SURNAME},{SPACE}{_INITIALS})*(?:,?{_ET_AL})?"
)
_CITATION_MARK = rf"(?:{_ET_AL}|\s+(?:and|&)\s+{_SURNAME}|\s+\(\s*{_YEAR}\s*\))"

# A word of a co-author list after the first author: a name's word or initials, "and", "&",
# "et al.", "eds."
_CO_AUTHOR_WORD = r"(?:[A-Z][\w'’-]*\.?(?:[A-Z]\.)*|and|&|et|al\.?|eds?\.)"
# what actors, singers and players do in a work: no author's verb
_PERFORMED = (
    r"(?:co-?)?starr(?:ed|ing)|starred|appear(?:ed|ing|s)|play(?:ed|ing|s)|act(?:ed|ing)"
    r"|sang|sing(?:ing|s)?|perform(?:ed|ing|s)|danc(?:ed|ing)|cast|featur(?:ed|ing)|voiced"
)
# Reference-list entries and programme lines: (pattern, whether the title is bare rather than
# quoted). One fact per line: the first pattern that reads a line wins, the strictest first.
_ENTRIES = tuple(
    (re.compile(p, re.MULTILINE), bare)
    for p, bare in (
        # IEEE, anywhere: A. Surname, B. Other, and C. Other, “Title,” in …
        (rf"(?<![\w.]){_IEEE_AUTHORS},?{SPACE}{_QUOTED}", False),
        # APA: Surname, I. I., Other, I. (2017). Title.  /  Harvard: (1995) 'Title', Journal
        (
            rf"{_ENTRY_OR_SENTENCE_START}(?P<surname>{_SURNAME}),{SPACE}{_INITIALS}[^\n]{{0,400}}?"
            # (a month, or a day and a month, may stand before the year: "(May 2020)")
            # (or no date, APA's "(n.d.)" for a web page's undated piece)
            rf"\({_MAYBE_SPACE}(?:(?:(?:\d{{1,2}}{SPACE})?[A-Z][a-z]{{2,8}}\.?{SPACE})?{_YEAR}"
            rf"|n\.{_MAYBE_SPACE}d\.){_MAYBE_SPACE}\)"
            # (a colon after the year, as German and Austrian lists write it: "(2019): Title.")
            rf"[.:]?{SPACE}(?:{_SINGLE_QUOTED}|{_BARE_TITLE})",
            True,
        ),
        # Harvard without parentheses: Hochreiter, S. and Schmidhuber, J., 1997. Title.
        (rf"{_ENTRY_START}{_SURNAME_INITIALS},?{SPACE}{_YEAR}\.{SPACE}{_BARE_TITLE}", True),
        # Springer: Smith, J., Jones, K.: Title. In: …
        # (not a place and a publisher with its year, a wrapped entry's imprint: "Washington,
        # D.C.: Counterpoint, 1995, 1–7.")
        (
            rf"{_ENTRY_START}{_SURNAME_INITIALS}:{SPACE}(?![^\n.:]{{1,60}},{SPACE}{_YEAR}\b)"
            rf"{_BARE_TITLE}",
            True,
        ),
        # DBLP: Given Surname, Given Surname: Title. Venue 12(3): 45-67 (2016)
        (
            rf"{_ENTRY_START}{_FULL_NAMES}:{SPACE}{_BARE_TITLE}"
            rf"(?=[^\n]*\({_YEAR}\)[^\S\n]*$)",
            True,
        ),
        # Nature: Watson, J. D. & Crick, F. H. C. Title. Nature 171, 737–738 (1953).
        (
            rf"{_ENTRY_START}{_SURNAME_INITIALS}{SPACE}{_BARE_TITLE}"
            rf"(?=[^\n]*\({_YEAR}\)\.?{_MAYBE_SPACE}$)",
            True,
        ),
        # MLA/Chicago: Surname, Given, et al. "Title." / Surname, E. F. “Title.” …
        # (more after the given names is co-authors' names or "et al.": capitalised words and
        # initials, "and", "&"; prose's "Lang, Bennett, and her husband … would make "Film""
        # is none)
        (
            rf"{_ENTRY_OR_SENTENCE_START}(?P<surname>{_SURNAME}),{SPACE}{_GIVEN_NAMES}"
            rf"(?:,{SPACE}{_CO_AUTHOR_WORD}(?:,?{SPACE}{_CO_AUTHOR_WORD}){{0,24}})?[.,]?{SPACE}"
            rf"{_QUOTED}",
            False,
        ),
        # ACL/NeurIPS: Given Surname, Given Surname, and Given Surname. 2017. Title.
        (rf"{_ENTRY_START}{_FULL_NAMES}\.?{SPACE}{_YEAR}\.{SPACE}{_BARE_TITLE}", True),
        # ... the year in brackets after two names or more: "Given Surname and Given Surname
        # (2024). Title." (one name so dated is APA's or an organisation's)
        (
            rf"{_ENTRY_START}(?P<first>{_FULL_NAME})(?:(?:,{SPACE}(?:and{SPACE})?|,?{SPACE}and{SPACE})"
            rf"{_FULL_NAME})+(?:,?{_ET_AL})?{SPACE}\({_YEAR}\)[.:]{SPACE}{_BARE_TITLE}",
            True,
        ),
        # ACL with a quoted title: Given Surname and Given Surname. “Title.” In … (something
        # after the title, on its line or the next: a signature's '- Ana Roe, "Collected
        # Sayings"' ends the text or its paragraph)
        (
            rf"{_ENTRY_START}{_FULL_NAMES}[.,]{SPACE}{_QUOTED}"
            rf"(?=[^\n]*?[\w(\[]|[^\S\n]*\n[^\S\n]*[\w(\[])",
            False,
        ),
        # ACS: (1) Surname, I.; Other, J. Title. J. Abbrev. 2019, 4, 11–19.
        (
            rf"{_ENTRY_START}(?P<surname>{_SURNAME}),{SPACE}{_INITIALS}"
            rf"(?:;{SPACE}{_SURNAME},{SPACE}{_INITIALS}){{0,30}}(?:;?{_ET_AL})?{SPACE}{_BARE_TITLE}"
            rf"(?=[^\n]*\b{_YEAR},{_MAYBE_SPACE}\d)",
            True,
        ),
        # A publisher's catalogue, as old books print it: "Surname.—Title. By Given Surname."
        # ("Roe and Moe.—Title, with Plates. By …"): the surnames, a stop and a dash, the
        # title up to its full stop before "By", or its line's end
        (
            rf"^{_MAYBE_SPACE}(?P<surname>(?:St\.{SPACE})?{_SURNAME})(?:,{SPACE}{_SURNAME}){{0,5}}"
            rf"(?:,?{SPACE}and{SPACE}{_SURNAME})?\.[—–]{_MAYBE_SPACE}"
            # (a stop inside the title only where no capital follows: "Vol. ii", not "… a Tale.
            # From the German")
            rf"(?P<title>[A-Z](?:[^.\n]|\.(?!{SPACE}(?:[A-Z]|\d{{1,2}}(?:mo|vo)\b))){{3,300}}?)"
            # (or its line's end where the next line gives the book's size or price: "18mo.
            # cloth, 63 cts."; a play's "BROWN.—Yes, I know." has none)
            rf"(?=\.{SPACE}(?:By|With|Translated|Edited|From)\b|\.{SPACE}\d{{1,2}}(?:mo|vo)\b|,{SPACE}by\b"
            rf"|\.?\n[^\n]{{0,40}}?(?:\b\d{{1,2}}mo\b|\b\d{{1,2}}vo\b|\bcloth\b|\$\d|\bcts\b))",
            True,
        ),
        # Vancouver: Surname AB, Other CD, et al. Title. Journal. 1951;…
        # (a family name of more words than one: "Di Tommaso P", "da Veiga Leprevost F")
        (
            rf"{_ENTRY_START}(?P<surname>{_SURNAME}(?:{SPACE}{NAME_WORD}){{0,2}}){SPACE}[A-Z]{{1,3}}"
            rf"(?:,{SPACE}{_VANCOUVER_NAME})*(?:,{_ET_AL})?\.{SPACE}{_BARE_TITLE}"
            # (the year maybe with its month and day: "2017 Apr 11;35(4)"; the volume, its issue,
            # its pages or an article number after the semicolon: "(Roe, 2012; Moe, 2013)" in
            # prose is a pair of citations)
            rf"(?=[^\n]*\b{_YEAR}(?:{SPACE}[A-Z][a-z]{{2}}(?:[-–/][A-Z][a-z]{{2}})?"
            rf"(?:{SPACE}\d{{1,2}})?)?;(?:[^\S\n]?(?:\d|:|\(|e\d|[Ss]uppl)|[^\S\n]*$))",
            True,
        ),
    )
)

# Title-first entries of reading lists: "- Title. Given Surname and Given Surname. Venue 2019.",
# "1. Title by Given Surname (2020)": a list item, the title, its authors' full names closed by
# a full stop, a comma or a year, and a year on the line (a feature bullet has no authors'
# list closed so: "Fast loading. Ada Brennan wrote it.").
_LIST_MARKER = r"^[^\S\n]*(?:[-•*–+]|\d{1,3}[.)]|\[\d{1,3}\])[^\S\n]+"
# (or a profile's initials without stops: "M Roe, P Moe", checked by _title_first_entries)
_PROFILE_NAME = rf"[A-Z]{{1,3}}{SPACE}{CAP_WORD}"
# what parts the names of a list: a comma, "and" or "&"
_NAMES_JOIN = rf"(?:,|,?{SPACE}and|{SPACE}&){SPACE}"
_NAMES_CLOSED = (
    rf"(?P<first>{_FULL_NAME}|{_PROFILE_NAME})(?:{_NAMES_JOIN}"
    rf"(?:{_FULL_NAME}|{_PROFILE_NAME})){{0,12}}"
    rf"(?:,?{_ET_AL})?(?=[.,]|{_MAYBE_SPACE}\(\s*{_YEAR}\s*\)|{_MAYBE_SPACE}$)"
)
_TITLE_FIRST = re.compile(
    rf"{_LIST_MARKER}(?:\*\*|__|\*|_)?(?P<title>[A-Z][^\n]{{8,250}}?)(?:\*\*|__|\*|_)?"
    # (not a venue after "In": "Title. In ICML, 2019" names no author)
    rf"(?:[.?!]{SPACE}|{SPACE}by{SPACE})(?!In{SPACE}){_NAMES_CLOSED}(?=[^\n]*\b{_YEAR}\b)",
    re.MULTILINE,
)
# What shows a "title" to be an author-first entry read the wrong way round: an initial or an
# inverted name at its start, or an initial and a family name before a comma inside it.
_AUTHORS_IN_TITLE = re.compile(
    r"^(?:[A-Z]\.|[A-Z][\w'’-]+,\s+[A-Z])|\b[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z][a-z]+,"
    # Vancouver names: "Rowe JB, Kapolka NJ"
    r"|\b[A-Z][\w'’-]+\s[A-Z]{1,3},\s"
    # names with an author's mark or a footnote's number glued on: "Ana Roe∗, Ben Moe†."
    r"|^[A-Z][a-z]+\s[A-Z][\w'’-]*[a-z](?:[∗*†‡§¶]|\d{1,2}),"
)
# Book publishers, whose imprint and year in brackets after a quoted title cite no author
# ('"T" (Penguin, 2000)'), and the year and bracket that close the imprint.
_PUBLISHERS = frozenset(load_lines("publishers"))
_IMPRINT_YEAR = re.compile(r",?\s+\d{4}[a-z]?\)$")
# Words of venues and publishers, which a run of capitalised words after a title may be
# ("Machine Learning", "Physical Review Letters") but a person's name is not.
_VENUE_WORDS = frozenset(
    "Journal Proceedings Conference Workshop Symposium Review Letters Transactions Society "
    "University Press Learning Research Science Sciences Studies Annals Bulletin Quarterly "
    "Magazine Advances Reports Computing Systems Intelligence Engineering Physics Chemistry "
    "Biology Medicine Nature Vol Rev Lett Phys Proc Trans Science Cell Times Guardian Post "
    "News Wired Forbes Reuters Tribune Herald Gazette Daily Weekly Blog Team Staff".split()
)


_PROFILE_NAMES = re.compile(r"[A-Z]{1,3} [A-Z][a-z'’-]+(?:, [A-Z]{1,3} [A-Z][a-z'’-]+)+")


def _title_first_entries(text: str) -> list[re.Match[str]]:
    """Title-first entries, read only where two or more items of the text share the layout."""
    found = [
        m
        for m in _TITLE_FIRST.finditer(text)
        if not _AUTHORS_IN_TITLE.search(m["title"])
        and not _VENUE_WORDS.intersection(re.findall(r"[A-Z][a-z]+", m["first"]))
        # a person's name has no bare single letter ("J Biol Chem" is a journal), unless a list
        # of such names follows, as a scholar profile writes them ("M Roe, P Moe, J Poe")
        and (
            not re.search(r"(?<![\w.])[A-Z](?![\w.])", m["first"])
            or _PROFILE_NAMES.match(m.string, m.start("first")) is not None
        )
    ]
    return found if len(found) >= 2 else []


# Lists whose lines are whole entries without a year or a list marker, recognised by the
# layout the lines share (three lines in a row at least):
# - title first, its authors closing the line: "Title of the Work. Given Surname, Given
#   Surname, et al." (a reading list); most lines name two authors or "et al.", which a list
#   of quotations with their speakers ("Some saying. Given Surname.") never does;
# - authors first and a colon: "Given Surname: Title" / "Surname & Surname: Title" /
#   "Surname, Given: Title", people named (a known given name) and the title in Title Case (a
#   transcript's "Given Surname: thanks for having me" is no title; "Born: May 1" names nobody).
_LINE_OPEN = r"^[^\S\n]*(?:[|>][^\S\n]*|[-•*–+][^\S\n]+|\d{1,3}[.)][^\S\n]+)?"
_AUTHORS_CLOSING = (
    rf"(?P<first>{_FULL_NAME})(?P<more>(?:{_NAMES_JOIN}{_FULL_NAME}){{0,12}}"
    rf"(?:,?{_ET_AL})?)\.?{_MAYBE_SPACE}$"
)
_TITLE_THEN_AUTHORS = re.compile(
    rf"{_LINE_OPEN}(?P<title>[A-Z][^\n]{{8,250}}?[.?!]){SPACE}{_AUTHORS_CLOSING}", re.MULTILINE
)
_COLON_AUTHORS = (
    rf"(?P<first>{_FULL_NAME}|{_SURNAME}(?:{SPACE}(?:&|and){SPACE}{_SURNAME})"
    rf"|{_SURNAME},{SPACE}{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}})"
)
_AUTHORS_COLON_TITLE = re.compile(
    rf"{_LINE_OPEN}{_COLON_AUTHORS}:{SPACE}(?P<title>[A-Z\d][^\n]{{5,300}}?)"
    rf"(?=\.?{_MAYBE_SPACE}\({_MAYBE_SPACE}{_YEAR}|\.{SPACE}|\.?{_MAYBE_SPACE}$)",
    re.MULTILINE,
)
LIST_RUN = 3
# A reading list's lines under its heading ("Further reading", "Readings", "References"), a title
# and its author's name parted by a dash or the name in brackets with the year:
# "The Heron and the Marsh — Ana Roe", "Ana Roe – The Heron and the Marsh (2009)",
# "The Heron and the Marsh (Ana Roe, 2009)". Outside such a heading a list of this form is as
# often one of songs or films by their artists.
_DASHED_NAMES = rf"(?P<first>{_FULL_NAME})(?:{_NAMES_JOIN}{_FULL_NAME}){{0,5}}(?:,?{_ET_AL})?"
# (a reader's list may rate each book after its author: "★★★★", "(4/5)")
_RATING = r"(?:[★☆⭐✩✭]{1,5}|\(?\d(?:\.\d)?[ \t]?/[ \t]?(?:5|10)\)?)"
# (a publication list may tag each line with its venue: "[ICML'19] Title — Ana Roe, Ben Moe")
_TAGGED_LINE_OPEN = rf"{_LINE_OPEN}(?:\[[^\[\]\n]{{1,24}}\][^\S\n]*)?"
_HEADED_LIST_LINES = tuple(
    re.compile(pattern, re.MULTILINE)
    for pattern in (
        rf"{_TAGGED_LINE_OPEN}[*_]*(?P<title>[A-Z\d][^\n]{{3,200}}?)[*_]*{SPACE}[—–-]{SPACE}{_DASHED_NAMES}"
        rf"(?:,?{_MAYBE_SPACE}\(?{_YEAR}\)?)?(?:{_MAYBE_SPACE}{_RATING})?\.?{_MAYBE_SPACE}$",
        rf"{_TAGGED_LINE_OPEN}{_DASHED_NAMES}{SPACE}[—–-]{SPACE}[*_]*(?P<title>[A-Z\d][^\n]{{3,200}}?)[*_]*"
        rf"(?:,?{_MAYBE_SPACE}\(?{_YEAR}\)?)?\.?{_MAYBE_SPACE}$",
        rf"{_TAGGED_LINE_OPEN}[*_]*(?P<title>[A-Z\d][^\n]{{3,200}}?)[*_]*{_MAYBE_SPACE}\({_DASHED_NAMES},"
        rf"{_MAYBE_SPACE}{_YEAR}\)\.?{_MAYBE_SPACE}$",
    )
)
# A syllabus's label of a session before its reading: "Week 3:", "Session 2 (12 Oct) –", "Day 1."
_SESSION_LABEL = re.compile(
    rf"(?m)^[^\S\n]*+(?:[-*•][^\S\n]++)?{SESSION_WORDS}"
    r"[^\S\n]++\d{1,2}[a-z]?(?:[^\S\n]*+\([^()\n]{1,20}\))?[^\S\n]*+[:.–—-][^\S\n]*+(?=\S)"
)
_SESSION_LABEL_HINT = re.compile(rf"{SESSION_WORDS} \d")
_HEADING_REACH = 3  # lines between a reading list's heading and its first entry, at most
_REFERENCE_NEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|https?://|\bdoi\b|\bwww\.", re.I)
_MINOR_WORDS = frozenset(
    "a an the of and or in on for to with by at from as via into over under without vs".split()
)


def _title_case(title: str) -> bool:
    """Most words capitalised, the short words of a title aside."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", title) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 1 and sum(w[:1].isupper() for w in words) * 4 >= len(words) * 3


_FIELD_LABELS = frozenset(
    "Born Died Band Genre Title Date Note Notes Source Capital Population Occupation".split()
)


def _names_people(authors: str) -> bool:
    """Whether the authors before a colon are people: a known given name or an initial opens
    a full name ("Given Surname", "Surname, Given"); two bare surnames joined by "&" or "and"
    pass as they are. A field's label ("Born: …") or a place ("Tokyo: …") does not."""
    given = authors.split(",")[1] if "," in authors else authors
    words = given.replace("&", " ").split()
    if not words or authors.split()[-1] in _FIELD_LABELS:
        return False  # "Jane Roe Born: 3 May 1901": a record's field after a name
    if person_name(re.split(r",|&|\band\b", authors)[0]) is None:
        return False  # "Delta State: Capital - Asaba"
    if "&" in authors or (len(words) >= 2 and words[1].lower() == "and"):
        return True
    first = words[0].strip(".")
    return len(first) == 1 or first.lower() in known_given_names()


def _line_runs(
    matches: list[re.Match[str]], text: str, most_between: int
) -> list[list[re.Match[str]]]:
    """The matches grouped into runs of neighbouring lines: no more than ``most_between``
    other lines (blank lines, notes, links under an entry) between two."""
    runs: list[list[re.Match[str]]] = []
    for m in matches:
        if runs and text.count("\n", runs[-1][-1].end(), m.start()) <= most_between + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _headed_list_entries(text: str) -> Iterator[tuple[int, int, int, str, str]]:
    """(start, end, title start, family, title) of the entries of a reading list in the dashed
    or bracketed layouts above, two lines at least under a bibliography's heading, each
    author's name opening with a given name."""
    if BIBLIOGRAPHY_HEADING.search(text) is None:
        return
    for pattern in _HEADED_LIST_LINES:
        for run in _line_runs(list(pattern.finditer(text)), text, 1):
            if len(run) < 2 or not _under_bibliography_heading(text, run[0].start()):
                continue
            for m in run:
                title = m["title"].strip(" *_")
                if (
                    opens_with_given_name(m["first"])
                    and person_name(m["first"])
                    and not _a_name(title)
                    and _looks_like_title(title)
                ):
                    yield m.start(), m.end(), m.start("title"), family_name(m["first"]), title


def _under_bibliography_heading(text: str, line_start: int) -> bool:
    """Whether a bibliography's heading stands on one of the few lines above ``line_start``."""
    start = line_start
    for _ in range(_HEADING_REACH + 1):
        if start <= 0:
            return False
        start = text.rfind("\n", 0, start - 1) + 1
        if BIBLIOGRAPHY_HEADING.match(text, start, line_start - 1):
            return True
    return False


# A search engine's listing of scholarly works (Google Scholar's, copied from its results or
# a profile): the title on a line of its own (maybe after a kind tag, "[PDF]", "[BOOK]"), under
# it the authors as initials and family names, a dash, the venue and year, a dash and the host
# ("M Castellan, P Lund… - Journal of Pond Science, 2019 - Elsevier").
# the host a listing names last: a web address or a publisher's name ("Channel 4" hosts no
# scholarly work)
_SCHOLAR_HOST = (
    r"[\w-]+(?:\.[\w-]+)+|Elsevier|Springer|Wiley(?:[^\S\n]Online[^\S\n]Library)?"
    r"|Taylor[^\S\n]&[^\S\n]Francis|SAGE[^\S\n]Publications|Brill|De[^\S\n]Gruyter|Emerald"
)
_SCHOLAR_ENTRY = re.compile(
    r"(?m)^[^\S\n]*(?:\[[A-Z]{1,8}\][^\S\n]*){0,2}(?P<title>[^\s\[][^\n]{6,300}?)[^\S\n]*\n"
    r"[^\S\n]*(?P<names>[A-Z]{1,3}[^\S\n]+[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*)?"
    r"(?:,[^\S\n]*[A-Z]{1,3}[^\S\n]+[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*)?){0,12})"
    r"(?:[^\S\n]*…)?[^\S\n]+-[^\S\n]+(?:[^\n]{0,200}?,[^\S\n]*)?(?:1[89]|20)\d\d"
    # (a profile's list, copied without the hosts: "M Castellan, P Lund - Pond Science, 2019")
    rf"(?:[^\S\n]+-[^\S\n]+(?P<host>{_SCHOLAR_HOST}))?[^\S\n]*$"
)


def _scholar_entries(text: str) -> Iterator[tuple[int, int, int, str, str]]:
    """(start, end, title start, family, title) of a search engine's listing of works."""
    if " - " not in text:
        return
    found = list(_SCHOLAR_ENTRY.finditer(text))
    # (without its hosts, a profile's list reads so only as a list: two entries at least)
    hostless = sum(m["host"] is None for m in found)
    for m in found:
        if m["host"] is None and hostless < 2:
            continue
        family = first_author_family(m["names"].split(",")[0])
        title = m["title"].strip()
        if family and _looks_like_title(clean_title(title)):
            yield m.start(), m.end(), m.start("title"), family, title


def _line_list_entries(text: str) -> Iterator[tuple[int, int, int, str, str]]:
    """(start, end, title start, family, title) of the entries of lists in the layouts above."""
    # (a search engine's listing first: its names line, "A Roe, K Moe - Venue, 2019", would read
    # as a dashed list's "Names - Title")
    yield from _scholar_entries(text)
    yield from _headed_list_entries(text)
    title_first = [
        m for m in _TITLE_THEN_AUTHORS.finditer(text) if not _AUTHORS_IN_TITLE.search(m["title"])
    ]
    for run in _line_runs(title_first, text, 1):
        several = sum(bool(m["more"].strip()) for m in run)
        if len(run) >= LIST_RUN and several * 2 >= len(run):
            for m in run:
                yield m.start(), m.end(), m.start("title"), family_name(m["first"]), m["title"]
    # an entry of this layout may carry lines of notes: where it was accessed, its links
    for run in _line_runs(list(_AUTHORS_COLON_TITLE.finditer(text)), text, 8):
        if len(run) < LIST_RUN - 1:
            continue
        # a list of "Name: Name" pairs (periods and their stages, a glossary) is no
        # bibliography: one of its entries carries a year, a link or a DOI
        if not _REFERENCE_NEAR.search(text, run[0].start(), run[-1].end() + 300):
            continue
        for m in run:
            if not _title_case(m["title"]) or not _names_people(m["first"]):
                continue
            if len(m["title"].split()) <= 3 and opens_with_given_name(m["title"]):
                continue  # "The Golden Rooster: Jane Roe": a heading naming a person
            family = first_author_family(m["first"])
            if family:
                yield m.start(), m.end(), m.start("title"), family, trim_venue(m["title"])


# Conference programmes: a line opened by a time or a code, holding a title and its authors.
_TIME_SLOT = rf"\d{{1,2}}[:.]\d{{2}}(?:{_MAYBE_SPACE}[–-]{_MAYBE_SPACE}\d{{1,2}}[:.]\d{{2}})?"
_PAPER_NUMBER = rf"(?:Paper{SPACE}#?\d+{SPACE}[—–-]{SPACE})?"
_PROGRAMME_PREFIX = rf"^{_MAYBE_SPACE}(?:{_TIME_SLOT}|[A-Z]?\d{{1,3}}[a-z]?){SPACE}{_PAPER_NUMBER}"
# A plain hyphen parts a title from its speakers only after a time slot, "10:00-10:20  Title -
# Given Surname": after a bare number it parts a track list's song from its singer ("03
# Imagine - John Lennon").
_TIMED_PREFIX = rf"^{_MAYBE_SPACE}{_TIME_SLOT}{SPACE}{_PAPER_NUMBER}"
# A radio station's playlist times its songs as a programme its talks: no programme is read in
# a text that names itself a playlist.
_SONG_LISTING = re.compile(r"\b(?i:play[ -]?list|track[ -]?list|set[ -]?list|now[ \t]+playing)\b")
# A programme's slot on two lines: "10:30  Title" and under it the speakers with their
# affiliations, "Given Surname (Institute) and Given Surname (Institute)". Breaks, meals and
# ceremonies are slots too, whose second line names a chair.
_AFFILIATION = rf"(?:{SPACE}\([^()\n]{{1,80}}\))?"
_SLOT_NOT_TALK = (
    r"(?!(?i:(?:coffee|tea|lunch|comfort)\s+break|break\b|lunch|dinner|reception|registration|"
    r"welcome|opening|closing|poster\s+session|panel|keynote|session|discussion|q\s*&\s*a))"
)
_TWO_LINE_SLOT = (
    rf"^{_MAYBE_SPACE}\d{{1,2}}[:.]\d{{2}}(?:{_MAYBE_SPACE}[–-]{_MAYBE_SPACE}\d{{1,2}}[:.]\d{{2}})?"
    # (a title line that ends inside a list of names, on "and", holds the names' head: "Some
    # Attacks on X, I.B. Roe and\n   L.R. Moe (Aarhus)" is no slot of this form)
    rf"{SPACE}{_SLOT_NOT_TALK}(?P<title>[A-Z][^\n]{{8,300}}?)(?<=\S)(?<!\band)(?<!&)"
    rf"{_MAYBE_SPACE}\n{_MAYBE_SPACE}"
    rf"(?P<first>{_FULL_NAME}){_AFFILIATION}"
    rf"(?:{_NAMES_JOIN}{_FULL_NAME}{_AFFILIATION}){{0,12}}{_MAYBE_SPACE}$"
)
_TWO_LINE_SLOT_PATTERN = re.compile(_TWO_LINE_SLOT, re.MULTILINE)
# The programme's forms that read a slot on its line alone
_ONE_LINE_SLOTS = tuple(
    re.compile(p, re.MULTILINE)
    for p in (
        rf"{_PROGRAMME_PREFIX}{_FULL_NAMES}:{SPACE}(?P<title>\S[^\n]*?){_MAYBE_SPACE}$",
        rf"{_PROGRAMME_PREFIX}(?P<title>\S[^\n]*?){SPACE}[—–]{SPACE}{_FULL_NAMES}{_MAYBE_SPACE}$",
        rf"{_TIMED_PREFIX}(?P<title>\S[^\n]*?){SPACE}-{SPACE}{_FULL_NAMES}{_MAYBE_SPACE}$",
        rf"{_PROGRAMME_PREFIX}(?P<title>\S[^\n]*?[.?!]){SPACE}{_FULL_NAMES}{_MAYBE_SPACE}$",
    )
)
_PROGRAMME = ((_TWO_LINE_SLOT_PATTERN, False), *((pattern, False) for pattern in _ONE_LINE_SLOTS))

# A line under a one-line slot that continues it with a hanging indent, the rest of its title
# and then its speakers after a comma ("9.40  Reed Beds: A Study of Traps in Cold\n      Wetlands,
# A. Varga (Lund)"): not a slot, a time, a blank line or an affiliation
# (the line under a slot may name an institution, not its speakers)
_ORGANISATION_WORD = re.compile(
    r"\b(?:University|Universit[àäé]t?|Institute|College|Laboratory|Laboratories|School|Centre|"
    r"Center|Department|Foundation|Corporation|Inc|Ltd|GmbH)\b"
)
_HANGING_CONTINUATION = re.compile(
    r"[^\S\n]*\n[^\S\n]{4,}(?!\d{1,2}[:.]\d{2})[^\n,]{1,200},[^\S\n]+(?:[A-Z]\.[^\S\n]?)+[A-Z][a-z]"
)

# Words that present a work as a paper; a possessive before a quoted title without one
# ("Sting's "Fields of Gold"", "Bair's painting, "The Stream"") names a song or a painting.
_WORK_WORD = r"(?:paper|article|letter|essay|note|study|preprint|report|thesis)"
# Surname's “T”: a paper only in academic prose, where citations with years are near.
_POSSESSIVE_TITLE = re.compile(
    rf"(?P<surname>{_SURNAME})(?:\s+(?:and|&)\s+{_SURNAME})?['’]s\s+{_QUOTED}"
)
# ... and a title of four words at least: a painting, a film, a song or a book is named in
# fewer more often than a paper is ("Dubuffet's "Logological Cabinet" (1970)")
_POSSESSIVE_TITLE_WORDS = 4
_CITATION_NEARBY = re.compile(rf"\((?:[^()\n]{{0,60}},\s*)?{_YEAR}\)|{_ET_AL}")
_CITATION_REACH = 300
_PAPER_LINK = re.compile(
    rf"{_ET_AL}|{_YEAR}|\b(?:in|by|paper|article|letter|essay|note|study|report|thesis|titled"
    r"|entitled|called)\b"
)
_AFTER_QUOTE = re.compile(r"[”\"»][,;]?[^\S\n]{0,2}$")

# "paper titled", "article, entitled", "paper called": the words that name a work.
_NAMED = r"(?:,?\s+(?:titled|entitled|called|named)(?:\s*:)?)?,?\s+"

# Prose: one fact per title.
# the words before a linked title that make it a paper's: "was proposed in", "the official
# implementation of", "introduced in the paper"
_INTRODUCED_IN = (
    r"\b(?:(?:proposed|introduced|described|presented|published|released)\s+in|"
    r"implementation\s+of|paper|article|preprint)(?:\s+(?:the|our|their)(?:\s+paper)?)?[\s:]+"
)
# What a department's report of its members' work writes after an author's name: the
# department in brackets or the post between commas, and co-authors, a student's class year
# after the name ("Ana Roe (Biology)", "Ken Moe, associate professor of chemistry,", "and
# student Lee Sand '15")
_REPORTED_AUTHOR_TAIL = (
    r"(?:[^\S\n]+'\d\d)?(?:\s+\([A-Z][^()\n]{1,60}\)|,\s+(?:an?\s+|the\s+)?"
    # (the post maybe capitalised: "Ana Roe, Professor of Biology,")
    r"(?:[a-z]|(?:Professor|Associate|Assistant|Lecturer|Reader|Chair|Director|Dean|Head)\b)"
    r"[^,\n\"“]{2,80},)?"
    rf"(?:\s+(?:and|&)\s+(?:(?:student|students|colleague|colleagues)\s+)?{PERSON}"
    r"(?:[^\S\n]+'\d\d)?(?:\s+\([A-Z][^()\n]{1,60}\))?)?"
)

_PROSE = tuple(
    re.compile(p)
    for p in (
        rf"\b[Ii]n\s+(?:their|his|her|a|the)\s+(?:{_YEAR}\s+)?(?:paper|article){_NAMED}{_QUOTED},?\s+"
        rf"(?P<first>{PERSON})",
        # (or written by them: 'The paper, "T", was written by Given Surname')
        rf"\b[Tt]he\s+(?:{_YEAR}\s+)?(?:paper|article),?\s+(?:(?:titled|entitled|called)\s+)?"
        rf"{_QUOTED},?\s+(?:(?:was|is)\s+(?:written|authored|co-?authored)\s+)?"
        rf"by\s+(?P<first>{PERSON})",
        # Surname et al. (2017), "T" / Surname and Other … in "T" / Surname et al., in their paper
        rf"(?P<surname>{_SURNAME}){_CITATION_MARK}+,?"
        rf"(?:\s+in\s+(?:their|his|her)\s+(?:{_YEAR}\s+)?(?:paper|article),?)?"
        # (the words before "in" say what they did, not what they were: "Ren and Stimpy were
        # pets of one of the children in "Show"" cites no paper; nor what they played: "Roe
        # and Moe starred in "Film"" names actors)
        rf"(?:(?:\s+(?!(?:were|was|are|is|be|been|{_PERFORMED})\b)[\w’'-]+){{0,8}}?\s+"
        rf"(?:in|(?:the|their|his|her)\s+(?:paper|article|letter|essay"
        rf"|note)))?"
        rf"\s+{_QUOTED}",
        # Surname's 1948 paper "T" / Surname and Other's one-page letter, "T"
        # (… 2021 paper, titled "T")
        # (the year maybe a span: "Roe's 1936–37 paper")
        rf"(?P<surname>{_SURNAME})(?:\s+(?:and|&)\s+{_SURNAME})?['’]s\s+(?:[\w–-]+,?\s+){{0,2}}?"
        rf"{_WORK_WORD}{_NAMED}{_QUOTED}",
        # Surname is also known for the letter "T"
        rf"(?P<surname>{_SURNAME})\s+(?:is|was)\s+(?:also\s+|best\s+|well\s+)?"
        rf"(?:known|famous|remembered)\s+for\s+(?:the|his|her|their)\s+(?:{_YEAR}\s+)?"
        rf"(?:paper|article|letter|essay|note)\s+{_QUOTED}",
        # "T" by Surname et al.
        rf"{_QUOTED},?\s+by\s+(?P<surname>{_SURNAME}){_ET_AL}",
        # "T" (Surname et al., 2016); an acronym in the parenthesis is a venue ("(JIR, 2019)")
        # (the venue's acronym may stand before the year: "(Roe et al., ICML 2019)")
        rf"{_QUOTED},?\s*\((?![A-Z]{{2,}}\b)(?P<surname>{_SURNAME})(?:{_ET_AL}|\s+(?:and|&)\s+{_SURNAME})?,?\s+"
        rf"(?:[A-Z][A-Za-z]{{1,10}}[^\S\n]+)?{_YEAR}\)",
        # Surname et al.'s paper "T"
        rf"(?P<surname>{_SURNAME}){_ET_AL}['’]s\s+(?:[\w-]+,?\s+){{0,2}}?{_WORK_WORD}{_NAMED}{_QUOTED}",
        # a (seminal, 2019) paper "T" by Given Surname / by Surname and Surname / by A. Surname
        rf"\b(?:paper|article|preprint){_NAMED}{_QUOTED},?\s+by\s+(?:{_INITIALS}{_MAYBE_SPACE})?"
        rf"(?P<first>{PERSON})",
        # a (2017) paper by Given Surname, "T" (and co-authors, titled "T"); not a newspaper's
        # or a magazine's article ("a front-page article by Ana Roe entitled "T"")
        rf"\b(?<!front-page\s)(?<!newspaper\s)(?<!magazine\s)(?<!news\s)"
        rf"(?:paper|article|preprint)\s+by\s+(?:{_INITIALS}{_MAYBE_SPACE})?(?P<first>{PERSON})"
        rf"(?:\s+(?:and|&)\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?workers|co-?authors)"
        rf"|\s+(?:and|&)\s+{PERSON}|{_ET_AL})?{_NAMED}{_QUOTED}",
        # Given Surname (and Other) published a (2019) paper (titled) "T"; Given Surname, with
        # Other and Other, published "T"
        # (co-authors maybe after "with" between commas; the paper maybe described before its
        # title: "… authored a paper that was accepted in the Journal of X, entitled "T"")
        rf"(?P<first>{PERSON})(?:\s+(?:and|&)\s+{PERSON}|{_ET_AL})?"
        rf"(?:,\s+with\s+[^\n\"“;]{{1,200}}?,)?\s+"
        rf"(?:published|wrote|authored|co-authored|presented|posted)\s+(?:a|an|the|their|his|her)\s+"
        rf"(?:{_YEAR}\s+)?(?:[\w-]+\s+){{0,2}}?(?:paper|article|preprint)"
        rf"(?:\s+(?:that|which)\s+[^\n\"“;]{{1,120}}?)?{_NAMED}{_QUOTED}",
        rf"(?P<first>{PERSON}),\s+with\s+[^,\n\"“]{{1,60}}(?:,\s+[^,\n\"“]{{1,60}}){{0,3}},?\s+"
        rf"(?:published|co-authored|wrote|presented)\s+{_QUOTED}",
        # Given Surname published "T", Venue, Month 2014 / "T" in Venue 12(3): the venue and a
        # year or a volume after the title make it a paper
        # (a faculty's report of its work names the department or the post between, and a
        # student co-author by the class year: "Ana Roe (Biology) published", "Ken Moe,
        # associate professor of chemistry, published", "Ana Roe and student Lee Sand '15
        # published")
        # (or co-authored it, the co-authors after it: "co-authored "T" with Ken Moe in …")
        rf"(?P<first>{PERSON}){_REPORTED_AUTHOR_TAIL}\s+(?:published|co-?authored)\s+{_QUOTED},?\s+"
        rf"(?:with\s+{PERSON}(?:(?:,\s+|,?\s+and\s+){PERSON}){{0,3}},?\s+)?"
        # (a publisher's name there makes it a book: "Penguin Books, 1998")
        rf"(?:in\s+(?:the\s+)?)?(?![^\n\"“]{{0,80}}?\b(?:Books|Press|House|Publishing|Publishers|Records)\b)"
        # (a date after it is when, not where: "published "T" in June 1976")
        r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Spring|Summer|Autumn|Fall|Winter)\b)"
        rf"(?=[A-Z][^\n\"“]{{0,80}}?(?:\b(?:1[89]|20)\d\d\b|\d+\s*\(\d+\))"
        # ... or a journal's or a conference's name: "… in the Bell System Technical Journal"
        # (the name maybe opening on it: "in the Journal of Wetland Birds")
        rf"|(?=[A-Z])[^\n\"“.]{{0,60}}?\b(?:Journal|Proceedings|Transactions|Review|Letters|Annals"
        rf"|Conference|Symposium|Workshop)\b)",
        # "T" is an article by (mathematician) Given Surname
        rf"{_QUOTED}\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:paper|article)\s+by\s+"
        rf"(?:[a-z]+\s+){{0,2}}(?P<first>{PERSON})",
        # an encyclopedia's lead, the title unquoted at the paragraph's start: "A Theory of X
        # is an article by mathematician Given Surname"
        rf"(?m:^)[ \t]*(?P<title>[A-Z][^\n.!?\"“”]{{10,200}}?)\s+(?:is|was)\s+(?:an?|the)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:paper|article)\s+by\s+(?:[a-z]+\s+){{0,2}}(?P<first>{PERSON})",
        # the [T](url) paper, Given Surname and Given Surname, 2020
        rf"\[(?P<title>[^\[\]\n]{{8,200}})\]\([^()\s]{{1,300}}\)\s+(?:paper|article),?\s+"
        rf"(?:by\s+)?(?P<first>{PERSON})",
        # **T** (Surname et al., 2016): a reading list's bold title and its short citation (not
        # a venue's acronym, "(ICML 2016)", "(NeurIPS 2021)")
        # (or in italics: "* *T* (Surname, 1976)")
        rf"(?<![*\w])(?P<emphasis>\*\*|\*)(?P<title>[^*\n]{{8,300}})(?P=emphasis),?[^\S\n]*"
        rf"\((?![A-Z]{{2,}}\b|[A-Z][a-z]+[A-Z]{{2,}}\b)"
        rf"(?P<surname>{_SURNAME})"
        rf"(?:{_ET_AL}|\s+(?:and|&)\s+{_SURNAME})?,?\s+{_YEAR}\)",
        # a model or a method "proposed in" its paper's linked title, then its authors, as
        # software documentation writes it: reStructuredText's `T <url>`__ or Markdown's [T](url)
        # (the venue in brackets maybe between: "[T](url) (CVPR 2021) by Ana Roe")
        rf"{_INTRODUCED_IN}`(?P<title>[^`<>]{{8,300}}?)\s*<[^<>\s]{{1,300}}>`_{{0,2}}"
        rf"(?:\s*\([^()\n]{{1,40}}\))?,?\s+"
        rf"by\s+(?:{_INITIALS}{_MAYBE_SPACE})?(?P<first>{PERSON})",
        rf"{_INTRODUCED_IN}\[(?P<title>[^\[\]]{{8,300}})\]\([^()\s]{{1,300}}\)"
        rf"(?:\s*\([^()\n]{{1,40}}\))?,?\s+"
        rf"by\s+(?:{_INITIALS}{_MAYBE_SPACE})?(?P<first>{PERSON})",
        # Surname, Other, and Other (VENUE, 2016) "T": three names or more, the venue's acronym
        # and the year
        rf"(?P<surname>{_SURNAME})(?:,\s+{_SURNAME}){{1,5}},?\s+(?:and|&)\s+{_SURNAME}\s+"
        rf"\(\s*[A-Z][A-Z&-]{{1,10}}(?:-[A-Z])?,?\s+{_YEAR}\s*\),?\s+{_QUOTED}",
        # published by (Mr.) Given Surname in a paper (entitled) "T" (or in a seminal paper in
        # 1926 ("T"), the title in brackets; or by two authors in the journal's article, its
        # name quoted as a dump of italics leaves it: "by Ana Roe and Ken Moe in the 1965
        # "Science" article "T"")
        rf"\bby\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir)\.?\s+)?(?:{_INITIALS}{_MAYBE_SPACE})?"
        rf"(?P<first>{PERSON})(?:\s+(?:and|&)\s+{PERSON})?\s+in\s+(?:a|an|the|his|her|their)\s+"
        # (a newspaper's or a magazine's article is no paper: "the "Daily Mail" article")
        rf"(?:{_YEAR}\s+)?(?:[\"“](?![^\"“”\n]{{0,40}}\b(?:Times|Post|Mail|News|Herald|Guardian"
        rf"|Tribune|Gazette|Telegraph|Magazine|Weekly|Daily)\b)[A-Z][^\"“”\n]{{0,40}}[\"”]\s+)?"
        rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:paper|article)(?:\s+in\s+{_YEAR})?"
        rf"(?:{_NAMED}|,?\s+\(){_QUOTED}",
        # the sentence's subject, then a verb of writing it up and "in a paper entitled": "In
        # 1803, Thomas Young, an English polymath, … that he later described in a paper
        # entitled "T"", "Roe worked with his brother on a paper entitled "T""
        # (not a word that opens sentences, nor someone reporting another's work: "Jane Roe
        # said that her rival described in a paper …")
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:In\s+{_YEAR},?\s+)?"
        rf"(?!(?:The|This|That|These|Those|It|Its|A|An|In|On|At|He|She|They|We|I|There)\b)"
        rf"(?P<first>(?>{PERSON}|{_SURNAME}))(?:,\s+[a-z][^,.\n\"“]{{0,60}},)?\s+"
        rf"(?:(?!(?:said|says|told|claimed|claims|reported\s+that|argued\s+that)\b)[\w'’-]+\s+)"
        rf"{{0,12}}?"
        rf"(?:(?:described|published|reported|presented|proposed|outlined|announced)\s+"
        rf"(?:(?:it|this|them|these|the\s+\w+)\s+)?in|worked\s+(?:[\w'’-]+\s+){{0,4}}?on)"
        rf"\s+(?:a|an)\s+(?:{_YEAR}\s+)?paper,?\s+(?:titled|entitled|called)\s+{_QUOTED}",
        # the sentence's subject, then "in a (seminal) paper (in 1926)" and the title, maybe in
        # brackets: "Roe, in a seminal paper in 1926 ("T"), argued …"
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))"
        rf"(?!(?:The|This|That|These|Those|It|Its|A|An|In|On|At|He|She|They|We|I|There)\b)"
        rf"(?P<first>(?>{PERSON}|{_SURNAME})),?\s+in\s+(?:a|an|his|her|their)\s+"
        rf"(?:{_YEAR}\s+)?(?:[a-z][\w-]*\s+){{0,2}}?paper(?:\s+in\s+{_YEAR})?"
        rf"(?:{_NAMED}|,?\s+\(){_QUOTED}",
        # Given Surname (and Other) presented "T" at a conference or a society's meeting: a
        # talk's or a poster's title, as a department's report of its work lists them ("Ana
        # Roe (Biology) presented "T" at the annual meeting of the …"; not at a festival, where
        # what is presented is a play, nor at a town's meeting, where it is a plan)
        rf"(?P<first>{PERSON}){_REPORTED_AUTHOR_TAIL}\s+presented\s+{_QUOTED},?\s+at\s+"
        rf"(?:the\s+)?[^\n\"“.]{{0,80}}?\b(?:Conference|Meeting|annual\s+meeting|Symposium"
        rf"|Workshop|Congress|Colloquium|Convention)\b",
        # "In a paper entitled T, Given Surname argued": the title unquoted after "entitled",
        # closed by the comma before the author and a verb of the argument
        rf"\b[Ii]n\s+(?:their|his|her|a)\s+(?:{_YEAR}\s+)?paper,?\s+(?:titled|entitled)\s+"
        rf"(?P<title>[A-Z][^,;\n\"“”]{{8,150}}?),\s+(?P<first>{PERSON})\s+"
        rf"(?=(?:argued|argues|showed|shows|proposed|proposes|claimed|claims|suggested|suggests"
        rf"|described|describes|reported|reports|demonstrated|demonstrates|found|finds)\b)",
    )
)

# Words without which each prose pattern cannot match (any one of them, lower case), tested
# before the pattern: most of them open on a name, which every capitalised word starts.
_QUOTES = ('"', "“", "«", "„")
_PAPER_WORDS = ("paper", "article", "preprint")
_PROSE_NEEDS: tuple[tuple[str, ...], ...] = (
    _PAPER_WORDS,
    _PAPER_WORDS,
    _QUOTES,
    ("'s", "’s"),
    ("known", "famous", "remembered"),
    (" by",),
    _QUOTES,
    ("et al",),
    _PAPER_WORDS,
    _PAPER_WORDS,
    ("published", "wrote", "authored", "presented", "posted"),
    ("published", "wrote", "presented"),
    ("published", "authored"),
    (" by",),
    _PAPER_WORDS,
    ("](",),
    ("*",),
    ("`",),
    ("](",),
    _QUOTES,
    _PAPER_WORDS,
    ("titled",),
    _PAPER_WORDS,
    ("presented",),
    ("titled",),
)

# A year as references write it ("(2017)", "2017.", "1951;"), "et al.", typographic or
# capitalised quotes, BibTeX, the words of prose citations, and programme lines (a time, or a
# short code and a wide gap).
# Where a quote may open a title, as the trigger's quote alternatives need it: after a list's
# mark, an author's comma or stop, a dash, or opening a line
_QUOTE_OPENERS = ("“", "„", "«", '"')
# (two spaces or a tab before the quote: a line indented however deep)
_QUOTE_CONTEXTS = (
    ". ", ", ", "- ", "– ", "— ", "* ", "+ ", "• ", ") ", "] ", "> ", ">", "\n", "\n ", "  ",
)  # fmt: skip
_DETAILS = re.compile(r"<details\b[^<>\n]{0,200}>.{0,20000}?</details>(?:[^\S\n]*<br\s*/?>)?", re.S)
# Marks a publication list sets after an author's name: a corresponding author's asterisk, an
# equal contribution's dagger, an affiliation's superscript number ("E. Roe*, T. Moe†,
# "Title"", "Roe E¹, Moe T²."). A dagger marks nothing else in an entry; the others only after a
# name's shape (an initial, a capitalised word, a Vancouver entry's initials) and before the
# next name, a comma, a semicolon or a stop (not "m²" in a unit, an italic's closing asterisk).
_DAGGER_MARK = re.compile(r"(?<=[^\W\d_]|\.)(?P<mark>[†‡§]+)(?P<after>[,;.)]?)(?=\s|&|$)")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_NAME_MARK = re.compile(
    rf"(?:\b[A-Z][a-z'’-]+(?: [A-Z]{{1,3}})?|\b[A-Z]\.)"
    rf"(?P<mark>\*|[{_SUPERSCRIPTS}]+(?:,[{_SUPERSCRIPTS}]+)*)"
    r"(?P<after>[,;.]|(?=[^\S\n]+(?P<next>and\b|&|[A-Z])))"
)


# an asterisk that opens an italic (not a list's bullet, not a mark after a name) and no other
# asterisk after it in its paragraph (an italic may wrap: "*Crime in\nthe United States*, 1987")
_ITALIC_OPENS = re.compile(r"(?<![\w*])\*(?=[^\s*])[^*]*\Z")


def blank_author_marks(text: str) -> str:
    """The text without the marks after authors' names (``_DAGGER_MARK``, ``_NAME_MARK``), the
    same length: the punctuation after a mark moved up to the name, spaces after it ("Roe*,
    T." reads "Roe, T. "); an asterisk only where it closes no italic (``_ITALIC_OPENS``).
    Every reader sees the text so; the reference reader also drops, for its labeller, the marks
    a PDF's text glues to the names of one entry (``reader._without_author_marks``)."""
    if not any(mark in text for mark in f"*†‡§{_SUPERSCRIPTS}"):
        return text

    def blank(m: re.Match[str]) -> str:
        mark_at = m.start("mark")
        paragraph = max(text.rfind("\n\n", 0, mark_at) + 1, mark_at - 300)
        if m["mark"] == "*" and _ITALIC_OPENS.search(text, paragraph, mark_at):
            return m.group()  # "*Journal of Hydrology*, 590": an italic's close
        if m["mark"] == "*" and m["next"] and m["next"][0].isupper():
            return m.group()  # "Mol* Viewer", "A* Search": a program's name
        return f"{text[m.start() : mark_at]}{m['after']}{' ' * len(m['mark'])}"

    text = _DAGGER_MARK.sub(blank, text)
    return _NAME_MARK.sub(blank, text)


_NEWLINE = re.compile("\n")


def _covered(facts: list[Fact]) -> tuple[list[int], list[int]]:
    """The spans of ``facts`` merged, as (starts, ends) sorted, for ``_inside``."""
    starts: list[int] = []
    ends: list[int] = []
    for fact in sorted(facts, key=lambda f: f.start):
        if ends and fact.start <= ends[-1]:
            ends[-1] = max(ends[-1], fact.end)
        else:
            starts.append(fact.start)
            ends.append(fact.end)
    return starts, ends


def _inside(covered: tuple[list[int], list[int]], position: int) -> bool:
    """Whether ``position`` lies inside one of the merged spans."""
    starts, ends = covered
    index = bisect_right(starts, position) - 1
    return index >= 0 and position < ends[index]


def _dated_around(text: str, newline: int) -> bool:
    """Whether the two lines a line break parts hold a year."""
    start = text.rfind("\n", max(0, newline - 400), newline) + 1
    end = text.find("\n", newline + 1, newline + 400)
    return _JOINED_ENTRY_YEAR.search(text, start, newline + 400 if end == -1 else end) is not None


_JOINED_ENTRY_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_EDITOR_MARK = re.compile(r"\b[Ee]ds?\.|\b[Ee]ditors?\b|\([Ee]ds?\.?\)")
_ITEM_OPENS = re.compile(r"[^\S\n]*(?:[\d\[(*•·▪‣◦+-]|–[^\S\n])")
# (nor after a line that ends a sentence or an item: "… and Translate. Ana Roe, et al.\nTitle.")
_ITEM_ENDS = re.compile(r"[.!?;)\]\"”’*_|][^\S\n]*$")


def join_small_caps(text: str) -> str:
    """The text with the names a PDF set in small capitals joined again, the same length.

    A PDF's text of a name in small capitals parts its first, full-size letter from the rest
    and the rest from the comma after it ("K OWALCZYK , A., AND N GUYEN , B. 2019."). Only a
    line that shows that mark (``_SMALL_CAPS_LINE``: a parted word before a spaced comma, or
    a name of two parted words opening a line with a year) is joined: "  KOWALCZYK, A., AND
      NGUYEN, B. 2019."; in other capitals ("I LOVE A GOOD BOOK") a single letter before a
    word is a word."""
    if " ," not in text and not _SMALL_CAPS_OPENING.search(text):
        return text

    def join(m: re.Match[str]) -> str:
        joined = f"{m['first']}{m['rest']}{',' if m['comma'] else ''}"
        return " " * (len(m.group()) - len(joined)) + joined

    def join_line(line: re.Match[str]) -> str:
        return _SMALL_CAPS_WORD.sub(join, line.group())

    return _SMALL_CAPS_LINE.sub(join_line, text)


_SMALL_CAPS_WORD = re.compile(r"(?<![\w.])(?P<first>[A-Z]) (?P<rest>[A-Z]{2,})\b(?P<comma> ,)?")
_SMALL_CAPS_OPENING = re.compile(
    r"^[^\S\n]*(?:\[?\d{1,3}[.\]][^\S\n]+)?[A-Z] [A-Z]{2,}(?: [A-Z]\.)? [A-Z] [A-Z]{2,}"
    r"(?=[.,]| AND\b| [A-Z] [A-Z]{2,}\b)",
    re.M,
)
_SMALL_CAPS_LINE = re.compile(
    r"^[^\n]*?(?<![\w.])[A-Z] [A-Z]{2,} ,[^\n]*|"
    + _SMALL_CAPS_OPENING.pattern
    + r"(?=[^\n]*\b(?:1[6-9]|20)\d\d\b)[^\n]*",
    re.M,
)


_TRIGGER = (
    # (a year before a stop only where an entry sets it, after a comma, a stop, a bracket, a
    # semicolon or at a line's start: "Roe, J. 2019. Title.", "Venue, 2019.", a Vancouver
    # book's "Press; 2019."; prose's "in 1990." is none)
    r"\bet\s+al\b"
    # (APA dates a newspaper's or a blog's piece by its day: "(2010, March 3)")
    r"|\(\s*(?:1[89]|20)\d\d[a-z]?(?:,[ \t]+(?-i:[A-Z])[a-z]+\.?(?:[ \t]+\d{1,2})?)?\s*\)"
    r"|\b(?:1[89]|20)\d\d[a-z]?;"
    # (ACS and MDPI: the year, the volume and the pages after commas, "J. Pond Sci. 2019, 4,
    # 11–19.")
    r"|\b(?:1[89]|20)\d\d[a-z]?,[ \t]*\d{1,4}(?:[ \t]*\(\d{1,4}\))?,[ \t]*\d"
    r"|(?:[,.);][ \t]{1,4}|(?m:^)[ \t]*)(?:1[89]|20)\d\d[a-z]?\."
    # (or after a venue's name ending its line: "Wetland Letters 2014.", "ACL 2021.")
    r"|\b(?-i:[A-Z])[\w.&-]*[ \t]+(?:1[89]|20)\d\d[a-z]?\.[ \t]*(?m:$)"
    # (not Usenet's "In article <id>, … writes:", which opens every reply)
    # (the words that present a work as a paper, where a quoted title is near: 'the paper
    # titled "T"', '"T" is an article by'; prose's "paper labels" and "a letter from" are none;
    # a link's label "[paper]" too)
    r"|@\w+\s*\{|\b(?:paper|titled|entitled|letter)\b(?=(?:[^\n]|\n(?![ \t]*\n)){0,150}?"
    r"(?:[\"“„«‘]|'(?-i:[A-Z])))"
    r"|\barticle\b(?![ \t]+<)(?=(?:[^\n]|\n(?![ \t]*\n)){0,150}?(?:[\"“„«‘]|'(?-i:[A-Z])))"
    # (or "paper entitled" before a title unquoted: "In a paper entitled Title, Ana Roe argued")
    r"|\bpaper,?[ \t]+(?:titled|entitled)[ \t]+(?-i:[A-Z])"
    r"|[\"”»][^\n\"“”]{0,60}?\b(?:paper|article|letter)\b|[\[(]\s*paper\s*[\])]"
    # (a programme's numbered paper: "Paper 41: Title - Names")
    r"|\bpaper[ \t]*(?:#|no\.)?[ \t]*\d"
    # a quote before a capital, where references set a title: opening a list item or after an
    # author's name ("Roe, J. \"Title.\"", "J. Roe, “Title,”"); anywhere else it passes most
    # prose (dialogue, names of things), and prose that cites a paper in quotes says "paper",
    # "et al." or the year too. Volumes and pages mark references too.
    r"|(?m:^)[ \t>]*(?:[-*+•]|\d{1,3}[.)]|\[\d{1,3}\])[ \t]*\"[A-Z]"
    # (after an author, case kept: "Roe, Jane. \"Title.\"", "J. Roe, “Title,”", "Roe et al.,
    # \"Title\""; not dialogue's 'he said, "Yes' nor news' 'meeting. "We')
    r"|(?-i:(?:[A-Z][\w'’-]+,[ \t]+[A-Z][\w'’. -]{0,40}?|\b[A-Z]\.(?:[ \t]?[A-Z]\.)*[ \t]?"
    r"[A-Z][\w'’-]+|\bet[ \t]+al\.?)[.,][ \t][\"“„«][A-Z])"
    # (a straight quote opening a line without a list's mark opens dialogue as often as a
    # typographic one: read as below)
    r"|(?m:^)[ \t>]*\"[A-Z][^\"\n]{2,200}\"[,.]?[ \t]*(?:by\b|[(\[—–-]|\d"
    # (or by its authors' names and a comma: '"Title" Ana Roe, Ken Moe')
    r"|(?-i:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},))"
    # (a typographic quote opening a line without a list's mark opens a book's dialogue more
    # often than a title: only where its closing quote is followed by an author, a year or a
    # dash, '“Title,” by Ana Roe', not by speech: '“Come in,” she said')
    r"|(?m:^)[ \t>]*(?:[-*+•]|\d{1,3}[.)]|\[\d{1,3}\])[ \t]*[“„«][A-Z]"
    r"|(?m:^)[ \t>]*[“„«][A-Z][^“”»\n]{2,200}[”»][,.]?[ \t]*(?:by\b|[(\[—–-]|\d)"
    # ... or after a dash that follows the speakers ('Ana Roe – "Title"')
    r"|[a-z][ \t]+[-–—][ \t]+[\"“„«][A-Z]"
    # (a page range, "pp. 12", or a page after an entry's comma, "Letters 4, p. 12"; a bare
    # "p. 146" quotes a book in prose)
    r"|\bvol\.\s?\d|\bpp\.\s?\d|,[ \t]p\.\s?\d"
    # a linked title in bold, as programmes and publication pages write it: <a …>**Title**</a>
    r"|[\"']>\*\*[A-Z]|[\"']><(?:b|strong)>[A-Z]"
    # a programme's time slot opening a line ("10:30 Title — Speaker")
    r"|(?m:^)[ \t]*\d{1,2}[:.]\d{2}\b|(?m:^)[ \t]*[A-Z]?\d{1,3}[a-z]?[ \t]{2,}"
    # list items that open with a bold or quoted title (awesome-lists, programmes, reading
    # lists), LaTeX and R bibliographies, CITATION.cff
    r"|(?m:^)[ \t>]*(?:[-*+]|\d{1,3}\.)[ \t]+\[?(?:\*\*|__|[*_](?=[A-Z\"“]))"
    # a speaker's or an author's own name in bold in the names' line under a title, a comma
    # after it or the line's end ("1. Title\\\n   Ken Moe, **Ana Roe**, Ken Poe\\\n   Affiliation")
    r"|(?m:^)[ \t]*(?:[A-Z][^*\n,]{1,40},[ \t]*){0,8}\*\*[A-Z][^*\n]{2,60}\*\*[ \t]*(?:,|\\?(?m:$))"
    # a table's header cell naming a title column ("| Title |", "<th>Title</th>")
    r"|\b(?:[Tt]itles?|[Pp]apers?)(?:\*\*)?[ \t]*(?:\||</th)"
    # a programme's session heading over its talks ("Session 3: Wetlands", "Track 2 –")
    r"|(?m:^)[ \t#*]*(?:session|track)[ \t]+\d{1,2}[a-z]?[ \t]*[:.–—-]"
    # links to papers' pages (awesome-lists and reading lists link each item)
    r"|\barxiv\.org/(?:abs|pdf)/|\baclanthology\.org/|\bopenreview\.net/(?:forum|pdf)"
    r"|\bpapers\.nips\.cc/|\bproceedings\.mlr\.press/|\bdl\.acm\.org/doi/"
    r"|\bieeexplore\.ieee\.org/|\bsemanticscholar\.org/paper/|\bpubmed\.ncbi\.nlm\.nih\.gov/"
    # a line that opens in bold, as programmes set a title over its authors' line (Markdown
    # or HTML, whose link around it the page's tags may have lost)
    r"|(?m:^)(?:\*\*|__)[*_]?[A-Z\"“]|(?m:^)[ \t]*<(?:b|strong)>[A-Z\"“]"
    # a heading over a list of papers ("## Accepted Papers", "Selected Publications"), or over
    # a bibliography or a reading list ("References", "Required reading:", "Reading list")
    # (or a programme's: "Accepted Talks", "Posters"; maybe a page's front matter title)
    r"|(?m:^)[ \t#*=>]*(?:title:[ \t]*)?(?:(?:accepted|selected|recent|conference|journal"
    r"|refereed|workshop|invited|contributed)[ \t]+)?(?:papers|publications|talks|posters)"
    r"[ \t*:]*(?m:$)"
    r"|(?m:^)[ \t#*=>]*(?:(?:required|suggested|recommended|further|additional|course)[ \t]+)?"
    r"(?:readings?(?:[ \t]+list)?|references|bibliography|works[ \t]+cited|literature[ \t]+cited"
    # (letter-spaced, as a PDF's text gives a heading set so, and other languages' headings)
    rf"|texts|{LETTER_SPACED_HEADING}|{FOREIGN_HEADING}"
    # (a README's: "Citation", "How to cite", "Citing HeronNet", "Cite this work")
    r"|citation|how[ \t]+to[ \t]+cite(?:[ \t]+[\w-]+){0,3}|citing(?:[ \t]+[\w-]+){0,3}"
    r"|cite[ \t]+(?:this|us|our)(?:[ \t]+[\w-]+){0,2}"
    # (books only after the reading list's qualifier, as the segmenter's heading has them)
    r"|(?<=suggested[ \t])books|(?<=recommended[ \t])books|(?<=further[ \t])books"
    rf"|book[ \t]+list|{READERS_LIST_HEADING})[ \t*:]*(?m:$)"
    # (or a short line that names a reading list among other words: "My reading list for
    # 2020", "Summer reading list: week 3")
    r"|(?m:^)[^\n]{0,40}\breading[ \t]+list\b[^\n]{0,40}(?m:$)"
    # a line that ends on its author after a title set off by a comma, emphasis or quotes and
    # "by" (reading lists: "*Title*, by Ada Roe.", "\"Title,\" by A. B. Roe (2019)")
    r"|[,*_\"”][ \t]*by[ \t]+(?:[A-Z]\.[ \t]?){0,3}[A-Z][a-z'’-]+"
    r"(?:[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][\w'’-]+){0,3}"
    # (or a comma there, the publisher on the next line: '"Title" by Ada Roe,\n   Press, 1944')
    r"[.,]?[ \t]*(?:\([^()\n]{0,30}(?:1[89]|20)\d\d\))?[.,]?[ \t]*\r?\n"
    # a linked title after the words that make it a paper's ("proposed in `T <url>`__")
    r"|\b(?:proposed|introduced|described|presented|published|released)[ \t]+in[ \t]+"
    r"(?:the[ \t]+paper[ \t:]+)?[`\[]|\bimplementation[ \t]+of[ \t]+(?:the[ \t]+paper[ \t:]+)?[`\[]"
    r"|<li>[ \t]*(?:[\"“]|<(?:em|i|b|strong)>)|\\bibitem\b|\b(?:bibentry|citentry)\("
    r"|\bfamily-names:|\bcff-version:"
    # a search engine's listing of works: "M Castellan, P Lund - Pond Review, 2019 - Wiley"
    rf"|(?:1[89]|20)\d\d[^\S\n]+-[^\S\n]+(?:{_SCHOLAR_HOST})"
    # a wiki's citation template: "{{cite journal |last=Roe |title=…}}"
    r"|\{\{[^\S\n]*(?:cite[ _][a-z]|citation\b)"
    # more marks of reference entries: volume(issue):pages, a DOI, a year closing a
    # parenthesis after a comma ("(Oxford, 2002)", not "(born May 3, 1950)"), a
    # reStructuredText citation label
    r"|\d\(\d{1,4}\):\s?\d|\bdoi:\s?10\.|\bdoi\.org/10\.|(?<!\d),\s(?:1[89]|20)\d\d[a-z]?\)"
    r"|(?m:^)[ \t]*\.\. \["
    # records in explicit formats: RIS, refer, JSON and YAML records with authors, meta tags
    r"|(?m:^)TY  - |(?m:^)%T |\"authors?\"\s*:|\"title\"\s*:|citation_title"
    r"|(?m:^)[ \t]*(?:-[ \t]+)?authors?:"
    # records of program code: "'author' => …", "'authors': …", "author: '…'"
    r"|'authors?'|\bauthors?[ \t]?=>|\bauthors?:[ \t]*['\"]"
    # a publication list's venue tag, an acronym and its year: "[ICML 2020]", "(NeurIPS'21)";
    # a link to a paper's PDF: "[Title](https://…/paper.pdf)"
    r"|[\[(][A-Z][A-Za-z]{0,8}[A-Z][A-Za-z-]{0,8}['’]?[ \t]?(?:1[89]|20)?\d\d[\])]"
    r"|\.pdf\)"
    # a quoted title right after "published" ('Ana Roe published "T" in the … Journal'), or
    # after "co-authored" or "presented", as a department's report of its work writes them
    r"|\b(?:published|co-?authored|presented)[ \t]+[\"“][A-Z]"
    # a linked title, a dash and its author (reading lists: "* [Title](url) - Ana Roe (PDF)"):
    # the link's closing bracket right after its address, then a name of two words
    r"|(?<=[^\s(])\)[ \t]+[-–—][ \t]+[A-Z][\w'’.-]*[ \t]+[A-Z]"
    # a paper list's links by their labels: "[[pdf]](…)", "[[paper](…)]", "[arXiv](…)"
    r"|\[\[?(?:pdf|paper|arxiv)\]{1,2}\("
    # a biblatex .bbl entry ("\entry{roe2019}{article}{}")
    r"|\\entry\{[^{}\n]{1,200}\}\{[a-z]{2,30}\}"
    # an encyclopedia's lead on a paper: "… is an article by mathematician Given Surname"
    r"|\b(?:is|was)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:paper|article)[ \t]+by[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2}(?-i:[A-Z])"
    # a reading list's item, a name and a comma before a title set off by emphasis or quotes
    # ("* Roe, *Title* through ch. 6", "- Week 2: Ada Roe, “Title”")
    r"|(?m:^)[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]+[^\n]{0,80}?(?-i:[A-Z][a-z'’-]+),[ \t]+"
    r"(?:\*{1,2}|_{1,2}|[\"“])(?-i:[A-Z])"
    # a publisher's catalogue entry opening a line ("Roe.—Title. By Ana Roe.")
    r"|(?m:^)[ \t]*(?-i:[A-Z])[\w'’ ,.-]{1,80}?\.[—–](?-i:[A-Z])"
)

# The anchors that every match of each alternative of _TRIGGER holds, in the alternatives'
# order: the pre-filter confirms an anchor with its own alternatives only (a quote's anchor
# needs no year's, a year's no quote's), not the whole alternation.
# A quote where a title may open (every quote of a dialogue would pass otherwise).
_QUOTE_ANCHORS = (
    *(f"{context}{quote}" for context in _QUOTE_CONTEXTS for quote in _QUOTE_OPENERS),
    *(f"{context[:-1]}\t{quote}" for context in _QUOTE_CONTEXTS if context.endswith(" ")
      for quote in _QUOTE_OPENERS),
    *(f"\t{quote}" for quote in _QUOTE_OPENERS),
)  # fmt: skip
_YEARS = range(1800, 2100)
_PART_ANCHORS: tuple[tuple[str, ...], ...] = (
    ("et al",),
    ("(18", "(19", "(20", "( 18", "( 19", "( 20"),
    tuple(f"{year};" for year in _YEARS),
    tuple(f"{year}," for year in _YEARS),
    tuple(f"{year}." for year in _YEARS),
    tuple(f"{year}." for year in _YEARS),
    ("@",),
    ("paper", "titled", "entitled", "letter"),
    ("article",),
    ("paper titled", "paper entitled", "paper, titled", "paper, entitled"),
    ("paper", "article", "letter"),
    ("paper",),
    ("paper",),
    _QUOTE_ANCHORS,  # a list item's straight quote
    _QUOTE_ANCHORS,  # a quote after an author
    _QUOTE_ANCHORS,  # a straight quote opening a line
    _QUOTE_ANCHORS,  # a list item's typographic quote
    _QUOTE_ANCHORS,  # a typographic quote opening a line
    _QUOTE_ANCHORS,  # a quote after a dash
    ("vol.",),
    # pages: "p. 12", "pp.3" (a bare "p." ends every "sharp." and "p.m.")
    tuple(f"p.{gap}{digit}" for gap in ("", " ") for digit in "0123456789"),
    tuple(f"p.{gap}{digit}" for gap in ("", " ") for digit in "0123456789"),
    ('">**', "'>**"),
    ('"><b>', '"><strong>'),
    (*(f":{minute:02d}" for minute in range(60)), *(f".{minute:02d}" for minute in range(60))),
    (*(f"{digit}  " for digit in "0123456789"), *(f"{digit}\t" for digit in "0123456789")),
    tuple(f"{marker} {bold}" for marker in "-*+." for bold in ("*", "_", "[*")),
    ("**",),  # an author's own name in bold opening the names' line
    ("title |", "title|", "title** |", "title**|", "title</th", "titles |", "titles|",
     "paper |", "paper|", "paper** |", "paper**|", "paper</th", "papers |", "papers|",
     "papers</th"),
    ("session ", "track ", "session\t", "track\t"),
    ("arxiv.org/",),
    ("aclanthology.org/",),
    ("openreview.net/",),
    ("papers.nips.cc/",),
    ("proceedings.mlr.press/",),
    ("dl.acm.org/doi/",),
    ("ieeexplore.ieee.org/",),
    ("semanticscholar.org/paper/",),
    ("pubmed.ncbi.nlm.nih.gov/",),
    ("\n**", "\n__"),
    ("<b>", "<strong>"),
    ("publications", "paper", "talks", "posters"),
    ("reading", "references", "bibliography", "works", "literature", "texts", "book",
     "citation", "cite", "citing",
     "r e f e r e n c e s", "b i b l i o g r a p h y",
     *(heading.split()[0].lower() for heading in FOREIGN_HEADINGS)),
    ("reading list",),
    (", by ", "* by ", "*by ", "_ by ", "_by ", '" by ', "” by "),
    ("proposed in", "introduced in", "described in", "presented in", "published in",
     "released in"),
    ("implementation of",),
    ("<li>",),
    ("\\bibitem",),
    ("bibentry(", "citentry("),
    ("family-names:",),
    ("cff-version:",),
    tuple(f"{year} - " for year in _YEARS),
    ("{{cite", "{{ cite", "{{citation", "{{ citation"),
    ("):",),
    ("doi:",),
    ("doi.org/",),
    tuple(f", {year})" for year in _YEARS),
    (".. [",),
    ("ty  - ",),
    ("%t ",),
    ('"author',),
    ('"title"',),
    ("citation_title",),
    ("author:", "authors:"),
    ("'author",),
    ("author =>", "author=>", "authors =>", "authors=>"),
    ("author:", "authors:"),
    # (the venue's tag closes on its year's last two digits: "2020)", "'21]")
    tuple(f"{n:02d}{bracket}" for n in range(100) for bracket in ")]"),
    (".pdf)",),
    ('published "', "published “", 'authored "', "authored “", 'presented "', "presented “"),
    tuple(f") {dash} " for dash in "-–—"),
    ("[pdf]", "[paper]", "[arxiv]"),
    ("\\entry{",),
    ("paper by", "article by"),
    (", *", ", _", ', "', ", “"),
    (".—", ".–"),
)  # fmt: skip
_TRIGGER_PARTS = tuple(zip(split_alternatives(_TRIGGER), _PART_ANCHORS, strict=True))
# Every trigger holds one of these (the parts' anchors, each once).
_ANCHORS = tuple(dict.fromkeys(anchor for anchors in _PART_ANCHORS for anchor in anchors))

# An entry's body: text with braces balanced to a depth of four ({title = {\ch{^{8}Li} …}}).
_BALANCED = r"(?:[^{}]|\{(?:[^{}]|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*\})*"
_BIBTEX_ENTRY = re.compile(rf"@\w+\s*\{{[^,{{}}\n]*,(?P<body>{_BALANCED})\}}")
_BIB_FIELD = (
    r"\b{name}\s*=\s*(?:\{{(?P<braced>(?:[^{{}}]|\{{(?:[^{{}}]|\{{[^{{}}]*\}})*\}})*)\}}"
    r"|\"(?P<quoted>[^\"]*)\")"
)
# an entry's mark before its names: a number, a bullet, a caret, a bar (what _ENTRY_START takes)
_ENTRY_MARK = re.compile(r"[\s\[\]().:\d•*–|^↑-]*")
_BIB_COMMENT_LINE = re.compile(r"(?m)^[ \t]*%[^\n]*")
_BIB_TITLE = re.compile(_BIB_FIELD.format(name="title"), re.IGNORECASE)
_BIB_AUTHOR = re.compile(_BIB_FIELD.format(name="author"), re.IGNORECASE)

# What follows a title in an entry: the venue, which names a journal or proceedings or carries
# numbers (volume, issue, pages). A sentence after a title ending in "?" that is none of these
# is its subtitle ("Are obituaries reliable? A comparison with civil registers.").
_VENUE = re.compile(r"\d|^In\s|Journal|Proceedings|Transactions|Press|Review|arXiv", re.IGNORECASE)
_SENTENCE = re.compile(rf"[^\n]*?{_TITLE_STOP}(?=[^\S\n]|$)|[^\S\n]*[a-z][^\n.?!]*$", re.MULTILINE)


def first_author_surname(authors: str) -> str | None:
    """The family name of the first author of a BibTeX ``author`` field
    (``Vaswani, Ashish and Shazeer, Noam`` or ``Ashish Vaswani and Noam Shazeer``)."""
    # "S. P. Chitta et al." and "and others" name the first author all the same
    authors = re.sub(r"\s+et\s+al\.?\s*$", "", nfkc(authors))
    # a name's accents as LaTeX writes them ("Reboursi\\`{e}re", "Fran\\c{c}oise"): the
    # letters they make, before the names are parted
    return bibtex_first_family(compose_accents(authors) if "\\" in authors else authors)


def _with_subtitle(text: str, title_end: int, title: str) -> str:
    """Extend a bare title that ends in "?" or "!" by the sentences after it that are no venue
    ("Why do herons wade? A field study.", "Made you look! Attention and the blink.")."""
    while title.endswith(("?", "!")):
        following = _SENTENCE.match(text, title_end + 1)
        # (a subtitle in lower case may run to the line's end, its year after it: "What is a
        # word? problems of tokenization (1994)")
        sentence = _YEAR_AT_END.sub("", following.group().strip()) if following else ""
        if not following or not sentence or _VENUE.search(sentence):
            break
        if _VANCOUVER_DATE_AFTER.match(text, following.end()):
            break  # "Why do X? Hydrol Rev. 2020;31:1-20.": an abbreviated journal, then its date
        title += " " + sentence
        title_end = following.end()
    if title.endswith(".") and (following := _SENTENCE.match(text, title_end + 1)):
        # a Vancouver title of two sentences ("Stenosis of the inlets. Report of three cases. J
        # Estuar Res. 2003;98:1-9."): the sentence after the stop is the title's where an
        # abbreviated journal and its date follow it, and it reads as no venue (a word in lower
        # case, no digit)
        sentence = following.group().strip()
        if (
            VANCOUVER_VENUE_AFTER.match(text, following.end())
            and not _VENUE.search(sentence)
            and re.search(r"\b[a-z]{2,}\b", sentence)
        ):
            title += " " + sentence
    return title


_YEAR_AT_END = re.compile(rf"[^\S\n]*\({_YEAR}\)$")
_VANCOUVER_DATE_AFTER = re.compile(rf"[^\S\n]*{_YEAR}[^\S\n]*(?:[A-Z][a-z]{{2}}[^\S\n]*)?[;:(]")


# A word a sentence opens with ("However, Jane Roe, in her "Letter …"") or a company's suffix
# ("Lambert Inc. "But the firm …"") is no author's family name.
# (Not every clause opener: "He", "Long", "Young" and "Born" are family names too.)
_NOT_FAMILY = frozenset(
    "however meanwhile although though also then today yesterday when while after before during"
    " since where what which according indeed actually reply note see chapter section table"
    " figure thread posted update breaking inc ltd llc corp co plc gmbh company"
    # a work whose authors are withheld (a review copy, "Anonymous (2021)") names no author
    " anonymous anon"
    # a month before a year dates a painting or a song: '"Wheat Field with Crows" (July 1890)'
    " january february march april june july august september october november december"
    # words of an address or of a narrator's turn: 'Quoth the Caliph, "…"', 'Sir, "…"'
    " sir madam caliph times english"
    # a style guide's template of an entry: "Lastname, Firstname. "Title of Article." …",
    # "A. Author, "Title of paper," Name of Journal, …"
    " lastname surname familyname authorlastname author authors"
    # a publisher's word closing a corporate name read as a person's: "an article by Acme
    # Publications entitled "T"" ("Press" is a family name too: "Press, W. H.")
    " publications publishing publishers"
    # a sentence's linking adverb before a possessive or a quote: 'Likewise, Lee's "T" (2007)'
    " likewise similarly moreover furthermore nevertheless nonetheless instead thus hence"
    " therefore finally additionally overall ultimately consequently alternatively"
    " interestingly notably unfortunately fortunately surprisingly ironically sadly"
    # a study's kind or an index named before a quoted title: 'Experimental Double-blind
    # Study, "T" J. Med. 10:1-9', 'Consumer Price Index (1991). In: …'
    " study trial index review article"
    # a pronoun opening the next sentence: '… in the article "T?" They conclude that "…"'
    # ("He" and "She" are family names too: "He, K., Lund, X. (2016)")
    " they we it".split()
)
# A speech verb just before the name: the quotation is what the person said.
# A nickname in quotes inside a name: a given name, the quoted words, the family name
# ('Jim "Break on Through" Morrison'); a title after its authors has a comma or a stop before it
_NICKNAME = re.compile(r"[A-Z][a-z]+[^\S\n]+[\"“][^\"“”\n]{1,40}[\"”][^\S\n]+[A-Z][a-z]+\b")


def _is_nickname(text: str, title_at: int) -> bool:
    """Whether the quoted words at ``title_at`` are a nickname inside a name."""
    quote = title_at - 1 if title_at and text[title_at - 1] in '"“' else title_at
    return bool(_NICKNAME.match(text, text.rfind(" ", max(0, quote - 30), quote - 1) + 1))


# (a speaker of one to three words: "Answered Abu Sir, …", "Quoth the Caliph, …", "turning to
# Mrs. Gould, …")
_SPEECH_BEFORE = re.compile(
    r"\b(?:[Rr]eplied|[Ss]aid|[Aa]sked|[Aa]nswered|[Rr]ejoined|[Cc]ried|[Ww]rote|[Ss]ays|[Qq]uoth"
    r"|[Ee]xclaimed|[Ww]hispered|[Ss]houted|turning\s+to)(?:\s+\S+){1,3},"
)


# a phrase of place opening a line where an entry's names would stand
_PLACE_PHRASE = re.compile(
    r"(?:In|On|At|From|Across|Throughout|Within|Outside|Around|Near)[^\S\n]+(?:the[^\S\n]+)?"
    r"[A-Z][\w'’-]*[^\S\n]*(?:[A-Z][\w'’-]*[^\S\n]*)?,"
)


# a quoted title followed by its author's name: the names before it are another work's
_CLOSING_QUOTES = frozenset('"”»')
_BY_AFTER = re.compile(r"[,.;]?[^\S\n]+by[^\S\n]+(?:[A-Z]\.[^\S\n]?)*[A-Z][a-z]")


def _names_start(text: str, start: int) -> int:
    """Where an entry's names start: past its mark ("[1] ", "- ")."""
    mark = _ENTRY_MARK.match(text, start)
    return mark.end() if mark else start


def _family_word(family: str, field: bool = False) -> bool:
    # "Smith's Object-oriented Programming": a possessive names an owner, not an author; a word
    # whose part after a hyphen opens in lower case is no family name ("The B-side, "T"": a
    # double-barrelled name capitalises both, "Domingo-Ferrer"), unless a particle ("al-"), or
    # unless a format's author field gives it (BibTeX's "Mäki-patola" is as its file writes it)
    # ... nor are words joined by a doubled hyphen ("FEBRUARY--Icel., _Thorri_"), nor
    # adjectives of nationality joined ("(Irish-French-Belgian, 2009)": a film's makers)
    return (
        family.lower().strip(".,") not in _NOT_FAMILY
        and not family.endswith(("'s", "’s"))
        # (an organisation's name may hold one: "Organisation for Economic Co-operation …")
        and (field or not _LOWER_AFTER_HYPHEN.search(family) or is_corporate(family))
        and "--" not in family
        and not ("-" in family and all(places.country_of_adjective(p) for p in family.split("-")))
        # (a form of address is no part of a family name: "[For Mr. A. G. Roe's notes, see …]"
        # read as by "For Mr")
        and not any(w.strip(".").lower() in _ADDRESS_WORDS for w in family.split())
    )


_ADDRESS_WORDS = frozenset("mr mrs ms messrs dr prof".split())


_LOWER_AFTER_HYPHEN = re.compile(
    r"(?<=\w)-(?!(?:al|el|ul|ud|ad|ibn|bin|ben|de|da|la|le|du)-?\b)[a-z]"
)


# A speaker's name in capitals opening a play's line: "DIANA. Has the mail gone?"
_SPEAKER = re.compile(r"[^\S\n]*[A-Z]{2,}(?:[^\S\n][A-Z]{2,})?\.[^\S\n]+[\"“]?[A-Z]")
# Words of speech, which a paper's title seldom holds twice: "Sorry, I can't take you …",
# "We must do everything …"; an e-mail address; a bracket closed that never opened.
_SPEECH_WORDS = frozenset(
    "i you we me my your us our i'm i've i'll can't don't won't we'll you're shall".split()
)
_NOT_TITLE_MARK = re.compile(r"\S@\S|\be-?mail:")


_DASH_OPENING = re.compile(r"[^\S\n]*(?:-{1,2}|—|–)[^\S\n]")
_QUOTE_CLOSING = re.compile(r"[\"”][.,)]?[^\S\n]*$")


def _is_attribution(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens with a dash right under a line that closes a
    quotation: the source a signature or a post gives for the words it quotes."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _DASH_OPENING.match(text, line_start) or line_start == 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    if _DASH_OPENING.match(text, previous_start):
        return False  # the item before in a list of items: '- Roe, "T"\n- Moe, "U"'
    return _QUOTE_CLOSING.search(text, previous_start, line_start - 1) is not None


# A quoted sentence and its speaker with a year in brackets after it, as a mail's signature
# quotes a saying: "'We closed the roads ….'\n   (Ana Roe - 1919)"
_SAYING_ATTRIBUTED = re.compile(
    r"[.!?]['’\"”][^\S\n]*\n?[^\S\n]*\([^\S\n]*(?!(?:[Ee]ds?|[Tt]rans|[Ee]ditors?)\b)[A-Z][^()\n\d]{2,40}?[^\S\n]*[-–—,][^\S\n]*"
    r"(?:1[5-9]|20)\d\d[^\S\n]*\)"
)


def _spoken(title: str) -> bool:
    words = re.findall(r"[a-z’']+", title.lower().replace("’", "'"))
    spoken = sum(word in _SPEECH_WORDS for word in words)
    if spoken >= 2 or _NOT_TITLE_MARK.search(title):
        return True
    return title.find(")") >= 0 and (title.find("(") < 0 or title.find(")") < title.find("("))


# Initials after a family name, Vancouver's way ("Castellan M", "Varga AB."): no given name.
# (Latin or Cyrillic: "Castellan MA", "Рыбаков Б.", "Радаев В. В.")
_TRAILING_INITIALS = re.compile(r"\s(?:[A-ZА-ЯЁ]{1,3}\.?|(?:[A-ZА-ЯЁ]\.[^\S\n]?){2,3})$")


def _first_family(first: str) -> str:
    """The family name in the first author's name as a pattern read it: natural order
    (``Mira Castellan``) or Vancouver's (``Castellan M``)."""
    # names in capitals, as a PDF's small capitals give them, part at "AND" (a capitalised
    # word to the name patterns): "ANNA ROE AND BEN MOE" is two authors
    first = first.split(" AND ", 1)[0]
    if _TRAILING_INITIALS.search(first):
        return first_author_family(first) or ""
    if is_corporate(first):
        return first  # "Kiribati National Statistics Office. (2009). Title.": one author, whole
    # (the family name in capitals before the given names, as French and Italian
    # bibliographies write the first author: "BECK Patrice")
    return capitals_first_family(first) or family_name(first)


# A line of program code whose value is a string literal long enough to hold a reference:
# "'source' => '…',", '"citation": "…",', "ref = '…'", or the literal alone in a list.
_LITERAL_LINE = re.compile(
    r"(?m)^(?P<lead>[^\S\n]*(?:[\"']?[\w-]{1,30}[\"']?[^\S\n]*(?:=>|:|=)[^\S\n]*)?(?P<q>[\"']))"
    r"(?P<body>(?:\\.|(?!(?P=q))[^\\\n]){30,2000})(?P=q)[^\S\n]*[,;]?[^\S\n]*$"
)
_CODE_MARKS = ("=>", "': '", '": "', "' => '", "= '", '= "')


def _literal_view(text: str) -> str | None:
    """``text`` with only the string literals of its code lines kept, each where it stands
    (everything else blanked, the same length), or None where no line holds one."""
    if not any(mark in text for mark in _CODE_MARKS):
        return None
    pieces, at, found = [], 0, False
    for m in _LITERAL_LINE.finditer(text):
        found = True
        pieces.append(_BLANKED_LINES.sub(" ", text[at : m.start("body")]))
        pieces.append(m["body"])
        at = m.end("body")
    if not found:
        return None
    pieces.append(_BLANKED_LINES.sub(" ", text[at:]))
    return "".join(pieces)


_BLANKED_LINES = re.compile(r"[^\n]")


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end


# a translator's or an editor's note cut at its initial's stop: "Title (A. Roe"
_TRANSLATOR_NOTE_END = re.compile(r"[^\S\n]*\((?:[A-Z]\.?[^\S\n]?-?){1,3}$")


# a title in double quotes at a bare reading's start, its closing quote after the title's own
# comma or stop (American style) or before one and a space; not a quoted word that opens a
# longer title ('"Safe": A study of …', '"Hamlet" and the ghost')
_QUOTED_BARE_TITLE = re.compile(
    r'[“"«„](?P<inside>[^“”"«»„\n]{3,300}?)(?:[,.][”"»“]|[”"»“](?:[,.](?:\s|$)|$))'
)


def _read(text: str, m: re.Match[str], bare: bool) -> tuple[int, int, int, str, str]:
    """(start, end, title position, first author's family name, title) of a match."""
    parts = m.groupdict()
    surname = parts.get("surname") or _first_family(parts.get("first") or "")
    group = "title" if parts.get("title") is not None else "single_quoted"
    title = _with_subtitle(text, m.end(group), m[group]) if bare else m[group]
    if bare and (quoted := _QUOTED_BARE_TITLE.match(title)):
        # '(1994): "Title," Journal 20, …': a bare reading that opens on a quote ends where the
        # quote closes after the title's comma or stop (or before one)
        title = quoted["inside"]
    if bare:
        # "Title, Graphs Comb. 36, …": the abbreviated journal before its volume
        after = text[m.end(group) - 1 : m.end(group) + 60]
        title = cut_unstopped_journal(cut_abbreviated_journal(title, after), after)
        # "Title, in: Proceedings of …": Elsevier's name-year style before an edited volume
        title = cut_container(title)
    # "Title, chapter 4": a reading list's note of the part to read; "Title, 2nd edition"
    title = cut_edition(cut_reading_part(title), text[m.end(group) : m.end(group) + 1])
    # "Title (A. Roe, Trans.). New York: …": a translator's or an editor's note, its initial's
    # stop taken for the title's end
    title = _TRANSLATOR_NOTE_END.sub("", title)
    if bare:
        # "Title, Computer Networks, 8, pp. …": Harvard's journal and volume after commas
        title = cut_venue_and_volume(title)
    if text[m.start(group) - 1 : m.start(group)] not in _QUOTES:
        # "Title, University Press, Canberra.": the publisher and the place closing the entry
        after = text[m.end(group) - 1 : _line_end(text, m.end(group))]
        if (cut := cut_publisher_and_place(title.rstrip("."), after)) != title.rstrip("."):
            title = cut
    return m.start(), m.end(), m.start(group), surname, title


# a line that ends inside a list of names: a comma, "and" or "&" after a name
# (and the initials of the name on the next line: "…, G. Irving,\n   M. |Isard")
_NAMES_GO_ON = re.compile(r"(?:,|[^\S\n]and|[^\S\n]&)[^\S\n]*\n[^\S\n]*(?:[A-Z]\.[^\S\n]?-?){0,3}$")


def _continues_names_above(text: str, names_at: int) -> bool:
    """Whether the names read from ``names_at`` open a line that continues the list of names
    on the line above (a PDF's text wraps a long list of authors), so they are no first
    author's."""
    return _NAMES_GO_ON.search(text, max(0, names_at - 200), names_at) is not None


@dataclass(frozen=True)
class PaperTitleExtractor:
    name: str = "paper_title"
    version: str = "3"
    relations: tuple[str, ...] = ("paper_title",)
    triggers: tuple[str, ...] = ("et al", "(19", "(20", "“", '"', "@", "paper", "title")
    trigger_pattern: str = _TRIGGER
    trigger_anchors: tuple[str, ...] = _ANCHORS
    trigger_parts: tuple[tuple[str, tuple[str, ...]], ...] = _TRIGGER_PARTS

    def extract(self, text: str) -> Iterator[Fact]:
        # Text wrapped at a width (a mail, a hard-wrapped README or post) parts entries over
        # lines: it is read a second time with its wrapping breaks joined
        # (``layout.unwrapped_view``; same offsets), where that may add to the first reading.
        facts = list(self._extract(text))
        joined = layout.unwrapped_view(text)
        if joined is None:
            yield from facts
            return
        # The joins kept: none before a line that opens as a list's item does (a number, a
        # time, a bullet, a bracket: "…, Ana Roe\n13:50  Paper #112 — …" is two items), after
        # one that ends a sentence or an item, or inside a fact the first reading took whole.
        read = _covered(facts)
        joins = [
            i
            for m in _NEWLINE.finditer(text)
            if joined[i := m.start()] != "\n"
            and not _ITEM_OPENS.match(text, i + 1)
            and not _ITEM_ENDS.search(text, max(0, i - 3), i)
            and not _inside(read, i)
        ]
        # (and only where a join's lines hold a year, as an entry read across it needs
        # (``_JOINED_ENTRY_YEAR``): most wrapped text is prose with no entry in it)
        dated = [i for i in joins if _dated_around(text, i)]
        if not dated:
            yield from facts
            return
        chars = list(text)
        for i in joins:
            chars[i] = " "
        joined = "".join(chars)
        # (read from a paragraph start some 600 characters before the first dated join, to
        # hold a heading above its entries, to the end of the last one's paragraph: the rest
        # of a long unit reads as the first reading read it)
        low = text.rfind("\n\n", 0, max(0, dated[0] - 600)) + 1
        high = text.find("\n\n", dated[-1])
        high = len(text) if high == -1 else high
        # A reading there across a join names the first author where the text read the same
        # title with a later name (the wrap parted the first author's name from the rest:
        # "… topic Ana Roe and\nBen Moe (2019), "Title", …"); it adds a fact only where the
        # text read none, and only an entry that dates itself and names no editor (a footnote,
        # a song, an edited volume's editor read as its author are what joined lines add
        # otherwise).
        renamed: dict[Fact, Fact] = {}
        added: list[Fact] = []
        for piece in self._extract(joined[low:high]):
            f = replace(piece, start=piece.start + low, end=piece.end + low)
            if not any(f.start <= i < f.end for i in joins):
                continue
            overlapping = [fact for fact in facts if fact.start < f.end and f.start < fact.end]
            if overlapping:
                for fact in overlapping:
                    if fact.value == f.value and fact.subject != f.subject and f.start < fact.start:
                        renamed[fact] = f
            elif _JOINED_ENTRY_YEAR.search(joined, f.start, f.end) and not _EDITOR_MARK.search(
                joined, f.start, f.end
            ):
                added.append(f)
        for fact in facts:
            yield renamed.get(fact, fact)
        yield from added

    def _extract(self, text: str) -> Iterator[Fact]:
        # a programme's collapsed abstract between its entries ("<details><summary>Abstract
        # </summary>…</details>") is no part of the list's layout: read as blank space
        if "<details" in text:
            text = _DETAILS.sub(lambda m: " " * len(m.group()), text)
        text = join_small_caps(blank_author_marks(text))
        # Formats that name their fields first (R CITATION files, CITATION.cff): what they
        # read, nothing else reads again.
        read_spans: list[tuple[int, int]] = []
        for formatted in (
            *read_r_citations(text),
            *read_rendered_r_citations(text),
            *read_cff(text),
            *read_wiki_citations(text),
            *read_records(text),
            *read_bibitems(text),
            *read_biblatex_entries(text),
            *read_gbt(text),
        ):
            read_spans.append((formatted.start, formatted.end))
            family, title = nfkc(formatted.family), clean_title(formatted.title)
            if family and title and _family_word(family, field=True):
                yield Fact(formatted.start, formatted.end, "paper_title", family, title)
        formatted_spans = list(read_spans)
        # One statement per title position, and one per reference entry (a line).
        seen_titles: set[int] = set()
        seen_entries: set[int] = set()
        bibtex_titles: set[int] = set()
        listings = list(read_listings(text))
        # (the second line of an item wrapped over two is read with its first by the listing)
        wrapped_items = [(i.start, i.end) for i in listings if i.rejoined]

        def in_wrapped_item(position: int) -> bool:
            return any(low < position < high for low, high in wrapped_items)

        for entry, (start, end, title_at, surname, title) in self._candidates(text, bibtex_titles):
            title = clean_title(title)
            if title_at in seen_titles or entry in seen_entries:
                continue
            if in_wrapped_item(start):
                continue
            # a BibTeX title field is a title whatever its length or case ("Absence",
            # "β-Detected NMR …"): the format names the field
            explicit = title_at in bibtex_titles and any(ch.isalnum() for ch in title)
            if not (explicit or _looks_like_title(title)):
                continue
            if not surname or not _family_word(surname, field=explicit):
                continue
            if _PLACE_PHRASE.match(text, _names_start(text, start)):
                continue  # 'In Canada, "Show" is broadcast on …': a place, no author
            if entry is not None and not explicit and prose_before(text, _names_start(text, start)):
                continue  # '… and with the help of Ana Roe, "Title". NBC …': a narrative's
            if text[end - 1 : end] in _CLOSING_QUOTES and _BY_AFTER.match(text, end):
                continue  # '… by C.S. Lewis, "Title" by Ann Roe': the title is Roe's
            if _is_nickname(text, title_at):
                continue  # 'Jim "Break on Through" Morrison': a nickname, no title
            if _SPEECH_BEFORE.search(text, max(0, start - 40), title_at):
                continue  # 'Replied Jane, "O friend, …"': a line of dialogue
            if _quoted_speech(text, title_at, title):
                continue  # 'analyst for Acme Group. "The more …," he said.': a quote
            if _SPEAKER.match(text, start):
                continue  # 'FIRST PEASANT. "You may win."': a play's line
            if _is_attribution(text, start):
                continue  # a quotation's source under it: '…needs them not."\n  - Ana Roe, "T"'

            if _BINOMIAL.fullmatch(title):
                continue  # '"Treptichnus pedum" (Seilacher, 1955)': a species and its authority
            if any(low <= title_at < high for low, high in formatted_spans):
                continue
            seen_titles.add(title_at)
            if entry is not None:
                seen_entries.add(entry)
            read_spans.append((start, end))
            # (a BibTeX entry names its fields: its editor field is no mark on its authors)
            if title_at in bibtex_titles or not _EDITORS_ONLY.search(text, start, title_at):
                yield Fact(start, end, "paper_title", nfkc(surname), title)
        # Bibliography blocks in every other layout: entries read by the trained labeller,
        # where nothing above read the entry already.
        taken = sorted(seen_titles | seen_entries)
        # (and the references that program code holds in its string literals, each read as a
        # line of its own: "'source' => '1. Roe A, Moe B. Title. …',")
        literals = _literal_view(text)
        # (a literal's entry ends with its line: the blanked code after it is no part of it)
        in_literals = (
            [replace(f, end=_line_end(literals, f.title_start)) for f in read_references(literals)]
            if literals
            else []
        )
        for found in (*read_references(text), *in_literals):
            if any(found.start <= at < found.end for at in taken) or any(
                low < found.end and found.start < high for low, high in read_spans
            ):
                continue
            if in_wrapped_item(found.start):
                continue  # the second line of an item wrapped over two: the listing reads it
            if _two_listed_inside(listings, found):
                continue  # two papers on one line ("[Roe: **T**](…) and [Moe: **U**](…)")
            if _runs_into_listed_names(text, listings, found, clean_title(found.title)):
                continue  # the listing reads it: the labeller ran the title into the names
            if _names_read_as_title(listings, found, clean_title(found.title)):
                continue  # the listing reads it: the labeller took the names for the title
            title = clean_title(found.title)
            if _listed_with_earlier_names(text, listings, found, title):
                continue  # "Title — A. Roe — Venue, 2018" read as by "Venue": the listing reads it
            if (longer := _listed_whole(listings, found, title)) is not None:
                title = longer  # "**Title Ending in a Name.** *Ana Roe.*": the bold set it off
            if _is_nickname(text, found.title_start):
                continue
            if _SPEECH_BEFORE.search(text, max(0, found.start - 40), found.title_start):
                continue  # 'Replied Jane, "O friend, …"': a line of dialogue
            # a play's line ("DIANA. Has the mail gone?"), a signature's quip: undated
            undated = not _REFERENCE_NEAR.search(text, found.start, found.end)
            if _SPEAKER.match(text, found.start) or (undated and _spoken(title)):
                continue
            if _SAYING_ATTRIBUTED.search(text, found.title_start, found.end + 80):
                continue  # "'We closed the roads ….' (Ana Roe - 1919)": a signature's saying
            if _CUT_TITLE_END.search(title):
                continue  # "Oct 16, 2025 by", "… recommended all apps use it for benefits like"
            if _a_name(title) and _YEAR_IN_BRACKETS_AFTER.match(
                text, found.title_start + len(found.title)
            ):
                continue  # "Ken Vale (1948), Tom Moe (1950)": people listed with their years
            if (given := _GIVEN_NAME_END.search(title)) and given[1].lower() in (
                known_given_names()
            ):
                continue  # "Title, Ana" by Roe: the first author's given name cut into the title
            if _possessive_after_given_name(text, found, title):
                continue  # "Ana Roe's notes on …" read as by "Ana": a possessive, no author
            if _quoted_speech(text, found.title_start, title):
                continue  # "…, said Ann Roe of Acme Securities. "We have been …"": a quote
            if found.family[:1].islower() and not _opens_with_particles(found.family):
                continue  # 'He wrote, "The band …"' read as by "open": no family name
            if _long_speech(title):
                continue  # '**Ana Roe**, a developer: "I've had …, so a +1 from me"': a quote
            if places.is_country(found.family):
                continue  # "*Talk Title*, PyCon Germany, Karlsruhe, 2023": an event, no author
            if _PRICE_AT_LINE_END.search(text, found.start, found.end):
                continue  # 'R.E.M.  "Radio Song" + 3 live tracks   $10': a sale list's item
            if (
                title
                and (_looks_like_title(title) or _one_word_set_off(text, found, title))
                and _family_word(found.family)
            ):
                read_spans.append((found.start, found.end))
                if not _EDITORS_ONLY.search(text, found.start, found.title_start):
                    yield Fact(found.start, found.end, "paper_title", nfkc(found.family), title)
        # Lists of whole-line entries that neither the patterns nor the labeller read, then
        # programmes and reading lists (a title and its authors' names, no reference style).
        listed = ((i.start, i.end, i.title_start, i.family, i.title, i.set_off) for i in listings)
        # (a listing's form reads its item whole where the line-list reading cuts it otherwise:
        # "Title — A. Roe — Bird Study, 2020" is by Roe, not by "Study")
        lines = (
            (*entry, False)
            for entry in _line_list_entries(text)
            if not any(i.start <= entry[0] and entry[1] <= i.end for i in listings)
        )
        for start, end, title_at, family, title, set_off in (*lines, *listed):
            title = clean_title(title)
            if any(low < end and start < high for low, high in read_spans) or title_at in taken:
                continue
            if in_wrapped_item(start):
                continue
            # (a link sets a title of one word off, "[Algorithms](url) - Ana Roe (PDF)", and so
            # does a book's imprint after it, "Roe, Ana. Herons. Oslo: Delta, 2019.")
            if _looks_like_title(title) or (set_off and _ONE_WORD_TITLE.fullmatch(title)):
                read_spans.append((start, end))
                yield Fact(start, end, "paper_title", nfkc(family), title)

    @staticmethod
    def _candidates(text: str, bibtex_titles: set[int]):
        """(entry line start or None, candidate) for every reading of the text; the title
        offsets of BibTeX entries' title fields are added to ``bibtex_titles``."""
        # a line commented out with "%" (as biber and most .bib files treat it) may leave a
        # brace unbalanced ("%url = {https://…pdf\","): read the entries without such lines
        bib_view = (
            _BIB_COMMENT_LINE.sub(lambda c: " " * len(c.group()), text) if "%" in text else text
        )
        for m in _BIBTEX_ENTRY.finditer(bib_view):
            body, offset = m["body"], m.start("body")
            title, author = _BIB_TITLE.search(body), _BIB_AUTHOR.search(body)
            if title and author:
                surname = first_author_surname(author["braced"] or author["quoted"] or "")
                if surname:
                    value = title["braced"] if title["braced"] is not None else title["quoted"]
                    bibtex_titles.add(offset + title.start())
                    yield m.start(), (m.start(), m.end(), offset + title.start(), surname, value)
        # (a reference list run into one line, as a PDF's text gives it, is read an entry a
        # line: "… 2003. [3] P. Roe, E. Moe et al., "T," …" opens at its number, not at Moe)
        lined = break_run_together(text)
        # a syllabus's label before an entry ("Week 3: Ana Roe, "Title", …") is blanked, the
        # same length: the entry opens after it
        if _SESSION_LABEL_HINT.search(lined):
            lined = _SESSION_LABEL.sub(lambda m: " " * len(m.group()), lined)
        # one reading per title, the strictest pattern's, unless a later one reads the same
        # title from further back on its line: the earlier names are the first authors'
        # ("Karl W. Roe and Kara H. Moe, "T"": not the co-author's "H. Moe" the IEEE form sees)
        # (the others still follow it: where the extractor rejects the first, the next is read)
        readings: dict[int, list[tuple[int, tuple[int, int, int, str, str]]]] = {}
        # (a radio station's playlist times its songs like a programme its talks: "14:40
        # Song Title – Singer's Name")
        programme = () if _SONG_LISTING.search(lined) else _PROGRAMME
        for pattern, bare in (*_ENTRIES, *programme):
            one_line_slot = pattern in _ONE_LINE_SLOTS
            for m in pattern.finditer(lined):
                if one_line_slot and _HANGING_CONTINUATION.match(lined, m.end()):
                    continue  # the slot wraps onto an indented line: what it read is cut short
                if pattern is _TWO_LINE_SLOT_PATTERN and _ORGANISATION_WORD.search(m["first"]):
                    continue  # "10:20  Ana Roe: Title\n  Lund University": no speaker's name
                candidate = _read(lined, m, bare)
                names_at = _names_start(lined, m.start())
                if not lined[m.start() : names_at].strip() and _continues_names_above(
                    lined, names_at
                ):
                    continue  # "…, G. Irving,\n   M. Isard et al., "T"": not the first author

                found = readings.setdefault(candidate[2], [])
                best = found[0][0] if found else None
                if best is not None and names_at < best and "\n" not in lined[names_at:best]:
                    found.insert(0, (names_at, candidate))
                else:
                    found.append((names_at, candidate))
        for found in readings.values():
            for _, candidate in found:
                yield lined.rfind("\n", 0, candidate[2]) + 1, candidate
        # ... and read again without inline markup, where a link wraps the authors' names
        # ("* [Roe, A.](https://…) (2019). "Title". …"): same length, same positions
        if "](" in lined and (plain := layout.plain_view(lined)) is not None:
            for pattern, bare in _ENTRIES:
                for m in pattern.finditer(plain):
                    candidate = _read(plain, m, bare)
                    line_start = plain.rfind("\n", 0, candidate[2]) + 1
                    # (a quoted title, its quotes inside the link: '["Title"](url)'; a bare
                    # one only where a link opens in the authors' part: elsewhere the markup
                    # bounds the title, "(2023). **Title**, Venue, …", and the text is read)
                    if not bare or "[" in lined[line_start : candidate[2]]:
                        yield line_start, candidate
        for m in _title_first_entries(lined):
            candidate = _read(lined, m, bare=False)
            yield lined.rfind("\n", 0, candidate[2]) + 1, candidate
        lowered = text.lower()
        # prose in a program's comments reads without the comment marks ("#' Roe, Moe and
        # Poe\n#' (JASA, 2019) "T""), the same length
        prose = (
            _COMMENT_MARK.sub(lambda c: " " * len(c.group()), text)
            if ("#" in text or "//" in text)
            else text
        )
        for pattern, needs in zip(_PROSE, _PROSE_NEEDS, strict=True):
            if not any(word in lowered for word in needs):
                continue  # the pattern's own words are absent: a scan of every name saved
            for m in pattern.finditer(prose):
                # '"T," (Ankara, 1974)': a place of publication and its year, no author's name
                # (a name alone: "Lund et al." or "Lund & Berg" are authors); '"T" (Penguin,
                # 2000)', "*T* (Springer, 2004)": a book's publisher and its year
                if (pattern is _PROSE[6] or "emphasis" in pattern.groupindex) and (
                    (imprint := _IMPRINT_YEAR.sub("", prose[m.start("surname") : m.end()]))
                    in _PUBLISHERS
                    or places.region_name(imprint)  # "(Trinidad and Tobago, 2004)"
                    or (imprint == m["surname"] and places.is_known_city(imprint))
                ):
                    continue
                # a journal, a newspaper or a blog "published a paper": no author
                if m.groupdict().get("first") and _VENUE_WORDS.intersection(m["first"].split()):
                    continue
                # "Surname and Other, "T"" without a year, "et al." or a word of reading
                # names two people and a film or a show, not the authors of a paper
                if pattern is _PROSE[2] and not _PAPER_LINK.search(
                    prose, m.start(), m.start("title")
                ):
                    continue
                # among words of films, books and songs, only a work the match calls a paper
                # ('French songs like "La Zone" by Fréhel (1933), "…"')
                if _among_works_of_art(prose, m) and not _CALLED_PAPER.search(m.group()):
                    continue
                if _nationality_before_role(prose, m):
                    continue  # '…, British historian Ana Roe': an adjective, not her name
                if pattern is _UNQUOTED_LEAD and not _in_title_case(m["title"]):
                    continue  # "Yesterday I read that it was a paper by …": no title
                if _CO_AUTHOR_BEFORE.search(prose, max(0, m.start() - 40), m.start()):
                    continue  # "Roe, Ana, Ken Moe, Ann Poe et al. "T"": Poe is no first author
                if _continues_names_above(prose, m.start()):
                    continue  # the names wrapped from the line above: a co-author's
                candidate = _read(prose, m, bare=False)
                if family := _inverted_family_before(prose, m):
                    # "Roe, Ana (2009) "T"": the given name of an inverted name opening the
                    # line stood before the year; the family name is the author's
                    candidate = (*candidate[:3], family, candidate[4])
                yield None, candidate
        possessive = ("'s" in lowered or "’s" in lowered) and any(q in text for q in _QUOTES)
        for m in _POSSESSIVE_TITLE.finditer(text) if possessive else ():
            if len(m["title"].split()) < _POSSESSIVE_TITLE_WORDS:
                continue  # "Sperry's "Metal Mike"", "Reich's "Electric Counterpoint"": a work
            low, high = max(0, m.start() - _CITATION_REACH), m.end() + _CITATION_REACH
            # a year in parentheses right after a quoted title dates a film, book or song
            # ("Quill's "Winter Hours" (1976)"); it cites nothing
            if any(
                "," in c.group() or not _AFTER_QUOTE.search(text, max(0, c.start() - 3), c.start())
                for c in _CITATION_NEARBY.finditer(text, low, high)
            ) and not _WORK_OF_ART.search(text, max(0, m.start() - 120), m.end() + 120):
                yield None, _read(text, m, bare=False)


# An inverted name's family name and its comma opening the line, maybe after a list's mark
_INVERTED_FAMILY_BEFORE = re.compile(
    r"[^\S\n]*(?:[-*•]|\d{1,3}[.)]|\[\d{1,3}\])?[^\S\n]*"
    r"(?P<family>[A-ZÀ-Þ][\w'’-]+(?:[^\S\n]+[A-ZÀ-Þ][\w'’-]+)?),[^\S\n]+"
)


def _inverted_family_before(text: str, m: re.Match[str]) -> str | None:
    """The family name of the inverted name whose given name a prose match read as the
    author's surname ("Roe, Ana (2009) "T"" read "Ana"): the line opens on the family name and
    its comma right before, and the surname is a given name a list knows."""
    if "surname" not in m.re.groupindex or m["surname"] is None:
        return None
    if m["surname"].lower() not in known_given_names():
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = _INVERTED_FAMILY_BEFORE.fullmatch(text, line_start, m.start("surname"))
    return before["family"] if before else None


# Names marked as editors before the title ("Roe, A. (Ed.). (2019). Title.", "Ana Roe, ed.,
# Title"): an edited volume, whose editors are no authors (guidelines), so no fact; the entry is
# still taken, so that no other reading gives it.
_EDITORS_ONLY = re.compile(
    r"\((?:[Ee]ds?|[Ee]ditors?|[Hh]rsg)\.?\)|[\s,](?:[Ee]ds?\.|[Ee]ditors?|[Ee]dited\s+by)(?=[\s,)])"
)


# A name and a comma right before a prose match's names (maybe with the given names before its
# family name): they close an author list whose first author stands further back.
# (a name of two words before the comma, or a given name after it: "Thus, Roe et al." is prose)
_CO_AUTHOR_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:In|On|At|By|For|From|With|Thus|However|Then|And|But|As|After|Before|"
    r"During|Since|Here|There|Also)\b)[A-Z][a-z'’-]+"
    r"(?:[^\S\n]+[A-Z][a-z'’-]+,|,(?:[^\S\n]+[A-Z][\w'’-]*\.?){1,2})[^\S\n]*$"
)


# Words that make a possessive's quoted title a book, a film, a song, a story, an opera or a
# show, not a paper
# ("Franklin's "Observations …"", "Jules Dassin's "Topkapi"", "Lafferty's "Eurema's Dam" … Best
# Short Story")
_WORK_OF_ART = re.compile(
    # (whole words: "closed-book question answering" is no book)
    r"(?<![\w-])(?:novels?|books?|films?|movies?|songs?|albums?|stories|story|poems?|plays?|"
    r"essays?|memoirs?|translations?|paintings?|novella|short\s+story|heist|directed|starring"
    r"|sings?|operas?|operettas?|symphony|symphonies|concertos?|ballets?|musicals?|repertoire"
    r"|episodes?|sitcom|cartoons?|video\s+games?)(?![\w-])",
    re.IGNORECASE,
)


_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+[a-z]")


def _nationality_before_role(text: str, m: re.Match[str]) -> bool:
    """Whether the person a prose pattern read is one adjective of nationality before a
    lower-case word: "British historian …", "French poet …"."""
    first = m.groupdict().get("first")
    return bool(
        first
        and " " not in first.strip()
        and places.country_of_adjective(first.strip())
        and _LOWER_WORD_AFTER.match(text, m.end("first"))
    )


def _among_works_of_art(text: str, m: re.Match[str]) -> bool:
    """Whether the line of ``m`` speaks of films, books or songs around it (not in the title:
    "BART: … Translation, and Comprehension" is a paper)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    # (after the match, only to its sentence's end: "…, is a good start. Book tickets early")
    stop = _SENTENCE_END_AFTER.search(text, m.end(), min(line_end, m.end() + 120))
    after_end = stop.start() if stop else min(line_end, m.end() + 120)
    return bool(
        _WORK_OF_ART.search(text, max(line_start, m.start() - 120), m.start())
        or _WORK_OF_ART.search(text, m.end(), after_end)
    )


_SENTENCE_END_AFTER = re.compile(r"[.!?][\"”’)]*[^\S\n]+(?=[A-Z])")


_CALLED_PAPER = re.compile(r"\b(?:paper|article|preprint|study|letter|report)\b", re.IGNORECASE)
# A family name and a generational suffix ("Ostrander, Jr."): the rest of a name, not a title.
_NAME_SUFFIX = re.compile(r"[A-Z][\w'’-]{0,40},?[ \t]{1,3}(?:Jr|Sr|II|III|IV)\.?")


# A title may open with a program's name written in lower case: a name before a colon
# ("fastp: an ultra-fast preprocessor") or one with a capital or digit inside ("featureCounts",
# "ggplot2"), not a lower-case word of prose ("the consensus").
_TOOL_NAME = re.compile(r"[a-z][\w.+-]{0,30}:\s|[a-z]{1,20}[A-Z0-9][\w.+-]{0,30}\b")


_CJK_RUN = re.compile(r"[\u3400-\u9fff]{4}")
# A title may open with a number or a number's compound ("3D scene analysis", "5G networks in
# rural towns", "10 years of river mapping", "3-T imaging of …"): a word of letters follows.
_NUMBER_OPENING = re.compile(r"\d{1,4}(?:-?[A-Za-z]{1,3})?[ \t]+[A-Za-z]")


# The marks that open a program's comment lines: R's roxygen "#'", "#", "//", "///".
_COMMENT_MARK = re.compile(r"(?m)^[ \t]*(?:#+'?|/{2,3})(?=[ \t]|$)")
# A sentence that attributes the quote after it to a speaker: newswire's "…, said Ann Roe of Acme
# Group. "We …"", "… according to Ken Moe, analyst for Acme Research Group. "The …""
_ATTRIBUTION_BEFORE = re.compile(
    r"\b(?:said|says|told|[Aa]ccording\s+to|added|explained|commented)\b[^\"“”]{0,100}?"
    r"[.,:][^\S\n]*\n?[^\S\n]*[\"“]\S?$"
)
_ATTRIBUTION_REACH = 160
# ... or after it: '"The more …," he said.'
_SAID_AFTER = re.compile(
    r"[^\S\n]*[,.!?]?[\"”][^\S\n]*\n?[^\S\n]*(?:(?:he|she|they|[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)"
    r"[^\S\n]+(?:said|says|added|told|explained|commented)\b|(?:said|says)[^\S\n]+(?:he|she)\b)"
)


def _quoted_speech(text: str, title_at: int, title: str) -> bool:
    """Whether the quoted "title" at ``title_at`` is someone's words: a sentence before it
    attributes it ("according to Ann Roe of Acme Group.") or a speech verb follows it."""
    if _ATTRIBUTION_BEFORE.search(text, max(0, title_at - _ATTRIBUTION_REACH), title_at + 1):
        return True
    # (the closing quote within the title's length and a little more: the title read may be
    # shorter than its text, its wrapped lines joined)
    return _SAID_AFTER.search(text, title_at, title_at + len(title) + 40) is not None


# A species' Latin name, which a taxonomic authority follows like a citation
_BINOMIAL = re.compile(r"[A-Z][a-z]+ [a-z]+(?:us|um|a|is|ae|i|es|ens|ensis|oides|ata|atus|ii)")
# particles that open a family name in lower case ("van der Berg", "de la Cruz")
_LOWER_PARTICLES = re.compile(r"(?:[a-z]{1,4}\s){1,3}\S")


def _opens_with_particles(family: str) -> bool:
    """Whether a family name in lower case opens with a family name's particles ("van der
    Linden", "de la Cruz"), not with other short words ("a core Python")."""
    if not _LOWER_PARTICLES.match(family):
        return False
    words = family.split()
    lower = list(itertools.takewhile(lambda w: w[:1].islower(), words))
    return bool(lower) and all(w in FAMILY_PARTICLES for w in lower)


_LONG_SPEECH_WORDS = 15  # a title this long that speaks in the first person is a quotation


def _long_speech(title: str) -> bool:
    """Whether ``title`` reads as a long quotation: many words, two of them a speaker's."""
    return len(title.split()) >= _LONG_SPEECH_WORDS and _spoken(title)


# A title the labeller cut from prose or a byline ends on a word that needs what follows it.
_CUT_TITLE_END = re.compile(
    r"\b(?:by|and|or|of|the|a|an|for|with|like|than|whose|which|is|are|was|were)$"
)


_GIVEN_NAME_END = re.compile(r",\s+([A-Z][a-z]+)$")


_RULE_LINE = re.compile(r"-{4,}|={4,}|_{4,}")


# A price closing an entry's line: a sale list's item, no reference ("… live tracks  $10").
_PRICE_AT_LINE_END = re.compile(r"[$£€][^\S\n]?\d{1,5}(?:[.,]\d\d)?[^\S\n]*(?:\n|$)")
# A journal's name and its volume where a title should be: "… Autonomous Systems 30",
# "Physical Review 47"
_JOURNAL_VOLUME = re.compile(
    r"\b(?:Journal|Review|Letters|Transactions|Proceedings|Systems|Annals|Bulletin|Magazine"
    r"|Quarterly|Reports|Research)[^\S\n]+\d{1,4}$"
)
_ONE_WORD_TITLE = re.compile(r"[A-Z][\w'’+#.-]{2,40}")
# A title of one word that an entry sets off in quotes and closes with a stop or a comma
# ('Roe, Ana. 2011. "Preface." Journal …'; the reading's title may open on its quote or after
# it); not a quoted word that opens a longer title ('"Pro-choice": partner preference …').
_TITLE_OPENING_MARKS = frozenset("\"“‘'«„")
_ONE_WORD_CLOSED = re.compile(r"[.,]?[\"”’'»]{1,2}[.,]?(?:\s|$)")


def _one_word_set_off(text: str, found: Found, title: str) -> bool:
    if not _ONE_WORD_TITLE.fullmatch(title):
        return False
    if not _TITLE_OPENING_MARKS.intersection(
        text[max(0, found.title_start - 1) : found.title_start + 1]
    ):
        return False
    end = text.find(title, found.title_start, found.end)
    return end >= 0 and _ONE_WORD_CLOSED.match(text, end + len(title)) is not None


# a family name's possessive opening a "title": "Roe's notes on floating point"
_POSSESSIVE_OPENING = re.compile(r"[A-ZÀ-Þ][\w-]*['’]s\s")


def _possessive_after_given_name(text: str, found: Found, title: str) -> bool:
    """Whether the labeller read a person named in the possessive as an entry: its "author" a
    given name a list knows, right before (no stop between) a "title" that opens on the
    family name's possessive ("Ana Roe's discussion of floating point")."""
    return (
        _POSSESSIVE_OPENING.match(title) is not None
        and found.family.lower() in known_given_names()
        and text[found.start : found.title_start].rstrip().endswith(found.family)
    )


def _looks_like_title(title: str) -> bool:
    # Two words at least and a capital first letter (or a program's name): scare quotes ("the
    # consensus") and single quoted words are not titles.
    if _NAME_SUFFIX.fullmatch(title):
        return False
    if _RULE_LINE.search(title):
        return False  # a table's header and its rule read on into the "title": "Names  -----"
    if _JOURNAL_VOLUME.search(title):
        return False  # "Robotics and Autonomous Systems 30": a journal and its volume
    if _CJK_RUN.search(title):
        return True  # a title in a script without case or spaces ("物理学论")
    return len(title.split()) >= 2 and (
        title[:1].isupper() or bool(_TOOL_NAME.match(title) or _NUMBER_OPENING.match(title))
    )


_WORDS_ONLY = re.compile(r"[^\S\n]+[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){0,3}")
_SUBTITLE = re.compile(r":[^\S\n]+[^\W\d_][\w'’-]*(?:,?[^\S\n]+[\w'’-]+){0,15}")


def _listed_whole(listings: list[Listed], found: Found, title: str) -> str | None:
    """The title a listing read in the same entry, where the labeller's is its head cut a few
    words short (a title's last word taken for a name: "… on Large Marshes" by Roe, Marsh), or
    is a co-author's name that the listing read among the names ("Ana Roe, Inés Vidal.
    [Title](url)" read as titled "Inés Vidal")."""
    for item in listings:
        if item.start < found.end and found.start < item.end and item.family == found.family:
            whole = clean_title(item.title)
            if whole.startswith(title) and _WORDS_ONLY.fullmatch(whole[len(title) :]):
                return whole
            # (or its subtitle, after a colon the labeller stopped at, where the listing's form
            # sets the title off: "Roe, Ana. Title: Subtitle. Oslo: Delta, 2019.")
            if (
                item.set_off
                and whole.startswith(title)
                and _SUBTITLE.fullmatch(whole[len(title) :])
            ):
                return whole
            # (or holds co-authors' names before the item's title: "Ken Moe and Ana Poe,
            # Title", from "Ana Roe, Ken Moe and Ana Poe, Title, CVPR, 2019")
            if found.title_start < item.title_start and (_a_name(title) or title.endswith(whole)):
                return whole
    return None


def _listed_with_earlier_names(text: str, listings: list[Listed], found: Found, title: str) -> bool:
    """Whether a listing item in the same entry reads the same title with another first author,
    named before the labeller's (who is then a word after the names, a venue's: "Title — A.
    Roe — Wetlands, 2018" read by the labeller as by "Wetlands")."""
    for item in listings:
        if not (item.start < found.end and found.start < item.end):
            continue
        if item.family == found.family or clean_title(item.title) != title:
            continue
        names_at = item.title_start + len(item.title)
        listed_at = text.find(item.family, names_at, item.end)
        labelled_at = text.find(found.family, names_at, item.end)
        if 0 <= listed_at < labelled_at:
            return True
    return False


def _runs_into_listed_names(text: str, listings: list[Listed], found: Found, title: str) -> bool:
    """Whether a listing item in the same entry reads a title that the labeller's runs past
    into the item's names (a title line over its authors' line: "Title\nAna Roe*, Ken Moe"
    read as "Title Ana Roe" by Moe): the labeller's first author is one of the item's names
    too."""
    for item in listings:
        if item.start < found.end and found.start < item.end:
            whole = clean_title(item.title)
            names = text[item.title_start + len(item.title) : item.end]
            if (
                title.startswith(whole)
                and item.family in title[len(whole) :]
                and found.family in names
            ):
                return True
    return False


def _names_read_as_title(listings: list[Listed], found: Found, title: str) -> bool:
    """Whether a listing item in the same entry reads the labeller's title as its authors'
    names, its own title after them ("Roe and Moe. [Title](…). ICLR, 2017." read by the
    labeller as titled "Roe and Moe" by "ICLR")."""
    for item in listings:
        if (
            item.start < found.end
            and found.start < item.end
            # (the labeller's title wholly before the item's: the names before it)
            and found.title_start + len(found.title) <= item.title_start
            and re.search(rf"\b{re.escape(item.family)}\b", title)
            and clean_title(item.title) != title
        ):
            return True
    return False


# a year in brackets right after a "title" ("Tom Moe (1950)"): how a list of people dates them
_YEAR_IN_BRACKETS_AFTER = re.compile(r"[^\S\n]*\((?:1[5-9]|20)\d\d\)")


def _a_name(title: str) -> bool:
    """Whether a "title" is a person's name: two to four words, a known given name first."""
    return (
        2 <= len(title.split()) <= 4 and opens_with_given_name(title) and bool(person_name(title))
    )


def _two_listed_inside(listings: list[Listed], found: Found) -> bool:
    """Whether two listing items side by side (neither overlapping the other) lie inside one
    entry the labeller read: the line holds two papers."""
    inside = sorted(
        (i.start, i.end) for i in listings if found.start <= i.start and i.end <= found.end
    )
    return any(a[1] <= b[0] for a, b in zip(inside, inside[1:], strict=False))


_UNQUOTED_LEAD = next(p for p in _PROSE if p.pattern.startswith("(?m:^)[ \\t]*(?P<title>"))


def _in_title_case(title: str) -> bool:
    """Whether every word of a title but the minor ones opens with a capital (an unquoted title
    is told from a sentence's opening by its case alone)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    major = [w for w in words[1:] if w.lower() not in _MINOR_WORDS]
    return len(words) >= 3 and bool(major) and all(w[0].isupper() for w in major)
