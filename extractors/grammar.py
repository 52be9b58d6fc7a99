"""Regular-expression building blocks shared by the extractors: capitalised names of people and
places, and the trimming that turns a greedy match into the name the guidelines want.

Python's ``re`` has no ``\\p{Lu}``; the class of upper-case letters is built once from the
Unicode database so that ``Ángel``, ``Łukasz`` or ``Ørsted`` are names like ``Albert``.
"""

from __future__ import annotations

import re
import sys

from extractors.base import load_words
from extractors.normalize import HONORIFICS


def _upper_case_class() -> str:
    """The upper- and title-case letters as the body of a character class, runs of consecutive
    code points written as ranges: the same class, but a pattern that holds it many times (a
    name pattern does) compiles several times faster than with every letter listed."""
    runs: list[list[int]] = []
    for code in range(sys.maxunicode + 1):
        if chr(code).isupper() or chr(code).istitle():
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
    return "".join(
        re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else "")
        for first, last in runs
    )


UPPER = _upper_case_class()
UPPER_LETTER = _UP = f"[{UPPER}]"
_LETTER = r"[^\W\d_]"
_APOS = "'’ʻ"

# The words after which a full stop does not end a sentence (lower case, without the stop).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st mt ft jr sr rev hon gen col lt capt maj sgt cpl adm gov sen rep pres
    fr br sr sra mme mlle messrs vs etc al eg ie cf viz ca approx pron lit var syn esp incl
    no nos vol vols pp ed eds trans repr rev fig figs ch chap sec art para op cit ibid
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    inc ltd co corp bros dept univ assn est
    b d c fl r m n p s
    """.split()
)

# A capitalised word (Einstein, McTavish, O'Brien, Nukuʻalofa, Jean-Paul), an initial (J.) or
# a common abbreviation (St., Dr.). Any other word ending in a full stop ends a sentence, so the
# full stop is not part of the name: "Brooklyn. Lorraine" is two names.
_ABBREVIATION = r"(?:St|ST|Ste|STE|Mt|MT|Ft|Dr|Mr|Mrs|Ms|Prof|Rev|Sr|Jr)\."
# The word itself, without the look-behind that keeps it from starting inside a word.
# (An initial and a word share their capital: the class of capitals, a long one, is written
# twice rather than three times, and the patterns that hold names compile faster.)
# (a double-barrelled name may be joined by an en dash: "Skłodowska–Curie")
CAP_WORD_BODY = (
    rf"(?:{_ABBREVIATION}|{_UP}(?:\.|(?:[{_APOS}]?{_LETTER}|-{_UP}|-{_LETTER}|–{_UP}(?={_LETTER}))*"
    rf"(?!\w)))"
)
# (an apostrophe after a letter joins a word, "d'Ivoire"; one after a space or a bracket opens a
# quoted string, "VALUES ('Spain', 'Madrid is the capital …')")
CAP_WORD = rf"(?<![\w’ʻ])(?<!\w'){CAP_WORD_BODY}"
# A capitalised word of two letters or more, no initial: what a family name in a reference list
# looks like ("Vaswani", "McMillan-Major", "Østergaard").
NAME_WORD = rf"(?<![\w{_APOS}]){_UP}(?:[{_APOS}]?{_LETTER}|-{_UP}|-{_LETTER})+(?!\w)"
# Lower-case particles inside names and place names.
PARTICLE = r"(?:de|da|do|dos|das|del|della|der|den|di|du|la|le|van|von|ten|ter|bin|ibn|al|y|e)"
# "and" is not among them: "Romania and Sofia" is two places; the few country names with "and"
# are listed where places are read.
PLACE_PARTICLE = r"(?:of|the|de|da|do|del|di|du|la|el|al|upon|on|y|e|-)"
# Names never run across a line break: "Chapter 9 — Revolutions\nNapoleon Bonaparte" is two.
SPACE = r"[^\S\n]+"
SUFFIX = rf"(?:,?{SPACE}(?:Jr\.|Sr\.|II|III|IV))"

# A person's name: up to six capitalised words, particles allowed between them.
PERSON = rf"{CAP_WORD}(?:{SPACE}(?:{PARTICLE}{SPACE})*{CAP_WORD}){{0,5}}{SUFFIX}?"
# A place: capitalised words joined by spaces or place particles; "Washington, D.C." is one.
PLACE = rf"{CAP_WORD}(?:(?:{SPACE}{PLACE_PARTICLE})*{SPACE}{CAP_WORD}){{0,5}}(?:,{SPACE}D\.C\.)?"

CLAUSE_OPENERS = load_words("clause_openers")
NOT_NAME_START = CLAUSE_OPENERS | load_words("not_name_start")
PRONOUNS = load_words("pronouns")
NOT_PERSON_WORDS = load_words("not_person_words")
NAME_HEADING_TAILS = load_words("name_heading_tails")
_ROMAN = re.compile(r"^[IVX]+$")


def _all_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


FAMILY_PARTICLES = load_words("family_name_particles")
_FAMILY_NAME_FIRST = load_words("family_name_first")
# particles that open a family name written without its given names, in any case
_HEAD_PARTICLES = (
    frozenset("de di da du del della des dos das le la von".split()) & FAMILY_PARTICLES
)


# A given name in pinyin: syllables of an optional initial and a final ("wei", "xiaoming",
# "jing-yi"); "Pritzker" is none, so "Yan Pritzker" is written given name first.
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|"
    r"ua|uo|ui|ve|üe|er|a|o|e|i|u|v|ü)"
)
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}[-'’]?)+", re.IGNORECASE)


# Initials run into the family name ("J.Zhang", "J.-P.Roe"): a space belongs after them.
GLUED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.-?){1,3})(?=[A-Z][a-z'’])")


def family_name(full_name: str) -> str:
    """The family name in a full name: the last word with the particles before it ("Fatima Zahra
    El Idrissi" -> "El Idrissi", "Ludwig van Beethoven" -> "van Beethoven"); for a two-word
    Chinese name written family name first, the first word ("Li Wei" -> "Li")."""
    words = [w for w in GLUED_INITIALS.sub(r"\1 ", full_name).replace(",", " ").split() if w]
    if not words:
        return ""
    while len(words) > 1 and (_ROMAN.match(words[-1]) or words[-1] in ("Jr.", "Sr.", "Jr", "Sr")):
        words.pop()
    first, last = words[0].lower(), words[-1].lower()
    if (
        len(words) == 2
        and first in _FAMILY_NAME_FIRST
        and last not in _FAMILY_NAME_FIRST
        and _PINYIN_WORD.fullmatch(last)
    ):
        return words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in FAMILY_PARTICLES:
        start -= 1
    # a family name alone with its particle at its head ("De Certeau", "van Rossum"): no given
    # name before it (a particle that is also a given name, "Ben", "Al", "Van", only in lower
    # case: "Ben Lynn" is a given name and a family name)
    if start == 1 and (words[0] in FAMILY_PARTICLES or words[0].lower() in _HEAD_PARTICLES):
        start = 0
    return " ".join(words[start:])


def trim_place(candidate: str) -> str:
    """Drop clause-opening words ("Although Amsterdam" -> "Amsterdam") from a capitalised run."""
    words = candidate.split()
    while len(words) > 1 and words[0].lower().rstrip(".,") in CLAUSE_OPENERS:
        words.pop(0)
    return " ".join(words)


def trim_person(candidate: str) -> str | None:
    """Turn a greedy capitalised run into a person's name: drop clause-opening words,
    honorifics and shouted prefixes at its start and post-nominal letters at its end; None when
    nothing that looks like a person's name is left (a pronoun, "the Slovak Republic")."""
    words = candidate.split()
    while words and (
        words[0].lower().rstrip(".,") in NOT_NAME_START
        or words[0].lower() in HONORIFICS
        # a shouted prefix ("TIL Stephen Hawking", "OBITUARY Jane Doe") is no part of a name
        or (_all_caps(words[0]) and not all(_all_caps(w) for w in words))
    ):
        words.pop(0)
    # post-nominal letters ("Yoshua Bengio OC FRS FRSC") are no part of it either
    while len(words) > 1 and _all_caps(words[-1]) and not _ROMAN.match(words[-1]):
        words.pop()
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS):
        return None
    if any(w.lower().strip(".,") in NOT_PERSON_WORDS for w in words):
        return None
    name = " ".join(words).strip(" ,;:")
    if not re.match(_UP, name):
        return None
    return name


# A fact-checking record: a claim, then the verdict a label gives it ("Claim: … \nLabel:
# REFUTES", "Statement: …  Verdict: False"); a claim judged false or unverifiable states nothing.
# (or a JSON record's key: '{"claim": "…", "label": "REFUTES"}')
_CLAIM_LABEL = re.compile(
    r"(?im)(?:^|[{,])[^\S\n]*[\"']?(?:claim|statement|hypothesis)[\"']?[^\S\n]*:"
)
_VERDICT_AGAINST = re.compile(
    r"(?i)[\"']?\b(?:label|verdict|answer|rating|gold_label)[\"']?[^\S\n]*[:=][^\S\n]*[\"']?"
    r"(?:refutes?|refuted|false|not[\s_]enough[\s_]info|nei|contradiction|neutral|"
    r"pants[\s-]on[\s-]fire|mostly[\s-]false|unverified)\b"
)
_VERDICT_REACH = 300  # characters from the claim's label to its verdict


def refuted_claim(text: str, position: int) -> bool:
    """Whether ``position`` lies in a claim that a verdict after it judges false or
    unverifiable (fact-checking data: FEVER's "REFUTES", "NOT ENOUGH INFO")."""
    line_start = text.rfind("\n", 0, position) + 1
    label = _CLAIM_LABEL.search(text, max(0, line_start - 200), position + 1)
    if label is None:
        return False
    return _VERDICT_AGAINST.search(text, position, position + _VERDICT_REACH) is not None
