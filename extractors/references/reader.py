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
from functools import lru_cache
from importlib.resources import files

from extractors.api import load_lines
from extractors.grammar import FAMILY_PARTICLES
from extractors.normalize import APA_DESCRIPTION
from extractors.references.labeller import (
    READING_PART_WORDS,
    FieldLabeller,
    Reading,
    journal_words,
    read_entry,
    shipped_labeller,
)
from extractors.references.listings import PERFORMED_WORKS, blank_presentation_notes
from extractors.references.names import first_author_family
from extractors.references.segment import BIBLIOGRAPHY_HEADING, segment
from extractors.references.tokens import is_abbreviated_venue, venue_words

MIN_CONFIDENCE = 0.75
# In a list of several entries that all read as references, each is trusted more.
LIST_MIN_CONFIDENCE = 0.5
LIST_MIN_ENTRIES = 3
# Under a heading that names a bibliography, a list's entries are references by its word.
HEADED_MIN_CONFIDENCE = 0.5
LONE_MIN_CONFIDENCE = 0.85
# An entry read a second time without its list's number (where the first reading found
# nothing) is a second guess: a little surer than a list's least.
SECOND_READING_MIN_CONFIDENCE = 0.55
STRONG_LONE_MIN_CONFIDENCE = 0.75
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
    r"|\((?i:forthcoming|in\s+press|to\s+appear)\)"
    # a volume and its pages, where a list gives no year ("Neuron 40: 100-120", "12(3):1-10")
    r"|(?<![\d:])\d{1,4}(?:\s?\(\d{1,4}\))?\s?:\s?\d{1,6}\s?[-–]\s?\d{1,6}(?![\d:])|\bpp\.\s?\d"
)

# Constructions of prose that the labeller can force into author and title fields.
# Dialogue: a quotation closed by a comma, "?" or "!" and followed by a speech verb, or a
# speech verb and a name right after a closing quote ("“…,” thought Marek.", "…," Ilse said).
_SPEECH_VERB = (
    r"(?:said|says|thought|asked|replied|muttered|cried|answered|exclaimed|whispered|shouted"
    r"|added|continued|observed|remarked|repeated|murmured|called|began|went\s+on|returned"
    r"|rejoined|retorted|declared|told|explained|demanded|inquired|enquired|protested|insisted"
    r"|suggested|admitted|snapped|sighed|laughed|pleaded|urged|warned|agreed|responded"
    r"|interrupted|stammered|growled|wondered|ventured|screamed|yelled|groaned|sobbed|gasped)"
)
_DIALOGUE = re.compile(
    rf"[,!?…—-][ \t]{{0,3}}[”\"’'][ \t]{{0,3}}\n?[ \t]{{0,40}}"
    rf"(?:(?:the|he|she|they|I|we|[A-Z][\w’'-]{{0,30}})[ \t]{{1,3}}){{0,3}}{_SPEECH_VERB}\b"
)
# Words of running prose: pronouns, finite forms of "be" and "have", reporting verbs. A
# reference's authors and venue hold almost none of them.
_PROSE_WORD = re.compile(
    r"\b(?:he|she|they|we|it|his|him|hers|its|them|their|was|were|had|has|have|is|are|would"
    r"|could|said|says|which|who|whom|when|although|however|also|this|that)\b",
    re.IGNORECASE,
)
# Pronouns and verbs of narrative, rare in titles.
_NARRATIVE_WORD = re.compile(
    r"\b(?:he|she|his|him|her|they|them|was|were|had|said)\b", re.IGNORECASE
)
# Lower-case words that references write around their titles.
_ENTRY_WORDS = frozenset(
    "in and of the et al pp p vol no nr ed eds editor editors by for on at from to a an pages"
    " doi retrieved available accessed online press university journal proceedings edition"
    " trans translated tech rep report thesis phd dissertation http https www url isbn issn"
    " arxiv preprint vs und de la le des du di del van von der den y e le les".split()
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_NOT_WORDS = re.compile(r"\S{0,200}(?:://|www\.)\S{0,500}|\\[A-Za-z]{1,30}|\{[\w:.-]{0,60}\}")
# A news dateline: a place in capitals, maybe a country, a date and a dash
# ("TALLINN, Estonia, March 3 - ...").
_DATELINE = re.compile(
    r"^\W{0,5}[A-Z]{2,}(?:[ \t][A-Z]{2,}){0,3},?(?:[ \t]{1,3}[A-Z][\w.]{0,20}){0,3},?[ \t]{1,3}"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]{1,3}\d{1,2}"
    r"[ \t]{1,3}[-–—][ \t]"
)


# A request to cite before the entry on its line ("If you use this code, please cite the
# following paper: Roe, A. (2019). Title. …"): blanked, the same length, so that the labeller
# reads the entry from its first author
_CITE_LEAD_IN = re.compile(
    r"^[^\S\n]*[^\n:]{0,160}?\b(?i:cite|citing)\b[^\n:]{0,80}:[^\S\n]+(?=[^\W\d_])"
)
# lower-case words of a sentence before the first author's name on its line
_LEAD_PROSE_WORDS = 6


# a journal's abbreviated word in lower case ("Stett. ent. Zeit.", "Trans. ent. Soc."), which no
# person's name holds (its particles aside: "v.", "d.", "van", "de")
_ABBREVIATED_LOWER_WORD = re.compile(r"(?<![\w.])[a-z]{3,6}\.(?=\s)")


def _venue_read_as_authors(reading: Reading, entry: str) -> bool:
    """Whether the names the labeller read after a title-first entry's title are its journal's
    abbreviation: '"Die Arten der …" Stett. ent. Zeit. 1862.' read as by "Zeit"."""
    # the names' run after the title, up to the year or the volume after it
    start = max(reading.author_start, reading.title_end)
    digit = _DIGIT.search(entry, start, start + 60)
    end = digit.start() if digit else min(len(entry), start + 60)
    if reading.family not in entry[start:end]:
        return False  # the names stand before the title: an entry of the usual order
    return any(
        m.group()[:-1] not in FAMILY_PARTICLES
        for m in _ABBREVIATED_LOWER_WORD.finditer(entry, start, end)
    )


_DIGIT = re.compile(r"\d")


_CLOSING_QUOTE = re.compile(r"[\"”’']")


def _names_inside_quoted_title(reading: Reading, entry: str) -> bool:
    """Whether the names the labeller read open a quoted title whose quote closes after the
    title it read: '14."World Alive, A Personal Story" by Ana Roe' read as by "Alive"."""
    if reading.author_start >= reading.title_start:
        return False
    names = entry[reading.author_start : reading.title_start]
    # (a quote opened in the names and not closed there: typographic, or straight ones odd)
    opened = names.count("“") > names.count("”") or names.count('"') % 2 == 1
    if not opened:
        return False
    return _CLOSING_QUOTE.search(entry, reading.title_start, reading.title_end + 3) is not None


# A list item that opens on its quoted title, then "by" and the author's name (maybe over the
# line's end): '5. "The Rising Tide" by Ana Roe,\n   Fjord Press, Bergen, 1944'
_QUOTED_BY = re.compile(
    r"[^\S\n]*(?:\d{1,3}[.)]|[-*•])?[^\S\n]*[\"“](?P<title>[^\"“”\n]{3,250})[\"”],?\s+by\s+"
    # (the name ends on a word, not an initial: "by Robert A. Roe from the …")
    # (particles before the family name, apart or joined: "van der Berg", "vanWormer")
    r"(?P<names>(?:(?:Sir|Dr|Prof|Professor)\.?\s+)?(?:[A-Z][\w.'’-]*[^\S\n]+){0,4}"
    r"(?:(?:van|von|der|den|de|da|di|du|la|le|ter|ten)[^\S\n]+){0,2}"
    r"(?:van|von|de|da|di|du|la|le|mc|mac)?[A-Z][a-z][\w'’-]*)"
    r"(?=[^\S\n]*(?:[,.;(]|$|\n)|[^\S\n]+[a-z])"
)


def _quoted_title_by(entry: str) -> Reading | None:
    """The reading of an item in the form '"Title" by Name, …', or None."""
    m = _QUOTED_BY.match(entry)
    family = first_author_family(m["names"]) if m else None
    if m is None or not family:
        return None
    title = m["title"].strip().rstrip(",.")
    return Reading(
        family, title, m.start("title"), m.start("title") + len(title), m.start("names"), 0.9
    )


def prose_before(text: str, names_at: int) -> bool:
    """Whether a sentence runs on its line up to an entry's names at ``names_at``: six lower-case
    words or more that are no entry's own (not a lead-in ending on its colon, "please cite the
    following paper:")."""
    lead = text[text.rfind("\n", 0, names_at) + 1 : names_at]
    lead = _NOT_WORDS.sub(" ", lead)
    if lead.rstrip().endswith(":"):
        return False
    words = [w for w in _WORD.findall(lead) if w[:1].islower() and w.lower() not in _ENTRY_WORDS]
    return len(words) >= _LEAD_PROSE_WORDS


def _reads_as_prose(reading: Reading, entry: str, marked: bool) -> bool:
    """Whether an entry is a piece of narrative, news or encyclopaedic prose: dialogue, a
    dateline, or sentences (pronouns, finite verbs, runs of lower-case words) where a
    reference holds its authors and venue, or inside a long title."""
    if _DIALOGUE.search(entry) or _DATELINE.match(entry):
        return True
    start, end = reading.title_start, reading.title_end
    # a sentence running on the author's line up to the name: '… He also illustrated "Daphnis
    # and Chloe" by Longus (1937) and "T" by …' (not a lead-in that ends on its colon, "please
    # cite the following paper:", which _CITE_LEAD_IN blanks for the labeller)
    if prose_before(entry, min(reading.author_start, start)):
        return True
    # the entry from its first author on, without its title, links and LaTeX commands (a
    # lead-in such as "please cite the following paper:" is no part of the entry)
    head = entry[min(reading.author_start, start) : start]
    words = _WORD.findall(_NOT_WORDS.sub(" ", head + " " + entry[end:]))
    prose = sum(1 for w in words if _PROSE_WORD.fullmatch(w))
    if prose >= 2 and prose * 16 >= len(words):
        return True
    # a paragraph without a list marker whose words around the "title" run in lower case
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in _ENTRY_WORDS)
    if not marked and lower >= 4 and lower * 5 >= len(words) * 2:
        return True
    title_words = _WORD.findall(entry[start:end])
    narrative = sum(1 for w in title_words if _NARRATIVE_WORD.fullmatch(w))
    title_prose = sum(1 for w in title_words if _PROSE_WORD.fullmatch(w))
    if narrative >= 2 and len(title_words) >= 12:
        return True
    return title_prose >= 3 and title_prose * 5 >= len(title_words)


# Where a labelled title runs on into its venue: ", in Proceedings …", ", Special issue …", an
# opening parenthesis never closed ("… Counting Herons (Pond"), or after the title's last stop
# a few capitalised or abbreviated words and nothing else ("… low orbit. Wetl Res Lett",
# "… well mixed? J. Pond Sci").
# ", in" opens a container where a venue's word or a long run of capitalised words follows
# ("…, in Proceedings of …", "…, in Wetland Studies and Applied Bird Counting Methods"), not a
# title's own phrase ("Counting in the Wild, in Theory and Practice").
_CONTAINER_CUT = re.compile(
    r",\s+(?:[Ii]n:?\s+(?=(?:Proc|Advances|Conference|Workshop|Symposium|Journal|Handbook|"
    r"Lecture|Annual|International|IEEE|ACM|\d)|(?:[A-Z][\w-]*\s+(?:(?:and|of|on|for|&)\s+)?){4})"
    r"|[Ss]pecial\s+[Ii]ssue\b)"
)
_VENUE_TAIL = re.compile(
    r"(?:(?<=[.?!])|(?<=[.?!][\"”’']))\s+[A-Z][\w&-]{0,14}\.?\\?"
    r"(?:\s+(?:[A-Z][\w&-]{0,14}\.?\\?|of|and|&|the|\d{1,4}))*\s*$"
)


# an abbreviated journal after a comma where the title ends, its volume after it in the entry:
# "Almost-equidistant sets, Graphs Comb" + ". 36, No. 3"
_ABBREVIATED_JOURNAL_END = re.compile(
    r",\s+(?:[A-Z][A-Za-z&-]{0,14}\.?\s+){0,3}[A-Z][A-Za-z&-]{0,14}\.?$"
)
# (from the title's last character: the stop of the journal's last word in the title, maybe
# more of the journal's words, then the volume: ". 36", ". Res. 36")
_VOLUME_AFTER = re.compile(r"[^\s.]?\.(?:\s+[A-Z][A-Za-z&-]{0,14}\.?){0,3}\s*\d")


def cut_abbreviated_journal(title: str, after: str) -> str:
    """``title`` without an abbreviated journal's name after its last comma, where the entry's
    text ``after`` the title (from its last character) goes on to the volume."""
    if _VOLUME_AFTER.match(after) and (journal := _ABBREVIATED_JOURNAL_END.search(title)):
        return title[: journal.start()]
    return title


_YEAR_NEXT = re.compile(r"[^\s.?!]?[.?!]?\s*(?:1[5-9]|20)\d\d\b")


def cut_unstopped_journal(title: str, after: str) -> str:
    """``title`` without a journal's abbreviated name that closes it, where no stop parts the
    two and the year follows (Vancouver entries typed without the stop: "Title in RNA-seq
    PLoS Comput Biol. 2020;16:…"); ``after`` is the entry's text from the title's last
    character. Two words of journals' names at least, after a word that is none."""
    if not _YEAR_NEXT.match(after):
        return title
    words = title.split()
    known = journal_words()
    run = 0
    while run < min(5, len(words) - 1) and words[-1 - run].strip(".,").lower() in known:
        run += 1
    if run < 2:
        return title
    return " ".join(words[:-run])


# a journal's name and its volume after a title's last commas, as Harvard's styles part every
# field by a comma ("Title, Computer Networks, 8, pp. 101–109"): the labeller may run the
# title on over them; the name's words capitalised (or its small words), the volume a number
# ... and the pages after it where no "pp." stopped the title ("Title, Computer Networks, 8,
# 101–109", "Title, Computer Networks 8: 101–109"); without the comma before the volume, only
# with a page range after it ("Title, Apollo 11" is a title)
_VENUE_NAME = r"[A-Z][\w&'’.-]*(?:[^\S\n]+(?:[A-Z][\w&'’.-]*|of|and|in|on|for|the|&)){0,7}"
_VOLUME = r"\d{1,4}(?:[^\S\n]?\(\d{1,4}\))?"
_PAGE_RANGE = r"[^\S\n]*(?:pp?\.[^\S\n]*)?[A-Za-z]?\d{1,6}[–-][A-Za-z]?\d{1,6}"
_VENUE_VOLUME_TAIL = re.compile(
    rf",[^\S\n]+{_VENUE_NAME}"
    rf"(?:,[^\S\n]+{_VOLUME}(?:[,:]{_PAGE_RANGE})?|[^\S\n]+{_VOLUME}[,:]{_PAGE_RANGE})\.?$"
)


def cut_venue_and_volume(title: str) -> str:
    """``title`` without a journal's name and volume it runs on into (``_VENUE_VOLUME_TAIL``),
    where three words of title at least stay."""
    tail = _VENUE_VOLUME_TAIL.search(title)
    if tail and len(title[: tail.start()].split()) >= 3:
        return title[: tail.start()]
    return title


def cut_container(title: str) -> str:
    """``title`` without the container it runs on into: ", in: Proceedings of …", ", Special
    issue …" (``_CONTAINER_CUT``)."""
    if cut := _CONTAINER_CUT.search(title):
        return title[: cut.start()]
    return title


# a place of publication the labeller ran into the title's end, its publisher maybe after a
# colon: "Title, Berlin", "Title, München: Beck" (German and older humanities entries, where
# the place closes the entry)
_PLACE_TAIL = re.compile(
    r",[^\S\n]+(?P<place>[A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+)?)(?::[^\S\n]+[^,.:;]{1,60})?$"
)
# the entry's end after a title's last character: nothing but a stop, maybe a year
_ENTRY_ENDS = re.compile(
    r".[^\S\n]*(?:[.,][^\S\n]*(?:\(?(?:1[5-9]|20)\d\d[a-z]?\)?\.?)?)?\s*$", re.S
)


# a reading list's note on what to read after the title's last comma: "Title, chapter 4",
# "Title, chs. 2-3", "Title, pp. 10–45", "Title, sections 1 and 2"
# (or "pp" alone, where the title was cut at its stop: "Title, pp")
_READING_PART_TAIL = re.compile(
    rf",[^\S\n]+(?:(?i:{READING_PART_WORDS})[^\S\n]+[\dIVXivx]"
    r"[\dIVXivx\s,–-]*(?:and[^\S\n]+[\dIVXivx]+)?|pp)[.,;]?[^\S\n]*$"
)


# a journal's full name run into the title after a comma, its volume after it: "Title,
# Journal of the Polynesian Society, 73, pp" (a comma-separated entry with no stop after the
# title)
_FULL_JOURNAL_TAIL = re.compile(
    r",[^\S\n]+(?:The[^\S\n]+)?(?:Journal|Annals|Bulletin|Proceedings|Transactions|Review"
    r"|Quarterly|Archives)[^\S\n]+(?:of|on|for|in)[^\S\n][^,\n]{1,80},[^\S\n]*"
    r"(?:[Vv]ol\.?[^\S\n]*)?\d{1,4}(?:[^,\n]{0,30})?(?:,[^\S\n]*pp?)?[.,]?[^\S\n]*$"
)


# the edition after a comma, a field of its own that a comma-separated entry runs into the
# title: "Title, revised edition", "Title, 2nd ed", "Titre, 2e édition", "Titel, 3. Auflage"
_EDITION_TAIL = re.compile(
    r"(?i),[^\S\n]+(?:(?:revised|new|expanded|enlarged|updated|second|third|fourth|fifth"
    r"|\d{1,2}(?:st|nd|rd|th|e|ème|\.)?)[^\S\n]+)+(?:edition|ed|édition|éd|auflage|edizione"
    r"|edición)\.?[^\S\n]*$"
)
_CLOSING_MARKS = frozenset("])*_\"”’'»")


def cut_edition(title: str, closing: str) -> str:
    """``title`` without the edition a comma-separated entry ran into it ("Title, revised
    edition" -> "Title"); ``closing`` is the character after the title in the text: an edition
    inside a link's or emphasis's text is the title as the list writes it ("[Effective Rust, 2nd
    Edition](url)")."""
    edition = _EDITION_TAIL.search(title)
    if edition is None or closing in _CLOSING_MARKS or len(title[: edition.start()].split()) < 2:
        return title
    return title[: edition.start()]


def cut_reading_part(title: str) -> str:
    """``title`` without a reading list's note of the part to read after its last comma
    ("Graph kernels, chapter 4" -> "Graph kernels"), or a journal's full name and volume after
    a comma ("Title, Journal of Reeds, 73, pp" -> "Title")."""
    for tail in (_READING_PART_TAIL, _FULL_JOURNAL_TAIL):
        if (part := tail.search(title)) and len(title[: part.start()].split()) >= 2:
            title = title[: part.start()]
    return title


def cut_place_of_publication(title: str, after: str) -> str:
    """``title`` without the place of publication (and its publisher) that closes the entry
    after its last comma, where the gazetteer knows the place as a city ("Schnelle Nachbarn,
    Berlin." -> "Schnelle Nachbarn"); ``after`` is the entry's text from the title's last
    character."""
    tail = _PLACE_TAIL.search(title)
    if (
        tail
        and _ENTRY_ENDS.match(after)
        and len(title[: tail.start()].split()) >= 2
        and _a_place_of_publication(tail["place"]) == "city"
    ):
        return title[: tail.start()]
    return title


# words of a publisher's or an issuing body's name: "Oxford University Press", "Institute of
# Pacific Studies", "John Murray Publishers"
_PUBLISHER_WORDS = re.compile(
    r"\b(?:Press|University|Universit[éäy]|Institute|Publishers?|Publishing|Publications|Books"
    r"|Verlag|Editions?|Éditions|Ltd|Inc|Sons|Society|Museum|Library|Centre|Center|Council"
    r"|Office|Department|Ministry|Foundation)\b"
)
# (a publisher alone closing the title only with a word no title ends on, or opening on the
# word that French, Italian and Spanish publishers' names open on: "Editions Karthala")
_PUBLISHER_ALONE_WORDS = re.compile(
    r"\b(?:Press|Publishers|Publishing|Verlag)\.?$"
    r"|^\s*(?:Editions|Éditions|Edizioni|Ediciones|Editorial|Editora|Presses)\s+[A-Z]"
)
_LAST_PART = re.compile(r",[^\S\n]+(?P<part>[^,\n]{2,90})$")
_IMPRINT = re.compile(r"(?P<place>[^,:\n]{2,40}):[^\S\n]+(?-i:[A-Z])[^,:\n]{1,60}")


@lru_cache(maxsize=1)
def _publishers() -> frozenset[str]:
    return frozenset(load_lines("publishers"))


def _a_place_of_publication(part: str) -> str | None:
    """The kind of place the gazetteer knows ``part`` as ("city" or "region"), or None."""
    # (imported here, not at the top: places imports the registry, which imports this module)
    from extractors import places

    # (or as GeoNames names it with "City": "New York")
    if places.is_known_city(part) or places.is_known_city(f"{part} City"):
        return "city"
    return "region" if places.lookup(part) is not None else None


# the place of publication closing the entry after the title's publisher, maybe with its year
_PLACE_THEN_END = re.compile(
    r".[^\S\n]*,?[^\S\n]*(?P<place>[^,.\n]{2,40}?),?[^\S\n]*(?:\(?(?:1[5-9]|20)\d\d[a-z]?\)?)?"
    r"\.?\s*$",
    re.S,
)


def _ends_with_place(after: str) -> bool:
    """Whether ``after`` (an entry's text from its title's last character) holds only a place
    of publication the gazetteer knows as a city, maybe with the year: ", Paris, 2003."."""
    m = _PLACE_THEN_END.match(after)
    return m is not None and _a_place_of_publication(m["place"].strip()) == "city"


def cut_publisher_and_place(title: str, after: str) -> str:
    """``title`` without the publisher and the place of publication that close a
    comma-separated entry ("Title, Australian National University Press, Canberra.", "Title,
    Institute of Pacific Studies, Suva, Fiji."), or a press alone ("Title, Oxford University
    Press."); a country alone is kept ("Memories of Hanoi, Vietnam."). ``after`` is the
    entry's text from the title's last character: the entry must end there, or with its
    place of publication ("…, Paris, 2003.")."""
    if not _ENTRY_ENDS.match(after) and not _ends_with_place(after):
        return title
    # the imprint as Chicago's and German lists write it, the place before the publisher:
    # "Title, Stuttgart: Ulmer.", "Title, New York: Norton."
    if (
        (last := _LAST_PART.search(title))
        and (imprint := _IMPRINT.fullmatch(last["part"].strip()))
        and _a_place_of_publication(imprint["place"]) == "city"
    ):
        cut = title[: last.start()]
        return cut if len(cut.split()) >= 2 else title
    cut, kinds = title, list[str]()
    while len(kinds) < 2 and (last := _LAST_PART.search(cut)):
        kind = _a_place_of_publication(last["part"].strip())
        if kind is None:
            break
        kinds.append(kind)
        cut = cut[: last.start()]
    last = _LAST_PART.search(cut)
    publisher = last is not None and (
        _PUBLISHER_WORDS.search(last["part"]) is not None or last["part"].strip() in _publishers()
        if kinds
        else _PUBLISHER_ALONE_WORDS.search(last["part"]) is not None
    )
    if publisher and last is not None:
        cut = cut[: last.start()]
    elif "city" not in kinds:
        return title
    return cut if len(cut.split()) >= 2 else title


# The Geological Society of America's style parts the title from its journal by a colon and
# numbers the volume "v." ("Title: Geological Society of America Bulletin, v. 105, p. 1–9"):
# a labeller that runs the title on over the colon stops before the journal's last words or
# before the volume. ``after`` may open with the title's last character.
_GSA_VOLUME_AFTER = re.compile(r"[^,\s]?(?:[^\S\n]+[A-Z][\w&.'’-]*){0,4},[^\S\n]+v\.[^\S\n]*\d")
_LAST_COLON_PART = re.compile(r":[^\S\n]+(?P<part>[^:\n]{2,120})$")


def cut_journal_after_colon(title: str, after: str) -> str:
    """``title`` without the journal's name it ran on into after its last colon, where the
    entry numbers the journal's volume "v." after it and the part after the colon reads as a
    journal's name: a venue's word ("Society", "Bulletin") or its words capitalised (a
    subtitle is mostly in sentence case: "Kettle lakes: Methods and pitfalls")."""
    last = _LAST_COLON_PART.search(title)
    if last is None or not _GSA_VOLUME_AFTER.match(after):
        return title
    words = [word.strip(".,&()") for word in last["part"].split()]
    capitalised = all(word[:1].isupper() for word in words if len(word) > 3)
    if not (capitalised or venue_words().intersection(w.lower() for w in words)):
        return title
    return title[: last.start()] if len(title[: last.start()].split()) >= 2 else title


# the text after a title whose round bracket the labeller left open: the title's last
# character (or none), then the bracket's closing
_CLOSES_AFTER_TITLE = re.compile(r"[^\s)]?\)")
# what such a bracket holds: a few words, the first capitalised (a taxon, a place, a name),
# not a note on the work's medium or state ("(Online)", "(PDF)", "(In press)")
_BRACKETED_WORDS = re.compile(r"[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,3}")
_MEDIUM_NOTES = frozenset(
    "online internet pdf electronic print abstract html video audio cd-rom dvd e-book ebook"
    " preprint draft mimeo unpublished slides poster".split()
) | {"in press", "in review", "under review", "to appear", "abstract only"}


def trim_venue(title: str, after: str = "", closed: bool = False) -> str:
    """The title without the venue a labeller ran it into (see the patterns above); ``after``
    is the entry's text after the title, where a journal's volume may follow it; ``closed``:
    the title's text in the entry ends on a round bracket's closing that its cleaning dropped."""
    title = cut_container(title)
    title = cut_journal_after_colon(title, after)
    title = cut_abbreviated_journal(title, after)
    title = cut_unstopped_journal(title, after)
    if after:
        title = cut_place_of_publication(cut_publisher_and_place(title, after), after)
    title = cut_venue_and_volume(cut_edition(cut_reading_part(title), after[1:2]))
    for opener, closer in ("()", "[]"):
        at = title.rfind(opener)
        if at > 0 and closer not in title[at:]:
            inside = title[at + 1 :]
            # an acronym cut off before its bracket closes belongs to the title ("(HI"), and
            # so does a bracket the entry closes right after the title's end ("… in
            # Thelypodieae (Brassicaceae). Syst. Bot.": a stop took the closing bracket)
            if (inside.isupper() and inside.isalnum() and len(inside) <= 10) or (
                opener == "("
                and (closed or _CLOSES_AFTER_TITLE.match(after))
                and _BRACKETED_WORDS.fullmatch(inside)
                and inside.casefold() not in _MEDIUM_NOTES
            ):
                title += closer
            else:
                title = title[:at].rstrip()
    tail = _VENUE_TAIL.search(title)
    if (
        tail
        and is_abbreviated_venue(tail.group().split())
        and len(title[: tail.start()].split()) >= 3
        and not _INITIAL_BEFORE.search(title, 0, tail.start())  # "… Life of A.J. Fikry"
    ):
        title = title[: tail.start()]
    return title


_INITIAL_BEFORE = re.compile(r"(?:^|[\s.])[A-Z]\.$")


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


@lru_cache(maxsize=1)
def not_family_names() -> frozenset[str]:
    """Words of publications and institutions, never a first author's family name
    (``extractors/data/not_family_names.txt``)."""
    text = files("extractors").joinpath("data", "not_family_names.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def _is_one_word_cell(reading: Reading, entry: str) -> bool:
    """Whether the "author" is the whole of a table cell and one word: the label of a row
    ("| ModelNet | Title | 2015-Venue |"), a model, tool or data set named beside its paper;
    a table's author cell holds a name with its initials or given name, or "et al."."""
    if "|" not in entry:
        return False
    before = entry[: reading.author_start].rstrip(" \t*_")
    after = entry[reading.author_start + len(reading.family) :].lstrip(" \t*_")
    return (
        before.endswith("|")
        and after.startswith("|")
        and entry[reading.author_start :].startswith(reading.family)
        and " " not in reading.family
    )


# an acronym in capitals, or in mixed case with capitals inside ("NeurIPS"), right before a year
_ACRONYM = re.compile(r"[A-Z]{2,8}|[A-Z][a-z]+[A-Z]{2,}[a-z]*")


def _is_venue_tag(family: str, entry: str) -> bool:
    """Whether the "family name" is a venue's acronym that the entry dates (``ICLR 2017``,
    ``NeurIPS'19``): a name is followed by its initials or a comma, not by a year."""
    return bool(_ACRONYM.fullmatch(family)) and bool(
        re.search(rf"(?<!\w){re.escape(family)}(?:\s?['’]\d\d|\s+(?:19|20)\d\d)\b", entry)
    )


# a line of the title that opens on a quote: the next entry's quoted title, the entry read
# across two lines of a list ('… — Ana Roe\n"Title Two" — Ken Moe')
_OPENS_A_QUOTE_ON_A_NEW_LINE = re.compile(r"\n[^\S\n]*[\"“]")


def _acceptable(
    reading: Reading, entry: str, least_confidence: float, listed: bool = False
) -> bool:
    """Whether a reading is a fact rather than prose the labeller forced into fields; a
    ``listed`` entry is one of a bibliography's (headed, or among entries read as such)."""
    title_words = reading.title.split()
    if reading.confidence < least_confidence or not title_words:
        return False
    # (a bibliography's two words in sentence case closed by their stop are a title too: "Roe,
    # A. 2000. Tidal nucleases. Mar Biol 25: 70-74.")
    short_title = len(title_words) <= 2 and not (
        len(title_words) == 2 and listed and _closed_two_words(reading, entry)
    )
    if short_title:
        # one- and two-word titles only where the entry sets them off ("*Mythos*", "“Stream”")
        # or, for two words, in Title Case ("Layer Normalization", not "Improved docs")
        # (the title's first token may hold its opening quote: '"Decoherence, einselection"')
        raw = entry[max(0, reading.title_start - 2) : reading.title_start + 1]
        set_off = any(c in raw for c in "\"“*_'‘{")
        title_case = len(title_words) == 2 and all(
            len(word.strip(".,")) > 1 and word[:1].isupper() for word in title_words
        )
        if not set_off and not title_case:
            return False
    if len(title_words) > 60 or not _NAME_START.match(reading.family):
        return False
    if _OPENS_A_QUOTE_ON_A_NEW_LINE.search(entry, reading.title_start, reading.title_end):
        return False  # 'Dawkins\n"Title Two' read across two lines, each a quoted title
    if _is_one_word_cell(reading, entry) or reading.family.lower() in not_family_names():
        return False
    if _is_venue_tag(reading.family, entry):
        return False  # "| [Title](url) | ICLR 2017 |": a venue's acronym and its year, no author
    # a long lower-case "family name" is a phrase of prose
    return len(reading.family.split()) <= 4 or reading.family[:1].isupper()


def _closed_two_words(reading: Reading, entry: str) -> bool:
    """A two-word title of words of letters, the first capitalised, closed by its full stop in
    an entry that gives a year, with its venue's volume or pages after it: in a bibliography,
    a title written in sentence case (not a note closing the entry, "Personal communication.")."""
    first, second = reading.title.split()
    return (
        first[:1].isupper()
        and first.isalpha()
        and second.isalpha()
        and entry[reading.title_end - 1 : reading.title_end] == "."
        and _YEAR.search(entry) is not None
        and any(c.isdigit() for c in entry[reading.title_end :])
    )


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


_TABLE_ROW = re.compile(r"[^|\n]*\|[^|\n]*\|")
# (a number in brackets or with its stop: a data table's rank, "| 1 | Lima |", is none)
_NUMBERED_ROW = re.compile(r"[^\S\n]*\|?[^\S\n]*(?:\[\d{1,3}\]|\d{1,3}\.)[^\S\n]*\|")


def _within_one_cell(
    labeller: FieldLabeller, entry_text: str, readable: str, reading: Reading
) -> Reading | None:
    """A table row's reading whose names and title lie in one cell; where a cell boundary
    parts them ("TensorNet | [Title](url) (Roe et al.) | 2021": the first cell names a model),
    the title's cell read alone, if it names its authors itself."""
    low, high = sorted((reading.author_start, reading.title_start))
    if "|" not in entry_text[low:high]:
        return reading
    start = entry_text.rfind("|", 0, reading.title_start) + 1
    end = entry_text.find("|", reading.title_start)
    end = len(entry_text) if end < 0 else end
    cell = " " * start + readable[start:end] + " " * (len(readable) - end)
    alone = read_entry(labeller, _RUN_ON_YEAR.sub(_spaced_year, cell))
    return alone if alone is not None and start <= alone.author_start < end else None


_PAPER_HEADER = re.compile(
    r"(?i)(?:^|\|)[^\S\n]*(?:title|paper|authors?|publication|reading|reference|citation"
    r"|literature)s?[^\S\n]*\|"
)


# A year's bracket and stop run on into the title, a space lost in copying: "Lin, X.
# (2003).Header and footer …". The labeller reads the stop as a space (same length, so that
# offsets hold): "(2003) Header and footer …".
_RUN_ON_YEAR = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)\.(?=[A-Z])")


def _spaced_year(match: re.Match[str]) -> str:
    return match.group()[:-1] + " "


# APA's date of a newspaper's or a blog's piece: "(2010, March 3)", "(2019, Spring)". The
# labeller, trained on years alone, reads the title after such a date as the venue's: it reads
# the year alone, the rest blanked (the same length).
_YEAR_AND_DAY = re.compile(
    r"\((?P<year>(?:1[5-9]|20)\d\d[a-z]?),[^\S\n]+[A-Z][a-z]+\.?"
    r"(?:[^\S\n]+\d{1,2}(?:[-–]\d{1,2})?)?\)"
)


def _year_alone(match: re.Match[str]) -> str:
    return " " * (len(match.group()) - len(match["year"]) - 2) + f"({match['year']})"


# A guide's label before its example entry ("Example: Roe, Ana. …", "* Book: Roe, Ana. …"):
# blanked, the same length, where an inverted name follows it.
# The words of a syllabus's sessions, before a number: "Week 3:", "Session 2 (12 Oct) –"
SESSION_WORDS = r"(?:Week|Session|Lecture|Class|Day|Unit|Module|Seminar)"
# a list's number before an entry ("2. Roe A, Moe B. Title. …", "2) Roe A. …", "[2] A. Roe,
# 2001, Title: …", a PDF's bare "12 Nordic Heron Society. …"), which the labeller may read as
# the head of a field of its own, taking the names and title with it (read without it only
# where it read nothing: elsewhere the number helps the labeller as often)
_LIST_NUMBER = re.compile(r"^[ \t]*(?:\d{1,3}[.)]?|\[\d{1,3}\]|\(\d{1,3}\))[ \t]+(?=[A-Z])")
# (read again at any confidence after a number and its stop before a Vancouver name, "2. Roe
# A, Moe B. Title. …", the case this second reading began with; elsewhere at
# SECOND_READING_MIN_CONFIDENCE)
_NUMBER_BEFORE_VANCOUVER = re.compile(
    r"^[ \t]*\d{1,3}\.[ \t]+(?=[A-Z][\w'’-]{1,30}[ \t][A-Z]{1,3}[,.][ \t])"
)
_ENTRY_LABEL = re.compile(
    # (a syllabus's day or week: "Mon Sep 7:", "Week 3:")
    r"^[ \t>*_+•-]*(?:(?:[A-Z][a-z]{1,15}(?:[ \t](?:[a-z]{1,15}|[A-Z][a-z]{1,8}\.?|\d{1,2})){0,3}"
    r"|e\.g\.)[*_]{0,2}:[*_]{0,2}[ \t]+"
    r"(?=[*_]{0,2}[A-Z][\w'’-]+,[ \t]+[A-Z])"
    # (a session's label before a name in natural order and a quoted title: "Week 3: Ana Roe,
    # 'Title', …")
    rf"|{SESSION_WORDS}[ \t]+\d{{1,2}}[a-z]?[*_]{{0,2}}:[*_]{{0,2}}"
    r"[ \t]+(?=[*_]{0,2}[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*){1,3},[ \t]+['‘\"“]))"
)
# An entry's number without a stop or brackets ("1 Roe AB, Poe C. Title. …", as PDF text keeps
# it), before a name (maybe of two words: "5 Del Rey, Ana."): blanked, the same length; the
# labeller, trained on marked numbers, reads the bare number into the name ("3 Varga") or loses
# the entry. (Not before a title: "10 Simple Rules for …" keeps its number.)
# (the name's opening: an inverted family name, a Vancouver one, or initials)
_NAME_AFTER_NUMBER = (
    r"(?:[A-Z][\w'’-]{1,30}(?:[ \t][A-Z][\w'’-]{1,30})?"
    r"(?:,[ \t]{1,3}[A-Z]|[ \t][A-Z]{1,3}(?:[,.]|[ \t]\())"
    r"|(?:[A-Z]\.[ \t-]?){1,3}[ \t]?[A-Z][a-z])"
)
_BARE_NUMBER = re.compile(rf"^[ \t]*\d{{1,3}}[ \t]+(?={_NAME_AFTER_NUMBER})")
_ROUND_BULLET = re.compile(r"^[ \t>]*[•·▪◦‣●■](?=[ \t])")
_DASHED_FIELDS = re.compile(r"\)[ \t]+[–—][ \t]")
# reStructuredText's link around a title, "`Title <url>`_": read as the title alone (the
# opening mark a space, so that offsets up to the title's end hold; the address dropped)
_RST_LINK = re.compile(r"`(?=[^`<>\n]{1,300}<[^<>`\s]{1,500}>`_)|[^\S\n]*<[^<>`\s]{1,500}>`_{1,2}")


_DEFINITION_MARK = re.compile(r"(?m)^:(?=[^\S\n]+\S)")


# An author's mark or a footnote's number glued to a name, as PDF text keeps them ("Ana Roe∗,
# Ben Moe†.", "Per Lund1, Kai Berg2."), which the labeller learned none of.
_AUTHOR_MARK = re.compile(
    r"(?<=[a-z])(?:[∗†‡§¶]+|\d{1,2})(?:(?P<stop>[,.])|(?=[ \t]+(?:and|&)[ \t]))"
)


def _without_author_marks(entry: str) -> str:
    """``entry`` without the marks glued to the names before its first sentence's end, the
    same length: the comma or stop after a mark moves up to the name ("Roe∗," -> "Roe, "), as
    the labeller knows names (a title's "Covid19," keeps its number)."""
    names_end = entry.find(". ") + 1  # (the stop kept with the names: "Berg2.")
    if names_end <= 0:
        return entry
    head = _AUTHOR_MARK.sub(
        lambda m: (m["stop"] or "") + " " * (len(m.group()) - len(m["stop"] or "")),
        entry[:names_end],
    )
    return head + entry[names_end:]


# A publication list grouped by year under lines that hold the year alone ("2020", "## 2019",
# "**2018**"): its entries leave their year to the heading
_YEAR_HEADING = re.compile(
    r"(?m)^[^\S\n]*(?:#{1,6}[^\S\n]*)?[*_]{0,2}(?:1[89]|20)\d\d[*_]{0,2}:?[^\S\n]*$"
)


def _under_year_heading(text: str, start: int, year_heads: list[int]) -> bool:
    """Whether an entry at ``start`` stands under a year heading of a list grouped by year:
    one of two or more such headings, or one under a bibliography's heading ("Publications\n
    2020\n- Title. A. Roe. Venue.")."""
    if not year_heads or year_heads[0] > start:
        return False
    return len(year_heads) >= 2 or BIBLIOGRAPHY_HEADING.search(text, 0, start) is not None


def read_references(text: str) -> Iterator[Found]:
    """The (first author, title) of every bibliography entry in a block of text."""
    labeller = shipped_labeller()
    # a Markdown definition list's mark before each entry ("[roe20]\n: Ana Roe. …") is a list
    # mark: blanked, the same length
    if "\n:" in text or text.startswith(":"):
        text = _DEFINITION_MARK.sub(lambda m: " " * len(m.group()), text)
    # a table's rows (cells parted by pipes) are read as references only under a header that
    # names titles or authors: "Belize City | British Honduras | 1970" is no entry
    papers_table = _PAPER_HEADER.search(text) is not None
    year_heads = [m.start() for m in _YEAR_HEADING.finditer(text)]
    candidates = []
    for entry in segment(text):
        entry_text = text[entry.start : entry.end]
        if not _plausible(entry_text):
            continue
        table_row = _TABLE_ROW.match(entry_text) is not None
        # (a row whose first cell is the entry's number is a reference list set as a table:
        # "| [1] | Ana Roe. 2020. Title. … |")
        if table_row and not papers_table and not _NUMBERED_ROW.match(entry_text):
            continue
        has_cue = _CUE.search(entry_text) is not None or _under_year_heading(
            text, entry.start, year_heads
        )
        # a paragraph of prose (long, no list marker, no mark of a reference) is not labelled:
        # windows hold the prose around a trigger, and the labeller is the costly step
        if len(entry_text) > PROSE_MIN_CHARS and not entry.marked and not has_cue:
            continue
        candidates.append((entry, entry_text, table_row, has_cue))
    # Without one entry that carries a mark of a reference the block is no bibliography
    # (the test after labelling below): nothing is labelled
    if not any(has_cue for *_, has_cue in candidates):
        return
    # items of a list in the explicit form '"Title" by Name, Publisher, Year', two or more
    quoted_by = [
        entry.start for entry, entry_text, *_ in candidates if _QUOTED_BY.match(entry_text)
    ]
    # (not where the text before the list speaks of films or songs: "Here's how I rank the
    # segments: 1. "Title", by Ana Roe" credits a director)
    quoted_by_items = (
        len(quoted_by)
        if quoted_by and not PERFORMED_WORKS.search(text, max(0, quoted_by[0] - 400), quoted_by[0])
        else 0
    )
    readings = []
    for entry, entry_text, table_row, has_cue in candidates:
        readable = _RST_LINK.sub(lambda m: " " if m.group() == "`" else "", entry_text)
        readable = _ENTRY_LABEL.sub(lambda m: " " * len(m.group()), readable)
        readable = _CITE_LEAD_IN.sub(lambda m: " " * len(m.group()), readable)
        readable = _BARE_NUMBER.sub(lambda m: " " * len(m.group()), readable)
        # (a round bullet the labeller may read as the first name's head: "• Roe A., Moe K.
        # (2020) Title."; not where dashes part the fields, "• Roe A. (2020) – Title – Venue",
        # a layout the listings read whole)
        if not _DASHED_FIELDS.search(readable):
            readable = _ROUND_BULLET.sub(lambda m: " " * len(m.group()), readable)
        readable = _without_author_marks(readable)
        # (a programme's note closing the item: "… Ana Roe [remote]")
        readable = blank_presentation_notes(readable)
        readable = APA_DESCRIPTION.sub(lambda m: "." + " " * (len(m.group()) - 1), readable)
        if table_row and not papers_table:
            readable = readable.replace("|", " ")  # the number's cell is the list's mark
        if "(" in readable:
            readable = _YEAR_AND_DAY.sub(_year_alone, readable)
        # (the list's explicit form reads what the labeller may not, and saves its call)
        explicit = _quoted_title_by(readable) if quoted_by_items >= 2 else None
        reading = explicit or read_entry(labeller, _RUN_ON_YEAR.sub(_spaced_year, readable))
        if reading is None and (number := _LIST_NUMBER.match(readable)):
            # (read again without the number, where the labeller found nothing with it)
            unnumbered = " " * number.end() + readable[number.end() :]
            reading = read_entry(labeller, _RUN_ON_YEAR.sub(_spaced_year, unnumbered))
            if (
                reading is not None
                and reading.confidence < SECOND_READING_MIN_CONFIDENCE
                and not _NUMBER_BEFORE_VANCOUVER.match(readable)
            ):
                reading = None
        if reading is not None and table_row:
            reading = _within_one_cell(labeller, entry_text, readable, reading)
        if reading is not None:
            readings.append((entry, entry_text, reading, has_cue))
    # A block is a bibliography when its entries carry marks of references: a list of
    # feature bullets or the lines of a licence read as "Author. Title." too.
    cued = [has_cue for *_, has_cue in readings]
    if sum(cued) * 2 < len(readings) and not (len(readings) <= 2 and any(cued)):
        return
    headed = bool(readings) and BIBLIOGRAPHY_HEADING.search(text, 0, readings[0][0].start)
    in_list = headed or (
        sum(r.confidence >= LIST_MIN_CONFIDENCE for _, _, r, _ in readings) >= LIST_MIN_ENTRIES
    )
    least = HEADED_MIN_CONFIDENCE if headed else LIST_MIN_CONFIDENCE if in_list else MIN_CONFIDENCE
    accepted: list[tuple[Found, Reading, str, bool]] = []
    for entry, entry_text, reading, has_cue in readings:
        if not _acceptable(
            reading, entry_text, least if has_cue else MIN_CONFIDENCE, listed=in_list and has_cue
        ):
            continue
        if _reads_as_prose(reading, entry_text, entry.marked):
            continue
        if _venue_read_as_authors(reading, entry_text):
            continue
        if _names_inside_quoted_title(reading, entry_text):
            continue
        found = Found(
            entry.start,
            entry.end,
            entry.start + reading.title_start,
            reading.family,
            trim_venue(
                reading.title,
                entry_text[reading.title_end - 1 : reading.title_end + 60],
                closed=entry_text[reading.title_start : reading.title_end]
                .rstrip(" .,;:")
                .endswith(")"),
            ),
        )
        accepted.append((found, reading, entry_text, entry.marked))
    if len(accepted) == 1 and not headed:
        found, reading, entry_text, marked = accepted[0]
        if not _is_lone_reference(reading, entry_text, marked):
            return
    for found, *_ in accepted:
        yield found
