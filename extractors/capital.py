"""Capitals of countries and first-level regions (``capital``: country or region -> city).

The subject of every capital must be a country or first-level region the gazetteer
(``extractors.places``) knows, by its name alone: descriptive phrases fall away (``the northern
Indian state of Gujarat`` -> ``Gujarat``) and so does a trailing type word (``Ondo State`` ->
``Ondo``). The city must look like a place name and may not be another country. Each rule reads
one class of constructions:

Sentences
- ``capital_of_x_is_y``: ``The capital of X is Y``, ``The capital city of X remains Y``,
  ``The capital of X, Y, …``, ``… is **Y**`` (a marked answer).
- ``y_is_capital_of_x``: ``Y is / serves as / remains / has been the capital (and largest city)
  of X``, ``Y, the capital of X``, ``Y (capital of X)``, ``Y — capital of X``, ``Y, which is the
  capital of X``, also with a parenthesis or apposition after the city (``Nairobi (pron.: …) is
  the capital of Kenya``, ``Xining, also Sining, …, the capital of Qinghai province``) and
  ``Y is a city in …, the capital of X``.
- ``as_capital_of_x_y``: ``As the capital of X, Y …``.
- ``plain_unlisted``: ``Y is the capital of X.`` as a whole sentence, the one form read with a
  place the gazetteer does not know (a new, renamed or invented country).
- ``possessive``: ``X's capital, Y``, ``X's capital is Y``, ``X's capital Y is``, ``Y, X's
  (sprawling) capital``, ``Y is X's capital``.
- ``whose_capital``: ``X, whose capital is Y``; ``its_capital``: ``X, with its capital Y``,
  ``X, capital Y``.
- ``anaphoric``: ``Its capital is Y``, ``The capital and largest city is Y``, ``Y is the
  country's capital``, ``Y is the capital``, ``Y, the capital,``, ``The capital of the country is
  Y``, with X the place the paragraph is about (the last sentence or heading that opens with it,
  ``In X, …``).
- ``adjective``: ``the Kenyan capital, Nairobi``, ``Lima, the Peruvian capital``
  (``data/demonyms.tsv``).
- ``capitals_like``: ``capitals, like Y in X`` / ``capitals such as Y (X)``.
- ``question_answer``: ``What is the capital of X? … The answer is Y`` / ``Answer: (b)`` with
  labelled options / a ticked option / the answer alone on the next line; ``Y is the capital of
  which state? … Answer: X``.

Layouts
- ``table``: Markdown, tab, CSV and HTML tables with a ``Capital`` column (subject from a
  country/state column, else the first; several capitals in one cell), ``City | Country`` tables
  under a title on capitals, and tables flattened into a run of words (``States Capital Assam
  Dispur Bihar Patna …``, or one ``Peru Lima`` row a line), read with the gazetteer.
- ``field``: ``Capital: Y`` / ``Capital Y`` / ``**Capital:** Y`` fields in a block about X
  (``Country: X`` field, a heading line naming X, ``X — Capital: Y`` on one line, the entry
  ``X, republic in …. Capital: Y.``), ``X (capital: Y)``, wikitext infoboxes.
- ``list``: ``X – Y`` / ``X: Y`` / ``Y (X)`` items (one a line, in ``<li>``, or run on with
  commas) under a header that speaks of capitals.
- ``record``: records with a capital field and a name/state/country field (JSON, JavaScript,
  Python, PHP, Ruby, XML attributes, ``"capital": ["…"]`` lists, a record under its place's key),
  quiz records whose correct answer is marked, mappings and pairs under a name or comment that
  says capital (``capital: {Germany: 'Berlin'}``, ``capitals = [('Ohio', 'Columbus')]``), SQL
  rows (``INSERT`` with a column list or a ``CREATE TABLE``, ``UPDATE … SET``, ``COPY … FROM
  stdin``).
- ``triple``: knowledge-graph triples (``<…/Kenya> <…/capital> <…/Nairobi>``, ``dbr:Kenya
  dbo:capital dbr:Nairobi``, ``(Kenya, capital, Nairobi)``, ``Kenya | capital | Nairobi``,
  ``capitalOf`` the other way round, Cypher ``-[:HAS_CAPITAL]->`` edges).

Not facts: a former capital (``Bonn was the capital of …``, ``…, the capital of X until 1990``),
a past event without a mark that it lasts (``became the capital in 1871``), a seasonal or
figurative one (``the summer capital of``, ``the capital of jazz``, ``the fashion capital of the
world``), every other sense of the word, a question without its marked answer, and a statement
the text marks as false or only believed (``Toronto is the capital of Canada. — FALSE``,
``many think Toronto is …``).
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from extractors import layout, places, sql
from extractors.base import Fact
from extractors.grammar import CAP_WORD, CLAUSE_OPENERS, SPACE, refuted_claim, trim_place
from extractors.normalize import clean_place, nfkc

logger = logging.getLogger(__name__)


@cache
def _words() -> dict[str, frozenset[str]]:
    text = files("extractors").joinpath("data", "capital_words.toml").read_text("utf-8")
    return {key: frozenset(values) for key, values in tomllib.loads(text).items()}


# ---------------------------------------------------------------------------------------------
# Building blocks

# A city: capitalised words joined by spaces or the particles of city names ("Dar es Salaam",
# "Port-au-Prince", "Rio de Janeiro", "Washington, D.C.").
_CITY_PARTICLE = (
    r"(?:of|the|de|da|do|dos|das|del|della|di|du|des|la|le|les|el|al|es|en|sur|am|an|im|upon|on|"
    r"y|e|au|aux|lès|ob|bei)"
)
CITY = rf"{CAP_WORD}(?:(?:{SPACE}{_CITY_PARTICLE})*{SPACE}{CAP_WORD}){{0,4}}(?:,{SPACE}D\.C\.)?"
_CITY_RE = re.compile(CITY)
_MODIFIER = (
    r"(?:de\s+facto|present-day|modern-day|national|official|administrative|political|"
    r"constitutional|legislative|executive|judicial|federal|royal|current|present|modern|state|"
    r"provincial|territorial|regional|actual|permanent|sole|de\s+jure)"
)
_CAPITAL_WORD = r"(?:[Cc]apital|CAPITAL)(?:\s+[Cc]ity)?"
_AND_LARGEST = (
    # (or "as well as", "and also": "the capital as well as the largest city of Kenya", and a
    # port or centre of some kind: "the capital and main commercial centre of Kenya")
    r"(?:,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:the\s+)?(?:(?:(?:second|third)[\s-]+)?"
    r"(?:largest|biggest|most\s+populous|main|chief|principal|"
    r"largest\s+and\s+most\s+populous)\s+(?:city|federal\s+subject|municipality|urban\s+area)"
    r"|seat\s+of\s+(?:government|power)"
    r"|(?:(?:largest|biggest|busiest|main|major|chief|principal|leading|commercial|economic|"
    r"financial|cultural|industrial|administrative)\s+){1,2}(?:port|centre|center|hub|town)))"
)
_OF = r"\s+(?:of|for)\s+"
# "the capital of", "the de facto capital and largest city of", "capital city of"
_CAPITAL_OF = re.compile(
    # "the vibrant capital of Kenya": a describing word after "the", unless it makes another
    # capital ("the fashion capital of", checked by _capital_of_phrases)
    # (or the place's largest city first: "the largest city and capital of Uruguay")
    # (two describing words joined: "the small but charming capital of Slovenia")
    rf"(?<![\w-])(?:(?P<the>[Tt]he)\s+(?:(?:[a-z][a-z-]{{2,20}},?\s+(?:and|but|yet)\s+)?"
    rf"(?P<describing>[a-z][a-z-]{{2,20}})\s+"
    rf"|(?:largest|biggest|most\s+populous|main|chief|principal)\s+city\s+and\s+(?:the\s+)?)?)?"
    # "capital (since 1975) of Laos": a bracket between the word and its place
    # ("the capital and most populous city in Wyoming": "in" after the largest city only)
    # (the modifier maybe in quotes: 'the "de jure" capital city')
    rf"(?:[\"“]?{_MODIFIER}[\"”]?\s+)?{_CAPITAL_WORD}"
    rf"(?:{_AND_LARGEST}(?:[^\S\n]*\([^()\n]{{1,40}}\))?(?:{_OF}|\s+in\s+)"
    rf"|(?:[^\S\n]*\([^()\n]{{1,40}}\))?{_OF})"
)
_IS = (
    r"(?:is|remains|(?:serves|functions|acts)\s+as|has\s+(?:long\s+|always\s+)?(?:been|served\s+as)"
    r"|is\s+now|continues\s+to\s+be|is\s+(?:called|named)|happens\s+to\s+be)"
)
_ADVERB = r"(?:(?:also|now|still|currently|today|actually|officially|indeed|not\s+only|both)\s+)?"
_IS_LOCATED = r"(?:is\s+(?:located|situated)\s+(?:in|at))"
# "since 1960" before a perfect that says the capital still is: "… capital since 1960 has been"
_SINCE_PERFECT = (
    r"(?:,?\s+since\s+(?:\d{3,4}|the\s+\d{3,4}s)(?=,?\s+has\s+(?:long\s+|always\s+)?been\b))"
)
_IS_AFTER_REGION = re.compile(
    # "… is Y", and a label's colon or an equals sign: "Capital city of Ohio: Columbus"
    # (a parenthesis may stand before the verb: "The official capital of Bolivia (and its seat
    # of justice) is Sucre")
    # (or a dash where the city ends the line: "The capital of Ohio — Columbus")
    # (or in a relative clause: "The capital of Ghana, which is Accra, …")
    # (or where it is: "The capital of Kenya is located in Nairobi")
    # (or a span of time before a perfect: "The capital of Brazil since 1960 has been …")
    rf"(?:(?:(?:[^\S\n]*\([^()\n]{{1,60}}\))?(?:,\s+which)?{_SINCE_PERFECT}?,?\s+(?:{_IS}|{_IS_LOCATED})\s+{_ADVERB}"
    rf"|[^\S\n]*[:=][^\S\n]*"
    # (the city set against another: "… isn't Sydney, it's Canberra")
    rf"|\s+isn['’]t\s+{CITY}\s*,?\s+(?:but|it['’]s|it\s+is)\s+(?:actually\s+)?"
    rf"|[^\S\n]+[—–-][^\S\n]+(?={CITY}[^\S\n]*[.;]?[^\S\n]*(?:\n|$)))"
    # (the city set against another first: "… is not Sydney but Canberra")
    rf"(?:not\s+{CITY}\s*,?\s+but\s+(?:rather\s+)?)?"
    rf"(?:the\s+city\s+of\s+)?\*{{0,3}}"
    rf"(?P<city>{CITY})"
    # (the apposition's closing comma may be missing: "The capital of Alberta, Edmonton is …";
    # dashes or brackets may set it off: "The capital of Slovenia – Ljubljana – is …")
    # (or the sentence's end closes it: "We flew into the capital of Laos, Vientiane.", or
    # the bracket it stands in: "Pressburg (today the capital of Slovakia, Bratislava)")
    rf"|(?:,\s+(?P<apposed>{CITY})(?P<closed>,|\)|(?=[^\S\n]*[.!?](?:\s|$)))?"
    rf"|[^\S\n]+(?P<dash>[—–-])[^\S\n]+(?P<dashed>{CITY})"
    rf"[^\S\n]+(?P=dash)|[^\S\n]*\([^\S\n]*(?P<bracketed>{CITY})[^\S\n]*\))"
    rf"(?(closed)|(?(dashed)|(?(bracketed)|(?=[^\S\n]+(?:is|has|lies|sits|offers|boasts|remains)\b)))))"
)
# What may stand between a city at the start of its sentence and "is the capital of": a
# parenthesis, a footnote mark, an apposition; one group or one character a step, so that the
# match is linear.
_GAP = r"(?:\((?:[^()\n]|\([^()\n]{0,60}\)){0,300}\)|\[[^\[\]\n]{0,40}\]|[^.!?;()\[\]\n])"
_BRIDGE = (
    # (a bracket may say the role: "Hobart (as the capital of Tasmania)")
    # (an adverb may stand before the verb too: "Nairobi also happens to be the capital …")
    rf"(?:,?\s*(?:which\s+|that\s+)?{_ADVERB}{_IS}\s+{_ADVERB}|,\s*(?:and\s+)?|\s+and\s+|\s*\(\s*(?:as\s+)?|"
    # "is" contracted, as people write in posts: "Canberra's the capital of Australia"
    rf"['’]s\s+|"
    rf"\s+[—–]\s*|\s+-\s+|\s+is\s+a\s+[^,.;:!?\n]{{1,80}},\s+(?:and\s+)?"
    # "Berlin is a city-state and the capital of …", "… is the largest city as well as the
    # capital of …": a description, then the capital coordinated with it
    rf"|\s+is\s+(?:a|an|the|both)\s+[^,.;:!?\n]{{1,80}}?,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?"
    # where it lies, then the capital coordinated with it: "Quito lies in the Andes and is the
    # capital of …", "Hobart is located on the Derwent and is also the capital of …"
    rf"|\s+(?:is\s+(?:located|situated|nestled|set)|lies|sits|stands)\s+[^,.;:!?\n]{{1,80}}?"
    rf",?\s+and\s+(?:also\s+)?(?:is|remains|serves\s+as)\s+(?:also\s+)?"
    # a gazetteer's headword and a colon: "Cairo: capital of Egypt; pop. 9.5 million"
    rf"|[^\S\n]*:[^\S\n]*"
    # "Darwin's role as the capital of …"
    rf"|['’]s\s+(?:role|position|status)\s+as\s+"
    # "Canberra, serving as the capital of Australia since 1913, …", "Canberra, being the
    # capital of Australia, …", "Canberra, as the capital of Australia, hosts …" (not "Sydney
    # being the capital of Australia is a myth": a supposition, no comma)
    rf"|,?\s+(?:serving|functioning)\s+as\s+|,\s+being\s+|,\s+as\s+"
    # a dictionary's headword and part of speech: "Oslo (ˈɒzləʊ) n. the capital of Norway"
    rf"|,?\s+(?:n|noun|prop\.\s*n)\.[^\S\n]*:?[^\S\n]*(?:\d\.[^\S\n]*)?)"
)
_SUBJECT_CITY = re.compile(
    rf"(?P<city>{CITY})(?P<gap>(?=[^\S\n]*[,(\[]){_GAP}{{1,400}}?)?{_BRIDGE}"
)
_ADJACENT_CITY = re.compile(
    rf"(?P<city>{CITY})(?:\s*\((?:[^()\n]|\([^()\n]{{0,20}}\)){{0,300}}\)|\[[^\[\]\n]{{0,40}}\]){{0,4}}"
    rf"(?:,\s*not\s+{CITY},)?{_BRIDGE}"
)
_GAP_PAST = re.compile(
    r"\b(?:is|are|was|were|had|became|become|former|formerly|once|until|till|not|never|"
    r"no\s+longer|moved|relocated|capital|capitals)\b",
    re.IGNORECASE,
)
_FORMER_AFTER = re.compile(
    r"^[,)]?\s+(?:until|till|from\s+\d|between|before\s+\d|in\s+\d|during|under|prior)\b"
)
# A span of time after the capital: over ("St. Petersburg, Russia's capital for two centuries,
# …"), unless a perfect tense makes it go on ("Bonn has been … for a decade" would).
_FOR_SPAN_AFTER = re.compile(
    r"^[,)]?\s+for\s+(?:over\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:\d+|a|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)(?:-[a-z]+)?|several|many|some|a\s+few|hundreds\s+of"
    r"|(?:a|one|two|three)\s+hundred)\s+(?:years?|decades?"
    r"|centuries|century)\b"
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been|served)\b")
_MARKED_FALSE = re.compile(
    r"^[\s.!]*(?:[—–-]+\s*)?[(\[]?\s*(?:FALSE|False|false|F\b|✗|✘|❌|Wrong|wrong)(?:\b|(?=[)\]]))"
)
_BELIEVED_ONLY = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|myth|misconception|mistakenly|wrongly|"
    r"assume|assumes|assumed|if|whether|claim|claims|claimed|pretend|imagine|suppose|not|"
    r"despite|guess|wonder|wondering|asked|ask|asks|whereas|unless)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# "Lima is the capital of Peru. (True/False)", "True or false: …", "T/F: …"
_TRUE_OR_FALSE = r"(?i:true\s*/\s*false|true\s+or\s+false|\bT\s*/\s*F\b)"
_TRUE_OR_FALSE_AFTER = re.compile(rf"[^\n]{{0,12}}?[(\[]?\s*{_TRUE_OR_FALSE}")
_TRUE_OR_FALSE_BEFORE = re.compile(rf"{_TRUE_OR_FALSE}[^\n]{{0,40}}$")
# ... or true, where a key judges a true-or-false statement: "Lima is the capital of Peru.
# (True)", "… Answer: T" (not the choice itself: "(True/False)", "True or false?")
_MARKED_TRUE = re.compile(
    rf"[^\S\n]*[.!]?[^\S\n]*(?:[(\[]?[^\S\n]*{_TRUE_OR_FALSE}[^\S\n]*[)\]]?[^\S\n]*)?"
    r"(?:[—–-]+[^\S\n]*)?[(\[]?[^\S\n]*(?:(?i:answer|ans|key)[^\S\n]*[:=-][^\S\n]*)?"
    r"(?:TRUE|True|true|T\b|✓|✔)(?!\s*(?:/|or\b))(?:\b|(?=[)\]]))"
)
# (and a question on why it is so takes it as given: "How come Albany is the capital of …?")
_ASSERTING_QUESTION = re.compile(r"(?i)\b(?:did\s+you\s+know(?:\s+that)?|how\s+come|why)\s+$")
_QUESTION_AFTER = re.compile(r"^[^.!\n]{0,40}\?")
# a question without its verb, a gerund's phrase ("Visiting the Malaysian capital Kuala
# Lumpur?", "Heading to Nairobi, Kenya's capital?"): it asks about a trip, the apposition
# inside it still states the capital
_GERUND_QUESTION = re.compile(
    r"[^\S\n]*(?:[-*•][^\S\n]*)?(?P<gerund>[A-Z][a-z]{2,}ing)[^\S\n]+"
    r"(?:the|to|in|a|an|around|through|for|from|with)\b"
)
# a statement asked to be confirmed: "Tallinn is the capital of Estonia, right?"
_TAG_QUESTION = re.compile(
    r"(?i)[^\S\n]*,[^\S\n]*(?:right|correct|isn['’]t[^\S\n]+it|no|yes|eh|innit)[^\S\n]*\?"
)
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z][a-z'’-]*)\b")
_ABBREVIATION_BEFORE_STOP = re.compile(
    r"(?:\b[A-Z]|\bSt|\bMt|\bFt|\bDr|\bMr|\bMrs|\bMs|\bNo|\bvs|\bpron|\bc|\bca|\bapprox|\blit|"
    r"\be\.g|\bi\.e|\bcf|(?<=[)\s])n)$"
)
# (a string opening in data starts one too: "('Japan', 'Japan is an island …')")
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)\]]*\s+|\n|(?<=[,(\[])[^\S\n]*'(?=[A-Z])")
# ("which" after a comma opens a relative clause, no question: "the settlement, which was agreed
# in the Spanish capital, Madrid")
_QUESTION_BEFORE = re.compile(
    r"(?:\b[Ww]hat|(?<!,)(?<!,\s)\b[Ww]hich|\b[Nn]ame|\b[Gg]uess)\b[^.!?\n]{0,30}$"
)


# The lines whose plain view is read again: those that speak of a capital.
_CAPITAL_LINE = re.compile(r"(?i)capital")
# lines after (and before) a line on capitals that its list's items may fill: their markup
# ("[Ohio](…) – [Columbus](…)") is read away with the heading's
_LIST_REACH = 60


@dataclass(frozen=True)
class _Candidate:
    rule: str
    subject: str
    city: str
    start: int
    end: int
    anchor: int  # one fact per anchor: the word "capital", or the cell/item that holds the city
    # the second of two places joined by "and of": its city is the first's, stated once
    shares_city: bool = False


def _inside_parenthesis(text: str, after: int, position: int) -> bool:
    """Whether a bracket opened before ``after`` closes between it and ``position`` (on the
    same line)."""
    between = text[after:position]
    return "\n" not in between and between.count(")") > between.count("(")


def _sentence_start(text: str, position: int, limit: int = 500) -> int:
    """Where the sentence holding ``position`` starts (a full stop after an abbreviation or an
    initial, as in ``U.S.`` or ``St.``, ends none)."""
    floor = max(0, position - limit)
    start = floor
    for stop in _SENTENCE_STOP.finditer(text, floor, position):
        if stop.group().startswith(".") and _ABBREVIATION_BEFORE_STOP.search(
            text, max(0, stop.start() - 8), stop.start()
        ):
            continue
        if stop.group() != "\n" and _inside_parenthesis(text, stop.end(), position):
            continue  # "Lisbon (Port. Lisboa), the capital …": a stop inside brackets
        start = stop.end()
    return start


_DAY_AFTER_CITY = re.compile(
    r"\s+(?:(?:on|in|at|by)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b.*$"
)


# a capitalised gerund or describing word ("Visiting", "Beautiful", "Historic", "Sunny")
_DESCRIBING_OPENER = re.compile(r"[A-Z][a-z]+(?:ing|ful|ic|ous|y|ed|ant|ent|al|ive|ern|ish)")
_SHOUTED_OPENER = re.compile(r"[A-Z]{2,6}:?")


def _city(raw: str, subject: str = "") -> str | None:
    """``raw`` as a capital city: a capitalised place name, no question word or label, not a
    country other than the subject; else None."""
    raw = nfkc(raw).strip(" \t,;:·•*\"'“”‘’`")
    raw = re.sub(r"\s*\[[^\]]*\]$", "", raw)  # a footnote mark
    raw = _DAY_AFTER_CITY.sub("", raw)  # "Bamako on Friday": the city ends before the day
    if not raw or any(ch.isdigit() for ch in raw):
        return None
    if not _CITY_RE.fullmatch(raw):
        raw = raw.rstrip(".")  # a full stop that ends the sentence, not "D.C."
        if not _CITY_RE.fullmatch(raw):
            return None
    city = trim_place(raw)
    words = city.split()
    if (
        len(words) > 1
        and (_DESCRIBING_OPENER.fullmatch(words[0]) or _SHOUTED_OPENER.fullmatch(words[0]))
        and not places.is_known_city(city)
        and places.is_known_city(" ".join(words[1:]))
    ):
        # a sentence's opening gerund or describing word before a city the gazetteer knows
        # ("Visiting Lima, Peru's capital", "Beautiful Bern, the Swiss capital"), or a chat's
        # shouted prefix ("BTW Ankara is …", "IMO Bern …"); a city whose name opens so stays
        # ("Sterling Heights", "King Edward Point")
        city = " ".join(words[1:])
    if len(city) <= 3 and city.isupper():
        return None  # a code ("KE", "OH"), not a city
    words = city.lower().split()
    if words[0] in _words()["not_cities"] or city.lower() in _words()["not_cities"]:
        return None
    if places.is_country(city) and places.place_key(city) != places.place_key(subject):
        return None  # "Tokyo – Japan", "Tartu, Estonia - Braga, Portugal": no capital pair
    if words[-1] in _EVENT_ENDINGS:
        return None  # "Kuwait–Najd War (1919–1921)": a war, not a city
    if len(words) > 1 and words[-1] in _DIVISION_ENDINGS:
        return None  # "… is situated in Nairobi Province": a division, not a city
    if places.country_of_adjective(city) or (
        city.endswith("s") and places.country_of_adjective(city[:-1])
    ):
        return None  # "the Australian capital of South Africans in exile": a people
    if len(words) == 1 and words[0].endswith("ly") and not places.is_known_city(city):
        return None  # "Internationally, …": an adverb opening a sentence
    return clean_place(city)


# the last words of a division's name, no city's
_DIVISION_ENDINGS = frozenset(
    "province region county district prefecture oblast governorate department".split()
)
# the last words of an event's name ("Gulf War", "Siege of Leningrad" aside)
_EVENT_ENDINGS = frozenset(
    "war wars battle siege revolution uprising rebellion treaty crisis massacre campaign"
    " expedition offensive invasion".split()
)


# A division the text names by its kind, "the province of" and its name, which the gazetteer
# does not know: "the Roman province of Gallia Lugdunensis"
_NAMED_DIVISION = re.compile(
    # (not a county's, a district's or a department's kind: in most countries a second level)
    r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:province|state|region|canton|prefecture"
    r"|oblast|governorate|voivodeship|autonomous\s+community)\s+of\s+"
    rf"(?P<name>{CAP_WORD}(?:{SPACE}(?:(?:de|del|di|da|do|la|las|los|and)\s+)?{CAP_WORD}){{0,3}})"
)


def _region_at(text: str, start: int, end: int | None = None) -> places.RegionMatch | None:
    """A known country or region at ``start``, or a division named by its kind ("the state of
    X") that the gazetteer does not know, not followed by words that continue a noun phrase
    ("the capital of Texas politics"). (A division named after a known city is no first-level
    one that the gazetteer misses but a province of a region: "the province of Burgos", in
    Castile and León.)"""
    region = places.find_region(text, start, end)
    if (
        region is None
        and (named := _NAMED_DIVISION.match(text, start, end or len(text)))
        and not places.is_known_city(named["name"])
    ):
        region = places.RegionMatch(named["name"], start, named.end(), places.Place("region", ""))
    if region is None:
        return None
    if region.name.lower() in _words()["not_places"]:
        return None
    if (nxt := _NEXT_WORD.match(text, region.end)) and nxt[1] not in _words()["may_follow_region"]:
        return None
    return region


def _modifier_before(text: str, position: int) -> str:
    """The lower-case word just before ``position`` ("summer" in "the summer capital")."""
    m = re.search(r"([A-Za-z][\w-]*)\s*$", text[max(0, position - 30) : position])
    return m[1].lower() if m else ""


def _gerund_question(text: str, start: int) -> bool:
    """Whether the sentence holding ``start`` opens with a gerund's phrase, no verb: "Visiting
    the Malaysian capital Kuala Lumpur?" (not a city's name ending so: "Beijing in …")."""
    m = _GERUND_QUESTION.match(text, _sentence_start(text, start, 200))
    return m is not None and m.start("gerund") <= start and not places.is_known_city(m["gerund"])


def _current(text: str, start: int, region_end: int, end: int, apposed: bool = False) -> bool:
    """Whether a sentence match states a current capital: not followed by a mark of the past
    ("until 1990"), of falsehood ("— FALSE") or a question mark, and not a belief or question
    ("many think that …", "what is …"). An ``apposed`` capital closed by its comma leaves what
    follows to the sentence's verb ("… of Tashkent, the capital of Uzbekistan, until the
    1980s": the population's time, not the capital's)."""
    closed = apposed and text.startswith(",", region_end)
    if not closed and _FORMER_AFTER.match(text[region_end : region_end + 40]):
        return False
    if (
        not closed
        and _FOR_SPAN_AFTER.match(text[region_end : region_end + 60])
        and not _PERFECT.search(text, start, region_end)
    ):
        return False
    if _MARKED_FALSE.match(text[end : end + 40]):
        return False
    if (
        _QUESTION_AFTER.match(text[end : end + 60])
        and not _ASSERTING_QUESTION.search(text, max(0, start - 40), start)
        and not _TAG_QUESTION.match(text, end)
        and not _gerund_question(text, start)
    ):
        return False  # a question, unless one that asserts ("Did you know the capital …?")
    if (
        _TRUE_OR_FALSE_AFTER.match(text, end)
        or _TRUE_OR_FALSE_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start)
    ) and not _MARKED_TRUE.match(text, end):
        return False  # a quiz's statement to judge, not one the text makes (unless judged)
    # (within the sentence: a data row's column "name" before its string is no question)
    before = text[max(_sentence_start(text, start, 60), start - 60) : start]
    return not _BELIEVED_ONLY.search(before) and not (
        _QUESTION_BEFORE.search(before) and not _LOCATIVE_BEFORE.search(before)
    )


# a capital the clause places something in: "the Bank of Sierra Leone which is in the capital,
# Freetown" (a relative clause; its question mark after it would still make it a question)
_LOCATIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|based|located)\s+(?:in|at|near)\s+$")


# ---------------------------------------------------------------------------------------------
# Sentences


def _capital_of_phrases(
    text: str,
) -> Iterator[tuple[re.Match[str], places.RegionMatch, int, bool]]:
    """Every "the capital (city) of X" with X a known region, whose "capital" has no
    disqualifying word before it ("the summer capital of"): with where the places it names end
    and whether X is the second of two ("… of the province of Bari and of the Apulia region":
    a place joined by "and of" has the same capital; "and" alone may join other words, "the
    capital of France and Europe's …")."""
    for m in _CAPITAL_OF.finditer(text):
        if not m["the"] and _modifier_before(text, m.start()) in _words()["other_modifiers"]:
            continue
        if m["describing"] and m["describing"] in _words()["other_modifiers"]:
            continue
        if m["the"] is None and _modifier_before(text, m.start()) in ("a", "an"):
            continue
        if region := _region_at(text, m.end()):
            second = None
            if joined := _AND_OF.match(text, region.end):
                second = _region_at(text, joined.end())
            tail = second.end if second else region.end
            yield m, region, tail, False
            if second:
                yield m, second, tail, True


_AND_OF = re.compile(r",?[^\S\n]+and[^\S\n]+of[^\S\n]+")


# other cities after the first, parted by slashes, bars or "or": options to choose from
_OPTIONS_AFTER = re.compile(rf"[^\S\n]*(?:/|\||\bor\b)[^\S\n]*{CITY}")
# "Far from the capital of Peru, Cusco, …": a place away from the capital follows
_AWAY_FROM = frozenset("from near outside beyond of around between past".split())
# (or "Being": "Being the capital of Kenya, Nairobi hosts …")
_AS_OPENS = re.compile(r"(?:^|[.!?;:\n]\s*|,\s+)(?:[Aa]s|[Bb]eing)\s+$")


def _sentence_candidates(text: str) -> Iterator[_Candidate]:
    for m, region, tail, second in _capital_of_phrases(text):
        anchor = m.start() + m.group().lower().index("capital")
        # (the second of two places joined: its own anchor, the city shared with the first)
        if second:
            anchor = tail
        # The capital of X is Y
        after = _IS_AFTER_REGION.match(text, tail)
        if (
            after
            and after["apposed"]
            and m["the"] != "The"
            and not (
                m["the"]
                and places.is_known_city(after["apposed"])
                and _modifier_before(text, m.start()) not in _AWAY_FROM
            )
        ):
            # "The capital of Ohio, Columbus, …" opens its sentence; mid-sentence only a
            # known city is apposed ("visiting the capital of Laos, Vientiane, is …")
            after = None
        if (
            after
            and after["closed"] == ""
            and not places.is_known_capital(after["apposed"], region.name)
        ):
            # closed by the sentence's end, the apposition may end a list ("Graz is the
            # capital of Styria, Linz."): only the seat the gazetteer knows is apposed
            after = None
        if after and after["apposed"] and after["closed"] is None:
            # without its closing comma an apposition opens its sentence only: "The capital of
            # Alberta, Edmonton is …" (mid-sentence it lists: "Graz is the capital of Styria,
            # Linz is …")
            if m["the"] != "The":
                after = None
            elif _NEGATED_AFTER.match(text, after.end()):
                continue  # "The capital of Alberta, Calgary is not …"
        apposed = (after["dashed"] or after["bracketed"]) if after else None
        if apposed and m["the"] != "The" and not places.is_known_city(apposed):
            after = None  # mid-sentence, a known city only (as for the comma's apposition)
        if after and _OPTIONS_AFTER.match(text, after.end()):
            continue  # "Circle the capital of Kenya: Mombasa / Nairobi / Kisumu": options
        if after and (
            city := _city(after["city"] or after["apposed"] or apposed or "", region.name)
        ):
            if _current(text, m.start(), tail, after.end()):
                yield _Candidate(
                    "capital_of_x_is_y", region.name, city, m.start(), after.end(), anchor, second
                )
            continue
        # As the capital of X, Y … (or, after a comma, the city before: "Nairobi, as the
        # capital of Kenya, hosts …", read below)
        if _AS_OPENS.search(text, max(0, m.start() - 30), m.start()):
            if (
                (after := re.compile(rf",\s+(?P<city>{CITY})").match(text, tail))
                and (city := _city(after["city"], region.name))
                and _current(text, m.start(), tail, after.end())
            ):
                yield _Candidate(
                    "as_capital_of_x_y", region.name, city, m.start(), after.end(), anchor, second
                )
                continue
            if not (
                re.search(r",\s+(?:as|being)\s+$", text[max(0, m.start() - 12) : m.start()])
                and re.match(r"[^\S\n]*[,;.)]", text[tail : tail + 4])
            ):
                continue  # "Sydney, as the capital of Australia was once imagined, …": a clause
        # Y is the capital of X; Y, the capital of X; Y (…), also known as …, is the capital of X
        if found := _city_before(text, m.start()):
            city_start, raw = found
            if text[city_start + len(raw) : m.start()].strip() == ":" and not (
                places.is_known_city(raw)
            ):
                continue  # "Reminder: capital of Spain": a label, not a gazetteer's headword
            apposed = text[city_start + len(raw) : m.start()].strip() == ","
            if (city := _city(raw, region.name)) and _current(
                text, city_start, tail, tail, apposed
            ):
                yield _Candidate(
                    "y_is_capital_of_x", region.name, city, city_start, tail, anchor, second
                )


# The city's former names in its apposition ("Bishkek, formerly Pishpek and Frunze, is the
# capital …"): a past name, not a past capital.
# (a name known "in English" or another language: "formerly known in English as Mentz")
_KNOWN_AS = r"(?:known(?:\s+in\s+[A-Z][a-z]+)?\s+as|called)"
_FORMER_NAMES = re.compile(
    rf",\s+(?:formerly|previously)\s+(?:{_KNOWN_AS}\s+)?{CAP_WORD}"
    rf"(?:(?:,\s+|\s+and\s+|\s+or\s+){CAP_WORD}){{0,3}}(?=,|$)"
)
_FORMER_NAMES_BEFORE = re.compile(
    rf"\b(?:formerly|previously|{_KNOWN_AS})\s+(?:[A-Z][\w-]*(?:,\s+|\s+and\s+|\s+or\s+))*$"
)
# An aside in brackets after the city that holds no "capital": its other names and languages
# ("Kinshasa (formerly Leopoldville; French: …) is the capital …"), no past of the capital.
_ASIDE = re.compile(r"\((?:[^()\n]|\([^()\n]{0,60}\))*\)")


def _without_asides(gap: str) -> str:
    return _ASIDE.sub(lambda a: a.group() if "capital" in a.group().lower() else " ", gap)


_CITY_ENDING_GAP = re.compile(rf"(?P<city>{CITY})$")


def _known_city_apposed(gap: str, bridge: str) -> bool:
    """Whether a gap between a sentence's subject and its "the capital of" ends with a city
    the gazetteer knows, and only a comma bridges it to "the capital": the capital is apposed
    to that city, not said of the subject."""
    tail = _CITY_ENDING_GAP.search(gap[-80:])
    return (
        bridge.strip() == ","
        and tail is not None
        and places.is_known_city(trim_place(tail["city"]))
    )


# A city's other spelling after it, a dictionary's headword's way: "Bern or Berne, capital of …"
_VARIANT_BEFORE = re.compile(rf"[^\S\n]*(?P<city>{CITY})[^\S\n]+or[^\S\n]+")


def _spelling_variant(city: str, variant: str, joiner: str) -> bool:
    """Whether ``variant`` spells ``city`` another way: the same first letter after "or"
    ("Kyiv or Kiev"), the same first three after a comma ("Kathmandu, Katmandu")."""
    shared = 1 if joiner.strip() == "or" else 3
    return len(city) >= shared and city[:shared].lower() == variant[:shared].lower()


def _city_before(text: str, position: int) -> tuple[int, str] | None:
    """The city a "the capital of" at ``position`` is said of: the subject of its sentence,
    when only a parenthesis or an apposition stands between, else the place just before it."""
    start = _sentence_start(text, position)
    opener = re.compile(r"(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?").match(text, start, position)
    for begin in (start, opener.end() if opener else start):
        m = _SUBJECT_CITY.fullmatch(text, begin, position)
        if m and (
            m["city"].split()[0].lower() in CLAUSE_OPENERS
            or (m["city"].split()[0].endswith("ing") and not places.is_known_city(m["city"]))
        ):
            # "In West Africa, Dakar is …", "Starting Monday, Lima, …": a phrase before the
            # subject
            continue
        if m and m["gap"] and _known_city_apposed(m["gap"], text[m.end("gap") : position]):
            break  # "Russians, who made up half of Tashkent, the capital of …": Tashkent's
        if m and not (
            m["gap"] and _GAP_PAST.search(_FORMER_NAMES.sub("", _without_asides(m["gap"])))
        ):
            return m.start("city"), m["city"]
    # the place just before: scan the capitalised words of the sentence from the left
    for word in re.finditer(CAP_WORD, text[start:position]):
        m = _ADJACENT_CITY.fullmatch(text, start + word.start(), position)
        if m:
            before = text[start : m.start()]
            if (
                (first := _VARIANT_BEFORE.fullmatch(before))
                and _spelling_variant(first["city"], m["city"], "or")
                and places.is_known_city(first["city"])
            ):
                return start + first.start("city"), first["city"]  # "Bern or Berne, capital …"
            if re.search(r"\b(?:became|not)\s*$", before) or (
                re.search(r"\b(?:was|were|had)\s*$", before) and _CAPITAL_MENTION.search(before)
            ):
                # "… became Lima, the capital of …", "its capital was Lima, the capital of …";
                # not a visit's "Our next stop was Lima, the capital of Peru" (tenseless apposition)
                return None
            if _PREPOSITION_BEFORE.search(before) and re.match(r"\s+and\s", text[m.end("city") :]):
                return None  # "… the largest city of the European Union and the capital of …"
            if _FORMER_NAMES_BEFORE.search(before):
                return None  # "Bishkek, formerly Pishpek and Frunze, is …": an old name
            lead = before + m["city"][: len(m["city"]) - len(trim_place(m["city"]))]
            if (
                _OPENING_PREPOSITION.fullmatch(lead)
                and m.group().startswith(m["city"] + ",")
                # (a city the gazetteer knows takes the apposition: "In Abuja, the capital of
                # Nigeria, …")
                and not (
                    places.is_known_city(trim_place(m["city"]))
                    and _APPOSITION_CLOSES.match(text, position)
                )
            ):
                return None  # "In West Africa, the capital of Mali …": a scene, not the city
            return m.start("city"), m["city"]
    return None


_CAPITAL_MENTION = re.compile(r"(?i)\bcapital|\bseat\b")


# "Port Kaloria is the capital of Kaloria." with a place the gazetteer does not know (a new,
# renamed or fictional country, a county or a province of a country it holds no regions of):
# only the plainest form, a sentence that opens on the city; with the largest city coordinated
# ("… is the capital and most populous city in Kaloria County"), and what the sentence adds
# after a comma and a word in lower case ("…, and the third largest city in Sweden").
_PLAIN_UNLISTED = re.compile(
    rf"(?:^|(?<=[.!?])\s+|(?<=\n))(?P<city>{CITY})\s+is\s+the\s+capital"
    rf"(?:{_AND_LARGEST}\s+(?:of|in)|\s+of)\s+"
    rf"(?P<region>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}})"
    # (maybe the country it lies in after it: "… of Kaloria County, Sweden.")
    rf"(?:,{SPACE}(?P<country>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}}))?"
    rf"(?=[.!](?:\s|$)|$|,\s+(?-i:[a-z]))"
)


def _unlisted_candidates(text: str) -> Iterator[_Candidate]:
    for m in _PLAIN_UNLISTED.finditer(text):
        region = m["region"]
        if places.is_region(region) or region.lower() in _words()["not_places"]:
            continue  # known places are read by the other rules
        if places.is_known_city(region):
            continue  # a city is no city's region: "London is the capital of Paris, and …"
        if region.split()[0].lower() in CLAUSE_OPENERS:
            continue
        if re.search(r"['’]s\b", region):
            continue  # "… of Canada's Northern Territory": a possessive, no plain name
        if m["country"] and not places.is_country(m["country"]):
            continue  # "… of Kaloria, Ruritania.": a list, or a place the gazetteer cannot place
        if (city := _city(m["city"], region)) and _current(text, m.start(), m.end(), m.end()):
            anchor = m.start() + m.group().index("capital")
            yield _Candidate("plain_unlisted", region, city, m.start("city"), m.end(), anchor)


# the apposition's closing comma after its place ("… the capital of Nigeria, people …")
_APPOSITION_CLOSES = re.compile(r"[^\n,.;!?]{1,80}?,")
_OPENING_PREPOSITION = re.compile(
    r"\s*(?:In|At|Across|Throughout|Within|Outside|Around|Beyond|Inside)\s+(?:the\s+)?"
)
# The arrow signs a list may part its place and its capital with ("Ohio → Columbus", "➡")
_ARROWS = "→➡➔⇒⟶"
# "Egypt's sprawling capital", "Portugal's hilly, coastal capital city": describing words may
# stand between, unless they make it another capital ("Italy's fashion capital")
_POSSESSIVE_CAPITAL = re.compile(
    # "Kenya's capital", and a bare apostrophe after a final s: "Laos' capital"
    # (a description coordinated before it: "Norway's seat of government and capital")
    rf"(?:['’]s|(?<=s)['’])\s+(?P<describing>(?:[a-z][a-z-]*,?\s+){{0,3}}?"
    rf"(?:seat\s+of\s+(?:government|power)\s+and\s+)?){_CAPITAL_WORD}{_AND_LARGEST}?(?![\w-])"
)
_POSSESSIVE_AFTER = re.compile(
    # "Kenya's capital, Nairobi", "… is Nairobi", "… city of Nairobi"
    # ("Kenya's capital: Nairobi", a label's colon right after the word)
    # ("… is called Nairobi", as school essays write it)
    rf"(?:,\s*|{_SINCE_PERFECT}?,?\s+(?:is|remains|has\s+(?:long\s+|always\s+)?been|{_IS_LOCATED})\s+{_ADVERB}"
    rf"(?:the\s+city\s+of\s+|(?:called|named)\s+)?|(?:\s+[-–—]|\s*:)\s+|\s+of\s+"
    # (or an equals sign or an arrow, as notes and posts write it: "Kenya's capital = Nairobi")
    rf"|\s*(?:=|->|[{_ARROWS}])\s*)(?P<city>{CITY})"
    # "Kenya's capital Nairobi is …": without a comma only before a verb or a comma
    rf"|[^\S\n]+(?P<bare>{CITY})"
    rf"(?=[,;.)]|\s+(?:is|has|lies|sits|stands|hosts|on|in|at|and|for|to|from|with|where)\b)"
    # or before any word in lower case where the gazetteer knows the city ("Senegal's capital
    # Dakar every week")
    rf"|[^\S\n]+(?P<known>{CITY})(?=[^\S\n]+[a-z])"
    # or asked and answered at once: "Kenya's capital? It's Nairobi."
    rf"|[^\S\n]*\?[^\S\n]+(?:It['’]s|It[^\S\n]+is|That['’]s)[^\S\n]+(?P<answered>{CITY})"
    rf"(?=[^\S\n]*[.!,]|[^\S\n]*$)"
)
_CITY_BEFORE_POSSESSIVE = re.compile(
    # "Lima, Peru's capital", "Lima (Peru's capital)", "Lima, which is Peru's capital", a
    # heading's "Lima: Peru's capital"; the city set against another: "Bern, not Zurich, is
    # Switzerland's capital"
    # (the city's short or local name in brackets may follow it: "Ulaanbaatar (UB), Mongolia's
    # capital")
    rf"(?P<city>{CITY})(?:[^\S\n]*\([^()\n]{{1,30}}\)(?=,))?"
    rf"(?:,\s+(?:which\s+is\s+|that\s+is\s+)?|\s+[—–]\s+|\s+-\s+|\s*\(\s*|"
    rf"[—–]|:[^\S\n]+|"
    # (or an aside between the city and its verb: "Honolulu, on Oahu, is Hawaii's capital")
    rf"(?:,\s*not\s+{CITY},|,[^\S\n]+[^,;:.!?()\n]{{2,50}},)?"
    rf"\s+(?:is|remains|serves\s+as|has\s+been)\s+{_ADVERB})$"
)


# "With Nairobi as its capital, Kenya …": the place is the clause's subject after the comma.
_WITH_AS_CAPITAL = re.compile(
    rf"\b[Ww]ith\s+(?P<city>{CITY})\s+as\s+(?:its|their)\s+(?:{_MODIFIER}\s+)?{_CAPITAL_WORD},\s+"
)


# "Kenya is a country in East Africa with Nairobi as its capital.": the sentence's place
_WITH_AS_CAPITAL_AFTER = re.compile(
    rf"\b[Ww]ith\s+(?P<city>{CITY})\s+as\s+(?:its|their)\s+(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}"
    rf"(?=\s*[.;!]|[^\S\n]*(?:\n|$))"
)


# "Texas has Austin as its capital": present "has" only ("had … as its capital" is the past)
# (each pattern led by a run of spaces opens only where the run does: tried inside a long run,
# it would read the rest of the run from every space, quadratic in the run's length)
_HAS_AS_CAPITAL = re.compile(
    rf"(?<![^\S\n])[^\S\n]+(?:still[^\S\n]+)?has\s+(?:(?P<city>{CITY})\s+as\s+(?:its|their)\s+"
    rf"(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}(?![\w-])(?!\s+(?:of|for|in)\b)"
    # (or the capital named after it: "Kenya has a capital called Nairobi")
    rf"|(?:a|its)\s+{_CAPITAL_WORD}\s+(?:called|named)\s+(?P<named>{CITY}))"
)


# "Ontario, with Toronto as its capital, is …": the place before the aside, its verb after it
_WITH_AS_CAPITAL_ASIDE = re.compile(
    rf",\s+with\s+(?P<city>{CITY})\s+as\s+(?:its|their)\s+(?:{_MODIFIER}\s+)?{_CAPITAL_WORD},"
    rf"\s+(?=[a-z])"
)


_APPOSED_BEFORE_HAS = re.compile(r",(?:\s+(?:the|a|an)\s+[^,;.\n]{1,80},|\s+which)")


def _with_as_capital_candidates(text: str) -> Iterator[_Candidate]:
    for m in _HAS_AS_CAPITAL.finditer(text):
        region = places.region_before(text, m.start())
        if region is None:
            # the sentence's place and an apposition or "which" before the verb: "Tasmania, the
            # island state, has Hobart as its capital", "Tasmania, which has Hobart as …"
            opened = places.region_starting_at(text, _sentence_start(text, m.start()), m.start())
            if opened and _APPOSED_BEFORE_HAS.fullmatch(text, opened.end, m.start()):
                region = opened
        if (
            region
            and (city := _city(m["city"] or m["named"], region.name))
            and _current(text, region.start, m.end(), m.end())
        ):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("with-as", region.name, city, region.start, m.end(), anchor)
    for m in _WITH_AS_CAPITAL_AFTER.finditer(text):
        start = _sentence_start(text, m.start())
        region = places.region_starting_at(text, start, m.start())
        # (a present "is" or an apposition: "Kenya was a colony with …" states the past)
        if (
            region
            and re.match(r"[^\S\n]*,|[^\S\n]+is\b", text[region.end : region.end + 5])
            and (city := _city(m["city"], region.name))
            and _current(text, region.start, m.end(), m.end())
        ):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("with-as", region.name, city, region.start, m.end(), anchor)
    for m in _WITH_AS_CAPITAL_ASIDE.finditer(text):
        region = places.region_before(text, m.start())
        if (
            region
            and (city := _city(m["city"], region.name))
            and _current(text, region.start, m.end(), m.end())
        ):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("with-as", region.name, city, region.start, m.end(), anchor)
    for m in _WITH_AS_CAPITAL.finditer(text):
        # the place and the clause's verb after it ("Kenya became …")
        region = places.region_starting_at(text, m.end())
        if region is None or not re.match(r"[^\S\n]+[a-z]", text[region.end : region.end + 3]):
            continue
        if city := _city(m["city"], region.name):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("with-as", region.name, city, m.start(), region.end, anchor)


_FIGURATIVE_OF = re.compile(rf"\s+of\s+(?:the\s+)?(?:[a-z]|(?P<named>{CITY}))")


def _figurative_of(text: str, position: int) -> bool:
    """Whether "of" after a possessive's capital names what it is the capital of ("Peru's
    capital of gastronomy", "Russia's capital of Eastern Orthodox Christianity"), not the city
    ("Peru's capital of Lima")."""
    m = _FIGURATIVE_OF.match(text, position)
    return m is not None and not (m["named"] and places.is_known_city(m["named"]))


# "Canberra is Australia's capital, Sydney is not": the city after it is denied.
_NEGATED_AFTER = re.compile(r"\s+(?:is|was)\s+not\b|\s+(?:isn['’]t|wasn['’]t)\b")


def _labelled(before: re.Match[str]) -> bool:
    """Whether a city found before an apposition ends in a colon, as a heading's does ("Riga:
    the Latvian capital"), where a label may stand instead ("Tip:", "Update:")."""
    return ":" in before.group()[before.end("city") - before.start() :]


_ARTICLE_AT_END = re.compile(r"(?<![\w-])[Tt]he[^\S\n]+\Z")


def _possessive_candidates(text: str) -> Iterator[_Candidate]:
    for m in _POSSESSIVE_CAPITAL.finditer(text):
        describing = set(re.findall(r"[a-z][a-z-]*", m["describing"]))
        if describing & _words()["other_modifiers"]:
            continue
        region = places.region_before(text, m.start())
        if region is None or _figurative_of(text, m.end()):
            continue  # "Peru's capital of gastronomy": a figurative capital
        anchor = m.start() + m.group().lower().index("capital")
        window = text[max(0, region.start - 120) : region.start]
        # (the place's article is no part of what stands before it: "Manila, the Philippines'
        # capital", "Amsterdam is the Netherlands' capital")
        window = _ARTICLE_AT_END.sub("", window)
        before = _CITY_BEFORE_POSSESSIVE.search(window)
        # a city that a verb makes the capital ("Canberra is Australia's capital, …") is the
        # one the sentence states, whatever follows
        stated_before = before is not None and re.search(r"[a-z]\s*$", before.group()) is not None
        # ... and so is the city of an apposition that closes before the verb ("Toronto,
        # Ontario's capital, is Canada's largest city")
        apposed_before = (
            before is not None
            and before.group().rstrip().endswith(",")
            and text.startswith(",", m.end())
        )
        after = None if stated_before or apposed_before else _POSSESSIVE_AFTER.match(text, m.end())
        if after and after["known"] and not places.is_known_city(after["known"]):
            after = None
        if (
            after
            and re.match(r"\s+has\b", after.group())
            and not _SINCE_AFTER.match(text, after.end())
        ):
            after = None  # "Kenya's capital has been Mombasa in the past": only "since" continues
        # a worksheet's blank with its answer: "Ohio's capital is ______. (Columbus)"
        if after is None and "___" in text[m.end() : m.end() + 20]:
            answer = _answer_on_line(text, m.end())
            if answer and (city := _city(answer["city"], region.name)):
                yield _Candidate("worksheet", region.name, city, region.start, answer.end(), anchor)
            continue
        if after and (
            city := _city(
                after["city"] or after["bare"] or after["known"] or after["answered"], region.name
            )
        ):
            if _current(text, region.start, m.end(), after.end()) and not _NEGATED_AFTER.match(
                text, after.end()
            ):
                yield _Candidate("possessive", region.name, city, region.start, after.end(), anchor)
            continue
        if before and _labelled(before) and not places.is_known_city(before["city"]):
            before = None  # "Tip: Peru's capital is huge": a heading's colon after a known city
        if before and (city := _city(before["city"], region.name)):
            start = region.start - len(window) + before.start()
            if _current(text, start, m.end(), m.end()):
                yield _Candidate("possessive", region.name, city, start, m.end(), anchor)


_SINCE_AFTER = re.compile(r"[^.;!?\n]{0,40}?\bsince\b")
_WHOSE_CAPITAL = re.compile(
    # (the comma may be missing after a description: "Kenya is a country in East Africa whose
    # capital is Nairobi")
    rf"(?:,\s+|(?<![^\S\n])[^\S\n]+(?=whose\b))(?:whose\s+(?:own\s+)?(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}"
    # "Peru, the capital of which is Lima, …"
    rf"|the\s+(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}\s+of\s+which)"
    # (or the capital apposed: "Liberia, whose capital, Monrovia, is named …")
    rf"(?:\s+(?:is|remains)\s+{_ADVERB}|,\s+(?={CITY},))"
    rf"(?P<city>{CITY})"
)


def _whose_candidates(text: str) -> Iterator[_Candidate]:
    for m in _WHOSE_CAPITAL.finditer(text):
        region = places.region_before(text, m.start())
        if region is None and not m.group().startswith(","):
            # "Kenya is a country in East Africa whose capital is …": the described place
            region = _described_region(text, m.start())
        anchor = m.start() + m.group().lower().index("capital")
        if region is None and m.group().startswith(","):
            # "The 115-island country, whose capital is Victoria, …": the place the document
            # or paragraph is about, named by a description that opens the sentence (a
            # country for "country" or "nation", a region for "state")
            start = _sentence_start(text, m.start())
            opening = _THE_DESCRIBED_PLACE.fullmatch(text, start, m.start())
            subject = _topic(text, m.start()) if opening else None
            if (
                opening
                and subject
                and places.is_country(subject) == (opening["kind"] != "state")
                and (city := _city(m["city"], subject))
                and _current(text, m.start(), m.start(), m.end())
            ):
                yield _Candidate("whose_capital", subject, city, m.start(), m.end(), anchor)
            continue
        if (
            region
            and (city := _city(m["city"], region.name))
            and _current(text, region.start, m.start(), m.end())
        ):
            yield _Candidate("whose_capital", region.name, city, region.start, m.end(), anchor)


# "The country", "The small island nation", "The 115-island country" opening a sentence
_THE_DESCRIBED_PLACE = re.compile(
    r"The(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]+(?P<kind>country|nation|kingdom|republic|state)"
)


# "Peru and its capital Lima", "Kenya, with its capital Nairobi,", "Peru, capital Lima,", "Peru
# has its capital in Lima"
_ITS_CAPITAL_AFTER_REGION = re.compile(
    # "…, with its capital in Lima", "Peru: capital Lima, largest city …"
    rf"(?:,?(?<!\s)\s+(?:and|with|has)\s+its|,|:|(?<![^\S\n])[^\S\n]+[-–—])\s+(?:{_MODIFIER}\s+)?"
    rf"{_CAPITAL_WORD}"
    rf"(?:,\s*|:\s*|\s+(?:of\s+|in\s+|at\s+)?)"
    rf"(?P<city>{CITY})(?=[,.;:!?)]|\s+(?:is|was|has|and|in|on|to|at|for|with|where|which|are|were"
    rf"|had|have|will|would|lies|sits|remains)\b|[^\S\n]*(?:\n|$))"
)


# "Bhutan, a kingdom in the eastern Himalayas with its capital at Thimphu": the place opens
# its sentence and a description of it runs up to "with its capital".
_DESCRIBED = re.compile(r"(?:,|\s+is)\s+(?:a|an|the)\s+[^,.;:!?()\n]{1,80}$")
# a place after a preposition is part of a description ("Bavaria is a state in the south of
# Germany, with its capital at Munich"), not what "its" refers back to
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|to|near|from|on|at|by|within)\s+(?:the\s+)?$")


def _described_region(text: str, position: int) -> places.RegionMatch | None:
    """The region that opens the sentence holding ``position``, when all between it and
    ``position`` describes it (``X, a country in …``)."""
    start = _sentence_start(text, position)
    region = places.region_starting_at(text, start, position)
    if region and _DESCRIBED.fullmatch(text, region.end, position):
        return region
    return None


# A dictionary's or a gazetteer's definition: "Boise is a city in Idaho and the state capital",
# "Boise, a city in southwestern Idaho, is the state capital", "…; it is the state capital".
_TOWN_IN = re.compile(
    rf"(?P<city>{CITY}),?\s+(?:is\s+)?an?\s+(?:[a-z-]+\s+){{0,2}}(?:city|town|port)\s+in\s+"
    rf"(?:(?:the\s+)?[a-z-]+\s+){{0,3}}(?P<region>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,3}})"
    rf"(?:,?\s+and|,\s+is|;\s+it\s+is|,\s+and\s+is)\s+(?:also\s+)?(?:its\s+|the\s+)"
    rf"(?:(?P<kind>state|provincial|national|territorial|regional)\s+)?capital\b"
    rf"(?!\s+(?:of|for|in)\b)"
)


# A data row's name field and its description field: "('Lima', 'Capital of Peru')",
# "\"Lima\",\"The capital city of Peru, on the coast\"" (the description opens with the phrase).
_DESCRIBED_FIELD = re.compile(
    rf"(?P<quote>['\"])(?P<city>{CITY})(?P=quote)[^\S\n]*[,;\t][^\S\n]*['\"](?:[Tt]he\s+)?"
    rf"(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}\s+of\s+(?:the\s+)?"
)


def _described_field_candidates(text: str) -> Iterator[_Candidate]:
    for m in _near_capital(text, _DESCRIBED_FIELD, before=120, after=20):
        region = _region_at(text, m.end())
        if region is None or not re.match(r"[^\S\n]*(?:['\",.;)]|$)", text[region.end :]):
            continue
        if city := _city(m["city"], region.name):
            anchor = m.start() + m.group().lower().rindex("capital")
            yield _Candidate("described_field", region.name, city, m.start(), region.end, anchor)


# "Why is Albany the capital of New York?": the question takes the capital as given
_WHY_IS_Y_THE_CAPITAL = re.compile(
    rf"\b[Ww]hy\s+is\s+(?P<city>{CITY})\s+the\s+(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}\s+of\s+(?:the\s+)?"
)


def _why_candidates(text: str) -> Iterator[_Candidate]:
    for m in _near_capital(text, _WHY_IS_Y_THE_CAPITAL):
        if (region := _region_at(text, m.end())) and (city := _city(m["city"], region.name)):
            anchor = m.start() + m.group().lower().rindex("capital")
            yield _Candidate("why_is", region.name, city, m.start(), region.end, anchor)


# A dictionary's or a gazetteer's entry: the city as its headword at a line's start, its
# pronunciation and part of speech, a sense number, then the definition: "Lima /ˈliːmə/ proper
# noun: the capital and largest city of Peru", "Accra. Capital of Ghana, on the Gulf of
# Guinea", "Berlin (bɜːˈlɪn) 1. the capital of Germany"
_HEADWORD_CAPITAL = re.compile(
    # (a glossary's "Definition of Oslo: …" too)
    # (the headword maybe split in syllables by middle dots: "Nai·ro·bi (nī-rō′bē) The capital
    # of Kenya", as dictionaries print it)
    rf"(?m)^[^\S\n]*(?P<defined>(?:Definition|Meaning)[^\S\n]+of[^\S\n]+)?"
    rf"(?:(?P<dotted>[A-Z][a-z]*(?:·[a-z]+)+)|(?P<city>{CITY}))"
    # (its other spelling after it: "Bern or Berne, capital of …", "Kathmandu, Katmandu. …")
    rf"(?:(?P<joiner>[^\S\n]+or|,)[^\S\n]+(?P<variant>{CAP_WORD}))?"
    # (a pronunciation between backslashes too, as Merriam-Webster writes it: "\\nī-ˈrō-bē\\")
    rf"(?P<entry>[^\S\n]*(?:/[^/\n]{{1,40}}/|\[[^\[\]\n]{{1,40}}\]|\([^()\n]{{1,40}}\)"
    rf"|\\[^\\\n]{{1,40}}\\))?"
    # the part of speech after a comma or on a line of its own ("Lima, n. — capital of Peru",
    # "Oslo n the capital …", "Lima\nnoun\nthe capital of Peru", "Lima\nn.\nThe capital …"), then a
    # colon or a dash
    rf"(?:(?P<pos>,?[^\S\n]+(?:proper[^\S\n]+noun|noun|n\.?(?=[\s:—–-])))"
    rf"|[^\S\n]*\n[^\S\n]*(?P<pos_line>(?:proper[^\S\n]+)?noun|n\.|n(?=[^\S\n]*\n)"
    # (or the pronunciation's line: "Lima\n/ˈliːmə/\nthe capital of Peru")
    rf"|/[^/\n]{{1,40}}/|\[[^\[\]\n]{{1,40}}\])[^\S\n]*\n)?"
    # (a line break before the definition only after the part of speech's line: a city over
    # "Capital of Togo" is a flashcard's answer to the card above)
    rf"[^\S\n]*[:.,]?(?:[^\S\n]*[—–])?(?:[^\S\n]*\d\.)?(?:[^\S\n]+|(?<=\n))"
    # (the kind of place first, a gazetteer's: "Nairobi — city, capital of Kenya")
    rf"(?:(?:a[^\S\n]+city[^\S\n]+in[^\S\n]+and[^\S\n]+)?the[^\S\n]+|The[^\S\n]+"
    rf"|city,[^\S\n]+)?"
    rf"(?:{_MODIFIER}[^\S\n]+)?[Cc]apital(?:[^\S\n]+(?:and[^\S\n]+largest[^\S\n]+)?city)?"
    rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
)


# what follows a definition's place: its end, or more of the definition ("…, on the Gulf of
# Guinea"), never a verb ("History. The capital of Peru was moved …" is prose after a heading)
# (or the year since which it is: "Dodoma. The capital of Tanzania since 1996.")
_DEFINITION_GOES_ON = re.compile(r"[^\S\n]*(?:[,.;:)]|$|since[^\S\n]+\d{4}\b)", re.MULTILINE)


def _headword_candidates(text: str) -> Iterator[_Candidate]:
    for m in _near_capital(text, _HEADWORD_CAPITAL):
        region = _region_at(text, m.end())
        if region is None or not _DEFINITION_GOES_ON.match(text, region.end):
            continue
        if m["variant"] and not _spelling_variant(m["city"] or "", m["variant"], m["joiner"]):
            continue  # "Lagos, Abuja, capital of …": two cities, not one spelt two ways
        # a headword the gazetteer knows, or one a pronunciation or a part of speech marks
        headword = (
            m["entry"]
            or m["pos"]
            or m["pos_line"]
            or m["defined"]
            or m["dotted"]
            or places.is_known_city(m["city"])
        )
        raw = m["city"] or m["dotted"].replace("·", "")
        if (
            headword
            and (city := _city(raw, region.name))
            and _current(text, m.start(), region.end, region.end)
        ):
            anchor = m.start() + m.group().lower().rindex("capital")
            yield _Candidate("headword", region.name, city, m.start(), region.end, anchor)


# A dictionary's entry for a country, its capital given among its facts: "Ghana n. a republic
# in West Africa; capital, Accra.", "Peru n. … Capital: Lima. Pop: …"
_COUNTRY_HEADWORD = re.compile(
    rf"(?m)^[^\S\n]*(?P<head>{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,3}})"
    rf"(?:[^\S\n]*(?:/[^/\n]{{1,40}}/|\[[^\]\n]{{1,40}}\]))?,?[^\S\n]+(?:n\.|noun\b|N\.)"
)
_ENTRY_CAPITAL = re.compile(
    rf"[;.,][^\S\n]*(?:[Cc]apital(?:[^\S\n]+city)?|CAPITAL|[Cc]ap\.)[,:]?[^\S\n]+(?P<city>{CITY})"
)
_ENTRY_REACH = 600
# A lexical database's gloss, its headword in lower case: "lima, capital of peru -- (the capital
# and largest city of Peru; …)" (a city the gazetteer knows)
_LOWER_HEADWORD_CAPITAL = re.compile(
    rf"(?m)^[^\S\n]*(?P<city>[a-z][a-z'’-]+(?:[^\S\n][a-z][a-z'’-]+){{0,2}})(?:,[^\n]{{0,160}}?)?"
    rf"[^\S\n]+--?[^\S\n]+\(?(?:the[^\S\n]+)?(?:{_MODIFIER}[^\S\n]+)?[Cc]apital(?:[^\S\n]+city)?"
    rf"{_AND_LARGEST}?[^\S\n]+of[^\S\n]+"
)


def _dictionary_entry_candidates(text: str) -> Iterator[_Candidate]:
    for m in _COUNTRY_HEADWORD.finditer(text):
        subject = places.region_name(m["head"])
        if subject is None:
            continue
        gap = layout.BLANK_LINE.search(text, m.end(), m.end() + _ENTRY_REACH)
        stop = gap.start() if gap else min(len(text), m.end() + _ENTRY_REACH)
        # (the entry ends where the next headword opens a line)
        following = _COUNTRY_HEADWORD.search(text, m.end(), stop)
        stop = following.start() if following else stop
        field = _ENTRY_CAPITAL.search(text, m.end(), stop)
        if field and (city := _city(field["city"], subject)):
            anchor = field.start() + field.group().lower().index("cap")
            yield _Candidate("headword", subject, city, m.start(), field.end(), anchor)
    for m in _near_capital(text, _LOWER_HEADWORD_CAPITAL):
        raw = m["city"].title()
        region = _region_at(text, m.end())
        if region is None or not places.is_known_city(raw):
            continue
        if city := _city(raw, region.name):
            anchor = m.start() + m.group().lower().rindex("capital")
            yield _Candidate("headword", region.name, city, m.start(), region.end, anchor)


# "This is Hobart. It is the capital of Tasmania.", "Welcome to Hobart! It is the capital of …":
# "It" stands for the city the sentence before named (as its subject or after "This is" /
# "Welcome to"), a city the gazetteer knows
_IT_IS_THE_CAPITAL = re.compile(
    # (or "That's": "Yes, Canberra. That's the capital of Australia.")
    # (or "It's", and "Its" as posts misspell it: "Canberra. Its the capital of Australia.")
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:It\s+(?:is|remains|serves\s+as)|It['’]?s|That(?:['’]s|\s+is))"
    rf"\s+(?:also\s+)?the\s+"
    rf"(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}\s+of\s+(?:the\s+)?"
)
_CITY_OPENING = re.compile(
    rf"(?:(?:This|Here)\s+is|Welcome\s+to|Visit|(?:Yes|Yeah|No|Nope|Actually|Well),?"
    # (a sentence that names the city as its predicate: "My favourite place is Rome. It is …")
    rf"|(?:My|Our)\s+(?:favou?rite|next|first|last)\s+(?:place|city|stop|destination)\s+"
    rf"(?:is|was)"
    # (or where the writer lives or comes from: "I live in Accra. It is the capital of Ghana.")
    rf"|I\s+(?:live|lived|grew\s+up|was\s+born)\s+in|I(?:\s+am|['’]m)\s+from|I\s+come\s+from)?\s*"
    rf"(?P<city>{CITY})(?=[\s,!.])"
)


_IT_SENTENCE = re.compile(r"It\s+[a-z]")
_IT_CHAIN = 4  # sentences about "it" looked back over to the one that names the city


def _it_is_candidates(text: str) -> Iterator[_Candidate]:
    for m in _near_capital(text, _IT_IS_THE_CAPITAL):
        region = _region_at(text, m.end())
        before = _sentence_start(text, max(0, m.start() - 1))
        # (back over sentences that go on about "it": "Burgos is a city in Spain. It has
        # 180,000 inhabitants. It is the capital of …")
        for _ in range(_IT_CHAIN):
            if not _IT_SENTENCE.match(text, before) or before == 0:
                break
            before = _sentence_start(text, before - 1)
        opening = _CITY_OPENING.match(text, before, m.start())
        if region is None or opening is None or not places.is_known_city(opening["city"]):
            continue
        if (city := _city(opening["city"], region.name)) and _current(
            text, m.start(), region.end, region.end
        ):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("it_is", region.name, city, opening.start("city"), region.end, anchor)


# A correction of a wrong belief: "People think Sydney is the capital of Australia, but it's
# actually Canberra", "Sydney isn't the capital of Australia, Canberra is."
_CORRECTED_CAPITAL = re.compile(
    rf"\b(?:is|isn['’]t|is\s+not|was\s+not|wasn['’]t)\s+the\s+{_CAPITAL_WORD}\s+of\s+(?:the\s+)?"
)
# (one wrong city or several: "… isn't Sydney or Melbourne, it's Canberra")
_POSSESSIVE_CORRECTED = re.compile(
    rf"['’]s\s+{_CAPITAL_WORD}(?:\s+city)?\s+(?:isn['’]t|is\s+not|wasn['’]t|was\s+not)\s+{CITY}"
    rf"(?:(?:,|\s+or|,\s+or)\s+{CITY}){{0,3}}"
)
# a wrong belief that a city is a place's capital, then the right one: "Many think Sydney is
# Australia's capital, but it's actually Canberra" (without a belief's word the possessive
# reading states the first city, and it comes first at the same "capital")
_POSSESSIVE_BELIEVED = re.compile(rf"['’]s\s+{_CAPITAL_WORD}(?=,?\s+but\s)")
_IS_BEFORE = re.compile(r"\b(?:is|was)\s+(?:the\s+)?$")
_CORRECTION = re.compile(
    rf"(?:,|[^\S\n]+[-–—]|[^\S\n]*;)?\s+(?:but\s+)?(?:it['’]s|it\s+is)\s+"
    rf"(?:actually\s+|really\s+|in\s+fact\s+)?"
    rf"(?P<city>{CITY})(?=[\s.!,;)]|$)"
    # (or after a dash or a semicolon: "Sydney isn't the capital of Australia - Canberra is")
    rf"|(?:,|[^\S\n]+[-–—]|[^\S\n]*;)[^\S\n]+(?:but\s+)?(?P<city2>{CITY})\s+is(?=[\s.!,;)]|$)"
)


_BELIEF = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|assume|assumes|assumed|guess|guesses"
    r"|myth|misconception|mistakenly|wrongly)\b",
    re.IGNORECASE,
)


def _corrected_candidates(text: str) -> Iterator[_Candidate]:
    # "Australia's capital isn't Sydney, it's Canberra": the place's, the wrong city denied
    for m in _near_capital(text, _POSSESSIVE_CORRECTED):
        region = places.region_before(text, m.start())
        if (
            region is not None
            and (correction := _CORRECTION.match(text, m.end()))
            and (city := _city(correction["city"] or correction["city2"], region.name))
        ):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("corrected", region.name, city, region.start, correction.end(), anchor)
    # "Many think Sydney is Australia's capital, but it's Canberra": a belief, corrected
    for m in _near_capital(text, _POSSESSIVE_BELIEVED):
        region = places.region_before(text, m.start())
        if (
            region is not None
            and _IS_BEFORE.search(text, max(0, region.start - 12), region.start)
            and (correction := _CORRECTION.match(text, m.end()))
            and (city := _city(correction["city"] or correction["city2"], region.name))
        ):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("corrected", region.name, city, region.start, correction.end(), anchor)
    for m in _near_capital(text, _CORRECTED_CAPITAL):
        region = _region_at(text, m.end())
        if region is None or not (correction := _CORRECTION.match(text, region.end)):
            continue
        # what is corrected is a belief or a negation, not a statement the text makes
        negated = re.search(r"n['’]t\b|\bnot\b", m.group()) is not None
        believed = _BELIEF.search(text, _sentence_start(text, m.start()), m.start())
        said = correction["city"] or correction["city2"]
        if (negated or believed) and (city := _city(said, region.name)):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("corrected", region.name, city, m.start(), correction.end(), anchor)


# A place with two capitals, both named: "Bolivia has two capitals: La Paz and Sucre",
# "Malaysia's capitals are Kuala Lumpur and Putrajaya", "The capitals of Bolivia are La Paz
# (seat of government) and Sucre" (a note on each city's part may follow it in brackets)
_TWO_CITIES = (
    rf"(?P<first>{CITY})(?:[^\S\n]*\([^()\n]{{1,60}}\))?,?\s+and\s+(?P<second>{CITY})(?![\w'’-])"
)
_TWO_CAPITALS_AFTER_REGION = re.compile(
    r"(?:\s+has\s+(?:two|2)\s+capitals(?:\s+cities)?|['’]s\s+(?:two\s+)?capitals\s+are)"
    rf"(?:\s*[:,]|\s+both)?\s+{_TWO_CITIES}"
)
_CAPITALS_OF = re.compile(r"\b[Tt]he\s+(?:two\s+)?capitals\s+of\s+")
_TWO_CAPITALS_ARE = re.compile(rf"\s+are:?\s+{_TWO_CITIES}")
_CAPITALS_WORD = re.compile(r"[Cc]apitals")


def _two_capitals_candidates(text: str) -> Iterator[_Candidate]:
    found: list[tuple[str, re.Match[str], int]] = []
    for m in _near_capital(text, _TWO_CAPITALS_AFTER_REGION):
        if region := places.region_before(text, m.start()):
            found.append((region.name, m, region.start))
    for m in _near_capital(text, _CAPITALS_OF):
        if (region := _region_at(text, m.end())) and (
            cities := _TWO_CAPITALS_ARE.match(text, region.end)
        ):
            found.append((region.name, cities, m.start()))
    for subject, m, start in found:
        word = _CAPITALS_WORD.search(text, start)
        anchor = word.start() if word else start
        for group in ("first", "second"):
            if city := _city(m[group], subject):
                # (one statement per city: the second's anchor is its own position)
                at = anchor if group == "first" else m.start(group)
                yield _Candidate("two_capitals", subject, city, start, m.end(group), at)


# A yes-or-no question on a city and its answer: "Is Canberra the capital of Australia? Yes.",
# "Is Sydney the capital of Australia?\nNo, Canberra is." (or "No, it's Canberra"): the city the
# answer affirms or gives instead.
_YES_NO_QUESTION = re.compile(
    rf"\b[Ii]s\s+(?P<city>{CITY})\s+(?:really\s+|still\s+|actually\s+)?the\s+{_CAPITAL_WORD}"
    rf"(?:\s+city)?\s+of\s+"
)
_YES_NO_ANSWER = re.compile(
    rf"[^\S\n]*\?\s{{0,4}}(?:(?:A|Answer|Ans)[^\S\n]*[:.][^\S\n]*)?"
    rf"(?:(?P<yes>Yes|Yep|Yeah|Correct|True)\b(?!,?\s+but\b)"
    rf"|(?:No|Nope|Wrong|False)\b[,.!]?[^\S\n]+(?:(?:it['’]s|it\s+is|the\s+capital\s+is)[^\S\n]+"
    rf"(?P<other>{CITY})|(?P<other2>{CITY})[^\S\n]+is\b))"
)


def _yes_no_candidates(text: str) -> Iterator[_Candidate]:
    for m in _near_capital(text, _YES_NO_QUESTION):
        region = _region_at(text, m.end())
        if region is None or not (answer := _YES_NO_ANSWER.match(text, region.end)):
            continue
        raw = m["city"] if answer["yes"] else answer["other"] or answer["other2"]
        if city := _city(raw, region.name):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("answered", region.name, city, m.start(), answer.end(), anchor)


# A relative clause on the place: "the Democratic Republic of the Congo, of which Kinshasa is
# the capital, …"
_OF_WHICH_CAPITAL = re.compile(
    rf",?\s+of\s+which\s+(?P<city>{CITY})\s+is\s+(?:also\s+)?the\s+(?:{_MODIFIER}\s+)?"
    rf"{_CAPITAL_WORD}\b"
)


def _of_which_candidates(text: str) -> Iterator[_Candidate]:
    for m in _near_capital(text, _OF_WHICH_CAPITAL):
        region = places.region_before(text, m.start())
        if region is None or (city := _city(m["city"], region.name)) is None:
            continue
        if _current(text, region.start, m.end(), m.end()):
            anchor = m.start() + m.group().lower().rindex("capital")
            yield _Candidate("of_which", region.name, city, region.start, m.end(), anchor)


# "In Illinois the capital is Springfield": the place fronted without its comma
_IN_REGION_THE_CAPITAL = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))In\s+(?:the\s+)?(?P<region>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,3}})"
    rf"\s+the\s+(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}\s+(?:is|remains)\s+{_ADVERB}(?P<city>{CITY})"
)


def _in_region_candidates(text: str) -> Iterator[_Candidate]:
    for m in _near_capital(text, _IN_REGION_THE_CAPITAL):
        region = places.region_name(m["region"])
        city = _city(m["city"], region) if region else None
        if region and city and _current(text, m.start(), m.end(), m.end()):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("in_region", region, city, m.start(), m.end(), anchor)


def _town_in_candidates(text: str) -> Iterator[_Candidate]:
    for m in _TOWN_IN.finditer(text):
        region = places.region_name(m["region"])
        if region is None or (city := _city(m["city"], region)) is None:
            continue
        if m["kind"] not in (None, "national") and places.is_country(region):
            continue  # "Thiès is a city in Senegal and the regional capital": a region's
        anchor = m.start() + m.group().lower().rindex("capital")
        if _current(text, m.start(), m.end(), m.end()):
            yield _Candidate("town_in", region, city, m.start(), m.end(), anchor)


def _its_capital_candidates(text: str) -> Iterator[_Candidate]:
    for m in _ITS_CAPITAL_AFTER_REGION.finditer(text):
        region = places.region_before(text, m.start())
        if region is None or _PREPOSITION_BEFORE.search(
            text, max(0, region.start - 30), region.start
        ):
            region = _described_region(text, m.start()) or region
        if region is None or (city := _city(m["city"], region.name)) is None:
            continue
        if places.place_key(city) == places.place_key(region.name):
            continue
        anchor = m.start() + m.group().lower().index("capital")
        if _current(text, region.start, m.end(), m.end()):
            yield _Candidate("its_capital", region.name, city, region.start, m.end(), anchor)


# "Its capital is Y", "The capital and largest city is Y", "Y is the country's capital",
# "Y, the current capital, …": the country is the one the paragraph is about.
_ANAPHORIC_IS_Y = re.compile(
    # (or "Our", an essay's of its country; "It's", as posts misspell "Its")
    rf"\b(?:[Ii]ts|[Oo]ur|[Ii]t['’]s(?=\s+capital)|[Tt]he(?:\s+(?:country|nation|state|province"
    rf"|island)['’]s)?)\s+"
    # (or the largest city first: "Its largest city and capital is Y")
    rf"(?:(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}{_AND_LARGEST}?"
    rf"|(?:largest|biggest|main|chief|principal)\s+city\s+and\s+{_CAPITAL_WORD})"
    # (or in an absolute phrase: "Peru is large, its capital being Lima")
    rf"(?:\s+(?:is|remains|is\s+called|is\s+named|being)\s+{_ADVERB}(?P<city>{CITY})"
    # (closed by a comma, the sentence's end, or a time the news gives: "in the capital,
    # Kampala this weekend")
    rf"|,\s+(?P<apposed>{CITY})(?:,|(?=[.;!?](?:\s|$))"
    rf"|(?=\s+(?:this|last|next|on|today|tonight|yesterday|tomorrow)\s+(?-i:[a-zA-Z])))"
    # "The capital Vientiane is small": the city's name right after, then its verb
    rf"|[^\S\n]+(?P<bare>{CITY})(?=\s+(?:is|has|lies|sits|stands|remains)\b)"
    # news's "near the capital Bamako." or "… Bamako on Monday", "the capital city (of) Warsaw
    # was …" (after "the" only: "Prussia, with its capital Berlin" is Prussia's; a word in
    # lower case after it: the gazetteer confirms the city); and the city in brackets: "The
    # capital (Astana)"
    rf"|(?:(?<=[Tt]he[^\S\n]capital)|(?<=[Tt]he[^\S\n]capital[^\S\n]city))(?:[^\S\n]+of)?"
    rf"[^\S\n]+(?P<bare_known>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}})(?=[.;!?,:](?:\s|$)|\s+[a-z])"
    rf"|[^\S\n]*\((?P<bracketed>{CITY})\))"
)
# "Lisbon, the country's hilly capital": describing words before "capital" in a phrase that
# refers to its country (checked by _anaphoric_candidates: none that makes another capital, and
# the gazetteer confirms the city where one stands)
_DESCRIBING = r"(?:[a-z][a-z-]{2,15},?\s+){0,2}?"
_DESCRIBED_ANAPHOR = re.compile(
    rf"(?:\b(?:the|its)|['’]s)\s+(?:{_MODIFIER}\s+)?(?P<words>(?:[a-z][a-z-]*,?\s+)*)$"
)
# (or "our", an essay's of its country; "it's", as posts misspell "its")
_THE_COUNTRYS = (
    r"(?:its|our|it['’]s"
    r"|the\s+(?:country|nation|state|province|region|island|republic|kingdom)['’]s)"
)
_Y_IS_ANAPHORIC = re.compile(
    # "Y is the (country's) capital (and largest city)", "Y serves as its capital"
    # (or in a relative clause: "… in Accra, which is the capital")
    rf"(?P<city>{CITY}),?\s+(?:which\s+)?(?:is|remains|serves\s+as|has\s+been)\s+{_ADVERB}"
    rf"(?:{_THE_COUNTRYS}|the)\s+(?:{_MODIFIER}\s+)?{_DESCRIBING}{_CAPITAL_WORD}"
    rf"(?:\s+city)?{_AND_LARGEST}?(?![\w-])"
    # ("and" only where no "of" follows in the clause: "the capital and home to half the people",
    # not "the capital and chief port of Peru", which names its place)
    rf"(?!\s+(?:of|for|in|city)\b)(?!\s+and\b[^.,;:\n]{{0,60}}\b(?:of|in)\b)"
    # "Y, the country's capital, …", "Y, the capital, …"
    # (or ending the sentence: "… located in Baku, the country's capital.")
    rf"|(?P<apposed_city>{CITY}),\s+(?:{_THE_COUNTRYS}|the)\s+(?:{_MODIFIER}\s+)?{_DESCRIBING}"
    rf"{_CAPITAL_WORD}"
    rf"{_AND_LARGEST}?(?:,|(?=[.;!?](?:\s|$)))"
    # a guide's list of a country's cities, each described after a dash or marked in brackets:
    # "1 Lima – the capital, …", "* Accra (capital)"
    rf"|(?m:^)[^\S\n]*+(?:[-*•]|\d{{1,3}}[.)]?)?[^\S\n]*+(?P<listed>{CITY})(?:[^\S\n]+[-–—]"
    rf"[^\S\n]+(?:{_THE_COUNTRYS}|the)\s+(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}{_AND_LARGEST}?"
    rf"(?=[,;.:]|[^\S\n]*(?m:$)|\s+[-–—(])"
    rf"|[^\S\n]*\((?:the\s+)?(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}\)[^\S\n]*(?m:$))"
    # ... or in prose, the city marked in brackets: "we flew north to Hanoi (the capital) for …"
    # (the gazetteer must know it as the country's seat)
    rf"|(?P<marked>{CITY})[^\S\n]*\((?:the\s+)?{_CAPITAL_WORD}(?:[^\S\n]+city)?\)"
)
_CAPITAL_OF_THE_COUNTRY = re.compile(
    # ("my country" too, in a pupil's essay: "I come from Ghana. The capital of my country is …")
    rf"\b[Tt]he\s+(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}{_AND_LARGEST}?\s+of\s+(?:the|my|our)\s+"
    rf"(?:country|nation|state|province|island|kingdom|republic)"
    rf"(?:\s+(?:is|remains)\s+{_ADVERB}(?P<city>{CITY})"
    # "The capital of the province, Toronto, is …"
    rf"|,\s+(?P<apposed>{CITY}),)"
    # "Toronto is the capital of the province."
    rf"|(?P<apposed_city>{CITY})\s+(?:is|remains|serves\s+as)\s+{_ADVERB}the\s+"
    rf"(?:{_MODIFIER}\s+)?{_CAPITAL_WORD}{_AND_LARGEST}?\s+of\s+the\s+(?:country|nation|state|"
    rf"province|island|kingdom|republic)\b"
)
# the words of a country's official form before "of" ("Republic of", "Grand Duchy of")
_OFFICIAL_FORM = (
    r"(?:Republic|Kingdom|State|Principality|Sultanate|Emirate|Grand\s+Duchy|Federation)"
)
_TOPIC = re.compile(
    # ("(?m:^)": a line's start where the search starts after a blank line, a paragraph's first
    # sentence under a title)
    # (or a string's start in data: "('France', 'France is a country …')", "\"text\": \"Peru is …")
    rf"(?:(?m:^)[^\S\n]*[\"'“‘`#*]*[^\S\n]*|(?<=[.!?])[\"'”’)]*[^\S\n]+|(?<=[,(\[:])[^\S\n]*[\"'])"
    rf"(?:In\s+)?(?:[Tt]he\s+)?"
    # (maybe by its official form: "The Republic of Zambia is …", "The Kingdom of Bhutan has …")
    rf"(?P<name>(?:{CAP_WORD}{SPACE}){{0,2}}?{_OFFICIAL_FORM}{SPACE}of{SPACE}(?:the{SPACE})?"
    rf"{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}}"
    rf"|{CAP_WORD}(?:{SPACE}(?:and\s+)?{CAP_WORD}){{0,3}})(?=\s+(?:is|was|has|lies|covers|"
    rf"borders|became)\b|,|['’]s\b|[^\S\n]*[*:]*[^\S\n]*\n|\s+\("  # "Kenya (officially …)"
    # a heading's subtitle after a dash: "Queensland – The Sunshine State"
    rf"|[^\S\n]+[–—][^\S\n]+[^\n]{{1,60}}\n"
    # any verb in the past or the present: "Kazakhstan moved …", "Chile exports …"
    rf"|\s+(?:also\s+)?[a-z]{{2,20}}(?:ed|es|s)\b)"
    # a forum's question naming the place: "How about Nigeria? Lagos is the biggest but …"
    rf"|\b(?:[Hh]ow|[Ww]hat)\s+about\s+(?:the\s+)?(?P<asked>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,3}})\?"
    # an essay's own country: "My country is Kenya and its capital is …"
    rf"|\b(?:[Mm]y|[Oo]ur)\s+(?:home\s+|native\s+)?country\s+is\s+(?:called\s+|named\s+)?"
    rf"(?:the\s+)?(?P<mine>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,3}})"
)


# what follows a city's name where a sentence says it is a city, a capital or none ("Istanbul
# is not the capital of Turkey", "Sydney isn't Australia's capital", "Istanbul is the largest
# city in Turkey"): the sentence is about the city, not about a region of its name
_SAID_A_CITY = re.compile(
    r"[^\S\n]+(?:is|was)(?:[^\S\n]+not|n['’]t)?[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?"
    r"(?:[\w'’-]+[^\S\n]+){0,3}(?:capital|city|town|port|metropolis)\b",
    re.IGNORECASE,
)


def _topic(text: str, position: int) -> str | None:
    """The country or region a paragraph is about at ``position``: the last one named at the
    start of a sentence (``Germany is a country …``, ``Indonesia's president …``) before it,
    within the paragraph."""
    floor = max(0, position - 1500)
    blank = text.rfind("\n\n", floor, position)
    floor = blank + 2 if blank >= 0 else floor
    found = None
    sentence = _sentence_start(text, position)
    for m in _TOPIC.finditer(text, floor, position):
        group = next(g for g in ("name", "asked", "mine") if m[g])
        name = places.region_name(m[group])
        if not name or name.lower() in _words()["not_places"]:
            continue
        at = m.start(group)
        if at >= sentence and places.is_known_city(name) and not places.is_country(name):
            continue  # "Lagos is the biggest but Abuja is the capital": the city, compared
        if _SAID_A_CITY.match(text, m.end(group)) and not places.is_country(name):
            continue  # "Istanbul is not the capital of Turkey.", "Istanbul is the largest city"
        found = name
    if found is None:
        # a travel story names its country after a preposition ("two weeks in Laos. The
        # capital, Vientiane, …"): the one country the paragraph so names, if only one
        # (not one named inside a quotation the text reports: '"… to the United States," Mr
        # Roe said in the capital, Maseru')
        named: set[str] = set()
        for m in _REGION_MENTION.finditer(text, max(floor, position - 400), position):
            if _QUOTE_CLOSES_SPEECH.match(text, m.end()):
                continue
            # (and the places joined to it: "in Ghana and Togo", "to Laos, Vietnam or …")
            end, names = m.end(), [m["name"]]
            while joined := _JOINED_PLACE.match(text, end, position):
                end = joined.end()
                names.append(joined["name"])
            named.update(
                name
                for raw in names
                if (name := places.region_name(raw)) and places.is_country(name)
            )
        if len(named) == 1:
            found = named.pop()
        elif not named and blank >= 0:
            found = _heading_country(text, blank)
        if found is None and not named and (blank >= 0 or floor == 0):
            # the heading on the paragraph's own first line, no blank line under it ("Peru
            # travel guide\nLima, the capital, …"): a short line of a few words
            first_break = text.find("\n", floor, position)
            if first_break >= 0 and len(text[floor:first_break].split()) <= _HEADING_MOST_WORDS:
                found = _heading_country(text, first_break)
    return found


_HEADING_MOST_WORDS = 6


_HEADING_END = re.compile(r"[.!?,;:]\W*$")
_CAPITALISED_RUN = re.compile(rf"{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,3}}")


def _heading_country(text: str, blank: int) -> str | None:
    """The one country named by the heading just above a paragraph (the last line before the
    blank line at ``blank``, short and without a sentence's end): "Two weeks in Vietnam",
    "Peru travel guide" above "We landed in Hanoi, the capital, …"; none where it names two."""
    end = len(text[:blank].rstrip())
    start = text.rfind("\n", 0, end) + 1
    heading = text[start:end].strip(" \t#*=_")
    if not heading or len(heading) > 80 or _HEADING_END.search(heading):
        return None
    named = set()
    for run in _CAPITALISED_RUN.finditer(heading):
        words = run.group().split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                name = places.region_name(" ".join(words[i:j]))
                if name and places.is_country(name):
                    named.add(name)
    return named.pop() if len(named) == 1 else None


_JOINED_PLACE = re.compile(
    rf"(?:,[^\S\n]*|[^\S\n]+(?:and|or|&)[^\S\n]+)(?:the[^\S\n]+)?"
    rf"(?P<name>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}})"
)
_QUOTE_CLOSES_SPEECH = re.compile(
    r"[^\"“”\n]{0,80}?[,.!?]?[\"”][^\S\n]+(?:[A-Z][\w.'’-]*[^\S\n]+){0,4}"
    r"(?:said|says|told|added|explained|stated)\b"
)
_REGION_MENTION = re.compile(
    # (the preposition may open the sentence: "In Ghana we stayed …")
    rf"\b(?i:in|to|of|from|across|around|through|within|into|visit|visiting|visited|explore"
    rf"|exploring|explored)"
    rf"\s+(?:the\s+)?(?P<name>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}})"
)


def _near_capital(text: str, pattern: re.Pattern[str], before: int = 160, after: int = 140):
    """The matches of ``pattern`` that hold the word capital, looked for only in windows around
    that word (merged where they overlap): patterns that begin at any capitalised word are too
    slow over a whole text."""
    windows: list[list[int]] = []
    for word in _CAPITAL_ANYWHERE.finditer(text):
        low, high = max(0, word.start() - before), min(len(text), word.end() + after)
        if windows and low <= windows[-1][1]:
            windows[-1][1] = high
        else:
            windows.append([low, high])
    for low, high in windows:
        for m in pattern.finditer(text, low, high):
            if _CAPITAL_ANYWHERE.search(m.group()):
                yield m


_CAPITAL_ANYWHERE = re.compile(r"(?i)capital")


# A sentence that opens on the capital of a country it names, whose city the sentence before
# named: "Next we flew to Ljubljana. The Slovenian capital is small and green.", "Day 4:
# Vientiane. Laos's sleepy capital has more temples than cars." (a verb after the word: the
# city apposed or stated after it is another rule's)
_OPENS_SENTENCE = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))"
_CAPITAL_OPENS_SENTENCE = re.compile(
    rf"{_OPENS_SENTENCE}"
    rf"(?:(?:The|This)\s+(?:(?P<describing>[a-z][a-z-]{{2,15}})\s+)?"
    rf"(?P<adjective>(?:[A-Z][a-z]+[^\S\n]+){{0,2}}[A-Z][a-z]+)"
    rf"|(?P<owner>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}})['’]s?"
    rf"(?:\s+(?P<owner_describing>[a-z][a-z-]{{2,15}}))?)"
    rf"\s+(?:{_MODIFIER}\s+)?capital(?:\s+city)?\s+(?!is\s+[A-Z])"
    # (a verb, not a noun the word qualifies: "The Peruvian capital markets fell")
    r"(?:is|was|has|had|boasts|offers|lies|sits|sprawls|stretches|feels|felt|looks|seems|remains"
    r"|hosts|welcomes|enjoys|draws|attracts|can|could|will|would|may|might|does|did|also|still"
    r"|really|itself)\b"
    # ... or that opens on it as a role: "Welcome to Quito! As the capital of Ecuador, it sits
    # at 2,850 m."
    rf"|{_OPENS_SENTENCE}As\s+(?:the|its)\s+(?:{_MODIFIER}\s+)?capital"
    rf"(?:\s+city)?\s+of\s+(?P<of>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}}),\s+(?:it|the\s+city)\s"
)


def _antecedent_city_candidates(text: str) -> Iterator[_Candidate]:
    """The city of a sentence that opens on its country's capital (``_CAPITAL_OPENS_SENTENCE``):
    the last city of the sentence before, only where the gazetteer knows it as that country's
    seat ("We left Zagreb for Ljubljana. The Slovenian capital …": Ljubljana)."""
    for m in _near_capital(text, _CAPITAL_OPENS_SENTENCE, before=60, after=60):
        describing = m["describing"] or m["owner_describing"]
        if describing in _words()["other_modifiers"]:
            continue  # "The former Yugoslav capital has …"
        if m["adjective"]:
            country = _place_of_adjective(m["adjective"])
        else:
            country = places.region_name(m["owner"] or m["of"])
        if country is None or not places.is_country(country):
            continue
        # the sentence before: from its start to its stop
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = _sentence_start(text, max(0, end - 1))
        cities = [
            run
            for run in _CITY_RE.finditer(text, start, end)
            if places.is_known_city(trim_place(run.group().rstrip(".")))
        ]
        if not cities:
            continue
        city = trim_place(cities[-1].group().rstrip("."))
        if places.place_key(city) == places.place_key(country) or country not in (
            places.countries_with_seat(city)
        ):
            continue
        anchor = m.start() + m.group().lower().index("capital")
        yield _Candidate("antecedent_city", country, city, cities[-1].start(), m.end(), anchor)


# after an apposed capital, the predicate that names the place whose city it is: "…, is
# Ohio's largest city", "…, is also Kenya's biggest town"
_OWNER_OF_CITY_AFTER = re.compile(
    rf",?[^\S\n]+(?:is|remains)[^\S\n]+(?:also[^\S\n]+)?(?:the[^\S\n]+)?"
    rf"(?P<region>{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,3}})['’]s[^\S\n]+"
    r"(?:(?:largest|biggest|most[^\S\n]+populous|second[- ]largest|oldest|main|chief)[^\S\n]+)?"
    r"(?:city|town|metropolis|urban[^\S\n]+area)\b"
)


def _anaphoric_candidates(text: str) -> Iterator[_Candidate]:
    for pattern in (_ANAPHORIC_IS_Y, _Y_IS_ANAPHORIC, _CAPITAL_OF_THE_COUNTRY):
        for m in _near_capital(text, pattern):
            # a line that opens on its place: "Turkey – Ankara is the capital, Istanbul …",
            # "Morocco: Casablanca is the biggest, Rabat is the capital" (no place between)
            head = _line_head_region(text, m.start())
            if head and _names_a_place(text, head.end, m.start()):
                head = None
            subject = head.name if head else _topic(text, m.start())
            groups = m.groupdict()
            if subject is None and groups.get("listed") and (first := text.find("\n")) > 0:
                # a guide's list of cities a few sections under its title: "Ghana\n\n…Cities\n
                # Accra (capital)"; the title's one country
                subject = _heading_country(text, first)
            raw = (
                groups.get("city")
                or groups.get("apposed")
                or groups.get("apposed_city")
                or groups.get("bare")
                or groups.get("bracketed")
                or groups.get("listed")
                or groups.get("marked")
            )
            if groups.get("bare_known") and subject is None:
                subject = _seat_country_named_near(text, groups["bare_known"], m.start(), m.end())
            if (
                groups.get("bare_known")
                and subject
                and places.is_known_capital(groups["bare_known"], subject)
            ):
                # (the city alone after "the capital" could be any city the story is in: only
                # the one the gazetteer knows as the story's country's capital)
                raw = groups["bare_known"]
            if raw and (
                subject is None
                or places.is_country(subject)
                and places.is_another_country_s_capital(raw, subject)
            ):
                # a city the gazetteer knows as the seat of a country the text names near it
                # ("… alarmed the Azerbaijani government. Officials in Baku, the capital, …")
                subject = _seat_country_named_near(text, raw, m.start(), m.end()) or subject
            if subject is None and raw and (owner := _OWNER_OF_CITY_AFTER.match(text, m.end())):
                # the sentence goes on to say whose city it is: "Columbus, the state capital,
                # is Ohio's largest city"
                subject = places.region_name(owner["region"])
            if subject is None or not raw or not (city := _city(raw, subject)):
                continue
            if groups.get("marked") and not places.is_known_capital(city, subject):
                continue  # "Kazan (the capital)" in a story of Russia is Tatarstan's
            if places.place_key(city) == places.place_key(subject):
                continue
            if places.is_country(subject) and places.is_another_country_s_capital(city, subject):
                # the country is only the paragraph's or the document's: a city the gazetteer
                # knows as another country's capital is another place's ("Canada … arrived in
                # the capital, Kingston", a colony's)
                continue
            if places.is_country(subject) and _SUBNATIONAL.search(m.group()):
                continue  # "Phuoc Binh, the provincial capital, …": a province's, not a country's
            if _NATIONAL.search(m.group()) and not places.is_country(subject):
                continue  # "Wyoming … the nation's capital, Washington": not the state's
            anchor = m.start() + m.group().lower().index("capital")
            if not _described_seat(m.group()[: anchor - m.start()], city, subject):
                continue
            if _current(text, m.start(), m.end(), m.end()):
                yield _Candidate("anaphoric", subject, city, m.start(), m.end(), anchor)


def _described_seat(before_capital: str, city: str, subject: str) -> bool:
    """Whether the words describing an anaphoric "capital" keep it ``subject``'s seat: none
    stands ("the country's capital"), or none makes another capital ("the country's financial
    capital") and the gazetteer knows ``city`` as the seat ("Lisbon, the country's hilly
    capital"); none that compares it with other capitals ("the southernmost capital")."""
    described = _DESCRIBED_ANAPHOR.search(before_capital)
    words = set(re.findall(r"[a-z][a-z-]*", described["words"])) if described else set()
    if not words:
        return True
    if words & _words()["other_modifiers"]:
        return False
    if any(word.endswith(("est", "most")) or word == "only" for word in words):
        return False  # "Athens is the southernmost capital on the mainland": capitals compared
    return places.is_known_capital(city, subject)


def _seat_country_named_near(text: str, city: str, position: int, end: int) -> str | None:
    """The one country the gazetteer knows ``city`` as the seat of, where the text names it
    (or its adjective) in the 1,500 characters before ``position`` or in the sentence after,
    and names no other place between its last mention and the capital (nor before the capital
    in its sentence): "… into the Orange Free State … capturing Bloemfontein, the capital" is
    that state's, "… in Kenya, then flew to Uganda. In the capital, Nairobi, …" is unsure.
    None where the capital is a pronoun's ("…, its capital": the nearer polity's)."""
    if _POSSESSIVE_PRONOUN.search(text, position, end):
        return None
    floor = max(0, position - 1500)
    stop = _SENTENCE_END.search(text, end, end + 300)
    ceiling = stop.end() if stop else min(len(text), end + 300)
    named: dict[str, int] = {}
    for country in places.countries_with_seat(city):
        for word in places.country_words(country):
            # (or in capitals, as a headline or a dateline writes it: "FINNISH ELECTION")
            forms = f"{re.escape(word)}|{re.escape(word.upper())}"
            pattern = rf"(?<![\w-])(?:{forms})(?![\w-])"
            if mentions := [m.end() for m in re.finditer(pattern, text[floor:ceiling])]:
                before = [at for at in mentions if floor + at <= position]
                named[country] = max(named.get(country, -1), floor + before[-1] if before else -1)
    if len(named) != 1:
        return None
    ((country, last),) = named.items()
    keys = (places.place_key(country), places.place_key(city))
    sentence = _sentence_start(text, position)
    scan_from = min(last, sentence) if last >= 0 else sentence
    for capitalised in _CAPITALISED_WORD.finditer(text, scan_from, position):
        found = places.find_region(text, capitalised.start(), position)
        # (the country's own province too: Free State is South Africa's, yet the Orange Free
        # State's capital is meant)
        if found and places.place_key(found.name) not in keys:
            return None
    return country


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\b")
_CAPITALISED_WORD = re.compile(CAP_WORD)
_NATIONAL = re.compile(r"\b(?:country|nation|kingdom|republic)\b")
_SUBNATIONAL = re.compile(
    r"\b(?:provincial|state|regional|territorial|district|county|municipal|departmental)\b"
)


# "the Kenyan capital, Nairobi", "the Peruvian capital of Lima", "Lima, the Peruvian capital",
# "Nairobi is the Kenyan capital": the adjective names the country
_ADJECTIVE_CAPITAL = re.compile(
    # (an adjective of up to three words: "the Sri Lankan capital", "the Papua New Guinean …",
    # after a word of description: "the charming Slovenian capital")
    # (news leaves the article out after a preposition: "a visit to Turkish capital Ankara")
    # (or a conjunction: "between Uruguayan cities and Argentine capital Buenos Aires")
    rf"(?:\b[Tt]he|(?<![\w-])(?:to|in|from|at|near|into|visited|visiting|with|for|of|and|between"
    rf"|across|outside|towards?)(?=\s+[A-Z]))\s+"
    rf"(?:(?P<describing>[a-z][a-z-]{{2,15}})\s+)?(?P<adjective>(?:[A-Z][a-z]+[^\S\n]+){{0,2}}[A-Z][a-z]+)\s+(?:{_MODIFIER}\s+)?"
    rf"{_CAPITAL_WORD}"
    rf"(?![\w-])"
)
_CITY_AFTER_ADJECTIVE = re.compile(
    # (the city ends at a stop, a dash or a lower-case word: "the Kenyan capital Nairobi .",
    # "the Sri Lankan capital Colombo yesterday", "the Cuban capital, Havana - the first …")
    # (or its verb: "The Ghanaian capital is Accra.")
    rf"(?:,\s*|\s+of\s+|\s+(?P<verb>is|remains)\s+{_ADVERB}|[^\S\n]+)"
    # (or an aside in brackets: "the Slovak capital Bratislava (in western Slovakia)")
    rf"(?P<city>{CITY})(?=[^\S\n]*[,.;:!?)]|\s+[-–—]\s|\s+[a-z]|[^\S\n]*(?:\n|$)|[^\S\n]+\([a-z])"
)
_CITY_BEFORE_ADJECTIVE = re.compile(
    # (set off by a comma, a bracket or a dash, or after a heading's colon: "Riga (the Latvian
    # capital)", "Riga — the Latvian capital —", "Riga: the Latvian capital")
    rf"(?P<city>{CITY})(?:,\s+|[^\S\n]*[(\[][^\S\n]*|[^\S\n]+[-–—][^\S\n]+|[—–]|:[^\S\n]+"
    rf"|,?\s+(?:is|remains|serves\s+as|has\s+been)\s+{_ADVERB})$"
)


def _place_of_adjective(adjective: str) -> str | None:
    """The place an adjective before "capital" names: a country's adjective ("Kenyan"), or a
    country's or a region's own name used as one ("the Cameroon capital Yaounde", "Austin (the
    Texas capital)")."""
    return places.country_of_adjective(adjective) or places.region_name(adjective)


def _adjective_candidates(text: str) -> Iterator[_Candidate]:
    for m in _ADJECTIVE_CAPITAL.finditer(text):
        if m["describing"] in _words()["other_modifiers"]:
            continue  # "the former Soviet capital", "the ancient Thai capital"
        country = _place_of_adjective(m["adjective"])
        if country is None:
            continue
        anchor = m.start() + m.group().lower().index("capital")
        after = _CITY_AFTER_ADJECTIVE.match(text, m.end())
        if after and "Capital" in m.group() and not re.match(r"\s*(?:,|of\b)", after.group()):
            continue  # "the Australian Capital Territory" is a name
        window = text[max(0, m.start() - 120) : m.start()]
        before = _CITY_BEFORE_ADJECTIVE.search(window)
        if (
            after
            and after.group().startswith(",")
            and before
            and re.search(r"[a-z]\s*$", before.group())
            and _city(before["city"], country)
        ):
            # "Edinburgh is the Scottish capital, Glasgow is just bigger": the city a verb states
            # before it, not a clause's subject after the comma
            after = None
        if after and (city := _city(after["city"], country)):
            bare = after.group()[:1].isspace() and not after.group().lstrip().startswith("of")
            if bare and not places.is_known_city(city):
                continue  # "the Kenyan capital Nairobi Stock Exchange said": no comma, no city
            if _current(text, m.start(), m.end(), after.end()):
                yield _Candidate("adjective", country, city, m.start(), after.end(), anchor)
            continue
        if before and _labelled(before) and not places.is_known_city(before["city"]):
            before = None  # "Note: the Latvian capital …": a known city only before a colon
        if before and (city := _city(before["city"], country)):
            start = m.start() - len(window) + before.start()
            if _current(text, start, m.end(), m.end()) and not re.match(
                r"\s+of\b", text[m.end() :]
            ):
                yield _Candidate("adjective", country, city, start, m.end(), anchor)


# "The capitals of Norway, Sweden and Denmark are Oslo, Stockholm and Copenhagen(,)
# respectively" (or without "respectively"): two lists paired in order.
_LIST_ITEM = rf"{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,3}}"
_NAMED_LIST = rf"{_LIST_ITEM}(?:,{SPACE}{_LIST_ITEM}){{0,20}},?{SPACE}and{SPACE}{_LIST_ITEM}"
_RESPECTIVELY = re.compile(
    rf"\b[Tt]he{SPACE}(?:{_MODIFIER}{SPACE})?capitals{SPACE}of{SPACE}(?:the{SPACE})?"
    rf"(?P<regions>{_NAMED_LIST}){SPACE}(?:are|remain){SPACE}(?P<cities>{_NAMED_LIST})"
    # without "respectively" the lists are paired in order all the same, where the sentence
    # ends with them and the gazetteer knows every city
    rf"(?:,?{SPACE}(?P<respectively>respectively)\b|(?=[^\S\n]*(?:[.;!,]|$)))"
)
_LIST_SPLIT = re.compile(rf",{SPACE}(?:and{SPACE})?|{SPACE}and{SPACE}")


def _respectively_candidates(text: str) -> Iterator[_Candidate]:
    for m in _RESPECTIVELY.finditer(text):
        regions = _LIST_SPLIT.split(m["regions"])
        cities = _LIST_SPLIT.split(m["cities"])
        if len(regions) != len(cities):
            continue
        if not m["respectively"] and not all(places.is_known_city(c) for c in cities):
            continue
        position = m.start("cities")
        for raw_region, raw_city in zip(regions, cities, strict=True):
            at = text.find(raw_city, position, m.end("cities"))
            position = at + len(raw_city)
            subject = places.region_name(raw_region)
            if subject and (city := _city(raw_city, subject)):
                yield _Candidate("respectively", subject, city, at, position, at)


# "capitals, like Topeka in Kansas, …", "capitals such as Helena (Montana)"
_CAPITALS_LIKE = re.compile(
    r"\b(?:[Cc]apitals|others)\b,?\s+(?:like|such\s+as|including|include)\s+"
)
_CITY_IN_REGION = re.compile(rf"(?P<city>{CITY})(?:\s+in\s+|\s*\(\s*)")


def _capitals_like_candidates(text: str) -> Iterator[_Candidate]:
    for m in _CAPITALS_LIKE.finditer(text):
        if m.group().startswith("others"):
            sentence = text[_sentence_start(text, m.start()) : m.start()]
            if not re.search(r"\b[Cc]apitals\b", sentence):
                continue
        if (
            (item := _CITY_IN_REGION.match(text, m.end()))
            and (region := _region_at(text, item.end()))
            and (city := _city(item["city"], region.name))
        ):
            yield _Candidate(
                "capitals_like", region.name, city, m.start(), region.end, item.start()
            )


# "What is the capital of X? … The (correct) answer is Y" / "Q: … A: Y"
_QUESTION = re.compile(
    # (or a worksheet's instruction: "Circle the capital of Kenya: A / B / C", its answer marked)
    # (a multiple choice's "Which of the following (cities) is the capital of …?")
    rf"\b(?:[Ww]hat(?:\s+is|['’]?s)?|[Nn]ame|[Gg]uess|[Ww]hich\s+(?:city|town|one)\s+is|[Ww]hich\s+is"
    rf"|[Ww]hich\s+of\s+the\s+following(?:\s+cities)?\s+is"
    rf"|[Cc]ircle|[Cc]hoose|[Ss]elect|[Pp]ick|[Uu]nderline|[Tt]ick|[Hh]ighlight|[Ii]dentify)"
    rf"\s+the\s+{_CAPITAL_WORD}\s+of\s+"
    # a quiz's bare question opening its sentence: "Capital of Peru? Lima."
    # (the spaces after "of" possessive: the look-ahead is tried once, not from every space)
    rf"|(?:^|(?<=[.!?][^\S\n])|(?<=\n)|(?<=[QAqa]:[^\S\n]))(?:[Tt]he\s+)?{_CAPITAL_WORD}\s+of\s++"
    rf"(?=[^?\n]{{1,60}}\?)"
    # a statement to complete with lettered options: "The capital of Ohio is (a) Cleveland
    # (b) Columbus …", its answer marked after them (the options maybe on the lines below)
    rf"|(?:^|(?<=[.!?][^\S\n])|(?<=\n)|(?<=\d[.)][^\S\n]))(?:[Tt]he\s+)?{_CAPITAL_WORD}\s+of\s++"
    rf"(?=[^\n]{{1,60}}?[^\S\n]++is[^\S\n]*+:?[^\S\n]*+(?:\n?[^\S\n]*+\(?[A-Da-d1-4][).:][^\S\n]"
    # (or its options in brackets parted by slashes: "… is (Mombasa / Nairobi). Answer: …")
    rf"|\([^()/\n]{{1,40}}(?:/[^()/\n]{{1,40}}){{1,4}}\)))"
    # a flashcard's line, the place alone after "Capital of", the answer on the next line
    # (or a forum thread's subject: "Re: Capital of Turkey", the reply under it; or a question
    # so labelled: "Q: capital of Brazil", its labelled answer under it)
    rf"|(?P<card>(?m:^)[^\S\n]*(?:Re:[^\S\n]*|(?:Q|Question)[:.][^\S\n]*)?(?:[Tt]he\s+)?"
    rf"{_CAPITAL_WORD}\s+of[^\S\n]+)(?=[^\n]{{1,60}}\n)"
)
# the card's answer: a city alone on the next line
_CARD_ANSWER = re.compile(
    rf"[^\S\n]*:?[^\S\n]*\n[^\S\n]*(?:(?:A|Answer)[:.][^\S\n]*)?"
    rf"(?:(?:It|That)(?:['’]s|[^\S\n]+is)[^\S\n]+)?[*_]*"
    # (a reply may set the city against another: "It's Ankara, not Istanbul.", "Ankara (not
    # Istanbul!)")
    rf"(?P<city>{CITY})[*_]*(?:,[^\S\n]+not[^\S\n]+{CITY}"
    rf"|[^\S\n]+\(not[^\S\n]+{CITY}[.!]?\))?[.!]?[^\S\n]*(?:\n|$)"
)
# "Y is the capital of which country?", "Which state has Y as its capital?": the answer is X
_REVERSED_QUESTION = re.compile(
    rf"(?:\b(?P<city>{CITY})\s+is\s+the\s+{_CAPITAL_WORD}\s+of\s+(?:which|what)\s+"
    rf"|\b(?:[Ww]hich|[Ww]hat)\s+(?:U\.?S\.?\s+)?(?:country|state|province|nation|territory)\s+has\s+"
    rf"(?P<city_has>{CITY})\s+as\s+its\s+{_CAPITAL_WORD}\b)[^?\n]{{0,30}}\?"
)
# "What is Peru's capital?": the place before the possessive
_POSSESSIVE_QUESTION = re.compile(
    # (or the bare question after a quiz's "Q:": "Q: Kenya's capital? A: Nairobi")
    rf"(?:\b(?:[Ww]hat(?:\s+is|['’]s)|[Nn]ame)\s+|(?<=[Qq]:[^\S\n])|(?<=[Qq]\d[.:][^\S\n]))"
    rf"(?P<region>[A-Z][^?\n'’]{{1,60}}?)['’]s?\s+"
    rf"{_CAPITAL_WORD}\s*\?"
)
_ANSWER = re.compile(
    rf"\b(?:[Cc]orrect\s+|[Rr]ight\s+)?(?:[Aa]nswer|ANSWER|Ans)\b(?:\s*,[^,.\n]{{0,30}},)?"
    rf"(?:\s*[:=\-–—]\s*|\s+(?:is|was)\s+(?:actually\s+|of\s+course\s+|simply\s+)?)"
    rf"[*_\"'“]*(?:\(?(?P<label>[A-Da-d1-4])(?:\)|[.:]?(?=\s|$))|(?P<text>{CITY}))"
)
# "Q: … ?\nA: Y", also in bold Markdown ("**A:** Y"), numbered ("Q1. … A1. Y") or on the
# question's line (there "A:" or a number: "A. Lima" alone may be an option)
_SHORT_ANSWER = re.compile(
    rf"(?:\n\s*[*_]{{0,2}}(?:A\d{{0,3}}\s*[:.)]|a\s*:)"
    rf"|[^\S\n]+[*_]{{0,2}}(?:A\d{{1,3}}\s*[:.)]|A\s*:))[*_]{{0,2}}\s*(?P<text>{CITY})"
)
_PROSE_OPTION = re.compile(
    r"(?m)(?:^|(?<=[\s(]))\(?(?P<label>[A-Da-d1-4])[).:][^\S\n]*(?P<text>[^\n()]{1,40}?)"
    r"(?P<mark>[^\S\n]*(?:✓|✔|☑|\((?:correct|right)\)|\[x\]|<-+[^\S\n]*correct))?"
    r"(?=[^\S\n]+\(?[A-Da-d1-4][).:][^\S\n]|[^\S\n]*$)"
)
# the next numbered item of a worksheet ends a question's reach for its answer
_NEXT_ITEM = re.compile(r"\n[^\S\n]*(?:\d{1,3}|[Qq]\d{1,3})[.):][^\S\n]")
_ANSWER_ALONE = re.compile(
    # (after an answer's label: "?\nAns. Lima", not "Ans" for the answer)
    rf"[^\S\n]*\?[^\S\n]*\n?[^\S\n]*(?:[-*•→⇒]\s*|[-=]>\s*)?[*_]*(?!\(?[A-Da-d1-4][).:]\s)"
    rf"(?:(?:[Aa]ns(?:wer)?|ANS(?:WER)?)[^\S\n]*[.:)\-–][^\S\n]*)?(?P<city>{CITY})[*_]*"
    rf"(?:[.!]?[^\S\n]*(?:\n|$)|[.!][^\S\n]+(?=[A-Z]))"
    # ... or in the next cell of a two-column table row: "| What is the capital of Peru? | Lima |"
    rf"|[^\S\n]*\?[^\S\n]*\|[^\S\n]*[*_]*(?P<cell>{CITY})[*_]*[^\S\n]*\|[^\S\n]*(?:\n|$)"
    # ... or in brackets after it, as a worksheet's key writes it: "…of Peru? (Lima)"
    rf"|[^\S\n]*\?[^\S\n]*[(\[][^\S\n]*[*_]*(?P<bracketed>{CITY})[*_]*[^\S\n]*[)\]]"
    # ... or in the next field of a data row: CSV "…of Peru?,Lima", SQL "('…of Peru?', 'Lima')",
    # JSON "{"q": "…of Peru?", "a": "Lima"}"
    # (an instruction's stop inside its field's quotes for the "?": {"instruction": "Name the
    # capital of Peru.", "output": "Lima"})
    rf"|[^\S\n]*(?:\?|\.(?=[\"']))[\"']?[^\S\n]*[,;\t][^\S\n]*(?:[\"']?\w{{1,12}}[\"']?[^\S\n]*:[^\S\n]*)?"
    rf"(?P<quote>[\"']?)(?P<datum>{CITY})(?P=quote)[^\S\n]*(?=[,;)\]}}\t\n]|$)"
)


# the next line alone holds a name too (an option of a multiple choice, one a line)
_ANOTHER_OPTION = re.compile(rf"[^\S\n]*(?:[-*•][^\S\n]*)?[*_]*{CITY}[*_]*[^\S\n]*(?:\n|$)")


# a data row's next field naming a place too
_ANOTHER_FIELD = re.compile(
    rf"[^\S\n]*[,;\t][^\S\n]*(?P<quote>[\"']?){CITY}(?P=quote)[^\S\n]*(?:[,;)\]}}\t\n]|$)"
)


def _another_option(text: str, end: int) -> bool:
    """Whether the line after the one ending at ``end`` (with its line break or without)
    holds a name alone too."""
    if end and text[end - 1] == "\n":
        return _ANOTHER_OPTION.match(text, end) is not None
    line_end = text.find("\n", end)
    return line_end != -1 and _ANOTHER_OPTION.match(text, line_end + 1) is not None


_ANSWER_REPLY = re.compile(
    # (on the question's own line too: "The capital of Brazil? Brasília, built in …")
    rf"[^\S\n]*\?(?:[^\S\n]*\n(?:[^\S\n]*\n){{0,2}}|[^\S\n]+(?=[^\n]))[^\S\n]*(?:>[^\S\n]*){{0,3}}"
    # a forum's label before the reply: "Reply: It's Y", "Re: Y", "jsmith wrote: Y"; an
    # instruction set's heading over its response: "### Response:\nY"
    rf"(?:(?:#{{1,4}}[^\S\n]*)?(?:[Rr]eply|[Rr]e|[Rr]esponse|\w{{1,30}}[^\S\n]+(?:wrote|said|replied))"
    rf"[^\S\n]*:[^\S\n]*\n?[^\S\n]*)?"
    rf"(?:(?:It|That)(?:['’]s|[^\S\n]+is)[^\S\n]+)?[*_]*(?P<city>{CITY})[*_]*"
    rf"(?=[.!,]|[^\S\n]+[a-z]|[^\S\n]+I\b|[^\S\n]*(?:\n|$))"
    # (not a guess asked back: "Sydney, right?", "Sydney or Canberra?", "Sydney?")
    rf"(?![^\S\n]*(?:,[^\S\n]*(?:right|correct|isn['’]t|no|or)\b|[^\S\n]+or\b)|[^\n]{{0,40}}\?)"
)


def _marked_answer(text: str, question_end: int) -> tuple[str, int] | None:
    """The answer a quiz marks for the question ending at ``question_end``: on its own right
    after the question mark, after ``Answer:`` (a text, or an option's label), or an option
    ticked as correct; with where it ends. None when no answer is marked before the next
    question."""
    alone = _ANSWER_ALONE.match(text, question_end)
    if alone and alone["datum"] and _ANOTHER_FIELD.match(text, alone.end()):
        alone = None  # "…of Peru?,Lima,Quito": a row of options, not its answer
    if alone and (alone["cell"] or alone["datum"] or alone["bracketed"]):
        # the answer's cell after the question's
        return alone["cell"] or alone["datum"] or alone["bracketed"], alone.end()
    # a lone name followed by more lone names is the first of the options, not the answer
    if alone and not _another_option(text, alone.end()):
        return alone["city"], alone.end()
    # a reply under the question, maybe quoted ("> Canberra obviously"): only a known city
    reply = _ANSWER_REPLY.match(text, question_end)
    if reply and places.is_known_city(reply["city"]) and not _another_option(text, reply.end()):
        return reply["city"], reply.end()
    if blank := _answer_on_line(
        text, question_end + 1 if text.startswith("?", question_end) else question_end
    ):
        return blank["city"], blank.end()  # "… of Peru? ______ (Lima)", "… ______ Lima"
    limit = min(len(text), question_end + 400)
    following = (
        _QUESTION.search(text, question_end, limit)
        or _REVERSED_QUESTION.search(text, question_end, limit)
        or _NEXT_ITEM.search(text, question_end, limit)
    )
    limit = following.start() if following else limit
    options = {o["label"].lower(): o for o in _PROSE_OPTION.finditer(text, question_end, limit)}
    if answer := _ANSWER.search(text, question_end, limit):
        if answer["label"]:
            option = options.get(answer["label"].lower())
            return (option["text"], answer.end()) if option else None
        return answer["text"], answer.end()
    ticked = [o for o in options.values() if o["mark"]]
    if len(ticked) == 1:
        return ticked[0]["text"], ticked[0].end()
    if len(options) <= 1 and (short := _SHORT_ANSWER.search(text, question_end, limit)):
        return short["text"], short.end()  # "Q: … ? A: Y"
    return None


def _question_answer_candidates(text: str) -> Iterator[_Candidate]:
    for m in _QUESTION.finditer(text):
        region = _region_at(text, m.end())
        if region is None:
            continue
        if m["card"]:
            # "Capital of Peru\nLima": a known city, or cards one after another
            card = _CARD_ANSWER.match(text, region.end)
            if (
                card
                and (
                    places.is_known_city(card["city"])
                    or _QUESTION.search(text, card.end(), card.end() + 200)
                )
                and (city := _city(card["city"], region.name))
            ):
                anchor = m.start() + m.group().lower().index("capital")
                yield _Candidate(
                    "question_answer", region.name, city, m.start(), card.end(), anchor
                )
            continue  # ("Capital of Peru is Lima" is a statement, read as one)
        question_end = region.end
        if found := _marked_answer(text, question_end):
            raw, end = found
            if city := _city(raw, region.name):
                anchor = m.start() + m.group().lower().index("capital")
                yield _Candidate("question_answer", region.name, city, m.start(), end, anchor)
    for m in _POSSESSIVE_QUESTION.finditer(text):
        subject = places.region_name(m["region"])
        if subject and (found := _marked_answer(text, m.end() - 1)):
            raw, end = found
            if city := _city(raw, subject):
                anchor = m.start() + m.group().lower().rindex("capital")
                yield _Candidate("question_answer", subject, city, m.start(), end, anchor)
    for m in _REVERSED_QUESTION.finditer(text):
        if found := _marked_answer(text, m.end() - 1):
            raw, end = found
            subject = places.region_name(raw)
            raw_city = m["city"] or m["city_has"]
            if subject and (city := _city(raw_city, subject)):
                anchor = m.start() + m.group().lower().index("capital")
                yield _Candidate("question_answer", subject, city, m.start(), end, anchor)


# Worksheets: a blank for the answer, filled in on the same line ("The capital of Ohio is
# _____. (Answer: Columbus)", "2. Ohio ______ Answer: Columbus") or in an answer key below
# ("Answer Key\n1. Columbus\n2. Austin", by the items' numbers).
_BLANK = r"_{3,}[^\S\n]*[.?]?"
# (the labelled answer maybe on the line under the blank: "Kenya's capital is ______.\nAnswer:
# Nairobi")
_BLANK_ANSWER = re.compile(
    rf"[^\S\n]*(?:is[^\S\n]+)?{_BLANK}[^\S\n]*\n?[^\S\n]*[(\[]?[^\S\n]*(?i:answer|ans)[^\S\n]*[:.\-–][^\S\n]*"
    rf"[*_]*(?P<city>{CITY})"
)
_NUMBERED_BLANK = re.compile(
    rf"(?m)^[^\S\n]*(?P<number>\d{{1,3}})[.)][^\S\n]+(?:(?:[Tt]he[^\S\n]+)?{_CAPITAL_WORD}[^\S\n]+of"
    rf"[^\S\n]+)?(?P<region>[^\n_]{{2,60}}?)[^\S\n]+(?:is[^\S\n]+)?{_BLANK}"
)
# "3. What is the capital of Peru? ______", "4. ______ is the capital of Chile."
_NUMBERED_QUESTION_BLANK = re.compile(
    rf"(?m)^[^\S\n]*(?P<number>\d{{1,3}})[.)][^\S\n]+(?:[Ww]hat|[Ww]hich[^\S\n]+city)[^\S\n]+is"
    rf"[^\S\n]+the[^\S\n]+{_CAPITAL_WORD}[^\S\n]+of[^\S\n]+(?P<region>[^\n_?]{{2,60}}?)[^\S\n]*\?"
)
_NUMBERED_BLANK_FIRST = re.compile(
    rf"(?m)^[^\S\n]*(?P<number>\d{{1,3}})[.)][^\S\n]+_{{3,}}[^\S\n]*is[^\S\n]+the[^\S\n]+"
    rf"{_CAPITAL_WORD}[^\S\n]+of[^\S\n]+(?P<region>[^\n_.?]{{2,60}}?)[^\S\n]*[.?]?[^\S\n]*$"
)
_PLACE_BLANK = re.compile(
    rf"(?m)^[^\S\n]*(?:[-*•][^\S\n]+)?(?P<region>[A-Z][^\n_\d]{{1,60}}?)[^\S\n]+{_BLANK}"
)
# the answer written in brackets after the blank: "The capital of Peru is ______ (Lima)."
_BLANK_BRACKETED = re.compile(
    rf"[^\S\n]*(?:is[^\S\n]+)?{_BLANK}[^\S\n]*[(\[][^\S\n]*[*_]*(?P<city>{CITY})[*_]*[^\S\n]*[)\]]"
)
# "Answers", "Answer key", "Key", "Solutions"
_KEY_LABEL = r"(?:answers?(?:[^\S\n]+key)?|key|solutions?)"
# (possessive runs: a line of spaces is split one way only before it fails)
_ANSWER_KEY = re.compile(rf"(?im)^[^\S\n]*+[#*]*+[^\S\n]*+{_KEY_LABEL}[^\S\n]*+[:*]*+[^\S\n]*+$")
# (lettered items too: "a) Nairobi", where the questions were lettered: "a) Kenya")
_KEY_ITEM = re.compile(
    rf"(?m)^[^\S\n]*(?P<number>\d{{1,3}}|[a-z](?=[.)]))[.):\-–][^\S\n]*[*_]*(?P<city>{CITY})"
)
# "Answers: 1. Lima 2. Santiago", "ANSWER KEY: 1) Lima, 2) Santiago": the key on its own line
# (a matching exercise's may pair names and letters: "Answers: Peru - b")
_ANSWER_KEY_INLINE = re.compile(
    rf"(?im)^[^\S\n]*+[#*]*+[^\S\n]*+{_KEY_LABEL}[^\S\n]*+[:*]++(?=[^\S\n]*(?:\d|[A-Z]))"
)
_KEY_ITEM_INLINE = re.compile(
    rf"(?<![\w.])(?P<number>\d{{1,3}}|[a-z](?=[.)]))(?:[.):\-–][^\S\n]*|[^\S\n]+)[*_]*"
    rf"(?P<city>{CITY})"
)


# Matching columns: "1. Peru      a. Santiago" rows under "Match each country to its capital",
# and a key pairing them: "Answer key: 1-b, 2-a" (or "1. b  2. a").
# (the places maybe unnumbered, the key then pairing names and letters: "Peru - b, Chile - a")
# (the spaces possessive and the region opening on a letter: on a line of spaces the runs side
# by side would otherwise split it in cubically many ways)
_MATCHING_ROW = re.compile(
    r"(?m)^[^\S\n]*+(?:(?P<number>\d{1,3})[.)][^\S\n]++)?(?P<region>\S[^\n\t]{1,39}?)"
    rf"(?:\t[^\S\n]*+|[^\S\n]{{2,}}+)(?P<letter>[a-zA-Z])[.)][^\S\n]+(?P<city>{CITY})[^\S\n]*$"
)
_MATCHING_KEY_ITEM = re.compile(
    r"(?<![\w])(?:(?P<number>\d{1,3})|(?P<name>[A-Z][\w'’.-]*(?:[^\S\n][A-Z][\w'’.-]*){0,3}))"
    r"[^\S\n]*[-–:=.)][^\S\n]*(?P<letter>[a-zA-Z])\b"
)


def _matching_candidates(text: str) -> Iterator[_Candidate]:
    rows = list(_MATCHING_ROW.finditer(text))
    if len(rows) < 2 or not _speaks_of_capitals(text, rows[0].start()):
        return
    key = _ANSWER_KEY.search(text, rows[-1].end()) or _ANSWER_KEY_INLINE.search(
        text, rows[-1].end()
    )
    if key is None:
        return
    regions = {m["number"] or m["region"].strip(" *_"): m for m in rows}
    cities = {m["letter"].lower(): m for m in rows}
    for item in _MATCHING_KEY_ITEM.finditer(text, key.end(), key.end() + 600):
        row = regions.get(item["number"] or item["name"])
        answer = cities.get(item["letter"].lower())
        if row is None or answer is None:
            continue
        subject = places.region_name(row["region"].strip(" *_"))
        if subject and (city := _city(answer["city"], subject)):
            yield _Candidate("worksheet", subject, city, item.start(), item.end(), row.start())


# a numbered item that is a place alone, under a heading that asks for capitals, answered in a
# key below ("Name the capital city.\n1) Peru\n2) Chile\nAnswers\n1) Lima\n2) Santiago")
_NUMBERED_PLACE = re.compile(
    r"(?m)^[^\S\n]*(?P<number>\d{1,3}|[a-z])[.)][^\S\n]+(?P<region>[A-Z][^\n\d_():]{1,40}?)"
    r"[^\S\n]*$"
)


# the answer filled in: written on the blank ("is __Lima__."), or after it, ending the line
# ("______ Lima": a known city only, a word after a blank may be the next question's)
# (the name is read apart from the CITY pattern, whose look-behind takes "_" for a letter)
_BLANK_FILLED = re.compile(
    r"[^\S\n]*(?:is[^\S\n]+)?_{2,}[^\S\n]*(?P<city>[^\W\d_][^_\n]{0,50}?)[^\S\n]*_{2,}"
)
_BLANK_THEN_CITY = re.compile(
    rf"[^\S\n]*(?:is[^\S\n]+)?{_BLANK}[^\S\n]*[*]*(?P<city>{CITY})[*]*[^\S\n]*\.?[^\S\n]*(?:\n|$)"
)


def _answer_on_line(text: str, position: int) -> re.Match[str] | None:
    """The answer written after a blank at ``position``: labelled ("______ Answer: Lima"), in
    brackets ("______ (Lima)"), on the blank ("__Lima__") or after it ending the line."""
    if m := (
        _BLANK_ANSWER.match(text, position)
        or _BLANK_BRACKETED.match(text, position)
        or _BLANK_FILLED.match(text, position)
    ):
        return m
    after = _BLANK_THEN_CITY.match(text, position)
    return after if after and places.is_known_city(after["city"]) else None


_CITY_IS_CAPITAL_OF_BLANK = re.compile(
    rf"(?P<city>{CITY})[^\S\n]+is[^\S\n]+the[^\S\n]+capital(?:[^\S\n]+city)?[^\S\n]+of"
    rf"(?:[^\S\n]+the)?(?=[^\S\n]*_{{3}})"
)


# the city left blank, its answer in brackets after the sentence: "______ is the capital of
# Peru. (Lima)"
_BLANK_IS_CAPITAL_OF = re.compile(
    # (from a run's first underscore only, and possessively: a long run is read once)
    rf"(?<!_)_{{3,}}+[^\S\n]*+is[^\S\n]+the[^\S\n]+{_CAPITAL_WORD}[^\S\n]+of[^\S\n]+"
)
_BRACKETED_AFTER_SENTENCE = re.compile(
    rf"[^\S\n]*[.?]?[^\S\n]*[(\[][^\S\n]*(?:(?i:answer|ans)[^\S\n]*[:.][^\S\n]*)?[*_]*"
    rf"(?P<city>{CITY})[*_]*[^\S\n]*[)\]]"
)


def _worksheet_candidates(text: str) -> Iterator[_Candidate]:
    if "___" not in text:
        # no blanks: numbered questions or places answered in a key
        if _ANSWER_KEY.search(text) or _ANSWER_KEY_INLINE.search(text):
            yield from _keyed_answers(text, (*_NUMBERED_QUESTION_BLANK.finditer(text),))
        return
    for m in _CAPITAL_OF.finditer(text):
        region = _region_at(text, m.end())
        if (
            region
            and (answer := _answer_on_line(text, region.end))
            and (city := _city(answer["city"], region.name))
        ):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("worksheet", region.name, city, m.start(), answer.end(), anchor)
    # the place left blank: "Columbus is the capital of ______. (Ohio)"
    for m in _CITY_IS_CAPITAL_OF_BLANK.finditer(text):
        answer = _answer_on_line(text, m.end())
        if (
            answer
            and (subject := places.region_name(answer["city"].strip(" *_")))
            and (city := _city(m["city"], subject))
        ):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("worksheet", subject, city, m.start(), answer.end(), anchor)
    for m in _BLANK_IS_CAPITAL_OF.finditer(text):
        region = _region_at(text, m.end())
        if (
            region
            and (answer := _BRACKETED_AFTER_SENTENCE.match(text, region.end))
            and (city := _city(answer["city"], region.name))
        ):
            anchor = m.start() + m.group().lower().index("capital")
            yield _Candidate("worksheet", region.name, city, m.start(), answer.end(), anchor)
    blanks: dict[str, tuple[str, re.Match[str]]] = {}
    numbered = (
        *_NUMBERED_BLANK.finditer(text),
        *_NUMBERED_QUESTION_BLANK.finditer(text),
        *_NUMBERED_BLANK_FIRST.finditer(text),
    )
    for m in numbered:
        subject = places.region_name(m["region"].strip(" *_:"))
        if subject and ("capital" in m.group().lower() or _speaks_of_capitals(text, m.start())):
            blanks.setdefault(m["number"], (subject, m))
            answer = _answer_on_line(text, m.end("region"))
            if answer and (city := _city(answer["city"], subject)):
                yield _Candidate(
                    "worksheet", subject, city, m.start(), answer.end(), m.start("region")
                )
    yield from _answered_in_key(text, blanks)
    # unnumbered lines of a place and its blank, answered on the line: "France ______ (Paris)"
    blanked: dict[str, re.Match[str]] = {}  # each place left blank, by its name
    for m in _PLACE_BLANK.finditer(text):
        subject = places.region_name(m["region"].strip(" *_:"))
        if subject is None or not _speaks_of_capitals(text, m.start()):
            continue
        blanked.setdefault(subject, m)
        answer = _answer_on_line(text, m.end("region"))
        if answer and (city := _city(answer["city"], subject)):
            yield _Candidate("worksheet", subject, city, m.start(), answer.end(), m.start("region"))
    yield from _named_in_key(text, blanked)


# an answer key's line that names the place it answers: "France: Paris", "France – Paris"
_KEY_NAMED_ITEM = re.compile(
    rf"(?m)^[^\S\n]*(?:[-*•][^\S\n]+)?(?P<region>[A-Z][^\n:_\d–—-]{{1,60}}?)[^\S\n]*[:–—-]"
    rf"[^\S\n]*[*_]*(?P<city>{CITY})[*_]*[^\S\n]*$"
)


def _named_in_key(text: str, blanked: dict[str, re.Match[str]]) -> Iterator[_Candidate]:
    """The answers of a key below unnumbered blanks ("France: ______" … "Answer key\nFrance:
    Paris"), each naming the place it answers: only the places left blank above it."""
    key = _ANSWER_KEY.search(text) if blanked else None
    if key is None:
        return
    for item in _KEY_NAMED_ITEM.finditer(text, key.end()):
        subject = places.region_name(item["region"].strip(" *_"))
        if subject in blanked and (city := _city(item["city"], subject)):
            anchor = blanked[subject].start("region")
            yield _Candidate("worksheet", subject, city, item.start(), item.end(), anchor)


def _keyed_answers(text: str, questions: tuple[re.Match[str], ...]) -> Iterator[_Candidate]:
    """Numbered questions (or places alone, under a heading that asks for capitals) without
    blanks, answered by number in a key below."""
    key = _ANSWER_KEY.search(text) or _ANSWER_KEY_INLINE.search(text)
    before_key = key.start() if key else len(text)
    asked: dict[str, tuple[str, re.Match[str]]] = {}
    for m in (*questions, *_NUMBERED_PLACE.finditer(text, 0, before_key)):
        if m.start() >= before_key:
            continue  # the key's own items are answers, not questions
        subject = places.region_name(m["region"].strip(" *_"))
        if subject and ("capital" in m.group().lower() or _speaks_of_capitals(text, m.start())):
            asked.setdefault(m["number"], (subject, m))
    yield from _answered_in_key(text, asked)


def _answered_in_key(
    text: str, asked: dict[str, tuple[str, re.Match[str]]]
) -> Iterator[_Candidate]:
    """The answers of an answer key (``Answer Key\n1. Columbus``, ``Answers: 1. Lima 2. …``) to
    the numbered questions ``asked`` ({number: (place, question)})."""
    if not asked:
        return
    if key := _ANSWER_KEY.search(text):
        items = _KEY_ITEM.finditer(text, key.end())
    elif key := _ANSWER_KEY_INLINE.search(text):
        items = _KEY_ITEM_INLINE.finditer(text, key.end(), key.end() + 2000)
    else:
        return
    for item in items:
        if item["number"] in asked:
            subject, question = asked[item["number"]]
            if city := _city(item["city"], subject):
                yield _Candidate(
                    "worksheet", subject, city, item.start(), item.end(), question.start("region")
                )


# Other languages: "Paris est la capitale de la France", "Madrid es la capital de España",
# "Roma è la capitale d'Italia", "Lisboa é a capital de Portugal", "Berlin ist die Hauptstadt
# von Deutschland" / "… Deutschlands", "Amsterdam is de hoofdstad van Nederland", and the other
# way round ("La capitale de la France est Paris", "Die Hauptstadt Deutschlands ist Berlin"),
# and apposed ("Lima, la capital del Perú, …").
_FOREIGN_IS = r"(?:est|es|è|é|ist|is)"
_FOREIGN_CAPITAL = r"(?:la\s+capitale|la\s+capital|a\s+capital|die\s+Hauptstadt|de\s+hoofdstad)"
_FOREIGN_OF = (
    r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|del|de|d['’]|dell['’]|della|dello|del|di|do|da|dos|das"
    r"|von|van|der))?\s*"
)
_FOREIGN_Y_IS_CAPITAL = re.compile(
    # (or apposed: "Lima, la capital del Perú, es …", "Berlin, die Hauptstadt Deutschlands, …")
    rf"(?P<city>{CITY})(?:\s+{_FOREIGN_IS}\s+|,\s+){_FOREIGN_CAPITAL}(?:\s+(?:et|y|e|und|en)\s+"
    rf"[^\s,.]{{1,20}}(?:\s+[^\s,.]{{1,20}}){{0,3}})?{_FOREIGN_OF}(?=[A-ZÀ-ÖØ-Þ])"
)
_FOREIGN_CAPITAL_IS_Y = re.compile(
    rf"(?<![\w-])(?:[Ll]a\s+capitale|[Ll]a\s+capital|[Aa]\s+capital|[Dd]ie\s+Hauptstadt"
    rf"|[Dd]e\s+hoofdstad){_FOREIGN_OF}(?=[A-ZÀ-ÖØ-Þ])"
)
_FOREIGN_IS_CITY = re.compile(rf"\s+{_FOREIGN_IS}\s+(?P<city>{CITY})")


_GENITIVE = re.compile(r"[^\W\d_][\w-]*s\b")


def _foreign_region(text: str, start: int) -> places.RegionMatch | None:
    """A known country at ``start``, also right after an elided article (``d'Italia``: read
    from a slice, as a name after an apostrophe is otherwise part of a word) and in the German
    genitive (``Deutschlands``)."""
    piece = text[start : start + 120]
    region = places.find_region(piece, 0)
    if region is None and (word := _GENITIVE.match(piece)):
        region = places.find_region(piece, 0, word.end() - 1)
    if region is None:
        region = places.foreign_country_at(piece, 0)
        if region is None and (word := _GENITIVE.match(piece)):
            region = places.foreign_country_at(piece[: word.end() - 1], 0)
    if region is None or region.name.lower() in _words()["not_places"]:
        return None
    return places.RegionMatch(region.name, start + region.start, start + region.end, region.place)


def _foreign_candidates(text: str) -> Iterator[_Candidate]:
    for m in _FOREIGN_Y_IS_CAPITAL.finditer(text):
        region = _foreign_region(text, m.end())
        if region and (city := _city(m["city"], region.name)):
            anchor = m.start("city")
            if _current(text, m.start(), region.end, region.end):
                yield _Candidate("foreign", region.name, city, m.start(), region.end, anchor)
    for m in _FOREIGN_CAPITAL_IS_Y.finditer(text):
        region = _foreign_region(text, m.end())
        if region is None:
            continue
        region_end = region.end + (1 if text[region.end : region.end + 1] == "s" else 0)
        if (after := _FOREIGN_IS_CITY.match(text, region_end)) and (
            city := _city(after["city"], region.name)
        ):
            yield _Candidate("foreign", region.name, city, m.start(), after.end(), m.start())


# ---------------------------------------------------------------------------------------------
# Layouts

_CAPITAL_COLUMN = re.compile(
    r"(?:(?:state|provincial|national|regional|territorial|official)\s+)?capitals?"
    r"(?:\s+(?:city|cities|town))?(?:\s*[(\[].*)?"
    # (the word in the languages whose country names the gazetteer knows: "Land | Hauptstadt")
    r"|hauptstadt|hoofdstad|capitale|capitais|capitales"
)
_CITY_COLUMN = re.compile(r"(?:city|cities|town|city\s+name)(?:\s*[(\[].*)?")
_SUBJECT_COLUMN = re.compile(
    r"(?!.*capital).*\b(?:country|countries|state|states|province|provinces|region|regions|"
    r"territory|territories|nation|nations|name|land|division|entity|subdivision|county|"
    r"prefecture|canton|department|oblast|emirate|governorate|estado|pa[ií]s|provincia|nome|"
    r"nombre|pays|paese|staat|bundesland)\b.*"
)
_CELL_NOISE = re.compile(r"\[[^\[\]]{0,12}\]|\([^()]{0,60}\)|[*_†‡§]+")
_CELL_SPLIT = re.compile(r"\s*(?:;|/|,(?!\s*D\.C\.)|\band\b|&|\n)\s*")


def _cell_region(cell: str) -> str | None:
    """The known place a table cell names, without footnote marks, notes in parentheses,
    flags or codes around it (``🇵🇪 Peru``, ``Peru (PE)``, ``Peru[3]``)."""
    cleaned = " ".join(_CELL_NOISE.sub(" ", cell).split())
    cleaned = re.sub(r"^[^\w]+", "", cleaned)
    return places.record_name(cleaned) if cleaned else None


def _cell_cities(cell: layout.Cell, subject: str) -> list[tuple[str, int]]:
    """The capital or capitals a table cell names, each with its offset: ``Lima``,
    ``Lima[2]``, ``Sucre (constitutional); La Paz (seat of government)``."""
    whole = " ".join(_CELL_NOISE.sub(" ", cell.text).split())
    if city := _city(whole, subject):
        return [(city, cell.start)]
    found = []
    position = 0
    for part in _CELL_SPLIT.split(cell.text):
        at = cell.text.find(part, position)
        position = max(position, at + len(part))
        cleaned = " ".join(_CELL_NOISE.sub(" ", part).split())
        if cleaned and (city := _city(cleaned, subject)):
            found.append((city, cell.start + max(at, 0)))
    return found


def _header_line_start(text: str, table: layout.Table) -> int | None:
    """Where the header line of ``table`` starts (a few lines above its first row)."""
    end = table.rows[0][0].start
    for _ in range(4):
        start = text.rfind("\n", 0, max(0, end - 1)) + 1
        line = text[start:end]
        if all(cell in line for cell in table.header if cell):
            return start
        if start == 0:
            return None
        end = start
    return None


@lru_cache(maxsize=2)
def _tables(text: str) -> tuple[layout.Table, ...]:
    """The tables of ``text``, read once for the readers of capital tables and of quiz rows."""
    return tuple(layout.every_table(text))


def _table_candidates(text: str) -> Iterator[_Candidate]:
    for table in _tables(text):
        column = table.column(_CAPITAL_COLUMN)
        if column is None and table.rows and table.rows[0]:
            column = table.column(_CITY_COLUMN)
            header_at = _header_line_start(text, table)
            if column is not None and (
                header_at is None or not _list_is_of_capitals(text, header_at)
            ):
                column = None
        if column is None:
            yield from _headerless_pairs(text, table)
            continue
        if _holds_capital_marks(table, column):
            yield from _marked_table_rows(table, column)
            continue
        subject_column = table.column(_SUBJECT_COLUMN)
        if subject_column is None or subject_column == column:
            subject_column = 0 if column else None
        if subject_column is None:
            continue
        for row in table.rows:
            if len(row) <= max(column, subject_column):
                continue
            subject_cell, city_cell = row[subject_column], row[column]
            if not (subject := _cell_region(subject_cell.text)):
                continue
            for city, at in _cell_cities(city_cell, subject):
                yield _Candidate("table", subject, city, subject_cell.start, at + len(city), at)


def _holds_capital_marks(table: layout.Table, column: int) -> bool:
    """Whether a table's capital column holds marks (``yes``, ``primary``) for its rows'
    cities, not the capitals' names: most of its filled cells do."""
    cells = [_mark(row[column].text) for row in table.rows if len(row) > column]
    filled = [cell for cell in cells if cell]
    return bool(filled) and 2 * sum(cell in _CAPITAL_MARKS for cell in filled) > len(filled)


def _marked_table_rows(table: layout.Table, column: int) -> Iterator[_Candidate]:
    """A table of cities whose capital column marks the capitals among them (``City | Country
    | Capital`` rows ``Lima | Peru | yes``, a gazetteer export's ``primary``)."""
    columns = _CityTableColumns.of(table.header, column)
    if columns is None:
        return
    for row in table.rows:
        if found := columns.capital([cell.text for cell in row]):
            city_cell = row[columns.city]
            yield _Candidate("table", *found, row[0].start, row[-1].end, city_cell.start)


def _headerless_pairs(text: str, table: layout.Table) -> Iterator[_Candidate]:
    """A table of two columns without a header row, each row a place and its capital, under a
    title that speaks of capitals ("State capitals\nAlabama\tMontgomery\n…")."""
    rows = (table.first_row, *table.rows) if table.first_row else ()
    if not rows or len(table.first_row) != 2 or len(rows) < _MIN_LINE_PAIRS:
        return
    if not _cell_region(rows[0][0].text) or not _list_is_of_capitals(text, rows[0][0].start):
        return
    for row in rows:
        if len(row) == 2 and (subject := _cell_region(row[0].text)):
            for city, at in _cell_cities(row[1], subject):
                yield _Candidate("table", subject, city, row[0].start, at + len(city), at)


_FIELD_LABEL = (
    # (the capital's kind before it: "State capital: Stuttgart", "Provincial capital: …")
    # (its runs of spaces possessive: side by side they would split a long run every way)
    r"(?i:(?:(?:state|provincial|regional|territorial|national)[^\S\n]+)?capital(?:\s++city)?"
    r"(?:\s*+\(?\s*+and\s+(?:the\s+)?(?:largest|biggest|most\s+populous)\s+city\s*\)?)?)"
    # a gazetteer's abbreviation: "Kenya, republic in E Africa; cap. Nairobi"
    # (an almanac's comma after it: "KENYA. Area, …; pop., …; cap., Nairobi.")
    r"|(?<![\w.])[Cc]ap\.(?=[^\S\n]*+[:,]?[^\S\n]*+[A-Z])"
)
# "Capital: Y", "Capital - Y", "Capital\tY", "Capital Y" (a whole line of an infobox)
_CAPITAL_FIELD = re.compile(
    rf"(?m)(?<![\w-])[*_]{{0,2}}(?P<label>{_FIELD_LABEL})[*_]{{0,2}}"
    # (a comma after the label only as an encyclopaedia's entry writes it: "… America.
    # Capital, Quito. Area, …", checked by _field_candidates)
    # (the runs of spaces possessive: two side by side split a long run every way)
    # (or the line under it, as a rendered infobox copied gives it: "Capital\nNairobi")
    rf"(?:[^\S\n]*+[:=\-–—][^\S\n]*+|\t++|,[^\S\n]++|"
    rf"[^\S\n]++|[^\S\n]*+\n(?=[^\S\n]*+[*_]{{0,2}}[A-Z]))[*_]{{0,2}}[^\S\n]*+(?P<city>{CITY})[*_]{{0,2}}"
    rf"(?:[^\S\n]*(?:$|[·|,;(]|[^\S\n][-–—][^\S\n])|\.(?:[^\S\n]|$)"
    # (or the next field of the line, after a wide space: "Capital: Lima   Currency: Sol")
    rf"|[^\S\n]{{2,}}(?=[A-Z][\w ]{{0,30}}:))"
)
_SUBJECT_FIELD = re.compile(
    r"(?im)^[^\S\n]*(?:[-*•·]|\d{1,3}[.)])?[^\S\n]*[*_]{0,2}(?:state\s*/\s*territory|province\s*/"
    r"\s*territory|country|state|province|region|territory|nation|name)[*_]{0,2}[^\S\n]*"
    r"(?::|\t|[^\S\n])[*_]{0,2}[^\S\n]*(?P<name>[^\n]{2,60}?)[^\S\n]*$"
)
_ITEM_PREFIX = re.compile(r"[^\S\n]*(?:[-*•·]|\d{1,3}[.)]|#{1,6})?[^\S\n]*")
_SUBJECT_SEPARATORS = "—–-:|,"


def _without_separator(head: str) -> str:
    """``head`` (a line's words before its "Capital:" field) without the separator and spaces
    that end it ("Peru -- "): string operations, where a pattern anchored at the end would try
    every space of a long run."""
    stripped = head.rstrip()
    unseparated = stripped.rstrip(_SUBJECT_SEPARATORS)
    return unseparated.rstrip() if unseparated != stripped else stripped


# an almanac entry's headword at its line's start, before its first field's stop or colon
_ENTRY_HEAD = re.compile(r"[^\S\n]*(?P<head>[^\W\d][^.:;,\n—–]{1,40}?)[^\S\n]*[.:—–,]")


def _field_candidates(text: str) -> Iterator[_Candidate]:
    for m in _CAPITAL_FIELD.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        separator = text[m.end("label") : m.start("city")].replace("*", "").replace("_", "")
        abbreviated = m["label"].lower() == "cap."
        comma = separator.strip(" ").startswith(",")
        if comma and not (
            (m["label"][0].isupper() or abbreviated)
            and re.search(r"[.;]\s*$", before)
            # (in lower case after a semicolon too, a dictionary's: "…; capital, Lima.")
            or re.search(r";\s*$", before)
        ):
            continue  # "the capital, Quito, …" is prose, read by the sentence rules
        separated = re.match(r"[^\S\n]*[:=\t]", separator) or abbreviated or comma
        subject = None
        if before.strip():
            # "Fiji — Capital: Suva", "7. Kwara State: Capital - Ilorin.", "Roraima - Capital: …"
            prefix = _ITEM_PREFIX.match(before)
            head = _without_separator(before[prefix.end() if prefix else 0 :])
            head = head.rstrip(".")  # "Peru. Cap.: Lima": the entry's headword and its stop
            # a record's own field before it: "Country: France | Capital: Paris"
            if field := _SUBJECT_FIELD.fullmatch(head):
                head = field["name"]
            subject = places.region_name(head)
            fielded = re.search(r"[.;]\s*$", before) is not None
            if subject is None and fielded and (head_m := _ENTRY_HEAD.match(text, line_start)):
                # an almanac's entry, its place first and its fields after it ("Kenya: Area …;
                # Population …; Capital: Nairobi", "KENYA. Area, …; cap., Nairobi")
                subject = places.region_name(head_m["head"])
            if subject is None and separated and fielded:
                # "Kenya, republic in East Africa. Area: … Capital: Nairobi.": the entry's place
                subject = _topic(text, m.start())
            if subject is None:
                continue
        else:
            # (records that open on their capital, "Capital: Nairobi\nCountry: Kenya", name
            # their place below it: the first record of the text shows the order)
            below = _subject_below(text, m.end()) if _capital_first(text) else None
            subject = below or _subject_above(text, line_start)
        if subject and (city := _city(m["city"], subject)):
            if abbreviated and not places.is_known_city(city):
                continue  # "Select. cap. H. E. p. 115": a chapter of a cited work
            if "\n" in separator and not places.is_known_city(city):
                continue  # "Capital\nInvestment": a label over the line under it, a known city
            if m["label"][0].islower() and not before.strip() and not separated:
                continue  # "capital Y" at a line start is prose, not a field
            if not (abbreviated or comma or re.match(r"[:=\-–—\t]", separator.strip(" "))):
                # a label without a colon is an infobox line only if the line is nothing else
                line_end = text.find("\n", m.end("city"))
                rest = text[m.end("city") : line_end if line_end >= 0 else len(text)]
                # (or one of a record's fields parted by semicolons: "…; Capital Nairobi; …")
                between_fields = re.search(r";\s*$", before) and re.match(r"\s*[;.]", rest)
                if (rest.strip() or before.strip()) and not between_fields:
                    continue
            yield _Candidate("field", subject, city, m.start(), m.end("city"), m.start("city"))


# Wikitext infoboxes: "{{Infobox country | common_name = Kenya | capital = [[Nairobi]]"
_WIKI_CAPITAL = re.compile(
    r"(?m)^[^\S\n]*\|[^\S\n]*capital[^\S\n]*=[^\S\n]*(?:\[\[(?:[^\]|\n]*\|)?(?P<link>[^\]|\n]+)\]\]"
    r"|(?P<plain>[^\n|{}<\[]+))"
)
_WIKI_NAME = re.compile(
    r"(?m)^[^\S\n]*\|[^\S\n]*(?P<key>common_name|name|conventional_long_name)[^\S\n]*=[^\S\n]*"
    r"(?:\[\[(?:[^\]|\n]*\|)?)?(?P<value>[^\n|{}<\]]+)"
)
_WIKI_NAME_RANK = {"common_name": 0, "name": 1, "conventional_long_name": 2}


def _wiki_infobox_candidates(text: str) -> Iterator[_Candidate]:
    for m in _WIKI_CAPITAL.finditer(text):
        box = text.rfind("{{Infobox", max(0, m.start() - 5000), m.start())
        if box < 0:
            continue
        names = sorted(
            (_WIKI_NAME_RANK[n["key"]], n["value"].strip())
            for n in _WIKI_NAME.finditer(text, box, m.start())
        )
        subject = next((r for _, v in names if (r := places.region_name(v))), None)
        raw = (m["link"] or m["plain"] or "").strip()
        if subject and (city := _city(raw, subject)):
            at = m.start("link") if m["link"] else m.start("plain")
            yield _Candidate("field", subject, city, box, m.end(), at)


# "Kenya (capital: Nairobi)", "Peru (capital Lima)", "Chile (capital, Santiago)"
_PARENTHESISED_FIELD = re.compile(
    # (a kind of capital before the word: "Ohio (state capital: Columbus)")
    rf"(?<![^\S\n])[^\S\n]*\(\s*(?:(?i:state|provincial|national|federal)\s+)?"
    rf"(?i:capital)(?:\s+city)?\s*+[:\-–—,]?\s*+(?P<city>{CITY})\s*[);,]"
)


def _parenthesised_field_candidates(text: str) -> Iterator[_Candidate]:
    for m in _PARENTHESISED_FIELD.finditer(text):
        region = places.region_before(text, m.start())
        if region and (city := _city(m["city"], region.name)):
            yield _Candidate("field", region.name, city, region.start, m.end(), m.start("city"))


def _subject_above(text: str, line_start: int) -> str | None:
    """The subject of a ``Capital:`` line: a ``Country:``/``State:`` field above it in the
    same block, or a line above it (at most a few) that is nothing but a region's name."""
    above = text[max(0, line_start - 600) : line_start]
    lines = above.split("\n")[:-1]
    seen = 0
    for line in reversed(lines):
        stripped = line.strip(" \t#*_:='")  # Markdown, wiki ("== Peru ==") and bold marks
        if not stripped:
            if seen >= 1:
                continue  # a heading may stand a blank line above its fields
            continue
        seen += 1
        if seen > 6:
            break
        if field := _SUBJECT_FIELD.fullmatch(line):
            name = places.region_name(field["name"].strip(" *_"))
            if name:
                return name
        if re.match(r"(?i)\s*capital\b", line):
            return None  # the block above has its own capital: no subject is shared
        heading = re.sub(r"^(?:[-*•·]|\d{1,3}[.)]|#{1,6})\s*", "", stripped)
        # (a bracket after the name gives its code or its other name: "New South Wales (NSW)")
        heading = _HEADING_BRACKET.sub("", heading)
        # (or a subtitle after a dash: "Queensland – The Sunshine State")
        name = (
            places.region_name(heading)
            or places.region_name(_GUIDE_WORDS.sub("", heading))
            or places.region_name(_HEADING_SUBTITLE.sub("", heading))
            or places.region_name(_GUIDE_LABEL.sub("", heading))
        )
        if name:
            return name
    return None


@lru_cache(maxsize=4)
def _capital_first(text: str) -> bool:
    """Whether the text's first record opens on its capital: a ``Capital:`` line before the
    first ``Country:``/``State:``/``Name:`` field."""
    capital = _CAPITAL_LINE_START.search(text)
    field = _SUBJECT_LINE_START.search(text)
    return capital is not None and field is not None and capital.start() < field.start()


# (possessive runs of spaces: a line of spaces is read once, not split every way)
# (the label as the field reads it: "Capital city:", "State capital:")
_CAPITAL_LINE_START = re.compile(
    r"(?im)^[^\S\n]*+[*_]{0,2}(?:(?:state|provincial|regional|territorial|national)[^\S\n]+)?"
    r"capital(?:[^\S\n]+city)?[*_]{0,2}[^\S\n]*+[:=\t]"
)
_SUBJECT_LINE_START = re.compile(
    r"(?im)^[^\S\n]*+(?:[-*•·]|\d{1,3}[.)])?[^\S\n]*+[*_]{0,2}"
    r"(?:country|state|province|region|territory|nation|name)[*_]{0,2}[^\S\n]*+[:\t]"
)


def _subject_below(text: str, end: int) -> str | None:
    """The subject of a ``Capital:`` line that opens its record: a ``Country:``/``State:``/
    ``Name:`` field on one of the next lines of its block ("Capital: Nairobi\nCountry: Kenya"),
    none of them a capital's own."""
    line_end = text.find("\n", end)
    if line_end == -1:
        return None
    for line in text[line_end + 1 : line_end + 400].split("\n")[:3]:
        if not line.strip() or re.match(r"(?i)\s*[*_]{0,2}capital\b", line):
            return None  # the record ends, or the next one has begun
        if field := _SUBJECT_FIELD.fullmatch(line):
            return places.region_name(field["name"].strip(" *_"))
    return None


# ... or before it, a label and a colon: "Country profile: Chile", "Fact file: Peru"
_GUIDE_LABEL = re.compile(
    r"(?i)^(?:country\s+)?(?:profile|fact\s*(?:file|sheet)|quick\s+facts|facts|spotlight"
    r"|focus|destination)(?:\s+on)?\s*[:\-–—]\s*"
)
_HEADING_BRACKET = re.compile(r"[^\S\n]*\([^()\n]{1,40}\)$")
_HEADING_SUBTITLE = re.compile(r"[^\S\n]+[-–—][^\S\n]+[^\n]{1,60}$")
# A heading's words after the place it is about: "Laos travel guide", "Peru at a glance",
# "Kenya travel tips", "Chile: key facts".
_GUIDE_WORDS = re.compile(
    r"(?i):?\s+(?:(?:travel\s+)?(?:guide|tips|essentials|basics|info(?:rmation)?)|travel"
    r"|(?:quick|key|fun|basic)\s+facts|facts?(?:\s+for\s+kids)?|fact\s+(?:file|sheet)"
    r"|at\s+a\s+glance|(?:country\s+)?profile|overview|in\s+brief)\s*$"
)


# List items "X – Y", "X: Y", "X (note) — Y" (one a line) and "Y (X)"
# pictographs an item may open with: a flag ("🇵🇪 Peru – Lima"), a pin, a tick
_EMOJI = r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55][\uFE0F\u200D]?){1,8}[^\S\n]*"
_LINE_START = r"(?m)^"
_ITEM_START = (
    # (a heading may number its item: "## 2. Edmonton, Alberta")
    rf"{_LINE_START}"
    # (each run of spaces possessive: three optional runs side by side split a line of spaces
    # in quadratically many ways before the item fails)
    r"[^\S\n]*+(?:<li\b[^>\n]{0,80}>[^\S\n]*+)?"
    # (a worksheet's letters too: "a) Kenya – Nairobi", "(b) Ghana – Accra")
    r"(?:(?:[-*•·]|(?:#{1,6}[^\S\n]*+)?\d{1,3}[.)]|#{1,6}|\(?[a-z]\))[^\S\n]*+)?"
    rf"(?:{_EMOJI})?"
)
_ITEM_END = r"[^\S\n]*(?:</li>)?[^\S\n]*$"
# after the city a note may follow: "Alabama – Montgomery (since 1846)", "Ohio – Columbus – 1816"
# (a note holds no separator before a name of its own: "Ohio — Columbus | Texas — Austin" is
# a run of pairs; "Ohio – Columbus – since 1816 – pop. 900,000" one item)
_ITEM_NOTE = (
    r"(?:[^\S\n]*\([^()\n]{0,40}\)"
    r"|[^\S\n]+(?:[-–—|]|--)[^\S\n]+(?:(?![^\S\n](?:[-–—|]|--)[^\S\n]+[A-Z])[^\n<]){1,60}?)?"
)
_REGION_CITY_ITEM = re.compile(
    # (a hyphen inside a word is the region's: "Baden-Württemberg – Stuttgart")
    rf"{_ITEM_START}(?P<region>(?:[^\n:–—\-|<>]|(?<=\w)-(?=\w)){{2,60}}?)"
    rf"[^\S\n]*(?:\([^()\n]{{0,40}}\)[^\S\n]*)?"
    # (a slash between spaces too: "State / Capital" over "Ohio / Columbus")
    # (and two hyphens for a dash, as plain-text files write it: "Anhui -- Hefei")
    rf"(?:[–—:|=]|[^\S\n](?:[-/]|-{{2,3}})[^\S\n]|-{{1,2}}>|[{_ARROWS}]|=>|\.{{2,}}|…)[^\S\n]*"
    # the item may name its field: "**Ohio** – capital: Columbus"
    rf"(?P<labelled>(?i:capital(?:[^\S\n]+city)?)[^\S\n]*[:–—-]?[^\S\n]*)?"
    # (two capitals, a season's or a role's note after each: "Shimla (summer), Dharamshala
    # (winter)", "Srinagar/Jammu")
    rf"(?P<city>{CITY}(?:(?:[^\S\n]*\([^()\n]{{0,40}}\))?[^\S\n]*(?:,|/|\band\b|&)[^\S\n]*{CITY})?)"
    rf"{_ITEM_NOTE}[^\S\n]*[.;,]?{_ITEM_END}"
)
# "Montgomery, Alabama": the city first and its region after a comma, read only in a list
# that speaks of capitals (elsewhere such lines name any town).
_CITY_COMMA_REGION_ITEM = re.compile(
    rf"{_ITEM_START}(?P<city>{CITY}),[^\S\n]+(?P<region>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,3}})"
    rf"[^\S\n]*[.;]?{_ITEM_END}"
)
# "Sacramento (California)", and the other way round "California (Sacramento)"
_CITY_REGION_ITEM = re.compile(
    rf"{_ITEM_START}(?P<city>{CITY})[^\S\n]*\((?P<region>[^()\n]{{2,60}})\)[^\S\n]*[.;,]?"
    rf"{_ITEM_END}"
)

# Items run on in a paragraph: "A - B, C - D, E - F" or "B (A), D (C), F (E)"
_INLINE_REGION = (
    rf"(?P<region>{CAP_WORD}(?:(?:{SPACE}(?:and|&|of|de|do|da|del))*{SPACE}{CAP_WORD}){{0,4}})"
)
# (pairs parted by commas, semicolons or bars: "Ohio: Columbus; Texas: Austin", "Ohio —
# Columbus | Texas — Austin")
_INLINE_PAIR = re.compile(
    rf"{_INLINE_REGION}(?:[^\S\n]+(?:[-–—:=]|--)|:)[^\S\n]+(?P<city>{CITY})[^\S\n]*(?=[,;.|]|$)"
)
# "Montgomery, Alabama; Juneau, Alaska; Phoenix, Arizona": pairs joined by semicolons
_INLINE_CITY_COMMA_REGION = re.compile(
    rf"(?P<city>{CITY}),[^\S\n]+(?P<region>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,3}})"
    rf"[^\S\n]*(?=[;.]|$)"
)
_INLINE_CITY_REGION = re.compile(
    rf"(?P<city>{CITY})[^\S\n]*\((?P<region>[^()\n]{{2,60}})\)[^\S\n]*(?=[,;.]|\s+and\b|$)"
)
# ... and the other way round, the region first: "Peru (Lima), Chile (Santiago), …" (which of
# the two is the region the gazetteer tells: "Toluca (México)" reads only as above)
_INLINE_REGION_CITY = re.compile(
    rf"{_INLINE_REGION}[^\S\n]*\((?P<city>{CITY})\)[^\S\n]*(?=[,;.]|\s+and\b|$)"
)


def _speaks_of_capitals(text: str, position: int, reach: int = 2000) -> bool:
    """Whether the text before ``position`` speaks of capitals (in the sense of seats of
    government): a list under it is a list of capitals."""
    floor = max(0, position - reach)
    for m in re.finditer(r"(?i)(?<![\w-])capital(s?)(?![\w-])", text[floor:position]):
        at = floor + m.start()
        modifier = _modifier_before(text, at)
        # "the world capital of jazz" is figurative; "World capitals" names a set of capitals
        collective = m.group(1) and modifier in _words()["collective_modifiers"]
        if modifier in _words()["other_modifiers"] and not collective:
            continue
        after = text[at + len(m.group()) : at + len(m.group()) + 25].lower()
        following = re.match(r"\s*([a-z]+(?:\s+of\s+[a-z]+)?)", after)
        if following and (
            following[1] in _words()["other_senses_after"]
            or following[1].split()[0] in _words()["other_senses_after"]
        ):
            continue
        if re.match(r"\s+of\s+(?:culture|the\s+world)", after):
            continue
        if m.group()[:1] == "C" and _FIRM_AFTER.match(text, at + len(m.group())):
            continue  # "Wesray Capital is a private investment firm based in …": a firm's name
        return True
    return False


_FIRM_AFTER = re.compile(
    r"[^\S\n]+(?:is|was)[^\S\n]+an?[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}"
    r"(?:firm|company|fund|bank|group|manager|investor|partnership|lender)\b"
)


_ITEM_LINE = re.compile(
    r"[^\S\n]*(?:[-*•·]|\d{1,3}[.)]|[^\n]{1,60}?(?:[^\S\n](?:[-–—:=→/]|->|=>|\.{2,}|…)|:)[^\S\n])"
    r"[^\n]*"
    # "Peru: Lima" (the colon after the place), "Montgomery, Alabama"
    r"|[^\S\n]*[A-Z][^\n,]{1,40},[^\S\n]+[A-Z][^\n,]{1,40}"
)


_HTML_TAGS_ONLY = re.compile(r"<[^<>\n]{0,200}>")


def _list_is_of_capitals(text: str, position: int) -> bool:
    """Whether the list item at ``position`` stands under a header that speaks of capitals:
    earlier on its own line (``The capitals: Iowa - Des Moines, …``), or on the first line above
    its list that is no item (``Region — capital``, ``Some provincial capitals are:``).
    A nearer header about something else (``Largest cities:``) governs instead."""
    line_start = text.rfind("\n", 0, position) + 1
    if _speaks_of_capitals(text, position, reach=position - line_start):
        return True
    end = line_start - 1
    prose_lines = 0
    for _ in range(40):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not _HTML_TAGS_ONLY.sub("", line).strip():
            continue
        # a last sentence that announces something else ("… Largest cities:") governs
        last_sentence = re.split(r"[.!?]\s+(?=[A-Z])", line)[-1]
        announces = last_sentence.rstrip().endswith(":")
        reach = len(last_sentence) if announces else len(line)
        if _speaks_of_capitals(text, start + len(line), reach=reach):
            return True
        if (
            _ITEM_LINE.fullmatch(line)
            or _CITY_REGION_ITEM.fullmatch(line)
            or _UNSPACED_PAIR.fullmatch(line)
        ):
            continue
        if line.rstrip().endswith(":") or len(line.strip()) <= 80:
            return False  # a header about something else
        prose_lines += 1
        if prose_lines >= 2:
            return False
    return False


_LINE = re.compile(r"[^\n]+")
_ITEM_HEAD = re.compile(
    # (a star before a star opens bold, not a bullet: "**Ohio**: Columbus")
    r"[^\S\n]*(?:<li\b[^>\n]{0,80}>)?[^\S\n]*"
    r"(?:[-•·]|\*(?!\*)|(?:#{1,6}[^\S\n]*)?\d{1,3}[.)]|#{1,6}|\(?[a-z]\)[^\S\n])?"
    r"[^\S\n]*"
    rf"(?:{_EMOJI})?(?:\*\*|__)?"
)
_ITEM_SEPARATOR = re.compile(rf"[–—:|({_ARROWS}=…,]|[^\S\n](?:[-/]|-{{2,3}})[^\S\n]|->|\.\.")


# "Alabama-Montgomery": a place and its capital joined by a hyphen without spaces, both
# known to the gazetteer, in a list on capitals (a hyphen inside a name stays the name's)
_UNSPACED_PAIR = re.compile(
    rf"{_ITEM_START}(?P<region>[A-Z][^\n\-:|]{{1,40}}?)-(?P<city>{CITY}){_ITEM_END}"
)


def _unspaced_pair_candidates(text: str) -> Iterator[_Candidate]:
    if "-" not in text:
        return
    for m in _UNSPACED_PAIR.finditer(text):
        region = places.region_name(m["region"].strip())
        if (
            region
            and places.is_known_city(m["city"])
            and not places.region_name(f"{m['region'].strip()}-{m['city']}")
            and _list_is_of_capitals(text, m.start())
            and (city := _city(m["city"], region))
        ):
            yield _Candidate("list", region, city, m.start(), m.end(), m.start("city"))


_ITEMS = (_REGION_CITY_ITEM, _CITY_REGION_ITEM, _CITY_COMMA_REGION_ITEM)
# ... the same read from the wide space before an item set beside another (only where
# _item_spans found one: as a search's start, the look-behind would try every position after
# an indentation of code)
_BESIDE_ITEMS = tuple(
    re.compile(p.pattern.replace(_LINE_START, r"(?m)(?:^|(?<=[^\S\n]{3})|(?<=\t))", 1), p.flags)
    for p in _ITEMS
)
# items set side by side on a line, parted by wide space ("Ohio - Columbus    Utah - Salt Lake
# City"), as a worksheet's columns flatten
_WIDE_SPACE = re.compile(r"[^\S\n]{3,}|\t+")


def _item_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """The lines of ``text``, each as one item or, where every part between wide spaces holds
    an item's separator, as its parts (each with whether it stands beside another)."""
    for line in _LINE.finditer(text):
        start, end = line.span()
        parts, at = [], start
        for gap in _WIDE_SPACE.finditer(text, start, end):
            if gap.start() > at:
                parts.append((at, gap.start()))
            at = gap.end()
        if at < end:
            parts.append((at, end))
        if len(parts) >= 2 and all(_ITEM_SEPARATOR.search(text, a, b) for a, b in parts):
            yield from ((a, b, True) for a, b in parts)
        else:
            yield start, end, False


def _list_candidates(text: str) -> Iterator[_Candidate]:
    # Read one way only: the place, then its capital ("Ohio – Columbus"), or the capital with
    # its place in parentheses ("Columbus (Ohio)"). A list of "City, Region" or "City – Region"
    # names places more often than capitals, and a parenthesis after a place gives another
    # name ("Guangdong (Canton)").
    matches = []
    for start, end, beside in _item_spans(text):
        item = text[start:end]
        if len(item) > 200 or not _ITEM_SEPARATOR.search(item):
            continue  # items are short lines with a separator; most lines are prose
        head = _ITEM_HEAD.match(item)
        first = item[head.end() : head.end() + 1] if head else ""
        if not first.isupper():
            continue  # an item begins with a place's name (not a quote, a key or a number)
        for pattern in _BESIDE_ITEMS if beside else _ITEMS:
            if m := pattern.match(text, start, end):
                matches.append(m)
                break
    # the number, the form and the mark of the last item read: a list's next item may stand
    # after a paragraph on the one before ("1. Victoria, British Columbia\nVictoria is …\n\n2.
    # Edmonton, Alberta", "## Victoria, British Columbia\n…\n## Edmonton, Alberta"), under the
    # same header, where no other heading stands between
    last: tuple[int | None, re.Pattern[str], str, int] | None = None
    for m in matches:
        number = _ITEM_NUMBER.match(text, m.start())
        mark = _ITEM_MARK.match(text, m.start())
        mark_text = mark.group().strip() if mark else ""
        continues = bool(
            last
            and m.re is last[1]
            and m.start() - last[3] <= _ITEM_REACH
            and (
                (number and last[0] is not None and int(number["n"]) == last[0] + 1)
                or (not number and last[0] is None and mark_text == last[2])
            )
            and not _OTHER_HEADING.search(text, last[3], m.start())
        )
        region_text = re.sub(r"\s*\([^()]*\)$", "", m["region"].strip(" *_"))
        subject, city_text = places.region_name(region_text), m["city"].strip(" *_")
        city_at = m.start("city")
        if (
            m.re is _CITY_REGION_ITEM
            # (or a country first whose capital shares its name with a region: "Peru (Lima)")
            and (subject is None or places.is_country(city_text))
            and places.is_known_city(region_text)
            and (swapped := places.region_name(city_text))
        ):
            # the region first, its capital in brackets ("Bavaria (Munich)"), read like the
            # other way round only under a header about capitals (below); a bracket that
            # gives the place's other name holds no known city ("Myanmar (Burma)")
            subject, city_text, city_at = swapped, region_text, m.start("region")
        if (
            m.re is _CITY_COMMA_REGION_ITEM
            and places.is_country(city_text)
            and places.is_known_city(region_text)
            and not places.is_country(region_text)
        ):
            # a country, a comma and a known city ("Kenya, Nairobi"): the other way round from
            # a town's address, read so only under a header about capitals (below)
            subject, city_text, city_at = (
                places.region_name(city_text),
                region_text,
                m.start("region"),
            )
        if (
            m.re is _REGION_CITY_ITEM
            and not m["labelled"]
            and places.is_country(city_text)
            and (subject is None or not places.is_country(region_text))
            and _capital_first_header(text, m.start())
        ):
            # the capital first, its country after ("Kabul – Afghanistan" under "Capital –
            # Country"): where the list's header puts it so, the second name is a country's
            # and the first none (a province may share its capital's name: Kabul)
            subject = places.region_name(city_text)
            city_text, city_at = region_text, m.start("region")
        if not subject or not (
            m.groupdict().get("labelled") or continues or _list_is_of_capitals(text, m.start())
        ):
            continue
        written = m["city"]
        cities = []
        # (a note that marks one town the capital makes the others mere towns: "Peru – Lima
        # (capital), Arequipa")
        marked = re.search(r"(?i)\(\s*(?:the\s+)?capital\b", written)
        if city_at == m.start("city") and _CELL_SPLIT.search(written) and not marked:
            # two capitals, as a table's cell gives them: "Shimla (summer), Dharamshala
            # (winter)", "Srinagar/Jammu"
            cell = layout.Cell(written, m.start("city"), m.start("city") + len(written))
            cities = [
                (city, at)
                for city, at in _cell_cities(cell, subject)
                # (not a country after the city: "Mumbai, India")
                if places.is_known_city(city) or places.region_name(city) is None
            ]
        if not cities and (city := _city(city_text, subject)):
            cities = [(city, city_at)]
        if cities:
            last = (int(number["n"]) if number else None, m.re, mark_text, m.end())
        for city, at in cities:
            # (each its own end, as a table's cell: one statement per place in the text)
            end = m.end() if len(cities) == 1 else at + len(city)
            yield _Candidate("list", subject, city, m.start(), end, at)
    yield from _inline_list_candidates(text)


_ITEM_NUMBER = re.compile(r"[^\S\n]*(?:#{1,6}[^\S\n]*)?(?P<n>\d{1,3})[.)][^\S\n]")
_ITEM_REACH = 3000  # characters from one item of a list to the next
_ITEM_MARK = re.compile(r"[^\S\n]*(?:#{1,6}|[-*•·])?")
# a heading or a label between two items: another section (maybe "Other cities:")
_OTHER_HEADING = re.compile(r"(?m)^[^\S\n]*#{1,6}[^\S\n]|^[^\n]{1,60}:[^\S\n]*$")


_CAPITAL_FIRST_HEADER = re.compile(
    r"(?i)[^\S\n]*[#*_]*[^\S\n]*capitals?(?:[^\S\n]+cit(?:y|ies))?[*_]*[^\S\n]*(?:[-–—:|/,]|->|→)"
    r"[^\S\n]*[*_]*(?:country|countries|nation|nations|state|states|province|provinces)[*_]*"
    r"[^\S\n]*:?[^\S\n]*"
)


def _capital_first_header(text: str, position: int, reach: int = 60) -> bool:
    """Whether the block of lines holding ``position`` has a header line that puts the capital
    first ("Capital – Country")."""
    end = text.rfind("\n", 0, position)
    for _ in range(reach):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return False  # a blank line ends the list's block
        if _CAPITAL_FIRST_HEADER.fullmatch(line):
            return True
        end = start - 1
    return False


_RUN_SEPARATOR = re.compile(r"[^\S\n](?:[-–—:=]|--)[^\S\n]|(?<=\w):[^\S\n]|\(")


def _inline_list_candidates(text: str) -> Iterator[_Candidate]:
    """Pairs run on in one paragraph, three or more in a row, under a text on capitals."""
    # a run of pairs holds its separator again and again: other lines are not read
    lines = [
        line for line in _LINE.finditer(text) if len(_RUN_SEPARATOR.findall(line.group())) >= 2
    ]
    semicolon_lines = [line for line in _LINE.finditer(text) if line.group().count(";") >= 2]
    for pattern, read in (
        (_INLINE_PAIR, lines),
        (_INLINE_CITY_REGION, lines),
        (_INLINE_REGION_CITY, lines),
        (_INLINE_CITY_COMMA_REGION, semicolon_lines),
    ):
        run: list[tuple[re.Match[str], str, str]] = []
        last_end = -1
        matches = [m for line in read for m in pattern.finditer(text, line.start(), line.end())]
        for m in matches:
            subject = places.region_name(m["region"])
            city = _city(m["city"], subject) if subject else None
            joined = last_end >= 0 and re.fullmatch(
                r"[,;|\s]*(?:and\s+)?", text[last_end : m.start()]
            )
            if not joined:
                yield from _flush_run(text, run)
                run = []
            if subject and city:
                run.append((m, subject, city))
                last_end = m.end()
            elif run and joined:
                last_end = m.end()  # an item of the run not read ("Valencia - Valencia"): on
            else:
                yield from _flush_run(text, run)
                run, last_end = [], -1
        yield from _flush_run(text, run)


_KEY_BEFORE = re.compile(rf"(?i)\b{_KEY_LABEL}[^\S\n]*[:\-–]\s*$")
# "… capitals are: Y (X), Z (W)": a short run is read only right after such words
_ANNOUNCES_CAPITALS = re.compile(
    r"(?i)capitals?\b[^.!?\n]{0,40}?(?:\bare|\binclude|\bincludes|:)\s*:?\s*$"
)


def _flush_run(text: str, run: list[tuple[re.Match[str], str, str]]) -> Iterator[_Candidate]:
    if len(run) >= 3 and _list_is_of_capitals(text, run[0][0].start()):
        for m, subject, city in run:
            yield _Candidate("list", subject, city, m.start(), m.end(), m.start("city"))
    elif run and (
        _announced(text, run[0][0].start(), len(run))
        or (
            _KEY_BEFORE.search(text, max(0, run[0][0].start() - 40), run[0][0].start())
            and _speaks_of_capitals(text, run[0][0].start())
        )
    ):
        # "capitals are: Toluca (México), Puebla (…)": announced just before; or a worksheet's
        # key pairing its places and capitals ("Answer key: Ohio - Columbus, Texas - Austin")
        for m, subject, city in run:
            yield _Candidate("list", subject, city, m.start(), m.end(), m.start("city"))


def _announced(text: str, start: int, pairs: int) -> bool:
    """Whether words just before a run of ``pairs`` pairs announce them as capitals ("capitals
    are: Toluca (México), …"). One pair after a singular field's label is its city and where
    the city lies ("Capital: Ottawa (Ontario)"), not the bracket's place's capital."""
    announced = _ANNOUNCES_CAPITALS.search(text, max(0, start - 80), start)
    return announced is not None and (
        pairs > 1 or announced.group().lower().lstrip().startswith("capitals")
    )


# A table flattened into one run of words, as pages scraped from HTML often are:
# "States Capital City Sikkim Gangtok Tripura Agartala Mizoram Aizawl Odisha Bhubaneswar …"
_FLAT_HEADER = re.compile(r"(?<![\w-])Capital(?:s|\s+[Cc]ity|\s+[Cc]ities)?(?![\w-])\s+")
_CITY_WORD = re.compile(rf"(?:{_CITY_PARTICLE}{SPACE})*{CAP_WORD}")
_FLAT_NOTE = re.compile(r"[^\S\n]*(?:\[[^\[\]\n]{0,60}\]|\([^()\n]{0,60}\))")
_SHARED_WITH = re.compile(r"\(\s*shared\s+with\s+(?P<region>[^()\n]{2,40}?)\s*\)")
_SEASONAL_NOTE = re.compile(r"(?i)\((?:summer|winter|seasonal|former|old)\b")
_MIN_FLAT_PAIRS = 4  # fewer pairs in a row are no evidence of a table


_SPACES = re.compile(r"[^\S\n]*")


def _skip_spaces(text: str, position: int) -> int:
    """Where the spaces (no line break) from ``position`` end."""
    m = _SPACES.match(text, position)
    return m.end() if m else position


_ROW_BREAK = re.compile(r"[^\S\n]*\n?[^\S\n]*")
_SEASONAL_CITY = re.compile(
    rf"[^\S\n]*{CITY}[^\S\n]*\((?i:summer|winter|seasonal)\b[^()\n]{{0,40}}\)"
)


def _flat_pairs(text: str, position: int) -> list[_Candidate]:
    """Region-city pairs read from ``position`` on, each region a known name and each city the
    capitalised words up to the next known name; stops at the first word that fits neither.
    A seasonal capital (``Shimla (Summer) Dharamshala (Winter)``) is no pair but is read past."""
    pairs: list[_Candidate] = []
    while True:
        row_break = _ROW_BREAK.match(text, position)
        assert row_break is not None  # the pattern may match nothing
        start = row_break.end()  # rows may also stand one a line
        region = places.region_starting_at(text, start, start + 80)
        if region is None:
            return pairs
        city_start = city_end = None
        position = region.end
        while word := _CITY_WORD.match(text, _skip_spaces(text, position)):
            if city_start is None:
                city_start = word.start()
            elif places.region_starting_at(text, word.start(), word.end() + 60):
                break  # the next row begins
            city_end = position = word.end()
        if city_start is None or city_end is None:
            return pairs
        raw_city = text[city_start:city_end]
        note = _FLAT_NOTE.match(text, position)
        if note:
            position = note.end()
        if note and _SEASONAL_NOTE.search(note.group()):
            if other := _SEASONAL_CITY.match(text, position):
                position = other.end()
            continue
        if city := _city(raw_city, region.name):
            pairs.append(_Candidate("table", region.name, city, region.start, city_end, city_start))
        if note and (shared := _SHARED_WITH.search(note.group())):
            other_region = places.region_name(shared["region"])
            if other_region and (city := _city(raw_city, other_region)):
                pairs.append(
                    _Candidate("table", other_region, city, note.start(), note.end(), note.start())
                )


def _flat_table_candidates(text: str) -> Iterator[_Candidate]:
    for header in _FLAT_HEADER.finditer(text):
        pairs = _flat_pairs(text, header.end())
        if len(pairs) >= _MIN_FLAT_PAIRS:
            yield from pairs


# A table scraped one cell a line ("State\nCapital\nAlabama\nMontgomery\n…"): a header of
# column names, one a line, then the rows, as many lines each as the header has.
_STACKED_CELL = 60  # characters: a longer line is prose, no cell
_STACKED_COLUMNS = 8  # columns at most


def _cell_lines(text: str) -> tuple[list[tuple[int, int]], list[bool]]:
    """The spans of the text's non-blank lines, and whether each is short enough for a cell."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    return lines, [end - start <= _STACKED_CELL for start, end in lines]


def _label(text: str, line: tuple[int, int]) -> str:
    return text[line[0] : line[1]].strip(" \t*_:").lower()


def _stacked_table_candidates(text: str) -> Iterator[_Candidate]:
    """Capitals of a table whose cells stand one a line (blank lines between them ignored):
    the header holds a subject column's name and, within a few lines after it, the capital
    column's; the row width is the smallest that puts a known place under the subject column
    and a city under the capital column in the first two rows. Rows are read while that holds."""
    if "\n" not in text:
        return
    lines, short = _cell_lines(text)
    for capital_at, line in enumerate(lines):
        if not short[capital_at] or not _CAPITAL_COLUMN.fullmatch(_label(text, line)):
            continue
        subject_at = next(
            (
                at
                for at in range(capital_at - 1, max(-1, capital_at - _STACKED_COLUMNS), -1)
                if short[at] and _SUBJECT_COLUMN.fullmatch(_label(text, lines[at]))
            ),
            None,
        )
        if subject_at is None:
            continue
        yield from _stacked_table(text, lines, short, subject_at, capital_at)


def _stacked_table(
    text: str, lines: list[tuple[int, int]], short: list[bool], subject_at: int, capital_at: int
) -> list[_Candidate]:
    # the header may open with a column or two before the subject's ("#", "No.")
    for header_at in range(subject_at, max(-1, subject_at - 3), -1):
        if not short[header_at]:
            break
        subject, capital = subject_at - header_at, capital_at - header_at
        for width in range(capital + 1, _STACKED_COLUMNS + 1):
            rows = _stacked_rows(text, lines, short, header_at + width, width, (subject, capital))
            if rows:
                return rows
    return []


def _stacked_rows(
    text: str,
    lines: list[tuple[int, int]],
    short: list[bool],
    first: int,
    width: int,
    columns: tuple[int, int],
    whole_cells: bool = False,
) -> list[_Candidate]:
    """The capitals of rows ``width`` lines each from line ``first`` on, the subject and the
    capital in the row's ``columns``; [] unless the first two rows read. With ``whole_cells``
    the capital's line is one city's name and nothing else (no list of towns)."""
    found: list[_Candidate] = []
    for row in range(first, len(lines) - width + 1, width):
        if not all(short[row : row + width]):
            break
        subject_line, city_line = lines[row + columns[0]], lines[row + columns[1]]
        (subject_start, subject_end), (city_start, city_end) = subject_line, city_line
        if whole_cells:
            # a card's number or side before each line ("1. Ohio", "Q: Ohio" / "A: Columbus",
            # "Term: Ohio" / "Definition: Columbus")
            subject_start = _card_text_start(text, subject_start, subject_end)
            city_start = _card_text_start(text, city_start, city_end)
        subject = _cell_region(text[subject_start:subject_end])
        if not subject:
            break
        cell = layout.Cell(text[city_start:city_end], city_start, city_end)
        if whole_cells:
            city = _city(cell.text.strip(" \t*_"), subject)
            cities = [(city, city_start + max(0, cell.text.find(city)))] if city else []
        else:
            cities = _cell_cities(cell, subject)
        if not cities:
            break
        for city, at in cities:
            found.append(_Candidate("table", subject, city, subject_start, at + len(city), at))
    rows_read = len({c.start for c in found})
    return found if rows_read >= 2 else []


_MIN_LINE_PAIRS = 3  # pairs of lines, without a header row, read as a list of capitals


def _card_text_start(text: str, start: int, end: int) -> int:
    prefix = _CARD_PREFIX.match(text, start, end)
    return prefix.end() if prefix else start


_CARD_PREFIX = re.compile(
    r"[^\S\n]*(?:\d{1,3}[.)]|(?:[QA]|Term|Definition|Front|Back|Question|Answer)[^\S\n]*[:.])?"
    r"[^\S\n]*"
)


def _line_pair_candidates(text: str) -> Iterator[_Candidate]:
    """Capitals of a list that gives each place and its capital a line each, right under a
    title that speaks of capitals ("US State Capitals Flashcards\nAlabama\nMontgomery\n…"; one
    short line may stand between, "Terms in this set (50)"); three pairs at least. The first
    pair sets the order: the place first, or the capital first before a country's name
    ("Kabul\nAfghanistan"). The list's first line opens the run: pairs are never read from its
    middle, where they could join one pair's country to the next one's capital."""
    if "\n" not in text:
        return
    lines, short = _cell_lines(text)
    heading = 0
    while heading < len(lines) - 2:
        start, end = lines[heading]
        heading += 1
        if not _speaks_of_capitals(text, end, reach=end - start):
            continue
        for first in (heading, heading + 1):
            order = _pair_order(text, lines, first)
            rows = _stacked_rows(text, lines, short, first, 2, order, whole_cells=True)
            pairs = len({row.start for row in rows})
            if pairs >= _MIN_LINE_PAIRS:
                yield from rows
                heading = first + 2 * pairs
                break


def _pair_order(text: str, lines: list[tuple[int, int]], first: int) -> tuple[int, int]:
    """(place, capital) positions in a pair of lines from line ``first``: the capital first
    where the second line names a country and the first none."""
    if first + 1 >= len(lines):
        return 0, 1
    one, two = (text[a:b].strip(" \t*_") for a, b in lines[first : first + 2])
    return (1, 0) if places.is_country(two) and not places.is_country(one) else (0, 1)


_SPACED_PAIR_REST = re.compile(
    # (a code may stand between, bracketed or not: "Acre (AC) Rio Branco", "Ohio OH Columbus")
    rf"[^\S\n]*(?:\([A-Z]{{2,3}}\)|[A-Z]{{2,3}}(?=[^\S\n]))?[^\S\n]*[*_]{{0,2}}(?P<city>{CITY})[*_]{{0,2}}"
    # (a table's numeric columns may follow: "Bavaria Munich 70,549 12,444,000")
    rf"(?:[^\S\n]+\d[\d.,]*%?){{0,6}}[^\S\n]*$"
)


def _spaced_pair_candidates(text: str) -> Iterator[_Candidate]:
    """Capitals of a list under a heading on capitals whose lines give a place and its capital
    parted by a space alone ("Alabama Montgomery", "1. New Mexico Santa Fe", "Acre (AC) Rio
    Branco"): the gazetteer's longest place at the line's start, the rest of the line one city;
    three such lines in a row at least, each city one the gazetteer knows."""
    run: list[_Candidate] = []
    columns_after = False  # whether a city of the run has more columns of words after it
    for line in [*_LINE.finditer(text), None]:
        pair = _spaced_pair(text, line) if line else None
        if pair is not None:
            run.append(pair[0])
            columns_after = columns_after or pair[1]
            continue
        # (a city with more columns after it only under a header that puts the capital
        # second: "Nigeria Lagos Abuja" under "Country Largest city Capital" is no pair)
        if (
            len(run) >= _MIN_LINE_PAIRS
            and _list_is_of_capitals(text, run[0].start)
            and (not columns_after or _capital_second_header(text, run[0].start))
        ):
            yield from run
        run, columns_after = [], False


# a table's header with the capital's column second: "State Capital Nickname", "COUNTRY
# CAPITAL CITY CURRENCY"
_CAPITAL_SECOND_HEADER = re.compile(
    r"[^\S\n]*(?i:states?|country|countries|provinces?|regions?|territory|territories|nations?)"
    r"[^\S\n]+(?i:capital)(?![\w-])"
)


def _capital_second_header(text: str, line_start: int) -> bool:
    """Whether the line above ``line_start`` is a header with the capital's column second."""
    above_end = text.rfind("\n", 0, line_start)
    above_start = text.rfind("\n", 0, max(0, above_end)) + 1
    return above_end > 0 and _CAPITAL_SECOND_HEADER.match(text, above_start, above_end) is not None


def _spaced_pair(text: str, line: re.Match[str]) -> tuple[_Candidate, bool] | None:
    """A line's place and its capital, and whether more columns of words follow the city."""
    if len(line.group()) > _STACKED_CELL:
        return None
    head = _ITEM_HEAD.match(text, line.start(), line.end())
    start = head.end() if head else line.start()
    region = places.region_starting_at(text, start, line.end())
    if region is None or region.end >= line.end() or not text[region.end].isspace():
        return None
    rest = _SPACED_PAIR_REST.match(text, region.end, line.end())
    # (a city the gazetteer knows: a space parts nothing, and "Kabul Afghani" runs on into the
    # next column)
    span = None
    if rest is None or not places.is_known_city(rest["city"]):
        # or the gazetteer's longest city, where more columns of words follow ("Alabama
        # Montgomery Yellowhammer State" under "State Capital Nickname")
        span = _known_city_then_column(text, region.end, line.end())
        if span is None:
            return None
        at, end = span
    else:
        at, end = rest.start("city"), rest.end("city")
    if not (city := _city(text[at:end], region.name)):
        return None
    return _Candidate("list", region.name, city, line.start(), end, at), span is not None


_CITY_WORD = re.compile(rf"[^\S\n]*({CAP_WORD}|{_CITY_PARTICLE}(?=[^\S\n]))")


def _known_city_then_column(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the longest city the gazetteer knows in the words from ``start`` (up to four),
    where another column's word follows it after a space (a capitalised word, a number or a
    bracket), not the line's end."""
    words: list[tuple[int, int]] = []
    position = start
    while len(words) < 4 and (word := _CITY_WORD.match(text, position, end)):
        words.append((word.start(1), word.end(1)))
        position = word.end()
    for count in range(len(words), 0, -1):
        at, last = words[0][0], words[count - 1][1]
        follows = _NEXT_COLUMN.match(text, last, end)
        if follows and places.is_known_city(text[at:last]):
            return at, last
    return None


_NEXT_COLUMN = re.compile(r"[^\S\n]+[A-Z\d(\"“]")


# A list of a place's towns that marks its capital: "Cities of Peru: Lima (capital), Arequipa,
# Cusco", "Major towns in Ghana include Accra (the capital) and Kumasi".
_MARKED_CAPITAL = re.compile(
    rf"(?P<city>{CITY})[^\S\n]*\((?:the[^\S\n]+)?(?:national[^\S\n]+)?capital(?:[^\S\n]+city)?\)"
)
_TOWNS_OF = re.compile(
    r"(?i:\b(?:cities|towns|municipalities|urban\s+areas|places)\b)[^\S\n]+(?:\w+[^\S\n]+){0,3}?"
    r"(?:of|in)[^\S\n]+(?:the[^\S\n]+)?"
)


# A line that opens on a place and a colon or a dash, its towns after: "Canada: Ottawa (capital)
# / Toronto (largest)", "- Turkey – Ankara is the capital, Istanbul the largest city".
_LINE_HEAD = re.compile(r"[^\S\n]*(?:[-*•+>]|\d{1,3}[.)])?[^\S\n]*")
_HEAD_SEPARATOR = re.compile(r"[^\S\n]*(?::|[-–—](?=[^\S\n]))[^\S\n]*")


def _line_head_region(text: str, position: int) -> places.RegionMatch | None:
    """The place that opens the line of ``position`` before a colon or a dash."""
    line_start = text.rfind("\n", 0, position) + 1
    head = _LINE_HEAD.match(text, line_start, position)
    region = places.region_starting_at(text, head.end() if head else line_start, position)
    if region and _HEAD_SEPARATOR.match(text, region.end, position):
        return region
    return None


def _names_a_place(text: str, start: int, end: int) -> bool:
    """Whether a known country or region is named in ``text[start:end]`` (not a city that
    shares its name with a region: "Istanbul is bigger" names the city)."""
    for word in re.finditer(CAP_WORD, text[start:end]):
        region = places.region_starting_at(text, start + word.start(), end)
        if region and (places.is_country(region.name) or not places.is_known_city(region.name)):
            return True
    return False


def _marked_capital_candidates(text: str) -> Iterator[_Candidate]:
    """A town marked "(capital)" in a list of a place's towns, the place named before it in the
    list's sentence or line after "cities of" or "towns in", or opening its line before a
    colon or a dash."""
    for m in _MARKED_CAPITAL.finditer(text):
        start = max(_sentence_start(text, m.start()), text.rfind("\n", 0, m.start()) + 1)
        # the last "cities of" before the town
        towns = next(reversed(list(_TOWNS_OF.finditer(text, start, m.start()))), None)
        if towns is not None:
            region = places.region_starting_at(text, towns.end(), m.start())
            opened = towns.start()
        else:
            region = _line_head_region(text, m.start())
            opened = region.start if region else 0
        if region is None or (city := _city(m["city"], region.name)) is None:
            continue
        anchor = m.start() + m.group().lower().index("capital")
        yield _Candidate("marked", region.name, city, opened, m.end(), anchor)


# Records: {"name": "Ohio", "capital": "Columbus"}
_Q = r"[\"'`]"
# "capital": "Columbus", capital: 'Columbus', :capital => "Columbus", capital="Columbus",
# "capital": ["Pretoria", "Bloemfontein"] (each one a capital)
_KEY_SEPARATOR = r"\s*(?:=>|[:=])\s*"
_CAPITAL_KEY = re.compile(
    rf"(?<![\w-]):?(?P<kq>{_Q}?)(?i:capital(?:[_ ]?city)?|capital_?name)(?P=kq){_KEY_SEPARATOR}"
    rf"(?:(?P<vq>{_Q})(?P<value>[^\"'`\n]{{0,80}})(?P=vq)|\[(?P<values>[^\[\]\n]{{0,200}})\])"
)
_LIST_VALUE = re.compile(rf"(?P<q>{_Q})(?P<value>[^\"'`\n]{{1,80}})(?P=q)")
_SUBJECT_KEY = re.compile(
    rf"(?<![\w-]):?(?P<kq>{_Q}?)(?P<key>(?i:state|states|state_?name|country|country_?name|province|"
    rf"region|territory|nation|common|name|title|label|official|nome|nombre|nom|estado|pais|país|"
    rf"provincia|departamento|land|staat))(?P=kq){_KEY_SEPARATOR}"
    rf"(?P<vq>{_Q})(?P<value>[^\"'`\n]{{1,80}})(?P=vq)"
)
# Which field names the record's place best: a state or country field, then a common name,
# then a plain name, then an official name.
_SUBJECT_KEY_RANK = {
    "common": 1,
    "name": 2,
    "nome": 2,
    "nombre": 2,
    "nom": 2,
    "title": 3,
    "label": 3,
    "official": 4,
}
# {"Ohio": {"capital": "Columbus"}}: the record's key names its place
_RECORD_KEY = re.compile(rf"(?P<q>{_Q}?)(?P<key>[^\"'`\n{{}}\[\]:,]{{2,60}}?)(?P=q)\s*[:=]\s*$")


_OPENERS, _CLOSERS = "{[(", "}])"
_SQL_STATEMENT = re.compile(r"(?i)\s*(?:update|insert|replace)\b")


def _enclosing_record(text: str, position: int, reach: int = 3000) -> tuple[int, int] | None:
    """The span of the innermost ``{…}`` (or ``[…]``, ``(…)``: PHP arrays, Python calls)
    around ``position`` within ``reach``, or else of the XML tag around it
    (``<country name="Kenya" capital="Nairobi"/>``)."""
    depth, start = 0, None
    for i in range(position - 1, max(-1, position - reach), -1):
        ch = text[i]
        if ch in _CLOSERS:
            depth += 1
        elif ch in _OPENERS:
            if depth == 0:
                start = i
                break
            depth -= 1
    if start is None:
        tag_start = text.rfind("<", max(0, position - 500), position)
        tag_end = text.find(">", position)
        if tag_start >= 0 and tag_end >= 0 and ">" not in text[tag_start:position]:
            return tag_start, tag_end + 1
        line_start = text.rfind("\n", 0, position) + 1
        line_end = text.find("\n", position)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if _SQL_STATEMENT.match(line):
            return line_start, line_start + len(line)
        return None
    depth = 0
    for i in range(position, min(len(text), position + reach)):
        ch = text[i]
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            if depth == 0:
                return start, i + 1
            depth -= 1
    return start, min(len(text), position + reach)


def _record_subject(text: str, span: tuple[int, int]) -> str | None:
    """The place a record is about: its best-ranked name field that is a known place, else
    the key it stands under."""
    best, best_rank = None, 99
    for field in _SUBJECT_KEY.finditer(text, span[0], span[1]):
        rank = _SUBJECT_KEY_RANK.get(field["key"].lower(), 0)
        if rank < best_rank and (name := places.record_name(field["value"])):
            best, best_rank = name, rank
    key = _RECORD_KEY.search(text, max(0, span[0] - 80), span[0]) if best is None else None
    if key and places.region_name(key["key"]):
        return key["key"].strip()
    return best


def _record_candidates(text: str) -> Iterator[_Candidate]:
    for m in _CAPITAL_KEY.finditer(text):
        span = _enclosing_record(text, m.start())
        if span is None or (subject := _record_subject(text, span)) is None:
            continue
        if m["vq"] is not None:
            values = [(m["value"], m.start("value"))]
        else:
            values = [
                (v["value"], v.start("value"))
                for v in _LIST_VALUE.finditer(text, m.start("values"), m.end("values"))
            ]
        for value, value_start in values:
            if city := _city(value, subject):
                value_end = value_start + len(value)
                yield _Candidate("record", subject, city, span[0], value_end, value_start)


# XML records of elements: <country><name>Chile</name><capital>Santiago</capital></country>;
# the place is a sibling element naming it, inside the element that holds the capital.
_XML_CAPITAL = re.compile(
    r"(?i)<(?P<tag>capital(?:[_-]?city)?)>(?P<value>[^<>\n]{1,80})</(?P=tag)>"
)
_XML_OPEN = re.compile(r"<(?P<tag>[A-Za-z][\w.-]{0,40})(?:\s[^<>]{0,300})?>")
_XML_SUBJECT = re.compile(
    r"(?i)<(?P<tag>state|state_?name|country|country_?name|province|region|territory|nation|name"
    r"|common_?name)>(?P<value>[^<>\n]{1,80})</(?P=tag)>"
)
_XML_REACH = 2000


def _xml_record(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the innermost element that opens before ``start`` and closes after ``end``."""
    low = max(0, start - _XML_REACH)
    for tag in reversed(list(_XML_OPEN.finditer(text, low, start))):
        close = text.find(f"</{tag['tag']}>", tag.end(), end + _XML_REACH)
        if close >= end:
            return tag.start(), close
    return None


def _xml_candidates(text: str) -> Iterator[_Candidate]:
    if "</" not in text:
        return
    for m in _XML_CAPITAL.finditer(text):
        span = _xml_record(text, m.start(), m.end())
        if span is None:
            continue
        for field in _XML_SUBJECT.finditer(text, *span):
            subject = places.region_name(field["value"])
            if subject and (city := _city(m["value"], subject)):
                yield _Candidate("record", subject, city, span[0], m.end(), m.start("value"))
                break


# Quiz records: questionText: 'What is the capital of X?', answers: {a: 'Y', …}, correct: 'a'
_QUIZ_QUESTION = re.compile(
    rf"(?P<q>{_Q})(?P<question>[^\"'`\n]{{0,120}}?\b(?:capital(?:\s+city)?\s+of\s+"
    rf"(?P<region>[^\"'`?\n]{{2,60}})|(?P<city>[A-Z][^\"'`?\n]{{0,40}}?)\s+is\s+the\s+capital"
    rf"(?:\s+city)?\s+of\s+"
    rf"(?:what|which)\s+\w+)\s*\?)(?P=q)"
)
_OPTION = re.compile(
    rf"(?P<kq>{_Q}?)(?P<label>\w{{1,12}})(?P=kq)\s*:\s*(?P<vq>{_Q})(?P<text>[^\"'`\n]{{1,60}})(?P=vq)"
)
_CORRECT = re.compile(
    rf"(?P<kq>{_Q}?)(?i:correct\w*|answer|right\w*|solution)(?P=kq)\s*[:=]\s*"
    rf"(?P<vq>{_Q}?)(?P<value>[^\"'`,}}\n]{{1,60}})(?P=vq)"
)


def _quiz_candidates(text: str) -> Iterator[_Candidate]:
    questions = list(_QUIZ_QUESTION.finditer(text))
    for index, q in enumerate(questions):
        stop = questions[index + 1].start() if index + 1 < len(questions) else len(text)
        stop = min(stop, q.end() + 1000)
        correct = _CORRECT.search(text, q.end(), stop)
        if correct is None:
            continue
        value = correct["value"].strip()
        options = {
            o["label"]: o["text"].strip() for o in _OPTION.finditer(text, q.end(), correct.start())
        }
        answer = options.get(value, value)
        if q["region"] is not None:
            subject = places.region_name(q["region"])
            city = _city(answer, subject) if subject else None
        else:
            subject = places.region_name(answer)
            city = _city(q["city"], subject) if subject else None
        if subject and city:
            anchor = q.start() + q.group().lower().index("capital")
            yield _Candidate("record", subject, city, q.start(), correct.end(), anchor)


# Quiz items kept as rows (SQL inserts, CSV and Markdown tables): the question in one field,
# its answer in another that the header names ("answer", "correct_answer"), as the city itself
# or as the letter or number of an option column ("B" -> "option_b", "2" -> "choice2"; a letter
# counts the columns "option1" … from A).
_FIELD_QUESTION = re.compile(
    r"[^?\n]{0,120}?\b(?:[Cc]apital(?:\s+city)?\s+of\s+(?P<region>[^?\n]{2,60}?)"
    r"|(?P<city>[A-Z][^?\n]{0,40}?)\s+is\s+the\s+capital(?:\s+city)?\s+of\s+(?:what|which)\s+\w+)"
    # (a flash card's or an exercise's prompt asks without a question mark: "Capital of Peru",
    # "Name the capital of Peru.", "The capital of Peru is ____.")
    r"\s*(?:\?|[.:]|\s(?:is\s+)?_{2,}\s*\.?)?"
)
_ANSWER_COLUMN = re.compile(
    r"(?i)(?:correct|right)(?:[ _]?(?:answer|option|choice))?|answer(?:[ _]?(?:key|text))?|"
    r"solution|ans|back|definition"
)
_OPTION_COLUMN = re.compile(
    r"(?i)(?:option|opt|choice|answer|alternative|alt)?[ _]?(?P<key>[a-d1-4])"
)


def _row_quiz_answer(row: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The (subject, capital) a quiz row of (column, value) pairs asks and answers."""
    question = next(
        (q for _, value in row if (q := _FIELD_QUESTION.fullmatch(value.strip()))), None
    )
    answer = next((v.strip() for c, v in row if _ANSWER_COLUMN.fullmatch(c.strip())), None)
    if question is None or not answer:
        return None
    if len(answer) == 1 and answer.isalnum():
        # an option's label: the column whose key is the label, or whose number is its rank
        options = {}
        for column, value in row:
            if option := _OPTION_COLUMN.fullmatch(column.strip()):
                options[option["key"].lower()] = value.strip()
        key = answer.lower()
        if key not in options and key in "abcd":
            key = str("abcd".index(key) + 1)
        answer = options.get(key, "")
        if not answer:
            return None
    return _quiz_pair(question, answer)


def _quiz_pair(question: re.Match[str], answer: str) -> tuple[str, str] | None:
    """The (subject, capital) of a quiz question field and its answer."""
    if question["region"] is not None:
        subject = places.region_name(question["region"].strip())
        city = _city(answer, subject) if subject else None
    else:
        subject = places.region_name(answer)
        city = _city(question["city"], subject) if subject else None
    return (subject, city) if subject and city else None


# (a cheap test before the tables are read: a question and a column that may hold its answer)
_ANSWER_HINT = re.compile(r"(?i)answer|correct|solution|\bans\b|\bright|\bback\b|definition")


# Quiz seeds kept in two tables: the questions with their ids, and their answers, each with the
# question's id and a flag on the right one: "INSERT INTO answers (question_id, text,
# is_correct) VALUES (1, 'Lima', 1)".
_QUESTION_ID_COLUMN = re.compile(r"(?i)\w{0,20}question_?id")
_CORRECT_FLAG_COLUMN = re.compile(r"(?i)(?:is_?)?(?:correct|right)(?:_?answer)?")
_ANSWER_TEXT_COLUMN = re.compile(
    r"(?i)(?:answer|option|choice)?_?(?:text|body|content|label|value)|answer|option|choice|title"
)


def _linked_quiz_candidates(text: str, created: dict[str, list[str]]) -> Iterator[_Candidate]:
    questions: dict[str, re.Match[str]] = {}
    answers: list[tuple[str, str, int]] = []  # (question id, answer, offset)
    ranks: dict[str, int] = {}  # rows read of each table
    for m in sql.INSERT.finditer(text):
        columns = [c.lower() for c in sql.insert_columns(m, created)]
        linked = next((i for i, c in enumerate(columns) if _QUESTION_ID_COLUMN.fullmatch(c)), None)
        if linked is not None:
            flag = next(
                (i for i, c in enumerate(columns) if _CORRECT_FLAG_COLUMN.fullmatch(c)), None
            )
            answer_index = next(
                (
                    i
                    for i, c in enumerate(columns)
                    if i not in (linked, flag) and _ANSWER_TEXT_COLUMN.fullmatch(c)
                ),
                None,
            )
            if flag is None or answer_index is None:
                continue
            for row, values in sql.rows(text, m.end()):
                if (
                    max(linked, flag, answer_index) < len(values)
                    and _mark(values[flag]) in _FLAG_MARKS
                ):
                    answers.append((values[linked], values[answer_index], row.start("body")))
            continue
        # a table of questions: its id column, or the row's rank in its table where the ids are
        # left to the database
        id_index = columns.index("id") if "id" in columns else None
        table = m["table"].lower()
        for _, values in sql.rows(text, m.end()):
            ranks[table] = ranks.get(table, 0) + 1
            for index, value in enumerate(values):
                if index != id_index and (question := _FIELD_QUESTION.fullmatch(value.strip())):
                    key = values[id_index] if id_index is not None else str(ranks[table])
                    questions[key] = question
                    break
    for question_id, answer, at in answers:
        if (question := questions.get(question_id)) and (found := _quiz_pair(question, answer)):
            yield _Candidate("question_answer", *found, at, at + len(answer), at)


def _quiz_row_candidates(text: str) -> Iterator[_Candidate]:
    if "apital" not in text or not _ANSWER_HINT.search(text):
        return
    for table in _tables(text):
        for cells in table.rows:
            # (a short row leaves its last columns out)
            row = list(zip(table.header, (cell.text for cell in cells), strict=False))
            if found := _row_quiz_answer(row):
                anchor = cells[0].start
                yield _Candidate("question_answer", *found, anchor, cells[-1].end, anchor)
    if not sql.may_insert(text):
        return
    created = sql.created_tables(text)
    yield from _linked_quiz_candidates(text, created)
    for m in sql.INSERT.finditer(text):
        columns = sql.insert_columns(m, created)
        if not any(_ANSWER_COLUMN.fullmatch(c) for c in columns):
            continue
        for tuple_match, values in sql.rows(text, m.end()):
            if found := _row_quiz_answer(list(zip(columns, values, strict=False))):
                at = tuple_match.start("body")
                yield _Candidate("question_answer", *found, at, tuple_match.end(), at)


# Mappings and pairs under a name that says capital, or right under a comment or header that
# does: capital: {Germany: 'Berlin'}, capitals = [('Ohio', 'Columbus')], PHP's
# $capitals = array('Ohio' => 'Columbus'),
# "# state capitals\nSTATES = {'Ohio': 'Columbus'}"
# (Go's map literal names its types first: capitals := map[string]string{…})
_CAPITAL_CONTAINER = re.compile(
    rf"(?i:{_Q}?(?<!\w)\w*capital\w*{_Q}?\s*(?::|=|=>|\bas\b)\s*"
    rf"(?:array\s*|\w+\s*\(\s*|map\[\w+\]\w+\s*)?)(?P<open>[\[{{(])"
)
# Entries set one at a time on a container named for capitals: capitals.put("Peru", "Lima"),
# capitals["Peru"] = "Lima", capitals.set('Peru', 'Lima')
_KEYED_SET = re.compile(
    rf"(?i:(?<!\w)\w*capital\w*)(?:\.(?:put|set|add|insert|setdefault)\s*\(\s*(?P<kq>{_Q})"
    rf"(?P<key>[^\"'`\n]{{2,60}})(?P=kq)\s*,|\[\s*(?P<bq>{_Q})(?P<bkey>[^\"'`\n]{{2,60}})(?P=bq)"
    rf"\s*\]\s*=)\s*(?P<vq>{_Q})(?P<value>[^\"'`\n]{{1,80}})(?P=vq)"
)
# Columns given as parallel lists, as data frames are built: {"country": ["Brazil", "India"],
# "capital": ["Brasilia", "New Delhi"]}, data.frame(state = c("Ohio"), capital = c("Columbus"))
_COLUMN_LIST = re.compile(
    rf"(?P<kq>{_Q}?)(?P<key>(?i:capital(?:[_ ]?city)?|country|countries|state|states|province|"
    rf"provinces|nation|region|name|country_?name|state_?name))(?P=kq)\s*(?::|=|<-)\s*"
    rf"(?:c\s*\(|\[|list\s*\()(?P<items>[^()\[\]\n]{{1,2000}})[)\]]"
)


def _keyed_set_candidates(text: str) -> Iterator[_Candidate]:
    for m in _KEYED_SET.finditer(text):
        key = m["key"] or m["bkey"]
        subject = places.region_name(key)
        if subject and (city := _city(m["value"], subject)):
            yield _Candidate("record", key, city, m.start(), m.end(), m.start("value"))


def _column_list_candidates(text: str) -> Iterator[_Candidate]:
    """Capitals of parallel lists: a capital column's list and, within a few lines before or
    after it, a place column's list of the same length whose items are known places."""
    columns = list(_COLUMN_LIST.finditer(text))
    for capital in columns:
        if not capital["key"].lower().startswith("capital"):
            continue
        cities = list(_LIST_VALUE.finditer(text, capital.start("items"), capital.end("items")))
        for other in columns:
            if other is capital or abs(other.start() - capital.start()) > 600:
                continue
            between = text[min(other.end(), capital.end()) : max(other.start(), capital.start())]
            if "{" in between or "}" in between:
                continue  # lists of two records
            names = list(_LIST_VALUE.finditer(text, other.start("items"), other.end("items")))
            if len(names) != len(cities) or len(names) < 2:
                continue
            subjects = [places.region_name(n["value"]) for n in names]
            if sum(s is not None for s in subjects) * 2 < len(subjects):
                continue  # a column of something else (codes, people's names)
            for name, subject, city_item in zip(names, subjects, cities, strict=True):
                if subject and (city := _city(city_item["value"], subject)):
                    start = min(name.start(), city_item.start())
                    end = max(name.end(), city_item.end())
                    yield _Candidate("record", subject, city, start, end, city_item.start())
            break


_ANY_CONTAINER = re.compile(
    rf"(?m)^[^\S\n]*(?:(?:const|let|var|export|static|final|public|private)\s+)*{_Q}?[\w.$]+{_Q}?"
    # (a type after a colon opens on a word or a bracket, and the runs of spaces are
    # possessive: "Capital:<a long run of spaces>Lima" is not split every way)
    rf"(?:\s*+:\s*+[\w\[\]<>,][\w\[\]<>, ]*+)?\s*+(?::|=|=>)\s*+(?:array\s*|\w+\s*\(\s*)?"
    rf"(?P<open>[\[{{(])"
)
_MAP_ENTRY = re.compile(
    # (the key opens and ends on a letter, not a space: a key read into a long run of spaces
    # would be tried at every length from every space of it)
    rf"(?P<kq>{_Q}?)(?P<key>(?=\S)[^\"'`\n:,{{}}\[\]()]{{2,60}}?(?<=\S))(?P=kq)\s*(?::|=>)\s*"
    rf"(?P<vq>{_Q})"
    rf"(?P<value>[^\"'`\n]{{1,80}})(?P=vq)"
)
_PAIR = re.compile(
    rf"[\[(]\s*(?P<aq>{_Q})(?P<a>[^\"'`\n]{{1,60}})(?P=aq)\s*,\s*(?P<bq>{_Q})"
    rf"(?P<b>[^\"'`\n]{{1,60}})(?P=bq)\s*[\])]"
)


def _container_end(text: str, open_at: int, reach: int = 20000) -> int:
    return layout.group_end(text, open_at, open_at + reach)


def _container_candidates(text: str) -> Iterator[_Candidate]:
    opened: set[int] = set()
    for m in _CAPITAL_CONTAINER.finditer(text):
        opened.add(m.start("open"))
    for m in _ANY_CONTAINER.finditer(text):
        line_start = text.rfind("\n", 0, m.start("open")) + 1
        if _speaks_of_capitals(text, line_start, reach=160):
            opened.add(m.start("open"))
    for open_at in sorted(opened):
        end = _container_end(text, open_at)
        # {key: value} maps, and PHP's array(key => value) and [key => value]
        arrows = text[open_at] != "{" and "=>" in text[open_at:end]
        if text[open_at] == "{" or arrows:
            for entry in _MAP_ENTRY.finditer(text, open_at + 1, end):
                key = entry["key"].strip()
                if key.lower() in ("name", "state", "country", "capital") or "{" in key:
                    continue
                subject = places.region_name(key)
                if subject and (city := _city(entry["value"], subject)):
                    yield _Candidate(
                        "record", key, city, entry.start(), entry.end(), entry.start("value")
                    )
        else:
            for pair in _PAIR.finditer(text, open_at, end):
                subject = places.region_name(pair["a"])
                if subject and (city := _city(pair["b"], subject)):
                    yield _Candidate(
                        "record", subject, city, pair.start(), pair.end(), pair.start("b")
                    )


# SQL: INSERT INTO states (name, capital) VALUES ('Ohio', 'Columbus'), …; the columns may come
# from the table's CREATE TABLE instead; a table named for capitals without columns is read as
# (place, capital) pairs.
_SQL_SUBJECT_COLUMN = re.compile(
    r"(?i)state|country|province|region|territory|nation|name|nome|nombre|\bnom\b|estado|pais|país|"
    r"provincia|departamento|staat"
)


def _copy_candidates(text: str) -> Iterator[_Candidate]:
    for m in sql.COPY.finditer(text):
        columns = [c.strip(' `"[]') for c in m["columns"].split(",")]
        capital_index = next((i for i, c in enumerate(columns) if "capital" in c.lower()), None)
        subject_index = next(
            (
                i
                for i, c in enumerate(columns)
                if _SQL_SUBJECT_COLUMN.search(c) and i != capital_index
            ),
            None,
        )
        if capital_index is None or subject_index is None:
            continue
        position = m.end()
        while position < len(text):
            line_end = text.find("\n", position)
            line_end = len(text) if line_end < 0 else line_end
            line = text[position:line_end]
            if line.strip() == "\\." or not line.strip():
                break
            values = line.split("\t")
            if max(subject_index, capital_index) < len(values):
                subject = places.region_name(values[subject_index])
                if subject and (city := _city(values[capital_index], subject)):
                    at = position + line.find(values[capital_index])
                    yield _Candidate("record", subject, city, position, line_end, at)
            position = line_end + 1


# A table of cities whose rows a capital column may point to by id ("capital_id", world.sql's
# country.Capital -> city.ID).
_CITY_TABLE = re.compile(r"(?i)cit(?:y|ies)|towns?$")
_ID_COLUMN = re.compile(r"(?i)^(?:id|city_?id)$")
_INTEGER = re.compile(r"\d{1,9}")


def _city_ids(text: str, created: dict[str, list[str]]) -> dict[str, str]:
    """City names by id, from the INSERT rows of the text's tables of cities."""
    return _names_by_id(text, created, _CITY_TABLE, _ID_COLUMN, _CITY_NAME_COLUMN)


_PLACE_TABLE = re.compile(r"(?i)countr(?:y|ies)|states?$|provinces?$|regions?$")
_PLACE_ID_COLUMN = re.compile(r"(?i)^(?:id|(?:country|state|province|region)_?id)$")
_PLACE_NAME_COLUMN = re.compile(r"(?i)^(?:(?:country|state|province|region)_?)?name$")


def _place_ids(text: str, created: dict[str, list[str]]) -> dict[str, str]:
    """Place names by id, from the INSERT rows of the text's tables of countries or states:
    what a table of cities' "country_id" column refers to."""
    return _names_by_id(text, created, _PLACE_TABLE, _PLACE_ID_COLUMN, _PLACE_NAME_COLUMN)


def _names_by_id(
    text: str,
    created: dict[str, list[str]],
    table_pattern: re.Pattern[str],
    id_pattern: re.Pattern[str],
    name_pattern: re.Pattern[str],
) -> dict[str, str]:
    names: dict[str, str] = {}
    for m in sql.INSERT.finditer(text):
        if not table_pattern.search(m["table"]):
            continue
        columns = sql.insert_columns(m, created)
        id_index = next((i for i, c in enumerate(columns) if id_pattern.match(c)), None)
        name_index = next((i for i, c in enumerate(columns) if name_pattern.search(c)), None)
        if id_index is None or name_index is None:
            continue
        for _, values in sql.rows(text, m.end()):
            if max(id_index, name_index) < len(values):
                names[values[id_index]] = values[name_index]
    return names


_NAME_COLUMNS = ("name", "nome", "nombre", "nom")
# the kinds of place a table may hold, as its name begins them ("states", "tbl_provinces")
_TABLE_KINDS = (
    "countr",
    "state",
    "province",
    "provincia",
    "region",
    "territor",
    "nation",
    "estado",
    "pais",
    "país",
    "departamento",
    "staat",
)
_OWN_NAME_TAILS = ("", "s", "y", "ies", "name", "yname", "sname", "nome", "nombre")


def _own_name_columns(table: str, columns: list[str]) -> list[int]:
    """The columns that name a table's own rows: "name", or the table's kind of place with or
    without "name" ("state", "state_name" in a table of states); not a column of a larger place
    the row lies in ("country" in a table of states), nor a code ("state_code")."""
    table = table.lower()
    kind = next((k for k in _TABLE_KINDS if k in table), None)
    own = []
    for index, column in enumerate(columns):
        letters = re.sub(r"[^\w]|_|\d", "", column.lower())
        if letters in _NAME_COLUMNS or (
            kind is not None
            and letters.startswith(kind)
            and letters[len(kind) :] in _OWN_NAME_TAILS
        ):
            own.append(index)
    return own


# a table of cities naming the place each is the capital of: "(name, capital_of) VALUES
# ('Lima', 'Peru')" (a blank or NULL where the city is none)
_CAPITAL_OF_COLUMN = re.compile(r"(?i)(?:is_?)?capital_?of")


def _capital_of_rows(
    text: str, insert: re.Match[str], columns: list[str], capital_index: int
) -> Iterator[_Candidate]:
    name_index = next((i for i, c in enumerate(columns) if _CITY_NAME_COLUMN.search(c)), None)
    if name_index is None:
        return
    for tuple_match, values in sql.rows(text, insert.end()):
        if max(name_index, capital_index) >= len(values):
            continue
        subject = places.region_name(values[capital_index])
        if subject and (city := _city(values[name_index], subject)):
            at = tuple_match.start("body")
            yield _Candidate("record", subject, city, at, tuple_match.end(), at)


def _sql_candidates(text: str) -> Iterator[_Candidate]:
    yield from _copy_candidates(text)
    if not sql.may_insert(text):
        return
    created = sql.created_tables(text)
    city_ids: dict[str, str] | None = None
    samples: dict[str, list[list[str]]] | None = None
    for m in sql.INSERT.finditer(text):
        columns = sql.insert_columns(m, created)
        if not columns and _PLACE_TABLE.search(m["table"]) and "capital" not in m["table"].lower():
            # a table of places inserted without its columns named anywhere: the columns of
            # places and of cities its rows show ("('PE', 'Peru', 'Lima')")
            if samples is None:
                samples = _sampled_rows(text)
            columns = _headerless_columns(samples.get(m["table"].lower(), []))
        capital_index = next((i for i, c in enumerate(columns) if "capital" in c.lower()), None)
        if capital_index is not None and samples is None:
            samples = _sampled_rows(text)
        # a table of cities with a flag: "(name, country, is_capital) VALUES ('Paris', 'France',
        # 1)": the row's city is its country's capital where the flag is set
        # (a "capital_id" column holds a row id, not a flag, whatever its first value)
        flagged = capital_index is not None and (
            columns[capital_index].lower().startswith(("is_", "is"))
            or (
                not columns[capital_index].lower().endswith("id")
                and samples is not None
                and _column_is_flag(samples.get(m["table"].lower(), []), capital_index)
            )
        )
        if flagged and capital_index is not None:
            yield from _flagged_rows(text, m, columns, capital_index, created)
            continue
        if capital_index is not None and _CAPITAL_OF_COLUMN.fullmatch(columns[capital_index]):
            yield from _capital_of_rows(text, m, columns, capital_index)
            continue
        subject_indices = [i for i, c in enumerate(columns) if _SQL_SUBJECT_COLUMN.search(c)]
        subject_indices.sort(key=lambda i: columns[i].lower() in _NAME_COLUMNS)
        if own := _own_name_columns(m["table"], columns):
            # the row's own name: a table of states' "country" column holds the state's country
            subject_indices = own
        if capital_index is None:
            if "capital" not in m["table"].lower():
                continue
            subject_index, capital_index = None, None  # (place, capital) pairs
        else:
            candidates = [i for i in subject_indices if i != capital_index]
            if not candidates:
                continue
            subject_index = candidates[0]
        for tuple_match, values in sql.rows(text, m.end()):
            if subject_index is None:
                quoted = [v for v in values if v and not v.replace(".", "").isdigit()]
                pair = quoted[:2] if len(quoted) >= 2 else None
                if pair and _city_first(pair):
                    pair = pair[::-1]  # a table of capitals may list the city first
            elif capital_index is not None and max(subject_index, capital_index) < len(values):
                # the first subject column whose value names a place: a countries table's
                # "region" column holds its continent, its "name" the country
                subject_value = next(
                    (
                        values[i]
                        for i in candidates
                        if i < len(values) and places.region_name(values[i])
                    ),
                    values[subject_index],
                )
                pair = [subject_value, values[capital_index]]
            else:
                pair = None
            if pair and _INTEGER.fullmatch(pair[1]):
                # a capital given by its row id in the table of cities
                if city_ids is None:
                    city_ids = _city_ids(text, created)
                pair = [pair[0], city_ids.get(pair[1], "")]
            if (
                pair
                and (subject := places.record_name(pair[0]))
                and (city := _city(pair[1], subject))
            ):
                at = tuple_match.start("body")
                yield _Candidate("record", subject, city, at, tuple_match.end(), at)


_HEADERLESS_PLACES = 0.8  # share of a table's rows whose column names a known place
_HEADERLESS_CITIES = 0.6  # share whose other column names a known city (the rest unknown towns)


def _headerless_columns(rows: list[list[str]]) -> list[str]:
    """Names for the columns of a table of places whose INSERTs name none: "name" for the one
    column of known countries or regions, "capital" for the one other column of known cities
    (two such columns, or none, and the table is left unread: which is the capital?)."""
    if len(rows) < 2:
        return []
    width = max(len(row) for row in rows)
    rows = [row for row in rows if len(row) == width]

    def share(index: int, test: Callable[[str], bool]) -> float:
        return sum(1 for row in rows if test(row[index])) / len(rows)

    named = [
        i
        for i in range(width)
        if share(i, lambda v: places.region_name(v) is not None) >= _HEADERLESS_PLACES
    ]
    if len(named) != 1:
        return []
    cities = [
        i
        for i in range(width)
        if i != named[0] and share(i, places.is_known_city) >= _HEADERLESS_CITIES
    ]
    if len(cities) != 1:
        return []
    columns = [f"column{i}" for i in range(width)]
    columns[named[0]], columns[cities[0]] = "name", "capital"
    return columns


def _city_first(pair: list[str]) -> bool:
    """Whether an unlabelled (place, capital) pair is written city first: its second value is
    the place (``('Paris', 'France')``), or a country after a city that also names a region
    (``('Berlin', 'Germany')``)."""
    if not places.region_name(pair[1]):
        return False
    return not places.region_name(pair[0]) or (
        places.is_country(pair[1]) and not places.is_country(pair[0])
    )


_COUNTRY_COLUMN = re.compile(r"(?i)country|state|province|region|nation")
_CITY_NAME_COLUMN = re.compile(r"(?i)^(?:city_?)?name$|^city$")
# A column of a table of cities that holds the city's country (by name or ISO code), or its
# first-level region (gazetteer exports call it the admin name).
_NATION_COLUMN = re.compile(r"(?i)country|nation|iso_?[23]\b|^iso(?:_?a[23])?$")
_ADMIN_COLUMN = re.compile(r"(?i)admin|state|province|region|prefecture|county|oblast")

# What the capital column of a table of cities holds: a flag ("1", "yes", "✓": the city is
# the capital of the row's place) or the kind of capital a city is, as gazetteer exports write
# it: simplemaps' "primary" and GeoNames' feature code "PPLC" for a country's capital, "admin"
# and "PPLA" for a first-level region's; "minor", "PPLA2" and blanks are lower ranks or none.
_FLAG_MARKS = frozenset(("1", "true", "t", "y", "yes", "x", "✓", "✔"))
_COUNTRY_CAPITAL_MARKS = frozenset(("primary", "national", "pplc"))
_REGION_CAPITAL_MARKS = frozenset(("admin", "ppla"))
_NOT_CAPITAL_MARKS = frozenset(
    ("0", "false", "f", "n", "no", "-", "minor", "ppl", "ppla2", "ppla3", "ppla4", "null")
)
_CAPITAL_MARKS = _FLAG_MARKS | _COUNTRY_CAPITAL_MARKS | _REGION_CAPITAL_MARKS | _NOT_CAPITAL_MARKS
# (an SQL row's "x" is as likely an identifier as a tick: no flag there)
_SQL_FLAG_MARKS = _CAPITAL_MARKS - {"x"}


def _mark(value: str) -> str:
    return value.strip().strip("'\"").lower()


def _column_is_flag(samples: list[list[str]], index: int) -> bool:
    """Whether a table's sampled rows all hold a capital mark in column ``index`` (a capital
    given by its city's row id is no flag, though the first row's id may be 1)."""
    marks = [_mark(values[index]) for values in samples if index < len(values)]
    return bool(marks) and all(mark in _SQL_FLAG_MARKS for mark in marks)


_SAMPLED_ROWS = 50  # rows of a table looked at to tell a column of flags


def _sampled_rows(text: str) -> dict[str, list[list[str]]]:
    """The first rows of each table the text inserts into (over all its INSERTs), by name."""
    samples: dict[str, list[list[str]]] = {}
    for m in sql.INSERT.finditer(text):
        rows = samples.setdefault(m["table"].lower(), [])
        for _, values in sql.rows(text, m.end()):
            if len(rows) >= _SAMPLED_ROWS:
                break
            rows.append(values)
    return samples


@dataclass(frozen=True)
class _CityTableColumns:
    """Where a table of cities keeps each row's city, capital mark and places."""

    city: int
    mark: int
    # the place a plain flag makes the city the capital of (a country or a state column)
    flagged: int
    nation: int | None
    admin: int | None

    @classmethod
    def of(cls, columns: Sequence[str], mark: int) -> _CityTableColumns | None:
        def first(pattern: re.Pattern[str], *skip: int | None) -> int | None:
            return next(
                (
                    i
                    for i, c in enumerate(columns)
                    if pattern.search(c) and i != mark and i not in skip
                ),
                None,
            )

        city = next((i for i, c in enumerate(columns) if _CITY_NAME_COLUMN.search(c)), None)
        flagged = first(_COUNTRY_COLUMN)
        if city is None or flagged is None:
            return None
        nation = first(_NATION_COLUMN)
        return cls(city, mark, flagged, nation, first(_ADMIN_COLUMN, nation))

    def capital(
        self, values: Sequence[str], place_ids: Callable[[], dict[str, str]] | None = None
    ) -> tuple[str, str] | None:
        """The (place, city) a row of the table states, where its mark makes it a capital
        (the place by name, ISO code, or row id in the text's table of places)."""
        if max(self.city, self.mark, self.flagged) >= len(values):
            return None
        mark = _mark(values[self.mark])
        if mark in _FLAG_MARKS:
            index: int | None = self.flagged
        elif mark in _COUNTRY_CAPITAL_MARKS:
            index = self.nation
        elif mark in _REGION_CAPITAL_MARKS:
            index = self.admin
        else:
            return None
        if index is None or index >= len(values):
            return None
        # the place by name, or by its ISO code in a "country_code" column ("PE", "PER")
        place = values[index].strip()
        if place_ids is not None and _INTEGER.fullmatch(place):
            place = place_ids().get(place, "")
        subject = places.region_name(place) or places.country_of_code(place)
        if mark in _COUNTRY_CAPITAL_MARKS and subject and not places.is_country(subject):
            return None
        if subject and (city := _city(values[self.city].strip(), subject)):
            return subject, city
        return None


def _flagged_rows(
    text: str,
    insert: re.Match[str],
    columns: list[str],
    flag_index: int,
    created: dict[str, list[str]],
) -> Iterator[_Candidate]:
    """Rows of a table of cities whose capital mark is set: the city and its place."""
    table = _CityTableColumns.of(columns, flag_index)
    if table is None:
        return
    place_ids = cache(lambda: _place_ids(text, created))
    for tuple_match, values in sql.rows(text, insert.end()):
        if found := table.capital(values, place_ids):
            at = tuple_match.start("body")
            yield _Candidate("record", *found, at, tuple_match.end(), at)


# Knowledge-graph triples; a predicate ending in "of" (capitalOf, "capital of") runs from the
# city to the place
# (or a bare name in the brackets, a hand-written triple's: "<Kenya> <capital> <Nairobi> .")
_IRI_TAIL = r"<(?:[^<>\s]*?[/#:])?(?P<{}>[^/#<>\s]+)>"
_PREFIXED = r"(?:\w[\w.-]*)?:(?P<{}>[^\s<>\"]+)"
_TRIPLE_PREDICATE = (
    r"(?P<pred>capital|hasCapital|capitalCity|capital_city|P36|capitalOf|isCapitalOf|capital_of|"
    r"is_capital_of)"
)
_TRIPLES = (
    re.compile(
        rf"{_IRI_TAIL.format('s')}\s+<(?:[^<>\s]*?[/#:])?{_TRIPLE_PREDICATE}>\s+"
        rf"(?:{_IRI_TAIL.format('o')}|\"(?P<lit>[^\"\n]{{1,80}})\")"
    ),
    re.compile(
        rf"(?<![\w:]){_PREFIXED.format('s')}\s+(?:\w[\w.-]*)?:{_TRIPLE_PREDICATE}\s+"
        rf"(?:{_PREFIXED.format('o')}|\"(?P<lit>[^\"\n]{{1,80}})\")"
    ),
    re.compile(
        rf"[(\[]\s*{_Q}?(?P<s>[^,|()\[\]\"'`\n]{{2,60}}?){_Q}?\s*,\s*{_Q}?"
        rf"(?P<pred>(?i:has[_ ]?capital|capital[_ ]?city|(?:is[_ ]?)?capital[_ ]?of|capital))"
        rf"{_Q}?\s*,\s*{_Q}?(?P<o>[^,|()\[\]\"'`\n]{{2,60}}?){_Q}?\s*[)\]]"
    ),
    re.compile(
        # (spaces around a separator, tabs as one: a run of tabs is not split every way)
        r"(?m)^[^\S\n]*+\|?[^\S\n]*+(?P<s>[^|\t\n]{2,60}?)[ ]*+(?:\||\t++)[^\S\n]*+"
        r"(?P<pred>(?i:has[_ ]?capital|(?:is[_ ]?)?capital[_ ]?of|capital))"
        r"[ ]*+(?:\||\t++)[^\S\n]*+"
        r"(?P<o>[^|\t\n]{2,60}?)[^\S\n]*+\|?[^\S\n]*+$"
    ),
    re.compile(
        rf"(?P<s>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,3}})\s*-+\[?:?"
        rf"(?P<pred>(?i:has_?capital|capital_?of|capital))\]?-+>\s*(?P<o>{CITY})"
    ),
    # (the predicate between two arrows: "Kenya -> capital -> Nairobi", "Kenya → capital →")
    re.compile(
        rf"(?P<s>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,3}})[^\S\n]*(?:->|→)[^\S\n]*"
        rf"(?P<pred>(?i:has_?capital|capital_?of|capital))[^\S\n]*(?:->|→)[^\S\n]*(?P<o>{CITY})"
    ),
    # a logic program's fact: "capital(kenya, nairobi).", "capital_of(nairobi, kenya)." (its
    # order as the program's author chose it: _triple reads either)
    re.compile(
        r"(?<![\w.])(?P<call>(?i:has_?capital|is_?capital_?of|capital_?of|capital))\("
        rf"[^\S\n]*{_Q}?(?P<s>[^,()\n\"'`]{{2,60}}?){_Q}?[^\S\n]*,"
        rf"[^\S\n]*{_Q}?(?P<o>[^,()\n\"'`]{{2,60}}?){_Q}?[^\S\n]*\)"
    ),
    # a record with its parts under keys: {"subject": "Kenya", "relation": "capital",
    # "object": "Nairobi"}, {"head": …, "relation": …, "tail": …}
    re.compile(
        r"[\"'](?:head|subject|subj|entity|item)[\"'][^\S\n]*:[^\S\n]*[\"'](?P<s>[^\"'\n]{2,60})[\"'][^\S\n]*,"
        r"[^\S\n]*[\"'](?:relation|predicate|rel|type|property)[\"'][^\S\n]*:[^\S\n]*[\"']"
        r"(?P<pred>(?i:has[_ ]?capital|capital[_ ]?city|(?:is[_ ]?)?capital[_ ]?of|capital|P36))"
        r"[\"'][^\S\n]*,[^\S\n]*[\"'](?:tail|object|obj|value)[\"'][^\S\n]*:[^\S\n]*[\"']"
        r"(?P<o>[^\"'\n]{2,60})[\"']"
    ),
    # the same keys unquoted, a line's fields: "Subject: Kenya | Relation: capital | Object:
    # Nairobi", "head: Kenya; relation: capital; tail: Nairobi"
    re.compile(
        r"(?i:head|subject|subj|entity|item)[^\S\n]*:[^\S\n]*(?P<s>[^|;,:\n]{2,60}?)[^\S\n]*[|;,]"
        r"[^\S\n]*(?i:relation|predicate|rel|property)[^\S\n]*:[^\S\n]*"
        r"(?P<pred>(?i:has[_ ]?capital|capital[_ ]?city|(?:is[_ ]?)?capital[_ ]?of|capital|P36))"
        r"[^\S\n]*[|;,][^\S\n]*(?i:tail|object|obj|value)[^\S\n]*:[^\S\n]*"
        r"(?P<o>[^|;,:\n]{2,60}?)[^\S\n]*(?:[|;,.]|$)"
    ),
    # Cypher: (:Country {name: 'Kenya'})-[:HAS_CAPITAL]->(:City {name: 'Nairobi'})
    re.compile(
        r"\(\s*\w*\s*(?::\s*\w+\s*)?\{[^{}\n]{0,200}?\bname\s*:\s*['\"](?P<s>[^'\"\n]{1,60})['\"]"
        r"[^{}\n]{0,200}\}\s*\)\s*-\s*\[\s*\w*\s*:\s*(?P<pred>(?i:has_?capital|capital_?of|"
        r"capital))\s*\]\s*->\s*\(\s*\w*\s*(?::\s*\w+\s*)?\{[^{}\n]{0,200}?\bname\s*:\s*"
        r"['\"](?P<o>[^'\"\n]{1,60})['\"]"
    ),
)


def _triple_candidates(text: str) -> Iterator[_Candidate]:
    lines = [line for line in _LINE.finditer(text) if _TRIPLE_LINE.search(line.group())]
    for pattern in _TRIPLES:
        for line in lines:
            for m in pattern.finditer(text, line.start(), line.end()):
                yield from _triple(m)


_TRIPLE_LINE = re.compile(r"(?i)capital|P36")


def _triple(m: re.Match[str]) -> Iterator[_Candidate]:
    parts = m.groupdict()
    raw_subject, raw_city = m["s"], parts.get("lit") or m["o"]
    if raw_city is None:
        return
    predicate = parts.get("pred") or parts["call"]
    if re.search(r"(?i)of$", predicate):
        raw_subject, raw_city = raw_city, raw_subject
    orders = [(raw_subject, raw_city)]
    if parts.get("call"):
        orders.append((raw_city, raw_subject))  # "capital_of(kenya, nairobi)" as well
    for raw_place, raw_capital in orders:
        subject = places.region_name(_iri_name(raw_place))
        if subject and (city := _city(_iri_name(raw_capital), subject)):
            yield _Candidate("triple", subject, city, m.start(), m.end(), m.start())
            return


def _iri_name(part: str) -> str:
    """``New_York`` / ``New%20York`` as ``New York``."""
    from urllib.parse import unquote

    return unquote(part).replace("_", " ").strip()


LOWER_LIST_LINE = 60  # characters: a list's item under a heading, not a line of prose


def _cased_view(text: str) -> str | None:
    """The lines about capitals written without any capital letter (``the capital of peru is
    lima``), their places capitalised as names (``places.cased_view``), every other line
    blanked; None when there is no such line. Same length and offsets as the text."""
    if not _LOWER_CAPITAL.search(text) and not _SHOUTED_CAPITAL.search(text):
        return None
    pieces, kept, asked, listed = [], False, False, False
    for line in text.split("\n"):
        # a line in capitals only ("ACCRA IS THE CAPITAL OF GHANA") read as one in lower case
        if "CAPITAL" in line and line.isupper() and len(line.lower()) == len(line):
            line = line.lower()
        # a question's line, and the answer on the line under it ("capital of peru?\nlima"); a
        # heading's line, and the short lines of the list under it ("capitals:\nperu - lima")
        lower = _QA_LABEL.sub("", line).islower()
        in_list = listed and lower and len(line.strip()) <= LOWER_LIST_LINE
        if lower and (asked or in_list or _CAPITAL_LINE.search(line)):
            cased = places.cased_view(line)
            kept = kept or cased != line
            pieces.append(cased)
            asked = line.rstrip().endswith("?") and not asked
            listed = in_list or line.rstrip().endswith(":")
        else:
            pieces.append(" " * len(line))
            asked = listed = False
    return "\n".join(pieces) if kept else None


# "capitol" written for "capital" where it names a place's seat ("the capitol of Peru is Lima",
# "Peru's capitol", "the capitol city of"), not a building ("the Capitol building", "the state
# capitol in Austin" say no "of").
_CAPITOL = re.compile(
    r"(?i)(?<=['’]s )capitol\b"
    r"|\bcapitol(?=[^\S\n]+(?:city[^\S\n]+)?of[^\S\n]+(?:the[^\S\n]+)?[A-Z])"
)


def _spelled_view(text: str) -> str | None:
    """The text with ``capitol`` spelled ``capital`` where it names a place's capital (same
    length, same offsets), or None where it has no such word."""
    if "apitol" not in text and "APITOL" not in text:
        return None
    view = _CAPITOL.sub(lambda m: m.group()[:-2] + ("AL" if m.group().isupper() else "al"), text)
    return view if view != text else None


# A line that says "capital" and holds no capital letter but a question's or answer's label.
_LOWER_CAPITAL = re.compile(r"(?m)^(?:[^\S\n]*[QA]\d*[:.)])?[^A-Z\n]*capital[^A-Z\n]*$")
_QA_LABEL = re.compile(r"^[^\S\n]*[QA]\d*[:.)]")
_SHOUTED_CAPITAL = re.compile(r"(?m)^[^a-z\n]*CAPITAL[^a-z\n]*$")


# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CapitalExtractor:
    name: str = "capital"
    version: str = "3"
    relations: tuple[str, ...] = ("capital",)
    triggers: tuple[str, ...] = ("capital",)
    # "capital" as a word or a part of an identifier (hasCapital, capital_city, States_Capitals),
    # not capitalism, capitalise or capitalist
    # (and a gazetteer's "cap." before a capitalised name)
    # (and an SQL seed's rows of places inserted without naming their columns, which holds no
    # word for a capital: "INSERT INTO countries VALUES ('PE', 'Peru', 'Lima')")
    trigger_pattern: str = (
        r"capital(?!i[sz]|ly)|capitol|hauptstadt|hoofdstad"
        r"|(?<![\w.])cap\.(?=[^\S\n]*[:,]?[^\S\n]*[A-Z])"
        r"|insert\s+into\s+[`\"\[]?(?:\w+[`\"\]]?\.[`\"\[]?)?(?:countr(?:y|ies)|states?|provinces?)"
        r"[`\"\]]?\s*values"
    )
    trigger_anchors: tuple[str, ...] = (
        "capital", "capitol", "hauptstadt", "hoofdstad", "cap.", "insert into",
    )  # fmt: skip
    subject_labels: tuple[str, ...] = ("GPE", "LOC")  # checked when a statistical NER runs

    def extract(self, text: str) -> Iterator[Fact]:
        anchors: set[int] = set()  # one statement per "capital" (or cell, or item)
        values: set[int] = set()  # one statement per written city
        # the text, then its plain view without inline markup ("<b>Lima</b> is the capital of
        # [[Peru]]"): offsets are the same, so a statement read in both counts once
        plain = layout.plain_view(text, _CAPITAL_LINE, near=_LIST_REACH)
        cased = _cased_view(text)
        spelled = _spelled_view(text)
        # ... and its lines joined where the text is wrapped at a width ("… is the capital of\n
        # Peru"): same length, same offsets
        joined = layout.unwrapped_view(plain or text)
        # ... and the lines of a mail's quote or a list without their quote marks or bullets
        unprefixed = layout.unprefixed_view(text)
        # (the joined view first: where a break cut a region's name, "… Castile and\nLeon -
        # Valladolid", the text alone reads its last words as the region)
        views = tuple(
            view for view in (joined, text, plain, cased, spelled, unprefixed) if view is not None
        )
        for view, candidate in ((v, c) for v in views for c in self._candidates(v)):
            subject = places.without_official_form(clean_place(candidate.subject))
            city = clean_place(candidate.city)
            if not subject or not city:
                continue
            # a division named after its city that the gazetteer does not know is a province
            # of a region ("Velora, capital of its region and of the province of Velora"), no
            # first-level one
            if subject.casefold() == city.casefold() and places.region_name(subject) is None:
                continue
            # (the second of two places joined by "and of" shares the first's city)
            shared = candidate.shares_city
            if candidate.anchor in anchors or (candidate.end in values and not shared):
                continue
            if refuted_claim(view, candidate.anchor):
                continue  # "Claim: Sydney is the capital of Australia.\nLabel: REFUTES"
            city_at = view.find(candidate.city, candidate.start, max(candidate.end, 1) + 200)
            if city_at in values and not shared:
                continue
            anchors.add(candidate.anchor)
            values.add(candidate.end)
            if city_at >= 0:
                values.add(city_at)
            logger.debug("capital by %s: %s -> %s", candidate.rule, subject, city)
            yield Fact(candidate.start, candidate.end, "capital", subject, city)

    @staticmethod
    def _candidates(text: str) -> Iterator[_Candidate]:
        yield from _sentence_candidates(text)
        yield from _unlisted_candidates(text)
        yield from _possessive_candidates(text)
        yield from _with_as_capital_candidates(text)
        yield from _whose_candidates(text)
        yield from _its_capital_candidates(text)
        yield from _town_in_candidates(text)
        yield from _in_region_candidates(text)
        yield from _it_is_candidates(text)
        yield from _why_candidates(text)
        yield from _headword_candidates(text)
        yield from _dictionary_entry_candidates(text)
        yield from _corrected_candidates(text)
        yield from _two_capitals_candidates(text)
        yield from _yes_no_candidates(text)
        yield from _of_which_candidates(text)
        yield from _described_field_candidates(text)
        yield from _anaphoric_candidates(text)
        yield from _antecedent_city_candidates(text)
        yield from _adjective_candidates(text)
        yield from _capitals_like_candidates(text)
        yield from _respectively_candidates(text)
        yield from _question_answer_candidates(text)
        yield from _worksheet_candidates(text)
        yield from _matching_candidates(text)
        yield from _foreign_candidates(text)
        yield from _table_candidates(text)
        yield from _flat_table_candidates(text)
        yield from _stacked_table_candidates(text)
        yield from _line_pair_candidates(text)
        yield from _spaced_pair_candidates(text)
        yield from _marked_capital_candidates(text)
        yield from _field_candidates(text)
        yield from _parenthesised_field_candidates(text)
        yield from _wiki_infobox_candidates(text)
        yield from _list_candidates(text)
        yield from _unspaced_pair_candidates(text)
        yield from _record_candidates(text)
        yield from _xml_candidates(text)
        yield from _quiz_candidates(text)
        yield from _quiz_row_candidates(text)
        yield from _container_candidates(text)
        yield from _keyed_set_candidates(text)
        yield from _column_list_candidates(text)
        yield from _sql_candidates(text)
        yield from _triple_candidates(text)
