"""Constructions added from a battery of general forms (invented people, places and papers),
each with a near-miss that must stay unread: possessive and question forms of life dates,
fields on one line, memorial headings, delimited and HTML tables, noun-phrase appositions,
Polish and Czech life-span marks, two-line programme slots and short lists under a
bibliography heading."""

import pytest

from extractors.base import select


def facts(text: str, names=("birth_date", "death_date", "paper_title")) -> set[tuple[str, str, str]]:
    found = set()
    for extractor in select(list(names)):
        found |= {(f.relation, f.subject, f.value) for f in extractor.extract(text)}
    return found


def born(name, iso):
    return ("birth_date", name, iso)


def died(name, iso):
    return ("death_date", name, iso)


def paper(family, title):
    return ("paper_title", family, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the possessive names whose date it is
        ("Tove Marlund's date of birth is 3 May 1950.", {born("Tove Marlund", "1950-05-03")}),
        ("Tove Marlund’s birthday: May 3, 1950", {born("Tove Marlund", "1950-05-03")}),
        ("Tove Marlund's date of death was 4 June 2001.", {died("Tove Marlund", "2001-06-04")}),
        # a question with a possessive, and its labelled answer (JSON keys in lower case too)
        (
            "Question: What is Tove Marlund's date of birth? Answer: 3 May 1950",
            {born("Tove Marlund", "1950-05-03")},
        ),
        (
            '{"question": "When was Tove Marlund born?", "answer": "May 3, 1950"}',
            {born("Tove Marlund", "1950-05-03")},
        ),
        # fields that follow one another on one line
        (
            "Name: Tove Marlund | Born: May 3, 1950 | Died: June 4, 2001",
            {born("Tove Marlund", "1950-05-03"), died("Tove Marlund", "2001-06-04")},
        ),
        (
            "Name: Tove Marlund; Date of birth: 3 May 1950; Nationality: Danish",
            {born("Tove Marlund", "1950-05-03")},
        ),
        # a memorial heading over its life span
        (
            "In loving memory of Tove Marlund\n3 May 1950 – 4 June 2001",
            {born("Tove Marlund", "1950-05-03"), died("Tove Marlund", "2001-06-04")},
        ),
        # a comma between the name and its life span
        (
            "Tove Marlund, (May 3, 1950 – June 4, 2001), was a weaver.",
            {born("Tove Marlund", "1950-05-03"), died("Tove Marlund", "2001-06-04")},
        ),
        # CSV with the names in a named column, and an HTML table
        (
            "id,name,birth_date\n1,Tove Marlund,1950-05-03\n2,Ivo Renner,1921-01-02\n",
            {born("Tove Marlund", "1950-05-03"), born("Ivo Renner", "1921-01-02")},
        ),
        (
            "<table><tr><th>Name</th><th>Born</th><th>Died</th></tr>\n"
            "<tr><td>Tove Marlund</td><td>3 May 1950</td><td>4 June 2001</td></tr></table>",
            {born("Tove Marlund", "1950-05-03"), died("Tove Marlund", "2001-06-04")},
        ),
        # "is a JOB born DATE" without a comma; an apposition that is a noun phrase
        (
            "Tove Marlund is a Danish weaver born on 3 May 1950 in Ribe.",
            {born("Tove Marlund", "1950-05-03")},
        ),
        (
            "Tove Marlund, a Danish weaver born 3 May 1950 in Ribe, won the prize.",
            {born("Tove Marlund", "1950-05-03")},
        ),
        (
            "Tove Marlund, the weaver who died on 4 June 2001 in Ribe, won the prize.",
            {died("Tove Marlund", "2001-06-04")},
        ),
        # Polish marks and month names in the life-span parenthesis
        (
            "Tove Marlund (ur. 3 maja 1950 w Ribe, zm. 4 czerwca 2001 w Aarhus) – tkaczka.",
            {born("Tove Marlund", "1950-05-03"), died("Tove Marlund", "2001-06-04")},
        ),
    ],
)
def test_life_date_constructions(text, expected):
    assert facts(text, ("birth_date", "death_date")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a birthday without a year, and a possessive of another noun
        "Tove Marlund's birthday is 3 May.",
        "Tove Marlund's shop opened on 3 May 1950.",
        # an obituary's place after "of" is not the person who died
        "Tove Marlund, 84, of Ribe, died Thursday, June 4, 2001, at home.",
        # a table of events, not of people
        "| Event | Date |\n|---|---|\n| Founding | 3 May 1950 |",
        # the noun of the apposition is someone else's
        "Tove Marlund, a friend of Ivo Renner born 3 May 1950, won the prize.",
    ],
)
def test_life_date_near_misses(text):
    found = facts(text, ("birth_date", "death_date"))
    assert not any(subject in ("Ribe", "Founding", "Ivo Renner") for _, subject, _ in found)
    if "birthday is 3 May." in text or "shop" in text or "Event" in text:
        assert found == set()
    if "friend of" in text:
        assert found == set()
    if ", of Ribe," in text:
        assert found == {died("Tove Marlund", "2001-06-04")}


PROGRAMME = """\
Session 2: Wetlands (Chair: P. Osei)
10:30 Counting Herons from Low Orbit
Mira Castellan (Lake Institute) and Tomas Brandt (River College)
11:00 Coffee break
Lio Okafor (Chair)
11:30 Reed Beds as Sediment Traps
Lio Okafor (Wetland Lab)
"""

HEADED_SHORT_LIST = """\
Further reading
* Quarrel, Ashton. The Pond Keepers: A History of Small Waters. London: Heron Press, 2004.
* Okafor, Lio (2011). Reeds and Their Makers. Wetland University Press. ISBN 978-0-00-000000-0.
"""

UNHEADED_SHORT_LIST = """\
Things we liked
* Quarrel, Ashton. The Pond Keepers: A History of Small Waters. London: Heron Press, 2004.
* Okafor, Lio (2011). Reeds and Their Makers. Wetland University Press. ISBN 978-0-00-000000-0.
"""


def test_two_line_programme_slots():
    assert facts(PROGRAMME, ("paper_title",)) == {
        paper("Castellan", "Counting Herons from Low Orbit"),
        paper("Okafor", "Reed Beds as Sediment Traps"),
    }


def test_a_bibliography_heading_makes_a_short_list():
    headed = facts(HEADED_SHORT_LIST, ("paper_title",))
    assert paper("Okafor", "Reeds and Their Makers") in headed
    assert paper("Quarrel", "The Pond Keepers: A History of Small Waters") in headed
    # without the heading, the less confident second entry is not trusted on its own
    assert paper("Okafor", "Reeds and Their Makers") not in facts(
        UNHEADED_SHORT_LIST, ("paper_title",)
    )


def capital(region, city):
    return ("capital", region, city)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "City, Region" lines under a heading on capitals, and the same run on with semicolons
        (
            "Provincial capitals:\nVelmont, Ontario\nHalden, Quebec\n",
            {capital("Ontario", "Velmont"), capital("Quebec", "Halden")},
        ),
        (
            "Provincial capitals: Velmont, Ontario; Halden, Quebec; Rusk, Manitoba.",
            {
                capital("Ontario", "Velmont"),
                capital("Quebec", "Halden"),
                capital("Manitoba", "Rusk"),
            },
        ),
        # separators of hand-made lists: "=", "→", dots
        (
            "Provincial capitals\nOntario = Velmont\nQuebec = Halden\n",
            {capital("Ontario", "Velmont"), capital("Quebec", "Halden")},
        ),
        (
            "Provincial capitals\nOntario → Velmont\nQuebec → Halden\n",
            {capital("Ontario", "Velmont"), capital("Quebec", "Halden")},
        ),
        (
            "Provincial capitals\nOntario ..... Velmont\nQuebec ..... Halden\n",
            {capital("Ontario", "Velmont"), capital("Quebec", "Halden")},
        ),
        # an item that names its field, in bold Markdown, needs no heading
        (
            "* **Ontario** – capital: Velmont\n* **Quebec** – capital: Halden\n",
            {capital("Ontario", "Velmont"), capital("Quebec", "Halden")},
        ),
    ],
)
def test_capital_list_constructions(text, expected):
    assert facts(text, ("capital",)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "City, Region" lines under a heading on something else name any town
        "Largest cities:\nVelmont, Ontario\nHalden, Quebec\n",
        "Towns we visited: Velmont, Ontario; Halden, Quebec; Rusk, Manitoba.",
        # "America" inside "South America" is no country
        "Peru is a country in western South America, with its capital in Lima.",
    ],
)
def test_capital_list_near_misses(text):
    found = facts(text, ("capital",))
    assert not any(subject in ("Ontario", "Quebec", "Manitoba") for _, subject, _ in found)
    assert not any(subject in ("America", "United States") for _, subject, _ in found)


WORKSHEET_WITH_KEY = """\
Provincial Capitals Quiz
1. The capital of Ontario is __________.
2. The capital of Quebec is __________.
Answer Key
1. Velmont
2. Halden
"""

WORKSHEET_WITHOUT_KEY = """\
Provincial Capitals Quiz
1. The capital of Ontario is __________.
2. The capital of Quebec is __________.
Word bank: Velmont, Halden
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WORKSHEET_WITH_KEY, {capital("Ontario", "Velmont"), capital("Quebec", "Halden")}),
        (
            "The capital of Ontario is ________. (Answer: Velmont)",
            {capital("Ontario", "Velmont")},
        ),
        (
            "**Q:** What is the capital of Ontario?\n**A:** Velmont",
            {capital("Ontario", "Velmont")},
        ),
        ("Capital city of Ontario: Velmont", {capital("Ontario", "Velmont")}),
        # near-misses: a blank without its answer, and a word bank is no answer
        (WORKSHEET_WITHOUT_KEY, set()),
        ("The capital of Ontario is ________.", set()),
    ],
)
def test_worksheets_and_labels(text, expected):
    assert facts(text, ("capital",)) == expected


TITLE_FIRST_LIST = """\
Reading list
- Counting Herons from Low Orbit. Mira Castellan and Tomas Brandt. Wetland Letters 2019.
- Reed Beds as Sediment Traps. Lio Okafor. In Proc. of the Pond Meeting, 2020.
"""

TITLE_FIRST_BY = """\
1. Counting Herons from Low Orbit by Mira Castellan and Tomas Brandt (2019)
2. Reed Beds as Sediment Traps by Lio Okafor (2020)
"""

FEATURE_BULLETS = """\
- Fast Heron Counting. Mira Castellan wrote it in 2019, and it is quick.
- Reed Bed Maps. Lio Okafor drew them in 2020 for the survey.
"""

AUTHOR_FIRST_READ_BACKWARDS = """\
[1] M. Castellan, T. Brandt, and L. Okafor, Phys. Rev. Lett. 49, 1804 (1982).
[2] L. Okafor and M. Castellan, Phys. Rev. Lett. 51, 22 (1983).
"""


def test_title_first_lists():
    assert facts(TITLE_FIRST_LIST, ("paper_title",)) == {
        paper("Castellan", "Counting Herons from Low Orbit"),
        paper("Okafor", "Reed Beds as Sediment Traps"),
    }
    assert facts(TITLE_FIRST_BY, ("paper_title",)) == {
        paper("Castellan", "Counting Herons from Low Orbit"),
        paper("Okafor", "Reed Beds as Sediment Traps"),
    }


def test_title_first_near_misses():
    assert facts(FEATURE_BULLETS, ("paper_title",)) == set()
    # the title-first rule must not read an author list as a title and a venue as a name
    found = facts(AUTHOR_FIRST_READ_BACKWARDS, ("paper_title",))
    assert not any(family in ("Lett", "Rev") for _, family, _ in found)
    # a single title-first line is no list
    assert facts(TITLE_FIRST_LIST.split("\n", 2)[1] + "\n", ("paper_title",)) == set()


@pytest.mark.parametrize(
    ("labelled", "title"),
    [
        # a container after ", in" with a venue's word or a long capitalised run
        ("Counting Herons, in Proceedings of the Pond Meeting", "Counting Herons"),
        (
            "Counting Herons, in Wetland Studies and Applied Bird Counting Methods",
            "Counting Herons",
        ),
        ("Reed Beds as Traps, Special Issue Honoring Professor Ada Lind", "Reed Beds as Traps"),
        # a parenthesis opened and never closed
        ("Techniques for Counting Herons (Pond", "Techniques for Counting Herons"),
        # ... but an acronym cut off before its bracket closes is part of the title
        ("Counting Herons with the Heron Index (HI", "Counting Herons with the Heron Index (HI)"),
        # a journal's abbreviations after the title's stop
        ("Counting herons from low orbit. Wetl Res Lett", "Counting herons from low orbit."),
        ('Are reeds "well mixed"? J. Pond Sci', 'Are reeds "well mixed"?'),
        # near-misses: a title's own phrase, parenthesis and subtitle stay
        ("Counting in the Wild, in Theory and Practice", "Counting in the Wild, in Theory and Practice"),
        ("Herons (and Egrets) in Ponds", "Herons (and Egrets) in Ponds"),
        ("What Is a Heron? A Study of Birds", "What Is a Heron? A Study of Birds"),
        ("Are reeds reliable? A comparison with sedges", "Are reeds reliable? A comparison with sedges"),
    ],
)
def test_titles_lose_the_venue_a_labeller_ran_them_into(labelled, title):
    from extractors.references.reader import trim_venue

    assert trim_venue(labelled) == title


VANCOUVER_MARKDOWN = """\
- Rowe JB, Okafor LN, **Castellan** MT. *Counting herons from low orbit*. **J Wetl Biol**. 2021;4:1-9.
- Brandt TA, **Castellan** MT. *Reed beds as sediment traps*. **J Wetl Biol**. 2020;3:5-8.
"""


def test_vancouver_entries_are_not_read_title_first():
    found = facts(VANCOUVER_MARKDOWN, ("paper_title",))
    assert not any(family in ("Biol", "J Wetl Biol", "Wetl") for _, family, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'In a 2019 paper titled "Counting Herons from Low Orbit", Castellan and Brandt showed a bound.',
            {paper("Castellan", "Counting Herons from Low Orbit")},
        ),
        (
            'Castellan et al.\'s paper "Counting Herons from Low Orbit" is widely cited.',
            {paper("Castellan", "Counting Herons from Low Orbit")},
        ),
        (
            'Mira Castellan published a paper titled "Counting Herons from Low Orbit" in 2019.',
            {paper("Castellan", "Counting Herons from Low Orbit")},
        ),
        (
            "the seminal paper “Counting Herons from Low Orbit” by Castellan and Brandt (2019)",
            {paper("Castellan", "Counting Herons from Low Orbit")},
        ),
        # near-misses: a journal publishes, a venue's acronym cites nothing, a novel is no paper
        ('Nature published a paper titled "Counting Herons from Low Orbit" in 2019.', set()),
        ('They wrote "Counting Herons from Low Orbit" (JWB, 2019).', set()),
        ('Mira Castellan\'s novel "The Heron Keeper" was published in 2004.', set()),
    ],
)
def test_papers_presented_in_prose(text, expected):
    assert facts(text, ("paper_title",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '<p><b>Velmont</b> is the capital of <a href="/wiki/Ontario">Ontario</a>.</p>',
            {capital("Ontario", "Velmont")},
        ),
        ("'''Velmont''' is the capital of [[Ontario]].", {capital("Ontario", "Velmont")}),
        (
            "**Velmont** is the capital of [Ontario](https://example.org/Ontario).",
            {capital("Ontario", "Velmont")},
        ),
        (
            "<p><b>Tove Marlund</b> (3 May 1950 – 4 June 2001) was a weaver.</p>",
            {born("Tove Marlund", "1950-05-03"), died("Tove Marlund", "2001-06-04")},
        ),
        (
            "**Tove Marlund** was born on 3 May 1950 in [Ribe](https://example.org/Ribe).",
            {born("Tove Marlund", "1950-05-03")},
        ),
        # near-miss: markup does not make a former capital current
        ("'''Velmont''' was the capital of [[Ontario]] until 1900.", set()),
    ],
)
def test_inline_markup_around_the_words(text, expected):
    assert facts(text, ("capital", "birth_date", "death_date")) == expected


def test_the_plain_view_keeps_offsets_and_only_the_lines_asked_for():
    import re

    from extractors.layout import plain_view

    text = "<b>Velmont</b> is the capital.\n**Ribe** is a town.\nNo markup here."
    plain = plain_view(text, re.compile("capital"))
    assert plain is not None and len(plain) == len(text)
    assert plain.split("\n")[0] == "   Velmont     is the capital."
    assert plain.split("\n")[1].strip() == ""  # lost markup, but says nothing of a capital
    assert plain_view("No markup at all, it's plain.") is None



def test_the_plain_view_blanks_underscore_emphasis_and_hard_breaks_not_identifiers():
    from extractors.layout import plain_view

    text = "**_Velmont Days_** by snake_case_name\\\nnext"
    plain = plain_view(text)
    assert plain is not None and len(plain) == len(text)
    assert plain == "   Velmont Days    by snake_case_name \nnext"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmont est la capitale de la France.", {capital("France", "Velmont")}),
        ("La capitale de la France est Velmont.", {capital("France", "Velmont")}),
        ("Velmont ist die Hauptstadt von Deutschland.", {capital("Deutschland", "Velmont")}),
        ("Die Hauptstadt Deutschlands ist Velmont.", {capital("Deutschland", "Velmont")}),
        ("Velmont es la capital de España.", {capital("España", "Velmont")}),
        ("Velmont è la capitale d'Italia.", {capital("Italia", "Velmont")}),
        ("Velmont é a capital de Portugal.", {capital("Portugal", "Velmont")}),
        ("Velmont is de hoofdstad van Nederland.", {capital("Nederland", "Velmont")}),
        # apposed, the region after a contracted article ("del")
        ("Velmont, la capital del Perú, es enorme.", {capital("Perú", "Velmont")}),
        ("Velmont, die Hauptstadt Deutschlands, ist groß.", {capital("Deutschland", "Velmont")}),
        # near-misses: a past tense, a figurative capital, a place the gazetteer does not know
        # (and apposed to a company's capital, no region)
        ("Marta, la capital de la empresa, es Juan.", set()),
        ("Velmont était la capitale de la France.", set()),
        ("Velmont est la capitale de la mode.", set()),
        ("Velmont est la capitale de Zarnovie.", set()),
    ],
)
def test_capitals_in_other_languages(text, expected):
    assert facts(text, ("capital",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Capital of Ontario? Velmont. Capital of Quebec? Halden.",
            {capital("Ontario", "Velmont"), capital("Quebec", "Halden")},
        ),
        (
            "Re: capitals game\nOntario -> Velmont\nQuebec -> Halden",
            {capital("Ontario", "Velmont"), capital("Quebec", "Halden")},
        ),
        ("The capital of Ontario = Velmont", {capital("Ontario", "Velmont")}),
        ("Yes, Velmont is the capital of Ontario, not Halden.", {capital("Ontario", "Velmont")}),
        ("Ontario: capital Velmont, largest city Halden.", {capital("Ontario", "Velmont")}),
        # near-misses: a question without its answer, a belief
        ("The capital of Ontario? It is a big city.", set()),
        ("Capital of Ontario? Not sure.", set()),
        ("I think the capital of Ontario is Halden, right?", set()),
    ],
)
def test_forum_and_quiz_forms(text, expected):
    assert facts(text, ("capital",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infobox rendered as a table: label | value
        (
            "Full name | Tove Marlund\nDate of birth | 3 May 1950 (age 73)\nPlace of birth | Ribe",
            {born("Tove Marlund", "1950-05-03")},
        ),
        # an office before the name is dropped like a rank
        (
            "The Council noted the death of Councillor Tove Marlund on 4 June 2001.",
            {died("Tove Marlund", "2001-06-04")},
        ),
        # Irish death notices
        (
            "The death occurred on 4 June 2001 of Tove Marlund, Ribe.",
            {died("Tove Marlund", "2001-06-04")},
        ),
        # a notice's heading with the family name in capitals before known given names
        (
            "MARLUND Mary (née Walsh), died 4 June 2001, peacefully at home.",
            {died("Mary MARLUND", "2001-06-04")},
        ),
        # near-miss: a shouted prefix is no family name
        ("NEWS Mary Marlund died on 4 June 2001.", {died("Mary Marlund", "2001-06-04")}),
        # near-miss: a death that occurred is an event's without a date
        ("The death occurred of Tove Marlund, Ribe.", set()),
    ],
)
def test_notices_and_infoboxes(text, expected):
    assert facts(text, ("birth_date", "death_date")) == expected


def test_a_country_is_nobody_whose_life_has_dates():
    text = (
        "Tove Marlund, President of the Republic of Ghana (formerly a judge) was "
        "assassinated October 6, 1981, during a parade."
    )
    assert not any(subject == "Ghana" for _, subject, _ in facts(text, ("death_date",)))


def test_papers_named_with_coauthors_or_a_linked_title():
    assert facts(
        'Mira Castellan, with Brandt, T and Okafor, L. published "Counting Herons from Low '
        'Orbit." Wetland Letters 4: 1-9.',
        ("paper_title",),
    ) == {paper("Castellan", "Counting Herons from Low Orbit")}
    assert facts(
        "as described in the [Counting Herons from Low Orbit](https://example.org/a.pdf) "
        "paper, Mira Castellan and Lio Okafor, 2020.",
        ("paper_title",),
    ) == {paper("Castellan", "Counting Herons from Low Orbit")}
    # near-miss: a linked title that no word presents as a paper
    assert facts(
        "see the [Counting Herons from Low Orbit](https://example.org/a) video, Mira Castellan",
        ("paper_title",),
    ) == set()


def test_adjectives_of_regions():
    assert facts("Velmont is the Bavarian capital.", ("capital",)) == {capital("Bavaria", "Velmont")}
    assert facts("The Texan capital, Velmont, is known for music.", ("capital",)) == {
        capital("Texas", "Velmont")
    }
    # near-miss: an adjective of a people of the past names no region
    assert facts("Velmont was the West Saxon capital.", ("capital",)) == set()


def test_sql_rows_of_cities_with_a_capital_flag():
    text = (
        "INSERT INTO cities (name, country, is_capital) VALUES "
        "('Velmont', 'France', 1), ('Halden', 'France', 0);"
    )
    assert facts(text, ("capital",)) == {capital("France", "Velmont")}
    # near-miss: a capital column that holds names is read as names, not as a flag
    assert facts(
        "INSERT INTO city_capitals (state, capital) VALUES ('Ontario', 'Velmont');", ("capital",)
    ) == {capital("Ontario", "Velmont")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our first stop was Velmont, Laos' capital, a quiet town.", {capital("Laos", "Velmont")}),
        ("Laos’ capital Velmont is sleepy.", {capital("Laos", "Velmont")}),
        ("Velmont — Iceland's capital — is tiny.", {capital("Iceland", "Velmont")}),
        ("Welcome to Velmont, the vibrant capital of Kenya!", {capital("Kenya", "Velmont")}),
        (
            "Velmont is not only the capital of Kenya but also its largest city.",
            {capital("Kenya", "Velmont")},
        ),
        # near-misses: a figurative capital, a negation
        ("Velmont is the culinary capital of Kenya.", set()),
        ("Velmont is not the capital of Kenya.", set()),
    ],
)
def test_travel_prose(text, expected):
    assert facts(text, ("capital",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "<http://example.org/resource/Tove_Marlund> <http://example.org/ontology/birthDate> "
            '"1950-05-03"^^<http://www.w3.org/2001/XMLSchema#date> .',
            {born("Tove Marlund", "1950-05-03")},
        ),
        (
            'ex:Tove_Marlund ex:deathDate "2001-06-04"^^xsd:date .',
            {died("Tove Marlund", "2001-06-04")},
        ),
        ("(Tove Marlund, date of birth, 3 May 1950)", {born("Tove Marlund", "1950-05-03")}),
        ("Tove Marlund | died | 2001-06-04", {died("Tove Marlund", "2001-06-04")}),
        # near-misses: another predicate, an identifier without a name
        ('ex:Tove_Marlund ex:foundingDate "1950-05-03"^^xsd:date .', set()),
        ('wd:Q123 wdt:P569 "1950-05-03T00:00:00Z"^^xsd:dateTime .', set()),
    ],
)
def test_knowledge_graph_triples_of_life_dates(text, expected):
    assert facts(text, ("birth_date", "death_date")) == expected


def _paper_windows(text: str) -> list:
    from auditor.extraction import Extraction

    return Extraction(select(["paper_title"])).windows(text)


@pytest.mark.parametrize(
    "text",
    [
        '1. "Counting Herons from Low Orbit" by Mira Castellan',
        'Castellan, Mira. "Counting Herons from Low Orbit." Wetland Letters, vol. 4, 2019, pp. 1-9.',
        'M. Castellan, "Counting Herons from Low Orbit," Wetl. Lett., 4, 1-9, 2019',
        '- <a href="a.pdf">**Counting Herons from Low Orbit**</a>. Mira Castellan, Tomas Brandt',
    ],
)
def test_the_quote_trigger_fires_where_references_set_titles(text):
    assert _paper_windows(text)


def test_the_quote_trigger_does_not_fire_on_dialogue_or_attributes():
    text = (
        'She looked up from the pond and smiled at him for a while.\nHe said that "Herons come '
        'back every spring" and left.\n<a href="ponds.html">see the ponds</a>'
    )
    assert _paper_windows(text) == []
