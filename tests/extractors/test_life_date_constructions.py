"""birth_date and death_date over real-text constructions: each rule with an example written in
the construction's general form (invented people) and a near-miss that must stay unread."""

import time

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def life_facts(text: str) -> set[tuple[str, str, str]]:
    found = set()
    for extractor in select(["birth_date", "death_date"]):
        found |= {(f.relation, f.subject, f.value) for f in extractor.extract(text)}
    return found


def born(name, iso):
    return ("birth_date", name, iso)


def died(name, iso):
    return ("death_date", name, iso)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a life span with places inside the parentheses, after post-nominal letters
        (
            "Mirela Voss, OSML, OMS, OCI (Tarvona, 12 April 1846 – Belgrin, 2 March 1896) was an "
            "empress.",
            {born("Mirela Voss", "1846-04-12"), died("Mirela Voss", "1896-03-02")},
        ),
        # a pronunciation before "born"
        (
            "Oswin Tarrant (/ˈɒzwɪn/; born 3 May 1950) is a chemist.",
            {born("Oswin Tarrant", "1950-05-03")},
        ),
        # the dash stripped, footnote marks inside and after
        (
            "Ludovic Brenner (May 8, 1884December 26, 1972) was a mayor.",
            {born("Ludovic Brenner", "1884-05-08"), died("Ludovic Brenner", "1972-12-26")},
        ),
        (
            "Anke Dorn (21 November[2] 1913 – 4 June 1990[3]) was a painter.",
            {born("Anke Dorn", "1913-11-21"), died("Anke Dorn", "1990-06-04")},
        ),
        (
            "Peder Lunn (1737[1][2]16 January 1794) was a priest.",
            {died("Peder Lunn", "1794-01-16")},
        ),
        # Britannica: born DATE, PLACE—died DATE, PLACE
        (
            "Ludovic Brenner (born March 14, 1879, Ulm, Germany—died April 18, 1955, Princeton, "
            "U.S.) was a physicist.",
            {born("Ludovic Brenner", "1879-03-14"), died("Ludovic Brenner", "1955-04-18")},
        ),
        # genealogy: b. PLACE, DATE; d. PLACE, DATE, and an inverted name heading the record
        (
            "#### Brenner, Ludovic (b. Tarvona, NY, 19 Jul 1746; d. Belgrin, CT, 24 Jan 1823)",
            {born("Ludovic Brenner", "1746-07-19"), died("Ludovic Brenner", "1823-01-24")},
        ),
        (
            "TARRANT, Oswin Pell (31 March 1812–17 April 1884), writer, was born in Boston.",
            {born("Oswin Pell TARRANT", "1812-03-31"), died("Oswin Pell TARRANT", "1884-04-17")},
        ),
        # ranks and peerages
        (
            "Air Vice Marshal Sir Oswin Tarrant, KCB, MC (15 June 1892 – 6 February 1975) was a "
            "pilot.",
            {born("Oswin Tarrant", "1892-06-15"), died("Oswin Tarrant", "1975-02-06")},
        ),
        (
            "Pavel Orlov, 1st Duke of Tarvona (1 May 1769 – 14 September 1852) was a soldier.",
            {born("Pavel Orlov", "1769-05-01"), died("Pavel Orlov", "1852-09-14")},
        ),
        # "in full"
        (
            "Dado, in full Eduardo Arvelo do Campo (born 23 October 1940), is a footballer.",
            {born("Eduardo Arvelo do Campo", "1940-10-23")},
        ),
        # nicknames: in quotes kept, in parentheses dropped
        (
            'Wilhelm "Willy" Brandau (3 March 1902 – 1 May 1970) was a writer.',
            {
                born('Wilhelm "Willy" Brandau', "1902-03-03"),
                died('Wilhelm "Willy" Brandau', "1970-05-01"),
            },
        ),
        (
            "Kaito Renjiro (Ken) (November 21, 1933 - October 2, 1991)",
            {born("Kaito Renjiro", "1933-11-21"), died("Kaito Renjiro", "1991-10-02")},
        ),
        # Old Style / New Style
        (
            "Anton Velikov (14 March/26 March 1851 – 2 June/14 June 1902) was a composer.",
            {born("Anton Velikov", "1851-03-26"), died("Anton Velikov", "1902-06-14")},
        ),
        (
            "Georg Hallmer (23 February 1685 (O.S.) [5 March N.S.] – 14 April 1759) was a composer.",
            {born("Georg Hallmer", "1685-03-05"), died("Georg Hallmer", "1759-04-14")},
        ),
        # a hedged birth leaves the death
        ("Anke Dorn (c. 1537 – 12 February 1554) was a queen.", {died("Anke Dorn", "1554-02-12")}),
        (
            "Anke Dorn (1428/31 – 26 November 1516) was a painter.",
            {died("Anke Dorn", "1516-11-26")},
        ),
        # brackets, as on-this-day pages write a second person's span
        (
            "Not to be confused with Ludovic Brenner [31 March 1824 – 08 September 1879]",
            {born("Ludovic Brenner", "1824-03-31"), died("Ludovic Brenner", "1879-09-08")},
        ),
        # a dozen post-nominal letters, "& Bar" after a medal
        (
            "Sir Oswin Pell Tarrant KG OM CH TD DL FRS RA (30 November 1874 – 24 January 1965)",
            {born("Oswin Pell Tarrant", "1874-11-30"), died("Oswin Pell Tarrant", "1965-01-24")},
        ),
        (
            "Oswin Tarrant, GCB, KBE, MC, DFC & Bar (15 June 1892 – 6 February 1975) was a pilot.",
            {born("Oswin Tarrant", "1892-06-15"), died("Oswin Tarrant", "1975-02-06")},
        ),
        # a name that opens a quoted string in a data file
        (
            "INSERT INTO bios VALUES ('Anke Dorn (12 June 1900 – 30 July 1980)');",
            {born("Anke Dorn", "1900-06-12"), died("Anke Dorn", "1980-07-30")},
        ),
        # a relative's word stands for the person the text introduced
        (
            "ANKE DORN\n\nMom (12 June 1900 – 30 July 1980) loved her garden.",
            {born("ANKE DORN", "1900-06-12"), died("ANKE DORN", "1980-07-30")},
        ),
        # other languages
        (
            "Johann Lettl (* 21. März 1685 in Eisenach; † 28. Juli 1750 in Leipzig) war Kantor.",
            {born("Johann Lettl", "1685-03-21"), died("Johann Lettl", "1750-07-28")},
        ),
        ("Иван Норов родился 23 февраля 1964 года в Москве.", {born("Иван Норов", "1964-02-23")}),
    ],
)
def test_parentheses_and_spans(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Gulf War (2 August 1990 – 28 February 1991) was an armed conflict.",  # an event
        "The Harvest Day (3 May 1990 – 4 May 1990) was held in Tarvona.",
        "Prime Minister of Veldoria (3 May 1990 – 4 June 1995)",  # an office
        "Ludovic Brenner (r. 12 May 1900 – 3 June 1920) was a king.",  # a reign
        "Ludovic Brenner (in office 12 May 1900 – 3 June 1920) was a governor.",
        "Anke Dorn (abt. 12 Mar 1750)",  # a hedged date
        "Anke Dorn (b. Ashby, England 1642; d. Salem, MA 1703)",  # years only
        "Anke Dorn (baptised 3 May 1700) was a weaver.",  # a baptism
        "Ludovic Brenner [3]",  # a footnote, no dates
        "Mom (12 June 1900 – 30 July 1980) loved her garden.",  # nobody introduced
        "Operation Tarvona (22 June 1941 – 7 January 1942) failed.",  # a military operation
    ],
)
def test_parentheses_near_misses(text):
    assert life_facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NAME was a JOB, born DATE (never read before)
        (
            "Oswin Tarrant was a Welsh harpist, born 3 May 1950.",
            {born("Oswin Tarrant", "1950-05-03")},
        ),
        # fronted clauses
        (
            "On 5 May 1821, Ludovic Brenner died on an island.",
            {died("Ludovic Brenner", "1821-05-05")},
        ),
        ("On 5 May 1921, Anke Dorn was born in Tarvona.", {born("Anke Dorn", "1921-05-05")}),
        # Born on DATE: NAME, ..., who died on DATE (on-this-day pages)
        (
            "Born on 27 September 1859: Oswin Tarrant, US painter, who died on 29 August 1953.",
            {born("Oswin Tarrant", "1859-09-27"), died("Oswin Tarrant", "1953-08-29")},
        ),
        ("Died on 3 May 1950: Oswin Tarrant, actor.", {died("Oswin Tarrant", "1950-05-03")}),
        # a death announcement
        (
            "We announce the passing of Mirela Voss, 82, of Tarvona, Ohio, on December 18, 2023.",
            {died("Mirela Voss", "2023-12-18")},
        ),
        ("Anke Dorn departed this life May 11, 1904.", {died("Anke Dorn", "1904-05-11")}),
        ("Anke Dorn died peacefully on 14th of October, 2011.", {died("Anke Dorn", "2011-10-14")}),
        # a quoted nickname in a clause's subject
        (
            'Ames "Dusty" Corbel was born 29 August 1918.',
            {born('Ames "Dusty" Corbel', "1918-08-29")},
        ),
        # other languages
        (
            "Johann Lettl wurde am 21. März 1685 in Eisenach geboren.",
            {born("Johann Lettl", "1685-03-21")},
        ),
        ("Ana Ruiz nació el 5 de mayo de 1914 en Lima.", {born("Ana Ruiz", "1914-05-05")}),
        # a question and its marked answer
        ("Q: When was Anke Dorn born?\nA: 10 December 1815", {born("Anke Dorn", "1815-12-10")}),
        ("Q: When did Anke Dorn die?\nAnswer: 27 November 1852", {died("Anke Dorn", "1852-11-27")}),
    ],
)
def test_clauses(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the birth may belong to the apposition's own person
        "Oswin Tarrant was a friend of the composer, born 3 May 1950.",
        # a fronted date without a life event
        "On 5 May 1821, Ludovic Brenner sailed to an island.",
        # the death of somebody else
        "We announce the death of Mirela Voss's husband on December 18, 2023.",
        # a birth stated in a gap after "passing of"
        "We announce the passing of Mirela Voss, who was born on 3 May 1940, and more.",
        "Anke Dorn wurde am 21. März 1985 zur Bürgermeisterin gewählt.",  # elected, not born
        # a question without a marked answer
        "Q: When was Anke Dorn born?\nNobody knows.",
        # multiple choice: option A is no marked answer
        "When was Anke Dorn born?\nA) 10 December 1815\nB) 11 December 1816",
    ],
)
def test_clause_near_misses(text):
    assert not {
        fact for fact in life_facts(text) if fact[1] != "Mirela Voss" or "1940" not in fact[2]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "She was born" -> the name the text introduced, through the last sentence-opening name
        (
            "Mirela Voss grew up in Leeds. She was born on 2 June 1931 to a miner's family.",
            {born("Mirela Voss", "1931-06-02")},
        ),
        (
            "Oswin Tarrant, the chief executive, died on Saturday. Oswin joined the firm in 1967. "
            "He was born on July 23, 1947 and grew up in Tarvona.",
            {born("Oswin Tarrant", "1947-07-23")},
        ),
        (
            "Oswin Tarrant ranks among the finest actors. Born April 9, 1961, in Tarvona Falls, "
            "he was the son of a singer.",
            {born("Oswin Tarrant", "1961-04-09")},
        ),
    ],
)
def test_pronoun_subjects(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She was born on 2 June 1931 to a miner's family.",  # nobody introduced
        "Brenner left. He was born on 2 June 1931.",  # only a bare name, never given in full
        "His son was born on 3 May 1920.",  # a description, not a pronoun
    ],
)
def test_pronoun_near_misses(text):
    assert life_facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Born:/Died: fields on one line after the name, with places
        (
            "Malin Hoyt Born: June 2, 1939, in Helena, Montana Died: March 11, 1972, in Denver",
            {born("Malin Hoyt", "1939-06-02"), died("Malin Hoyt", "1972-03-11")},
        ),
        # the "Born:" label lost
        (
            "Malin Hoyt May 17, 1941, in Butte Died: October 30, 1968, in Chicago",
            {born("Malin Hoyt", "1941-05-17"), died("Malin Hoyt", "1968-10-30")},
        ),
        # a profile: Full name, then Born/Died lines without colons
        (
            "Full name Oswin Pell Tarrant\nBorn August 3, 1871, Islington, London\n"
            "Died May 19, 1944, Lewes, Sussex (aged 72 years 290 days)",
            {born("Oswin Pell Tarrant", "1871-08-03"), died("Oswin Pell Tarrant", "1944-05-19")},
        ),
        # the value on the line after its label
        ("Anke Dorn\n(Actor)\nBorn:\nApril 9, 1961\n", {born("Anke Dorn", "1961-04-09")}),
        # a numbered heading names the field's person
        (
            "3. Anke Dorn\n\nAnke Dorn is a politician.\nBorn: 13 May 1969 (age 52 years), Tarvona",
            {born("Anke Dorn", "1969-05-13")},
        ),
        # a table header "Birthdate"
        (
            "Name | Birthdate | Deathdate\nAnke Dorn | 18 December 1922 | 12 April 2019",
            {born("Anke Dorn", "1922-12-18"), died("Anke Dorn", "2019-04-12")},
        ),
        # a data record
        (
            '{"name": "Anke Dorn", "born": "1815-12-10", "died": "1852-11-27"}',
            {born("Anke Dorn", "1815-12-10"), died("Anke Dorn", "1852-11-27")},
        ),
        (
            '{"first_name": "Anke", "last_name": "Dorn", "dob": "1912-06-23"}',
            {born("Anke Dorn", "1912-06-23")},
        ),
        # other labels of fields
        ("Anke Dorn\nBirthday: March 3, 1950", {born("Anke Dorn", "1950-03-03")}),
        ("Anke Dorn\nD.O.B.: 03/14/1950", {born("Anke Dorn", "1950-03-14")}),
        ("Anke Dorn\nDeath: 14-Mar-1990", {died("Anke Dorn", "1990-03-14")}),
    ],
)
def test_fields_records_and_tables(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that opens with "Born", not a field
        "Anke Dorn\nBorn 4 July 1902 in Madrid, Carmen Ruiz studied law.",
        # a name next to a date, nothing says it is a record
        "Malin Hoyt May 17, 1941, in Butte, Montana",
        # a record of something that is no person
        '{"name": "Tarvona Holdings", "founded": "1950-01-01"}',
        '{"team": "Anke Dorn", "born": "1815-12-10"}',  # no name key
    ],
)
def test_fields_near_misses(text):
    found = life_facts(text)
    assert not {fact for fact in found if fact[1] == "Anke Dorn" or fact[1] == "Malin Hoyt"} or (
        found == {born("Carmen Ruiz", "1902-07-04")}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "April 1\nEvents\n- 1914 - Oswin Tarrant dies in San Antonio.\n"
            "- 1939 - Anke Dorn is born in Ohio.\n- 1942 - The owners decide to stay.",
            {died("Oswin Tarrant", "1914-04-01"), born("Anke Dorn", "1939-04-01")},
        ),
        (
            "March 3\nBirths\n1901 – Oswin Tarrant, Welsh painter (d. 1970)\n"
            "Deaths\n1950 – Anke Dorn, Danish priest (b. 1870)\nHolidays and observances\n"
            "1990 – Tarvona Fair, a festival",
            {born("Oswin Tarrant", "1901-03-03"), died("Anke Dorn", "1950-03-03")},
        ),
        (
            "May 3, 1950 – Oswin Tarrant, Welsh actor, is born.",
            {born("Oswin Tarrant", "1950-05-03")},
        ),
    ],
)
def test_on_this_day_lists(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year with no page date to complete it
        "Events\n- 1939 - Anke Dorn is born in Ohio.",
        # an entry under Events is no birth
        "April 1\nEvents\n1939 – Anke Dorn, Welsh painter",
    ],
)
def test_on_this_day_near_misses(text):
    assert life_facts(text) == set()


def test_pathological_parenthesis_is_fast():
    text = "Anke Dorn (" + "3 May 1950 ; " * 30 + "x" * 300 + ")" + " Anke Dorn (" * 200
    started = time.perf_counter()
    life_facts(text)
    assert time.perf_counter() - started < 2.0


def test_pathological_names_are_fast():
    text = ("Aa Bb Cc Dd, " * 200 + "was born ") * 5
    started = time.perf_counter()
    assert life_facts(text) == set()
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a memorial: the name on its line, the life span on the next
        (
            "Anke Marie Dorn (Annie)\n14th June 1954 – 24th May 2019\nService at 1:30pm",
            {born("Anke Marie Dorn", "1954-06-14"), died("Anke Marie Dorn", "2019-05-24")},
        ),
        (
            "OSWIN TARRANT\nMarch 3, 1850 - April 4, 1920",
            {born("OSWIN TARRANT", "1850-03-03"), died("OSWIN TARRANT", "1920-04-04")},
        ),
        # a name wrapped onto the next line of a paragraph
        (
            "They listened to the songs of the well-known Estonian composer Oswin\n"
            "Tarrant (11 February 1869 – 5 July 1951) all evening long.",
            {born("Oswin Tarrant", "1869-02-11"), died("Oswin Tarrant", "1951-07-05")},
        ),
    ],
)
def test_memorial_layouts_and_wrapped_names(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span that is followed by more text on its line is no memorial heading
        ("Anke Dorn\n14th June 1954 – 24th May 2019 was a good time", set()),
        # a heading line is no first half of a name
        (
            "NORDIC PAINTERS\nOswin Tarrant (11 February 1869 – 5 July 1951) was a painter.",
            {born("Oswin Tarrant", "1869-02-11"), died("Oswin Tarrant", "1951-07-05")},
        ),
        (
            "Contents [hide] 1 Life 2 Paintings 3 Reception 4 Notes\n"
            "Oswin Tarrant (11 February 1869 – 5 July 1951) was a painter.",
            {born("Oswin Tarrant", "1869-02-11"), died("Oswin Tarrant", "1951-07-05")},
        ),
    ],
)
def test_memorial_and_wrapping_near_misses(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an obituary headed by the family name in capitals
        (
            "DORN, Anke Marie, 84, of Tarvona, passed away on Monday, March 2, 2020.",
            {died("Anke Marie DORN", "2020-03-02")},
        ),
        # a maiden name in parentheses inside the name
        (
            "Anke (Pell) Dorn, 84, of Tarvona, passed away on May 3, 2020.",
            {died("Anke Dorn", "2020-05-03")},
        ),
        # a genealogy's comma form
        (
            "Oswin Tarrant, b. Leeds, 12 Jan 1820; d. Anzio, 4 Feb 1844.",
            {born("Oswin Tarrant", "1820-01-12"), died("Oswin Tarrant", "1844-02-04")},
        ),
        # a gravestone: labels on their own lines, the name in capitals
        (
            "OSWIN TARRANT\nBORN\nMarch 3, 1850\nDIED\nApril 4, 1920",
            {born("OSWIN TARRANT", "1850-03-03"), died("OSWIN TARRANT", "1920-04-04")},
        ),
        # an old record's "ye" before the day
        ("Oswin Tarrant died Decr. ye 6th 1787.", {died("Oswin Tarrant", "1787-12-06")}),
    ],
)
def test_obituaries_genealogies_gravestones(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word in capitals opening the line is no family name when no given name follows
        ("TODAY, at 84, the sister of Anke Dorn passed away on May 3, 2020.", set()),
        # a genealogy line whose dates are years only
        ("Oswin Tarrant, b. Leeds 1820; d. Anzio 1844.", set()),
        # the heading in capitals is not the person when a line names somebody
        ("CURRICULUM VITAE\nAnke Dorn\nBORN\nMarch 3, 1950", {born("Anke Dorn", "1950-03-03")}),
    ],
)
def test_obituary_and_genealogy_near_misses(text, expected):
    assert life_facts(text) == expected


def test_a_name_after_a_preposition_is_a_subject_only_with_a_relative_clause():
    assert life_facts("The sister of Anke Dorn died on 3 May 2020.") == set()
    assert life_facts("He was married to Anke Dorn, who died on 3 May 2020.") == {
        died("Anke Dorn", "2020-05-03")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a birthplace after the first date of a span
        (
            "Anke Dorn (3 May 1900 in Leeds – 2 June 1980 in Paris) was a poet.",
            {born("Anke Dorn", "1900-05-03"), died("Anke Dorn", "1980-06-02")},
        ),
        # other verbs of death
        (
            "Private Oswin Tarrant was killed in action on 3 May 1917 near Ypres.",
            {died("Oswin Tarrant", "1917-05-03")},
        ),
        ("Anke Dorn passed on 12 March 2001 at home.", {died("Anke Dorn", "2001-03-12")}),
        # a year's page: "May 3 – NAME" under Births / Deaths
        (
            "1950\nEvents\nMay 3 – The Tarvona Treaty is signed.\nBirths\n"
            "May 3 – Anke Dorn, Welsh actor (d. 2010)\nDeaths\nJuly 4 – Peder Lunn, priest",
            {born("Anke Dorn", "1950-05-03"), died("Peder Lunn", "1950-07-04")},
        ),
    ],
)
def test_places_in_spans_verbs_of_death_and_year_pages(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anke Dorn (3 May 1900 and 2 June 1980) visited Leeds.",  # two dates, no span
        "Anke Dorn passed the exam on 3 May 2000.",  # "passed" without "away" or "on"
        "Anke Dorn was killed off in the series finale on 3 May 2000.",  # a story, not a death
        "1950\nEvents\nMay 3 – Anke Dorn, Welsh actor, opens a theatre",  # an event, not a birth
    ],
)
def test_places_verbs_and_year_pages_near_misses(text):
    assert life_facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Tarvona United (1 July 1990 – 30 June 1995) signed him.",  # a club
        "Windows Tarvo (August 24, 2001 – April 8, 2014) was retired.",  # a product
        "In memory of our beloved dog Rex (3 May 2005 – 4 June 2019).",  # an animal's name
        "Anke Dorn (Director, 3 May 2010 – 4 June 2015) led the institute.",  # an office's term
    ],
)
def test_spans_of_clubs_products_animals_and_offices(text):
    assert life_facts(text) == set()


def test_a_place_name_holding_an_office_word_is_no_term():
    text = "Anke Dorn (born in Kingston, 3 May 1950) is a poet."
    assert life_facts(text) == {born("Anke Dorn", "1950-05-03")}
    assert life_facts("Baby Anke was born on 4 May 2019 at 5 pm.") == {born("Anke", "2019-05-04")}


@pytest.mark.parametrize(
    "text",
    [
        "**Anke Dorn** (3 May 1950 – 4 June 2000) was a poet.",  # Markdown
        "'''Anke Dorn''' (3 May 1950 – 4 June 2000) was a poet.",  # wiki markup
        "<b>Anke Dorn</b> (3 May 1950 – 4 June 2000) was a poet.",  # HTML
    ],
)
def test_names_in_emphasis(text):
    assert life_facts(text) == {born("Anke Dorn", "1950-05-03"), died("Anke Dorn", "2000-06-04")}


def test_emphasis_does_not_join_other_words_to_a_name():
    # the parenthesis follows "friends", no name
    assert life_facts("**Anke Dorn** and friends (3 May 1950 – 4 June 2000) met.") == set()


def test_a_dropped_subject_is_the_introduced_person():
    text = "Ana Ruiz Tello\nsábado, 21 de agosto de 2010\nNació el 5 de mayo de 1914 en Lima."
    assert life_facts(text) == {born("Ana Ruiz Tello", "1914-05-05")}
    # nobody introduced: nobody's birth
    assert life_facts("Nació el 5 de mayo de 1914 en Lima.") == set()


def test_a_dash_may_set_off_born_after_a_name():
    assert life_facts("Anke Dorn — born 3 May 1950 in Leeds — paints.") == {
        born("Anke Dorn", "1950-05-03")
    }
    # a dash inside a sentence about something else: the name is no subject of "born"
    assert life_facts("Anke Dorn — the idea was born on 3 May 1950 — paints.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "A-" * 30 + " (born 3 May 1950)",  # hyphenated capitals that end in no name
        "A-" * 30 + " was born on 3 May 1950",
        "A-" * 30 + ", b. Leeds, 3 May 1950",
        "A-" * 30 + ", 1st Duke of " + "A-" * 30 + " (3 May 1950 – 4 May 2000)",
    ],
)
def test_hyphen_runs_are_read_in_linear_time(text):
    started = time.perf_counter()
    life_facts(text)
    assert time.perf_counter() - started < 1.0


def test_a_field_takes_a_name_line_near_it_only():
    near = (
        "Anke Dorn\n" + "She paints in oils and teaches at the school. " * 10 + "\nBorn: 3 May 1950"
    )
    far = (
        "Anke Dorn\n" + "She paints in oils and teaches at the school. " * 30 + "\nBorn: 3 May 1950"
    )
    assert life_facts(near) == {born("Anke Dorn", "1950-05-03")}
    assert life_facts(far) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb before the verb
        (
            "Kwame Asante suddenly died on 3 March 2011 of a stroke.",
            {died("Kwame Asante", "2011-03-03")},
        ),
        (
            "The office passed to Ruth Okoro, who replaced Jonas Mbeki, who suddenly died in "
            "office on 9 May 2015.",
            {died("Jonas Mbeki", "2015-05-09")},
        ),
        # a ruler's name with its realm after the numeral
        (
            "King Alaric IV of Gothmark finally died on 2 June 1402.",
            {died("Alaric IV of Gothmark", "1402-06-02")},
        ),
        # an apposition with a parenthesis inside it
        (
            "Its last pilot, Edwin Marsh, a British RAF (formerly RNAS) officer, died on 4 May "
            "2007, aged 109.",
            {died("Edwin Marsh", "2007-05-04")},
        ),
        # a relative clause on a name that is no sentence's subject, and its second verb
        (
            "The last of them was Harold Vane, who retired on March 2, 1960 and died on June 8, "
            "1984.",
            {died("Harold Vane", "1984-06-08")},
        ),
        # a reduced clause with the birthplace after the date
        (
            "The first child born there was Liv Aasen born on 4 May 1912 in Bergen.",
            {born("Liv Aasen", "1912-05-04")},
        ),
        # the name in other languages, in parentheses of their own before the dates
        (
            "Ivan Petrovich Volkov (Russian: Иван Петрович Волков) (March 3, 1901 – October 9, "
            "1970) was an engineer.",
            {
                born("Ivan Petrovich Volkov", "1901-03-03"),
                died("Ivan Petrovich Volkov", "1970-10-09"),
            },
        ),
        (
            'Bolko II Parvus (Latin for "the Small") (Polish: "Bolko II Mały"; German: "Bolko '
            'II. der Kleine") (1312 – 11 June 1368) was a duke.',
            {died("Bolko II Parvus", "1368-06-11")},
        ),
        # the date in parentheses after the verb, a reflexive after the name, "in turn"
        (
            "While he was away, Pope Clement IX died (14 August 1440), and Leo was chosen.",
            {died("Clement IX", "1440-08-14")},
        ),
        ("Ruth Lindqvist herself died on 2 May 1874.", {died("Ruth Lindqvist", "1874-05-02")}),
        (
            "He was followed by Oskar Brandl who in turn died on March 10, 1975.",
            {died("Oskar Brandl", "1975-03-10")},
        ),
        # a ruler's numeral with a full stop, as older books write it
        (
            "King Harold IV. died on the 8th of March, 1602, and was followed by his son.",
            {died("Harold IV", "1602-03-08")},
        ),
        # a phrase fronted before the subject of "… and died"
        (
            "After ten years of marriage, Greta Munk fell ill and died on February 5, 1819.",
            {died("Greta Munk", "1819-02-05")},
        ),
        # an obituary's words for dying
        ("Our aunt, Edith Marlowe, left us on 3 May 2019.", {died("Edith Marlowe", "2019-05-03")}),
        (
            "Edith Marlowe (nee Pratt) was called home to the Lord on 3 May 2019.",
            {died("Edith Marlowe", "2019-05-03")},
        ),
        # the birthplace between "born" and the date
        (
            "Kwabena Osei, born in Kumasi on 12 March 1990, plays as a striker.",
            {born("Kwabena Osei", "1990-03-12")},
        ),
        # a record whose Name field follows its date
        (
            "Date of birth: 12 March 1975\nName: Kwabena Osei\nPosition: Striker\n",
            {born("Kwabena Osei", "1975-03-12")},
        ),
        # a question that asks who, answered by the name
        ("Q: Who was born on 6 July 1907?\nA: Ines Vargas.", {born("Ines Vargas", "1907-07-06")}),
        ("Q: Who died on 2 May 1952?\nAnswer: Ines Vargas", {died("Ines Vargas", "1952-05-02")}),
        # a possessive question answered on its own line after the question mark
        (
            "What is Ines Vargas's date of death? 2 May 1952",
            {died("Ines Vargas", "1952-05-02")},
        ),
        # a birth known by its month and year, with the birthplace after it
        (
            "Anselme Viret (February 1718, Rouen – April 7, 1779, Paris) was a chemist.",
            {died("Anselme Viret", "1779-04-07")},
        ),
    ],
)
def test_clauses_and_spans_with_words_between(text, expected):
    assert life_facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a question without its answer, and a date the question hedges
        "Who was born on 6 July 1907? Nobody in the family remembers.",
        "Q: Who was born c. 6 July 1907?\nA: Ines Vargas.",
        # a death that did not happen, or is only claimed
        "Edith Marlowe left on 3 May 2019 for Paris.",
        # another record's Name field, after the blank line that ends this one
        "Date of birth: 12 March 1975\nPosition: Striker\n\nName: Kwabena Osei\n",
        "Ruth Lindqvist nearly died (2 May 1874) in the fire.",
        "After ten years, Greta Munk said her father fell ill and died on February 5, 1819.",
        "Kwame Asante nearly died on 3 March 2011 in a crash.",
        "Kwame Asante allegedly died on 3 March 2011.",
        # the relative clause's second verb belongs to another person
        "We met Harold Vane, who said his father retired in 1950 and died on June 8, 1984.",
        # a name after "of" is a complement: whose birth it is stays unclear
        "The daughter of Liv Aasen born on 4 May 1932 in Bergen was a singer.",
        # a reign, not a life, after the year and place
        "Anselme Viret (r. 1718, Rouen – April 7, 1779) was a bishop.",
    ],
)
def test_near_misses_of_clauses_with_words_between(text):
    assert life_facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "RIP Ken Moe 1971-2019. He passed away on June 7th, 2019 after a long illness.",
        "Rest in peace, Ken Moe. He passed away on June 7, 2019.",
        "We are sad to announce that Ken Moe has died. He passed away on June 7, 2019 at home.",
        "The stone marks the resting place of Ken Moe (1971–2019). He died on June 7, 2019.",
        "It's been a year since we lost Ken Moe. He died on June 7, 2019.",
    ],
)
def test_a_tribute_or_notice_introduces_whom_its_pronoun_continues(text):
    found = Extraction(select(["death_date"])).facts(text)
    assert [(f.subject, f.value) for f in found] == [("Ken Moe", "2019-06-07")]


def test_near_miss_a_name_honoured_in_prose_is_no_antecedent():
    # "in honour of" names someone other than the subject the pronoun continues
    text = "He named the prize in honour of Ken Moe. He died on June 7, 2019."
    assert Extraction(select(["death_date"])).facts(text) == []


def test_breathed_their_last():
    text = "Ken Moe breathed his last in Leeds on June 7, 2019."
    found = Extraction(select(["death_date"])).facts(text)
    assert [(f.subject, f.value) for f in found] == [("Ken Moe", "2019-06-07")]


def test_near_miss_breathing_is_no_death():
    text = "Ken Moe breathed a sigh of relief on June 7, 2019."
    assert Extraction(select(["death_date"])).facts(text) == []


def test_near_miss_a_possessive_introduces_no_one():
    # the dog is what was lost; Ken Moe is no subject a pronoun continues
    text = "Last year we lost Ken Moe's dog. He died on June 7, 2019."
    assert Extraction(select(["death_date"])).facts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ken Moe came into this world on June 7, 1971, in Leeds.",
        "Ken Moe entered the world on 7 June 1971.",
        "Ken Moe first saw the light of day on 7 June 1971.",
        "Ken Moe was welcomed into the world on 7 June 1971 by his parents.",
        "Ken Moe is a painter. He came into the world in Leeds on 7 June 1971.",
    ],
)
def test_a_birth_said_by_an_idiom(text):
    found = Extraction(select(["birth_date"])).facts(text)
    assert [(f.subject, f.value) for f in found] == [("Ken Moe", "1971-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        # the world of a trade, or the world's stage, is no birth
        "Ken Moe came into the world of politics on 7 June 1971.",
        "Ken Moe entered the world stage on 7 June 1971.",
        # a work's first showing, said by the same idiom
        "The Long Road first saw the light of day on 7 June 1971.",
    ],
)
def test_near_miss_idioms_of_a_debut_are_no_birth(text):
    assert Extraction(select(["birth_date"])).facts(text) == []


def test_an_infobox_death_with_its_age_under_a_label_is_no_birth():
    # an infobox copied as lines: "(aged N)" gives the age at death, and "Died" is a label
    text = "Ken Moe\nBorn\t7 June 1901\nLeeds\nDied\n4 May 1977 (aged 75)\nLondon\n"
    assert life_facts(text) == {born("Ken Moe", "1901-06-07"), died("Ken Moe", "1977-05-04")}


def test_a_profile_date_with_its_age_today_is_a_birth():
    text = "Ken Moe\n7 June 1971 (age 53)\n"
    assert life_facts(text) == {born("Ken Moe", "1971-06-07")}


@pytest.mark.parametrize(
    "text",
    [
        "On June 7, 2019, Ken Moe was killed in a crash.",
        "Ken Moe was tragically killed in a crash on June 7, 2019.",
        "On June 7, 2019, drummer Ken Moe passed away.",
        "On June 7, 2019, the former mayor Ken Moe died.",
    ],
)
def test_more_verbs_of_a_death_and_a_role_before_a_fronted_date(text):
    found = Extraction(select(["death_date"])).facts(text)
    assert [(f.subject, f.value) for f in found] == [("Ken Moe", "2019-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        # the death is the wife's, named by a noun before "of"
        "On June 7, 2019, the wife of Ken Moe died.",
        # a figure hanged, not the man
        "On June 7, 1851, Ken Moe was hanged in effigy by the regime.",
        # the day a body is found is not always the day of the death
        "Ken Moe was found dead in his flat on June 7, 2019.",
    ],
)
def test_near_miss_a_death_not_of_the_named_person(text):
    assert Extraction(select(["death_date"])).facts(text) == []


def test_a_fronted_birth_whose_subject_takes_an_apposition():
    text = "Born on the 3rd of May, 1901, Ken Moe, the second of six children, became a doctor."
    assert life_facts(text) == {born("Ken Moe", "1901-05-03")}


def test_near_miss_a_fronted_birth_whose_name_is_an_object():
    # the name after the date is the verb's object, not the subject the birth belongs to
    text = "Born on the 3rd of May, 1901, to Ken Moe, the son became a doctor."
    assert life_facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Mean Speedup by Machine (calculated from 2026-06-16 to 2026-06-27)",
        "Sales by Region (from 16 June 2020 to 27 June 2020)",
        "Rainfall at Leeds (measured between 3 May 1990 and 4 June 1995)",
    ],
)
def test_near_miss_a_period_in_parentheses_is_no_life_span(text):
    assert life_facts(text) == set()


def test_a_life_span_after_a_birthplace_with_from():
    text = "Ken Moe (from Leeds; 3 May 1901 – 4 June 1980) was a poet."
    assert life_facts(text) == {born("Ken Moe", "1901-05-03"), died("Ken Moe", "1980-06-04")}


def test_a_death_after_a_birth_year_in_doubt():
    text = "Ken Moe (between 1003 and 1005 – 5 January 1066) was a king."
    assert life_facts(text) == {died("Ken Moe", "1066-01-05")}


def test_a_generation_after_the_comma_stays_after_the_name():
    # "Jr." after the comma is no given name to put first
    text = "Ken Moe, Jr. (March 16, 1751 – June 28, 1836) was a statesman."
    assert life_facts(text) == {
        born("Ken Moe, Jr.", "1751-03-16"),
        died("Ken Moe, Jr.", "1836-06-28"),
    }


def test_near_miss_a_place_and_two_dates_in_parentheses_date_a_show():
    text = "The show at the City Gallery (London, 24 September 2011 – 15 January 2012) was a hit."
    assert life_facts(text) == set()


def test_a_glossary_entry_gives_a_life_after_a_colon():
    text = "Ken Moe: born 3 May 1990; died 4 June 2020."
    assert life_facts(text) == {born("Ken Moe", "1990-05-03"), died("Ken Moe", "2020-06-04")}


def test_near_miss_a_label_before_a_colon_is_no_name():
    assert life_facts("Note: born 3 May 1990 in Leeds.") == set()


def test_an_infobox_name_label_before_a_tab_is_no_part_of_the_name():
    text = "Name\tKen Moe\nBorn\t3 May 1990\nBirthplace\tLeeds\n"
    assert life_facts(text) == {born("Ken Moe", "1990-05-03")}


@pytest.mark.parametrize(
    "text",
    [
        "We lost Ken Moe on June 7, 2019. He was 48.",
        "The music world lost Ken Moe on 7 June 2019.",
        "We sadly lost our dear friend Ken Moe on 7 June 2019.",
    ],
)
def test_a_loss_its_mourners_state(text):
    assert life_facts(text) == {died("Ken Moe", "2019-06-07")}


@pytest.mark.parametrize(
    "text",
    [
        "We lost Ken Moe's dog on 7 June 2019.",
        "We lost the final on 7 June 2019.",
    ],
)
def test_near_miss_a_loss_of_no_person(text):
    assert life_facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3, 1971: Herons drummer Ken Moe is born in Leeds.", born("Ken Moe", "1971-03-03")),
        ("3rd March 1971 - Ken Moe (The Herons) born", born("Ken Moe", "1971-03-03")),
        ("March 3, 1971 - Ken Moe of the Herons is born.", born("Ken Moe", "1971-03-03")),
    ],
)
def test_a_timeline_entry_with_a_role_or_a_band(text, expected):
    assert life_facts(text) == {expected}


def test_near_miss_a_timeline_entry_of_a_relative():
    assert life_facts("March 3, 1971 - The son of Ken Moe is born.") == set()


def test_near_miss_a_band_named_in_an_apposition_is_no_subject():
    text = "Ken Moe, the voice of Iron Gate, died on Friday, June 7, 2019, at 48."
    assert life_facts(text) == {died("Ken Moe", "2019-06-07")}


@pytest.mark.parametrize(
    "text",
    [
        "Ken Moe, born in Leeds on 3 May 1950, died in London on 4 June 2010.",
        "Ken Moe, b. Leeds on 3 May 1950, d. Paris on 4 June 2010.",
    ],
)
def test_places_before_on_and_the_date_in_comma_clauses(text):
    assert life_facts(text) == {born("Ken Moe", "1950-05-03"), died("Ken Moe", "2010-06-04")}


def test_a_life_stated_by_its_two_ends():
    text = "Ken Moe lived from 3 May 1950 to 4 June 2010."
    assert life_facts(text) == {born("Ken Moe", "1950-05-03"), died("Ken Moe", "2010-06-04")}


@pytest.mark.parametrize(
    "text",
    [
        "Ken Moe lived in Leeds from 3 May 1950 to 4 June 2010.",
        "Ken Moe lived from 3 May 1990 to 4 June 1995 in Paris.",
    ],
)
def test_near_miss_a_stay_is_no_life(text):
    assert life_facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ken Moe passed into eternal life on June 7, 2019.",
        "Ken Moe departed this earth on June 7, 2019.",
        "Ken Moe slipped away peacefully on June 7, 2019.",
    ],
)
def test_an_obituarys_other_idioms_of_a_death(text):
    assert life_facts(text) == {died("Ken Moe", "2019-06-07")}


@pytest.mark.parametrize(
    "text",
    [
        "Ken Moe slipped away from the party on June 7, 2019.",
        "Ken Moe earned his wings as a pilot on June 7, 2019.",
    ],
)
def test_near_miss_idioms_of_leaving_or_of_a_pilots_wings(text):
    assert life_facts(text) == set()


def test_a_birth_as_a_possessives_noun():
    assert life_facts("Tomas Brandt's birth on 3 May 1950 was noted in the parish book.") == {
        born("Tomas Brandt", "1950-05-03")
    }
    assert life_facts("After Brandt's birth in Leeds on May 3, 1950, the family moved.") == {
        born("Brandt", "1950-05-03")
    }


def test_near_miss_the_day_that_remembers_a_birth():
    # the date is the celebration's, not the birth's
    assert (
        life_facts("The town marked the centenary of Tomas Brandt's birth on 3 May 2050.") == set()
    )
    # a birth's paper is no birth
    assert life_facts("Tomas Brandt's birth certificate on 3 May 1950 was lost.") == set()


def test_a_relative_clause_on_the_predicates_noun_gives_birth_then_death():
    assert life_facts(
        "Tomas Brandt was a Danish rower who was born on 3 May 1950 and died on 9 June 2011."
    ) == {born("Tomas Brandt", "1950-05-03"), died("Tomas Brandt", "2011-06-09")}
    assert life_facts(
        "Tomas Brandt, a Danish rower who was born in Aarhus and died on 9 June 2011, won twice."
    ) == {died("Tomas Brandt", "2011-06-09")}


def test_near_miss_a_birthplace_before_a_death_dates_no_birth():
    # the date after "and died on" is the death's; before, it was read as the birth's
    assert life_facts(
        "Tomas Brandt was a rower who was born in Aarhus and died on 9 June 2011."
    ) == {died("Tomas Brandt", "2011-06-09")}
    # the relative clause on another noun is that noun's
    assert (
        life_facts(
            "Tomas Brandt was the son of a rower who was born on 3 May 1920 and died on 9 June 1990."
        )
        == set()
    )


def test_a_news_reports_present_perfect():
    assert life_facts("Tomas Brandt has died on 9 June 2011, his club said.") == {
        died("Tomas Brandt", "2011-06-09")
    }
    assert life_facts("Tomas Brandt, who has passed away on June 9, 2011, rowed for Aarhus.") == {
        died("Tomas Brandt", "2011-06-09")
    }


def test_near_miss_a_present_perfect_of_another_verb():
    assert life_facts("Tomas Brandt has rowed on 9 June 2011 in Aarhus.") == set()


def test_a_pages_heading_word_after_the_name_is_no_part_of_it():
    text = "Tomas Brandt Biography\nTomas Brandt is a Danish rower. He was born on 3 May 1950."
    assert life_facts(text) == {born("Tomas Brandt", "1950-05-03")}


def test_near_miss_a_heading_word_on_its_own_line_names_nobody():
    # the heading word alone is no subject: the pronoun continues the name below it
    text = "Biography\nTomas Brandt is a Danish rower. He was born on 3 May 1950."
    assert life_facts(text) == {born("Tomas Brandt", "1950-05-03")}


def test_a_role_that_stands_for_the_person_the_text_introduced():
    text = "Happy 60th birthday to Tomas Brandt! The bassist was born on this day, 3 May 1950."
    assert life_facts(text) == {born("Tomas Brandt", "1950-05-03")}
    text = "Tomas Brandt is a Danish singer. The singer died on 9 June 2011 in Aarhus."
    assert life_facts(text) == {died("Tomas Brandt", "2011-06-09")}


def test_near_miss_a_role_after_another_person_is_named():
    # the drummer may be either of the two
    text = "Tomas Brandt formed the band with Lena Okafor. The drummer was born on 3 May 1950."
    assert life_facts(text) == set()
    # a kin word is no role of the person's
    text = "Tomas Brandt is a Danish rower. The father was born on 3 May 1920."
    assert life_facts(text) == set()


def test_a_lone_date_in_brackets_before_is_a_is_the_living_persons_birth():
    assert life_facts("Tomas Brandt (3 May 1950) is a Danish rower.") == {
        born("Tomas Brandt", "1950-05-03")
    }


def test_near_miss_a_lone_date_before_another_verb_or_is_the():
    assert life_facts("Tomas Brandt (3 May 1950) wrote to the club.") == set()
    # the date may be the letter's
    assert life_facts("Tomas Brandt (3 May 1950) is the author of the letter.") == set()


def test_a_bracket_without_digits_after_the_name_before_b_and_d():
    assert life_facts("Tomas Brandt (Denmark) b. 3 May 1950, d. 9 June 2011") == {
        born("Tomas Brandt", "1950-05-03"),
        died("Tomas Brandt", "2011-06-09"),
    }


def test_near_miss_a_bracket_that_refers_to_another_person_dates_them():
    # the dates inside are Lena Okafor's, not Tomas Brandt's
    found = life_facts("Tomas Brandt (see also Lena Okafor, b. 3 May 1950) rowed.")
    assert born("Tomas Brandt", "1950-05-03") not in found
    assert life_facts("Tomas Brandt (with his sister Lena Okafor, 1950–2011) rowed.") == set()


def test_a_page_heading_stats_word_after_the_name():
    text = "Tomas Brandt Stats\nPosition: Forward\nBorn: May 3, 1950 in Aarhus"
    assert life_facts(text) == {born("Tomas Brandt", "1950-05-03")}


def test_a_question_with_which_and_a_noun_answered_by_a_name():
    text = "Which rower was born on 3 May 1950 in Aarhus? Answer: Tomas Brandt"
    assert life_facts(text) == {born("Tomas Brandt", "1950-05-03")}


def test_a_questions_answer_alone_on_the_next_line():
    text = "What is the date of death of Tomas Brandt?\n9 June 2011"
    assert life_facts(text) == {died("Tomas Brandt", "2011-06-09")}


def test_near_miss_a_dataset_label_is_no_person():
    # "Output:" labels the answer; it names nobody
    assert life_facts("Input: Tomas Brandt\nOutput: born 3 May 1950") == set()
    # the next line answers nothing when it is prose
    assert (
        life_facts("What is the date of death of Tomas Brandt?\nWe do not know. 9 June 2011")
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Brandt or Thomas Brand (3 May 1950 – 9 June 2011) was a Danish rower.",
        "Tomas Brandt (Danish: Tomas Brandt), also spelled as Thomas Brand (3 May 1950 – 9 June"
        " 2011), was a Danish rower.",
        "Tomas Brandt, also known as Thomas Brand (3 May 1950 – 9 June 2011), was a rower.",
    ],
)
def test_the_dates_after_another_name_for_the_lead_are_the_leads(text):
    assert life_facts(text) == {
        born("Tomas Brandt", "1950-05-03"),
        died("Tomas Brandt", "2011-06-09"),
    }


def test_near_miss_a_name_after_or_inside_a_sentence_is_its_own():
    # "or" after a name that opens no sentence: the dates are the second name's
    text = "He rowed with Paul Quill or Lena Okafor (3 May 1950 – 9 June 2011) that year."
    assert life_facts(text) == {
        born("Lena Okafor", "1950-05-03"),
        died("Lena Okafor", "2011-06-09"),
    }


def test_a_birth_and_a_death_with_days_in_words():
    from auditor.extraction import Extraction
    from extractors.base import select

    text = (
        "Tomas Hale was born on the third of March, 1861, and died on the twenty-first of "
        "June, 1921."
    )
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    assert sorted((f.relation, f.subject, f.value) for f in found) == [
        ("birth_date", "Tomas Hale", "1861-03-03"),
        ("death_date", "Tomas Hale", "1921-06-21"),
    ]


def test_a_years_page_on_a_subject_dates_its_births_and_deaths():
    text = (
        "1950 in sports\nEvents\nMay 3 – The Tarvona Cup final is played.\nBirths\n"
        "May 3 – Anke Dorn, Welsh footballer\nDeaths\nJuly 4 – Peder Lunn, Norwegian skier"
    )
    assert life_facts(text) == {born("Anke Dorn", "1950-05-03"), died("Peder Lunn", "1950-07-04")}


def test_near_miss_a_year_and_a_place_in_a_sentence_is_no_page_year():
    text = "We met in 1950 in Leeds, where\nBirths\nMay 3 – Anke Dorn, Welsh footballer"
    assert life_facts(text) == set()
