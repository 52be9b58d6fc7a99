"""The person-name constituent: where a person's name may be written, and the name the
guidelines want from it.

``NAME`` matches a capitalised run that may be a person's name: given names, initials
(``Melvin J. Gordon``), particles (``Ludwig van Beethoven``), a nickname in quotes
(``Arlester "Dyke" Christian``), upper-case names (``DANIEL GOODRICH``), any script with
capital letters (``Джон Норум``), ``Jr.``/``III``. ``person_name`` then decides whether the run
is a person and writes it as the guidelines do: without clause openers, honorifics, titles of
rank (``Air Vice Marshal``, ``Grand Duke``), post-nominal letters (``CBE``, ``OSML, OMS``),
parenthesised nicknames and a possessive ``'s``; a run that names an event, an organisation or a
place (``Gulf War``, ``Oxford University``) is no person. ``natural_order`` turns an inverted
name (``Babcock, Elihu``) around.

The word lists are data files in ``extractors/data/``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from extractors.base import load_words
from extractors.grammar import CAP_WORD as _GRAMMAR_CAP_WORD
from extractors.grammar import CAP_WORD_BODY as _GRAMMAR_CAP_WORD_BODY
from extractors.grammar import (
    NAME_HEADING_TAILS,
    NOT_NAME_START,
    NOT_PERSON_WORDS,
    PARTICLE,
    PRONOUNS,
    UPPER_LETTER,
)
from extractors.normalize import HONORIFICS, nfkc
from extractors.places import country_of_adjective

_SPACE = r"[^\S\n]+"
# The grammar's capitalised word allows a hyphen before a capital and before any letter, two
# alternatives that overlap: on "A-A-A-…" a pattern holding several name words would try every
# way to split the run (exponential). "-letter" alone matches the same words.
_OVERLAPPING_HYPHEN = f"|-{UPPER_LETTER}|"


def _linear(pattern: str) -> str:
    """The grammar's pattern without the overlapping alternative."""
    assert _OVERLAPPING_HYPHEN in pattern, "grammar changed: revisit persons._linear"
    return pattern.replace(_OVERLAPPING_HYPHEN, "|")


CAP_WORD = _linear(_GRAMMAR_CAP_WORD)
CAP_WORD_BODY = _linear(_GRAMMAR_CAP_WORD_BODY)
# A nickname in quotes inside a name stays part of it (guidelines, Clarifications).
# (a CSV field doubles the quotes: 'Kenneth ""Ken"" Moe', read as 'Kenneth "Ken" Moe')
NICKNAME = r"(?:\"\"[^\"\n]{1,25}\"\"|\"[^\"\n]{1,25}\"|“[^”\n]{1,25}”|'[^'\n]{1,25}')"
_SUFFIX = rf"(?:,?{_SPACE}(?:Jr\.|Sr\.|II|III|IV)(?!\w))"
# Up to eight words: a title of rank may take three ("Air Vice Marshal Sir Keith Park").
# An Arabic article joined to a family name: "al-Baghdadi", "el-Sayed".
_JOINED_PARTICLE = r"(?:(?:al|el|ad|ud|ar|as|ash|at|az|an|bin|ibn|abu)-)"
# A maiden name between given and family names, dropped from the name ("Mary (Smith) Roe").
# (Any short parenthesis of letters: a capitalised-word pattern here would double the
# pattern's size, and person_name drops the parenthesis anyway.)
_MAIDEN_NAME = r"\((?:née[^\S\n]+|nee[^\S\n]+)?[^\W\d_][^()\n\d]{0,30}\)"
# Particles of family names beyond the shared ones: "zu Guttenberg", "af Klint", "degli Uberti",
# "di ser Piero".
_MORE_PARTICLES = (
    r"(?:zu|zur|und|af|av|des|dei|degli|delle|el|ben|bint|abu|ap|op|het|te|vom|zum|ser)"
)
# A name may open a string in quotes ('Jane Roe (1901 – …)', a record of a data file) or wiki
# bold (three apostrophes); an apostrophe inside a word ("O'Brien") still starts no name.
# (not the last letter of "R.I.P.": "R.I.P. Ken Moe" is no "P. Ken Moe")
_NAME_START = r"(?:(?<![\w'’])(?<!R\.I\.)|(?<=[\s(\[{,:=]['‘])|(?<=\A['‘])|(?<=''))"
# A ruler's or a writer's epithet ends the name: "Peter the Great", "Pliny the Elder" (a closed
# list: "Jane the Editor" is a name and a noun).
_EPITHET_WORDS = (
    r"(?:Great|Elder|Younger|Conqueror|Confessor|Terrible|Bold|Pious|Wise|"
    r"Magnificent|Navigator|Lionheart|Venerable|Unready|Fearless|Lawgiver|Liberator|Apostate|"
    r"Baptist|Evangelist|Bearded|Brave|Fair|Bald|Fat|Simple|Good|Just|Cruel|Mad|Martyr|"
    r"Victorious|Strong|Handsome|Stammerer|Affable|Steadfast|Rich|Peaceful|Lame|Magnanimous|"
    r"Illustrious|Saint|Red|Black|Lion|Quarreller|Headstrong|Warlike|Hunter|Blind|Tall|Short)"
)
# (in quotes, as a dump of italics leaves it: 'George "the Bearded"')
_EPITHET = (
    rf"(?:{_SPACE}(?:the{_SPACE}{_EPITHET_WORDS}(?![\w-])|[\"“]the{_SPACE}{_EPITHET_WORDS}[\"”]))"
)
# Ranks abbreviated with a full stop before a name ("Cllr. Jane Roe", "Lt. Col. Ken Moe"): a
# name's own, not the grammar's words (where "Capt. M. Perfectly." in a play's dialogue would
# read as an author before a quotation); person_name drops them with the other ranks.
_RANK_ABBREVIATION = r"(?:Cllr|Capt|Lt|Sgt|Cpl|Pte|Pvt|Col|Gen|Maj|Cmdr|Gov|Sen)\."
NAME = (
    rf"{_NAME_START}(?:{_RANK_ABBREVIATION}{_SPACE}){{0,2}}{CAP_WORD_BODY}"
    rf"(?:{_SPACE}(?:(?:{PARTICLE}|{_MORE_PARTICLES}){_SPACE}){{0,3}}"
    rf"(?:(?:{NICKNAME}|{_MAIDEN_NAME}){_SPACE})?"
    rf"{_JOINED_PARTICLE}?{CAP_WORD}){{0,7}}{_SUFFIX}?{_EPITHET}?"
)
# A royal's or a saint's territorial name: "Michael Alexandrovich of Russia", "Catherine of
# Aragon"; read where a name heads its own life span, not in clauses ("Jane Roe of Leeds died").
TERRITORIAL_NAME = rf"{NAME}(?:{_SPACE}of{_SPACE}{CAP_WORD}(?:{_SPACE}{CAP_WORD})?)?"


def _load_phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word phrases of a data file, one a line, longest first."""
    text = files("extractors").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    phrases = {
        tuple(line.split("#")[0].lower().split())
        for line in text.splitlines()
        if line.split("#")[0].strip()
    }
    return tuple(sorted(phrases, key=len, reverse=True))


# "Babcock, Elihu" / "APPLETON, Thomas Gold": a family name, a comma, the given names; only where
# a record starts (a line, a heading), so that "In Paris, John Smith" is no inverted name.
NAME_LANGUAGES = "|".join(sorted(load_words("name_languages")))
RANKS = _load_phrases("ranks")
_CAPITALISED_RANKS = "|".join(sorted(rank[0].capitalize() for rank in RANKS if len(rank) == 1))
INVERTED_NAME = (
    rf"(?P<family>{CAP_WORD}(?:{_SPACE}(?:{PARTICLE}{_SPACE}){{0,2}}{CAP_WORD}){{0,1}}),{_SPACE}"
    # given names are no post-nominal letters: "Taytu Betul, OSML, OMS" is not inverted, nor a
    # language's name: "Moïse Roe, Latin Moyses Roeus"
    # nor a title of rank, which follows a name in natural order: "Jane Roe, Baroness Roe"
    rf"(?![A-Z]{{2,}}\b|(?:{NAME_LANGUAGES}){_SPACE}|(?:{_CAPITALISED_RANKS}){_SPACE})"
    rf"(?P<given>{CAP_WORD}(?:{_SPACE}{CAP_WORD}){{0,3}})"
)


EVENT_WORDS = load_words("event_words")
POST_NOMINALS = {word.upper() for word in load_words("post_nominals")}
KINSHIP = load_words("kinship_words")
_ROLES = load_words("role_words")
_DEPICTIONS = load_words("depiction_words")
# Emphasis that closes around a name: Markdown "**Jane Roe**", wiki bold, HTML "<b>…</b>".
CLOSING_MARKUP = r"(?:\*{1,3}|'{2,3}|_{1,2}|</(?:b|strong|i|em)>)?"
_ROMAN = re.compile(r"^(?:[IVX]+|Jr\.|Sr\.)$")
_PAREN_NICKNAME = re.compile(r"\s*\([^()]*\)\s*")
_POSSESSIVE = re.compile(r"['’]s$")
_LETTERS = re.compile(r"[^\W\d_]")


def _all_caps(word: str) -> bool:
    letters = _LETTERS.findall(word)
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _upper(word: str) -> bool:
    """No lower-case letter: ``GOODRICH``, ``F.``, ``,``."""
    return not any(c.islower() for c in word)


def _post_nominal(word: str, name_in_capitals: bool = False) -> bool:
    """``CBE``, ``FRS``, ``OSML``, ``KCMG``: short, in capitals, no Roman numeral, or known
    letters in mixed case (``KStJ``); in a name written in capitals (``JANE ROE OBE``) only the
    known letters (``post_nominals.txt``)."""
    bare = word.rstrip(".,")
    if name_in_capitals:
        return bare.upper() in POST_NOMINALS
    if bare.upper() in POST_NOMINALS and any(c.isupper() for c in bare[1:]):
        return True  # mixed case with inner capitals: "KStJ", "FREng"
    return _all_caps(bare) and len(bare) <= 5 and not _ROMAN.match(bare)


# Offices that name nobody when they stand alone (a rank such as "Prince" or "Duke" may be a
# person's whole name: the musician, a nickname).
_OFFICES = frozenset(
    tuple(office.split())
    for office in (
        "mayor", "lord mayor", "deputy mayor", "councillor", "councilor", "county councillor",
        "alderman", "alderwoman", "senator", "governor", "president", "vice president",
        "chancellor", "prime minister", "chairman", "chairwoman", "premier", "judge",
    )
)  # fmt: skip


def _strip_rank(words: list[str]) -> list[str]:
    lowered = [w.lower() for w in words]
    for rank in RANKS:
        if len(words) > len(rank) and tuple(lowered[: len(rank)]) == rank:
            return words[len(rank) :]
    return words


def _drop_repeated_name(words: list[str]) -> list[str]:
    """A heading run into its sentence ("Laloo Prasad Yadav Lalu Prasad Yadav"): a name never
    holds the same word twice, so the run is two names and the later one is the clause's."""
    for index in range(len(words) - 1, 1, -1):
        first = words.index(words[index])
        if first < index and first >= 1 and index - first >= 2:
            return words[first + 1 :]
    return words


# Two initials written without stops ("JJ Cale", "JK Roe"): a given name's, not a shouted
# prefix, unless a common abbreviation ("TV Host", "PM Jane Roe", "RIP Jane Roe")
_INITIALS_RUN = re.compile(
    r"(?!(?:PM|MP|US|UK|EU|UN|TV|OK|AD|BC|DR|MR|MS|ST|RE|FW|PS|NB|HQ|IT|AI|VP|GM|CEO|RIP)$)"
    r"[A-Z]{2}"
)


def _nationality_before_rank(words: list[str]) -> bool:
    """Whether ``words`` open on an adjective of nationality (``data/demonyms.tsv``) before a
    rank, an honorific or a role."""
    if country_of_adjective(words[0].rstrip(".,")) is None:
        return False
    rest = words[1:]
    second = rest[0].lower().rstrip(".,")
    return _strip_rank(rest) is not rest or rest[0].lower() in HONORIFICS or second in _ROLES


@lru_cache(maxsize=4096)
def person_name(candidate: str) -> str | None:
    """The person's name a capitalised run states, as the guidelines write it, or None when the
    run names no person (a pronoun, a heading word, an event, an organisation)."""
    text = _PAREN_NICKNAME.sub(" ", nfkc(candidate)).replace('""', '"')
    words = text.replace(",", " , ").split()
    # leading clause openers, honorifics, ranks and shouted prefixes ("TIL", "OBITUARY")
    while words:
        first = words[0].lower().rstrip(".,")
        stripped = _strip_rank(words)
        if stripped is not words:
            if stripped[0] == "of":
                return None  # "Prime Minister of Canada": an office, nobody's name
            words = stripped
        elif first in _DEPICTIONS and len(words) > 2 and words[1] == "of":
            words = words[2:]  # "Portrait of Jane Roe", "Grave of Jane Roe": the person shown
        elif (
            words[0] in ("Q.", "Q:")
            and len(words) > 1
            and words[1].lower().rstrip(".,") in NOT_NAME_START
        ):
            words.pop(0)  # "Q. Who was born …": a question's label, no initial ("Q. Li" is)
        elif (
            first in NOT_NAME_START
            or words[0].lower() in HONORIFICS
            or words[0] == ","
            # a role or a relative before a given name, a sentence's description of the
            # person: "Essayist Jane Roe died …", "Grandma Jane passed …"
            or (
                (first in _ROLES or first in KINSHIP)
                and len(words) > 1
                and words[1].lower().rstrip(".,") in known_given_names()
            )
            or (
                _all_caps(words[0])
                and not all(_upper(w) for w in words)
                and not _INITIALS_RUN.fullmatch(words[0])
            )
            # a nationality before a rank, a title or a role: "Pakistani President Jane Roe"
            or (len(words) > 2 and _nationality_before_rank(words))
        ):
            words.pop(0)
        else:
            break
    # post-nominal letters ("Yoshua Bengio OC FRS", "Taitu Betul, OSML, OMS"); "III" stays
    # "DANIEL F. GOODRICH": in a name written in capitals only known letters are post-nominal
    in_capitals = all(_upper(w) for w in words)
    while len(words) > 1 and (words[-1] == "," or _post_nominal(words[-1], in_capitals)):
        if len([w for w in words if w != ","]) == 2 and words[-1].upper() not in POST_NOMINALS:
            break  # "Jane ROE": a family name in capitals, not letters after a name
        words.pop()
    # a page's word after the name in its heading ("Jane Roe Biography")
    while len(words) > 1 and words[-1].lower() in NAME_HEADING_TAILS:
        words.pop()
    # a possessive before the name is a description of the person, apposed before a comma
    # ("India's first president, Jane Roe"): the name follows the description's last comma
    owner = next((i for i, w in enumerate(words[:-1]) if _POSSESSIVE.search(w.rstrip(',"”'))), None)
    if owner is not None:
        if "," not in words[owner:]:
            return None
        words = [w for w in words[len(words) - words[::-1].index(",") :] if w.strip("\"“”'‘’")]
    words = [w for w in words if w != ","]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    if tuple(w.lower() for w in words) in _OFFICES:
        return None  # "Former Lord Mayor, Councillor Jane Roe, died": an office, nobody's name
    words = _drop_repeated_name(words)
    if not words or not words[0][:1].isupper():
        return None
    lowered = [w.lower().strip(".,'’\"“”") for w in words]
    # a lone short word in capitals is an acronym ("US", "BBC"); "Mom" is a relative's word
    lone_acronym = len(words) == 1 and _all_caps(words[0]) and len(words[0]) <= 3
    if lone_acronym or (len(words) == 1 and (lowered[0] in PRONOUNS or lowered[0] in KINSHIP)):
        return None
    if any(w in NOT_PERSON_WORDS or w in EVENT_WORDS for w in lowered):
        return None
    if _names_a_holiday(lowered):
        return None
    return " ".join(words).strip(" ,;:")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names seen written out in reference lists (``data/given_names.txt``)."""
    return frozenset(w.lower() for w in load_words("given_names"))


@lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Given names of reference lists and of many languages (``data/given_names.txt`` and
    ``data/given_names_world.txt``, lower case): what opens a person's full name."""
    return given_names() | load_words("given_names_world")


@lru_cache(maxsize=1)
def _given_name_genders() -> dict[str, str]:
    text = files("extractors").joinpath("data", "given_name_genders.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: gender for name, gender in rows}


def gender_of(name: str) -> str | None:
    """``"M"`` or ``"F"`` when the name's first word is a given name of one gender in every
    language that lists it (``data/given_name_genders.tsv``), else None."""
    words = name.split()
    return _given_name_genders().get(words[0].lower()) if words else None


def opens_with_given_name(name: str) -> bool:
    """Whether a full name's first word is a known given name or an initial (``Mira Castellan``,
    ``J. Castellan``), so that it is positively a person's."""
    words = name.split()
    if len(words) < 2:
        return False
    first = words[0].rstrip(".")
    return (len(first) == 1 and first.isupper()) or first.lower() in known_given_names()


def _names_a_holiday(lowered: list[str]) -> bool:
    """Whether a run names a day ("Independence Day", "Harvest Day", "D-Day", "Day of the
    Dead") rather than a person whose family name is Day: only a given name or an initial
    before "Day" makes a person ("Doris Day", "J. Day")."""
    for index, word in enumerate(lowered):
        if word.endswith("-day"):
            return True
        if word != "day":
            continue
        before = lowered[index - 1] if index else ""
        initial = len(before) == 1 and before.isalpha()
        if not (initial or before in given_names()):
            return True
    return False


def natural_order(family: str, given: str) -> str | None:
    """``Babcock, Elihu`` -> ``Elihu Babcock`` (case as written), or None when either part is no
    name."""
    given_name = person_name(given)
    family_name = person_name(family)
    if (
        family_name is None
        and given_name
        and family.isalpha()
        and family.isupper()
        and len(family) >= 2
        and given_name.split()[0].lower() in known_given_names()
    ):
        # a short family name in capitals before a known given name ("DOE, Jane") is no
        # acronym: its place before the given names says it is a name
        family_name = family
    if not given_name or not family_name:
        return None
    if _GENERATION.fullmatch(given.strip()):
        # "James Roe, Jr.": a generation after the comma, not a given name before it
        return f"{family_name}, {given.strip()}"
    return f"{given_name} {family_name}"


_GENERATION = re.compile(r"(?:Jr|Sr|Jun|Sen)\.?|I{2,3}|IV|VI{0,3}|2nd|3rd|[4-9]th")
