"""The capital extractor's rules, each with an example of its class of constructions and a
near-miss that must not be read. Names are real places in invented sentences."""

import time

import pytest

from extractors.capital import CapitalExtractor

CAPITAL = CapitalExtractor()


def capitals(text):
    return [(f.subject, f.value) for f in CAPITAL.extract(text)]


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("capital_of_x_is_y", "The capital of Peru is Lima.", [("Peru", "Lima")]),
        ("capital_of_x_is_y", "Capital city of Chile remains Santiago.", [("Chile", "Santiago")]),
        ("capital_of_x_is_y", "Key: The capital of Peru is **Lima**.", [("Peru", "Lima")]),
        (
            "y_is_capital_of_x",
            "Bhubaneswar is the capital of the eastern Indian state of Odisha.",
            [("Odisha", "Bhubaneswar")],
        ),
        (
            "y_is_capital_of_x",
            "Quito (pron.: KEE-toh) is the capital and largest city of Ecuador.",
            [("Ecuador", "Quito")],
        ),
        (
            "y_is_capital_of_x",
            "Recife, often called the Venice of Brazil,[3] serves as the capital of Pernambuco state.",
            [("Pernambuco", "Recife")],
        ),
        ("y_is_capital_of_x", "Arica functions as the capital of Peru.", [("Peru", "Arica")]),
        ("y_is_capital_of_x", "Arica acts as the capital of Peru.", [("Peru", "Arica")]),
        (
            "y_is_capital_of_x",
            "Lanzhou, or Lanchow, a river city on the Yellow River, the capital of Gansu province.",
            [("Gansu", "Lanzhou")],
        ),
        (
            "y_is_capital_of_x",
            "Valencia is a port on the Mediterranean coast, the capital of the Valencian Community.",
            [("Valencian Community", "Valencia")],
        ),
        (
            "y_is_capital_of_x",
            "Even now, Lilongwe is still the Capital of Malawi.",
            [("Malawi", "Lilongwe")],
        ),
        (
            "y_is_capital_of_x",
            "Lima is the capital of Peru, and Quito serves as the capital for Ecuador.",
            [("Peru", "Lima"), ("Ecuador", "Quito")],
        ),
        (
            "y_is_capital_of_x",
            "Ilorin has long served as the capital of Kwara State.",
            [("Kwara", "Ilorin")],
        ),
        (
            "y_is_capital_of_x",
            "Today Hanoi is the present capital of Vietnam.",
            [("Vietnam", "Hanoi")],
        ),
        (
            "as_capital_of_x_y",
            "As the capital of Hubei Province, Wuhan, a river port, grew fast.",
            [("Hubei", "Wuhan")],
        ),
        ("possessive", 'such as "Oregon\'s capital is Salem."', [("Oregon", "Salem")]),
        ("possessive", "Cairo, Egypt's sprawling capital, sits on the Nile.", [("Egypt", "Cairo")]),
        ("whose_capital", "Next comes Bavaria, whose capital is Munich.", [("Bavaria", "Munich")]),
        (
            "anaphoric",
            "Chile is a long country on the Pacific. Its capital is Santiago, the largest city.",
            [("Chile", "Santiago")],
        ),
        (
            "anaphoric",
            "Ghana, a coastal nation, has many regions. Accra serves as the nation's capital.",
            [("Ghana", "Accra")],
        ),
        (
            "anaphoric",
            "Chile is a long country. Santiago is the capital and largest city.",
            [("Chile", "Santiago")],
        ),
        ("anaphoric", "In Chile, the capital is Santiago.", [("Chile", "Santiago")]),
        ("anaphoric", "## Chile\nSantiago is the capital.", [("Chile", "Santiago")]),
        (
            "anaphoric",
            "Chile is a long country. The capital of the country is Santiago.",
            [("Chile", "Santiago")],
        ),
        (
            "capitals_like",
            "Some capitals, like Topeka in Kansas, are small.",
            [("Kansas", "Topeka")],
        ),
        (
            "question_answer",
            "Round two: name the capital of Nunavut. Everyone froze. The correct answer: Iqaluit.",
            [("Nunavut", "Iqaluit")],
        ),
        (
            "plain_unlisted",
            "Port Veloria is the capital of Veloria.",
            [("Veloria", "Port Veloria")],
        ),
        (
            "capital_of_x_is_y",
            "The capital of Utah, Salt Lake City, is high.",
            [("Utah", "Salt Lake City")],
        ),
        ("y_is_capital_of_x", "Lima (capital of Peru) is foggy.", [("Peru", "Lima")]),
        ("y_is_capital_of_x", "Lima — capital of Peru", [("Peru", "Lima")]),
        ("y_is_capital_of_x", "Lima, which is the capital of Peru, is foggy.", [("Peru", "Lima")]),
        ("possessive", "Peru's capital Lima is foggy.", [("Peru", "Lima")]),
        (
            "anaphoric",
            "Peru is a country of the Andes. The country's capital, Lima, is foggy.",
            [("Peru", "Lima")],
        ),
        (
            "adjective",
            "Crowds gathered in the Peruvian capital, Lima, on Monday.",
            [("Peru", "Lima")],
        ),
        ("adjective", "We flew on to the Chilean capital of Santiago.", [("Chile", "Santiago")]),
        ("adjective", "Quito, the Ecuadorian capital, sits high.", [("Ecuador", "Quito")]),
        ("question_answer", "What is the capital of Peru?\nLima\n", [("Peru", "Lima")]),
        (
            "question_answer",
            "Q1. What is the capital of Peru?\n(a) Cusco (b) Lima (c) Quito\nAnswer: (b)\n",
            [("Peru", "Lima")],
        ),
        (
            "question_answer",
            "Which city is the capital of Chile?\na) Valparaíso\nb) Santiago ✓\n",
            [("Chile", "Santiago")],
        ),
        (
            "question_answer",
            "Boise is the capital of which state?\nA. Utah B. Idaho\nAnswer: B\n",
            [("Idaho", "Boise")],
        ),
        ("question_answer", "Q: What is the capital of Peru?\nA: Lima\n", [("Peru", "Lima")]),
        (
            "field",
            "Peru (capital: Lima), Chile (capital Santiago), Kenya (capital, Nairobi).",
            [("Peru", "Lima"), ("Chile", "Santiago"), ("Kenya", "Nairobi")],
        ),
    ],
)
def test_sentence_rules(rule, text, expected):
    assert capitals(text) == expected, rule


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("capital_of_x_is_y", "The capital of Peru was Cusco under the Incas."),
        ("capital_of_x_is_y", "What is the capital of Peru? Think about it."),
        ("y_is_capital_of_x", "Shimla was long the summer capital of British India."),
        ("y_is_capital_of_x", "Dharamshala is the winter capital of Himachal Pradesh."),
        ("y_is_capital_of_x", "Lagos is the commercial capital of Nigeria."),
        ("y_is_capital_of_x", "Cusco, which was the capital of the Inca Empire, is high."),
        ("y_is_capital_of_x", "Lokoja, though never the capital of Kwara State, grew."),
        ("y_is_capital_of_x", "In West Africa, the capital of Mali sits on the Niger."),
        ("y_is_capital_of_x", "Florence served as the capital of Italy for six years."),
        ("y_is_capital_of_x", "Florence functioned as the capital of Italy for six years."),
        ("y_is_capital_of_x", "Ottawa became the capital of Canada in 1857."),
        ("y_is_capital_of_x", "Austin is the capital of Texas politics."),
        ("y_is_capital_of_x", "Pagan was the capital of the Pagan Kingdom."),
        ("y_is_capital_of_x", "Quebec, the capital of New France since 1663, grew."),
        ("as_capital_of_x_y", "As the capital of Hubei grew, the city changed."),
        ("possessive", "Ohio's capital history is long."),
        ("whose_capital", "the Black Hills, whose capital was once Deadwood."),
        ("anaphoric", "The capital is a busy place, and Accra is its largest city."),
        ("anaphoric", "Astana, the capital, was renamed in 2019."),
        ("anaphoric", "Chile is a long country. Valparaíso is the capital of poetry."),
        ("anaphoric", "Chile is a long country. Many think Valparaíso is the capital."),
        ("anaphoric", "Chile is a long country. Valparaíso, the former capital, is a port."),
        # another paragraph's country, the city no seat of it the gazetteer knows
        ("anaphoric", "Chile is long.\n\nConcepción is the capital."),
        ("capitals_like", "Some cities, like Topeka in Kansas, are small."),
        ("question_answer", "What is the capital of Chile? Nobody knew."),
        ("plain_unlisted", "New Orleans is the capital of jazz."),
        ("plain_unlisted", "Matera was named a Capital of Culture."),
        ("plain_unlisted", "Matera is the capital of Culture."),
        ("capital_of_x_is_y", "Far from the capital of Peru, Cusco, is a valley."),
        ("possessive", "Ohio’s Capital History"),
        ("possessive", "Lagos is Nigeria's bustling commercial capital."),
        ("anaphoric", "The capital, Lima, is foggy."),  # no country the paragraph is about
        ("adjective", "The Peruvian capital markets grew."),
        ("adjective", "Milan, the Italian fashion capital, is busy."),
        ("adjective", "Canberra lies in the Australian Capital Territory."),
        ("adjective", "Bonn, the former German capital, is small."),
        ("question_answer", "What is the capital of Peru? Lima or Cusco?"),
        ("question_answer", "Q. What is the capital of Peru?\nA. Cusco\nB. Lima\n"),  # no answer
        (
            "question_answer",
            "What is the capital of Peru?\n(a) Cusco (b) Lima\nWhat is the capital of Chile?\nAnswer: (b)",
        ),
        ("question_answer", "6. What is the capital of Peru?\nANSWERS\n1. Lima"),
        ("field", "Lima (capital district) is foggy."),
        ("field", "Lima (capital, debt and trade) is a theme."),
    ],
)
def test_sentence_near_misses(rule, text):
    assert capitals(text) == [], rule


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        (
            "table",
            "| Province | Capital City |\n|---|---|\n| Manitoba | Winnipeg |\n| Ontario State | Toronto |",
            [("Manitoba", "Winnipeg"), ("Ontario", "Toronto")],
        ),
        (
            "table",
            'code,state,capital\nOH,Ohio,Columbus\nDC,"District of Columbia","Washington, D.C."',
            [("Ohio", "Columbus"), ("District of Columbia", "Washington, D.C.")],
        ),
        (
            "field",
            "A few states:\n  7. Kwara State: Capital - Ilorin.\n  8. Kogi - Capital: Lokoja",
            [("Kwara", "Ilorin"), ("Kogi", "Lokoja")],
        ),
        ("field", "Oyo\n\nCapital: Ibadan\n\nA city of hills.", [("Oyo", "Ibadan")]),
        (
            "field",
            "State / Territory Tasmania\nType State\nCapital Hobart\nPopulation 570,000",
            [("Tasmania", "Hobart")],
        ),
        (
            "list",
            "Region — capital\n  • Tibet (西藏) — Lhasa\n  • Qinghai — Xining",
            [("Tibet", "Lhasa"), ("Qinghai", "Xining")],
        ),
        (
            "list",
            "Capitals of the prairie provinces:\nManitoba - Winnipeg, Alberta - Edmonton, Saskatchewan - Regina, Nebraska - Lincoln.",
            [
                ("Manitoba", "Winnipeg"),
                ("Alberta", "Edmonton"),
                ("Saskatchewan", "Regina"),
                ("Nebraska", "Lincoln"),
            ],
        ),
        (
            "list",
            "Some western capitals are:\n- Boise (Idaho)\n- Helena (Montana)",
            [("Idaho", "Boise"), ("Montana", "Helena")],
        ),
        (
            "list",
            "Two northern capitals are: Whitehorse (Yukon), Yellowknife (Northwest Territories).",
            [("Yukon", "Whitehorse"), ("Northwest Territories", "Yellowknife")],
        ),
        (
            "record",
            '[{"name": "Idaho", "abbreviation": "ID", "capital": "Boise"},\n {"name": "Utah", "capital": ""}]',
            [("Idaho", "Boise")],
        ),
        (
            "record",
            "const list = [{ id: 3, states: 'Nagaland', capital: 'Kohima' }];",
            [("Nagaland", "Kohima")],
        ),
        (
            "record",
            "{ q: 'What is the capital of Ohio?', options: { a: 'Dayton', b: 'Columbus' }, correct: 'b' },\n"
            "{ q: 'Boise is the capital of which state?', options: { a: 'Idaho', b: 'Utah' }, answer: 'a' }",
            [("Ohio", "Columbus"), ("Idaho", "Boise")],
        ),
        (
            "record",
            "capital: {\n  Peru: 'Lima',\n  'South-Korea': 'Seoul',\n},",
            [("Peru", "Lima"), ("South-Korea", "Seoul")],
        ),
        (
            "record",
            "STATE_CAPITALS = [('Ohio', 'Columbus'), ('Iowa', 'Des Moines')]",
            [("Ohio", "Columbus"), ("Iowa", "Des Moines")],
        ),
        (
            "record",
            "INSERT INTO capitals (state, capital) VALUES ('Ohio', 'Columbus'), ('Utah', 'Salt Lake City');",
            [("Ohio", "Columbus"), ("Utah", "Salt Lake City")],
        ),
        (
            "triple",
            "<http://dbpedia.org/resource/Peru> <http://dbpedia.org/ontology/capital> <http://dbpedia.org/resource/Lima> .",
            [("Peru", "Lima")],
        ),
        ("triple", "dbr:New_Zealand dbo:capital dbr:Wellington .", [("New Zealand", "Wellington")]),
        ("triple", "(Chile, capital, Santiago)", [("Chile", "Santiago")]),
        ("triple", "Chile | capital | Santiago", [("Chile", "Santiago")]),
        (
            "table",
            "Provinces and capitals: Province Capital City Ontario Toronto Quebec Quebec City "
            "Manitoba Winnipeg Alberta Edmonton (shared with Yukon) Nova Scotia Halifax",
            [
                ("Ontario", "Toronto"),
                ("Quebec", "Quebec City"),
                ("Manitoba", "Winnipeg"),
                ("Alberta", "Edmonton"),
                ("Yukon", "Edmonton"),
                ("Nova Scotia", "Halifax"),
            ],
        ),
        (
            "table",
            "State Capital Nagaland Kohima Sikkim Gangtok (Summer) Namchi (Winter) Mizoram Aizawl "
            "Tripura Agartala Odisha Bhubaneswar",
            [
                ("Nagaland", "Kohima"),
                ("Mizoram", "Aizawl"),
                ("Tripura", "Agartala"),
                ("Odisha", "Bhubaneswar"),
            ],
        ),
        (
            "table",
            "<table><tr><th>State</th><th>Capital</th></tr>\n<tr><td><a href='/o'>Ohio</a></td>"
            "<td>Columbus</td></tr>\n<tr><td>Texas<td>Austin\n</table>",
            [("Ohio", "Columbus"), ("Texas", "Austin")],
        ),
        ("field", "**Country:** Peru\n**Capital:** Lima\n", [("Peru", "Lima")]),
        (
            "record",
            '{"name": {"common": "Bolivia", "official": "Plurinational State of Bolivia"}, '
            '"capital": ["Sucre", "La Paz"]}',
            [("Bolivia", "Sucre"), ("Bolivia", "La Paz")],
        ),
        (
            "record",
            '{"Ohio": {"capital": "Columbus", "admitted": 1803}, "Utah": {"capital": "Salt Lake City"}}',
            [("Ohio", "Columbus"), ("Utah", "Salt Lake City")],
        ),
        (
            "record",
            "$rows = [['name' => 'Ohio', 'capital' => 'Columbus']];",
            [("Ohio", "Columbus")],
        ),
        ("record", '<country name="Peru" capital="Lima" />', [("Peru", "Lima")]),
        (
            "record",
            "CREATE TABLE states (\n  id INT PRIMARY KEY,\n  name VARCHAR(40),\n  capital VARCHAR(40)\n);\n"
            "INSERT INTO states VALUES (1, 'Ohio', 'Columbus'), (2, 'Utah', 'Salt Lake City');",
            [("Ohio", "Columbus"), ("Utah", "Salt Lake City")],
        ),
        (
            "record",
            "INSERT INTO `countries` (`code`, `country_name`, `capital`) VALUES ('PE', 'Peru', 'Lima');",
            [("Peru", "Lima")],
        ),
        (
            "record",
            "# capitals of the Andean countries\nANDES = {\n    'Peru': 'Lima',\n    'Chile': 'Santiago',\n}",
            [("Peru", "Lima"), ("Chile", "Santiago")],
        ),
        (
            "table",
            "| # | Country | Capital(s) |\n|---|---|---|\n| 1 | 🇵🇪 Peru | Lima[2] |\n"
            "| 2 | Bolivia (BO) | Sucre (constitutional); La Paz (seat of government) |",
            [("Peru", "Lima"), ("Bolivia", "Sucre"), ("Bolivia", "La Paz")],
        ),
        (
            "field",
            "Peru, republic in western South America. Area: 1,285,216 km². Capital: Lima. Language: Spanish.",
            [("Peru", "Lima")],
        ),
        ("field", "Peru\nCapital and largest city: Lima\n", [("Peru", "Lima")]),
        (
            "list",
            "<p>State capitals</p>\n<ul>\n<li>Ohio – Columbus</li>\n<li>Utah – Salt Lake City</li>\n</ul>",
            [("Ohio", "Columbus"), ("Utah", "Salt Lake City")],
        ),
        (
            "list",
            "Capitals\nAlabama – Montgomery – 1846\nAlaska – Juneau (since 1906)",
            [("Alabama", "Montgomery"), ("Alaska", "Juneau")],
        ),
        (
            "table",
            "List of national capitals\n\n| City | Country | Notes |\n|---|---|---|\n"
            "| Lima | Peru | seat |\n| Quito | Ecuador | seat |",
            [("Peru", "Lima"), ("Ecuador", "Quito")],
        ),
        (
            "record",
            "INSERT INTO estados (nome, sigla, capital) VALUES ('Acre', 'AC', 'Rio Branco');",
            [("Acre", "Rio Branco")],
        ),
        (
            "table",
            "Country Capital\nPeru Lima\nChile Santiago\nBolivia Sucre\nEcuador Quito\n",
            [("Peru", "Lima"), ("Chile", "Santiago"), ("Bolivia", "Sucre"), ("Ecuador", "Quito")],
        ),
        ("field", "Peru, capital Lima, population 33 million.", [("Peru", "Lima")]),
        ("field", "Kenya, with its capital Nairobi, is growing.", [("Kenya", "Nairobi")]),
        (
            "record",
            "COPY public.states (id, name, capital) FROM stdin;\n1\tOhio\tColumbus\n2\tUtah\tSalt Lake City\n\\.\n",
            [("Ohio", "Columbus"), ("Utah", "Salt Lake City")],
        ),
        (
            "record",
            'INSERT INTO "public"."states" ("name", "capital") VALUES (N\'Ohio\', N\'Columbus\');',
            [("Ohio", "Columbus")],
        ),
        (
            "record",
            "UPDATE states SET capital = 'Columbus' WHERE name = 'Ohio';",
            [("Ohio", "Columbus")],
        ),
        ("triple", "(Lima, capital of, Peru)", [("Peru", "Lima")]),
        (
            "triple",
            "<http://example.org/Lima> <http://example.org/capitalOf> <http://example.org/Peru> .",
            [("Peru", "Lima")],
        ),
        (
            "triple",
            "(:Country {name: 'Peru'})-[:HAS_CAPITAL]->(:City {name: 'Lima'})",
            [("Peru", "Lima")],
        ),
        (
            "field",
            "{{Infobox country\n| conventional_long_name = Republic of Peru\n| common_name = Peru\n"
            "| capital = [[Lima]]\n}}",
            [("Peru", "Lima")],
        ),
    ],
)
def test_layout_rules(rule, text, expected):
    assert sorted(capitals(text)) == sorted(expected), rule


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("table", "Former capital | Country | Until\nBonn | Germany | 1990\nKyoto | Japan | 1868"),
        ("table", "State | Capital\nOhio | 1803\nTexas | TBD"),
        ("field", "Capital: Ikeja\n\nThe city is busy."),  # no subject anywhere
        ("field", "capital Lima is large"),  # prose, not a field
        ("list", "States without capital punishment:\nIowa - Des Moines\nMaine - Augusta"),
        ("list", "Capitals of Culture by year\n2031 Tartu, Estonia - Braga, Portugal"),
        ("list", "Tokyo – Japan\nLima – Peru\nThese capitals are big."),  # no header before
        ("list", "Travel notes\nGeorgia - Atlanta\nOhio - Columbus"),  # nothing about capitals
        ("record", '{"name": "Ohio", "largest_city": "Columbus"}'),
        ("record", "{ states: 'Sikkim', capital: 'Gangtok(Summer)/Namchi(Winter)' }"),
        (
            "record",
            "{ q: 'What is the capital of Ohio?', options: { a: 'Dayton', b: 'Columbus' } }",
        ),
        (
            "record",
            "{ q: 'Pick a city that is no capital?', options: { a: 'Dayton' }, correct: 'a' }",
        ),
        ("record", "countryName: {\n  Peru: 'Peru',\n  Chile: 'Chile',\n},"),
        ("record", "LARGEST_CITIES = [('Ohio', 'Columbus')]"),
        ("triple", "dbr:Peru dbo:largestCity dbr:Lima ."),
        ("triple", "(Chile, currency, Peso)"),
        (
            "table",
            "<table><tr><th>State</th><th>Largest city</th></tr><tr><td>Ohio<td>Columbus</table>",
        ),
        ("field", "**Capital:** Lima\n"),  # no place the block is about
        ("record", '{"Ohio": {"largest_city": "Columbus"}}'),
        ("record", '<city name="Lima" country="Peru" />'),
        ("record", "INSERT INTO cities (name, state) VALUES ('Columbus', 'Ohio');"),
        ("table", "| Country | Currency |\n|---|---|\n| Peru | Sol |"),
        ("list", "Capitals of the world\nNairobi, Kenya\nLima, Peru"),  # read one way only
        ("list", "Capitals\n- Myanmar (Burma)\n- Eswatini (Swaziland)"),  # other names
        ("list", "Capitals\nKenya, Africa\nPeru, South America"),
        ("field", "Germany and its former capital Bonn."),
        ("record", "COPY public.cities (id, name, state) FROM stdin;\n1\tColumbus\tOhio\n\\.\n"),
        ("triple", "(:Country {name: 'Peru'})-[:BORDERS]->(:Country {name: 'Chile'})"),
        ("triple", "(Peru, capital of, Lima)"),
        (
            "field",
            "{{Infobox settlement\n| name = Springfield\n| capital = [[Springfield]]\n}}",
        ),  # no region  # the wrong way round: no place is its capital
        ("record", "UPDATE states SET largest_city = 'Columbus' WHERE name = 'Ohio';"),
        ("field", "Nigeria and its capital markets are growing."),
        ("table", "Capital\nPeru Lima\nChile Santiago\nThat is all."),  # too few rows
        (
            "table",
            "The capital lies inland. Biggest towns:\n\n| City | Region |\n|---|---|\n| Arequipa | Arequipa |",
        ),
        ("field", "He shouted the capital: Lima. Nobody listened."),  # no place it is about
        ("record", "# country codes\nCODES = {'Peru': 'PE', 'Chile': 'CL'}"),
        ("record", "# largest cities\nBIGGEST = {'Peru': 'Lima'}"),
        ("table", "Capital Ontario Toronto Quebec Montreal Manitoba"),  # too few pairs for a table
        (
            "list",
            "Capitals come later in this guide.\nBiggest towns:\nTexas - Houston\nOhio - Cleveland",
        ),
    ],
)
def test_layout_near_misses(rule, text):
    assert capitals(text) == [], rule


def test_a_fact_is_counted_once_per_place_it_is_stated():
    text = "Lima, the capital of Peru, is large. The capital of Peru is Lima."
    assert capitals(text) == [("Peru", "Lima"), ("Peru", "Lima")]
    assert capitals("Lima is the capital of Peru.") == [("Peru", "Lima")]


def test_the_subject_must_be_a_known_country_or_region():
    assert capitals("Xanadu is the capital of the Empire of Kublai.") == []
    assert capitals("Xining is the capital of Qinghai Province.") == [("Qinghai", "Xining")]


@pytest.mark.parametrize(
    "text",
    [
        "Alpha, " * 30 + "is the capital of Peru",
        "Alpha Beta " * 30 + "the capital of " + "Gamma " * 30,
        "(" * 30 + "capital: " + "{" * 30,
        "Capital: " + "Alpha - " * 30,
        "Iowa - " * 30 + "capitals",
        "INSERT INTO capitals VALUES ('a" + "''" * 40 + "(",
        "Q. What is the capital of Peru? " + "(a) Lima " * 30,
    ],
)
def test_pathological_inputs_finish_fast(text):
    start = time.perf_counter()
    for _ in range(5):
        capitals(text * 3)
    assert time.perf_counter() - start < 2.0


def test_a_text_dense_with_the_word_capital_is_read_in_linear_time():
    # windows around each "capital" are merged: 10x the text must not cost 100x the time
    small, large = "capital " * 2000, "capital " * 20000
    start = time.perf_counter()
    capitals(small)
    small_time = time.perf_counter() - start
    start = time.perf_counter()
    capitals(large)
    large_time = time.perf_counter() - start
    assert large_time < max(30 * small_time, 1.0)


def test_capitol_written_for_capital():
    from auditor.extraction import Extraction
    from extractors.base import select

    extraction = Extraction(select(["capital"]))

    def scanned(text: str) -> set[tuple[str, str]]:
        return {(f.subject, f.value) for f in extraction.facts(text)}

    assert scanned("The capitol of Peru is Lima, my teacher said.") == {("Peru", "Lima")}
    assert scanned("Lima is Peru's capitol and biggest city.") == {("Peru", "Lima")}
    # near-miss: a capitol building in a city is no capital of a place
    assert scanned("The state capitol in Austin was finished in 1888.") == set()


def test_colon_items_under_a_capitals_header_every_item_read():
    text = "Countries and capitals\nPeru: Lima\nKenya: Nairobi\nFrance: Paris\n"
    assert set(capitals(text)) == {("Peru", "Lima"), ("Kenya", "Nairobi"), ("France", "Paris")}
    # near-miss: the same items under a header about something else
    assert capitals("Largest cities:\nPeru: Lima\nKenya: Nairobi\n") == []


def test_more_relative_and_apposed_forms():
    assert capitals("Peru, the capital of which is Lima, lies on the Pacific.") == [
        ("Peru", "Lima")
    ]
    assert capitals("Peru and its capital Lima were hit by floods.") == [("Peru", "Lima")]
    # a wiki section heading names the place a Capital: field below it belongs to
    assert capitals("== Peru ==\nCapital: Lima\nPopulation: 33 million\n") == [("Peru", "Lima")]
    # near-misses: a former capital of which, a heading about something else
    assert capitals("Peru, the former capital of which was Cusco, lies on the Pacific.") == []
    assert capitals("== Notes ==\nCapital: Lima\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the capital and most populous city in X"
        (
            "Bismarck is the capital and the most populous city in North Dakota.",
            [("North Dakota", "Bismarck")],
        ),
        # a possessive and the city without a comma, before a preposition
        ("The talks were held in Kenya's capital Nairobi on 3 May.", [("Kenya", "Nairobi")]),
        # the city ends before a day after it
        ("Rebels attacked the Malian capital of Bamako on Friday.", [("Mali", "Bamako")]),
        # a parenthesis between the place and the verb
        (
            "The official capital of Bolivia (and its seat of justice) is Sucre.",
            [("Bolivia", "Sucre")],
        ),
        # "Y's role as the capital of X"
        (
            "As part of Darwin's role as the capital of the Northern Territory, courts sit there.",
            [("Northern Territory", "Darwin")],
        ),
        # a parenthesis with a parenthesis inside after the city
        (
            'Graz (German: "Graz" [ɡraːts(:)]) is the capital and largest city of Styria.',
            [("Styria", "Graz")],
        ),
        # the city's former names in its apposition
        (
            "Bishkek (in Kyrgyz: Бишкек), formerly Pishpek and Frunze, is the capital of "
            "Kyrgyzstan.",
            [("Kyrgyzstan", "Bishkek")],
        ),
        # a voivodeship by its English name, which keeps its type word
        (
            "Poznań is the capital city of Greater Poland Voivodeship.",
            [("Greater Poland Voivodeship", "Poznań")],
        ),
    ],
)
def test_sentence_rules_with_words_between(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the adjective and the city without a comma, before a stop, a dash or a lower-case word
        ("Mr Roe visited a clinic in the Ghanaian capital Accra .", [("Ghana", "Accra")]),
        (
            "Officials in the Sri Lankan capital Colombo\nyesterday denied the report.",
            [("Sri Lanka", "Colombo")],
        ),
        ("The band played in the Cuban capital, Havana - a first.", [("Cuba", "Havana")]),
        # the country's own name as the adjective, and another adjective of nationality
        ("A reporter based in the Cameroon capital Yaounde said so.", [("Cameroon", "Yaounde")]),
        ("They were flown to the Azeri capital Baku.", [("Azerbaijan", "Baku")]),
        # the city a verb makes the capital, whatever is said after it
        ("Canberra is Australia's capital, Sydney is not.", [("Australia", "Canberra")]),
        ("Peru's capital city of Lima is large.", [("Peru", "Lima")]),
        # a weekday after the city, as wire stories write it
        ("Two men were tried in the Azerbaijani capital Baku Thursday.", [("Azerbaijan", "Baku")]),
    ],
)
def test_adjective_and_a_bare_city(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bismarck was the capital and most populous city in North Dakota until 1900.",
        "Bismarck is the capital and largest city in the region.",
        "Darwin's former role as the capital of the Northern Territory ended in 1990.",
        "While the former capital of Bolivia (and its seat of justice) was Sucre, La Paz grew.",
        "Bishkek, formerly the capital of Kazakhstan, is a city.",
        # a figurative capital named after "of"
        "Moscow is Russia's capital of Eastern Orthodox Christianity.",
        # without a comma, a name that is no known city is no capital
        "Shares rose in the Kenyan capital Nairobi Stock Exchange said.",
        "About 10,000 people marched through the Sudanese capital Monday in protest.",
    ],
)
def test_near_misses_with_words_between(text):
    assert capitals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gazetteer's or an encyclopaedia's entry: "Capital, Y." and the abbreviation "cap."
        (
            "Ecuador (Republic of Ecuador), country in NW South America. Capital, Quito. Area, "
            "283,561 sq km.",
            [("Ecuador", "Quito")],
        ),
        ("Kenya, republic in E Africa; cap. Nairobi.", [("Kenya", "Nairobi")]),
        ("Peru. Cap.: Lima. Pop.: 33 million.", [("Peru", "Lima")]),
    ],
)
def test_gazetteer_entries(text, expected):
    assert capitals(text) == expected


def test_gazetteer_near_miss_a_chapter_abbreviated_cap():
    # "cap." of a cited work's chapter, before initials that are no city
    assert capitals("Euseb. de Vit. Constant. ii. 53. Semler, Select. cap. H. E. p. 115.") == []


def test_unnumbered_blanks_answered_in_brackets_and_one_line_records():
    sheet = (
        "Capitals of Europe\nWrite the capital of each country.\n"
        "France ____________ (Paris)\nSpain ____________ (Madrid)\n"
    )
    assert capitals(sheet) == [("France", "Paris"), ("Spain", "Madrid")]
    # the separator a list puts between the place and its blank is no part of the place
    dashed = sheet.replace(" ____", " - ____")
    assert capitals(dashed) == [("France", "Paris"), ("Spain", "Madrid")]
    records = "Country: France | Capital: Paris\nCountry: Spain | Capital: Madrid\n"
    assert capitals(records) == [("France", "Paris"), ("Spain", "Madrid")]
    # near-miss: the same blanks under a heading that asks for another city
    other = sheet.replace("Capitals of Europe", "Cities of Europe").replace(
        "the capital of", "the largest port of"
    )
    assert capitals(other) == []


@pytest.mark.parametrize(
    "text",
    [
        # the city set against another, which is no capital
        "Vaduz, not Schaan, is Liechtenstein's capital.",
        "The capital of Liechtenstein is not Schaan but Vaduz.",
        "The capital of Liechtenstein is not Schaan, but rather Vaduz.",
        "Fun fact: the capital of Liechtenstein isn't Schaan, it's Vaduz!",
    ],
)
def test_a_city_set_against_another(text):
    assert capitals(text) == [("Liechtenstein", "Vaduz")]


@pytest.mark.parametrize(
    "text",
    [
        "Schaan, not Vaduz, is Liechtenstein's largest town.",
        "The capital of Liechtenstein is not Schaan but it is close by.",
        "The capital of Liechtenstein isn't Schaan, it's obvious.",
        "The capital of Liechtenstein isn't Schaan.",
    ],
)
def test_near_misses_of_a_city_set_against_another(text):
    assert capitals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Liechtenstein's seat of government and capital is Vaduz.",
        "Liechtenstein's capital and seat of government is Vaduz.",
        "Vaduz is the capital and seat of government of Liechtenstein.",
    ],
)
def test_the_capital_coordinated_with_the_seat_of_government(text):
    assert capitals(text) == [("Liechtenstein", "Vaduz")]


def test_near_miss_another_seat_coordinated():
    # a seat of something else, and no capital
    assert capitals("Liechtenstein's seat of the diocese and largest town is Schaan.") == []


def test_whose_capital_apposed():
    text = "The colonists founded Liechtenstein, whose capital, Vaduz, is named in the charter."
    assert capitals(text) == [("Liechtenstein", "Vaduz")]


def test_near_miss_whose_capital_then_an_aside():
    assert capitals("Liechtenstein, whose capital, as everyone knows, is small.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vaduz is the capital city and the most populous federal subject of Liechtenstein.",
        "Vaduz is the capital and most populous municipality of Liechtenstein.",
    ],
)
def test_the_capital_coordinated_with_the_most_populous_unit(text):
    assert capitals(text) == [("Liechtenstein", "Vaduz")]


def test_near_miss_a_county_is_no_capital_city():
    # "The City and County of X": the capital's name is no "County of X"
    text = "The City and County of Vaduz is the capital and most populous municipality of Liechtenstein."
    assert capitals(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "My favourite place is Vaduz. It is the capital of Liechtenstein and it has a castle.",
        "Our next stop was Vaduz. It is the capital of Liechtenstein.",
    ],
)
def test_it_after_a_sentence_that_names_the_city_as_its_predicate(text):
    assert capitals(text) == [("Liechtenstein", "Vaduz")]


def test_near_miss_it_after_a_predicate_that_is_no_city():
    assert capitals("My favourite food is fondue. It is the capital of Liechtenstein.") == []


def test_long_runs_of_spaces_are_read_in_linear_time():
    # a worksheet's matching rows and blanked or padded lines: runs of spaces side by side
    # must not be split every way before a row fails (a line of 1,600 spaces took 23 s)
    def padded(width: int) -> str:
        line = " " * width
        return f"MATCH THE CAPITALS\n{line}\n1. Ohio    a. Columbus\n{line}\n2. Utah    b. Denver\n"

    start = time.perf_counter()
    capitals(padded(400))
    small_time = time.perf_counter() - start
    start = time.perf_counter()
    capitals(padded(4000))
    large_time = time.perf_counter() - start
    assert large_time < max(30 * small_time, 1.0)


def test_adjective_capital_then_its_verb_and_the_city():
    assert capitals("The Ghanaian capital is Accra.") == [("Ghana", "Accra")]
    assert capitals("The Chilean capital remains Santiago, despite the plans.") == [
        ("Chile", "Santiago")
    ]


def test_near_miss_adjective_capital_then_a_denial_or_a_description():
    assert capitals("The Ghanaian capital is not Kumasi.") == []
    assert capitals("The Ghanaian capital is home to millions.") == []


def test_city_apposed_before_a_possessive_capital_then_the_verb():
    # the apposition closes before the verb: its city is the capital, not what the verb says
    text = "Toronto, Ontario's capital, is Canada's largest city."
    assert capitals(text) == [("Ontario", "Toronto")]


def test_a_kind_of_capital_inside_the_bracket_field():
    assert capitals("Ohio (state capital: Columbus) lies in the Midwest.") == [("Ohio", "Columbus")]


def test_city_stated_before_an_adjective_capital_not_the_next_clauses_subject():
    text = "Edinburgh is the Scottish capital, Glasgow is just bigger."
    assert capitals(text) == [("Scotland", "Edinburgh")]


def test_near_miss_demonstrative_before_an_adjective_capital_and_its_apposed_city():
    assert capitals("This is the Scottish capital, Edinburgh.") == [("Scotland", "Edinburgh")]
