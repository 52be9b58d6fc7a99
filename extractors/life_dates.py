"""Birth and death dates of people (``birth_date``, ``death_date``: person -> ISO date).

Relations over two constituents: dates (``extractors.dates``: every written form, footnote
marks, Old Style / New Style, hedges) and person names (``extractors.persons``: honorifics,
ranks, post-nominal letters, nicknames, inverted names, events that are no person).

Phrasings (see the labelling guidelines):
- a parenthesis after the name: ``X (born 14 March 1879)``, ``X (b. Ulm, 14 March 1879; d.
  Princeton, 18 April 1955)``, a life span ``X (14 March 1879 – 18 April 1955)`` also with
  places, a pronunciation or other material inside (``X (Ulm, 14 March 1879 – Princeton, 18
  April 1955)``, ``X (/ˈæ/; 14 March 1879 – …)``), with its dash stripped (``(May 8,
  1884December 26, 1972)``) or in brackets (``[14 March 1879 – 18 April 1955]``), after
  post-nominal letters (``X, OSML, OMS (…)``), a parenthesised nickname (``X (Ken) (…)``) or an
  inverted name at the start of a record (``Babcock, Elihu (b. …)`` -> ``Elihu Babcock``);
- clauses: ``X was born on DATE``, ``X, who was born on DATE``, ``X was a JOB, born DATE``,
  ``Born on DATE in P, X …``, ``Born on DATE: X, …, who died on DATE``, ``X …, born DATE``,
  ``X died on DATE``, ``On DATE, X died``, ``X passed away peacefully on DATE``, ``X departed
  this life DATE``, ``X was born … and died on DATE``, ``the passing of X, 82, of P, on DATE``;
  ``He/She was born on …`` (and ``Mom``, a dropped subject ``Nació el …``) names the person
  the text introduced: the full name of the last sentence that opened with a name (guidelines,
  Clarifications); obituaries (``DOE, Jane, 84, of P, passed away …``, ``the passing of X``),
  genealogies (``X, b. P, DATE; d. P, DATE``), other languages (``X родился 23 февраля 1964
  года``, ``X wurde am 3. Mai 1901 … geboren``), a question and its marked answer (or the
  marked letter of its lettered options);
- layouts: tables with ``Born`` / ``Died`` columns, ``Born: DATE`` / ``Date of birth:`` fields
  under a name (also ``Full name X``, a numbered heading, a gravestone's name in capitals),
  records ``X Born: DATE, in P Died: DATE``, a memorial's name line over its span line, data
  records (``{"name": …, "born": …}``), on-this-day pages (``1939 - X is born``, ``Births``
  entries dated by the page's day or year).

Not facts: a date without day, month and year; a hedged date (``c.``, ``abt.``, ``between``);
``born`` in any other sense; negated or hypothetical statements (``was not born on``, ``had
been born on``); a baptism date; a reign or a term of office (``r. 1837 – 1901``, ``(Director,
3 May 2010 – …)``); the dates of something that is not a person (``the Slovak Republic was born
on``, ``World War II (1 September 1939 – …)``, a club, a product, a pet); a name that is a
noun's complement (``the sister of X died``). Numeric dates such as ``02.05.1899`` are read day
first only where the text says so.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from urllib.parse import unquote

from extractors import layout, places, sql
from extractors.api import split_alternatives
from extractors.base import Fact, load_words
from extractors.dates import DATE, DATE_RE, FOREIGN_MONTHS, date_at, is_hedged
from extractors.grammar import ABBREVIATIONS, NOT_NAME_START, UPPER_LETTER, refuted_claim
from extractors.normalize import MONTHS, states_day_first
from extractors.persons import (
    CAP_WORD,
    CLOSING_MARKUP,
    INVERTED_NAME,
    KINSHIP,
    NAME,
    NAME_LANGUAGES,
    NICKNAME,
    RANKS,
    TERRITORIAL_NAME,
    gender_of,
    given_names,
    known_given_names,
    natural_order,
    opens_with_given_name,
    person_name,
)

_DATE = DATE
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
# A month's date alone passes most of the news; it is a trigger where a life's layout sets it:
# in brackets (a life span), before a span's dash or after it, opening a line (a gravestone's,
# a notice's), after a label's colon, a table cell's bar or a tab (fields and tables under
# "Born" and "Died").
# (a month first needs its year, with or without a day: "March 14, 1879", "Sept. 21st 1990";
# a month and a day alone, "NEW YORK, March 3 -", every wire story's dateline, cannot state a
# full date)
_MONTH_DATE = (
    rf"(?:\b(?:{_MONTH_NAMES})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b)"
)
# (HTML's entities for the dashes too: "&ndash;", "&#8211;")
_DASH_CHAR = r"(?:–|—|-|−|‒|―|&[nm]dash;|&#821[12];|&#x201[34];|to\b|until\b)"
# The words before a death as a noun: "Jane Roe's sudden death", "until his untimely death"
_DEATH_ADJECTIVES = ("sudden", "untimely", "early", "tragic", "premature", "unexpected")
# The other verbs of a death and the labels of a life's dates, which hold no anchor above
# (phrases, not their words alone: a novel's "the rest", "killed" and "departed" pass no date)
_LIFE_WORDS = (
    "death of", "death on", "his death", "her death", "passing of", "was killed", "were killed",
    # (an Irish notice's "The death has occurred of …", minutes' "the passing on D of …")
    "death occurred", "death has occurred", "passing on",
    "killed in action", "shot and killed", "stabbed and killed", "was executed",
    "fell in action", "fell in battle", "fell at the battle of", "fell at the siege of",
    # (after another of the subject's verbs: "was arrested and executed")
    "and executed", "and killed", "and assassinated", "and murdered",
    # (a mother's: "she gave birth to a son, Ken Roe, on D")
    "gave birth",
    "was assassinated", "was murdered", "to death", "shot dead", "was hanged", "was beheaded",
    "was guillotined", "drowned", "pronounced dead", "succumbed", "departed this life",
    "entered into rest", "entered rest", "eternal rest", "went home to", "to be with the lord",
    "to be with her lord", "to be with his lord", "angel wings",
    "passed from this life", "lost her battle", "lost his battle", "lost her fight",
    "lost his fight", "lost her brave", "lost his brave", "lost her long", "lost his long",
    "peacefully on", "peacefully at", "peacefully in", "suddenly on", "suddenly at",
    "peacefully, at", "suddenly, at", "unexpectedly on", "unexpectedly at", "tragically on",
    "passed peacefully", "passed suddenly", "passed quietly", "passed unexpectedly",
    "committed suicide", "took his own life", "dies on", "passes away",
    "tragically killed", "accidentally killed", "brutally killed",
    "into eternal life", "departed this earth", "asleep in jesus", "asleep in christ",
    "asleep in the lord", "departed this world", "slipped away",
    "lived from", "we lost", "world lost", "music lost", "sadly lost", "tragically lost",
    "lost our", "lost my", "life ended", "life came to an end",
    "brutally murdered",
    "took her own life", "killed himself", "killed herself",
    "called home", "left us", "left this world", "left this life", "left this earth",
    "lost his life", "lost her life", "passed on", "sunrise", "sunset",
    "breathed his last", "breathed her last", "his last breath", "her last breath",
    "his final breath", "her final breath",
    # a birth's idioms ("came into this world on", "first saw the light of day on")
    "into this world", "into the world", "entered this world", "entered the world",
    "light of day", "light of the day", "breathed his first", "breathed her first",
    "dob", "d.o.b", "birthdate", "birth date", "deathdate", "death date", "date of death",
    # (an infobox's keys: "| death_date = 4 June 2001")
    "death_date", "date_of_death",
    # (a birthday with its year is a birth date: "Jane Roe's birthday is on 3 May 1950")
    "birthday is", "birthday was", "birthday falls", "birthday:",
    # a list of a day's births: "Baseball birthdays for April 1"
    "birthdays for", "birthdays on",
    # a record that gives it: "His stone gives his birth as D"
    "birth as", "birth date as", "of birth as",
    # the other languages' verbs (extractors/data/life_event_words.tsv), as phrases where a word
    # alone is another ("nato", "mort")
    "è nato", "è nata", "est né", "est née", "est mort", "est morte", "est décédé",
    "est décédée", "geboren", "gestorben", "starb", "overleed", "urodził", "urodziła", "zmarł",
    "zmarła", "nació", "nasceu", "nacque", "murió", "falleció", "morreu", "faleceu", "morì",
    "родился", "родилась", "умер", "умерла", "скончался", "скончалась",
)  # fmt: skip
_LIFE_WORD = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in _LIFE_WORDS)
_TRIGGER = (
    # ("b." and "d." in lower case: "A is B." is no birth; "birth" where a date's label or a
    # column says it, not "the birth of the movement")
    r"\b(?:born|died|passed\s+away)(?!\w)|(?-i:\b[bd][.:])|[†✝✞]|\(\*"
    # (or in capitals opening a line before a date, as a stone's transcription writes them:
    # "B. MAY 3, 1901")
    r"|(?-i:(?m:^)[^\S\n]*[BD]\.[^\S\n]+(?=[A-Z]{3}|\d))"
    # a question on a death: "When did Jane Roe die?"
    r"|\b(?:die|pass\s+away)[^\S\n]?\?"
    r"|\b(?:date[\s_]+of[\s_]+birth|birth[\s_]*(?:date|day)s?|births?\s*(?:[:|=]|\t|(?m:$)))"
    r"|(?:[|\t]|(?m:^))\s*births?\b"
    # a person's birth as a noun, dated after "on": "the birth of their son, Leo, on 20 May"
    r"|\bbirth\s+of\s[^.;\n]{3,80}?\son\s"
    # a date with the age it makes: "28 July 1993 (age 30)"
    r"|\d{4}[^\S\n]*\([^\S\n]*aged?[^\S\n]+\d{1,3}[^\S\n]*\)"
    # a death or birth as a possessive's noun: "Jane Roe's sudden death on …"
    rf"|['’]s\s+(?:(?:(?:{'|'.join(_DEATH_ADJECTIVES)})\s+)?(?:death|passing)\b|birth\s)"
    rf"|(?<!\w)(?:{_LIFE_WORD})(?!\w)"
    # an on-this-day page's headings over its entries ("Births\n1930 – Ann Roe, chemist")
    r"|(?m:^)[^\S\n]*[#=*]{0,4}[^\S\n]*(?:births|deaths)\b"
    rf"|\([^()\n]{{0,12}}?{_MONTH_DATE}"
    rf"|(?m:^)[^\S\n]*(?:[-*•#>|]+[^\S\n]*)?(?:[^\W\d]{{2,12}},?[^\S\n]+)?{_MONTH_DATE}"
    # (not a message's or a page's own date: "Date: 5 Apr 1993", "Posted: …", "Updated: …")
    r"|(?<!date)(?<!sent)(?<!posted)(?<!updated)(?<!published)(?<!modified)(?<!created)"
    rf"(?<!expires)[:|\t][^\S\n]*{_MONTH_DATE}"
    rf"|{_MONTH_DATE}[^\n()]{{0,12}}?\d{{4}}[^\S\n]*\)?[^\S\n]*{_DASH_CHAR}"
    rf"|{_DASH_CHAR}[^\S\n]*(?:[^\W\d]{{2,12}},?[^\S\n]+)?{_MONTH_DATE}"
    r"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b"
    rf"|\d\.?\s+(?:de\s+)?(?:{'|'.join(FOREIGN_MONTHS)})(?!\w)|\d[月월]"
)
# The anchors that every match of each alternative of _TRIGGER holds, in the alternatives'
# order (the pre-filter confirms an anchor with its own alternatives only): the event words,
# and dates themselves (a life span "(14 March 1879 – 18 April 1955)" or a table row names no
# event): a month name by a digit, or a year as numeric dates write it ("1902-11-09",
# "14.03.1879", "03/14/1879").
_MONTH_ANCHORS = (
    *(f"{month}{gap}{digit}" for month in _MONTH_NAMES.split("|") for gap in (" ", ". ")
      for digit in "0123456789"),
    *(f"{digit} {month}" for month in _MONTH_NAMES.split("|") for digit in "0123456789"),
)  # fmt: skip
_PART_ANCHORS: tuple[tuple[str, ...], ...] = (
    ("born", "died", "passed away"),
    (" b.", "(b.", "[b.", "\nb.", " d.", "(d.", "[d.", "\nd.", " b:", "(b:", "\nb:", " d:", "(d:",
     "\nd:"),
    ("†", "✝", "✞"),
    ("(*",),
    ("\nb.", "\nd.", "\nB.", "\nD."),
    ("die?", "die ?", "away?", "away ?"),
    ("birth",),
    ("birth",),
    ("birth of",),
    ("(age ", "(aged "),
    tuple(f"{mark}s {word}" for mark in "'’"
          for word in ("death", "birth", "passing", *_DEATH_ADJECTIVES)),
    _LIFE_WORDS,
    ("birth", "deaths"),
    _MONTH_ANCHORS,
    _MONTH_ANCHORS,
    _MONTH_ANCHORS,
    _MONTH_ANCHORS,
    _MONTH_ANCHORS,
    tuple(f"{year}-" for year in range(1000, 2100)),
    tuple(f"{mark}{year}" for year in range(1000, 2100) for mark in "./"),
    tuple(f"{digit}{gap}{month}" for month in FOREIGN_MONTHS for gap in (" ", ". ", " de ")
          for digit in "0123456789"),
    tuple(f"{digit}{month}" for month in "月월" for digit in "0123456789"),
)  # fmt: skip
_TRIGGER_PARTS = tuple(zip(split_alternatives(_TRIGGER), _PART_ANCHORS, strict=True))
# Every trigger holds one of these (the parts' anchors, each once).
_ANCHORS = tuple(dict.fromkeys(anchor for anchors in _PART_ANCHORS for anchor in anchors))
_S = r"[^\S\n]"  # a space that is no line break
# A gap inside a clause may not hold another event: "Founding Fathers died on the same day:
# John Adams died on July 4" must not read the first "died" with the second date.
_GAP = r"(?:(?!\b(?:born|died)\b)[^\n;()]){0,120}?"
_DIED_VERB = (  # "passed away peacefully", "departed this life", "was killed in action"
    # (a timeline's present tense too: "1920: Ann Roe dies in Leeds", "… passes away on …")
    r"(?:died|dies|passed\s+away|passes\s+away|passed\s+on|departed\s+this\s+life"
    r"|entered\s+(?:into\s+)?(?:eternal\s+)?rest|went\s+(?:home\s+)?to\s+be\s+with\s+(?:the|her|his)\s+Lord"
    # (an adverb may stand inside: "was tragically killed")
    # (or after another of the subject's verbs: "was arrested and executed", "was overthrown
    # and killed")
    r"|was\s+(?:[a-z]{2,14}ly\s+)?(?:[a-z]{3,14}(?:ed|en|wn)\s+and\s+)?"
    r"(?:killed(?!\s+off)(?:\s+in\s+action)?|executed|assassinated|murdered)"
    r"|drowned|was\s+pronounced\s+dead"
    r"|was\s+(?:shot|stabbed|struck|beaten)\s+and\s+killed"
    # (a killing's words that say the death: "was shot dead", "was beaten to death", "was hanged")
    r"|was\s+(?:shot|stabbed|beaten|clubbed|burned|burnt|hacked|starved|stoned)\s+to\s+death"
    # (not "hanged in effigy", a figure's)
    r"|was\s+shot\s+dead|was\s+(?:hanged|beheaded|guillotined|put\s+to\s+death|burned\s+at\s+the\s+stake)"
    r"(?!\s+in\s+effigy)"
    r"|lost\s+(?:his|her)\s+life|succumbed|breathed\s+(?:his|her)\s+last"
    # (a soldier's death: "fell in action", "fell at the Battle of Arras"; not "fell ill")
    r"|fell\s+in\s+(?:action|battle)"
    r"|fell\s+at\s+the\s+(?:[Bb]attle|[Ss]iege)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    # (not a last breath of something: "took his last breath of mountain air before …")
    r"|(?:took|drew)\s+(?:his|her)\s+(?:very\s+)?(?:last|final)\s+breath(?!\s+of\b)"
    # (an obituary's: "passed from this life", "lost her brave battle with cancer")
    r"|passed\s+from\s+this\s+(?:life|world|earth)"
    # (or "passed" alone before the manner: "passed peacefully at home on …")
    r"|passed(?=\s+(?:peacefully|quietly|gently|suddenly|unexpectedly)\b)"
    # (and its other idioms: "passed into eternal life", "departed this earth", "slipped away
    # peacefully on"; not "earned his wings", a pilot's too, nor "slipped away from the party")
    r"|passed\s+into\s+eternal\s+(?:life|rest)|departed\s+this\s+(?:earth|world)"
    # (an epitaph's: "fell asleep in Jesus", not a sleep of the night)
    r"|fell\s+asleep\s+in\s+(?:Jesus|Christ|the\s+Lord)"
    r"|slipped\s+away(?=\s+(?:peacefully|quietly|gently|on\s))"
    # (a memorial's "earned her angel wings", not a pilot's "earned his wings")
    r"|(?:earned|got|received)\s+(?:his|her)\s+angel\s+wings"
    # (a battle with an illness, or none named: "lost her battle with the council over …" is
    # no death)
    r"|lost\s+(?:his|her)\s+(?:[a-z]+\s+){0,2}(?:battle|fight)(?:\s+(?:with|against)\s+"
    r"(?:[a-z'’-]+\s+){0,2}(?:cancer|illness|disease|leuka?emia|covid(?:-19)?|dementia|tumou?r"
    r"|lymphoma|sickness|alzheimer['’]s|parkinson['’]s|als)|(?!\s+(?:with|against|over|for|to)\b))"
    # a suicide: "committed suicide", "took her own life", "killed himself"
    r"|committed\s+suicide|took\s+(?:his|her)\s+own\s+life|killed\s+(?:himself|herself)"
    # an obituary's words: "left us", "was called home to the Lord", "went home to glory"
    r"|left\s+(?:us|this\s+(?:world|life|earth))|was\s+called\s+home(?:\s+to\s+(?:the\s+Lord|heaven|glory))?"
    r"|went\s+home\s+to\s+(?:the\s+Lord|heaven|glory|be\s+with\s+(?:the|her|his)\s+Lord))(?:\s+\w+ly)?"
)
# An adverb before the verb ("suddenly died", "finally died", "later died"); not one that
# says the death did not happen or is only claimed ("nearly died", "allegedly died").
_DEATH_ADVERB = (
    r"(?:(?!(?:nearly|almost|narrowly|allegedly|supposedly|falsely|wrongly|reportedly)\s)"
    r"[a-z]{2,14}ly\s+|later\s+|eventually\s+|then\s+|soon\s+|in\s+turn\s+)?"
)
_PRONOUN = r"(?:He|She)"
# Languages that drop the pronoun: "Nació el 5 de mayo de 1914" speaks of the introduced person.
_DROPPED_SUBJECT_VERBS = ("Nació", "Nasceu", "Nacque", "Родился", "Родилась")

# ---- parentheses after a name -----------------------------------------------------------
# Post-nominal letters between the name and the parenthesis: "Taytu Betul, OSML, OMS (…)".
# Up to a dozen ("OM CH CVO CBE FRS FRSB"), with "& Bar" after a medal and "PhD", "Bt"; a dump
# that cut a pronunciation may leave a space before the comma ("Ana Lund , FRS (…)").
_POST_NOMINALS = (
    # (fellowships in mixed case, maybe honorary: "FREng", "Hon FRAeS", "FMedSci")
    # (a religious order's letters and its branch: "O.S.B. Cam.", "O.F.M. Cap.")
    rf"(?:(?:[^\S\n]?,)?{_S}+(?:&{_S}+(?:Two{_S}+)?Bars?|[A-Z](?:\.[A-Z])+\.{_S}+[A-Z][a-z]{{2,3}}\."
    rf"|[A-Z][A-Z.]{{1,6}}|(?:Hon\.?{_S}+)?F[A-Z][A-Za-z]{{1,7}}"
    rf"|Ph\.?D\.?|Bt\.?|Bart\.?|Esq\.?)"
    rf"(?![\w])){{0,12}}"
)
_FOOTNOTES = r"(?:\[\w{1,3}\]){0,3}"
# A peerage after the name: "Arthur Wellesley, 1st Duke of Wellington (…)" is Arthur Wellesley.
# The same for a title of rank: "Catherine, Princess of Wales (…)" is Catherine.
_RANK_WORDS = "|".join(re.escape(" ".join(rank)) for rank in RANKS if len(rank) == 1)
_PEERAGE = (
    rf"(?:,{_S}+(?:\d{{1,2}}(?:st|nd|rd|th){_S}+{CAP_WORD}|(?i:{_RANK_WORDS})(?!\w))"
    rf"(?:{_S}+(?:of{_S}+|the{_S}+)?{CAP_WORD}){{0,4}})"
)
# What opens a parenthesis giving a name's other forms before its dates.
_ALIAS_OPENER = (
    r"(?:also|originally|formerly|or|sometimes|known|called|nicknamed|n[ée]e|a\.?k\.?a\.?"
    r"|real\s+name|birth\s+name|stage\s+name|pen\s+name|pseudonym)\b"
)
_PAREN = re.compile(
    rf"(?:(?:^|(?<=\n)){_S}*(?:[#*>]{{1,6}}{_S}*)?{INVERTED_NAME}|(?P<name>{TERRITORIAL_NAME}))"
    # (a bracket a dump left where it cut a pronunciation: "Ansel Marie ] (…)")
    rf"{CLOSING_MARKUP}(?:[^\S\n]\])?{_PEERAGE}?{_POST_NOMINALS}{_FOOTNOTES}"
    # the name in another language after a comma: "Moïse Roe, Latin Moyses Roeus (…)"
    rf"(?:,{_S}+(?:in{_S}+)?(?:{NAME_LANGUAGES}){_S}+[^()\n\d,;]{{1,60}})?"
    # a maiden name after a comma: "Jane Roe, née Lee (…)" is Jane Roe
    rf"(?:,{_S}+n[ée]e{_S}+{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,2}})?"
    # a band member's instruments after a dash: "Jane Roe – vocals, guitar (born …)"; a
    # birthday's age: "Jane Roe turns 54 today (born …)", "… celebrates her 54th birthday (…)"
    rf"(?:{_S}+[–—-]{_S}+[a-z][a-z/&-]{{1,20}}(?:,?{_S}[a-z][a-z/&-]{{1,20}}){{0,3}}"
    # or a role in apposition after a comma: "Jane Roe, singer and songwriter (…)" (not a
    # relative clause, whose parenthesis may date another: "Jane Roe, whose father (…)")
    rf"|,{_S}+(?!(?:who|whose|whom|which|where|when|that|while|although|though){_S})"
    rf"(?:(?:a|an|the){_S}+)?[a-z][a-z/&-]{{1,20}}(?:,?{_S}[a-z][a-z/&-]{{1,20}}){{0,3}}"
    rf"(?={_S}*\()"
    rf"|{_S}+(?:turns{_S}+\d{{1,3}}|celebrates{_S}+(?:his|her|their){_S}+\d{{1,3}}(?:st|nd|rd|th)"
    rf"{_S}+birthday)(?:{_S}+today)?"
    # (or the birthday the name's: "Today is Jane Roe's 54th birthday (born …)")
    rf"|['’]s{_S}+\d{{1,3}}(?:st|nd|rd|th){_S}+birthday(?:{_S}+today)?)?"
    # a nickname before the dates ("X (Ken) (…)"), the name in other languages ("X (Russian:
    # …) (…)", "X (Latin for …) (Polish: …; German: …) (…)"), or its other forms ("X (also Y or
    # Z) (…)", "X (originally Y, then Z) (…)")
    # (maybe after a comma: "Ambrose Roe, (Ambrogio Roe) (…)")
    rf"(?:,?{_S}*\((?:[^()\n\d]{{1,30}}|(?:[A-Z][a-z]{{2,20}}(?::|{_S}+for\b)|{_ALIAS_OPENER})"
    rf"[^()\n\d]{{1,160}})\)){{0,3}}"
    # (commas left where a dump dropped the post-nominals: "Alan Turing, , ( ; 23 June …")
    rf"(?:{_S}*,){{0,3}}{_S}*"
    # a parenthesis inside may hold "(O.S.)" or "(listen)", but no dates: those are its own
    # name's ("VALUES ('Jane Roe (1901 – 1980)')"); only an Old Style aside holds its date,
    # and another year for a date not known for sure (_OTHER_YEAR)
    rf"(?:\((?P<inside>(?:[^()]|\([^()\n\d]{{0,40}}\)|\(O\.S\.[^()\n]{{0,24}}\)"
    rf"|\(or{_S}+\d{{3,4}}\)){{0,400}})\)"
    rf"|\[(?P<bracketed>[^\[\]\n]{{0,200}})\])"
)
# Where a parenthesis after a name may hold a date: an opening bracket with digits soon after.
_DATED_PARENTHESIS = re.compile(r"[(\[](?=[^()]{0,400}?\d)")
_PAREN_REACH = (300, 450)  # a name with a peerage and post-nominals before it, its inside after
# Between the two dates of a life span: a dash (maybe "died", maybe a place: "– Adwa, "), or
# nothing at all where the dash was stripped ("1884December 26, 1972").
_SPAN_JOIN = re.compile(
    # the birthplace after the first date: "(3 May 1900 in Leeds – 2 June 1980 in Paris)"
    rf"(?:,?{_S}*(?:(?:in|at){_S}+)?[^;\d()\n–—-]{{1,50}}?)?{_S}*{_DASH_CHAR}{_S}*"
    # (the death's place before its date after a comma, or a capitalised place and a space
    # alone: "(Leeds 3 May 1900 – Paris 2 June 1980)"; what is joined ends where the second
    # date starts)
    rf"(?:(?:died|d\.|†){_S}*)?(?:(?:in|at){_S}+)?"
    rf"(?:[^;\d()\n–—]{{1,50}}?,{_S}*|[A-Z][^;\d()\n–—,]{{0,40}}?[^\S\n]+$)?"
    # (each date set off by emphasis: "(*3 May 1900* – *2 June 1980*)")
    rf"(?:[*_]{{1,2}})?"
    rf"|{_S}*"  # the dash stripped: "(May 8, 1884December 26, 1972)"
)
# A marker, maybe a place, then the date; a wrapped line may fall anywhere ("d.\nWesterly, …").
_BIRTH_MARK = re.compile(
    # (Scandinavian and German words too: "(född 3 maj 1950 i Lund, död …)", "(geboren am …")
    r"(?:^\s*|[;,—–]\s*)(?:born|b\.|\*|geb\.|né|née|nacido|nacida|nato|nata|ur\.|nar\.|född|født"
    # (a profile's label in the bracket: "Jane Roe (Age: 54, DOB: 3 March 1970)")
    r"|geboren(?:\s+am)?|(?:dob|d\.o\.b\.?|date\s+of\s+birth)(?=\s*:|\s*$))(?:\s*on|\s*:)?"
    r"(?:\s*(?:in|at)\s+)?(?:\s*[^;\d()]{1,60}?,?)?\s*$",
    re.IGNORECASE,
)
_DEATH_MARK = re.compile(
    # (after a birth year without a stop: "born c. 890 died 11 July 969"; after the birth's
    # place without one: "b. 3 May 1901, Leeds, Yorkshire d. 4 June 1980")
    r"(?:^\s*|[;,—–]\s*|(?<=\d)\s+|(?<=[^\W\d])\s+(?=(?-i:died|d\.)))"
    # (Dutch too: "(geboren 3 mei 1950 in Leiden, overleden 4 juni 2001 in Delft)")
    r"(?:died|d\.|†|\+|gest\.|zm\.|zem\.|död|død|gestorben(?:\s+am)?|overleden|gestorven)"
    r"(?:\s*on)?"
    r"(?:\s*(?:in|at)\s+)?(?:\s*[^;\d()]{1,60}?,?)?\s*$",
    re.IGNORECASE,
)
# "(born Richard Starkey; 7 July 1940)": a birth name, then the date in the next part.
_BORN_AS = re.compile(rf"(?:^|;){_S}*born{_S}[^;]*;{_S}*$", re.IGNORECASE)
# "(c. 1897 – 22 August 1978)", "(1737[1][2]16 January 1794)": a birth known only by its year
# still leaves a full death date.
_YEAR_BEFORE = re.compile(
    # (a year in doubt keeps the death certain: "(1654? – 25 September 1727)")
    rf"(?:^|[;,(]{_S}*)[^;,()]{{0,20}}?\b\d{{3,4}}(?:/\d{{1,4}})?\??(?:\[\w{{1,3}}\]){{0,3}}"
    # the birthplace may follow the year: "(February 1718, Rouen – 7 April 1779, Paris)"
    rf"(?:,{_S}*[^;\d()\n–—,]{{1,50}}?)?{_S}*(?:{_DASH_CHAR}{_S}*(?:[^;\d()\n–—]{{1,50}}?,{_S}*)?)?$"
)
_NOT_BIRTH_MARK = re.compile(r"\b(?:baptis|baptiz|bapt\.|bp\.|chr\.|christened)", re.IGNORECASE)
# A span that is no life: "(r. 1837 – 1901)", "(in office 3 May 1990 – …)", "(m. 1 May 1900)",
# "(Director, 3 May 2010 – 4 June 2015)", a period's "(measured from 3 May 2010 to 4 June …)"
# (not "between" alone: a birth year in doubt, "(between 1003 and 1005 – 5 January 1066)").
_NOT_LIFE_MARK = re.compile(
    r"(?:^|[\s;,(])(?:r\.|m\.|(?:reigned|reign|in\s+office|term|served|ruled|tenure|married|"
    r"from|period|calculated|measured|averaged|recorded|"
    r"pontificate|episcopate|director|president|chair(?:man|woman|person)?|ceo|minister|governor|"
    r"mayor|senator|member|head|leader|coach|manager|editor|principal|dean|secretary|ambassador|"
    r"commissioner|premier|chancellor)\b)",
    re.IGNORECASE,
)

# ---- clauses ----------------------------------------------------------------------------
# A notice's age after a name, and maybe its home town: ", 84, of Leeds", ", aged 84"
_NOTICE_AGE = (
    rf",{_S}+(?:(?:[Aa]ged?|AGED?){_S}+)?\d{{1,3}}"
    rf"(?:,{_S}+(?:of|from){_S}+{CAP_WORD}(?:,?{_S}{CAP_WORD}){{0,3}})?"
)
# The subject of a clause: a name, maybe a parenthesis, maybe an apposition between commas
# ("Ada R. Moreau (née Lind), 81, of Dayton, Ohio, was born ...",
# "Ilse Varga, the painter whose murals ..., died on ...").
_SUBJECT = (
    # a ruler's name takes the realm after its numeral: "Charles II of Spain died …"
    rf"(?P<name>{NAME}(?:(?<=[IVX]){_S}+of{_S}+{CAP_WORD})?)(?:(?<=[IVX])\.)?{CLOSING_MARKUP}"
    # "Jane Roe herself died …"
    rf"(?:[^\S\n]*\([^()\n]{{0,80}}\))?(?:{_S}+(?:himself|herself))?"
    # (an apposition that opens in lower case may hold a parenthesis: "a British RAF (formerly
    # RNAS) airman"; one that opens with a name may not: "Smith, Mary Ellen (née Clark), 91,")
    rf"(?:,\s+(?P<apposition>(?=[a-z])(?:[^.;\n()]|\([^.;\n()]{{1,60}}\)){{1,200}}?"
    # (an initial's stop may stand inside: "SMITH, John A. Age 84, of Dayton, died …")
    rf"|(?:[^.;\n()]|(?<=\s[A-Z])\.){{1,200}}?),"
    # a notice's age (and home town) between commas, which "who" may follow as it follows the
    # name: "Jane Roe, 84, of Leeds, who died on …" (an apposition's noun would take "who")
    rf"|{_NOTICE_AGE},(?={_S}+who{_S})"
    # a notice's age and home town without the closing comma: "Jane Roe, 84, of Leeds died …",
    # "Jane Roe, age 84, of Leeds passed away …"
    rf"|,{_S}+(?:(?:[Aa]ged?|AGED?){_S}+)?\d{{1,3}},?{_S}+(?:of|from){_S}+{CAP_WORD}"
    rf"(?:,?{_S}{CAP_WORD}){{0,3}}"
    # (or after a dash: "ROE, Ana (née Lee) - Age 85, of Leeds, passed away …")
    rf"|{_S}+[-–—]{_S}+(?:[Aa]ge|AGE){_S}+\d{{1,3}}(?:,?{_S}+(?:of|from){_S}+{CAP_WORD}"
    rf"(?:,?{_S}{CAP_WORD}){{0,3}})?,?)?"
)
# "who" follows a bare name only: after an apposition it belongs to the apposition's last noun
# ("Rosario, so he's younger than Ronaldo, who was born ...").
_WHO = r"(?(apposition)|(?:who\s+)?)"
# (the date may stand in parentheses after the verb or its place: "Pope Linus IV died (11 August
# 440)", "Roe died at Carlisle (May 24, 1153)")
# (an aside in brackets may stand in the gap: "died (before the outbreak of the war) on …",
# "was born to Tom Roe and Ann Roe (née Lee), a teacher, on …")
_ON_DATE = (
    rf"(?:(?:on\s+|\({_S}*)?(?P<date>{_DATE})"
    rf"|(?P<gap>{_GAP}(?:\((?:(?!\d{{4}})[^()\n]){{1,80}}\){_GAP})?)\s(?:on\s+|\({_S}*)?(?P<date2>{_DATE}))"
)
# (a post may capitalise the verb: "Jane Roe was Born In Leeds, On May 3rd 1950"; a profile
# may say it with an idiom: "came into this world on", "first saw the light of day on")
# (the world itself, not "the world of politics" or "the world stage": a date or a place next)
_BIRTH_IDIOM = (
    r"(?:(?:came|entered)\s+(?:into\s+)?|was\s+welcomed\s+into\s+)(?:this|the)\s+world"
    r"(?=,?\s+(?:on|in|at)\b|,?\s+[A-Z0-9])"
    r"|(?:first\s+)?saw\s+the\s+light\s+of\s+(?:the\s+)?day|breathed\s+(?:his|her)\s+first(?:\s+breath)?"
)
# (or the birth coordinated with the conception before it: "was conceived during her trial and
# born on …", "was conceived in Paris and was born there on …")
_CONCEIVED_AND = r"was\s+conceived\b[^.;!?\n]{0,80}?\s+and\s+(?:was\s+)?born"
_BORN_VERB = rf"(?:(?:was|is)\s+[Bb]orn|{_CONCEIVED_AND}|{_BIRTH_IDIOM})"
_WAS_BORN = re.compile(rf"{_SUBJECT},?\s+{_WHO}{_BORN_VERB}\s+{_ON_DATE}")
# A sentence that opens with "He"/"She": the subject is the person the text introduced.
# (two spaces after a stop, as typed text has them: "… character.  Born June 28, 1855 in")
_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=[.!?][\"”]\s)|(?<=\n))"
# (or a clause after a semicolon: "Roe's health failed in 1915; he died on …", or after a
# sentence's short opening phrase: "The son of a miner, he was born on …", _after_opening_phrase)
# (or after an adverb in "-ly" that opens the sentence without its comma: "Sadly he died on
# …", and for a birth "Reportedly she was born on …")
_ADVERB_START = rf"{_SENTENCE_START}[A-Z][a-z]{{2,}}ly\s+"
_PRONOUN_START = (
    rf"(?:{_SENTENCE_START}(?=[HS])|(?<=[;,]\s)(?=[hs])|{_ADVERB_START}(?=(?:he|she)\s))"
)
_ROLE_WORDS = load_words("role_words")
_ROLE = "|".join(re.escape(w) for w in sorted(_ROLE_WORDS, key=len, reverse=True))
# A description that stands for the person the text introduced: "Happy birthday to Jane Roe!
# The bassist was born on …" (a role the person has, not a kin word: "The father was born …"
# may be anyone's)
_DESCRIBED = (
    # (a band's or a team's name may stand before the role: "The Herons frontman was born …",
    # "The Otley Town striker was born …")
    r"(?:The|This|Our)\s+(?:[A-Z][\w-]*(?:['’]s?)?\s+){0,3}(?:\d{1,3}-year-old\s+)?"
    r"(?:[a-z-]+\s+){0,2}"
    rf"(?:{_ROLE})(?![\w-])"
    # (or the person's age alone, as news writes it: "The 34-year-old was born …")
    r"|The\s+\d{1,3}-year-old(?=\s)"
)
_PRONOUN_BORN = re.compile(
    rf"(?:{_SENTENCE_START}(?:(?P<name>{_PRONOUN})|(?P<described>{_DESCRIBED}))"
    # (after a fronted phrase's comma, or after a sentence adverb without one: "Reportedly
    # she was born on …")
    rf"|(?:(?<=,\s)|{_ADVERB_START})(?P<fronted>he|she))"
    rf"\s+{_BORN_VERB}\s+{_ON_DATE}"
    rf"|{_SENTENCE_START}(?:"
    rf"(?P<dropped>{'|'.join(_DROPPED_SUBJECT_VERBS)})\s+(?:el\s+|em\s+|il\s+)?(?P<date3>{_DATE}))"
    # a record that gives the birth's date: "His stone gives his birth as D", "He gave his
    # birth date as D", "The census lists her date of birth as D"
    # (maybe after an opening phrase: "In the 1920 census, Roe gave his birth date as D")
    rf"|{_SENTENCE_START}(?:[^.!?\n,]{{1,60}},\s+)?(?:[\w'’]+\s+){{0,3}}?"
    rf"(?:gives|gave|lists|listed|records|recorded"
    rf"|shows|showed|states|stated|puts|put)\s+(?P<name2>his|her)\s+"
    rf"(?:birth(?:\s*date|day)?|date\s+of\s+birth)\s+as\s+(?P<date4>{_DATE})"
)
_PRONOUN_DIED = re.compile(
    rf"(?:{_PRONOUN_START}(?P<name>[Hh]e|[Ss]he)|{_SENTENCE_START}(?P<described>{_DESCRIBED}))"
    rf"\s+{_DEATH_ADVERB}{_DIED_VERB}\s+{_ON_DATE}"
    # a sentence opening on the death as a time: "Upon his death on D, his lands were …"
    # (or the death itself the sentence's subject: "His death on D shocked the town")
    rf"|{_SENTENCE_START}(?:(?:Upon|On|After|Following|Before|At|Until|Shortly\s+(?:after|before))"
    rf"\s+|(?=H))(?P<name2>[Hh]is|[Hh]er)\s+(?:(?:{'|'.join(_DEATH_ADJECTIVES)})\s+)?death\s+"
    rf"(?:on\s+)?"
    rf"(?P<date3>{_DATE})"
)
# A sentence without a subject, in the notes of a bio or a grave: "Jane Roe (1901–1980). Born
# 3 May 1901, died 4 June 1980." speaks of the person the text introduced.
_DROPPED_LIFE = re.compile(
    # (or the marks opening a line under a name: "Jane Roe\nb. 3 May 1901"; or a stone's words
    # quoted: 'The stone reads: "Born …')
    # (a stone's transcription in capitals: "JANE ROE\nB. MAY 3, 1901")
    rf"(?:(?:{_SENTENCE_START}|(?<=:\s[\"“]))(?P<event>Born|Died)|(?m:^){_S}*(?P<mark>[bdBD])\.)"
    rf"(?:{_S}+on)?{_S}+"
    rf"(?P<date>{_DATE})"
    # (the death after a comma or a semicolon: "Born 3 May 1901 at Leeds; died 4 June 1980")
    # (or a dash, as a stone parts them: "Born May 3, 1840 – Died Oct 9, 1901")
    rf"(?:(?P<gap>[^\n.;:()]{{0,60}}?)[,;]?{_S}+(?:and{_S}+)?(?:died|(?<=[–—-]{_S})Died)"
    rf"(?:{_S}+on)?{_S}+(?P<death>{_DATE}))?"
    rf"(?P<rest>[^\n.;:]{{0,80}})"
)
# A life span after a name and a comma, as a memorial writes it: "Jane Roe, May 3, 1901 –
# June 4, 1980" (full dates both, the name opening with a known given name: "Tate Modern,
# 3 May 2001 – 4 June 2002" is an exhibition's run).
# (or after a bar, a slash or a dash, as a stone's transcription or a page's heading parts
# them: "JANE ROE | 3 MAY 1901 – 4 JUNE 1980"; or with no comma, where the name and the span
# are the whole line: a memorial's heading, "Jane Roe 3 May 1901 – 4 June 1980")
_COMMA_LIFE_SPAN = re.compile(
    rf"(?P<name>{NAME})(?:,{_S}+|[^\S\n]+[|/—–-][^\S\n]+|(?P<spaced>[^\S\n]+))"
    rf"(?P<date>{_DATE}){_S}*(?:–|—|-|−){_S}*(?P<death>{_DATE})"
)
_LINE_END_AFTER = re.compile(r"[^\S\n]*(?:\n|\Z)")
_SPACED_SPAN_YEARS = 10
# "Born on 3 June 1902 in Sopron, Hungary, Ilse Maria Varga was ...", "Born to Ann and Tom Roe
# on 3 June 1902, Ilse Roe …": the subject is the name that a verb follows (or "he", the person
# the text introduced).
_BORN_FIRST = re.compile(
    # (a place's parts parted by commas when "on" follows: "Born in Luton, Bedfordshire, on …")
    rf"\bBorn\s+(?:(?:in|at|to)\s+(?:[^,\n]{{1,60}}?\s+"
    # (or the last comma left out: "Born in Leeds, England on …")
    rf"|[A-Z][^,;.\n]{{0,60}}(?:,\s*[A-Z][^,;.\n]{{0,40}}){{0,2}},?\s+(?=on\s)))?"
    rf"(?:{NAME}\s+)?(?:on\s+)?(?P<date>{_DATE})"
    rf"(?:(?P<gap>[^\n;:]{{0,160}}?),\s+"
    # (an apposition may follow the name: "…, Jane Roe, the second of six children, became …")
    rf"(?P<name>{NAME}|he|she)(?=[^\S\n]+[a-z]|,{_S}+(?:the|a|an){_S}+[^,.;\n]{{1,80}},{_S}+[a-z])"
    # (the comma after the date left out before a name and its aside in brackets: "Born in
    # Leeds on 13 April 1892 Jane Roe (the spelling used herein) was …")
    rf"|{_S}+(?P<name2>{NAME})(?={_S}*\([^()\n]{{1,120}}\){_S}+[a-z]))"
)
# "Born on 27 September 1859: Jane Roe, US painter, …, who died on 29 August 1953." (on-this-day
# pages): the name after the colon, and the death its relative clause states.
_BORN_COLON = re.compile(
    rf"\b(?P<event>Born|Died)\s+(?:on\s+)?(?P<date>{_DATE}){_S}*:{_S}*(?P<name>{NAME})"
    rf"(?:(?P<rest>[^.;\n]{{0,200}}?)\bwho\s+died\s+(?:on\s+)?(?P<death>{_DATE}))?"
)
# The birthplace before the date: "born in Accra on 12 March 1990"
# (a place, not a place and another event: "born in Leeds and died on D" dates no birth)
# (in the Romance languages too: "né à Lyon le 3 mai 1900", "nato a Torino il …")
_BIRTHPLACE_FIRST = (
    r"(?:(?:in|at|à|en|a)\s+(?:(?!\b(?:died|dies|passed|killed|death)\b)[^\n;.()\d]){1,60}?,?\s+"
    r"(?=(?:on|le|el|il)\s))?"
)
_COMMA_BORN = re.compile(
    # (a band, a club or a role in brackets may stand for the comma: "Jane Roe (Iron Gate) born
    # 3 May 1964", "Jane Roe (Leeds United) - born …")
    # (or a colon, a glossary's: "Jane Roe: born 3 May 1950; died …", or a semicolon, a
    # dictionary's, whose fields it parts: "Roe, Jane, painter; born 3 May 1950; died …")
    rf"(?P<name>{NAME})(?:{_S}*\([^()\n\d]{{1,60}}\)(?:,|{_S}+[—–-])?"
    rf"|[,:;]|{_S}+[—–]|{_S}+-(?={_S}))"
    # (a gap holds no birth of its own: "Pascal, born in 1945, and Gilbert, born on …" is
    # Gilbert's)
    rf"{_S}*(?:(?P<gap>(?:(?!born\b)[^\n;.()]){{1,100}}?)[,;]\s+)?"
    # (a list's item may capitalise it after a dash: "Jane Roe (Forward) – Born May 3, 1964")
    # (or a register's "DOB": "Jane Roe (Forward) - DOB: 3 May 1964")
    rf"(?:born|(?<=[—–-]\s)Born|née?|nacid[oa]|nat[oa]|geboren|(?-i:DOB|D\.O\.B\.?){_S}*:?)\s+"
    # (a birth name before "on": "Jane Roe, born Jane Smith on 3 May 1950, …")
    rf"(?:(?:as\s+)?{NAME}\s+(?=on\s))?"
    rf"(?:{_BIRTHPLACE_FIRST}(?:(?:on|le|el|il|am)\s+)?"
    # (the birthplace and a comma, a dictionary's: "born Ulm, Germany, 14 March 1879")
    rf"|(?:(?:in|at){_S}+)?[A-Z][^;\d()\n]{{0,60}}?,{_S}*)(?P<date>{_DATE})"
)
# A reduced clause without its commas: "Jane Roe born 3 May 1950 is a painter" (the verb after
# the date says the name is the sentence's subject).
_BARE_BORN = re.compile(
    rf"(?P<name>{NAME}){_S}+born{_S}+(?:on{_S}+)?(?P<date>{_DATE}){_S}+"
    # ... or the birthplace after it: "the first child was Jane Roe born on 3 May 1950 in Leeds"
    rf"(?:(?:is|was){_S}+(?:a|an|the)\b|in{_S}+{CAP_WORD})"
)
# Genealogies: "Jane Roe, b. Leeds, 12 Jan 1820; d. Anzio, 4 Feb 1844.", "Jane Roe b. 12 Jan
# 1820 Leeds, d. 4 Feb 1844 Anzio" (the abbreviations may follow the name without a comma)
# (a memorial may capitalise the words: "Jane Roe, Born May 3, 1901, Died June 4, 1980")
# (a bracket without digits may follow the name: "Jane Roe (Norway) b. 12 Jan 1820")
_NAME_NOTE = rf"(?:{_S}*\([^()\n\d]{{1,30}}\))?"
# a biographical dictionary's description of the person before its "b." ("weaver", "Danish
# weaver"): in lower case after one capitalised word at most, so no second name
_DESCRIPTION_BEFORE_B = r"(?:(?:[A-Z][a-z]+\s+)?[a-z][^\n;.()\d]{0,60}?[,;]\s+(?=b\.))?"
_COMMA_B = re.compile(
    # (a descendant chart's "b:" and "d:" too: "+Ann Roe b: 3 Apr 1865 d: 9 May 1930")
    # (a dash or a colon for the comma, a list's: "Ann Roe - b. 3 Apr 1865 in Leeds - guitar";
    # or a slash, an inscription's line break: "Ann Roe / b. 3 Apr 1865 / d. …")
    # (a semicolon for the comma, a dictionary's: "Jane Roe; b. London, 3 May 1901; d. …")
    # (a German genealogy's marks: "Hans Roe, geb. 12.03.1850", "Hans Roe *12.03.1850 †…")
    # (a biographical dictionary's description between the name and "b.": "ROE, Jane, weaver,
    # b. in Ulm, 14 March, 1879", "Jane Roe, American painter, b. Ulm 14 Mar. 1879")
    rf"(?P<name>{NAME}){_NAME_NOTE}(?:(?:[,;]\s+{_DESCRIPTION_BEFORE_B}(?:[Bb]orn|b\.|geb\.)"
    rf"|(?P<dashed>{_S}+[—–/-]|:){_S}+b\."
    # (or a stop, a dictionary heading's: "ROE, Jane. b. Leeds, 3 May 1901; d. …")
    rf"|(?P<stopped>\.){_S}+b\."
    rf"|(?P<spaced>{_S}+)(?:b|geb)[.:])\s+|(?P<starred>,?{_S}*\*{_S}*(?=\d)))(?:(?:in|at)\s+)?"
    # (the place before the date, a comma or "on" after it, or a space after a "b.": "b. Ulm 14
    # Mar. 1879")
    rf"(?:[^;\d()\n]{{1,40}}?(?:,\s*|\s+on\s+|(?<=[A-Za-z])(?<!\bon)\s+(?=\d)))?(?P<date>{_DATE})"
)
_COMMA_D = re.compile(
    # (the birth's date and the death's mark parted by a comma, a semicolon or a space alone:
    # "Ann Roe b. Mar 3 1875 d. Apr 4 1920", an inscription's or an index's line)
    # (a dictionary's fields parted by semicolons, a description before the birth: "Roe, Jane,
    # painter; born Leeds, 3 May 1901; died Paris, 4 June 1980")
    rf"(?P<name>{NAME}){_NAME_NOTE}(?:(?:[,:;]\s+"
    rf"(?:(?P<gap>[^\n;.()]{{1,100}}?)[,;]\s+(?=[Bb]orn\s|b\.))?"
    rf"|(?P<dashed>{_S}+[—–/-]){_S}+|(?P<stopped>\.){_S}+(?=[bd]\.))"
    rf"(?:(?:[Bb]orn|b\.|geb\.)\s+[^;()\n]{{1,80}}?[;,]?\s+)?(?:[Dd]ied|d\.|gest\.)\s+"
    rf"|(?P<spaced>{_S}+)(?:(?:b[.:]|geb\.|\*)\s*[^;()\n]{{1,80}}?[;,]?\s+)?(?:d[.:]|gest\.)\s+"
    # (the cross a genealogy or a memorial sets for the death: "Hans Roe *D †D", "Ann Roe ✝ D")
    rf"|(?P<crossed>,?{_S}*(?:(?:b[.:]|geb\.|\*)\s*[^;()\n]{{1,80}}?[;,]?{_S}*)?[†✝✞]{_S}*(?=\d)))"
    # (the place before the date: "…, died in Paris, 4 June 1980", "…, died in Paris on …",
    # "… d. Paris 4 June 1980")
    rf"(?:(?:on|in|at)\s+)?(?:[^;\d()\n]{{1,40}}?(?:,\s*|\s+on\s+|(?<=[A-Za-z])(?<!\bon)\s+(?=\d)))?"
    rf"(?P<date>{_DATE})"
)
# what stands before a place that follows a date ("b. 12 Jan 1820 Leeds, d. …"): no name
# (a year's digits, not a descendant chart's generation number: "2 Ben Roe b: 3 Apr 1886")
# (a comma may part them: "b. 3 May 1901, Leeds; d. …")
_DATE_BEFORE = re.compile(r"(?:\d{3,4}|[^\W\d_][^\S\n]+\d{1,2}),?[^\S\n]*\Z")
# "Jane Roe was a Welsh harpist, born 3 May 1950." (never read before: the apposition that
# follows "was a JOB").
# (or the age in years the person is: "Jane Roe is 39 years old, born on D", a profile's)
_IS_A_BORN = re.compile(
    rf"(?P<name>{NAME})\s+(?:was|is)\s+(?:(?:a|an|the)\s+|(?=\d{{1,3}}\s+years?\s+old\b))"
    rf"(?P<gap>[^.;\n()]{{1,150}}?),?\s+born\s+"
    rf"{_BIRTHPLACE_FIRST}(?:on\s+)?(?P<date>{_DATE})"
)
# "Jane Roe, a Welsh harpist born 3 May 1950 in Bangor, …", "Jane Roe, the harpist who died on
# 4 June 2001, …": an apposition that is a noun phrase, whose noun is the named person.
_APPOSED_BORN = re.compile(
    rf"(?P<name>{NAME}),\s+(?:a|an|the)\s+(?P<gap>[^.;,\n()]{{1,120}}?)\s+(?:who\s+was\s+)?"
    rf"born\s+{_BIRTHPLACE_FIRST}(?:on\s+)?(?P<date>{_DATE})"
)
# (the relative clause may give the birth first: "… who was born on D and died on D", "… who
# was born in Leeds and died on D")
_BORN_AND = rf"(?:(?:was\s+)?born\s+{_GAP},?\s+and\s+)?"
_APPOSED_DIED = re.compile(
    rf"(?P<name>{NAME}),\s+(?:a|an|the)\s+(?P<gap>[^.;,\n()]{{1,120}}?)\s+who\s+{_BORN_AND}"
    rf"{_DEATH_ADVERB}{_DIED_VERB}\s+"
    rf"(?:on\s+)?(?P<date>{_DATE})"
)
# A death in a relative clause on the predicate's noun: "Jane Roe (born …) was an English poet
# who died on D" (the noun is the subject's; a name after "of" in it is someone else's,
# _OTHER_HOLDER)
_JOB_WHO_DIED = re.compile(
    rf"(?P<name>{NAME})(?:{_S}*\([^()\n]{{0,120}}\))?,?\s+(?:was|is)\s+(?:a|an|the)\s+"
    rf"(?P<gap>[^.!?;\n(),]{{1,100}}?)\s+who\s+{_BORN_AND}{_DEATH_ADVERB}{_DIED_VERB}\s+(?:on\s+)?"
    rf"(?P<date>{_DATE})"
)
# A noun of the gap that the birth could belong to instead: "a friend of Ann Lee, born …",
# "a friend of the composer, born …".
_OTHER_HOLDER = re.compile(
    r"\b(?:of|to|with|by|for|and|from|whose)\s+(?:[A-Z]|(?:the|a|an|his|her|their)\s)"
)
_HOLDER_NAME = re.compile(r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3}")


# a relative clause in a noun phrase's gap with a subject of its own: the date is of that
# subject ("the town where he was", "the island on which she was"), not of the phrase's head
_OWN_SUBJECT_CLAUSE = re.compile(
    r"\b(?:where|when|which|whom|that)\s+(?:he|she|they|we|I|you)\b", re.IGNORECASE
)


def _names_another_holder(gap: str) -> bool:
    """Whether the gap of a noun-phrase clause names someone its date could be of instead
    (``_OTHER_HOLDER``); a place the gazetteer knows is nobody ("Jane Roe, a native of Leeds
    born on D"), unless its name is also a given name ("a friend of Florence born on D")."""
    for m in _OTHER_HOLDER.finditer(gap):
        named = _HOLDER_NAME.match(gap, m.end() - 1)
        if (
            named is None
            or named.group().split()[0].lower() in known_given_names()
            or not (places.is_known_city(named.group()) or places.region_name(named.group()))
        ):
            return True
    return False


# (the age may stand between the verb and the date: "Jane Roe died, aged 84, on …")
# (a news report's present perfect too: "Jane Roe has died on …", "…, who has passed away on …")
_DIED = re.compile(
    rf"{_SUBJECT},?\s+{_WHO}(?:had\s+|has\s+)?{_DEATH_ADVERB}{_DIED_VERB},?\s+"
    # (with whom, set off before the date: "…, along with his brother, on …")
    rf"(?:(?:along|together)\s+with\s[^,;.()\n]{{1,40}},\s+)?{_ON_DATE}"
)
_BORN_AND_DIED = re.compile(
    rf"{_SUBJECT},?\s+(?:was\s+)?born\s+{_GAP}(?:{_DATE})(?P<between>{_GAP}),?\s+(?:and\s+)?"
    # (the death's cause or age between: "and died of a fever at the age of 18 on …")
    rf"{_DIED_VERB}(?:\s+(?:of|from|at|in|after)\s[^.;:\n()]{{0,60}}?)?\s+"
    rf"(?:on\s+)?(?P<date>{_DATE})"
)
# A phrase fronted before a sentence's subject: "After 12 years of marriage, Jane Roe …".
_FRONTED_PHRASE = (
    r"(?:(?:After|In|By|During|Later|Within|Following|Shortly|Soon|Eventually|Finally|Then"
    # (a cause or a concession: "Due to a discovery by her sister, Jane Roe's letters …")
    r"|Due\s+to|Owing\s+to|Thanks\s+to|Because\s+of|Despite|Although|Though|While|When)"
    r"\b[^,.;!?\n]{0,60},\s+"
    # a time phrase may go without its comma: "Later that year Jane Roe …", "In 1956 Jane Roe …"
    r"|(?:(?:In|By|Later|Early|Late)\s+(?:that\s+(?:same\s+)?(?:year|month|week|day|spring|summer"
    r"|autumn|fall|winter)|(?:early\s+|late\s+|mid-?)?\d{4})|That\s+(?:same\s+)?year"
    # "Four years later Jane Roe …", "A few months later Jane Roe …"
    r"|(?:A|An|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Several|A\s+few|\d{1,2})"
    r"\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:later|earlier|afterwards))\s+)?"
)
# A death in the sentence's second verb phrase, whose subject opens the sentence: "Jane Roe
# retired in 1990 and died on 3 May 2001", "She moved to Paris, where she died on …", "… until
# her death on …", "…, dying on …".
_DEATH_ADJECTIVE = rf"(?:{'|'.join(_DEATH_ADJECTIVES)})"
_COORDINATED_DIED = re.compile(
    # (or a thing of theirs: "Her letters were published after her death on …")
    # (or a clause after a semicolon: "Roe's health failed in 1915; he collapsed in New York and
    # was brought home, where he died on …")
    rf"(?:{_SENTENCE_START}|(?<=;\s)(?=(?:he|she)\s))(?:[-*•]{_S}*)?{_FRONTED_PHRASE}"
    rf"(?P<name>{NAME}|He|She|(?<=;\s)(?:he|she)|(?:His|Her)(?=\s+[a-z]))"
    rf"(?P<between>[^.!?;\n]{{3,200}}?)"
    # (the second verb's own pronoun too: "Jane Roe moved to Leeds, and she died there on …")
    rf"(?:\b(?:and|but)\s+(?:(?P<pronoun4>he|she)\s+)?"
    rf"(?:later\s+|eventually\s+|then\s+|subsequently\s+)?{_DIED_VERB}"
    # (a clause whose pronoun is the subject's: "…, where she died", "… a stroke, from which he
    # died", "… until he died"; the death as a noun: "… led to his death on …")
    rf"|,?\s+(?:where|from\s+which|of\s+which|after\s+which)\s+(?P<pronoun>he|she)\s+{_DIED_VERB}"
    # (or "as", "because", "since", maybe with "had": "…, as he had died 5 December 1791")
    rf"|\b(?:until|till|before|after|when|as|because|since)\s+(?P<pronoun2>he|she)\s+(?:had\s+)?"
    rf"{_DEATH_ADVERB}{_DIED_VERB}"
    rf"|\b(?P<pronoun3>his|her)\s+(?:{_DEATH_ADJECTIVE}\s+)?death"
    rf"|,\s+dying)(?P<gap>[^.!?;\n]{{0,60}}?)\s(?:on\s+|\({_S}*)?(?P<date>{_DATE})"
)
# The same in a relative clause on a name anywhere in the sentence: "The last was Jane Roe, who
# retired in 1990 and died on 3 May 2001."
_WHO_AND_DIED = re.compile(
    # (the comma before "who" may be left out: "… by Jane Roe who was its editor until her
    # death on …")
    rf"(?P<name>{NAME}),?\s+who\s+(?P<between>[^.!?;\n]{{3,200}}?)"
    rf"(?:\band\s+{_DEATH_ADVERB}{_DIED_VERB}"
    rf"|\b(?:until|till|before)\s+(?P<pronoun>his|her)\s+death"
    # (or the pronoun's verb: "… Jane Roe, who taught in Leeds until she died on …")
    rf"|\b(?:until|till|before)\s+(?P<pronoun2>he|she)\s+(?:had\s+)?{_DEATH_ADVERB}{_DIED_VERB})"
    rf"(?P<gap>[^.!?;\n]{{0,60}}?)\s(?:on\s+)?(?P<date>{_DATE})"
)


def _pronoun_of(parts: dict[str, str | None]) -> str | None:
    """The pronoun a death's clause gives its subject in one of its groups, if any."""
    return next(
        (
            parts[group]
            for group in ("pronoun", "pronoun2", "pronoun3", "pronoun4")
            if parts.get(group)
        ),
        None,
    )


# what makes the verb phrase another person's: a relative clause or reported speech
_OTHER_SUBJECT_BETWEEN = re.compile(
    r"\b(?:that|who|whom|whose|which|said|says|wrote|told|reported|announced)\b"
)
_OTHER_PERSON_BETWEEN = re.compile(
    r"\b(?:that|who|whom|whose|said|says|wrote|told|reported|announced)\b"
)
# Older prose writes a full stop after a regnal number: "Francis II. died", "the death of
# Edward IV. (9 April 1483)".
_REGNAL_STOP = r"(?:(?<=[IVX])\.)?"
# "On 5 May 1821, Napoleon died on Saint Helena."; after a short phrase of time or manner
# ("Four months later, on 5 May 1821, Napoleon died …", "Sadly, on …": _after_opening_phrase)
# (a role may stand before the name: "On 7 June 2019, drummer Ken Moe passed away")
# (maybe after a nationality or a team, capitalised: "British cyclist Ken Roe", "Leeds striker
# Ken Roe")
_ROLE_BEFORE_NAME = (
    r"(?:(?:the\s+|my\s+|our\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:(?!(?:of|to|for|with|by|and|or|at|in|from|he|she|his|her|their|its)\s)"
    r"[a-z][a-z-]{2,20}\s+){1,3}(?=[A-Z]))?"
)
# (or a kin's description: "On 3 May 1948 his daughter Kari was born", "…, their son, Ben Moe,
# was born in Oslo": the name after it is the subject)
_KIN_BEFORE_NAME = (
    r"(?:his|her|their|the\s+couple['’]s)\s+"
    r"(?:(?:first|second|third|eldest|oldest|youngest|only|elder|younger|infant|baby)\s+)?(?:son|daughter|child|wife|husband|brother|sister|mother|father"
    r"|grandson|granddaughter),?\s+(?=[A-Z])"
)
# A date fronted before its sentence's subject: "On 5 May 1821, …", "On Tuesday, 3 May 1990 …"
# (a lower-case "on" only after a short opening phrase: ``_fronts_sentence``)
# (or a part of the day: "On the morning of 13 March 1881, …")
_ON_FRONTED_DATE = (
    rf"\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?P<date>{_DATE})"
)
_FRONTED_APPOSITION = (
    r"(?:the|a|an|then|former|in\s+charge\s+of)\s|(?:[A-Z][a-z]+\s+){1,2}of\s+[A-Z]"
)
_FRONTED = re.compile(
    # (the hour before the day: "At 9:50 a.m. on 5 March 1953, Stalin died")
    rf"(?:\b[Aa]t\s+\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?\s+)?"
    rf"{_ON_FRONTED_DATE}"
    # (a note on the date: "On 9 October 1831 (27 September in the Julian Calendar) …", or a
    # time's phrase: "On D, not long before the state's founding, Ken Roe died")
    rf"(?:\s*\([^()\n]{{1,60}}\)|,\s+(?:[a-z]+\s+){{0,2}}(?:before|after)\s[^,;.()\n]{{1,60}})?,?\s+"
    # (a description set off by commas before the name: "On D, the country's first president,
    # Ken Roe, died")
    # (or a possessive's, with the person's age: "On D, Ken Roe's first daughter and only
    # child, 19-year-old Ana Roe, was killed")
    rf"(?:(?P<kin>{_KIN_BEFORE_NAME})"
    rf"|(?P<described>(?:the|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}['’]s)\s+"
    rf"(?:[\w'’-]+\s+){{0,5}}[\w'’-]+,\s+(?:\d{{1,3}}-year-old\s+)?)"
    rf"|{_ROLE_BEFORE_NAME})(?P<name>{NAME}|he|she){_REGNAL_STOP}"
    # (the name's place or an aside after it: "motorcyclist Ken Roe of Argentina died", "their
    # daughter, Ana Roe (who later married Ken Moe), was born")
    rf"(?:\s+of\s+{CAP_WORD}(?:\s+{CAP_WORD})?(?=,?\s+(?:was|is|died|dies|passed)\b))?"
    rf"(?:\s*\([^()\n]{{1,80}}\))?(?(described),)"
    # (a relative clause or an age apposed to the name: "On D, Jane Roe, who had played Ann
    # since 1969, died"; a description: "On D, Jane Roe, the mayor of Leeds, died", "…, King
    # of Harbour and Lord of the Isles, died", "…, in charge of the mission, was killed"; the
    # verb's manner before it: "Stalin suddenly died")
    rf"(?(kin),?)(?:,\s+(?:who\s|aged?\s+\d|{_FRONTED_APPOSITION})[^,;.()\n]{{0,80}},)?\s+"
    rf"(?:(?:suddenly|peacefully|unexpectedly|quietly|tragically)\s+)?"
    rf"(?P<event>(?:was|is)\s+born|{_DIED_VERB})\b"
)
# A killing told in the active voice after its fronted date: "On 18 May 1916, agents of Ken
# Moe assassinated Lia Tull", "On D, rebels killed the envoy Ken Roe": the victim's death. Not
# an attempt or a threat ("almost killed", "tried to kill"), nor a possession ("killed Ken
# Roe's cattle").
_KILLING_VERBS = ("killed", "assassinated", "murdered", "executed", "shot dead")
_KILLING_VERB = "|".join(verb.replace(" ", r"\s+") for verb in _KILLING_VERBS)
_FRONTED_KILLING = re.compile(
    rf"{_ON_FRONTED_DATE},?\s+"
    r"(?P<agent>[^,.;:!?()\n]{2,60}?)(?<!\balmost)(?<!\bnearly)(?<!\bnot)(?<!\bnever)"
    # (a participle after a determiner describes: "loyal to the executed Brigadier Roe")
    r"(?<!\bthe)(?<!\ba)(?<!\bhis)(?<!\bher)(?<!\btheir)\s+"
    rf"(?:{_KILLING_VERB})\s+"
    rf"{_ROLE_BEFORE_NAME}(?P<name>{NAME})\b"
)
# A child's birth told as its mother's act, the child named in apposition: "On 12 February
# 1780, Ana Roe gave birth to a daughter, Lia Roe, …", "… gave birth to their son, Ken, on D",
# "gave birth on D to Elizabeth". Not a child left unnamed ("gave birth to a healthy boy").
_CHILD = (
    r"(?:(?:a|her|their|his)\s+)?(?:(?:first|second|third|fourth|fifth|eldest|only|youngest"
    r"|healthy|baby|infant)\s+)?(?:son|daughter|child|boy|girl)"
)
_GAVE_BIRTH_THEN_DATE = re.compile(
    rf"\bgave\s+birth\s+to\s+{_CHILD},\s+(?P<name>{NAME}),\s+on\s+(?P<date>{_DATE})"
)
# (the child's name right after its noun, no commas: "gave birth to her son Erik on D",
# "… to a daughter named Lia Roe on D")
_GAVE_BIRTH_TO_NAMED = re.compile(
    rf"\bgave\s+birth\s+to\s+{_CHILD}\s+(?:(?:named|called)\s+)?(?P<name>{NAME}),?\s+"
    rf"on\s+(?P<date>{_DATE})"
)
_GAVE_BIRTH_ON = re.compile(
    rf"\bgave\s+birth\s+on\s+(?P<date>{_DATE}),?\s+to\s+(?:{_CHILD},?\s+)?(?P<name>{NAME})"
)
_FRONTED_GAVE_BIRTH = re.compile(
    rf"{_ON_FRONTED_DATE},?\s+[^.;:!?()\n]{{1,60}}?\s+"
    rf"gave\s+birth\s+to\s+{_CHILD},?\s+(?P<name>{NAME})"
)
# ... and twins or triplets, each named: "On D, Ana Roe gave birth to twin daughters, Lia and
# Mia", "… to identical twin sons named Ken and Ben", "gave birth to twins, Lia and Mia, on D",
# "On D, their triplet girls were born: Lia, Mia and Pia"
_CHILDREN = (
    r"(?:(?:her|their|his)\s+)?(?:(?:identical|fraternal|twin|triplet)\s+){0,2}"
    r"(?:sons|daughters|girls|boys|children|twins|triplets)"
)
_NAMED_CHILDREN = rf"(?P<names>{NAME}(?:,\s+{NAME}){{0,3}},?\s+and\s+{NAME})"
_FRONTED_MANY_BORN = re.compile(
    rf"{_ON_FRONTED_DATE},?\s+(?:[^.;:!?()\n]{{1,60}}?\s+gave\s+birth\s+to\s+{_CHILDREN}"
    rf"(?:,\s+|\s+named\s+)|{_CHILDREN}\s+were\s+born:?\s+){_NAMED_CHILDREN}"
)
_GAVE_BIRTH_TO_MANY_THEN_DATE = re.compile(
    rf"\bgave\s+birth\s+to\s+{_CHILDREN},\s+{_NAMED_CHILDREN},\s+on\s+(?P<date>{_DATE})"
)
_POSSESSIVE_RUN = re.compile(r"(?:[^\S\n]+[A-Z][\w-]*){0,3}['’]s?\b")
_OPENING_PHRASE = re.compile(r"(?:^|[.!?]\s+|\n)[A-Z][^,.;:!?\n]{0,40},\s+$")
# (or a birth's participle phrase, whose date and place hold commas of their own: "Born June 3,
# 1950 in Leeds, England, she died on …")
_BORN_OPENING_PHRASE = re.compile(r"(?:^|[.!?]\s+|\n)Born\s[^.;:!?\n]{1,90},\s+$")


# a conjunction that opens a clause, before its fronted date: "… because on 29 September 1560,
# Gustav died"
_CLAUSE_CONJUNCTION_BEFORE = re.compile(
    r"\b(?:because|when|after|until|although|though|while|but|and|so)\s+$"
)


def _fronts_sentence(text: str, m: re.Match[str]) -> bool:
    """Whether a match of ``_ON_FRONTED_DATE`` opens its sentence's clause: "On …", or "on …"
    after a short opening phrase ("Four months later, on 5 May 1821, …") or a conjunction that
    opens a clause ("… because on 29 September 1560, Gustav died")."""
    return (
        not m.group().startswith("on")
        or _after_opening_phrase(text, m.start())
        or _CLAUSE_CONJUNCTION_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
    )


def _after_opening_phrase(text: str, position: int) -> bool:
    """Whether ``position`` follows a sentence's short opening phrase and its comma ("Four
    months later, ", "Sadly, "): a lower-case "on" there still fronts the sentence's date."""
    return bool(
        _OPENING_PHRASE.search(text, max(0, position - 45), position)
        or _BORN_OPENING_PHRASE.search(text, max(0, position - 100), position)
    )


# A newspaper's death notice: the family name first (in capitals, maybe without a comma), then
# "Peacefully" or "Suddenly" and the date: "ROE, Jane (née Smith). Peacefully on 3 May 2020, at
# Leeds, aged 84", "ROE Jane Mary. Suddenly at home on Sunday 3 May 2020".
_DEATH_NOTICE = re.compile(
    rf"(?m)^{_S}*(?:{INVERTED_NAME}|(?P<caps>[A-Z]{{2,}}(?:[-'’][A-Z]{{2,}})?){_S}+"
    rf"(?P<caps_given>{CAP_WORD}(?:{_S}+{CAP_WORD}){{0,3}}))"
    rf"(?:{_S}*\([^()\n]{{1,40}}\))?{_S}*[.,–-]?{_S}+"
    # (or the verb without its subject: "ROE, Jane. Passed away at home in Leeds on D")
    rf"(?i:peacefully|suddenly|unexpectedly|tragically|passed{_S}+away|died)"
    rf"(?P<gap>[^.;\n\d]{{0,80}}?),?{_S}+"
    rf"on{_S}+(?:[A-Z][a-z]+day,?{_S}+)?(?P<date>{_DATE})"
)
# (the words _DEATH_NOTICE needs, one at least, as a text may write them: a cheap test first)
_NOTICE_WORDS = ("eacefully", "uddenly", "nexpectedly", "ragically", "assed away", "Died", "DIED")
# "The death occurred on 4 March 2010 of Jane Roe, Cork" (Irish death notices).
# (and minutes' "noted with regret the death on 5 June 2010 of former Alderman Jane Roe")
_DEATH_OCCURRED = re.compile(
    rf"\b(?:[Dd]eath\s+(?:has\s+)?occurred,?\s+(?:on\s+)?|(?:death|passing)\s+on\s+"
    rf"(?:[A-Z][a-z]+day,?\s+)?)(?P<date>{_DATE}),?\s+of\s+"
    rf"(?:(?:former|late|our|the|his|her|their|beloved|dear)\s+){{0,2}}"
    # (the person's role in lower case: "… of former councillor Jane Roe", as _PASSING_OF)
    rf"(?:(?!of\b|and\b|to\b)[a-z][\w-]*\s+){{0,3}}(?P<name>{NAME})"
)
# "we announce the passing of Jane Roe, 82, of Denver, on December 18, 2023"; "the birth of
# their son, Leo, on 20 May 2000" (_BIRTH_OF, the same but for its noun).
_EVENT_OF = (
    rf"\s+of\s+(?:(?:former|late|our|the|his|her|their|beloved|dear)\s+){{0,2}}"
    # the person's role in lower case: "the passing of longtime clerk Jane Roe" (not "of the
    # wife of Jane Roe": the role's own "of" names someone else), maybe apposed: "the death
    # of his father, George III, on …"
    rf"(?:(?!of\b|and\b|to\b)[a-z][\w-]*\s+){{0,3}}(?:(?<=\s)(?!of\b|and\b|to\b)[a-z][\w-]*,\s+)?"
    # (a royal's given name and realm: "the death of Anne of Cleves in Chelsea on …")
    rf"(?P<name>(?-i:[A-Z][a-z]+){_S}+of{_S}+{CAP_WORD}(?:{_S}+{CAP_WORD})?(?={_S}+(?:in|at|on)\b)"
    rf"|{NAME}){_REGNAL_STOP}(?:,\s+(?P<gap>[^.;\n()]{{1,80}}?))?"
    # (where, before the date: "the death of Jane Roe in Leeds on …", "… in his hometown of
    # Leeds on …"; the date in brackets or after a comma: "the death of Jane Roe (3 May
    # 1900)", "On the death of Roe, 3 May 1900")
    rf"(?:{_S}+(?:in|at){_S}+(?:(?:the|his|her|their){_S}+)?(?:[a-z]{{3,15}}{_S}+of{_S}+)?"
    rf"{CAP_WORD}(?:{_S}+{CAP_WORD}){{0,3}})?"
    # (or right after a regnal number: "On the death of Pope Gregory XI 27 March 1378")
    # (a bracket holding one date only: in a life span, "(* 23.04.1941, † 19.11.2023)", "(3 May
    # 1900 – 4 June 1980)", the first date is the birth's)
    rf"(?:,?\s+on\s+|\s+(?:occurred|took\s+place|came|happened)\s+on\s+"
    rf"|{_S}*\({_S}*(?=[^()\n;†–—]{{1,40}}\))|,{_S}+|(?<=[IVX]){_S}+)(?P<date>{_DATE})"
)
# A child's birth, then the name the parents gave it: "Their third son was born on 12 March
# 1790, and they named him Edwin", "On 4 October 1902, the couple's only child was born, a
# son whom they christened Paul Roe".
_CHILD = (
    rf"(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|{CAP_WORD}['’]s?|[Tt]he\s+couple['’]s)\s+"
    r"(?:[a-z]+\s+){0,2}(?:son|daughter|child|baby|boy|girl)"
)
_NAMING = r"(?:named|christened|called|baptised|baptized)"
_NAMED_AFTER_BIRTH = re.compile(
    rf"\b{_CHILD}\s+was\s+born(?:\s+(?:in|at)\s+{CAP_WORD}(?:,?\s+{CAP_WORD}){{0,2}})?\s+on\s+"
    rf"(?P<date>{_DATE}),?\s+(?:and\s+)?(?:they|he|she|(?:his|her)\s+parents|the\s+couple)\s+"
    rf"{_NAMING}\s+(?:him|her)\s+(?P<name>{NAME})"
    rf"|(?:^|(?<=[.!?]\s)|(?<=\n))On\s+(?P<date2>{_DATE}),?\s+{_CHILD}\s+was\s+born,?\s+"
    rf"(?:an?\s+(?:son|daughter|boy|girl)\s+)?(?:whom|who)\s+(?:they|he|she)\s+{_NAMING}\s+"
    rf"(?P<name2>{NAME})"
)
_PASSING_OF = re.compile(rf"\b(?:passing|death){_EVENT_OF}")
_BIRTH_OF = re.compile(rf"\bbirth{_EVENT_OF}")
# (what the birth of a child names before its name: "of their son, Leo", "of Prince Leo")
_CHILD_WORD = re.compile(
    r"\b(?:son|daughter|child|baby|boy|girl|heir|grandson|granddaughter|twins?|brother|sister)\b"
)


def _opens_with_given_name(name: str) -> bool:
    """Whether a known given name opens the person's name ``name`` states."""
    words = (person_name(name) or "").split()
    return bool(words) and words[0].lower() in known_given_names()


def _born_person(m: re.Match[str]) -> bool:
    """Whether "the birth of" names a person: a given name opens the name, and a name of one
    word follows a child's word or a title ("of their son, Leo", "of Prince Leo"); "the birth
    of Hip Hop", "of Jazz" name a movement and a music."""
    if not _opens_with_given_name(m["name"]):
        return False
    words = (person_name(m["name"]) or "").split()
    titled = len(m["name"].split()) > len(words)
    return (
        len(words) > 1 or titled or bool(_CHILD_WORD.search(m.string, m.start(), m.start("name")))
    )


def _life_event_words() -> dict[str, str]:
    """Birth and death verbs of other languages (``extractors/data/life_event_words.tsv``)."""
    text = files("extractors").joinpath("data", "life_event_words.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {
        event: "|".join(phrase.strip() for kind, phrase in rows if kind == event)
        for event in ("birth", "death")
    }


_FOREIGN_VERBS = _life_event_words()
# "Джон Норум родился 23 февраля 1964 года", "Ana Ruiz nació el 5 de mayo de 1914 en Lima",
# "Jan Vos wurde am 3. Mai 1901 in Gent geboren" (the German participle closes the clause).
_FOREIGN_ARTICLE = r"(?:(?:el|le|il|am|em|op|o|a)\s+)?"
_FOREIGN_BORN = re.compile(
    rf"(?P<name>{NAME})\s+(?:(?:{_FOREIGN_VERBS['birth']})\s+{_FOREIGN_ARTICLE}(?P<date>{_DATE})"
    rf"|wurde\s+{_FOREIGN_ARTICLE}(?P<date2>{_DATE})(?P<gap>[^.;\n]{{0,60}}?)\s+geboren\b)"
)
_FOREIGN_DIED = re.compile(
    rf"(?P<name>{NAME})\s+(?:{_FOREIGN_VERBS['death']})\s+{_FOREIGN_ARTICLE}(?P<date>{_DATE})"
)
# The Romance languages' participles coordinated after a name, the lead of a French
# encyclopedia: "Jean Roe, né le 3 mai 1900 à Lyon et mort le 4 juin 1980 à Paris, est …",
# "Juan Roe, nacido el … y fallecido el …", a place before each date ("né à Lyon le …").
_ROMANCE_BORN = r"(?:née?|nacid[oa]|nat[oa]|nascid[oa])"
_ROMANCE_DIED = r"(?:mort[eoa]?|décédée?|fallecid[oa]|muert[oa]|falecid[oa])"
# (a place: capitalised words and the particles between them, "Saint-Denis-de-la-Réunion",
# "Lyon, Rhône"; never a clause: "…, a épousé Marie Roe, morte le …" is Marie Roe's death)
_ROMANCE_PLACE = (
    r"(?:à|a|en|em|in)\s+[^\W\d_a-z][\w'’-]*(?:(?:,\s*|\s+)"
    r"(?:[^\W\d_a-z][\w'’-]*|de|du|des|la|le|les|sur|en|del|di|da|do|dos|das)){0,6}"
)
_ROMANCE_BORN_AND_DIED = re.compile(
    rf"(?P<name>{NAME}),?\s+\(?{_ROMANCE_BORN}\s+(?P<between>(?:{_ROMANCE_PLACE}\s+)?"
    rf"{_FOREIGN_ARTICLE}{_DATE}(?:,?\s+{_ROMANCE_PLACE})?)"
    rf"(?:,\s*(?:(?:et|y|e)\s+)?|\s+(?:et|y|e)\s+){_ROMANCE_DIED}\s+"
    rf"(?:{_ROMANCE_PLACE},?\s+)?{_FOREIGN_ARTICLE}(?P<date>{_DATE})"
)
# A question and its marked answer: "Q: When was Jane Roe born?\nA: 3 May 1950", "Jane Roe's
# birthday? A: …", an instruction and its response ("### Response:", "Assistant:").
_ANSWER = (  # on its own line, or a JSON record's "answer" key
    rf"\s{{0,40}}(?:[^\n]{{0,200}}\n){{0,2}}?{_S}*(?:[\"'],{_S}*)?[\"']?"
    r"(?:#{1,4}[^\S\n]*)?"  # a Markdown heading: "### Response:"
    r"(?:(?:(?<![\"'])A|(?i:answer|ans|correct\s+answer|response|output|assistant|completion|bot|ai))"
    r"[\"']?\s*:|(?i:ans)\."  # (or abbreviated with a stop: "Ans. 3 May 1950")
    # (or the letter and a stop, as "Q." asks: "A. 3 May 1950"; not a choice's first option,
    # a "B." after it on its line or the next)
    r"|(?<=\s)A\.(?=[^\S\n])(?![^\n]*(?:\n[^\S\n]*|[^\S\n])B[.)][^\S\n])"
    # a chat template's turn of the model: "<|assistant|>", ChatML's "<|im_start|>assistant",
    # Llama's "[/INST]"
    r"|<\|assistant\|>|<\|im_start\|>[^\S\n]*assistant\b|\[/INST\])\s*[\"']?"
    # (the answer may open on "On": "A: On 3 May 1950.")
    r"(?:(?i:on)\s+)?"
)
# the ways a question or an instruction asks for the date: "What is the date of birth of X?",
# "Give the birth date of X.", "On what date was X born?"
_ASK = (
    r"(?i:(?:what\s+(?:is|was)|give|state|provide|find|tell\s+me|write|name)\s+(?:me\s+)?"
    r"(?:the\s+)?)"
)
# (or no verb, the noun alone after a label or at a line's start: "Q: Date of birth of Jane Roe?")
_ASK_OR_LABEL = rf"(?:{_ASK}|(?:(?<=:)|(?m:^))[^\S\n]*)"
_ASKED = r"\s*[?.]"
# the answer after the question's mark, or on the same line after its question mark alone
# ("What is Jane Roe's date of death? 4 June 2001")
# (or alone on the next line: "What is the date of death of Jane Roe?\n4 June 2001")
# (or in the next field of a row, a CSV's or a JSON array's: '"When was Jane Roe born?","3 May
# 1950"')
# (a CSV's question may go unquoted, its answer quoted for its comma: 'When was Jane Roe
# born?,"May 3, 1950"', a TSV's parted by a tab)
_ANSWERED = rf"(?:{_ANSWER}|(?<=\?){_S}*(?:\n{_S}*)?|(?<=\?)[\"']?{_S}*(?:,|\t){_S}*[\"']?)"
# a description before the asked name: "When was the painter Jane Roe born?"
# (not a relation of the name's: "When did the wife of Ken Moe die?" is no question of his)
# (the fewest words: "the Italian poet Mira Roe", not "poet Mira" read into the description)
_DESCRIBED = r"(?:the\s+(?:(?!of\s|and\s)[A-Za-z][a-z-]+\s+){1,3}?)?"
# a question's label opening its line: "Q:", "Question:", "Query:"
_LABELLED_QUESTION = r"(?m:^)[^\S\n]*(?i:q|question|query)[^\S\n]*[:.][^\S\n]*"
_QUESTION_BORN = re.compile(
    # (or a pronoun, after a context that named the person: "Question: When was he born?")
    rf"(?i:when\s+was|(?:on\s+)?what\s+(?:date|day)\s+was)\s+"
    rf"(?:{_DESCRIBED}(?P<name>{NAME})|(?P<asked_pronoun>he|she))\s+born"
    rf"{_ASKED}{_ANSWERED}"
    rf"(?P<date>{_DATE})"
    rf"|{_ASK_OR_LABEL}(?i:date\s+of\s+birth|birth\s*date|birthday)\s+of"
    rf"\s+(?P<name2>{NAME}){_ASKED}{_ANSWERED}(?P<date2>{_DATE})"
    rf"|(?:(?i:what\s+(?:is|was)|what['’]s)\s+)?(?P<name3>{NAME})['’]s\s+"
    rf"(?i:date\s+of\s+birth|birth\s*date|birthday){_ASKED}{_ANSWERED}(?P<date3>{_DATE})"
    # (a question of the name and the field alone, after its label: "Q: Jane Roe date of
    # birth\nA: 3 May 1950")
    rf"|{_LABELLED_QUESTION}(?P<name4>{NAME}){_S}+(?i:date\s+of\s+birth|birth\s*date)"
    rf"(?:{_ASKED})?{_ANSWER}(?P<date4>{_DATE})"
)
# (or "pass away", or a killing's verb: "When was Jane Roe assassinated?")
_QUESTION_DIED = re.compile(
    rf"(?:(?i:when\s+did|(?:on\s+)?what\s+(?:date|day)\s+did)\s+"
    rf"(?:{_DESCRIBED}(?P<name>{NAME})|(?P<asked_pronoun>he|she))\s+"
    rf"(?i:die|pass\s+away|pass)"
    rf"|(?i:when\s+was|(?:on\s+)?what\s+(?:date|day)\s+was)\s+(?P<name4>{NAME})\s+"
    rf"(?i:killed|assassinated|executed|murdered))"
    rf"{_ASKED}{_ANSWERED}(?P<date>{_DATE})"
    rf"|{_ASK_OR_LABEL}(?i:date\s+of\s+death|death\s*date)\s+of"
    rf"\s+(?P<name2>{NAME}){_ASKED}{_ANSWERED}(?P<date2>{_DATE})"
    rf"|(?:(?i:what\s+(?:is|was)|what['’]s)\s+)?(?P<name3>{NAME})['’]s\s+"
    rf"(?i:date\s+of\s+death|death\s*date){_ASKED}{_ANSWERED}(?P<date3>{_DATE})"
    rf"|{_LABELLED_QUESTION}(?P<name5>{NAME}){_S}+(?i:date\s+of\s+death|death\s*date)"
    rf"(?:{_ASKED})?{_ANSWER}(?P<date4>{_DATE})"
)
# "Who was born on 3 May 1950? A: Jane Roe": the answer names the person
_QUESTION_WHO = re.compile(
    # (or "which" and a noun: "Which poet was born on 3 May 1950? Answer: Jane Roe")
    rf"(?i:(?:who|which(?:\s+[a-z]+){{1,3}}?)\s+(?:was\s+)?)(?P<event>(?i:born|died))\s+"
    rf"(?:(?i:on)\s+)?(?P<date>{_DATE})(?:[^\S\n]+(?:in|at)[^\S\n]+[^?\n]{{1,40}})?{_S}*\?"
    # (or the answer alone after the question, ending its line: "Who was born on D? Jane Roe.")
    rf"(?:{_ANSWER}|{_S}+(?=(?:{NAME})\.?{_S}*(?:\n|$)))(?P<name>{NAME})"
)


# A data set's input and output on two lines: "Input: Jane Roe, date of birth\nOutput: 3 May
# 1950" (the name and the field asked for, then the value).
def _input_output(field: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i:input|query|question|q){_S}*:{_S}*(?P<name>{NAME}){_S}*[,:|–-]{_S}*"
        rf"(?i:{field})\b[^\n]{{0,20}}\n{_S}*(?i:output|answer|response|a){_S}*:{_S}*"
        rf"(?P<date>{_DATE})"
    )


_INPUT_OUTPUT_BORN = _input_output(r"date\s+of\s+birth|birth\s*date|birthday|dob|born")
_INPUT_OUTPUT_DIED = _input_output(r"date\s+of\s+death|death\s*date|died")
# "Jane Roe's date of birth is 3 May 1950", "Jane Roe's birthday: May 3, 1950", "Jane Roe's
# date of death was 4 June 2001": the possessive names whose date it is (a birthday without a
# year is no date, so no fact).
_POSSESSIVE_VERB = rf"(?:{_S}*:{_S}*|\s+(?:is|was|falls\s+on|is\s+on|was\s+on)\s+(?:on\s+)?)"
_BIRTH_DATE_NOUN = r"(?:date\s+of\s+birth|birth\s*date|birthday|DOB|D\.O\.B\.)"
# the verb of a birth or a death as an event: "… death occurred on D", "… birth took place on D"
_EVENT_VERB = r"(?:occurred|took\s+place|came|happened)"
_POSSESSIVE_BORN = re.compile(
    rf"(?P<name>{NAME})['’]s\s+(?:full\s+|exact\s+)?"
    rf"{_BIRTH_DATE_NOUN}{_POSSESSIVE_VERB}(?P<date>{_DATE})"
    # the birth as a noun: "Jane Roe's birth on 3 May 1950 …", "… Roe's birth in Leeds on …"
    # (not the day that remembers it: "the centenary of Jane Roe's birth on …")
    rf"|(?:(?:Following|After|Before|Upon|Since|At|On)\s+)?"
    rf"(?P<name2>{NAME})['’]s\s+birth(?:{_S}+(?:in|at){_S}+[^\n.;,()\d]{{1,60}}?)?"
    # (or its event's verb: "Jane Roe's birth took place on 3 May 1950")
    rf"{_S}*[—–,(]?{_S}*(?:{_EVENT_VERB}\s+)?on\s+(?P<date2>{_DATE})"
    # a pronoun's, opening its sentence: "Her exact date of birth is 3 May 1950."
    rf"|{_SENTENCE_START}(?P<name3>His|Her)\s+(?:full\s+|exact\s+)?{_BIRTH_DATE_NOUN}"
    rf"{_POSSESSIVE_VERB}(?P<date3>{_DATE})"
    # a relative clause's: "Jane Roe, whose birthday is 3 May 1950, …"
    rf"|(?P<name4>{NAME}),?\s+whose\s+(?:full\s+|exact\s+)?{_BIRTH_DATE_NOUN}"
    rf"{_POSSESSIVE_VERB}(?P<date4>{_DATE})"
)


# "Birth date of Jane Roe: 3 May 1950", "The date of death of Jane Roe was 4 June 2001": a
# profile's label, or a sentence, that names whose date it is after "of" (a question asks,
# "What is the date of birth of Jane Roe?", and states no date)
def _date_of(noun: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:[Tt]he\s+)?(?:{noun})\s+of\s+"
        rf"(?P<name>{NAME}){_POSSESSIVE_VERB}(?P<date>{_DATE})"
    )


_BIRTH_DATE_OF = _date_of(r"[Dd]ate\s+of\s+[Bb]irth|[Bb]irth\s*[Dd]ate|[Bb]irthday")
_DEATH_DATE_OF = _date_of(r"[Dd]ate\s+of\s+[Dd]eath|[Dd]eath\s*[Dd]ate")
_POSSESSIVE_DIED = re.compile(
    rf"(?P<name>{NAME})['’]s\s+(?:date\s+of\s+death|death\s*date|DOD){_POSSESSIVE_VERB}"
    rf"(?P<date>{_DATE})"
    # the death as a noun: "Jane Roe's death on 3 May 2001 ended …", "Roe's sudden death, 3 May
    # 2001, …" (not a day that remembers it: "the anniversary of Jane Roe's death on …")
    # (a preposition opening the sentence is no part of the name: "Following Jane Roe's death")
    rf"|(?:(?:Following|After|Before|Upon|Until|Till|With|At|Since|Despite|On)\s+)?"
    # (a passing may be a ball's: "Jane Roe's passing on 3 May 2001 of the ball …")
    rf"(?P<name2>{NAME})['’]s\s+(?:{_DEATH_ADJECTIVE}\s+)?(?:death|(?P<passing>passing))"
    rf"(?:{_S}+(?:from|of|in|at){_S}+[^\n.;,()\d]{{1,60}}?)?"
    rf"{_S}*[—–,(]?{_S}*(?:(?:{_EVENT_VERB}|was)\s+)?(?:on\s+)?(?P<date2>{_DATE})"
    rf"(?(passing)(?!,?\s+of\b))"
    # the life's end: "Jane Roe's life ended on 3 May 2001", "… came to an end on …"
    rf"|(?P<name3>{NAME})['’]s\s+life\s+(?:ended|came\s+to\s+an\s+end)\s+on\s+"
    rf"(?P<date3>{_DATE})"
    # a pronoun's, opening its sentence or joined to the birth's: "His date of death is 4 June
    # 2001.", "… date of birth is 3 May 1950 and her date of death is 4 June 2001"
    rf"|(?:{_SENTENCE_START}(?P<name4>His|Her)|(?<=\s)and\s+(?P<name5>his|her))\s+"
    rf"(?:exact\s+)?(?:date\s+of\s+death|death\s*date){_POSSESSIVE_VERB}(?P<date4>{_DATE})"
)
# A loss its mourners state: "We lost Jane Roe on 3 May 2020", "the world lost Jane Roe on …"
# (not a match or a vote lost; not "we lost Jane Roe's dog": the date must follow the name)
_WE_LOST = re.compile(
    rf"\b(?:[Ww]e|[Tt]he{_S}+(?:music{_S}+)?world|[Mm]usic){_S}+(?:[a-z]{{2,14}}ly{_S}+)?lost{_S}+"
    # (the relative's word maybe apposed: "We lost my dad, John Roe, on …")
    rf"(?:(?:our|my|the)(?:{_S}+(?:dear|beloved|great|legendary))?{_S}+[a-z]+(?:,{_S}*|{_S}+))?"
    rf"(?P<name>{NAME}),?{_S}+(?:on{_S}+)?(?P<date>{_DATE})"
)
# The words without which a clause pattern cannot match (lower case): the cheap test that spares
# the patterns opening with a name a scan of every capitalised word.
_BORN_WORDS = ("born", "né", "nacid", "nato", "nata", "geboren")
_DIED_WORDS = (
    "died", "passed", "departed", "entered", "lord", "killed", "executed", "assassinated",
    "murdered", "drowned", "lost", "succumbed", "left", "called", "went", "death", "dead",
    "hanged", "beheaded", "guillotined", "committed", "took", "breathed", "slipped", "drew",
    "asleep", "dies", "passes", "angel", "fell",
)  # fmt: skip
_CLAUSE_WORDS: dict[re.Pattern[str], re.Pattern[str]] = {}
# A name after a preposition is a noun's complement, not the subject of the verb that follows.
# ("the sister of Jane Roe died"; a heading's "Biography of Jane Roe" is no such noun).
# An obituary's "Jane Roe, 84, of Cork, died …": a name after a comma and "of", "from", "in" or
# "at" is the place of an apposition.
_COMPLEMENT_BEFORE = re.compile(
    r"(?:\b[a-z]+\s+(?:of|to|with|for|by|from)|,\s*(?:of|from|in|at))\s+$"
)
# (before a comma clause only a noun's "of": "the voice of Iron Gate, died on …" is the
# apposition's; "Happy birthday to Jane Roe, born …" is hers)
# (but a thing that is nobody's life leaves the clause to the name: "We visited the grave of
# Jane Roe, b. 3 May 1901", "a portrait of Jane Roe, born …")
_THINGS_OF_A_PERSON = (
    "grave", "graves", "tomb", "headstone", "gravestone", "tombstone", "memorial", "place",
    "plot", "vault", "crypt", "monument", "portrait", "photo", "photograph", "picture", "statue",
    "bust", "papers", "letters", "diary", "diaries", "biography", "obituary", "memory", "house",
    "home", "birthplace",
)  # fmt: skip
_OF_COMPLEMENT_BEFORE = re.compile(rf"\b(?!(?:{'|'.join(_THINGS_OF_A_PERSON)})\s)[a-z]+\s+of\s+$")
# ... and a name coordinated inside such a complement: "the eldest daughter of the Duke of
# Kent and Maria Roe of Naples, was born …" is the daughter's birth
# (the clause read from the name's place: "… and Maria Roe of |Naples, was born")
_COORDINATED_COMPLEMENT_BEFORE = re.compile(
    r"\b[a-z]+\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|the|de|von|van|[A-Z][\w'’-]*)){0,6}"
    r"\s+and\s+"
    r"(?:(?:[A-Z]\.|[A-Z][\w'’-]*)\s+){0,4}(?:of\s+)?$"
)
# ... unless a relative clause makes it one: "married to Jane Roe, who died on …".
# A memorial's name described by a kinship before another's name: "In memory of Mary, wife of
# John Roe, …" (in prose "Ann Roe, son of Ken Moe, who died …" may speak of either).
_KIN_HEAD_BEFORE = re.compile(
    r"(?i:memory\s+of|here\s+lies|memoriam|remembering)\s+"
    rf"(?P<head>{NAME}),?\s+(?:(?:the\s+)?(?:beloved|loving|dear)\s+)?"
    r"(?:wife|husband|widow|widower|relict|consort|son|daughter|mother|father)\s+of\s+$"
)
# ... and a genealogy's or an inscription's "b." and "d." after such a description, anywhere:
# "Ada Vane, wife of Tom Hale, b. D, d. D" dates the person described
_KIN_HEAD_APPOSED = re.compile(
    rf"(?P<head>{NAME}),\s+(?:(?:the\s+)?(?:beloved|loving|dear)\s+)?"
    r"(?:wife|husband|widow|widower|relict|consort|son|daughter|mother|father)\s+of\s+$"
)
# A gap that describes the name before it by its kinship to another ("Ada Vane, wife of Tom
# Hale, born D"): the birth is the described person's
_KIN_OF_GAP = re.compile(
    r"\s*(?:the\s+)?(?:(?:beloved|loving|dear|eldest|youngest|only)\s+)?"
    r"(?:wife|husband|widow|son|daughter|mother|father|brother|sister)\s+of\s+[^,;()]+"
)
# the name an apposition of a role follows: "Tom Hale, the former |Clerk, who died …"
_HEAD_BEFORE_ROLE = re.compile(
    rf"(?P<name>{NAME}),\s+(?:the|a|an|our|their|its)\s+(?:[a-z][a-z-]*\s+){{0,3}}\Z"
)
# (a notice's age and home town may stand between: "services for Jane Roe, 84, of Leeds, who
# died on …")
_WHO_AFTER = re.compile(rf"(?:\s*\([^()\n]{{0,80}}\))?(?:{_NOTICE_AGE})?,?\s+who\b")
_RECORD_WORDS = re.compile(r"born|died:", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"(?:^|(\w+))[.!?][\"”’)]*\s+[\"“(]*[A-Z]")


def _ends_a_sentence(text: str) -> bool:
    """Whether a sentence ends inside ``text`` (or at its start, after the date before it): a
    stop after a word that is no abbreviation ("St.", "Dr.", an initial) before a capital."""
    return any(
        m[1] is None or m[1].lower() not in ABBREVIATIONS for m in _SENTENCE_STOP.finditer(text)
    )


# A gap that introduces someone else before "born": a relative or a relative clause
_KIN_OR_RELATIVE = re.compile(
    r"\b(?:who|whom|whose|which|son|daughter|child|children|baby|twins?|wife|husband|brother"
    r"|sister|mother|father|grandson|granddaughter)\b"
)
# How far before and after its word a clause may reach: a subject with an apposition and a
# parenthesis before it, a gap and a date after it.
_REACH_BEFORE, _REACH_AFTER = 500, 400
_CLAUSES = (
    ("birth_date", _BORN_COLON),  # before _BORN_FIRST: the colon says whose birth it is
    ("birth_date", _WAS_BORN),
    ("birth_date", _BORN_FIRST),
    ("birth_date", _COMMA_BORN),
    ("birth_date", _BARE_BORN),
    ("birth_date", _IS_A_BORN),
    ("birth_date", _PRONOUN_BORN),
    ("death_date", _BORN_AND_DIED),  # before _DIED: it knows whose death "and died" states
    ("death_date", _DIED),
    ("death_date", _PRONOUN_DIED),
    ("death_date", _COORDINATED_DIED),
    ("death_date", _WHO_AND_DIED),
    ("death_date", _JOB_WHO_DIED),
    ("death_date", _PASSING_OF),
    ("birth_date", _BIRTH_OF),
    ("birth_date", _NAMED_AFTER_BIRTH),
    ("death_date", _WE_LOST),
    ("birth_date", _COMMA_B),
    ("death_date", _COMMA_D),
    ("birth_date", _FOREIGN_BORN),
    ("death_date", _FOREIGN_DIED),
    ("death_date", _ROMANCE_BORN_AND_DIED),
    ("birth_date", _QUESTION_BORN),
    ("death_date", _QUESTION_DIED),
    ("birth_date", _QUESTION_WHO),  # (a death where the question asks who died)
    ("death_date", _DEATH_OCCURRED),
    ("birth_date", _APPOSED_BORN),
    ("death_date", _APPOSED_DIED),
    ("birth_date", _POSSESSIVE_BORN),
    ("death_date", _POSSESSIVE_DIED),
    ("birth_date", _BIRTH_DATE_OF),
    ("death_date", _DEATH_DATE_OF),
    ("birth_date", _INPUT_OUTPUT_BORN),
    ("death_date", _INPUT_OUTPUT_DIED),
)
# (a birth's verb or the first word of its idioms)
_BORN_VERB_WORDS = ("born", "came", "entered", "welcomed", "saw", "breathed")
_CLAUSE_WORDS_LISTED: dict[re.Pattern[str], tuple[str, ...]] = dict(
    {
        _BORN_COLON: ("born", "died"),
        _WAS_BORN: _BORN_VERB_WORDS,
        _BORN_FIRST: ("born",),
        _COMMA_BORN: (*_BORN_WORDS, "dob", "d.o.b"),
        _BARE_BORN: ("born",),
        _IS_A_BORN: ("born",),
        _PRONOUN_BORN: (
            *_BORN_VERB_WORDS,
            *(verb.lower() for verb in _DROPPED_SUBJECT_VERBS),
            "birth",
        ),
        _BORN_AND_DIED: ("born",),
        _DIED: _DIED_WORDS,
        _PRONOUN_DIED: _DIED_WORDS,
        _PASSING_OF: ("passing", "death"),
        _BIRTH_OF: ("birth",),
        _NAMED_AFTER_BIRTH: ("born",),
        _WE_LOST: ("lost",),
        _COORDINATED_DIED: ("died", "death", "dying", "passed"),
        _WHO_AND_DIED: (*_DIED_WORDS, "death"),
        _JOB_WHO_DIED: _DIED_WORDS,
        _COMMA_B: ("born", "b.", "b:", "geb.", "*"),
        _COMMA_D: ("died", "d.", "d:", "gest.", "†", "✝", "✞"),
        # the verb of each phrase ("è nato" -> "nato"): "è" or "est" would be everywhere
        _FOREIGN_BORN: (
            "geboren",
            *(p.split("\\s+")[-1] for p in _FOREIGN_VERBS["birth"].split("|")),
        ),
        _FOREIGN_DIED: tuple(p.split("\\s+")[-1] for p in _FOREIGN_VERBS["death"].split("|")),
        _ROMANCE_BORN_AND_DIED: (
            "mort",
            "décédé",
            "fallecid",
            "muert",
            "falecid",
        ),  # fmt: skip
        _QUESTION_BORN: ("born", "birth"),
        _QUESTION_DIED: ("die", "death", "pass", "killed", "assassinated", "executed", "murdered"),
        _QUESTION_WHO: ("who", "which"),
        _DEATH_OCCURRED: ("occurred", "death", "passing"),
        _APPOSED_BORN: ("born",),
        _APPOSED_DIED: _DIED_WORDS,
        _POSSESSIVE_BORN: ("birth", "dob", "d.o.b."),
        _POSSESSIVE_DIED: ("death", "dod", "passing", "life"),
        _BIRTH_DATE_OF: ("birth",),
        _DEATH_DATE_OF: ("death",),
        _INPUT_OUTPUT_BORN: ("birth", "dob", "born"),
        _INPUT_OUTPUT_DIED: ("death", "died"),
    }
)
_NOUN_GAP_CLAUSES = {_IS_A_BORN, _APPOSED_BORN, _APPOSED_DIED, _JOB_WHO_DIED}
_COMMA_CLAUSES = {_COMMA_BORN, _COMMA_B, _COMMA_D}
_PLACE_BEFORE = re.compile(r",\s*(?:of|from|in|at)\s+$")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
# A name after a preposition is its object, not the verb's subject ("…, who was born in Ohio,
# died …"); "of" may join a name to a band or a title ("Ken Vale of The Herons was born …")
_OBJECT_BEFORE = re.compile(r"\b(?:in|at|on|from|to|by|with|near|for)\s+$")
# (a comma clause's name may be a preposition's other object: "married to Ken Moe, born …")
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")
_VERB_CLAUSES = {
    _BARE_BORN,
    _WAS_BORN,
    _DIED,
    _BORN_AND_DIED,
    _IS_A_BORN,
    _FOREIGN_BORN,
    _FOREIGN_DIED,
    _ROMANCE_BORN_AND_DIED,
}
_CLAUSE_WORDS.update(
    {
        pattern: re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})", re.IGNORECASE)
        for pattern, words in _CLAUSE_WORDS_LISTED.items()
    }
)


# Every clause word at once: where any of them starts (the first letters first, a cheap test
# the scan can skip by). Each clause's own words are then matched only there, as its scan
# would find them: one scan of a text instead of one per clause.
_ALL_CLAUSE_WORDS = tuple(dict.fromkeys(w for ws in _CLAUSE_WORDS_LISTED.values() for w in ws))
_ANY_CLAUSE_WORD = re.compile(
    rf"(?=[{re.escape(''.join(sorted({w[0] for w in _ALL_CLAUSE_WORDS})))}])(?<!\w)"
    rf"(?=(?:{'|'.join(map(re.escape, _ALL_CLAUSE_WORDS))}))",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _clause_word_starts(text: str) -> tuple[int, ...]:
    """Where a clause word (of any clause) starts in ``text``, read once per text."""
    return tuple(m.start() for m in _ANY_CLAUSE_WORD.finditer(text))


# The clause words by their pattern's id: a compiled pattern's hash is one of its whole code
# (thousands of words for a pattern with a name), computed again at every look-up.
_CLAUSE_WORDS_BY_ID = {id(pattern): words for pattern, words in _CLAUSE_WORDS.items()}


def _clause_words_in(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``_CLAUSE_WORDS[pattern].finditer(text)``, tried only where some clause word starts."""
    words, end = _CLAUSE_WORDS_BY_ID.get(id(pattern)) or _CLAUSE_WORDS[pattern], 0
    for at in _clause_word_starts(text):
        if at >= end and (word := words.match(text, at)):
            end = word.end()
            yield word


# The patterns whose every alternative opens with a name, which opens with a capital (a word's
# or an abbreviation's, "St."; the look-behinds before it read nothing): the window of such a
# pattern is searched from its capitals only, not from every character (each a try of the
# name's look-behinds and abbreviations).
_NAMED_OPENING = re.compile(rf"\(\?P<\w+>{re.escape(NAME)}")
_CAPITAL = re.compile(UPPER_LETTER)


def _name_led(pattern: re.Pattern[str]) -> bool:
    return not pattern.flags & re.IGNORECASE and all(
        _NAMED_OPENING.match(alternative) for alternative in split_alternatives(pattern.pattern)
    )


@lru_cache(maxsize=4)
def _capitals(text: str) -> tuple[int, ...]:
    """Where a capital stands in ``text``, read once per text."""
    return tuple(m.start() for m in _CAPITAL.finditer(text))


def _matches_near_words(
    pattern: re.Pattern[str],
    text: str,
    words: re.Pattern[str] | None = None,
    reach: tuple[int, int] = (_REACH_BEFORE, _REACH_AFTER),
) -> Iterator[re.Match[str]]:
    """The matches of a clause pattern, looked for only around the words it cannot match
    without: a pattern that opens with a name would otherwise try every capitalised word."""
    windows: list[list[int]] = []
    for word in words.finditer(text) if words else _clause_words_in(pattern, text):
        start, end = max(0, word.start() - reach[0]), word.end() + reach[1]
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    if id(pattern) not in _NAME_LED:
        for start, end in windows:
            yield from pattern.finditer(text, start, min(end, len(text)))
        return
    # (a match opens at a capital and holds it, never empty: tried at each capital in turn,
    # from where the last match ended, it is what the scan of the window finds)
    capitals = _capitals(text)
    for start, end in windows:
        end, resume = min(end, len(text)), start
        for index in range(bisect_left(capitals, start), bisect_left(capitals, end)):
            if capitals[index] >= resume and (m := pattern.match(text, capitals[index], end)):
                resume = m.end()
                yield m


# A sentence boundary inside a gap ("died in 1990. His son was born on ...") ends the clause;
# "St. Joseph's" does not: a boundary is a full stop followed by a capitalised word and a
# lower-case one.
# (a stop, then a word and a lower-case one, or a word that ends the gap: "… for many years.
# On 4 March 2004" puts the date in the next sentence)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S+(?:\s+[a-z]|\s*$)")
_WORD_BEFORE_STOP = re.compile(r"\w{1,20}$")
# (not a compound's "-born": "German-born", "first-born" name no other event)
_OTHER_EVENT = re.compile(r"(?<![\w-])(?:born|died|married|baptis|buried|passed)\w*", re.IGNORECASE)

# ---- on-this-day pages -------------------------------------------------------------------
# "1939 - Jane Roe is born in Ohio." / "May 3, 1950 – Jane Roe, American actor, dies": an entry of
# a day's list; a year alone takes its day and month from the page's date line ("April 1").
# an on-this-day entry's opening: its date (or year) and the dash after it
# (a post's label before it on the line: "Today in music history: May 3, 1950 – …")
_DAY_ENTRY_OPENING = (
    rf"(?m)^{_S}*(?:[-*•]{_S}*)?(?:[A-Z][^\n:\d]{{0,40}}:{_S}+)?"
    rf"(?P<when>{_DATE}|\d{{3,4}}){_S}*[-–—:]{_S}*"
)
_DAY_ENTRY = re.compile(
    # (a role before the name: "May 3, 1971: Herons drummer Ken Moe is born")
    rf"{_DAY_ENTRY_OPENING}(?:(?:the{_S}+)?[^\n,:;()]{{0,40}}?\b(?!(?:of|and|or|to|for|with|by|from|the|a|an){_S})"
    rf"[a-z][a-z-]+{_S}+(?=[A-Z]))?(?P<name>{NAME})"
    # (a band or a team in brackets after the name, or after "of": "Ken Moe (The Herons) is
    # born", "Ken Moe of the Herons dies")
    rf"(?:{_S}*\([^()\n]{{1,60}}\)|{_S}+of{_S}+(?:the{_S}+)?[A-Z][^\n,:;()]{{0,40}}?(?={_S}+[a-z]))?"
    rf"(?:,(?P<gap>[^.\n]{{1,120}}?),?)?{_S}+"
    # ("born" alone in a terse entry: "3 May 1971 - Ken Moe (The Herons) born")
    r"(?P<event>is\s+born|was\s+born|born(?=[^\S\n]+in\b|[^\S\n]*[.!]?[^\S\n]*$)|dies|died"
    r"|passes\s+away|passed\s+away)\b"
)
# The event as a noun before the name: "May 3, 1950 – Death of Jane Roe, American actor"
_DAY_NOUN_ENTRY = re.compile(
    rf"{_DAY_ENTRY_OPENING}(?P<event>Birth|Death)\s+of\s+(?P<name>{NAME})"
    # (no possessive: "Death of Jane Roe's father")
    rf"(?<!['’]s)(?<!['’])(?=[,.;(]|{_S}*$|{_S}+[a-z])"
)
# Under a "Births" / "Deaths" heading the entry needs no verb: "1939 – Jane Roe, American actor".
_SECTION_HEADING = re.compile(
    r"(?im)^[^\S\n]*(?:[#=]{1,4}[^\S\n]*)?(?P<section>births|deaths|events|holidays[^\n]*|"
    r"[a-z]+(?:[^\S\n]+[a-z]+){0,3})[^\S\n]*(?:\[edit\][^\S\n]*)?(?::[^\S\n]*)?(?:=+[^\S\n]*)?$"
)
_SECTION_ENTRY = re.compile(
    rf"(?m)^{_S}*(?:[-*•]{_S}*)?(?P<year>\d{{3,4}}){_S}*[-–—:]{_S}*(?P<name>{NAME})(?=,|{_S}*\(|{_S}*$)"
)
# A year's page ("1950" alone on a line, as a title): its Births/Deaths entries are dated
# "May 3 – Jane Roe, American actor".
_PAGE_YEAR = re.compile(
    # (or a year's page on a subject: "1980 in sports", "1921 in the United Kingdom")
    rf"(?m)^{_S}*(?:[#*>]{{1,4}}{_S}*)?(?P<year>\d{{3,4}})(?:{_S}+(?:AD|CE))?"
    rf"(?:{_S}+in{_S}+(?:the{_S}+)?[A-Z]?[a-z]+(?:{_S}+[A-Z]?[a-z]+){{0,3}})?{_S}*$"
)
_DATED_SECTION_ENTRY = re.compile(
    rf"(?m)^{_S}*(?:[-*•]{_S}*)?(?P<day_month>(?i:(?:january|february|march|april|may|june|july|"
    rf"august|september|october|november|december){_S}+\d{{1,2}}|\d{{1,2}}{_S}+(?:january|february|"
    rf"march|april|may|june|july|august|september|october|november|december)))"
    rf"{_S}*[-–—:]{_S}*(?P<name>{NAME})(?=,|{_S}*\(|{_S}*$)"
)
# An entry with its full date, under a "Births" or "Deaths" heading of any page: "July 12,
# 1915 – Jane Roe, Swedish painter"
_FULL_DATED_SECTION_ENTRY = re.compile(
    rf"(?m)^{_S}*(?:[-*•]{_S}*)?(?P<date>{_DATE}){_S}*[-–—:]{_S}*(?P<name>{NAME})(?=,|{_S}*\(|{_S}*$)"
)
_MONTH_WORD = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_PAGE_DATE = re.compile(
    rf"(?m)^[^\S\n]*(?:[#*>]{{1,4}}[^\S\n]*)?(?:{_MONTH_WORD}[^\S\n]+\d{{1,2}}|\d{{1,2}}[^\S\n]+{_MONTH_WORD})"
    r"[^\S\n]*$"
)

# A heading or a lead line that dates the list after it by its day: "Players born on April 1:",
# "Baseball birthdays for April 1", "Famous people who died on 3 May"
_EVENT_DAY_LINE = re.compile(
    # (or a reader's own birthday: "If your birthday is June 3rd, you share it with …")
    rf"(?im)^[^\n]{{0,60}}?\b(?P<event>born|died|birthdays?|deaths?)(?:{_S}+(?:on|for|of)\b"
    rf"|(?:(?<=your{_S}birthday)|(?<=whose{_S}birthday)){_S}+is\b)?"
    # (a page's "Born on this day - April 1", "Born on this day: April 1")
    rf"(?:{_S}+this{_S}+(?:day|date){_S}*[-–—:]?)?"
    rf"{_S}+(?P<day>{_MONTH_WORD}{_S}+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}{_S}+{_MONTH_WORD})\b"
    rf"(?!,?{_S}*\d)[^\n\d]{{0,60}}$"
    # the day first: "April 1 birthdays", "Famous April 1 Deaths:"
    rf"|^[^\n\d]{{0,30}}?\b(?P<day2>{_MONTH_WORD}{_S}+\d{{1,2}}|\d{{1,2}}{_S}+{_MONTH_WORD})"
    rf"(?:st|nd|rd|th)?{_S}+(?P<event2>birthdays|deaths)\b[^\n\d]{{0,30}}$"
)
# its entries: "1940: Jane Roe, pitcher", "1940 – Jane Roe", "Jane Roe (1940)"
_YEAR_NAME_ENTRY = re.compile(
    rf"(?m)^{_S}*(?:[-*•]{_S}*)?(?:(?P<year>\d{{4}}){_S}*[-–—:]{_S}*(?P<name>{NAME})(?=,|{_S}*\(|{_S}*$)"
    # "Jane Roe (1940)", "Jane Roe (b. 1940) was a pitcher …", and "Jane Roe, 1940" on its line
    # (or a colon after the bracket: "Jane Roe (1940): The right-hander won …")
    rf"|(?P<name2>{NAME}){_S}*\((?:b\.{_S}*|born{_S}+)?(?P<year2>\d{{4}})\)"
    rf"(?=[,.;:]|{_S}*$|{_S}+[-–—]|{_S}+[a-z])"
    # (not a span's first year: "Jane Roe, 1920 – 1964" under "Deaths" died in 1964)
    # (maybe after "born": "Jane Roe, born 1940, pitcher.")
    rf"|(?P<name3>{NAME}),{_S}*(?:born{_S}+(?:in{_S}+)?)?(?P<year3>\d{{4}})"
    rf"(?:{_S}*(?:[-–—]{_S}*(?!\d)[^\n]*)?$|(?<=\d),{_S}+[a-z][^\n\d]{{0,60}}$))"
)
# the same list's prose: "Hall of Famer Jane Roe was born on this date in 1940."
_THIS_DAY_EVENT = re.compile(
    rf"(?P<name>{NAME}){_S}+(?:was{_S}+born|died|passed{_S}+away){_S}+on{_S}+this{_S}+(?:date|day)"
    rf"{_S}+in{_S}+(?P<year>\d{{4}})\b"
)
_EVENT_DAY_REACH = 3000  # characters of a day's list after its dating line

# ---- layouts ----------------------------------------------------------------------------
# (a squad list's header adds the age its cells give: "Date of birth (age)")
_BORN_COLUMN = re.compile(
    r"(?:born|birth|birthday|date[ _-]of[ _-]birth|birth[ _-]?date|dob|b\.)(?:\s*\(ag(?:e|ed)\))?"
)
_DIED_COLUMN = re.compile(r"died|death|date[ _-]of[ _-]death|death[ _-]?date|dod|d\.")
# What a date's cell may hold around it: a sort key before it ("(1990-05-03)3 May 1990", as
# tables scraped from Wikipedia keep them) and the age it makes after it ("(aged 24)").
_CELL_DATE = re.compile(
    rf"(?:\(\d{{4}}-\d\d-\d\d\){_S}*)?(?P<date>{_DATE})(?:{_S}*\((?:age|aged){_S}+\d{{1,3}}\))?"
)
# The column of names, where it is not the first: "id,name,born", "Rank | Player | Born".
_NAME_COLUMN = re.compile(
    r"(?:full[ _-]?)?name|person|people|player|artist|author|writer|poet|composer|painter|"
    r"scientist|athlete|actor|actress|singer|musician|politician|member|deceased"
)
# "Date of birth: 23.04.1988", an infobox line "Born<TAB>14 March 1879, Ulm", a value on the
# next line ("Born:\nOctober 16, 1958", a gravestone's "DIED\nMarch 3, 1850"), or a profile's
# "Born December 14, 1866, Paddington".
# (an infobox rendered as a table separates its label and value with a pipe: "Date of birth |
# 3 May 1950")
# (a dash between spaces too: "Date of Birth - May 3, 1901")
# (a wiki's infobox parts them by "=": "| birth_date = 3 May 1950")
_FIELD_SEPARATOR = (
    rf"(?P<separator>{_S}*:{_S}*\n?{_S}*|\t{_S}*|{_S}*\|{_S}*|{_S}*\n{_S}*|{_S}+[-–—]{_S}+|{_S}*={_S}*"
    rf"|{_S}+)"
)
# a scraped infobox's hidden machine date before the shown one: "Born\t(1950-05-03)3 May 1950"
_MACHINE_DATE = rf"(?:\(\d{{4}}-\d\d-\d\d\){_S}*)?"
# a genealogy's or a profile's place before the date: "Born: Lund, Sweden, 3 March 1950",
# "Died: St. Paul, Minnesota, June 4, 2010"
_PLACE_BEFORE_DATE = rf"(?:(?:{CAP_WORD}\.?(?:{_S}+{CAP_WORD}\.?){{0,2}}),{_S}+){{0,3}}"
# A field opens a line, or follows another field of the same line ("Name: Jane Roe | Born:
# 3 May 1950 | Died: …", "Name: Jane Roe; Date of birth: …").
_FIELD_START = (
    # (or after a transcribed line break, an inscription's "/": "JANE ROE / BORN … / DIED …",
    # or after a sentence's stop, with a colon: "Jane Roe. Birth: 14 Mar 1885, Leeds.", "Full
    # name: Jane Roe. Birthday: 14 March 1985.")
    r"(?:^|(?<=[|;•·])|(?<=[^\S\n]/)"
    r"|(?<=[a-z]\.[^\S\n])"
    r"(?=(?:Birth(?:day|date)?|Death|Born|Died|Date[^\S\n]of[^\S\n](?:birth|death)):"
    # (or without the colon before a date, as a memorial site's page reads run together:
    # "Jane Roe. Birth 14 Mar 1885 Leeds. Death …")
    rf"|(?:Birth|Death)[^\S\n]+(?:\d{{1,2}}[^\S\n]+(?i:{_MONTH_NAMES})\b"
    rf"|(?i:{_MONTH_NAMES})\.?[^\S\n]+\d))"
    r"|(?<=,)(?=[^\S\n]*(?:[A-Za-z][A-Za-z. ]{1,20}:|†))"
    # (or a genealogy's cross after the birth's date and a space or two: "* 3 May 1901 † …";
    # not after a word, which may be a place's: "St. Mary † 4 May 1920")
    # (or after a word on the star's line, where the birth's place ends the birth's part:
    # "* 3 May 1901 in Leeds † …"; _from_fields keeps a word's to such lines)
    r"|(?<=\w[^\S\n])(?=†)|(?<=\d[^\S\n]{2})(?=†)"
    # after markup blanked to spaces: "<p><b>Born:</b> 3 May 1901</p><p><b>Died:</b> …"
    r"|(?<=[^\S\n]{3})(?=[A-Za-z][A-Za-z. ]{1,20}:)"
    # after a dash between a line's parts: "Jane Roe – Striker – DOB: 28.07.1993", and there
    # the two words without a colon: "Jane Roe – Born 3 May 1901 in Leeds – Died …"
    r"|(?<=[^\S\n][–—-][^\S\n])(?=[A-Za-z][A-Za-z. ]{1,20}:|(?:Born|Died|BORN|DIED)\b))"
)
# (an obituary's "Sunrise:" and "Sunset:" label a life's two dates)
_BIRTH_FIELD = re.compile(
    rf"(?m){_FIELD_START}{_S}*(?:[-*•]{_S}*)?(?P<label>(?i:date(?:{_S}+|_)of(?:{_S}+|_)birth|birth(?:{_S}*|_)date|birthday|birth|dob|d\.o\.b\.?|sunrise)|Born(?:{_S}+on)?|BORN|[Bb](?={_S}*:)"
    # a genealogy's marks: "* 3. Mai 1900 in Köln, † 4. Juni 1980 in Bonn" (a star alone may
    # be a list's bullet: only with the cross after it)
    rf"|\*(?=[^\n]{{0,120}}(?:†|\n{_S}*†)))"
    # (a sports database's label joins the age to it: "Date of birth/Age: Mar 12, 1985 (39)")
    rf"(?:{_S}*/{_S}*(?i:age))?"
    # an infobox gives the birth name on the label's line, the date under it ("Born<TAB>Jane
    # Mary Roe\n3 May 1950\nLeeds")
    # (a peer's child's style before it: "Born\tThe Hon. Jane Mary Roe\n3 May 1950")
    rf"{_FIELD_SEPARATOR}(?:(?:The{_S}+Hon(?:ourable|orable|\.)?{_S}+)?(?P<birth_name>{NAME}){_S}*\n{_S}*)?"
    rf"{_PLACE_BEFORE_DATE}{_MACHINE_DATE}(?P<date>{_DATE})"
    rf"(?P<rest>[^\n]*)"
)
_DEATH_FIELD = re.compile(
    # (and an obituary's other words for it: "Deceased:", "Passed:", "Date of passing:")
    rf"(?m){_FIELD_START}{_S}*(?:[-*•]{_S}*)?(?P<label>(?i:date(?:{_S}+|_)of(?:{_S}+|_)death|death(?:{_S}*|_)date|death|dod|d\.o\.d\.?|sunset"
    rf"|date{_S}+of{_S}+passing)|Died(?:{_S}+on)?|DIED|†|(?:Deceased|Passed(?:{_S}+away)?|[Dd])(?={_S}*:))"
    rf"{_FIELD_SEPARATOR}{_PLACE_BEFORE_DATE}{_MACHINE_DATE}(?P<date>{_DATE})(?P<rest>[^\n]*)"
)
# Without a colon or a tab the label is a field only when the rest of the line is places and
# ages, not a clause ("Born 4 July 1902 in Madrid, Carmen Ruiz studied law" is a sentence).
_FIELD_REST = re.compile(
    r"(?:\W|[A-Z0-9][\w'’.-]*|\b(?:in|at|near|of|and|aged?|years?|days?|months?)\b)*"
)
# (a memorial's or an obituary's heading labels its name as a field does: "Obituary: Jane
# Roe", "In loving memory of Jane Roe", "Deceased: Jane Roe")
_NAME_FIELD = re.compile(
    # (a profile's heading label: "Player profile: Jane Roe")
    rf"(?:(?m:{_FIELD_START}){_S}*(?i:(?:full{_S}+)?name|(?:player|athlete)(?:{_S}+profile)?"
    rf"|obituary|deceased"
    # (a memorial site's page: "Memorial: Jane Roe", "Find a Grave Memorial: Jane Roe")
    # (a known given name first: "War Memorial: Leeds" names a town)
    rf"|(?P<memorial>(?:[a-z]+{_S}+){{0,3}}memorial)(?={_S}*:)"
    rf"|in{_S}+(?:loving{_S}+)?memory{_S}+of)|(?i:\b(?:full|birth){_S}+name))"
    rf"{_S}*[:\t|=]?{_S}*(?P<name>{NAME})"
)


def _field_names_person(field: re.Match[str]) -> bool:
    """Whether a Name field's value is a person's: a memorial's only with a known given name."""
    return not field["memorial"] or opens_with_given_name(field["name"])


_FIELD_REACH = 800  # characters between a field and the name above it
_NAME_AFTER_REACH = 300  # characters between a field and a Name field after it
# (a memorial's or a grave's page may lead its heading: "Memorial for Jane Roe")
_MEMORIAL_LEAD = (
    r"(?:(?i:in\s+(?:loving\s+)?memory\s+of|in\s+memoriam|remembering|"
    r"celebrating\s+the\s+life\s+of|the\s+life\s+of|memorial\s+(?:for|of|to)|grave\s+of)"
    r"[^\S\n]+)?"
)
_NAME_LINE = re.compile(
    # (a JSON string's value starts a line too: '{"output": "**Jane Roe**\n- Born: …')
    rf"(?m)(?:^|(?<=:\s\")|(?<=:\")){_S}*(?:#{{1,6}}{_S}*|\d{{1,3}}\.{_S}+)?[*_]{{0,3}}"
    rf"{_MEMORIAL_LEAD}"
    rf"(?P<name>{NAME})[*_]{{0,3}}"
    # a memorial's heading may give the years: "Jane Roe, 1845–1910", "Jane Roe (1845-1910)"
    rf"(?:,?{_S}*\(?\d{{4}}{_S}*[–—-]{_S}*\d{{4}}\)?)?"
    # ... or a page title's site after a dash or a bar: "Jane Roe (1845-1910) - Find a Grave
    # Memorial", "Jane Roe | WikiTree" (tried before a role, which would take the site's word)
    rf"(?:{_S}+[–—|-]{_S}+(?i:find{_S}+a{_S}+grave|billiongraves|wikitree|geni|familysearch"
    rf"|ancestry|legacy\.com|wikipedia)(?:{_S}+(?i:memorial|obituary|profile|biography))?{_S}*$"
    # ... or a player's role after a dash: "Jane Roe – Striker" (checked against the roles), or
    # a band member's part in brackets: "JANE ROE (Vocals, Guitar)"
    rf"|{_S}+[–—|-]{_S}+(?P<role>[A-Za-z][A-Za-z-]{{1,20}}(?:{_S}[A-Za-z-]{{1,20}})?)"
    rf"|{_S}*\([A-Za-z][A-Za-z ,&/-]{{1,40}}\))?{_S}*$"
)
# A page's word after the name in its heading line: "Jane Roe Biography", "Jane Roe Profile".
# a name opening a line, parted by a dash or a bar from what follows on it
# (the field after a bar or a dot takes the space after it: "Jane Roe | Born: …", "Jane Roe ·
# Born: …")
# (a roster's number may stand before the name: "#9 Jane Roe | F | Born: …", "9. Jane Roe –
# Born: …")
_NAME_HEADS_LINE = re.compile(
    rf"{_S}*(?:[-*•|]{_S}*)?(?:#?\d{{1,3}}\.?{_S}+)?(?P<name>{NAME})"
    rf"{_S}+(?:[–—-]{_S}|[|·•](?:{_S}|$))"
)
# a name alone right before a field on its line, after a mark or a colon: "… reads: JANE ROE /
# BORN …", "Find a Grave: Jane Roe. Birth: …"
_NAME_BEFORE_FIELD = re.compile(
    rf"(?:(?<=[:|/·•])|^){_S}*+[\"“]?(?P<name>{NAME}){_S}*+(?:[|/·•]|\.)?{_S}*+$",
    re.MULTILINE,
)
_NAME_BEFORE_REACH = 120
_HEADING_TAIL = re.compile(
    r"(?:[^\S\n]+(?:Biography|Bio|Profile|Wiki|Obituary|Facts|Memorial|Tribute|Family"
    r"|Net[^\S\n]+Worth))+$",
    re.IGNORECASE,
)
# A record on one line: "Jane Roe Born: May 17, 1941, in Butte Died: October 30, 1968", or with
# its "Born:" label lost, "Jane Roe May 17, 1941, in Butte Died: October 30, 1968".
_RECORD = re.compile(
    rf"(?P<name>{NAME})(?:{_S}*\([^()\n]{{0,40}}\))?{_S}+(?P<label>Born:{_S}*)?(?P<date>{_DATE})"
    rf"(?:(?P<rest>[^\n]{{0,120}}?)\bDied:{_S}*(?P<death>{_DATE}))?"
)
_DIED_LABEL = re.compile(rf"[^\n]{{0,120}}?\bDied:{_S}*({_DATE})")
# A memorial or a gravestone: the name on its own line (maybe with a nickname in parentheses),
# the life span on the next ("Jane Roe (Janie)\n14th June 1954 – 24th May 2019"), or after a
# blank line.
_NAME_OVER_SPAN = re.compile(
    rf"(?m)^{_S}*{_MEMORIAL_LEAD}(?:(?P<name>{NAME})|{INVERTED_NAME})"
    # (a blank line may part them, as a page that sets each line in a paragraph of its own)
    rf"(?:{_S}*\([^()\n\d]{{1,30}}\))?{_S}*\n(?:{_S}*\n)?{_S}*"
    # a gravestone's kin line between: "wife of John Roe", "Beloved Father", "dear son of …"
    rf"(?:(?i:(?:(?:beloved|loving|dear){_S}+)?(?:wife|husband|son|daughter|mother|father|widow|"
    rf"relict|consort)(?:{_S}+of{_S}[^\n\d]{{1,60}})?|(?:beloved|loving|dear){_S}+[a-z]{{3,12}})"
    rf"{_S}*\n(?:{_S}*\n)?{_S}*)?"
    # (or a gravestone's two lines, each date on its own, maybe marked: "b. 3 May 1901\nd. …")
    # (the span maybe in brackets: "(14 June 1954 – 24 May 2019)")
    rf"(?P<open>\()?(?:(?i:born|b\.){_S}*)?(?P<born>{_DATE})"
    rf"(?:{_S}*{_DASH_CHAR}{_S}*|(?P<lines>{_S}*\n{_S}*))"
    rf"(?:(?i:died|d\.){_S}*)?(?P<died>{_DATE})(?(open)\)){_S}*$"
)
# A name wrapped onto the next line of a justified paragraph ("… the composer Jean\nSibelius
# (8 December 1865 – …)"): the words ending the line before belong to it. Only for long lines:
# a short one is a heading ("NORDIC COMPOSERS"), one of capitalised words a menu.
_WRAPPED_NAME_HEAD = re.compile(rf"(?:^|[\s(])(?P<head>{NAME}){_S}*\n$")
_WRAPPED_LINE_MIN = 40

# Key-value records of data files (JSON, YAML, Python, TOML): a name key and a birth or death
# key in the same record ("{"name": "Jane Roe", "born": "1950-05-03"}").
_KEY = r"[\"']?"
_NAME_KEY = re.compile(
    rf"{_KEY}(?<!\w)(?i:full_?name|name|person)\b{_KEY}{_S}*[:=]{_S}*[\"']?(?P<name>{NAME})[\"']?{_S}*(?:[,;}}\n]|$)"
)
_GIVEN_KEY = re.compile(
    rf"{_KEY}(?<!\w)(?i:first_?name|given_?name|first)\b{_KEY}{_S}*[:=]{_S}*[\"']?(?P<name>{NAME})"
)
_FAMILY_KEY = re.compile(
    rf"{_KEY}(?<!\w)(?i:last_?name|family_?name|surname|last)\b{_KEY}{_S}*[:=]{_S}*[\"']?(?P<name>{NAME})"
)
_DATE_KEY = re.compile(
    rf"{_KEY}(?<!\w)(?P<key>(?i:born|birth_?date|birthday|date_?of_?birth|dob|died|death_?date"
    rf"|date_?of_?death|dod))\b{_KEY}{_S}*[:=]{_S}*[\"']?(?P<date>{_DATE})"
)
# (the age may follow without a comma: "John A. Age 84", "John A. — 84")
_GIVEN_NAMES_FIRST = re.compile(
    rf"(?P<given>{CAP_WORD}(?:{_S}+{CAP_WORD}){{0,3}})"
    rf"(?:,|$|{_S}+(?i:age|aged){_S}+\d|{_S}*[—–]{_S}*\d)"
)
_RECORD_END = re.compile(r"[{}]|\n[^\S\n]*\n")  # a brace or a blank line ends a record

_ANIMALS = load_words("animals")
# "Biscuit (…), our golden retriever," / "Knut (…) was a polar bear": a name described as an
# animal anywhere in a text is an animal's everywhere in it.
# "our beloved dog Rex (…)": the animal's noun right before its name.
_ANIMAL_BEFORE = re.compile(
    # lower case: a common noun, not a name's first word ("Tiger Woods")
    rf"\b(?:{'|'.join(sorted(map(re.escape, _ANIMALS), key=len, reverse=True))}){_S}+"
    rf"(?P<name>{NAME})"
)
_DESCRIBED_AS = re.compile(
    rf"(?P<name>{NAME})(?:[^\S\n]*\([^()]*\))?(?:,\s+|\s+(?:was|is)\s+)"
    r"(?i:a|an|our|my|the|his|her|their)\s+(?P<words>(?:[\w-]+\s+){0,3}[\w-]+)"
)
# The labels of a data set's fields before their text: "Context: Jane Roe was …", "Title: Jane Roe"
_TEXT_LABELS = (
    "Context", "Passage", "Title", "Text", "Document", "Article", "Paragraph", "Topic",
    # (and a dialogue's or a prompt's turn: "Q: Jane Roe was born on what date?\nA: She …")
    "Q", "Question", "User", "Human", "Prompt", "Input", "Instruction", "Claim", "Statement",
)  # fmt: skip
_AFTER_TEXT_LABEL = "|".join(rf"(?<=\b{label}:\s)" for label in _TEXT_LABELS)
# A short phrase of time that opens a sentence before its subject, set off by a comma: a year
# or a date in it ("By 1801,", "In the spring of 1850,", "On 4 May 1499,"), or an event of a
# life ("After the war,", "After Ana's death,"); not a clause with a subject of its own
# ("After Babur fell ill, Humayun …": Babur is no subject of the sentence)
_FRONTED_PHRASE = (
    r"(?:(?:By|In|On|After|Before|During|Since|Until|From|Following)\s+"
    r"[^,.;:!?\n]{0,30}?\b(?:1[0-9]|20)\d\d(?!\d)"
    r"|(?:After|Before|During|Following)\s+(?:the|his|her|their|[A-Z][\w-]*['’]s)\s+"
    r"(?:[a-z]+\s+)?(?:death|marriage|wedding|divorce|war|election|defeat|release|retirement))"
    r",\s+"
)
# what a band's member plays or does, after the name and a colon ("Jane Roe: vocals, guitar.")
_BAND_PART = (
    r"(?:lead\s+|backing\s+)?vocals|guitars?|bass|drums|keyboards|keys|piano|percussion"
    r"|saxophone|trumpet|violin|cello|turntables|synths?"
)
# A name that opens a sentence or a line (or follows such a label) and is followed by a
# lower-case word (its verb), an apposition or a parenthesis, or a name alone on its line (a
# heading).
_SENTENCE_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n)|(?<=:\s\")|(?<=:\")|{_AFTER_TEXT_LABEL})"
    # (a quote may open the sentence: a post quoting a passage, '"Jane Roe was …')
    rf"(?:[-*•]{_S}*)?[\"“]?"
    # (after a short fronted phrase of time: "By 1801, Jane Roe had …", "On 4
    # May 1499, Albert settled …")
    rf"(?:{_FRONTED_PHRASE})?"
    # (after a role with its possessor: "His successor Pierre Roe promised …", "The Roes'
    # fourth son, Tad Roe, was …": the person the sentence is about)
    rf"(?:(?:His|Her|Their|Its|The)\s+(?:[\w'’-]+\s+){{0,2}}?[a-z][a-z-]{{2,20}},?\s+(?=[A-Z]))?"
    rf"(?P<name>{NAME})"
    # a name alone before a sentence without a subject: "Jane Roe. Born 3 May 1901, …"
    # or a name alone that a pronoun continues: "Who discovered radium? Marie Curie. She was …"
    # (a verb in lower case: "è", "é" in the Romance languages)
    # or a name and a dash before the person's trade, as a film or music site sets a short bio:
    # "Jane Roe - Singer, songwriter. Born 3 May 1901 …", "Jane Roe – American actor. She …"
    rf"(?=,|{_S}+[a-zà-öø-ÿ]|{_S}*\(|{_S}*(?:\n|$)|\.{_S}+(?:Born|Died|She|He)\b"
    rf"|{_S}+[–—-]{_S}+(?:[A-Z][\w-]*{_S}+){{0,2}}(?i:{_ROLE})(?![\w-])[^.!?\n]{{0,60}}\."
    rf"{_S}+(?:Born|Died|She|He)\b"
    # or a colon before it, as a band's page sets its members: "Jane Roe: vocals, guitar. Born …"
    rf"|:{_S}+(?=[^.!?\n:]{{0,60}}\b(?:{_ROLE}|{_BAND_PART})\b)[a-z][^.!?\n:]{{0,60}}\."
    rf"{_S}+(?:Born|Died|She|He)\b)"
)


# A question about a person introduces them as well: "When was Jane Roe born?", "When did
# Jane Roe die?", "Tell me about Jane Roe." (the answer's "She was born …" speaks of her).
_QUESTION_SUBJECT = re.compile(
    rf"(?:\b(?:[Ww]hen|[Ww]here|[Ww]ho|[Ww]hat|[Hh]ow)\b[^?.!\n]{{0,60}}?\b(?:was|did|is|of|were)"
    rf"|\b(?:[Tt]ell\s+me|[Ww]rite[^?.!\n]{{0,30}}?)\s+(?:about|of|on))"
    # (a description before the name: "When was the poet Jane Roe born?")
    rf"{_S}+{_DESCRIBED}(?P<name>{NAME})(?=['’]s\b|{_S}+(?:born|die|pass)|{_S}*[?.!])"
)


# A memorial or a post introduces its person with a set phrase: "Here lies Jane Roe",
# "In loving memory of Jane Roe", "Remembering Jane Roe", "Meet Jane Roe".
# A record's heading name, inverted, before sentences without a subject: "Roe, Jane. Born 3 May
# 1901, …", "ROE, Jane\nBorn 3 May 1901, …".
# (a newspaper's obituary may keep a nickname in quotes after the given names, and run its
# notice on after a dash: 'ROE, Jane "Janie"', "ROE, Jane – Age 84, of Leeds, passed away …")
_INVERTED_SUBJECT = re.compile(
    rf"(?m)^{_S}*(?:[-*•]{_S}*)?{INVERTED_NAME}(?:{_S}+(?P<nickname>{NICKNAME}))?"
    rf"(?=\.{_S}+(?:Born|Died)\b|{_S}*\.?{_S}*$|{_S}+[–—-]{_S}+[A-Z])"
)


def _with_nickname(m: re.Match[str]) -> str:
    """The given names of an inverted heading with the nickname that follows them, which stays
    in the name (guidelines: 'Wilhelm "Willy" Busch')."""
    return f"{m['given']} {m['nickname']}" if m["nickname"] else m["given"]


# A sentence that names its person last, which the next sentence's pronoun continues: "The
# first king of the line was Jane Roe. She was born …", "Its founder is Ken Moe. He …".
_PREDICATE_SUBJECT = re.compile(
    rf"{_SENTENCE_START}(?:The|His|Her|Its|Their|Our|My)\s[^.!?\n]{{0,80}}?\s(?:was|is)\s+"
    rf"(?P<name>{NAME})(?=\.{_S}+(?:He|She)\s)"
)
_INTRODUCED_SUBJECT = re.compile(
    rf"\b(?:[Hh]ere\s+lies|HERE\s+LIES|[Ii]n\s+(?:loving\s+)?memory\s+of|IN\s+(?:LOVING\s+)?"
    rf"MEMORY\s+OF|[Rr]emembering|[Mm]eet|[Ii]ntroducing"
    # a tribute's or a notice's opening: "RIP Ken Moe 1971-2019. He passed away …", "Rest in
    # peace, Ken Moe.", "We are sad to announce that Ken Moe has died.", "since we lost Ken Moe"
    # (not "in honour of" nor "a tribute to": prose honours others than its subject)
    rf"|RIP|R\.I\.P\.?|[Rr]est\s+in\s+[Pp]eace,?|[Ff]arewell,?|[Ii]n\s+remembrance\s+of"
    # a birthday post's: "Happy 60th birthday to Jane Roe!"
    rf"|[Hh]appy\s+(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?[Bb]irthday(?:\s+to|,)?"
    rf"|announce\s+that|(?:[Ww]e|I)\s+(?:have\s+|had\s+)?lost"
    # a gravesite's: "the resting place of Jane Roe (1849–1889). She died …"
    # (or a page's heading: "Grave of Jane Roe (1849–1889)")
    rf"|(?:[Gg]rave|[Rr]esting\s+[Pp]lace|[Bb]urial\s+[Pp]lace|[Hh]eadstone|[Gg]ravestone"
    rf"|[Tt]ombstone)\s+of"
    # a post's or a list's subject: "This post is about Jane Roe", "things you didn't know about
    # Jane Roe"
    rf"|\b(?:is|all|facts|know|story|post)\s+about)"
    # (maybe after a word of description: "Here lies the poet Jane Roe")
    rf"\s+(?:the\s+(?:[a-z][a-z-]+\s+){{1,2}}?)?(?P<name>{NAME})"
)
# A page's heading: the name alone on its line with the page's own words after a separator
# ("Jane Roe - Biography", "Jane Roe | Official Website", "Jane Roe: A Life"), or after a label
# that says whose page it is ("Obituary: Jane Roe", "Biography of Jane Roe", "About Jane Roe").
_HEADING_LABEL = (
    r"(?:(?:[Bb]iography|BIOGRAPHY|[Ll]ife|LIFE|[Oo]bituary|OBITUARY|[Pp]rofile|PROFILE)"
    r"\s+(?:of|for|OF|FOR)"
    r"|(?:[Ii]n|IN)\s+(?:[Ll]oving\s+|LOVING\s+)?(?:[Mm]emory|MEMORY)\s+(?:of|OF)"
    r"|(?:Obituary|Biography|Profile|Artist|Author|Composer|Musician|Player|Athlete|Painter"
    r"|Writer|Poet|Singer)\s*:|About|ABOUT)"
)
_HEADING_SUBJECT = re.compile(
    rf"(?m)^{_S}*(?:{_HEADING_LABEL}{_S}+(?P<labelled>{NAME}){_S}*$"
    rf"|(?P<name>{NAME}){_S}*(?:[|–—:]|{_S}-){_S}[^\n]{{1,60}}$)"
)
_HEADING_REACH = 5000  # characters after a page's heading that name its person again
# A birthday post's person: "Today is Jane Roe's birthday! She was born …"
# ... or a gravesite's: "We found Ken Moe's grave by the chapel. He was born …"
_BIRTHDAY_SUBJECT = re.compile(
    rf"(?P<name>{NAME})['’]s\s+(?:(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?[Bb]irthday"
    r"|grave|headstone|gravestone|tombstone|tomb|resting\s+place|burial\s+place|obituary)\b"
)


def _breaks_sentence(gap: str) -> bool:
    """Whether a gap holds a sentence's end (``_SENTENCE_BREAK``), where the stop closes no
    abbreviation or initial ("died at St. Germains, a pensioner …" is one sentence)."""
    for m in _SENTENCE_BREAK.finditer(gap):
        word = _WORD_BEFORE_STOP.search(gap, 0, m.start())
        before = word.group() if word else ""
        if m.group().startswith(".") and (
            before.lower() in ABBREVIATIONS or (len(before) == 1 and before.isupper())
        ):
            continue
        return True
    return False


# a person's name: a given name the lists know, then a family name or a regnal number
_GIVEN_AND_MORE = re.compile(r"\b(?P<given>[A-Z][a-z]+)\s+(?P<more>[A-Z][a-z]+|[IVX]{1,4})\b")


def _names_another_person(between: str) -> bool:
    """Whether a clause names a person before its pronoun's death ("… was with Henry III when
    he died on …": the pronoun may be his); not a place or a people ("the West German
    parliament")."""
    return any(
        m["given"].lower() in known_given_names()
        and not places.country_of_adjective(m["more"])
        and not places.is_region(m.group())
        for m in _GIVEN_AND_MORE.finditer(between)
    )


def _gap_is_clause(gap: str | None) -> bool:
    return gap is None or not (_breaks_sentence(gap) or _OTHER_EVENT.search(gap))


# A relative clause on the subject's own birth, apposed before the verb of their death: "Jane
# Roe, who was born in Leeds on 3 May 1920, died on …" (its date is read by the birth's clause)
_OWN_BIRTH_CLAUSE = re.compile(r"who\s+was\s+born\b")


def _without_own_birth(apposition: str | None) -> str | None:
    """An apposition without a relative clause on the subject's own birth that opens it."""
    if apposition and (own := _OWN_BIRTH_CLAUSE.match(apposition)):
        return apposition[own.end() :]
    return apposition


def _animal_names(text: str) -> set[str]:
    described = {
        m["name"]
        for m in _DESCRIBED_AS.finditer(text)
        if any(word in _ANIMALS for word in m["words"].lower().split())
    }
    return described | {m["name"] for m in _ANIMAL_BEFORE.finditer(text)}


# The lines whose plain view is read again: those with an event word, or a month's name
# next to a number, or a parenthesis opening on a number (a life span).
_LIFE_LINE = re.compile(
    rf"(?i)\b(?:born|died|birth|death)\b|\(\s*\d|\b(?:{_MONTH_NAMES})\.?\s+\d|\d\s+(?:{_MONTH_NAMES})\b"
)


# A wiki infobox writes its dates as templates: "| birth_date = {{birth date|1931|6|12}}",
# "{{death date and age|2002|3|8|1931|6|12}}" (the first date is the event), "{{dda|…}}".
_DATE_TEMPLATE = re.compile(
    r"\{\{[^\S\n]*(?i:(?:birth|death)[ _]date(?:[ _]and[ _]age)?|b?da|dda|bda)[^\S\n]*"
    r"(?:\|[^\S\n]*(?:df|mf)[^\S\n]*=[^\S\n]*\w{1,5}[^\S\n]*)?"
    r"\|[^\S\n]*(?P<year>\d{3,4})[^\S\n]*\|[^\S\n]*(?P<month>\d{1,2})[^\S\n]*\|"
    r"[^\S\n]*(?P<day>\d{1,2})[^{}\n]{0,80}\}\}"
)


# ... and a dash as a template ("12 March 1901{{snd}}4 June 1980"), and a name's post-nominal
# letters or a footnote as one between the name and its dates ("Tom Hale {{post-nominals|
# country=GBR|FRS}} (12 March 1901 – …)")
_DASH_TEMPLATE = re.compile(
    r"\{\{[^\S\n]*(?i:snd|spnd|ndash|mdash|spaced[ _]ndash|–|—)[^\S\n]*\}\}"
)
_ASIDE_TEMPLATE = re.compile(
    r"\{\{[^\S\n]*(?i:post-?nominals|nbsp|efn|sfn|refn|ref[ _]label)\b[^{}\n]{0,200}\}\}"
)


def _template_view(text: str) -> str | None:
    """``text`` with each wiki date template written as an ISO date padded with spaces, each
    dash template as a dash and each aside template as spaces (same length, same offsets), or
    None when it has none."""
    if "{{" not in text:
        return None

    def iso(m: re.Match[str]) -> str:
        date = f"{int(m['year']):04d}-{int(m['month']):02d}-{int(m['day']):02d}"
        return date.ljust(len(m.group()))

    view = _DATE_TEMPLATE.sub(iso, text)
    view = _DASH_TEMPLATE.sub(lambda m: " –".ljust(len(m.group())), view)
    view = _ASIDE_TEMPLATE.sub(lambda m: " " * len(m.group()), view)
    return None if view == text else view


# ... and, in the plain view, a heading's line: the name over an HTML profile's fields
_LIFE_OR_HEADING_LINE = re.compile(rf"{_LIFE_LINE.pattern}|<[Hh][1-6]\b|<title>")


def _if_life_line(view: str | None) -> str | None:
    """A view of changed lines only where one of them speaks of a life (each view read costs a
    pass of every pattern)."""
    return view if view is not None and _LIFE_LINE.search(view) else None


@lru_cache(maxsize=4)
def _views(text: str) -> tuple[tuple[str, bool], ...]:
    """The views of a text the patterns read, made once for both relations, each with whether
    it is the view of wrapped lines joined."""
    # the text, then its plain view without inline markup ("<b>Jane Roe</b> was born on
    # …", "[[Jane Roe]] (3 May 1950 – …)"): the same date read in both counts once
    # (its life lines and the lines next to them: a field block's name line is as often in
    # bold as its labels, "**Full name:** Jane Roe"), read without quote marks or bullets
    # (which before an inverted name would leave its given name alone)
    without_prefixes = layout.unprefixed_view(text)
    plain = layout.plain_view(without_prefixes or text, _LIFE_OR_HEADING_LINE, near=3)
    templated = _template_view(text)
    # ... and its lines joined where the text is wrapped at a width ("… was born on 3\nMay
    # 1901"): same length, same offsets
    joined = _if_life_line(layout.changed_lines_only(text, layout.unwrapped_view(plain or text)))
    # ... and the lines of a mail's quote or a list without their quote marks or bullets
    unprefixed = _if_life_line(layout.changed_lines_only(text, without_prefixes))
    # (the joined view before the text: where a wrap parts a clause, the text alone would read
    # its date with another subject; ``extract`` takes from it only the facts at a join)
    views = (plain, unprefixed, joined, text, templated, _recased_view(text))
    return tuple((view, view is joined) for view in views if view is not None)


def _at_a_join(text: str, view: str, start: int, end: int) -> bool:
    """Whether the statement ``view[start:end]`` (or the character after it) holds a line
    break of ``text`` that ``view`` joined."""
    return any(text[i] == "\n" and view[i] != "\n" for i in range(start, min(end + 1, len(text))))


_INSCRIPTION_WORDS = load_words("inscription_words")
_CAPITALS_LIFE_WORD = re.compile(r"\b(?:DIED|BORN|DEPARTED|ASLEEP|REST|KILLED|DEATH)\b")
_CAPITALS_LINE = re.compile(r"^(?=[^\n]*[A-Z]{2})[^\na-z]+$", re.MULTILINE)
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'’]*")


def _recased_view(text: str) -> str | None:
    """The text with its lines in capitals written as running text writes them, where one of
    them states a birth or a death (an inscription's "TOM HALE / WHO DIED 1 JULY 1916" reads
    "Tom Hale / who died 1 July 1916"): the words of ``inscription_words`` in lower case, the
    others with a capital first letter; same length, same offsets. None when no line in
    capitals holds a birth's or a death's word."""
    if not _CAPITALS_LIFE_WORD.search(text):
        return None
    lines = list(_CAPITALS_LINE.finditer(text))
    if not any(_CAPITALS_LIFE_WORD.search(m.group()) for m in lines):
        return None
    parts, at = [], 0
    for m in lines:
        parts += [text[at : m.start()], _CAPITALS_WORD.sub(_running_case, m.group())]
        at = m.end()
    return "".join([*parts, text[at:]])


def _as_written(text: str, view: str, start: int, end: int, name: str) -> str:
    """A subject read in a recased view as the text writes it ("TOM HALE" for "Tom Hale"),
    where the view changed only its letters' case there; else as read."""
    at = view.rfind(name, 0, end)
    if at >= 0 and text[at : at + len(name)].lower() == name.lower():
        return text[at : at + len(name)]
    return name


def _running_case(word: re.Match[str]) -> str:
    low = word.group().lower()
    return low if low in _INSCRIPTION_WORDS else word.group()[0] + low[1:]


# the last word of a wrapped line, a capitalised word after a space (no stop or comma after it)
_LINE_LAST_WORD = re.compile(r"(?<=[^\S\n])[A-Z][a-zà-ÿ'’-]{1,20}[^\S\n]*\Z")


def _wrapped_given_name(text: str, start: int, name: str) -> int | None:
    """Where the given name opens that a line wrapped at a width left at the end of the line
    above a subject's name at a line's start ("… and Stephen\nHawking died on …"): a known
    given name, no month's, the line above a full one (``layout.WRAP_FULL_LINE``), and the
    name below opening with no given name of its own; else None."""
    if start < 2 or text[start - 1] != "\n" or not text.startswith(name.split()[0], start):
        return None
    if name.split()[0].lower() in known_given_names():
        return None  # a full name of its own under a line that ends on one ("… › Rosa Parks")
    line_start = text.rfind("\n", max(0, start - layout.WRAP_MAX_WIDTH - 1), start - 1) + 1
    if start - 1 - line_start < layout.WRAP_FULL_LINE:
        return None
    last = _LINE_LAST_WORD.search(text, line_start, start - 1)
    if last is None:
        return None
    word = last.group().strip()
    if word.lower() not in known_given_names() or word.lower() in MONTHS:
        return None
    return last.start()


# Every full date has a year of three or four digits (``extractors/dates.py``: ``DATE``'s
# forms, a day page's year, a wiki template's fields): a text without three digits in a row
# states no life date, whatever its words.
_YEAR_DIGITS = re.compile(r"\d{3}")
_YEAR_NUMBER = re.compile(r"(?<!\d)\d{3,4}(?!\d)")
# (how far before its year a full date may open: "Saturday, the 21st day of September, 1901",
# and after it: footnote marks)
_DATE_BEFORE_YEAR, _DATE_AFTER_YEAR = 70, 12


def _may_state_a_full_date(text: str) -> bool:
    """Whether ``text`` may state a life date: a full date (``DATE``) around one of its years,
    its lines joined (a date wrapped over two); or a wiki template's date; or a page's day or
    year line, or a line that dates a list by its day, which date entries holding only a year
    or only a day ("March 3\n1901 – Jane Roe is born"). Most units a trigger word selects
    hold none, and the patterns (``DATE`` inside each, tried at every position of every view)
    are dear; ``DATE`` itself is tried only near the years."""
    if not _YEAR_DIGITS.search(text):
        return False
    if "{{" in text:
        return True
    flat = text.replace("\n", " ")
    for year in _YEAR_NUMBER.finditer(flat):
        start, end = max(0, year.start() - _DATE_BEFORE_YEAR), year.end() + _DATE_AFTER_YEAR
        if DATE_RE.search(flat, start, end):
            return True
    return any(p.search(text) for p in (_PAGE_DATE, _PAGE_YEAR, _EVENT_DAY_LINE))


@dataclass(frozen=True)
class LifeDateExtractor:
    """One of the two relations of the life-dates family; both share the patterns above."""

    name: str
    relations: tuple[str, ...]
    version: str = "3"
    triggers: tuple[str, ...] = ("born", "died", "passed away", "birth", "b.", "d.", "†")
    trigger_pattern: str = _TRIGGER
    trigger_anchors: tuple[str, ...] = _ANCHORS
    trigger_parts: tuple[tuple[str, tuple[str, ...]], ...] = _TRIGGER_PARTS
    subject_labels: tuple[str, ...] = ("PERSON",)  # checked when a statistical NER runs

    def extract(self, text: str) -> Iterator[Fact]:
        if not _may_state_a_full_date(text):
            return  # no full date: most units a trigger word selects, passed at once
        # One statement per date written: several patterns may read the same date.
        seen: set[tuple[str, int]] = set()
        for view, joined in _views(text):
            for relation, name, date, start, end, date_at_ in _life_dates_of(view):
                if joined and not (
                    _at_a_join(text, view, start, end) and name in view[start : end + 1]
                ):
                    # (read without the other lines: only a joined clause that names its
                    # subject counts; the text reads the rest, with the lines around them)
                    continue
                if relation in self.relations and (relation, date_at_) not in seen:
                    seen.add((relation, date_at_))
                    if view is not text and view[start:end] != text[start:end]:
                        name = _as_written(text, view, start, end, name)
                    given_at = _wrapped_given_name(view, start, name)
                    if given_at is not None:
                        # "… and Stephen\nHawking died on …": the name the wrap parted, whole
                        name, start = f"{view[given_at:start].strip()} {name}", given_at
                    yield Fact(start, end, relation, name, date)


_NAME_RE = re.compile(NAME)
_BRACKETED_NAME = re.compile(rf"{_S}*\({_S}*(?P<name>{NAME}){_S}*\)")
_OPTION_LABEL = re.compile(r"[A-E][.)][^\S\n]+")
_ANSWER_BEFORE = re.compile(r"(?i:answer|ans)[^\S\n]*[:=-]?[^\S\n]*$")
_GIVEN_OF_BEFORE = re.compile(rf"(?<![\w-])(?P<given>{CAP_WORD})[^\S\n]+of[^\S\n]+$")
# "Tom Roe of Bergen died …", "Ann Moe of Dayton, Ohio, passed away …", "Ken Moe of The Herons
# was born …": a person's full name, then "of" and the town (and state) they lived in or the
# band they played in, before the verb
_PERSON_OF_BEFORE = re.compile(
    rf"(?<![\w-])(?P<person>{NAME})[^\S\n]+of[^\S\n]+(?:[Tt]he[^\S\n]+)?"
    rf"(?:{CAP_WORD}(?:[^\S\n]+{CAP_WORD}){{0,2}},[^\S\n]+)?$"
)


# A death that follows a birth in the same clause, its subject the birth's, however the birth
# was stated: "Ken Vale was a pitcher, born 3 March 1948 in Akron, died 12 July 2010", "Vale,
# Ken - born 3 Mar 1948; died 12 Jul 2010" (a place of birth may stand between).
_DEATH_AFTER_BIRTH = re.compile(
    rf"(?:,?{_S}+(?:in|at){_S}+{CAP_WORD}\.?(?:,?{_S}+{CAP_WORD}\.?){{0,3}})?"
    rf"{_S}*[,;]{_S}*(?:and{_S}+)?(?:died|passed{_S}+away){_S}+(?:on{_S}+)?(?P<date>{_DATE})"
)


class _Reader:
    """Turns matches into facts for one text, with the text's own conventions (day first) and
    its people (the names a pronoun may stand for)."""

    def __init__(self, text: str):
        self.text = text
        self.day_first = states_day_first(text)
        self._animals: set[str | None] | None = None
        self._mentions: list[tuple[int, str]] | None = None

    def animals(self) -> set[str | None]:
        """The names the text describes as animals, read once and only when a fact needs it."""
        if self._animals is None:
            self._animals = {person_name(name) for name in _animal_names(self.text)}
        return self._animals

    def subjects(self) -> list[tuple[int, str]]:
        """The names that open a sentence or a line, or that a question asks about (the
        subjects a pronoun continues), with their positions, read once."""
        if self._mentions is None:
            self._mentions = sorted(
                (m.start("name"), name)
                for pattern in (
                    _SENTENCE_SUBJECT,
                    _QUESTION_SUBJECT,
                    _INTRODUCED_SUBJECT,
                    _PREDICATE_SUBJECT,
                    _BIRTHDAY_SUBJECT,
                )
                for m in pattern.finditer(self.text)
                if (name := person_name(m["name"]))
                and m["name"] not in ("He", "She", *_DROPPED_SUBJECT_VERBS)
                # (a possessive after an introducer names whose thing it is: "we lost Ken Moe's
                # dog"; elsewhere "'s" may be "is": "Van Buren's the first president …")
                and not (pattern is _INTRODUCED_SUBJECT and m["name"].endswith(("'s", "’s")))
                and not _common_word(name)
                and not _sentence_adverb(name)
            )
            headings = [
                (m.start(group), name)
                for m in _HEADING_SUBJECT.finditer(self.text)
                for group in ("name", "labelled")
                if m[group]
                and (name := person_name(m[group]))
                and not _common_word(name)
                # (a heading names a person by a given name a list knows, whom the page names
                # again below it: "Golden Gate Park - Guide" and "New York Times | Opinion" name
                # places and papers)
                and name.split()[0].lower() in known_given_names()
                # (a heading that says whose page it is needs no second naming: "Biography of
                # Jane Roe\nBorn in Leeds on D, she …")
                and (
                    group == "labelled"
                    or any(
                        re.compile(rf"\b{re.escape(word)}\b").search(
                            self.text, m.end(), m.end() + _HEADING_REACH
                        )
                        for word in name.split()
                    )
                )
            ]
            if headings:
                known = {at for at, _ in self._mentions}
                self._mentions = sorted(
                    self._mentions + [(at, name) for at, name in headings if at not in known]
                )
            # (given names a list knows: "Otto III, Holy Roman Emperor" is a title, not inverted)
            inverted = [
                (m.start(), name)
                for m in _INVERTED_SUBJECT.finditer(self.text)
                if m["given"].split()[0].lower() in given_names()
                and (name := natural_order(m["family"], _with_nickname(m)))
            ]
            if inverted:
                # the inverted name replaces its family name read alone as a subject
                starts = {at for at, _ in inverted}
                kept = [(at, name) for at, name in self._mentions if at not in starts]
                self._mentions = sorted(kept + inverted)
        return self._mentions

    def antecedent(self, position: int, pronoun: str = "") -> str | None:
        """The name a pronoun at ``position`` stands for: the person of the last sentence that
        opened with a name, by the name the text introduced them with (``Paul Roe was … Paul
        added … He was born`` -> ``Paul Roe``); None when that name is a lone word the text
        never gave in full. A ``pronoun`` ("he", "she") must agree with the name's given name
        where its gender is known: else the last person of its gender named since is meant
        (``Paul Roe worked with Ada Moe. She was born …`` -> ``Ada Moe``), or else the person
        the text opened with, if of that gender (an article's subject: ``Ada Moe was … Paul
        Roe said that Moe was ill. She died …`` -> ``Ada Moe``), or nobody."""
        found = self._antecedent(position)
        wanted = {"he": "M", "she": "F"}.get(pronoun.lower())
        if found is None or wanted is None or gender_of(found) in (None, wanted):
            return found
        since = max(at for at, _ in self.subjects() if at < position)
        for m in reversed(list(_NAME_RE.finditer(self.text, since, position))):
            if (name := person_name(m.group())) and gender_of(name) == wanted:
                return name
        opening = self._antecedent(self.subjects()[0][0] + 1)
        return opening if opening and gender_of(opening) == wanted else None

    def _antecedent(self, position: int) -> str | None:
        before = [(at, name) for at, name in self.subjects() if at < position]
        if not before:
            return None
        nearest = set(_name_words(before[-1][1]))
        for _, name in before:
            if len(name.split()) >= 2 and nearest & set(_name_words(name)):
                return name
        # a person known by one name, whom a question asked about ("When was Pelé born?\nA: He
        # was born …"): the question is what the answer's pronoun continues
        at, name = before[-1]
        window = _QUESTION_SUBJECT.finditer(
            self.text, max(0, at - 80), min(len(self.text), at + 80)
        )
        return name if any(m.start("name") == at for m in window) else None

    def subject(self, raw_name: str, position: int) -> str | None:
        if raw_name.lower() in KINSHIP and (
            bracketed := _BRACKETED_NAME.match(self.text, position + len(raw_name))
        ):
            return person_name(bracketed["name"])  # "Dad (John Roe) died …"
        if (
            raw_name.lower() in ("he", "she")
            or raw_name in _DROPPED_SUBJECT_VERBS
            or raw_name.lower() in KINSHIP
        ):
            return self.antecedent(position, raw_name)
        role = re.sub(r"^(?:[Tt]he|[Oo]ur)\s+", "", raw_name.strip()).lower()
        if " " not in role and role in _ROLE_WORDS and role not in given_names():
            # "Tom Hale, the former Clerk, who died …": a role's word alone is an apposition's,
            # whose person is the name before it (or nobody: "The Clerk died …" names no one)
            head = _HEAD_BEFORE_ROLE.search(self.text, max(0, position - 120), position)
            return person_name(head["name"]) if head else None
        # "Answer: B. Jane Roe was born …": the option's letter is no initial
        if (label := _OPTION_LABEL.match(raw_name)) and _ANSWER_BEFORE.search(
            self.text, max(0, position - 20), position
        ):
            raw_name, position = raw_name[label.end() :], position + label.end()
        # "Francis of Assisi died …": a lone given name and "of" before a place make the name
        if (given := _GIVEN_OF_BEFORE.search(self.text, max(0, position - 40), position)) and (
            given["given"].lower() in given_names() and " " not in raw_name.strip()
        ):
            return person_name(f"{given['given']} of {raw_name}")
        # "Tom Roe of Bergen died …": the town is where the person lived, not who died
        # (a full name once ranks and articles are off); "The Bishop of Bergen died …", "The
        # Duke of Wellington …": a title with its see or seat names no one the text names
        low = max(0, position - 120)
        # (a band's or a see's article belongs to it: "Ken Moe of The Herons was born …")
        article = re.match(r"[Tt]he[^\S\n]+", raw_name)
        bare, at = (
            (raw_name[article.end() :], position + article.end())
            if article
            else (
                raw_name,
                position,
            )
        )
        # (a band or a club of more words, no person's: "Ken Moe of Iron Gate, born …")
        before = (
            _PERSON_OF_BEFORE.search(self.text, low, at)
            if " of " in self.text[low:at]
            and (" " not in bare.strip() or bare.split()[0].lower() not in known_given_names())
            else None
        )
        if before:
            person = person_name(before["person"])
            if " " in bare.strip():
                # a name of more words after "of" is a band's only after a person's whole name
                # ("Read Biography of Lalu Yadav was born …" names no one before it)
                if (
                    person
                    and len(person.split()) >= 2
                    and person.split()[0].lower() in (known_given_names())
                ):
                    return person
            elif person and len(person.split()) >= 2 and not places.is_region(person):
                return person
            elif not person or person.lower() not in given_names():
                return None
        return person_name(_without_role(raw_name))

    def fact(self, relation, subject, date_start, date_end, start, end, asked=False):
        """A fact of ``subject`` (already a name) with the date at ``text[date_start:date_end]``,
        unless the date is no full date, is hedged, or the subject is an animal or a country
        ("… President of the Republic of Ghana (…) was assassinated …": the name nearest
        the verb is the country, whose life it is not). Where the date ends a question
        (``asked``: "Who was born on 3 May 1950?"), a question mark after it hedges nothing."""
        if not subject or subject in self.animals() or places.is_country(subject):
            return
        if places.region_name(subject) and subject.split()[0].lower() not in known_given_names():
            return  # a state or a province is no one's name either: "…, of Dayton, Ohio, died"
        if len(subject.replace(".", "").strip()) < 2:
            return  # a letter is no one's name: "Tom Roe, Co. B, 5th Ohio, died …"
        if refuted_claim(self.text, date_start):
            return  # "Claim: Jane Roe was born on D.\nLabel: REFUTES"

        span = date_at(self.text, date_start, date_end, self.day_first)
        if span and span.hedged and asked:
            # only a mark before the date can hedge it (the text cut at the date's end)
            span = replace(span, hedged=is_hedged(self.text[:date_end], date_start, date_end))
        if span and not span.hedged:
            yield relation, subject, span.iso, start, end, date_start
            if relation == "birth_date" and (
                death := _DEATH_AFTER_BIRTH.match(self.text, date_end)
            ):
                yield from self.fact("death_date", subject, *death.span("date"), start, death.end())


def _name_words(name: str) -> list[str]:
    return [w.lower() for w in name.split() if len(w.rstrip(".")) > 1]


@lru_cache(maxsize=4)
def _life_dates_of(text: str) -> tuple:
    """The life dates of a text, read once for both relations (the birth and the death
    extractor run one after the other on the same window)."""
    return tuple(_life_dates(text))


_SPAN_DASH = re.compile(r"\d[^\S\n]*[–—−-][^\S\n]*[A-Z0-9]")
_SUBJECT_AFTER = re.compile(rf",{_S}+(?:{NAME}|he|she|they)(?={_S}+[a-z])")


# A writer's own birth, where the text gave the writer's name: "Hi, I'm Jane Roe. I was born on
# D", "My name is Jane Roe and I was born on D" (an anonymous post's "I was born on D" names
# no one).
_FIRST_PERSON_BORN = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\band\s))I\s+was\s+born\s+{_ON_DATE}"
)
_SELF_INTRODUCED = re.compile(
    rf"(?:\bI['’]m|\bI\s+am|\b[Mm]y\s+name\s+is|\b[Mm]y\s+name['’]s)\s+(?P<name>{NAME})"
    rf"(?=[\s.,!;]|$)"
)

# ... or the page's heading named the writer: "Jane Roe – Biography\nI was born on D", "About
# Jane Roe\n…" (a name alone, of a known given name, or with the page's word after a dash)
_SELF_HEADING = re.compile(
    rf"\A\s*(?:#+{_S}*)?(?:About{_S}+)?(?P<name>{NAME}){_S}*"
    rf"(?:[–—|:-]{_S}*(?:(?:Official{_S}+)?(?:Biography|Bio|Website|Site|Homepage)|About(?:{_S}+me)?)"
    rf"{_S}*)?(?:\n|\Z)"
)

_THIRD_PERSON = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im)\b")


def _from_first_person(reader: _Reader):
    """``I was born on DATE`` after the writer named themself (``I'm Jane Roe``)."""
    text = reader.text
    for m in _FIRST_PERSON_BORN.finditer(text):
        if not _gap_is_clause(m["gap"]):
            continue
        named = [
            subject
            for intro in _SELF_INTRODUCED.finditer(text, max(0, m.start() - 600), m.start())
            if (subject := person_name(intro["name"])) and len(subject.split()) >= 2
        ]
        if not named and (heading := _SELF_HEADING.match(text)):
            subject = person_name(heading["name"])
            if (
                subject
                and len(subject.split()) >= 2
                and subject.split()[0].lower() in known_given_names()
                # (a page that speaks of its person as "she" is written by someone else)
                and not _THIRD_PERSON.search(text, heading.end(), m.start())
            ):
                named = [subject]
        if named:
            group = "date" if m["date"] else "date2"
            yield from reader.fact("birth_date", named[-1], *m.span(group), *m.span())


# A profile's heading: the name on a line of its own, the person's role on the next with the
# birth after it ("Jane Roe\nSinger, born 3 May 1950", "JANE ROE\nSinger-songwriter (b. 3 May
# 1950)"); the role's last word a role the list knows.
_ROLE_UNDER_NAME = re.compile(
    rf"(?m)^{_S}*(?P<name>{NAME}){_S}*\n{_S}*(?P<role>[A-Z][a-z]+(?:[- ][a-z]+){{0,3}})"
    rf"(?:,{_S}*|{_S}*\({_S}*)(?:born|b\.){_S}+(?:on{_S}+)?(?P<date>{_DATE})"
)


def _from_role_under_name(reader: _Reader):
    """``Jane Roe\nSinger, born DATE``: the birth of the name above the role."""
    for m in _ROLE_UNDER_NAME.finditer(reader.text):
        role = re.split(r"[- ]", m["role"].lower())[-1]
        subject = person_name(m["name"])
        if role in _ROLE_WORDS and subject and len(subject.split()) >= 2:
            yield from reader.fact("birth_date", subject, *m.span("date"), *m.span())


def _from_death_notices(reader: _Reader):
    """A newspaper's death notice: ``ROE, Jane (née Smith). Peacefully on DATE …``."""
    for m in _DEATH_NOTICE.finditer(reader.text):
        family, given = (m["caps"], m["caps_given"]) if m["caps"] else (m["family"], m["given"])
        if places.region_name(given) or (
            # (a family name that is also a town's, before a known given name, is a name:
            # "HALE, Thomas. Peacefully on …")
            places.is_known_city(family.title())
            and given.split()[0].lower() not in known_given_names()
        ):
            continue  # a dateline ("PARIS, France. Peacefully on …"), no one's name
        yield from reader.fact(
            "death_date", natural_order(family, given), *m.span("date"), *m.span()
        )


# A death notice's sentence that opens on the manner of the death, without a subject or a
# verb, under the notice's name on a line of its own or after a sentence that named the person
# ("ROE, Jane\nSuddenly at home in Leeds on 3 March 2020, aged 84.", "Jane Roe, 84, of Leeds.
# Peacefully, at Leeds General, on 3 March 2020."); _DEATH_NOTICE reads the name and the
# manner on one line
_NOTICE_ADVERBS = "Peacefully|Suddenly|Unexpectedly|Tragically"
_NOTICE_DEATH = re.compile(
    rf"{_SENTENCE_START}(?:{_NOTICE_ADVERBS}),?(?:{_S}+(?:at|in)\b[^\n.;:()\d]{{1,60}}?,?)?"
    rf"{_S}+on{_S}+(?P<date>{_DATE})"
)


# An obituary's sentence that opens on the age under its heading's name: "ROE, Jane\nAge 84,
# of Leeds, passed away on D", "ROE, Jane – 84, of Leeds, died on D".
_AGED_NOTICE = re.compile(
    rf"(?:{_SENTENCE_START}|(?<=[–—-]{_S}))"
    rf"(?:(?:Age|Aged|AGE){_S}+\d{{1,3}}|\d{{1,3}}(?=,{_S}+of{_S}+[A-Z]))"
    rf",?{_S}+(?:of{_S}+[A-Z][^,.;:\n]{{0,40}}(?:,{_S}+[A-Z][^,.;:\n]{{0,30}})?,?{_S}+)?"
    rf"{_DEATH_ADVERB}{_DIED_VERB}{_S}+{_ON_DATE}"
)


def _from_notices(reader: _Reader):
    """``Peacefully on DATE`` and ``Age 84, of Leeds, passed away on DATE``: a death notice's
    death, the person its heading named."""
    text = reader.text
    matches: list[re.Match[str]] = []
    if any(word in text for word in _NOTICE_ADVERBS.split("|")):
        matches += _NOTICE_DEATH.finditer(text)
    if "Age" in text or "AGE" in text or ", of " in text:
        matches += _AGED_NOTICE.finditer(text)
    for m in matches:
        subject = reader.antecedent(m.start())
        # (a person's name, a known given name in it: "The Otley Herons won. Peacefully on …"
        # is no notice)
        if (
            subject
            and any(word.lower() in known_given_names() for word in subject.split())
            and not _other_person_since(reader, subject, m.start())
        ):
            group = "date2" if m.groupdict().get("date2") else "date"
            yield from reader.fact("death_date", subject, *m.span(group), *m.span())


def _from_dropped_subjects(reader: _Reader):
    """``Born DATE[, P][, died DATE].`` and ``Died DATE.``: sentences without a subject."""
    text = reader.text
    if "Born" not in text and "Died" not in text and "\nb." not in text and "\nd." not in text:
        return
    for m in _DROPPED_LIFE.finditer(text):
        if _SUBJECT_AFTER.match(m["rest"]) or _SUBJECT_AFTER.search(m["gap"] or ""):
            continue  # "Born on DATE, Jane Roe studied …": the sentence has its subject
        subject = reader.antecedent(m.start())
        relation = "birth_date" if m["event"] == "Born" or m["mark"] in ("b", "B") else "death_date"
        yield from reader.fact(relation, subject, *m.span("date"), *m.span())
        if m["death"] and relation == "birth_date":
            yield from reader.fact("death_date", subject, *m.span("death"), *m.span())


# "Jane Roe lived from 3 May 1901 to 4 June 1980": a life stated by its two ends (not "lived
# in Leeds from … to …" or "lived from … to … in Leeds", a stay)
_LIVED_FROM = re.compile(
    rf"(?P<name>{NAME}){_S}+lived{_S}+from{_S}+(?P<date>{_DATE}){_S}+(?:to|until|till)"
    rf"{_S}+(?P<death>{_DATE})(?!,?{_S}+(?:in|at|with|on|near|under|as)\b)"
)


# A cleft that puts the date first: "It was on 3 May 1901 that Jane Roe was born", "It was on
# 4 June 1980, in Leeds, that Jane Roe died".
_CLEFT = re.compile(
    rf"\bIt{_S}+was{_S}+(?:on{_S}+)?(?P<date>{_DATE})(?:,{_S}*(?:in|at){_S}+[^,\n]{{1,40}},)?"
    rf"{_S}+that{_S}+(?P<name>{NAME}){_S}+(?P<event>was{_S}+born|died|passed{_S}+away)\b"
)


def _from_clefts(reader: _Reader):
    """``It was on DATE that Jane Roe was born`` (or died)."""
    for m in _CLEFT.finditer(reader.text):
        relation = "birth_date" if m["event"].endswith("born") else "death_date"
        subject = reader.subject(m["name"], m.start("name"))
        yield from reader.fact(relation, subject, *m.span("date"), *m.span())


def _from_lived_from(reader: _Reader):
    """``Jane Roe lived from D to D``: the birth and the death."""
    if "lived from" not in reader.text:
        return
    for m in _LIVED_FROM.finditer(reader.text):
        subject = reader.subject(m["name"], m.start())
        yield from reader.fact("birth_date", subject, *m.span("date"), *m.span())
        yield from reader.fact("death_date", subject, *m.span("death"), *m.span())


def _from_comma_spans(reader: _Reader):
    """``Jane Roe, May 3, 1901 – June 4, 1980`` (or a line of ``Jane Roe 3 May 1901 – 4 June
    1980`` alone): a span of two full dates, a life long."""
    for m in _matches_near_words(_COMMA_LIFE_SPAN, reader.text, _SPAN_DASH, (120, 20)):
        subject = person_name(m["name"])
        if not subject or subject.split()[0].lower() not in known_given_names():
            continue
        # a life long: 1 to 120 years, the death after the birth (``_a_life_long``)
        years = _years_apart(reader, m, "date", "death")
        if not 1 <= years <= 120:
            continue
        if m["spaced"] and not (
            (m.start() == 0 or reader.text[m.start() - 1] == "\n")
            and _LINE_END_AFTER.match(reader.text, m.end())
            and years >= _SPACED_SPAN_YEARS
        ):
            # without the comma, a line of the name and a span of years alone (a venue's show
            # runs for a year or two: "Grace Hall 3 May 2001 – 4 June 2002")
            continue
        if _names_a_place(subject):
            continue  # "… Museum (London, 3 May 2011 – 4 June 2012)": a show's run
        yield from reader.fact("birth_date", subject, *m.span("date"), *m.span())
        yield from reader.fact("death_date", subject, *m.span("death"), *m.span())


def _names_kin(text: str) -> bool:
    """Whether ``text`` holds a kinship word ("her husband", "his father"): whose verb follows
    is the relative's."""
    return bool(KINSHIP.intersection(re.findall(r"[a-z]+", text)))


def _common_word(name: str) -> bool:
    """Whether a one-word "name" is a word that titles write in lower case and no given name
    (a section's heading opening a line: "Early life.", "Career."), no person a pronoun
    continues; nor a role's word alone on a profile's line ("Jane Roe\nGoalkeeper\nb. D")."""
    word = name.lower()
    return (
        " " not in word
        and (word in _COMMON_WORDS or word in _ROLE_WORDS)
        and word not in given_names()
    )


_COMMON_WORDS = load_words("title_words")


def _other_person_since(reader: _Reader, subject: str, position: int) -> bool:
    """Whether a person other than ``subject`` is named between the last sentence that opened
    with a name and ``position``."""
    since = max((at for at, _ in reader.subjects() if at < position), default=0)
    own = set(_name_words(subject))
    for m in _NAME_RE.finditer(reader.text, since, position):
        name = person_name(m.group())
        if name and len(name.split()) >= 2 and not set(_name_words(name)) <= own:
            return True
    return False


def _without_role(name: str) -> str:
    """A name without the role that a sentence may open with ("Drummer Ken Moe was born …",
    "Goalkeeper Jane Roe …"); a role word that is also a given name stays ("Hunter Moe")."""
    first, _, rest = name.partition(" ")
    if rest[:1].isupper() and first.lower() in _ROLE_WORDS and first.lower() not in given_names():
        return rest
    return name


# (and the subject pronouns of the other languages' clauses: "Er wurde am D … geboren", "Il
# est né le D")
_PRONOUN_OF = {
    "His": "he", "Her": "she", "his": "he", "her": "she",
    "Il": "he", "Er": "he", "Lui": "he", "Él": "he", "Elle": "she", "Sie": "she", "Lei": "she",
}  # fmt: skip
_GENDER_OF = {"he": "M", "his": "M", "she": "F", "her": "F"}
_OWN_DEATH = re.compile(r"\b(?:his|her)\s+death\b")
_RELATIVE = re.compile(
    r"\b(?:husband|wife|son|daughter|brother|sister|father|mother|parents?|child(?:ren)?|widow"
    r"|widower|uncle|aunt|nephew|niece|cousin|grand\w+|fianc\w*|partner|spouse|friend)\b"
)
_REMEMBERED_BEFORE = re.compile(
    r"\b(?:anniversary|anniversaries|centenary|centennial|bicentenary|bicentennial|memory"
    r"|commemoration|remembrance)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
# An attack's date is the death's only when no later death follows in the sentence.
_ATTACKED = re.compile(r"\bwas\s+(?:killed|assassinated|murdered|executed)\b")
_DIED_LATER = re.compile(r"[^.!?\n]{0,80}?\b(?:died|succumbed)\b")
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:[Ii]f|[Ss]uppose|[Ss]upposing|[Aa]ssum(?:e|ing)|[Ii]magine|[Ww]hether|[Uu]nless)"
    r"\s+(?:that\s+)?$"
)
_HYPOTHETICAL_OPENING = re.compile(r"(?:If|Suppose|Supposing|Assuming|Imagine|Whether|Unless)\s")


# A quiz's question on a birth or a death, its options lettered, and the letter of the answer
# marked after them: "When was Jane Roe born?\nA) 3 May 1950\nB) 12 June 1951\nAnswer: B"
# (only the marked option is a fact; the others are no statement).
_CHOICE_QUESTION = re.compile(
    rf"(?i:when\s+was)\s+{_DESCRIBED}(?P<born>{NAME})\s+born{_S}*\?"
    rf"|(?i:when\s+did)\s+{_DESCRIBED}(?P<died>{NAME})\s+(?i:die|pass\s+away){_S}*\?"
    rf"|(?i:what\s+(?:is|was)\s+(?:the\s+)?)(?:(?P<born2>{NAME})['’]s\s+(?i:date\s+of\s+birth"
    rf"|birth\s*date)|(?i:date\s+of\s+birth|birth\s*date)\s+of\s+(?P<born3>{NAME})){_S}*\?"
    rf"|(?i:what\s+(?:is|was)\s+(?:the\s+)?)(?:(?P<died2>{NAME})['’]s\s+(?i:date\s+of\s+death"
    rf"|death\s*date)|(?i:date\s+of\s+death|death\s*date)\s+of\s+(?P<died3>{NAME})){_S}*\?"
)
_CHOICE = re.compile(rf"(?:^|(?<=\s))\(?(?P<letter>[A-Ea-e])[.)]{_S}*(?P<date>{_DATE})")
_MARKED_CHOICE = re.compile(
    r"(?im)^[^\S\n]*(?:correct\s+answer|answer|ans)[^\S\n]*[:.=-]?[^\S\n]*\(?(?P<letter>[A-Ea-e])"
    r"\)?[^\S\n]*[.)]?[^\S\n]*$"
)
_CHOICES_REACH = 400


def _from_choice_answers(reader: _Reader):
    """A question's lettered options and its marked letter: the marked option's date."""
    text = reader.text
    if "?" not in text:
        return
    for m in _CHOICE_QUESTION.finditer(text):
        relation = "birth_date" if (m["born"] or m["born2"] or m["born3"]) else "death_date"
        name = next(
            g for g in (m["born"], m["born2"], m["born3"], m["died"], m["died2"], m["died3"]) if g
        )
        reach = text[m.end() : m.end() + _CHOICES_REACH]
        # (the options and the answer before the next question)
        if (next_question := reach.find("?")) >= 0:
            reach = reach[:next_question]
        marked = _MARKED_CHOICE.search(reach)
        if marked is None:
            continue
        options = {c["letter"].upper(): c for c in _CHOICE.finditer(reach, 0, marked.start())}
        if len(options) < 2 or (chosen := options.get(marked["letter"].upper())) is None:
            continue
        subject = person_name(name)
        date_start, date_end = (m.end() + at for at in chosen.span("date"))
        # (the option's letter is no hedge: "C. 3 June 1951" is not "c. 3 June 1951")
        letter = m.end() + chosen.start("letter")
        unlettered = _Reader(text[:letter] + " " + text[letter + 1 :])
        yield from unlettered.fact(
            relation, subject, date_start, date_end, m.start(), m.end() + marked.end()
        )


def _life_dates(text: str):
    reader = _Reader(text)
    yield from _from_parentheses(reader)
    yield from _from_described_leads(reader)
    yield from _from_cjk_leads(reader)
    yield from _from_coordinated(reader)
    yield from _from_choice_answers(reader)
    for clause_relation, pattern in _CLAUSES:
        for m in _matches_near_words(pattern, text):
            relation = clause_relation
            parts = m.groupdict()
            if not (
                _gap_is_clause(parts.get("gap"))
                and _gap_is_clause(_without_own_birth(parts.get("apposition")))
            ):
                continue
            if (
                pattern in _VERB_CLAUSES
                and _OBJECT_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or pattern in _COMMA_CLAUSES
                and _WHERE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            ) and not (_WHO_AFTER.match(text, m.end("name")) and not _only_a_place(m["name"])):
                # (a place's name before "who" too: "a painter from Leeds who died on …")
                continue  # "…, who was born in Ohio, died on …": Ohio is where, not who
            if pattern in _NOUN_GAP_CLAUSES and (
                _names_another_holder(m["gap"]) or _OWN_SUBJECT_CLAUSE.search(m["gap"])
            ):
                # ("Oban, the town where he was born on D": the town is where, "he" is who)
                continue
            run_start = _run_start(text, m.start())
            described = (
                _KIN_HEAD_APPOSED.search(text, max(0, run_start - 80), run_start)
                if pattern in (_COMMA_B, _COMMA_D)
                else None
            )
            if described:
                # "Ada Vane, wife of Tom Hale, b. D": the person the kinship describes
                subject = person_name(described["head"])
                yield from reader.fact(relation, subject, *m.span("date"), *m.span())
                continue
            if (
                pattern in _VERB_CLAUSES
                and _COMPLEMENT_BEFORE.search(text, 0, run_start)
                or pattern in _COMMA_CLAUSES
                and _OF_COMPLEMENT_BEFORE.search(text, 0, run_start)
                or (pattern in _VERB_CLAUSES or pattern in _COMMA_CLAUSES)
                and _COORDINATED_COMPLEMENT_BEFORE.search(text, max(0, run_start - 160), run_start)
            ) and not _WHO_AFTER.match(text, m.end("name")):
                continue  # "the sister of Jane Roe died …": the verb's subject is the sister
            if (
                pattern in _COMMA_CLAUSES
                and _FROM_BEFORE.search(text, max(0, m.start() - 8), m.start())
                and _only_a_place(m["name"])
            ):
                continue  # "Ken Moe is a drummer from Leeds, England, born D": Leeds is whence
            if pattern in (_COMMA_B, _COMMA_D) and _DATE_BEFORE.search(text, 0, m.start()):
                continue  # "b. 12 Jan 1820 Leeds, d. …": Leeds is where the birth was
            if parts.get("stopped") and not _opens_with_given_name(m["name"]):
                continue  # "Main St. b. …": after a stop only a name plainly a person's
            given = m["name"].split()[0].lower() if parts.get("name") else ""
            if (
                parts.get("spaced")
                or parts.get("dashed")
                or parts.get("starred")
                or parts.get("crossed")
            ) and given not in known_given_names():
                # "Main St. b. …", "The Herons - d. …": without the comma only a name plainly
                # a person's
                continue
            if pattern in _COMMA_CLAUSES and _PLACE_BEFORE.search(text, 0, m.start()):
                continue  # "Jane Roe, 84, of Cork, died …": Cork is where she lived
            if pattern is _COMMA_BORN and parts.get("gap") and _opens_quotation(m["gap"]):
                continue  # 'Jane Roe, "Ken Moe, born D", lithograph': inside a work's title
            if (
                pattern is _COMMA_BORN
                and parts.get("gap")
                and _KIN_OR_RELATIVE.search(m["gap"])
                and not _KIN_OF_GAP.fullmatch(m["gap"])
            ):
                continue  # "Ken Moe, with whom she has a son, Ben, born …": the son's birth
            if pattern is _BORN_AND_DIED and (
                _names_kin(m["between"]) or re.search(r"\b(?:his|her|their)\s+[a-z]", m["between"])
            ):
                continue  # "… born on …, and her husband Paul died on …": his death
            if pattern is _BORN_AND_DIED and _ends_a_sentence(m["between"]):
                continue  # "Kari was born on D. Brandt died on D2": another sentence's subject
            if pattern in (_COORDINATED_DIED, _WHO_AND_DIED) and (
                # (a possessive's own death as a noun is theirs: "Jane Roe's letters were
                # published after her death on …")
                (
                    # (a plural's apostrophe after the name: "The Roes' fourth son, …")
                    (re.search(r"['’]s?$", m["name"]) or m["between"].startswith(("'", "’")))
                    and not (_OWN_DEATH.search(m.group()) and not _RELATIVE.search(m["between"]))
                )
                # (a clause on a thing may stand before the pronoun's: "Roe suffered a disorder,
                # which was followed by a stroke from which he died on …")
                or (_OTHER_PERSON_BETWEEN if _pronoun_of(parts) else _OTHER_SUBJECT_BETWEEN).search(
                    m["between"]
                )
                or _names_kin(m["between"])
            ):
                continue  # "Jane Roe said her father retired and died on …"
            pronoun = _pronoun_of(parts)
            if pronoun and (
                _RELATIVE.search(m["between"])
                # (or an animal in its care: "…, who nursed a dog until she died on …")
                or any(word in _ANIMALS for word in re.findall(r"[a-z]+", m["between"]))
                or _names_another_person(m["between"])
                or _REMEMBERED_BEFORE.search(m.string, m.start(), m.end("between"))
                or (_GENDER_OF.get(m["name"].lower()) or gender_of(person_name(m["name"]) or ""))
                not in (None, _GENDER_OF[pronoun])
            ):
                continue  # "Jane Roe nursed her father until he died on …": the father's
            if pattern in (_PASSING_OF, _BIRTH_OF) and re.search(r"['’]s$", m["name"]):
                continue  # "the death of Jane Roe's husband on …"
            if pattern is _BIRTH_OF and not _born_person(m):
                continue  # "the birth of Hip Hop on August 11, 1973": a movement's
            if pattern is _NAMED_AFTER_BIRTH and not _opens_with_given_name(
                m["name"] or m["name2"]
            ):
                continue  # "… and she called him Monday morning": no name given
            if pattern in (
                _PASSING_OF,
                _BIRTH_OF,
                _POSSESSIVE_DIED,
                _POSSESSIVE_BORN,
            ) and _REMEMBERED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue  # "the anniversary of Jane Roe's death on …": the day that remembers it
            name_group = next(
                g
                for g in (
                    "name",
                    "name2",
                    "name3",
                    "name4",
                    "name5",
                    "dropped",
                    "fronted",
                    "described",
                    "asked_pronoun",
                )  # fmt: skip
                if parts.get(g)
            )
            if (
                pattern in (_PRONOUN_BORN, _PRONOUN_DIED)
                and text[max(0, m.start(name_group) - 2) : m.start(name_group)] == ", "
                and not _after_opening_phrase(text, m.start(name_group))
            ):
                continue  # "…, he died on …" only after a sentence's short opening phrase
            if (
                relation == "death_date"
                and _ATTACKED.search(m.group())
                and _DIED_LATER.match(text, m.end())
            ):
                continue  # "… was shot on April 14, 1865, and died the next morning"
            if _HYPOTHETICAL_BEFORE.search(text, max(0, m.start() - 24), m.start()) or (
                _HYPOTHETICAL_OPENING.match(m[name_group])
            ):
                continue  # "If Jane Roe was born on …, how old …": a supposition
            group = next(g for g in ("date", "date2", "date3", "date4") if parts.get(g))
            if pattern is _BORN_COLON and m["event"] == "Died":
                relation = "death_date"
            if pattern is _QUESTION_WHO and m["event"].lower() == "died":
                relation = "death_date"
            # (a comma clause's gap is an apposition too: "Leeds, Jane Roe, born …")
            apposition = parts.get("apposition") or (
                parts.get("gap") if pattern in _COMMA_CLAUSES else None
            )
            inverted = _inverted_header(text, m)
            lead = _LEADING_NAME.match(apposition.strip()) if apposition else None
            if (
                inverted is None
                and lead
                and apposition
                and (_NAME_RE.fullmatch(apposition.strip()) or " " not in m[name_group])
                # (a state after a town is no name apposed: "… of Dayton, Ohio, died …")
                and not places.region_name(lead["name"])
                and (
                    _is_opener(m[name_group])
                    or places.is_known_city(m[name_group])
                    or places.region_name(m[name_group])
                )
            ):
                # "The rector of the University of Vienna, Hans Roe, died …": the place ends
                # a description, the name apposed to it is the subject; so after a dateline
                # or an adverb ("Sadly, Jane Roe, 84, died …")
                yield from reader.fact(
                    relation, person_name(lead["name"]), *m.span(group), *m.span()
                )
                continue
            # "In memory of Mary, wife of John Roe, who departed this life …": on a memorial
            # the relative clause speaks of the person the kinship describes, named before it
            kin = (
                _KIN_HEAD_BEFORE.search(text, max(0, m.start(name_group) - 80), m.start(name_group))
                if pattern in _VERB_CLAUSES and _WHO_AFTER.match(text, m.end(name_group))
                else None
            )
            if name_group == "described":
                # the person the text introduced, as a pronoun's, where nobody else was named
                # since ("Jane Roe met Ken Moe. The bassist was born …": which of them?)
                subject = reader.antecedent(m.start(name_group))
                if subject and not _other_person_since(reader, subject, m.start(name_group)):
                    yield from reader.fact(relation, subject, *m.span(group), *m.span())
                continue
            subject = (
                inverted
                or (person_name(kin["head"]) if kin else None)
                or _family_in_capitals_before(text, m.start(name_group), m[name_group])
                # (a thing of theirs opening the sentence: "Her letters … after her death")
                or reader.subject(
                    _PRONOUN_OF.get(m[name_group], m[name_group]), m.start(name_group)
                )
            )
            if (
                (
                    name_group == "name2"
                    and pattern is _PRONOUN_DIED
                    or name_group == "name3"
                    and pattern is _POSSESSIVE_BORN
                    or name_group in ("name4", "name5")
                    and pattern is _POSSESSIVE_DIED
                )
                and subject
                and _other_person_since(reader, subject, m.start(name_group))
            ):
                # "Upon his death on …", "Her date of birth is …" after another person of
                # that gender was named: whose?
                continue
            asked = pattern is _QUESTION_WHO
            yield from reader.fact(relation, subject, *m.span(group), *m.span(), asked=asked)
            if pattern is _BORN_COLON and m["death"] and relation == "birth_date":
                yield from reader.fact("death_date", subject, *m.span("death"), *m.span())
    yield from _from_dropped_subjects(reader)
    yield from _from_notices(reader)
    yield from _from_comma_spans(reader)
    yield from _from_lived_from(reader)
    if "It was" in text:
        yield from _from_clefts(reader)
    for m in _FRONTED.finditer(text):
        if not _fronts_sentence(text, m):
            continue
        relation = "birth_date" if m["event"].endswith("born") else "death_date"
        subject = reader.subject(m["name"], m.start())
        yield from reader.fact(relation, subject, *m.span("date"), *m.span())
    if any(verb in text for verb in _KILLING_VERBS):
        for m in _FRONTED_KILLING.finditer(text):
            if not _fronts_sentence(text, m):
                continue
            if m["name"].endswith(("'s", "’s")) or _POSSESSIVE_RUN.match(text, m.end("name")):
                continue  # "killed Ken Roe's cattle": the name is a possessor
            subject = reader.subject(m["name"], m.start("name"))
            yield from reader.fact("death_date", subject, *m.span("date"), *m.span())
    if "gave birth" in text or "were born" in text:
        yield from _from_gave_birth(reader)
    yield from _from_day_pages(reader)
    yield from _from_dated_lists(reader)
    yield from _from_key_values(reader)
    if "birth" in text or "death" in text or "born" in text or "died" in text or "P5" in text:
        yield from _from_triples(reader)
    yield from _from_tables(reader)
    if _RECORD_WORDS.search(text):
        yield from _from_records(reader)
    yield from _from_name_over_span(reader)
    yield from _from_dated_rows(reader)
    yield from _from_fields(reader)
    if "(age" in text:
        yield from _from_age_marked(reader)
    if "deaths of" in text:
        yield from _from_deaths_of(reader)
    if "I was born" in text:
        yield from _from_first_person(reader)
    if "\n" in text and ("born" in text or "b." in text):
        yield from _from_role_under_name(reader)
    if any(word in text for word in _NOTICE_WORDS):
        yield from _from_death_notices(reader)
    if "irthday" in text:
        yield from _from_birthday_lines(reader)


def _from_gave_birth(reader: _Reader):
    """A child's birth told as its mother's act (``_GAVE_BIRTH_THEN_DATE``, ``_GAVE_BIRTH_ON``,
    ``_FRONTED_GAVE_BIRTH``): the named child's birth date; twins' or triplets' as their
    mother's act or their own (``_FRONTED_MANY_BORN``, ``_GAVE_BIRTH_TO_MANY_THEN_DATE``): each
    named child's."""
    text = reader.text
    for pattern in (
        _GAVE_BIRTH_THEN_DATE,
        _GAVE_BIRTH_TO_NAMED,
        _GAVE_BIRTH_ON,
        _FRONTED_GAVE_BIRTH,
    ):
        for m in pattern.finditer(text):
            if pattern is _FRONTED_GAVE_BIRTH and not _fronts_sentence(text, m):
                continue
            subject = reader.subject(m["name"], m.start("name"))
            yield from reader.fact("birth_date", subject, *m.span("date"), *m.span())
    for pattern in (_FRONTED_MANY_BORN, _GAVE_BIRTH_TO_MANY_THEN_DATE):
        for m in pattern.finditer(text):
            if pattern is _FRONTED_MANY_BORN and not _fronts_sentence(text, m):
                continue
            for index, child in enumerate(_NAME_RE.finditer(m["names"])):
                subject = reader.subject(child.group(), m.start("names") + child.start())
                for fact in reader.fact("birth_date", subject, *m.span("date"), *m.span()):
                    # (each child's fact told apart from the others', as coordinated names')
                    yield (*fact[:5], (fact[5], index))


# A birthday post's line: "Happy birthday to Jane Roe of Iron Gate (March 3, 1964)!",
# "Birthdays today: Jane Roe (3 March 1964), Ken Moe of Nightfall (4 May 1970)": the date in
# brackets after a name is the birth's.
_BIRTHDAY_LINE = re.compile(
    r"(?im)^[^\n]*\b(?:happy\s+\d{0,3}(?:st|nd|rd|th)?\s*birthday|birthdays)\b[^\n]*"
)
_BIRTHDAY_ITEM = re.compile(
    rf"(?P<name>{NAME})(?:{_S}+(?:of|from){_S}+{CAP_WORD}(?:{_S}+{CAP_WORD}){{0,3}})?"
    rf"{_S}*!?{_S}*\({_S}*(?:born{_S}+|b\.{_S}*)?(?P<date>{_DATE}){_S}*\)"
)


# Coordinated subjects of one verb: "Anna Roe and Beth Roe were born on D", "Jane Roe, Tom
# Roe and Ann Moe died on D", "… were both killed on D": a fact for each name.
_COORDINATED = re.compile(
    rf"(?P<names>{NAME}(?:,{_S}+{NAME}){{0,4}},?{_S}+(?:and|&){_S}+{NAME}),?{_S}+"
    rf"(?P<verb>were{_S}+(?:both{_S}+|all{_S}+)?born|(?:both{_S}+|all{_S}+)?died"
    rf"|were{_S}+(?:both{_S}+|all{_S}+)?(?:killed|executed|murdered)){_S}+(?:on{_S}+)?"
    rf"(?P<date>{_DATE})"
)
_COORDINATED_WORDS = re.compile(r"\b(?:born|died|killed|executed|murdered)\b")
_COORDINATOR = re.compile(rf",?{_S}+(?:and|&){_S}+|,{_S}+")
# (by id, as the clause words: a compiled pattern's hash is slow)
_NAME_LED = {
    id(pattern)
    for pattern in (*(pattern for _, pattern in _CLAUSES), _COMMA_LIFE_SPAN, _COORDINATED)
    if _name_led(pattern)
}
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|on|of|from|to|by|with|near|for)\s+$")


def _from_coordinated(reader: _Reader):
    """A fact for each of two or more coordinated names, each a person's; the last name's
    fact keeps the date's own place (the clause patterns read that name too), the others' are
    told apart by their name's place."""
    text = reader.text
    for m in _matches_near_words(_COORDINATED, text, _COORDINATED_WORDS):
        relation = "birth_date" if m["verb"].endswith("born") else "death_date"
        raw = _COORDINATOR.split(m["names"])
        names = [person_name(name) for name in raw]
        if len(names) < 2 or not all(names) or _COMPLEMENT_BEFORE.search(text, 0, m.start()):
            continue  # "the parents of Ana Roe and Ken Moe were born …", "Roe and her son …"
        if _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()) or any(
            places.region_name(name) or places.is_known_city(name) for name in names if name
        ):
            continue  # "… died in London, and Ken Moe died on …": a place, not a subject
        for index, name in enumerate(names):
            for fact in reader.fact(relation, name, *m.span("date"), m.start(), m.end()):
                if index < len(names) - 1:
                    fact = (*fact[:5], (fact[5], index))
                yield fact


def _from_birthday_lines(reader: _Reader):
    """Names with a full date in brackets on a line that wishes a happy birthday or lists
    birthdays."""
    text = reader.text
    for line in _BIRTHDAY_LINE.finditer(text):
        for m in _BIRTHDAY_ITEM.finditer(text, line.start(), line.end()):
            yield from reader.fact("birth_date", person_name(m["name"]), *m.span("date"), *m.span())


# "the deaths of former Councillors Ken Moe (12 May 2019) and Jane Roe (4 June 2019)": each
# name of the list with its date in brackets.
_DEATHS_OF = re.compile(r"\bdeaths\s+of\s+(?:(?:the\s+)?(?:former|late)\s+)?(?:[A-Z][a-z]+s\s+)?")
_DEATHS_OF_ITEM = re.compile(
    rf"(?P<name>{NAME}){_S}*\({_S}*(?:d\.{_S}*|died{_S}+)?(?P<date>{_DATE}){_S}*\)"
    rf"(?P<next>{_S}*(?:,{_S}*(?:and{_S}+)?|{_S}+and{_S}+)(?:(?:the{_S}+)?(?:former|late){_S}+)?)?"
)


def _from_deaths_of(reader: _Reader):
    """A list of deaths, each name with its date in brackets, after "the deaths of"."""
    text = reader.text
    for lead in _DEATHS_OF.finditer(text):
        at = lead.end()
        while m := _DEATHS_OF_ITEM.match(text, at):
            yield from reader.fact("death_date", person_name(m["name"]), *m.span("date"), *m.span())
            if not m["next"]:
                break
            at = m.end()


# Knowledge-graph triples: "<…/Jane_Roe> <…/birthDate> "1950-05-03"^^xsd:date",
# "dbr:Jane_Roe dbo:deathDate "…"", "(Jane Roe, date of birth, 3 May 1950)", "Jane Roe | born |
# 3 May 1950", "<Jane Roe; date of birth; 3 May 1950>".
_BIRTH_PREDICATE = r"birthDate|birth_date|dateOfBirth|date_of_birth|P569"
_DEATH_PREDICATE = r"deathDate|death_date|dateOfDeath|date_of_death|P570"
_IRI_NAME = r"<[^<>\s]{0,200}?[/#:](?P<iri>[^/#<>\s]{2,100})>"
_PREFIXED_NAME = r"(?<![\w:])\w[\w.-]{0,20}:(?P<prefixed>[^\s<>\"]{2,100})"
_TRIPLE_LITERAL = rf"\"(?P<date>{_DATE})[^\"\n]{{0,20}}\""
_KG_TRIPLE = re.compile(
    rf"(?:{_IRI_NAME}|{_PREFIXED_NAME})\s+(?:<[^<>\s]{{0,200}}?[/#:]|\w[\w.-]{{0,20}}:)"
    rf"(?P<pred>{_BIRTH_PREDICATE}|{_DEATH_PREDICATE})>?\s+{_TRIPLE_LITERAL}"
)
_WORD_PREDICATE = (
    # (an identifier's underscores for spaces: "date_of_birth", "birth_date")
    r"(?P<pred>(?i:date[\s_]+of[\s_]+birth|birth[\s_]*date|born(?:\s+on)?|date[\s_]+of[\s_]+death"
    r"|death[\s_]*date"
    r"|died(?:\s+on)?))"
)
# (in brackets of any kind, parted by commas, semicolons or bars, each part maybe quoted:
# "<Jane Roe; date of birth; 3 May 1950>", '("Jane Roe", "date of birth", "1950-05-03")')
_TRIPLE_QUOTE = r"[\"']?"
_TRIPLE_PART = rf"{_TRIPLE_QUOTE}\s*[,;|]\s*{_TRIPLE_QUOTE}"
_LINE_TRIPLE_PART = r"(?(angled)[^\S\n]*<|[^\S\n]*(?:->|→|=>|[,:])[^\S\n]*)"
# (each part maybe labelled: "<head entity: Jane Roe; relation: date of birth; tail entity: D>")
_HEAD_LABEL = r"(?:(?i:head|subject)(?:\s+entity)?\s*:\s*)?"
_RELATION_LABEL = r"(?:(?i:relation|predicate|property)\s*:\s*)?"
_TAIL_LABEL = r"(?:(?i:tail|object|value)(?:\s+entity)?\s*:\s*)?"
_TEXT_TRIPLE = re.compile(
    rf"[(<\[]\s*{_TRIPLE_QUOTE}{_HEAD_LABEL}(?P<name>{NAME}){_TRIPLE_PART}{_RELATION_LABEL}"
    rf"{_WORD_PREDICATE}{_TRIPLE_PART}{_TAIL_LABEL}(?P<date>{_DATE}){_TRIPLE_QUOTE}\s*[)>\]]"
    # (several on a line, parted by semicolons: "Jane Roe | born | D ; Ken Moe | died | D")
    # (spaces around a separator, tabs as one: a run of tabs is not split every way)
    rf"|(?:(?m:^)|(?<=;)){_S}*+\|?{_S}*+(?P<name2>{NAME})[ ]*+(?:\||\t++){_S}*+"
    rf"{_WORD_PREDICATE.replace('pred', 'pred2')}[ ]*+(?:\||\t++){_S}*+(?P<date2>{_DATE})"
    rf"{_S}*\|?{_S}*(?=;|(?m:$))"
    # a line of its own, maybe a list item, its parts parted by arrows, commas or colons, or
    # each in angle brackets: "- Jane Roe, date of birth, 3 May 1950", "Jane Roe -> born ->
    # 3 May 1950", "<Jane Roe> <date of birth> <3 May 1950>"
    rf"|(?m:^)[^\S\n]*(?:[-*•][^\S\n]+|\d{{1,3}}[.)][^\S\n]+)?"
    rf"(?P<angled><)?(?P<name3>{NAME})(?(angled)>){_LINE_TRIPLE_PART}"
    rf"{_WORD_PREDICATE.replace('pred', 'pred3')}(?(angled)>){_LINE_TRIPLE_PART}"
    rf"(?P<date3>{_DATE})(?(angled)>)[^\S\n]*[.;]?[^\S\n]*(?m:$)"
    # a record with its parts under keys: {"head": "Jane Roe", "relation": "date of birth",
    # "tail": "3 May 1950"}, {"subject": …, "predicate": …, "object": …}
    rf"|[\"'](?:head|subject|subj|entity|item)[\"']{_S}*:{_S}*[\"'](?P<name4>{NAME})[\"']{_S}*,{_S}*"
    rf"[\"'](?:relation|predicate|rel|type|property)[\"']{_S}*:{_S}*[\"']"
    rf"{_WORD_PREDICATE.replace('pred', 'pred4')}[\"']{_S}*,{_S}*"
    rf"[\"'](?:tail|object|obj|value)[\"']{_S}*:{_S}*[\"'](?P<date4>{_DATE})[\"']"
)
# What every _TEXT_TRIPLE match holds: its predicate's first word right after the mark that
# parts it from the name (",", ";", "|", a tab, "->", "→", "=>", ":", an angle bracket), maybe
# with spaces and a quote between. A text without one is spared the scan (most texts).
# (a run of tabs tried from its first tab only: from every tab, each try reads the rest)
_TRIPLE_PREDICATE = re.compile(
    r"(?:[,;|:>→<]|(?<!\t)\t)\s*+[\"']?(?:date|birth|born|death|died)", re.I
)


def _from_triples(reader: _Reader):
    text = reader.text
    for m in _KG_TRIPLE.finditer(text):
        raw = unquote(m["iri"] or m["prefixed"] or "").replace("_", " ")
        if any(char.isdigit() for char in raw):
            continue  # an identifier ("wd:Q123"), not a name
        subject = person_name(raw)
        relation = "death_date" if re.match(_DEATH_PREDICATE, m["pred"]) else "birth_date"
        yield from reader.fact(relation, subject, *m.span("date"), *m.span())
    for m in _TEXT_TRIPLE.finditer(text) if _TRIPLE_PREDICATE.search(text) else ():
        suffix = next(k for k in ("", "2", "3", "4") if m[f"name{k}"])
        name, predicate, group = m[f"name{suffix}"], m[f"pred{suffix}"], f"date{suffix}"
        relation = "death_date" if re.search(r"(?i)death|died", predicate) else "birth_date"
        yield from reader.fact(relation, person_name(name), *m.span(group), *m.span())


def _from_key_values(reader: _Reader):
    """``"born": "1950-05-03"`` in a record (JSON, YAML, a dict) whose name key precedes it:
    ``"name"``, or ``"first_name"`` with ``"last_name"``."""
    text = reader.text
    for m in _DATE_KEY.finditer(text):
        record_start = max(
            (end.end() for end in _RECORD_END.finditer(text, max(0, m.start() - 600), m.start())),
            default=max(0, m.start() - 600),
        )
        record = text[record_start : m.start()]
        named = list(_NAME_KEY.finditer(record))
        given, family = _GIVEN_KEY.search(record), _FAMILY_KEY.search(record)
        if named:
            subject = person_name(named[-1]["name"])
        elif given and family:
            subject = person_name(f"{given['name']} {family['name']}")
        else:
            continue
        key = m["key"].lower()
        relation = (
            "death_date"
            if key.startswith(("died", "death", "date_of_death", "dod"))
            else ("birth_date")
        )
        yield from reader.fact(relation, subject, *m.span("date"), record_start, m.end())


_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'’-]+")
_INVERTED_FAMILY = re.compile(r"[^\S\n]*(?P<family>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?),[^\S\n]+")
_CAPITALS_FAMILY = re.compile(
    r"[^\S\n]*(?P<family>[A-Z][A-Z'’-]+(?:[^\S\n]+[A-Z][A-Z'’-]+)?),?[^\S\n]+$"
)


def _family_in_capitals_before(text: str, name_start: int, name: str) -> str | None:
    """A death notice's heading ``BRENNAN Ada (née Walsh), died …``: a family name in capitals
    opens the line before the given names; the subject is in natural order (``Ada BRENNAN``)."""
    line_start = text.rfind("\n", 0, name_start) + 1
    if name_start - line_start > 60:
        return None
    if m := _CAPITALS_FAMILY.fullmatch(text, line_start, name_start):
        return natural_order(m["family"], name)
    # a notice's "Smith, Mary Ellen (née Clark), 91, died …": a family name and a comma open
    # the line, and the name after them starts with a known given name
    if (
        (m := _INVERTED_FAMILY.fullmatch(text, line_start, name_start))
        and name.split()[0].lower() in known_given_names()
        and m["family"].lower() not in NOT_NAME_START  # "Sadly, Jane Roe died …"
        and not m["family"].endswith("ly")
    ):
        return natural_order(m["family"], name)
    # the name pattern took both: "BRENNAN Ada" -> the given names must be known ones, so
    # that a shouted prefix ("NEWS Ada Brennan") is not read as a family name
    words = name.split()
    if (
        text[line_start:name_start].strip() == ""
        and len(words) >= 2
        and _CAPITALS_WORD.fullmatch(words[0].rstrip(","))
        and all(w.lower() in given_names() for w in words[1:])
    ):
        return natural_order(words[0].rstrip(","), " ".join(words[1:]))
    return None


_LEADING_NAME = re.compile(rf"(?P<name>{NAME})[^\S\n]*(?:,|$)")


def _sentence_adverb(name: str) -> bool:
    """Whether a one-word "name" opening a sentence is an adverb that opens it ("Sadly, he
    died …", "Tragically, …"): a word in "-ly" that no list of given names knows ("Emily",
    "Kelly" are names)."""
    return " " not in name and _ly_adverb(name) and name.lower() not in given_names()


def _ly_adverb(word: str) -> bool:
    """Whether a capitalised word is in the form of an adverb in "-ly" ("Sadly", "Tragically";
    "Emily" too: a caller that may meet names asks the given names' list)."""
    return word.endswith("ly") and word[1:].islower()


def _is_opener(word: str) -> bool:
    """Whether a word before a comma opens a clause rather than naming anybody ("Sadly",
    "Meanwhile")."""
    return word.lower() in NOT_NAME_START or _ly_adverb(word)


def _inverted_header(text: str, m: re.Match[str]) -> str | None:
    """An obituary's ``JOHNSON, Mary Ellen, 84, of Springfield, died …``: a family name in
    capitals opening the line, then the given names as the first part of the apposition (or
    of a comma clause's gap: an index's ``Roe, Jane, painter, born 3 May 1901``)."""
    apposition = m.groupdict().get("apposition") or (
        m.groupdict().get("gap") if m.re in _COMMA_CLAUSES else None
    )
    name = m.groupdict().get("name") or ""
    at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
    if not (apposition and at_line_start and " " not in name):
        return None
    given = _GIVEN_NAMES_FIRST.match(apposition)
    if given is None:
        return None
    # a family name written like any word ("Doe, Jane Marie, 84, died …") only before given
    # names alone: "Sadly, Jane Roe, 84, …" and "Leeds, Jane Roe, …" give a full name there
    # (one given name may be any language's, after a family name that is no known place:
    # "Roe, Ana, b. …"; not "Leeds, Ana, …")
    words = given["given"].split()
    known = (
        known_given_names()
        if len(words) == 1 and not (places.is_known_city(name) or places.region_name(name))
        else given_names()
    )
    if not name.isupper() and (
        any(word.lower() not in known for word in words) or _is_opener(name)
    ):
        return None
    return natural_order(name, given["given"])


def _from_day_pages(reader: _Reader):
    """Entries of an on-this-day page: ``1939 - Jane Roe is born``, and under ``Births`` or
    ``Deaths`` headings ``1939 – Jane Roe, American actor``, dated by the page's date line."""
    text = reader.text
    page_date = _PAGE_DATE.search(text)
    nouns = "Birth of" in text or "Death of" in text  # (a scan of every line saved)
    entries = (*_DAY_ENTRY.finditer(text), *(_DAY_NOUN_ENTRY.finditer(text) if nouns else ()))
    for m in entries:
        if not _gap_is_clause(m.groupdict().get("gap")):
            continue
        relation = "birth_date" if m["event"] == "Birth" or "born" in m["event"] else "death_date"
        subject = person_name(m["name"])
        if m["when"].isdigit():
            if page_date:
                yield from _dated_by_page(reader, relation, subject, page_date, m, "when")
        else:
            yield from reader.fact(relation, subject, *m.span("when"), *m.span())
    page_year = None if page_date else _PAGE_YEAR.search(text)
    headings = list(_SECTION_HEADING.finditer(text))
    for heading, following in zip(headings, [*headings[1:], None], strict=False):
        section = heading["section"].lower()
        if section not in ("births", "deaths"):
            continue
        relation = "birth_date" if section == "births" else "death_date"
        end = following.start() if following else len(text)
        for m in _FULL_DATED_SECTION_ENTRY.finditer(text, heading.end(), end):
            yield from reader.fact(relation, person_name(m["name"]), *m.span("date"), *m.span())
        if not (page_date or page_year):
            continue
        if page_date:
            for m in _SECTION_ENTRY.finditer(text, heading.end(), end):
                subject = person_name(m["name"])
                yield from _dated_by_page(reader, relation, subject, page_date, m, "year")
            continue
        assert page_year is not None  # no page date: the page's year dates its entries
        for m in _DATED_SECTION_ENTRY.finditer(text, heading.end(), end):
            if subject := person_name(m["name"]):
                written = f"{m['day_month']} {page_year['year']}"
                if span := date_at(written, 0, len(written)):
                    yield relation, subject, span.iso, m.start(), m.end(), m.start("day_month")


def _from_dated_lists(reader: _Reader):
    """Entries of a list that a line before it dates by the day ("Players born on April 1:",
    then "1940: Jane Roe, pitcher" or "Jane Roe (1940)"), up to a blank line after them or
    the next such line."""
    text = reader.text
    lines = list(_EVENT_DAY_LINE.finditer(text))
    for line, following in zip(lines, [*lines[1:], None], strict=False):
        event, written_day = (
            (line["event"], line["day"]) if line["day"] else (line["event2"], line["day2"])
        )
        relation = "birth_date" if event.lower().startswith("b") else "death_date"
        end = min(following.start() if following else len(text), line.end() + _EVENT_DAY_REACH)
        last = line.end()
        for m in _YEAR_NAME_ENTRY.finditer(text, line.end(), end):
            if layout.BLANK_LINE.search(text, last, m.start()) and last > line.end():
                break  # a blank line after the entries ends the list
            last = m.end()
            suffix = next(k for k in ("", "2", "3") if m[f"name{k}"])
            name, year = m[f"name{suffix}"], m[f"year{suffix}"]
            if not (subject := person_name(name)):
                continue
            written = f"{written_day} {year}"
            span = date_at(written, 0, len(written))
            if span and not span.hedged:
                yield relation, subject, span.iso, m.start(), m.end(), m.start()
        for m in _THIS_DAY_EVENT.finditer(text, line.end(), end):
            same = ("born" in m.group()) == (relation == "birth_date")
            written = f"{written_day} {m['year']}"
            span = date_at(written, 0, len(written))
            if same and span and (subject := person_name(_without_role(m["name"]))):
                yield relation, subject, span.iso, m.start(), m.end(), m.start()


def _dated_by_page(reader: _Reader, relation, subject, page_date, m, year_group):
    """A fact whose year is written in the entry and whose day and month are the page's."""
    if not subject:
        return
    written = f"{page_date.group().strip(' #*>')} {m[year_group]}"
    span = date_at(written, 0, len(written))
    if span and not span.hedged:
        yield relation, subject, span.iso, m.start(), m.end(), m.start(year_group)


# A Chinese or Japanese encyclopedia's lead: the name in Han characters (or katakana, its parts
# parted by a middle dot) opening a sentence, a life span in brackets after it, maybe after a
# reading and a comma: "张三（1950年5月3日—2020年6月4日），…",
# "山田太郎（やまだ たろう、1950年5月3日 - 2020年6月4日）は、…". The subject as written, as the
# guidelines keep a Chinese name whole.
_CJK_DATE = r"\d{3,4}年\d{1,2}月\d{1,2}日"
_CJK_LEAD = re.compile(
    r"(?:^|(?<=[。！？\n]))[^\S\n]*"
    r"(?P<name>[\u3400-\u9fff\u30a0-\u30ff·・]{2,12}(?:[ \u3000][\u3400-\u9fff]{1,4})?)"
    r"[^\S\n]*[（(](?:[^()（）\n\d]{0,40}?[、,，][^\S\n]*)?"
    # (the dash always: a date alone in brackets dates an event, "会议（2020年6月4日）")
    rf"(?P<birth>{_CJK_DATE})[^\S\n]*[-—–－~〜～]+[^\S\n]*(?P<death>{_CJK_DATE})?[^\S\n]*[)）]"
)


_CJK_SURNAMES = tuple(sorted(load_words("cjk_surnames"), key=len, reverse=True))


def _is_cjk_person(name: str) -> bool:
    """A Han name of two to four characters opening with a known family name, or a foreign
    name in katakana with its parts parted by a middle dot ("ジョン・スミス")."""
    han = name.replace(" ", "").replace("\u3000", "")
    if "・" in name or "·" in name:
        return True
    return 2 <= len(han) <= 4 and han.startswith(_CJK_SURNAMES)


# A description between the name and its dates, as profiles and catalogues write a lead: "Jane
# Roe was an English painter (3 May 1950 – 12 June 2001).", "Jane Roe is a Welsh harpist (b. 3
# May 1950) known for …", "Jane Roe, an English painter (3 May 1950 – …), taught …": the noun
# phrase is the person's, and so are the dates after it (its last word a noun in lower case)
_DESCRIBED_LEAD = re.compile(
    rf"(?P<name>{NAME})(?:,{_S}+|{_S}+(?:is|was){_S}+)"
    rf"(?P<gap>(?:a|an|the){_S}+(?:[^\W\d_][\w'’-]*{_S}+){{0,6}}?[a-z][\w'’-]*){_S}*"
    rf"\((?P<inside>[^()\n]{{6,160}})\)"
)
# (the noun phrase of someone else's or a relative clause's: "the wife of a painter (b. …)",
# "a friend whose son (b. …)": their dates)
# (or a time's, a preposition's phrase: "a student at the time (…)", "a painter in Leeds (…)")
_ANOTHER_IN_DESCRIPTION = re.compile(
    r"\b(?:of|to|with|by|for|from|and|who|whose|which|that|his|her|their|its|my|our|your"
    r"|at|in|on|during|until|since|between|after|before|under)\b"
)
# (an office's term is no life: "Jane Roe was the mayor (3 May 1950 – 12 June 1954).")
_OFFICE_WORDS = load_words("office_words")
_DESCRIBED_REACH = (220, 170)  # the name and its description before the bracket, its inside


def _from_described_leads(reader: _Reader):
    """``Jane Roe was an English painter (D – D)``: a life span (or a marked date) in brackets
    after the noun phrase that describes the named person."""
    text = reader.text
    for m in _matches_near_words(_DESCRIBED_LEAD, text, _DATED_PARENTHESIS, _DESCRIBED_REACH):
        if (
            _ANOTHER_IN_DESCRIPTION.search(m["gap"])
            or _OFFICE_WORDS.intersection(m["gap"].lower().split())
            or _only_a_place(m["name"])
            or _TENURE_AFTER.match(text, m.end())
        ):
            continue
        subject = reader.subject(m["name"], m.start())
        if not subject:
            continue
        for relation, start, end in _read_parenthesis(m["inside"]):
            offset = m.start("inside")
            yield from reader.fact(relation, subject, offset + start, offset + end, *m.span())


def _from_cjk_leads(reader: _Reader):
    if "年" not in reader.text:
        return
    for m in _CJK_LEAD.finditer(reader.text):
        if not _is_cjk_person(m["name"]):
            continue  # "二战（1939年9月1日—1945年9月2日）": an event's span
        yield from reader.fact("birth_date", m["name"], *m.span("birth"), *m.span())
        if m["death"]:
            yield from reader.fact("death_date", m["name"], *m.span("death"), *m.span())


_MARK_OPENS = re.compile(rf"{_S}*(?:[Bb]orn|b\.|[Dd]ied|d\.){_S}")


# a span left open, a living person's ("(3 May 1988 – )", "(… – present)"), as often a thing's
_OPEN_END = re.compile(rf"{_DASH_CHAR}{_S}*(?:present{_S}*)?$")


def _from_parentheses(reader: _Reader):
    """``X (…)``: the dates inside a parenthesis (or brackets) after a name."""
    for m in _matches_near_words(_PAREN, reader.text, _DATED_PARENTHESIS, _PAREN_REACH):
        if m["family"]:
            subject = natural_order(m["family"], m["given"]) or person_name(m["given"])
        else:
            head = _wrapped_name(reader.text, m.start("name"))
            subject = (head and person_name(f"{head} {m['name']}")) or reader.subject(
                m["name"], m.start()
            )
        if not subject or _a_place(subject, m):
            continue
        # "Vladimir Markovnikov (Russian: …), also spelled as Markownikoff (D – D)", "Constantine
        # Kanaris or Canaris (…)": the dates are the person's the sentence opened with, by the
        # name it introduced them with
        # (the cheap test first: the word for another name right before this one)
        if (
            m["name"]
            and _ALIAS_WORD_BEFORE.search(
                reader.text, max(0, m.start("name") - 30), m.start("name")
            )
            and (
                lead := _ALIAS_LEAD.search(
                    reader.text, max(0, m.start("name") - 300), m.start("name")
                )
            )
        ):
            subject = person_name(lead["lead"]) or subject
        # "Ana Lund, Cavaliere di Gran Croce OMRI (1912 – 2007)": an order's rank after the
        # name, which the guidelines strip like a title
        if (
            _HONOUR_WORDS.intersection(subject.lower().split())
            and (
                named := _NAME_AND_COMMA_BEFORE.search(
                    reader.text, max(0, m.start("name") - 80), m.start("name")
                )
            )
            and named["name"].split()[0].lower() in known_given_names()
        ):
            subject = person_name(named["name"]) or subject
        group = "inside" if m["inside"] is not None else "bracketed"
        if _names_another_inside(m[group], subject):
            continue  # "Jane Roe (see also Ken Moe, b. 3 May 1950)": Ken Moe's date
        if _TENURE_AFTER.match(reader.text, m.end()) and not _LIFE_WORD_INSIDE.search(m[group]):
            continue  # "Kurt Roe (28 May 1942 – 14 October 1943) as the new acting governor"
        # (square brackets hold a span, or a date its own mark opens: "Jane Roe [born D]";
        # other dates in brackets are an editor's or a footnote's)
        spans_only = group == "bracketed" and not _MARK_OPENS.match(m[group])
        read = list(_read_parenthesis(m[group], spans_only=spans_only))
        if (
            read
            and _OPEN_END.search(m[group])
            and not _MARK_OPENS.match(m[group])
            and not _opens_with_given_name(subject)
        ):
            continue  # "The Marlow Regatta (3 May 1988 – )": a thing that still runs
        # "Jane Roe (Lyon, 3 May 1950) is a painter": a living person's birthplace and date,
        # or the date alone
        place_date = _PLACE_DATE.fullmatch(m[group]) if not read and group == "inside" else None
        if (
            place_date
            and (is_after := _IS_AFTER.match(reader.text, m.end()))
            # (a date alone before "is the …" may be another thing's: "… (3 May 1950) is the
            # author of the letter")
            and (place_date.start("date") > place_date.start() or is_after["article"] != "the")
        ):
            read = [("birth_date", *place_date.span("date"))]
        for relation, start, end in read:
            offset = m.start(group)
            yield from reader.fact(relation, subject, offset + start, offset + end, *m.span())


# a parenthesis that refers to another person before its dates: "(see also Ken Moe, b. …)",
# "(with his son Ken Moe, 1950–2001)" (not the person's own other names: "(born Jane Ann
# Roe, 3 May 1950)", "(Yoruba: …, 3 May 1950)")
_NAME_BEFORE_DATE_INSIDE = re.compile(
    rf"^{_S}*(?:see(?:{_S}+also)?|cf\.?|compare|and|with)?{_S}*"
    rf"(?:(?:his|her|their){_S}+[a-z]+{_S}+)?(?P<name>{NAME}){_S}*,[^\d]*\d"
)


def _names_another_inside(inside: str, subject: str) -> bool:
    """Whether a parenthesis refers to a person other than ``subject`` before its dates (whose
    dates they are)."""
    m = _NAME_BEFORE_DATE_INSIDE.match(inside)
    if m is None or m.start("name") == 0 or not inside[: m.start("name")].strip():
        return False  # a name alone first is the person's own other name
    if m is None or not (name := person_name(m["name"])) or len(name.split()) < 2:
        return False
    return not set(_name_words(name)) <= set(_name_words(subject))


# a sentence's opening name, maybe its bracket, then a word that gives another name for it
_ALIAS_WORDS = (
    r"(?:also\s+(?:spelled|spelt|written|called|known)(?:\s+as)?|better\s+known\s+as|or"
    r"|a\.?k\.?a\.?)\s+$"
)
_ALIAS_WORD_BEFORE = re.compile(rf"\b{_ALIAS_WORDS}")
_ALIAS_LEAD = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<lead>{NAME})(?:{_S}*\([^()\n]{{0,200}}\))?,?{_S}+"
    rf"{_ALIAS_WORDS}"
)


def _a_place(subject: str, m: re.Match[str]) -> bool:
    """Whether the one word before a dated parenthesis is a place's name, no person's: "… and
    again by Naples (30 September 1799 – 23 June 1800)" dates a rule, not a life."""
    return (
        " " not in subject
        and not m["family"]
        and " " not in (m["name"] or "").strip()  # ("Pope Zachary" names a person)
        and (places.is_region(subject) or places.is_known_city(subject))
        and subject.lower() not in given_names()
        # a birth or a death said inside is a person's: "Gyula (born 30 June 1860)"
        and not _LIFE_WORD_INSIDE.search(m["inside"] or m["bracketed"] or "")
        # a title before the name makes a person: "Pope Zachary (679 – 15 March 752)"
        and not _TITLED_BEFORE.search(m.string, max(0, m.start("name") - 30), m.start("name"))
    )


# The words of an order's ranks ("Knight Commander of the Order of …", "Cavaliere di Gran
# Croce"), and the name a lead gives before them and a comma
_HONOUR_WORDS = frozenset(
    "knight dame commander companion officer order grand cross cavaliere commendatore grande"
    " ufficiale chevalier commandeur ritter".split()
)
_NAME_AND_COMMA_BEFORE = re.compile(
    rf"(?:^|(?<=\n))(?P<name>{NAME}),{_S}+(?:(?:[A-Z][\w'’-]*|of|the|di|de|du|von){_S}+){{0,8}}$"
)
# a role held over the dates of the parenthesis: an office's term, not a life
_TENURE_AFTER = re.compile(
    rf"{_S}+as{_S}+(?:the{_S}+|its{_S}+|their{_S}+)?(?:(?:new|acting|first|interim|last|sole)"
    rf"{_S}+)*[a-z]"
)
_TITLED_BEFORE = re.compile(r"\b[A-Z][\w.]*[^\S\n]+$")


_LIFE_WORD_INSIDE = re.compile(r"(?i)\b(?:born|died|b\.|d\.|baptised|baptized|buried)(?!\w)")


# (or the date alone: "Jane Roe (3 May 1950) is a painter")
_PLACE_DATE = re.compile(rf"{_S}*(?:[A-Z][^\d;()\n,]{{1,40}},{_S}*)?(?P<date>{_DATE}){_S}*")
# (in the languages whose encyclopedias write leads so: "(Lyon, 3 mai 1950) est une …", "è un",
# "es una", "é uma", "ist eine", "is een", "är en")
_IS_AFTER = re.compile(
    rf",?{_S}+(?:is|est|è|es|é|ist|är|er){_S}+"
    rf"(?P<article>a|an|the|une?|un[ao]|um|uma|eine?|een|en|ett|et)\b"
)


# The end of a life span whose death is known only in part ("– 1368/1369", "– March 1999",
# "– December, 1608") or not at all ("– ?"), or a living person's, left open ("(3 May 1988 – )",
# "– present)"), the birth's place maybe before the dash and the death's after its date ("(20
# August 1862 in Kladno, Bohemia – ??)", "(3 May 1901 – 1980 in Oslo)").
_YEAR_ONLY_AFTER = re.compile(
    rf"(?:{_S}+in{_S}+[A-Z][^\d()\n;–—-]{{0,60}}?)?"
    rf"{_S}*{_DASH_CHAR}{_S}*(?:c\.{_S}*|ca\.{_S}*|after{_S}+|before{_S}+)?"
    rf"(?:(?:(?i:{_MONTH_NAMES})\.?,?{_S}+)?(?P<year>\d{{3,4}})(?:{_S}*/{_S}*\d{{2,4}})?\??"
    rf"|\?{{1,3}}|unknown|present|)(?:{_S}+in{_S}+[A-Z][^()\n;]{{0,60}}?)?{_S}*(?:\)|;|,|$)"
)


def _dates_not_in_asides(text: str) -> list[re.Match[str]]:
    """The dates written in ``text``, less those inside the Old or New Style aside of the date
    before them ("July 17, 1731 (O.S. July 6, 1731)" states one date)."""
    dates: list[re.Match[str]] = []
    covered = 0
    for m in DATE_RE.finditer(text):
        if m.start() < covered:
            continue
        dates.append(m)
        span = date_at(text, *m.span())
        covered = span.end if span else m.end()
    return dates


# Another year for a date not known for sure: "(21 December c. 1118 (or 1120) – …)"
_OTHER_YEAR = re.compile(rf"\(or{_S}+\d{{3,4}}\)")


def _hedged_by(inside: str, date_end: int, other_years: list[int]) -> bool:
    """Whether another year in brackets follows the date ending at ``date_end``."""
    return any(at >= date_end and not inside[date_end:at].strip() for at in other_years)


def _read_parenthesis(inside: str, spans_only: bool = False):
    """The (relation, start, end) of the life dates in the text of a parenthesis."""
    # (blanked, the same length; the date it follows is not known for sure, as "c. 1118")
    other_years = [m.start() for m in _OTHER_YEAR.finditer(inside)] if "(or" in inside else []
    if other_years:
        inside = _OTHER_YEAR.sub(lambda m: " " * len(m.group()), inside)
    dates = _dates_not_in_asides(inside)
    for first, second in zip(dates, dates[1:], strict=False):
        # a New Style date after an Old Style one belongs to the first date
        first_span = date_at(inside, *first.span())
        first_end = first_span.end if first_span else first.end()
        if not _SPAN_JOIN.fullmatch(inside[first_end : second.start()]):
            continue
        mark = inside[inside.rfind(";", 0, first.start()) + 1 : first.start()]
        if _NOT_LIFE_MARK.search(mark):
            return
        if not _NOT_BIRTH_MARK.search(mark) and not _hedged_by(inside, first_end, other_years):
            yield "birth_date", *first.span()
        if not _hedged_by(inside, second.end(), other_years):
            yield "death_date", *second.span()
        return
    # a full birth date and a death known only by its year: "(24 February 1304 – 1368/1369)"
    if dates and (year_only := _YEAR_ONLY_AFTER.match(inside, dates[0].end())):
        mark = inside[inside.rfind(";", 0, dates[0].start()) + 1 : dates[0].start()]
        if (
            not _NOT_LIFE_MARK.search(mark)
            and not _NOT_BIRTH_MARK.search(mark)
            and not (year_only["year"] and DATE_RE.match(inside, year_only.start("year")))
        ):
            yield "birth_date", *dates[0].span()
            return
    if spans_only:
        return
    previous_end = 0
    for date in dates:
        # what stands between the previous date and this one marks it: "b. 3 May 1901 d. 4 June
        # 1980" reads "d." before the second, not the first date's "b."
        before = inside[previous_end : date.start()]
        previous_end = date.end()
        if _NOT_LIFE_MARK.search(before[before.rfind(";") + 1 :]):
            continue
        if _BIRTH_MARK.search(before) or _BORN_AS.search(before):
            if not _NOT_BIRTH_MARK.search(before[before.rfind(";") + 1 :]):
                yield "birth_date", *date.span()
        elif _DEATH_MARK.search(before) or _YEAR_BEFORE.search(before):
            yield "death_date", *date.span()


# a table's given and family names in two columns ("first_name, last_name")
_GIVEN_COLUMN = re.compile(r"(?:first|given|fore)[ _-]?names?|first")
_FAMILY_COLUMN = re.compile(r"(?:last|family|sur)[ _-]?names?|surname|last")


def _from_tables(reader: _Reader):
    """Rows of a table (Markdown, tabs, CSV, HTML, an SQL INSERT) with a ``Born`` or ``Died``
    column; the person is in the column of names (or the given and the family name columns),
    or else the first."""
    text = reader.text
    for table in (*layout.every_table(text), *sql.tables(text)):
        given, family = table.column(_GIVEN_COLUMN), table.column(_FAMILY_COLUMN)
        # (a column's index may be 0: compared with None, never by truth)
        name_column = table.column(_NAME_COLUMN)
        split_names = name_column is None and given is not None and family is not None
        names = (
            name_column
            if name_column is not None
            else given
            if split_names and given is not None
            else 0
        )
        for relation, column in (
            ("birth_date", table.column(_BORN_COLUMN)),
            ("death_date", table.column(_DIED_COLUMN)),
        ):
            if column is None or column in (names, given, family):
                continue
            for row in table.rows:
                name, cell = row[names], row[column]
                stripped = cell.text.strip()
                match = _CELL_DATE.fullmatch(stripped)
                if match:
                    at = cell.start + cell.text.index(stripped) + match.start("date")
                    written = name.text
                    if split_names and family is not None:
                        written = f"{name.text.strip()} {row[family].text.strip()}"
                    subject = person_name(written)
                    yield from reader.fact(
                        relation, subject, at, at + len(match["date"]), name.start, cell.end
                    )


# A table scraped to lines, its header naming the birth column before the death column
# ("Player  Club  Birthdate Deathdate  Age"), each row's two dates side by side on a line, the
# name on that line before them or on one of the two lines above ("714 Ann Roe\n Club\n
# 18 December 1922 12 April 2019 …").
_BORN_DIED_HEADER = re.compile(
    r"(?im)^[^\n]{0,120}?\b(?:birth[ _-]?date|date[ _-]of[ _-]birth|born|birth)(?!\w)"
    r"[^\n]{0,60}?\b(?:death[ _-]?date|date[ _-]of[ _-]death|died|death)(?!\w)[^\n]{0,120}$"
)
_TWO_DATES = re.compile(
    rf"(?m)^(?P<before>[^\n]{{0,80}}?)(?P<born>{_DATE})[^\S\n]*[|,;\t]?[^\S\n]*(?P<died>{_DATE})"
)
_ROW_NUMBER = re.compile(r"[^\S\n]*(?:#?\d{1,5}[.)]?|[-*•|])?[^\S\n]*")
_DATED_ROWS_REACH = 60  # lines under the header


def _from_dated_rows(reader: _Reader):
    """Rows of two dates under a header that names the birth and the death columns."""
    text = reader.text
    for header in _BORN_DIED_HEADER.finditer(text):
        position = header.end()
        for _ in range(_DATED_ROWS_REACH):
            if position >= len(text):
                break
            end = text.find("\n", position + 1)
            end = len(text) if end == -1 else end
            row = _TWO_DATES.match(text, position + 1, end)
            if row is not None:
                start = row.start() + _after_row_number(row["before"])
                name = _row_name(text[start : row.start("born")])
                name = name or _row_name_above(text, row.start())
                if name:
                    yield from reader.fact("birth_date", name, *row.span("born"), *row.span())
                    yield from reader.fact("death_date", name, *row.span("died"), *row.span())
            position = end


def _row_name_above(text: str, row_start: int) -> str | None:
    """A person's name on one of the two lines above a row (after its number, if any)."""
    end = row_start - 1
    for _ in range(2):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if name := _row_name(line[_after_row_number(line) :]):
            return name
        end = start - 1
    return None


def _after_row_number(line: str) -> int:
    """Where a row's number or list mark ends (0 where it has none)."""
    number = _ROW_NUMBER.match(line)
    return number.end() if number else 0


def _row_name(cell: str) -> str | None:
    """A person's whole name, two words at least and a known given name first (a row's other
    cells name towns and clubs: "Lakeside Harbour")."""
    words = cell.strip(" ,|\t")
    if len(words.split()) < 2 or words.split()[0].lower() not in known_given_names():
        return None
    name = person_name(words)
    return name if name == words else None


def _a_life_long(reader: _Reader, m: re.Match[str], born: str, died: str) -> bool:
    """Whether the dates of ``m``'s groups ``born`` and ``died`` are a life's span apart (1 to
    120 years, the second after the first)."""
    return 1 <= _years_apart(reader, m, born, died) <= 120


def _years_apart(reader: _Reader, m: re.Match[str], first: str, second: str) -> int:
    """The years from the date of ``m``'s group ``first`` to that of ``second`` (-1 where
    either is no full date)."""
    one = date_at(reader.text, *m.span(first), reader.day_first)
    two = date_at(reader.text, *m.span(second), reader.day_first)
    return int(two.iso[:4]) - int(one.iso[:4]) if one and two else -1


def _from_name_over_span(reader: _Reader):
    """``Jane Roe`` on a line and ``DATE – DATE`` on the next: a memorial's heading."""
    for m in _NAME_OVER_SPAN.finditer(reader.text):
        if m["name"] is None:
            # an inverted heading ("ROE, Jane Ann"): a known given name and a life's span
            if not (
                m["given"].split()[0].lower() in known_given_names()
                and _a_life_long(reader, m, "born", "died")
            ):
                continue
            subject = natural_order(m["family"], m["given"])
        else:
            if m["lines"] and not (
                _a_life_long(reader, m, "born", "died")
                and m["name"].split()[0].lower() in known_given_names()
            ):
                continue  # two dates on two lines: a life's only under a person's name, in order
            subject = reader.subject(m["name"], m.start())
        yield from reader.fact("birth_date", subject, *m.span("born"), *m.span())
        yield from reader.fact("death_date", subject, *m.span("died"), *m.span())


# capitalised words before a position, each followed by a space ("the voice of Iron |Gate")
_CAPITALISED_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*[^\S\n])+$")


def _run_start(text: str, position: int) -> int:
    """Where the run of capitalised words that ``position`` ends or continues starts: a name
    read from inside a longer one ("… of Iron Gate, died" read from "Gate") has the longer
    one's context."""
    run = _CAPITALISED_RUN_BEFORE.search(text, max(0, position - 80), position)
    return run.start() if run else position


def _names_a_place(name: str) -> bool:
    """Whether a line's name is a place's (an infobox's birthplace under the birth date), not
    a person's: a known city, country or region, unless a known given name opens it and more
    words follow ("Florence Roe")."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in known_given_names():
        return False
    return places.is_known_city(name) or places.lookup(name) is not None


def _opens_quotation(gap: str) -> bool:
    """Whether ``gap`` opens a quotation it does not close (a straight quote left odd, or an
    opening curly quote after the last closing one)."""
    return gap.count('"') % 2 == 1 or gap.rfind("“") > gap.rfind("”")


def _only_a_place(name: str) -> bool:
    """Whether ``name`` is a place's and cannot be a person's: no known given name opens it
    ("Martin" is a town and a man's name)."""
    return _names_a_place(name) and name.split()[0].lower() not in known_given_names()


def _wrapped_name(text: str, name_start: int) -> str | None:
    """The words of a name that a line break cut off before ``name_start``, if any."""
    if name_start == 0 or text[name_start - 1] != "\n":
        return None
    line_start = text.rfind("\n", 0, name_start - 1) + 1
    line = text[line_start:name_start]
    words = line.split()
    # prose, not a heading or a menu ("Contents 1 Biography 2 References"): mostly lower case
    if len(line) < _WRAPPED_LINE_MIN or sum(w[:1].islower() for w in words) * 2 < len(words):
        return None
    head = _WRAPPED_NAME_HEAD.search(line)
    return head["head"] if head else None


def _from_records(reader: _Reader):
    """``Jane Roe Born: DATE, in P Died: DATE`` on one line: a profile's record."""
    for m in _RECORD.finditer(reader.text):
        if not (m["label"] or m["death"]):
            continue  # a name next to a date, and nothing says it is a record
        subject = person_name(m["name"])
        yield from reader.fact("birth_date", subject, *m.span("date"), *m.span())
        if m["death"] and _gap_is_clause(m["rest"]):
            yield from reader.fact("death_date", subject, *m.span("death"), *m.span())
        elif m["label"]:
            died = _DIED_LABEL.match(reader.text, m.end())
            if died:
                yield from reader.fact("death_date", subject, *died.span(1), m.start(), died.end())


# A date with the age it makes today is a birth date (profiles, infoboxes without their label):
# "Jane Roe\n28 July 1993 (age 30)", "Jane Roe, 28 July 1993 (age 30)"; "(aged 76)" is the age
# an infobox gives a death date.
_AGE_MARKED = re.compile(
    rf"(?m)^{_S}*(?:(?P<name>{NAME}){_S}*[,–—|-]{_S}*)?(?P<date>{_DATE}){_S}*"
    rf"\({_S}*age{_S}+\d{{1,3}}{_S}*\){_S}*$"
)


# A squad list's row flattened to a line: number, position, name, birth date and age ("1 GK Ken
# Moe 3 May 1990 (aged 24) 12 Oslo FC", a tournament page's squads without their table).
_SQUAD_ROW = re.compile(
    rf"(?m)^{_S}*\d{{1,2}}{_S}+(?:[1-4]?(?:GK|DF|MF|FW))\*?{_S}+(?P<name>{NAME}){_S}*"
    rf"(?:\(\d{{4}}-\d\d-\d\d\))?(?P<date>{_DATE}){_S}*\((?:age|aged){_S}+\d{{1,3}}\)"
)


def _from_age_marked(reader: _Reader):
    """A line of a date and its age, the person's name before it on the line or on the line
    above (a profile's name over its birth date)."""
    text = reader.text
    for m in _AGE_MARKED.finditer(text):
        above_end = m.start() - 1  # the line above ends before the date's line
        if m["name"]:
            subject = person_name(m["name"])
        elif (
            above_end > 0
            and (above := _NAME_LINE.fullmatch(text, text.rfind("\n", 0, above_end) + 1, above_end))
            and (above["role"] is None or above["role"].lower() in _ROLE_WORDS)
        ):
            subject = person_name(above["name"])
        else:
            subject = None
        if subject:
            yield from reader.fact("birth_date", subject, *m.span("date"), *m.span())
    for m in _SQUAD_ROW.finditer(text):
        yield from reader.fact("birth_date", person_name(m["name"]), *m.span("date"), *m.span())


# a letter and a space on the same line before a mark ("Leeds † …", not "Leeds\n† …")
_WORD_THEN_SPACE = re.compile(r"[^\W\d][^\S\n]")


def _from_fields(reader: _Reader):
    """``Date of birth: …`` / ``Died: …`` fields, whose subject is the nearest ``Name:`` field
    before them, or else the nearest line before them that holds nothing but a name (a CV's
    heading, an infobox's title)."""
    text = reader.text
    fields = [("birth_date", m) for m in _BIRTH_FIELD.finditer(text)]
    # the line under a birth field is its place's in an infobox ("Born\t3 May 1901\nAarhus\n
    # Died\t…"), whatever the gazetteer knows of it: no name
    # (one search for each field's line end, not a copy of the text after it)
    under_birth = {end + 1 for _, m in fields if (end := text.find("\n", m.end())) >= 0}
    # (and a birth name inside a birth field is the field's, no heading for the fields after
    # it: "Jane Roe\nBorn\nJane Mary Roe\n3 May 1901\nDied\t…" is Jane Roe's death)
    birth_names = [m.span("birth_name") for _, m in fields if m["birth_name"]]

    def in_birth_name(start: int, end: int) -> bool:
        return any(low < end and start < high for low, high in birth_names)

    # the lines a genealogy's star opens, whose cross may follow the birth's place
    star_lines = {text.rfind("\n", 0, m.start()) + 1 for _, m in fields if m["label"] == "*"}
    fields += [("death_date", m) for m in _DEATH_FIELD.finditer(text)]
    # where each line's first field starts: a name before it heads the line's other fields too
    first_field_on_line: dict[int, int] = {}
    for _, m in fields:
        line_start = text.rfind("\n", 0, m.start()) + 1
        first_field_on_line[line_start] = min(
            first_field_on_line.get(line_start, m.start()), m.start()
        )
    for relation, m in fields:
        if (
            text.startswith("†", m.start())
            and _WORD_THEN_SPACE.fullmatch(text, m.start() - 2, m.start())
            and text.rfind("\n", 0, m.start()) + 1 not in star_lines
        ):
            continue  # "St. Mary † 4 May 1920": a cross after a word off a star's line
        if m["separator"].strip(" ") == "" and not _FIELD_REST.fullmatch(m["rest"]):
            continue  # "Born 4 July 1902 in Madrid, Carmen Ruiz studied law": a sentence
        birth_name = m.groupdict().get("birth_name")
        if birth_name and not re.fullmatch(rf"{_S}*(?:[\t:]{_S}*|\n){_S}*", m["separator"]):
            # a birth name under a label only in an infobox's cell, after a colon, or on the
            # line under a label alone ("Born\nJane Mary Roe\n3 May 1950", a rendered
            # infobox copied)
            continue
        # the heading of a record is near its fields: a name far above is another record's
        base = max(0, m.start() - _FIELD_REACH)
        before = text[base : m.start()]
        # a field after the name on its own line: "Jane Roe – Striker – DOB: 28.07.1993"
        line_start = text.rfind("\n", 0, m.start()) + 1
        head = _NAME_HEADS_LINE.match(text, line_start, m.start())
        names = (
            [(head.start("name"), subject)]
            # (not past a semicolon, which parts records: "Jane Roe | born | D ; Ken Moe | …")
            if head
            and ";" not in text[head.end() : m.start()]
            # (a letter heads no record: a roster's position, "Jane Roe\nF | Born: …")
            and len(head["name"].strip(" .")) > 1
            and (subject := person_name(head["name"]))
            else []
        )
        first_on_line = first_field_on_line[line_start]
        if (
            not names
            and (
                alone := _NAME_BEFORE_FIELD.search(
                    text, max(line_start, first_on_line - _NAME_BEFORE_REACH), first_on_line
                )
            )
            and opens_with_given_name(alone["name"].title())
            and (subject := person_name(alone["name"]))
        ):
            # the name alone between the line's marks just before the line's first field: "The
            # stone reads: JANE ROE / BORN …", "Find a Grave: Jane Roe. Birth: …" (a known
            # given name first: a menu's "Home | About Us | Born: …" names nobody)
            names = [(alone.start("name"), subject)]
        names = names or [
            (base + field.start("name"), subject)
            for field in _NAME_FIELD.finditer(before)
            if (subject := person_name(field["name"])) and _field_names_person(field)
        ]
        names = [(at, subject) for at, subject in names if not in_birth_name(at, at + 1)]
        if not names:
            lines = [
                (base + line.start("name"), subject, line["name"].isupper())
                for line in _NAME_LINE.finditer(before)
                if (subject := person_name(_HEADING_TAIL.sub("", line["name"])))
                and subject.lower() not in _ROLE_WORDS  # "Jane Roe\nDefender\nBorn: …"
                and (line["role"] is None or line["role"].lower() in _ROLE_WORDS)
                and not _names_a_place(subject)  # "Born\t3 May 1901\nLeeds\nDied\t…"
                and text.rfind("\n", 0, base + line.start("name")) + 1 not in under_birth
                and not in_birth_name(base + line.start("name"), base + line.end("name"))
            ]
            # a line in capitals is a heading ("CURRICULUM VITAE") unless no other line names
            # anybody (a gravestone's "HAROLD MOSS")
            names = [(at, subject) for at, subject, caps in lines if not caps] or [
                (at, subject) for at, subject, _ in lines
            ]
        if not names and birth_name and (subject := person_name(birth_name)):
            names = [(m.start("birth_name"), subject)]
        if not names:
            # a record may name its person after the date ("Date of birth: …\nName: Jane
            # Roe"): the first Name field before the record's blank line
            gap = layout.BLANK_LINE.search(text, m.end(), m.end() + _NAME_AFTER_REACH)
            stop = gap.start() if gap else min(len(text), m.end() + _NAME_AFTER_REACH)
            after = next(
                (
                    (field.start("name"), subject)
                    for field in _NAME_FIELD.finditer(text, m.end(), stop)
                    if (subject := person_name(field["name"])) and _field_names_person(field)
                ),
                None,
            )
            names = [after] if after else []
        if names:
            at, subject = names[-1]
            yield from reader.fact(relation, subject, *m.span("date"), at, m.end())
