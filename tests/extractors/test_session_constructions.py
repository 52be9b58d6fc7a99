"""Classes of constructions read since the check part's genres were probed with invented
text: dictionary headwords, quiz answers in brackets or after arrows, JSON-escaped documents,
wiki date templates, infobox birth names, memorial introductions, inverted notice names,
instructions that ask for a date. Each with an invented example and a near-miss."""

import pytest

from auditor.escapes import decoded_view
from auditor.extraction import Extraction
from extractors.base import select
from extractors.capital import CapitalExtractor
from extractors.life_dates import LifeDateExtractor

CAPITAL = CapitalExtractor()
LIFE = LifeDateExtractor("life_dates", ("birth_date", "death_date"))


def capitals(text):
    return sorted({(f.subject, f.value) for f in CAPITAL.extract(text)})


def lives(text):
    return sorted({(f.relation, f.subject, f.value) for f in LIFE.extract(text)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dictionary's headword, pronunciation and part of speech before the definition
        ("Lusaka, n.: capital of Zambia, in the south.", [("Zambia", "Lusaka")]),
        ("Oslo (ˈɒzləʊ) n. the capital of Norway.", [("Norway", "Oslo")]),
        # a described place opening the sentence, its capital after "with its capital at"
        (
            "Bhutan, a kingdom in the eastern Himalayas with its capital at Thimphu.",
            [("Bhutan", "Thimphu")],
        ),
        # "its" refers back to the place the sentence describes, not to a place inside the
        # description; with no described place, the place before "and its capital" holds
        (
            "Saxony is a state in the east of Germany, with its capital in Dresden.",
            [("Saxony", "Dresden")],
        ),
        ("He toured Kenya and its capital Nairobi in 1990.", [("Kenya", "Nairobi")]),
        (
            "Astana is the capital and second largest city of Kazakhstan.",
            [("Kazakhstan", "Astana")],
        ),
        # quiz answers: after an arrow, in brackets after a blank
        ("Q5. Capital of Kenya?  → Nairobi", [("Kenya", "Nairobi")]),
        (
            "1. What is the capital of Morocco? _______ (Rabat)\n"
            "2. The capital of Nigeria is ________. Answer: Abuja",
            [("Morocco", "Rabat"), ("Nigeria", "Abuja")],
        ),
        # a forum's lower-case question and answer under "Q:" / "A:" labels
        ("Q: whats the capital of brazil?\nA: brasilia", [("Brazil", "Brasilia")]),
        # a table of capitals whose rows give the city first
        (
            "INSERT INTO capitals VALUES (1, 'Paris', 'France');\n"
            "INSERT INTO capitals VALUES (2, 'Berlin', 'Germany');",
            [("France", "Paris"), ("Germany", "Berlin")],
        ),
    ],
)
def test_capital_constructions(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a noun's definition that is no headword: "n." only after a name and before "the"
        "Kyoto was the capital of Japan until 1869.",
        # a description that is no apposition of the place: the capital belongs to no region
        "Travellers in the eastern Himalayas with its capital at Thimphu in mind.",
        # the answer of the next numbered question is not this one's
        "1. What is the capital of Morocco?\n2. The capital of Nigeria is ____. Answer: Abuja",
    ],
)
def test_capital_near_misses(text):
    assert ("Morocco", "Abuja") not in capitals(text)
    assert capitals(text) in ([], [("Nigeria", "Abuja")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wiki infobox's date templates; a death template's first date is the death
        (
            "| name = Pablo Ruiz\n| birth_date = {{birth date|1931|6|12}}\n"
            "| death_date = {{death date and age|2002|3|8|1931|6|12}}\n",
            [
                ("birth_date", "Pablo Ruiz", "1931-06-12"),
                ("death_date", "Pablo Ruiz", "2002-03-08"),
            ],
        ),
        # a lead in wikitext: a dash written as a template, post-nominal letters as one
        (
            "'''Pablo Ruiz''' (12 June 1931{{snd}}8 March 2002) was a painter.",
            [
                ("birth_date", "Pablo Ruiz", "1931-06-12"),
                ("death_date", "Pablo Ruiz", "2002-03-08"),
            ],
        ),
        (
            "'''Pablo Ruiz''' {{post-nominals|country=GBR|CBE}} (12 June 1931 – 8 March 2002)",
            [
                ("birth_date", "Pablo Ruiz", "1931-06-12"),
                ("death_date", "Pablo Ruiz", "2002-03-08"),
            ],
        ),
        # (near-miss: a hedge as a template stays a hedge)
        (
            "'''Pablo Ruiz''' ({{circa}} 12 June 1931{{snd}}8 March 2002) was a painter.",
            [("death_date", "Pablo Ruiz", "2002-03-08")],
        ),
        (
            "'''Pablo Ruiz''' ({{circa}} 12 June 1931 – 8 March 2002) was a painter.",
            [("death_date", "Pablo Ruiz", "2002-03-08")],
        ),
        # an infobox rendered as text: the birth name on the label's line, the date under it
        (
            "Born\tPablo Ruiz\n12 June 1931\nMadrid, Spain",
            [("birth_date", "Pablo Ruiz", "1931-06-12")],
        ),
        # a post of remembrance names its person after the verb, not with it
        (
            "Remembering Kurt Weill (2 March 1900 – 3 April 1950).",
            [
                ("birth_date", "Kurt Weill", "1900-03-02"),
                ("death_date", "Kurt Weill", "1950-04-03"),
            ],
        ),
        # a notice's inverted name, in natural order
        (
            "Smith, Mary Ellen (née Clark), age 91, died peacefully on January 14, 2019.",
            [("death_date", "Mary Ellen Smith", "2019-01-14")],
        ),
        # inverted notice names: a short family name in capitals, or one written like any
        # word before given names alone; a place or an adverb before a full name is no family
        (
            "DOE, Jane Marie, 84, of Springfield, died March 5, 2019.",
            [("death_date", "Jane Marie DOE", "2019-03-05")],
        ),
        (
            "Doe, Jane Marie, age 84, died March 5, 2019.",
            [("death_date", "Jane Marie Doe", "2019-03-05")],
        ),
        (
            "Leeds, Jane Marie Doe, 84, died March 5, 2019.",
            [("death_date", "Jane Marie Doe", "2019-03-05")],
        ),
        (
            "Sadly, Jane Marie Doe, 84, died March 5, 2019.",
            [("death_date", "Jane Marie Doe", "2019-03-05")],
        ),
        # a memorial's introduction is the person its pronouns continue
        (
            "Here lies Mary Brown. She was born on 4 April 1822 and died on 9 May 1899.",
            [
                ("birth_date", "Mary Brown", "1822-04-04"),
                ("death_date", "Mary Brown", "1899-05-09"),
            ],
        ),
        # fields on one line after a heading that gives the years
        (
            "Elizabeth Ward Jones, 1845–1910\nBorn: 12 Feb 1845, Died: 3 Nov 1910",
            [
                ("birth_date", "Elizabeth Ward Jones", "1845-02-12"),
                ("death_date", "Elizabeth Ward Jones", "1910-11-03"),
            ],
        ),
        # instructions and questions that ask for a date, and their marked answers
        (
            "### Instruction: Give the birth date of Alan Turing.\n### Response: 23 June 1912",
            [("birth_date", "Alan Turing", "1912-06-23")],
        ),
        (
            "Q: On what date was Grace Hopper born?\nA: December 9, 1906",
            [("birth_date", "Grace Hopper", "1906-12-09")],
        ),
        # a person known by one name, asked about: the answer's pronoun is theirs
        (
            "Q: When was Pelé born?\nA: He was born on 23 October 1940.",
            [("birth_date", "Pelé", "1940-10-23")],
        ),
    ],
)
def test_life_date_constructions(text, expected):
    assert lives(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a comma before a given name opens a clause, not an inverted name
        "Sadly, Mary Smith died on 3 May 2001.",
        "Yesterday, Mary Smith died on 3 May 2001.",
    ],
)
def test_inverted_name_near_misses(text):
    assert lives(text) == [("death_date", "Mary Smith", "2001-05-03")]


def test_lone_name_not_asked_is_no_antecedent():
    assert lives("Pelé scored twice. He was born on 23 October 1940.") == []


def test_template_not_a_date_is_ignored():
    assert lives("| name = Pablo Ruiz\n| birth_date = {{birth year|1931}}\n") == []


# --- JSON-escaped documents --------------------------------------------------------------


def test_decoded_view_maps_offsets_back():
    text = '{"text": "Fr\\u00e9d\\u00e9ric (1 March 1810 \\u2013 17 October 1849) \\"x\\" \\ud83d\\ude00"}'
    view = decoded_view(text)
    assert view is not None
    # (a one-string JSON object's wrapper comes out too)
    assert view.text == 'Frédéric (1 March 1810 – 17 October 1849) "x" 😀'
    at = view.text.index("17 October")
    assert text[view.original(at) : view.original(at) + 10] == "17 October"
    # an escape's output maps to the escape's start, the offset after it to the escape's end
    dash = view.text.index("–")
    assert text[view.original(dash) : view.original(dash + 1)] == "\\u2013"


@pytest.mark.parametrize(
    "text",
    [
        "Plain prose with no backslash at all.",
        # LaTeX writes commands that look like escapes
        "\\bibitem{roe} J. Roe.\n\\newblock A title.\n\\newblock Journal \\u2013 2001.",
        # a lone backslash in a path is no JSON string
        "Saved in C:\\data\\reports before 2001.",
    ],
)
def test_decoded_view_leaves_other_text(text):
    assert decoded_view(text) is None


def test_escaped_document_facts_keep_their_places():
    text = '{"context": "Marie Curie (7 November 1867 \\u2013 4 July 1934) was a physicist."}'
    facts = Extraction(select(["birth_date", "death_date"])).facts(text)
    found = sorted((f.relation, f.subject, f.value) for f in facts)
    assert found == [
        ("birth_date", "Marie Curie", "1867-11-07"),
        ("death_date", "Marie Curie", "1934-07-04"),
    ]
    for f in facts:
        assert "Marie Curie" in text[f.start : f.end] or "1934" in text[f.start : f.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death in the sentence's second verb phrase
        (
            "Jane Roe retired in 1990 and died on 3 May 2001.",
            [("death_date", "Jane Roe", "2001-05-03")],
        ),
        (
            "Jane Roe moved to Paris, where she died on 3 May 2001.",
            [("death_date", "Jane Roe", "2001-05-03")],
        ),
        (
            "Jane Roe lived in Leeds until her death on 3 May 2001.",
            [("death_date", "Jane Roe", "2001-05-03")],
        ),
        # a lone given name, "of" and a place make one name
        (
            "Saint Francis of Assisi died on 3 October 1226.",
            [("death_date", "Francis of Assisi", "1226-10-03")],
        ),
        # a description ending on a place, then the person apposed to it
        (
            "The rector of the University of Vienna, Hans Roe, died on 3 May 2001.",
            [("death_date", "Hans Roe", "2001-05-03")],
        ),
        # an office before the name, like a rank
        ("Chairman Hans Roe died on 3 May 2001.", [("death_date", "Hans Roe", "2001-05-03")]),
        # a pronoun agrees with its person's given name
        (
            "Charles Roe worked with Mary Moe. She was born on 10 December 1815.",
            [("birth_date", "Mary Moe", "1815-12-10")],
        ),
        # an answer's option letter is no initial
        (
            "Question: Who was born first?\nA. Mary Moe\nB. Charles Roe\n"
            "Answer: B. Charles Roe was born on 26 December 1791.",
            [("birth_date", "Charles Roe", "1791-12-26")],
        ),
        # a name in bold on its own line heads the fields under it
        (
            "**Hans Roe**\n- Born: 14 March 1879, Ulm\n- Died: 18 April 1955",
            [("birth_date", "Hans Roe", "1879-03-14"), ("death_date", "Hans Roe", "1955-04-18")],
        ),
    ],
)
def test_more_life_date_constructions(text, expected):
    assert lives(text) == expected


@pytest.mark.parametrize(
    ("text", "not_theirs"),
    [
        # the verb phrase is another person's
        ("Jane Roe said that her father retired and died on 3 May 2001.", "Jane Roe"),
        ("Jane Roe's husband retired in 1990 and died on 3 May 2001.", "Jane Roe"),
        (
            "Four years later Jane Roe made her last visit, before her death on 22 January 1901.",
            "Four",
        ),
        # a born-and-died sentence whose death is a relative's
        (
            "Mary Moe taught. She was born on 7 November 1867 and her husband Paul Roe died on "
            "19 April 1906.",
            "Mary Moe",
        ),
        # a supposition
        ("If Jane Roe was born on 27 January 1756, how old was she in 1800?", "Jane Roe"),
        # a pronoun that disagrees with the only person named, of known gender
        ("Charles Roe worked alone. She was born on 10 December 1815.", "Charles Roe"),
    ],
)
def test_more_life_date_near_misses(text, not_theirs):
    # (a death is never theirs; where the text gives their birth, that is read)
    assert not [f for f in lives(text) if f[1] == not_theirs and f[0] == "death_date"]
    if "born" in text and "She" not in text:
        assert not [f for f in lives(text) if f[1] == not_theirs]


def test_json_option_a_is_no_answer():
    text = '{"question": "When did Jane Roe die?", "A": "4 July 1934", "B": "7 November 1867"}'
    assert lives(text) == []


def test_bibtex_accents_are_no_json_escapes():
    assert (
        decoded_view('@article{roe,\n  author = "B{\\"o}merich, Hans",\n  note = "\\u00e9"}')
        is None
    )


def test_pronoun_of_the_other_gender_has_no_antecedent():
    assert lives("Charles Roe worked alone. She was born on 10 December 1815.") == []
    assert lives("Charles Roe worked alone. He was born on 10 December 1815.") == [
        ("birth_date", "Charles Roe", "1815-12-10")
    ]


# --- paper titles ---------------------------------------------------------------------------


def papers(text):
    extraction = Extraction(select(["paper_title"]))
    return sorted({(f.subject, f.value) for f in extraction.facts(text)})


HERONS = ("Castellan", "Counting herons from low orbit")
REEDS = ("Lund", "Reed beds as sediment traps")


@pytest.mark.parametrize(
    "text",
    [
        # quoted titles first, then initials and family names, then venue and year
        '1. "Counting herons from low orbit", M. Castellan, T. Brandt. Wetlands 2021.\n'
        '2. "Reed beds as sediment traps", **P. Lund** and A. Varga, arXiv 2020. [pdf]\n',
        # numbered entries run into one line by a PDF's text layer
        "References 1. Castellan M, Brandt T. Counting herons from low orbit. Wetl Ecol. "
        "2001;3:1-9. 2. Lund P, Varga A. Reed beds as sediment traps. J Hydrol. 2005;7:2-8. "
        "3. Brandt T. Sediment in motion. Hydrol Lett. 2010;1:5-6.",
        # entries wrapped over lines, the year on the continuation line
        "References\n[1] M. Castellan, T. Brandt, and A. B. Varga. Counting herons from low\n"
        "orbit. In Proceedings of the Wetland Conference, pages 10-20, 2012.\n"
        "[2] P. Lund and A. Varga. Reed beds as sediment traps. Journal of Hydrology\n"
        "Letters, 7(2):1-9, 2016.\n",
    ],
)
def test_listing_and_reference_layouts(text):
    found = papers(text)
    assert HERONS in found and REEDS in found


def test_programme_slots_with_quoted_titles():
    text = (
        '14:00  Keynote: "Counting Herons from Low Orbit" — Mira Castellan (Lyon)\n'
        '14:45  "Reed Beds as Sediment Traps" — Peter Lund, University of Lisbon\n'
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # testimonials: a quoted saying and its speaker, no year or link after them
        '- "Great product, would buy again", John Smith, Texas.\n'
        '- "Best service I have ever had", Mary Jones, Ohio.\n',
        # a timetable of films: no person after the title
        '14:00  "The Godfather" — cinema 2\n16:30  "Casablanca" — cinema 1\n',
        # dialogue closed by a speech verb
        'She waited.\n\n"Has the mail gone?" demanded Diana.\n\nNo, the mail had not gone.',
    ],
)
def test_listing_near_misses(text):
    assert papers(text) == []


def test_label_before_the_authors_is_no_family_name():
    text = (
        "Please cite: Castellan, M., & Brandt, T. (2021). Counting herons from low orbit. "
        "*Journal of Wetlands*, 22, 1–30. https://doi.org/10.1000/jw.2021.1"
    )
    assert papers(text) == [HERONS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forum talk after the statement
        ("Canberra is the capital of Australia lol", [("Australia", "Canberra")]),
        # a country's short form
        ("Wellington is the capital of NZ, not Auckland.", [("NZ", "Wellington")]),
        # a reply that answers with "It's"
        ("> What's the capital of Turkey?\nIt's Ankara, not Istanbul.", [("Turkey", "Ankara")]),
    ],
)
def test_forum_capital_constructions(text, expected):
    assert capitals(text) == expected


def test_forum_talk_is_no_place_continuation():
    # a word that continues the noun phrase still ends the reading
    assert capitals("Lima is the capital of Peru politics.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gazetteer entries: a headword and a colon, a full stop inside brackets, a bracket
        # between "capital" and "of"
        ("Cairo: capital of Egypt; pop. 9.5 million.", [("Egypt", "Cairo")]),
        ("Lisbon (Port. Lisboa), the capital of Portugal, on the Tagus.", [("Portugal", "Lisbon")]),
        ("Ottawa, city (1991 pop. 313,987), capital of Canada.", [("Canada", "Ottawa")]),
        ("Vientiane, capital (since 1975) of Laos.", [("Laos", "Vientiane")]),
        # an autonomous region known by its English name
        ("Ponta Delgada is the capital of the Azores.", [("Azores", "Ponta Delgada")]),
    ],
)
def test_gazetteer_capital_constructions(text, expected):
    assert capitals(text) == expected


def test_a_label_and_colon_is_no_headword():
    assert capitals("Reminder: capital of Spain") == []


# --- MediaWiki tables ------------------------------------------------------------------------

WIKI_STATES = (
    '{| class="wikitable"\n! State !! Capital !! Since\n|-\n| [[Alabama]] || Montgomery || 1846\n'
    '|-\n| Alaska || style="text-align:left" | [[Juneau, Alaska|Juneau]] || 1906\n|}\n'
)


def test_wiki_table_cells_and_offsets():
    from extractors import layout

    (table,) = layout.wiki_tables(WIKI_STATES)
    assert table.header == ("State", "Capital", "Since")
    assert [[c.text for c in row] for row in table.rows] == [
        ["Alabama", "Montgomery", "1846"],
        ["Alaska", "Juneau", "1906"],
    ]
    for row in table.rows:
        for cell in row:
            assert WIKI_STATES[cell.start : cell.end] == cell.text


def test_wiki_tables_one_cell_a_line():
    text = '{| class="wikitable"\n! State\n! Capital\n|-\n| Alabama\n| Montgomery\n|-\n| Alaska\n| Juneau\n|}'
    assert capitals(text) == [("Alabama", "Montgomery"), ("Alaska", "Juneau")]


def test_wiki_table_capitals_and_life_dates():
    assert capitals(WIKI_STATES) == [("Alabama", "Montgomery"), ("Alaska", "Juneau")]
    people = "{|\n! Name !! Born !! Died\n|-\n| Jane Roe || 3 May 1901 || 4 June 1980\n|}"
    assert lives(people) == [
        ("birth_date", "Jane Roe", "1901-05-03"),
        ("death_date", "Jane Roe", "1980-06-04"),
    ]


def test_wiki_table_without_the_relations_column():
    assert (
        capitals("{|\n! State !! Bird\n|-\n| Alabama || Yellowhammer\n|-\n| Ohio || Cardinal\n|}")
        == []
    )


def test_capitals_paired_respectively():
    text = "The capitals of Norway, Sweden and Denmark are Oslo, Stockholm and Copenhagen respectively."
    assert capitals(text) == [
        ("Denmark", "Copenhagen"),
        ("Norway", "Oslo"),
        ("Sweden", "Stockholm"),
    ]
    # lists of different lengths pair nothing
    uneven = "The capitals of Norway and Sweden are Oslo, Bergen and Stockholm respectively."
    assert capitals(uneven) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kinship word with the name in brackets
        ("Dad (John Roe) died on 5 June 2012.", [("death_date", "John Roe", "2012-06-05")]),
        # an obituary's phrase of death
        (
            "Jane Roe, age 84, went to be with the Lord on March 3, 2019.",
            [("death_date", "Jane Roe", "2019-03-03")],
        ),
        # an HTML profile: the heading's name over fields set off by tags on one line
        (
            "<h1>Jane Roe</h1>\n<p><strong>Born:</strong> 3 May 1935</p>"
            "<p><strong>Died:</strong> 3 March 2019</p>",
            [("birth_date", "Jane Roe", "1935-05-03"), ("death_date", "Jane Roe", "2019-03-03")],
        ),
        # an attack whose date is the death's
        (
            "Jane Roe was killed in action on 3 May 1944.",
            [("death_date", "Jane Roe", "1944-05-03")],
        ),
    ],
)
def test_obituary_and_profile_constructions(text, expected):
    assert lives(text) == expected


def test_attack_followed_by_a_later_death_dates_no_death():
    assert lives("Lincoln was assassinated on April 14, 1865, and died the next morning.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what R's citation() prints, one package a quoted line
        (
            "- [herons](https://example.org/herons)\n\n  > Mira L Castellan (2018). herons: Counting "
            "Herons from Low Orbit. R package version 1.2.\n\n- [reeds](https://example.org/reeds)\n\n"
            "  > Peter Lund (2019). reeds: Reed Beds as Sediment Traps [Computer software].\n",
            [
                ("Castellan", "herons: Counting Herons from Low Orbit"),
                ("Lund", "reeds: Reed Beds as Sediment Traps"),
            ],
        ),
    ],
)
def test_rendered_r_citations(text, expected):
    assert papers(text) == expected


def test_rendered_r_citation_near_miss_title_first():
    # a title-first entry whose "(2025)." follows the venue: the names before it hold a
    # sentence's full stop, so the pattern reads nothing
    from extractors.references.formats import read_rendered_r_citations

    text = (
        "Counting herons from low orbit. Mira Castellan, Tomas Brandt. Wetlands, in press (2025). "
        "Pre-print (https://example.org/x)."
    )
    assert list(read_rendered_r_citations(text)) == []


def test_program_name_before_a_colon_opens_the_title_after_vancouver_names():
    from extractors.references.labeller import read_entry, shipped_labeller

    entry = (
        "Castellan M, Brandt T, Lund P. Heronet: Counting herons from low orbit with neural "
        "networks. Wetl Ecol. 2020;16(2):e100."
    )
    reading = read_entry(shipped_labeller(), entry)
    assert reading is not None and reading.title.startswith("Heronet: Counting herons")


def test_pipe_table_rows_are_no_reference_entries():
    text = (
        "Old seat | Region | From | To | Note\n"
        "Port Aldous | Northern Marches | | 1962 | seat moved inland\n"
        "Greyhaven | Lower Vale | 1801 | 1844 | merged with the valley\n"
        "Saint Orm | Eastern Isles | 1920 | 1955 | renamed\n"
    )
    assert papers(text) == []


def test_cff_title_folded_over_lines():
    from extractors.references.formats import read_cff

    text = (
        'cff-version: "1.2.0"\ntitle: "Counting Herons: Small Satellites over Shallow Wetlands and\n'
        '  Reed Margins"\nauthors:\n  - family-names: Castellan\n    given-names: Mira\n'
    )
    assert [(f.family, f.title) for f in read_cff(text)] == [
        (
            "Castellan",
            "Counting Herons: Small Satellites over Shallow Wetlands and Reed Margins",
        )
    ]


def test_initials_inside_a_title_are_no_venue():
    from extractors.references.reader import trim_venue

    assert trim_venue("The Storied Life of A.J. Fikry") == "The Storied Life of A.J. Fikry"
    # a venue after a title's full stop still goes
    assert trim_venue("Counting herons from low orbit. Wetl. Ecol.") == (
        "Counting herons from low orbit."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a PHP seeder's array
        "$papers = [\n    [\n        'author' => 'Castellan, M. and Brandt, T.',\n"
        "        'title' => 'Counting herons from low orbit',\n        'year' => '2020',\n    ],\n];",
        # a Python dict
        "papers = [{'title': 'Counting herons from low orbit', 'authors': 'Mira Castellan and "
        "Tomas Brandt', 'year': 2020}]",
        # a Ruby call with symbols and a JavaScript object
        'Paper.create(title: "Counting herons from low orbit", author: "Castellan, M.", year: 2020)',
        "const p = { title: 'Counting herons from low orbit', authors: 'M. Castellan; T. Brandt', "
        "journal: 'Wetlands' };",
    ],
)
def test_records_in_program_code(text):
    assert papers(text) == [HERONS]


def test_code_record_without_a_publication_is_no_paper():
    assert papers("page = {'title': 'Welcome home', 'author': 'Mira Castellan'}") == []


def test_wrapped_entries_read_from_line_start_to_line_end():
    # the second entry's names wrap onto its title's line, and the text ends without a newline
    text = (
        "REFERENCES\nLund, P., Varga, A., and Brandt, T. (2015). Reed beds as sediment traps in\n"
        "lowland rivers. In Hydrology Letters.\nCastellan, M., Brandt, T., Lund, P., Varga, A., "
        "Moe, K., Roe, J., Kaiser, L.,\nand Polo, I. (2017). Counting herons from low orbit. In "
        "Wetlands, pages 1-9."
    )
    assert ("Castellan", "Counting herons from low orbit") in papers(text)


def test_rendered_r_citation_near_miss_prose():
    from extractors.references.formats import read_rendered_r_citations

    text = (
        "Officially, the council did not take part in the dispute. Jane Roe argued otherwise "
        'in her book "Quiet Waters" (1986). The entry asserts plainly that the record was mixed.'
    )
    assert list(read_rendered_r_citations(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # reStructuredText line blocks: names, title, venue
        "References\n\n| Mira Castellan, Tomas M. Brandt, and Peter Lund\n"
        "| Counting herons from low orbit.\n| THE WETLAND SOCIETY (2019).\n\n"
        "| Peter Lund, Anna Varga, and Tomas Brandt\n| Reed beds as sediment traps.\n"
        "| September 2019, ACM, Berlin, Germany\n",
        # a CV's LaTeX items: title (note). Names, year.
        "\\ind Counting herons from low orbit (Google). Mira Castellan, Tomas Brandt, 2015.\n"
        "\\medskip\n\\ind Reed beds as sediment traps (Google). Peter Lund, Tomas Brandt, 2013\n",
    ],
)
def test_names_then_title_and_cv_layouts(text):
    found = papers(text)
    assert HERONS in found and REEDS in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paragraph's country: opening a sentence, or the one country named after a
        # preposition in a travel story
        ("Laos is a landlocked country. The capital Vientiane is small.", [("Laos", "Vientiane")]),
        (
            "We spent two weeks in Laos. The capital, Vientiane, was our first stop.",
            [("Laos", "Vientiane")],
        ),
        # a guide's heading names the place its fields are about
        ("Laos travel guide\nCapital: Vientiane\nCurrency: Kip", [("Laos", "Vientiane")]),
        ("Laos Travel Tips\nCapital: Vientiane\nCurrency: Kip", [("Laos", "Vientiane")]),
        ("Laos: Key Facts\nCapital: Vientiane\nCurrency: Kip", [("Laos", "Vientiane")]),
        # a known city apposed mid-sentence
        ("Visiting the capital of Laos, Vientiane, is a must.", [("Laos", "Vientiane")]),
        ("From Bangkok we flew to Vientiane, capital of the Lao PDR.", [("Lao PDR", "Vientiane")]),
    ],
)
def test_travel_capital_constructions(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two countries named: no paragraph topic (and the city a seat of neither that the
        # gazetteer knows)
        "We flew from Peru to Chile. The capital, Arica, was our first stop.",
        # a past verb after the bare city keeps the tense rule
        "Laos is a landlocked country. The capital Luang Prabang was moved in 1560.",
        # a guide's heading that names no place
        "Travel Tips\nCapital: Vientiane\nCurrency: Kip",
    ],
)
def test_travel_capital_near_misses(text):
    assert capitals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full birth date and a death known by its year only (or hedged)
        (
            "Jane Roe (24 February 1304 – 1368/1369) was a traveller.",
            [("birth_date", "Jane Roe", "1304-02-24")],
        ),
        (
            "Jane Roe (3 May 1901 – c. 1980) was a painter.",
            [("birth_date", "Jane Roe", "1901-05-03")],
        ),
        # a double-barrelled name joined by an en dash
        (
            "Marie Salomea Skłodowska–Curie (7 November 1867 – 4 July 1934) was a physicist.",
            [
                ("birth_date", "Marie Salomea Skłodowska–Curie", "1867-11-07"),
                ("death_date", "Marie Salomea Skłodowska–Curie", "1934-07-04"),
            ],
        ),
    ],
)
def test_wikipedia_lead_variants(text, expected):
    assert lives(text) == expected


def test_event_span_with_a_year_is_no_life():
    assert lives("The festival (3 May 1901 – 1905) was held yearly.") == []


def test_line_wrap_hyphen_inside_a_quoted_title_is_joined():
    from extractors.normalize import clean_title

    assert clean_title("Counting herons from low or- bit,") == "Counting herons from low orbit"
    # "and", "or", "to" after the hyphen make a real one
    assert clean_title("Pre- and post-war herons") == "Pre- and post-war herons"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ontario is a province. Toronto is the capital of the province.",
            [("Ontario", "Toronto")],
        ),
        (
            "Ontario is a province. The capital of the province, Toronto, is big.",
            [("Ontario", "Toronto")],
        ),
        ("Kenya is a country in East Africa with Nairobi as its capital.", [("Kenya", "Nairobi")]),
    ],
)
def test_encyclopedic_capital_constructions(text, expected):
    assert capitals(text) == expected


def test_past_sentence_with_its_capital_is_no_fact():
    assert capitals("Kenya was a British colony with Nairobi as its capital.") == []


def test_provincial_capital_is_no_countrys():
    text = (
        "Fighting spread across Laos in 1974. Phonsavan, the provincial capital, fell in January."
    )
    assert capitals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reading list's short form, the chapters after the title
        (
            "Readings:\n- Sutton & Barto, Reinforcement Learning: An Introduction, 2nd edition, "
            "Chapters 3-4.\n- Goodfellow et al., Deep Learning, Chapter 6 [PDF]\n",
            [
                ("Goodfellow", "Deep Learning"),
                ("Sutton", "Reinforcement Learning: An Introduction"),
            ],
        ),
        # a label before an entry
        (
            "* Required: Turing, A. M. (1950). Computing machinery and intelligence. Mind, 59(236), "
            "433-460.",
            [("Turing", "Computing machinery and intelligence")],
        ),
    ],
)
def test_reading_list_forms(text, expected):
    assert papers(text) == expected


def test_short_form_near_misses():
    assert papers("- Smith, New York\n- Jones, Los Angeles\n") == []
    assert papers("- Fixed, Thanks Everyone\n- Roe, Updated The Docs\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # a publication list's section heading and its entries' labels
        "Journal Articles\n[J3] M. Castellan, T. Brandt. Counting herons from low orbit. "
        "Wetlands, 12(3):1–9, 2021.\n[J2] P. Lund. Reed beds as sediment traps. Journal of "
        "Hydrology, 3:2–8, 2019.\n",
    ],
)
def test_publication_list_labels(text):
    assert papers(text) == [HERONS, REEDS]


def test_entry_label_and_undated_entry_read_alone():
    from extractors.references.labeller import read_entry, shipped_labeller

    labeller = shipped_labeller()
    reading = read_entry(
        labeller, "2021 — Lund, P. Reed beds as sediment traps. J. Hydrol. 3: 2–8."
    )
    assert reading is not None and (reading.family, reading.title) == REEDS
    entry = "2021 — Lund, P. Reed beds as sediment traps. J. Hydrol. 3: 2–8."
    # offsets into the whole entry, label included
    assert entry[reading.title_start : reading.title_end].startswith("Reed beds as sediment traps")
    undated = read_entry(labeller, "Lund, P. (in press). Reed beds as sediment traps. Wetlands.")
    assert undated is not None and undated.title == "Reed beds as sediment traps"
