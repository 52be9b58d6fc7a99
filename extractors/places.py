"""A gazetteer of countries and first-level regions (states, provinces): the subjects a capital
may have.

Names come from ``data/places.tsv`` (ISO 3166-1 countries and ISO 3166-2 first-level
subdivisions, generated from pycountry by ``scripts/make_places.py``) and the hand-written
``data/place_aliases.tsv`` (usual English names the ISO tables lack: ``Bavaria``,
``Ivory Coast``). Both are read once, on first use; importing this module reads nothing.

Names are compared by ``place_key``: case, accents, hyphens, ``&``/``and``, full stops and a
leading ``the`` do not count (``Góias`` = ``Goiás``, ``North-Korea`` = ``North Korea``,
``Jammu & Kashmir`` = ``Jammu and Kashmir``). A region written with a trailing type word
(``Lagos State``, ``Henan Province``, ``Tibet Autonomous Region``) is its name without
it, as the guidelines write subjects. ``find_region`` reads a region where a capital's subject
is expected and lets descriptive phrases fall away (``the northern Indian state of Gujarat``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from extractors.grammar import CAP_WORD, CAP_WORD_BODY, SPACE


@dataclass(frozen=True)
class Place:
    kind: str  # "country" or "region"
    code: str  # ISO 3166-1 alpha-2 or ISO 3166-2 code


@dataclass(frozen=True)
class RegionMatch:
    """A region read in text: ``name`` as the fact writes it (article and trailing type word
    dropped), ``start``/``end`` the span read, type word included."""

    name: str
    start: int
    end: int
    place: Place


_DASHES = re.compile(r"[-‐‑‒–—_]+")
_DROPPED = re.compile(r"[.’'`ʼ]")


@cache
def place_key(name: str) -> str:
    """The key under which a place name is looked up: NFKC, no accents, case-folded, hyphens
    and underscores as spaces, ``&`` as ``and``, no full stops or apostrophes, no leading
    ``the``."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _DROPPED.sub("", _DASHES.sub(" ", text.replace("&", " and ")))
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _read(name: str) -> dict[str, Place]:
    text = files("extractors").joinpath("data", name).read_text(encoding="utf-8")
    table: dict[str, Place] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        place_name, kind, code = line.split("\t")
        key = place_key(place_name)
        # a country outranks a region of the same name (Georgia, Luxembourg, Niger)
        if key not in table or kind == "country":
            table[key] = Place(kind, code)
    return table


@cache
def _gazetteer() -> dict[str, Place]:
    table = _read("places.tsv")
    for key, place in _read("place_aliases.tsv").items():
        if key not in table or place.kind == "country":
            table[key] = place
    return table


@cache
def _foreign_names() -> dict[str, Place]:
    return _read("places_foreign.tsv")


_FOREIGN_RUN = re.compile(r"[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*){0,3}")


def foreign_country_at(text: str, start: int) -> RegionMatch | None:
    """A country named at ``start`` in French, German, Spanish, Italian, Portuguese or Dutch
    (``Allemagne``, ``Países Bajos``), the longest run of up to four words that is one: the
    name as written and where it ends. Only rules for capitals written in those languages ask."""
    run = _FOREIGN_RUN.match(text, start)
    if run is None:
        return None
    words = list(re.finditer(r"\S+", run.group()))
    for count in range(len(words), 0, -1):
        name = run.group()[: words[count - 1].end()]
        if place := _foreign_names().get(place_key(name)):
            return RegionMatch(name, start, start + len(name), place)
    return None


# Type words that may follow a region's name and are no part of it ("Lagos State").
_TRAILING_TYPE = re.compile(
    r"(?:(?i:autonomous|special\s+administrative)\s+)?"
    r"(?:State|Province|Region|state|province|region|Oblast|oblast|Prefecture|prefecture|Krai|"
    r"krai)\b"
)
_TRAILING_TYPE_WORDS = frozenset(
    "state province region oblast prefecture krai autonomous special administrative".split()
)


def lookup(name: str) -> Place | None:
    """The country or region called ``name`` (as written in text), or None."""
    if not name:
        return None
    return _gazetteer().get(place_key(name))


def region_name(name: str) -> str | None:
    """``name`` as a capital's subject: itself if it is a known country or region, without a
    trailing type word if that makes it one (``Lagos State`` -> ``Lagos``, but ``Free State``
    stays), else None."""
    # separators a list leaves after the name ("France - ______") are not part of it
    name = " ".join(name.split()).strip(" ,;:-–—")
    if name.lower().startswith("the "):
        name = name[4:]
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].lower() in _TRAILING_TYPE_WORDS:
        cut -= 1
        shorter = lookup(" ".join(words[:cut]))
        # a region named after its country keeps its type word: "Mexico State" is no Mexico
        if shorter is not None and shorter.kind != "country":
            return " ".join(words[:cut])
    return name if lookup(name) else None


def record_name(name: str) -> str | None:
    """``name`` as the subject of a record (a data row under a ``capital`` column): a known
    country or region as ``region_name`` reads it, or a country named in French, German,
    Spanish, Italian, Portuguese or Dutch (``Alemania``), as written. A row's column says what
    it holds, so a country's name in the data's own language counts as in its sentences."""
    if subject := region_name(name):
        return subject
    name = " ".join(name.split()).strip(" ,;:-–—")
    return name if name and _foreign_names().get(place_key(name)) else None


_OFFICIAL_PREFIX = re.compile(
    r"(?:(?:Federal|Democratic|People['’]s|Islamic|Arab|Socialist|United|Plurinational"
    r"|Bolivarian|Hashemite|Co-operative|Oriental)\s+)*"
    r"(?:Republic|Kingdom|Commonwealth|Federation|Sultanate|Emirate|Principality|Grand\s+Duchy"
    r"|State|Union)\s+of\s+(?:the\s+)?"
)


def without_official_form(name: str) -> str:
    """A country's name without its official form before its everyday name, as the
    guidelines write a subject without its descriptive phrase ("Republic of Peru" -> "Peru",
    "Federal Republic of Germany" -> "Germany"); the name itself where the rest is no everyday
    name of that one country ("Republic of the Congo" stays: "Congo" is two countries')."""
    official = _OFFICIAL_PREFIX.match(name)
    if official is None or (place := lookup(name)) is None or place.kind != "country":
        return name
    rest = name[official.end() :]
    if _country_names_by_code().get(place.code) != rest or _everyday_name_counts()[rest] != 1:
        return name
    return rest


@cache
def _everyday_name_counts() -> Counter[str]:
    """How many countries go by each everyday name ("Congo": two)."""
    return Counter(_country_names_by_code().values())


def is_region(name: str) -> bool:
    """Whether ``name`` names a known country or first-level region (type word allowed)."""
    return region_name(name) is not None


def is_country(name: str) -> bool:
    """Whether ``name`` names a known country (not a region)."""
    place = lookup(name)
    return place is not None and place.kind == "country"


@cache
def _capital_keys() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Keys of each country's seats, and of its seats and the capital's other names, by ISO
    3166-1 alpha-2 code (``data/country_capitals.tsv``, from GeoNames:
    scripts/make_country_capitals.py)."""
    text = files("extractors").joinpath("data", "country_capitals.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, seats, others = line.split("\t")
            seat_keys = frozenset(place_key(name) for name in seats.split("|"))
            other_keys = frozenset(place_key(name) for name in others.split("|") if name)
            table[code] = (seat_keys, seat_keys | other_keys)
    return table


def is_another_country_s_capital(city: str, country: str) -> bool:
    """Whether the gazetteer knows ``city`` as a seat of a country other than ``country`` and
    not as ``country``'s ("Kingston" of Canada: Jamaica's). Seats by their own names only: the
    other names a capital has elsewhere are other towns' too ("Delhi" is among Dili's)."""
    return place_key(city) in _seat_countries() and not is_known_capital(city, country)


@cache
def _seat_countries() -> dict[str, tuple[str, ...]]:
    """Every country's seats by their own names (keys), each with the everyday names of the
    countries it is a seat of."""
    names = _country_names_by_code()
    countries: dict[str, list[str]] = {}
    for code, (seats, _) in _capital_keys().items():
        for key in seats:
            countries.setdefault(key, []).extend([names[code]] if code in names else [])
    return {key: tuple(named) for key, named in countries.items()}


def countries_with_seat(city: str) -> list[str]:
    """The countries the gazetteer knows ``city`` as a seat of, by its own name (not the
    capital's other names), each by its everyday name."""
    return list(_seat_countries().get(place_key(city), ()))


def country_words(country: str) -> list[str]:
    """The words a text may name ``country`` by: its name and its adjectives of nationality
    (``Kenya``, ``Kenyan``)."""
    return [country, *_adjectives_by_country().get(country, ())]


@cache
def _adjectives_by_country() -> dict[str, tuple[str, ...]]:
    adjectives: dict[str, list[str]] = {}
    for adjective, country in _demonym_pairs():
        adjectives.setdefault(country, []).append(adjective)
    return {country: tuple(words) for country, words in adjectives.items()}


@cache
def _demonym_pairs() -> tuple[tuple[str, str], ...]:
    text = files("extractors").joinpath("data", "demonyms.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return tuple((adjective.strip(), country.strip()) for adjective, country in pairs)


def is_known_capital(city: str, country: str) -> bool:
    """Whether the gazetteer knows ``city`` as ``country``'s capital (or one of its seats)."""
    place = lookup(country)
    if place is None or place.kind != "country":
        return False
    return place_key(city) in _capital_keys().get(place.code, ((), frozenset()))[1]


# The words a region's name is made of: capitalised words, and the joiners that occur inside
# names ("Bosnia and Herzegovina", "Mato Grosso do Sul", "Jammu & Kashmir", "Trentino-Alto",
# "Dar es Salaam").
_JOINER = r"(?:and|&|of|the|de|da|do|dos|del|di|du|la|le|el|al|es|y|e|upon|on)"
# (a word may open with an elided particle: "Côte d'Ivoire")
_ELIDED_WORD = rf"[dl]['’]{CAP_WORD_BODY}"
_NAME_RUN = re.compile(
    rf"{CAP_WORD}(?:(?:{SPACE}{_JOINER})*{SPACE}(?:{CAP_WORD}|{_ELIDED_WORD})){{0,7}}"
)
_WORD = re.compile(rf"{CAP_WORD}|\S+")
# A descriptive phrase before the name: "the U.S. state of", "the northern Indian state of",
# "the autonomous community of", "the Brazilian state of". Bounded: at most five words.
_DESCRIPTOR = re.compile(
    r"(?:[Tt]he\s+)?(?:[\w.’'\-]+\s+){0,5}?"
    r"(?i:state|province|region|canton|prefecture|territory|republic|emirate|county|department|"
    r"oblast|krai|governorate|voivodeship|land|nation|country|autonomous\s+community|community|"
    r"kingdom|principality|sultanate|union\s+territory|federal\s+district|"
    r"district|division|island|islands|archipelago|commonwealth)"
    r"\s+of\s+(?:the\s+)?"
)
# (with a word that says the place of today: "the capital of modern Turkey", "of independent
# Slovenia", "of present-day Ghana")
_ARTICLE = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:modern|present[- ]day|today['’]s|independent|contemporary)\s+)?"
)


_TYPE_AFTER = re.compile(rf"{SPACE}{_TRAILING_TYPE.pattern}")
_CAPITALISED_NEXT = re.compile(rf"{SPACE}{CAP_WORD}")


def _longest_known_prefix(
    text: str, start: int, end: int, whole_run: bool = True
) -> RegionMatch | None:
    run = _NAME_RUN.match(text, start, end)
    if not run:
        return None
    words = list(re.finditer(r"\S+", run.group()))
    for count in range(len(words), 0, -1):
        last = words[count - 1]
        if not re.match(rf"{CAP_WORD}|{_ELIDED_WORD}", last.group()):
            continue  # a name ends on a capitalised word, not on a joiner
        name = run.group()[: last.end()]
        resolved = region_name(name)
        if resolved is None:
            continue
        stop = start + last.end()
        if type_word := _TYPE_AFTER.match(text, stop, end):
            stop = type_word.end()  # "Henan Province": the type word is read, not kept
        if whole_run and _CAPITALISED_NEXT.match(text, stop, end):
            return None  # only the start of a longer name: "Kenya Airways" is no Kenya
        place = lookup(resolved)
        assert place is not None
        return RegionMatch(resolved, start, stop, place)
    return None


def find_region(text: str, start: int, end: int | None = None) -> RegionMatch | None:
    """The country or region named at ``text[start:]`` (not past ``end``): an optional
    article, an optional descriptive phrase (``the U.S. state of``), then a known name, the
    longest that fits (``Bosnia and Herzegovina``, not ``Bosnia``), with a trailing type word
    read and dropped (``Ondo State`` -> ``Ondo``). None when no known name is there, or when the
    known name is only the start of a longer capitalised name (``Kenya Airways``)."""
    end = len(text) if end is None else min(end, len(text))
    article = _ARTICLE.match(text, start, end)
    position = article.end() if article else start
    if found := _longest_known_prefix(text, position, end):
        return RegionMatch(found.name, start, found.end, found.place)
    if within := _region_of_possessor(text, position, end):
        return RegionMatch(within.name, start, within.end, within.place)
    if (
        descriptor := _DESCRIPTOR.match(text, start, end) or _OWN_PLACE.match(text, start, end)
    ) and (found := _longest_known_prefix(text, descriptor.end(), end)):
        return RegionMatch(found.name, start, found.end, found.place)
    return None


# a country's possessive before one of its regions: "Australia's Northern Territory"; maybe
# after a compass point, as Chinese news agencies write it: "southwest China's Sichuan Province"
_POSSESSOR = re.compile(
    r"(?:(?:north|south|east|west|central)(?:[ -]?(?:east|west|central))?[ \t]+)?"
    rf"(?P<country>{CAP_WORD}(?:{SPACE}{CAP_WORD}){{0,2}})['’]s{SPACE}"
)


def _region_of_possessor(text: str, start: int, end: int) -> RegionMatch | None:
    """The region named after its country's possessive at ``start`` ("Australia's Northern
    Territory", "Mexico's Sonora state"), where the gazetteer holds the region in that
    country."""
    possessor = _POSSESSOR.match(text, start, end)
    if possessor is None or (country := lookup(possessor["country"])) is None:
        return None
    if country.kind != "country":
        return None
    found = _longest_known_prefix(text, possessor.end(), end)
    if found is None or found.place.kind != "region":
        return None
    return found if found.place.code.split("-")[0] == country.code else None


# the writer's own country, as school essays name it: "of my country, Kenya", "our state Ohio"
_OWN_PLACE = re.compile(
    r"(?i:my|our)\s+(?:(?i:home|native|own|beautiful|lovely|dear)\s+)?"
    r"(?i:country|nation|homeland|state|province),?\s+"
)


_QUALIFIERS = frozenset(
    "South North East West Central Latin Northern Southern Eastern Western Middle Greater Upper "
    "Lower Outer Inner".split()
)


def region_before(text: str, end: int, start: int = 0) -> RegionMatch | None:
    """The known country or region whose name ends at ``end`` (``Kenya`` in ``…Kenya's
    capital``): the longest capitalised run ending there that is a known name."""
    window_start = max(start, end - 80)
    window = text[window_start:end]
    words = list(re.finditer(CAP_WORD, window))
    for first in range(len(words)):
        candidate = window[words[first].start() :]
        if not _NAME_RUN.fullmatch(candidate):
            continue
        if (name := region_name(candidate)) is not None:
            # "South America" is no "America": a compass word before the name makes another
            # place, which the longer runs tried first did not know
            head = window[: words[first].start()]
            before = head.rstrip().rsplit(None, 1)
            if before and before[-1] in _QUALIFIERS and head.endswith(" "):
                return None
            place = lookup(name)
            assert place is not None
            return RegionMatch(name, window_start + words[first].start(), end, place)
    return None


def region_starting_at(text: str, start: int, end: int | None = None) -> RegionMatch | None:
    """The longest known country or region whose name starts at ``start``, even where more
    capitalised words follow: in a table flattened to one line (``Sikkim Gangtok Tripura Agartala``)
    the next cell follows without a break."""
    end = len(text) if end is None else min(end, len(text))
    return _longest_known_prefix(text, start, end, whole_run=False)


@cache
def _demonyms() -> dict[str, str]:
    return {adjective.casefold(): country for adjective, country in _demonym_pairs()}


def country_of_adjective(adjective: str) -> str | None:
    """The country an adjective of nationality names (``Kenyan`` -> ``Kenya``), or None."""
    return _demonyms().get(" ".join(adjective.split()).casefold())


@cache
def _city_keys() -> frozenset[str]:
    """Keys of the world's cities (``data/cities.txt``, from GeoNames: scripts/make_cities.py)."""
    text = files("extractors").joinpath("data", "cities.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_known_city(name: str) -> bool:
    """Whether ``name`` is a city of 15,000 inhabitants or more, or a capital (GeoNames); a
    known city's name with "City" after it too ("Quebec City": GeoNames has "Québec")."""
    key = place_key(name)
    return key in _city_keys() or (key.endswith(" city") and key[:-5] in _city_keys())


_LOWER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MAX_PLACE_WORDS = 4


def cased_view(line: str) -> str:
    """A line written without capitals with the places it names capitalised as names are
    (``the capital of new zealand is wellington`` -> ``the capital of New Zealand is
    Wellington``): the longest run of up to four words that is a known country, region or city.
    Same length and offsets as the line (a word whose capital changes its length stays)."""
    words = list(_LOWER_WORD.finditer(line))
    pieces, at, index = [], 0, 0
    while index < len(words):
        for count in range(min(_MAX_PLACE_WORDS, len(words) - index), 0, -1):
            run = line[words[index].start() : words[index + count - 1].end()]
            if lookup(run) is not None or place_key(run) in _city_keys():
                for word in words[index : index + count]:
                    if word.group() == "the":  # "the netherlands": the article stays
                        continue
                    capital = word.group()[:1].upper()
                    if len(capital) == 1 and word.group()[:1].islower():
                        pieces += [line[at : word.start()], capital]
                        at = word.start() + 1
                index += count
                break
        else:
            index += 1
    pieces.append(line[at:])
    return "".join(pieces)


@cache
def _country_names_by_code() -> dict[str, str]:
    """The everyday name of each ISO 3166-1 alpha-2 code's country among those the gazetteer
    lists: not the inverted ISO form ("Korea, Republic of") nor the official one ("Kingdom of
    Norway", "Russian Federation" when nothing else is listed), and the fuller of two plain
    names ("South Korea" over "Korea")."""
    text = files("extractors").joinpath("data", "places.tsv").read_text(encoding="utf-8")
    listed: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, kind, code = line.split("\t")
            if kind == "country":
                listed.setdefault(code, []).append(name)
    return {code: min(names, key=_everyday_name_rank) for code, names in listed.items()}


_OFFICIAL_FORM = re.compile(r"\b(?:of|Republic|Kingdom|Federation|Democratic|State|Union)\b")


def _everyday_name_rank(name: str) -> tuple[bool, int, int, str]:
    return "," in name, len(_OFFICIAL_FORM.findall(name)), -len(name), name


@cache
def _alpha2_by_alpha3() -> dict[str, str]:
    """ISO 3166-1 alpha-3 codes with their alpha-2 codes (``country_alpha3.tsv``)."""
    text = files("extractors").joinpath("data", "country_alpha3.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def country_of_code(code: str) -> str | None:
    """The country an ISO 3166-1 alpha-2 or alpha-3 code names (``PE`` or ``PER`` -> ``Peru``),
    as data columns write it; None for anything else."""
    code = code.strip()
    if len(code) == 3 and code.isupper():
        code = _alpha2_by_alpha3().get(code, "")
    if len(code) != 2 or not code.isupper():
        return None
    return _country_names_by_code().get(code)
