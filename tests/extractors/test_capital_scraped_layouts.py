"""Capitals in the layouts a page's lists and tables take once scraped to text: one cell a line
(a table's header, then its rows), flashcards that give a place and its capital a line each, a
two-column table without a header row, capital-first lists under a heading that says so, bold
items, a possessive label, and a multiple choice whose options stand one a line before the
marked answer. Invented text in the general form of each, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def capitals(text):
    found = Extraction(select(["capital"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_table_scraped_one_cell_a_line():
    text = "State\nCapital\nVermont\nMontpelier\nMaine\nAugusta\nOregon\nSalem\n"
    assert capitals(text) == [("Maine", "Augusta"), ("Oregon", "Salem"), ("Vermont", "Montpelier")]


def test_a_wider_table_one_cell_a_line_with_blank_lines_and_a_number_column():
    text = (
        "No.\n\nCountry\n\nCapital city\n\nPopulation\n\n"
        "1\n\nGhana\n\nAccra\n\n33 million\n\n"
        "2\n\nTogo\n\nLomé\n\n9 million\n"
    )
    assert capitals(text) == [("Ghana", "Accra"), ("Togo", "Lomé")]


def test_near_miss_a_table_one_cell_a_line_of_largest_cities():
    text = "State\nLargest city\nVermont\nBurlington\nMaine\nPortland\n"
    assert capitals(text) == []


def test_flashcards_a_place_and_its_capital_a_line_each():
    text = (
        "Canadian Provincial Capitals Flashcards\n"
        "Ontario\nToronto\nManitoba\nWinnipeg\nAlberta\nEdmonton\nSaskatchewan\nRegina\n"
    )
    assert capitals(text) == [
        ("Alberta", "Edmonton"),
        ("Manitoba", "Winnipeg"),
        ("Ontario", "Toronto"),
        ("Saskatchewan", "Regina"),
    ]


def test_flashcards_with_the_capital_first():
    text = "World capitals\nLima\nPeru\nQuito\nEcuador\nCaracas\nVenezuela\n"
    assert capitals(text) == [("Ecuador", "Quito"), ("Peru", "Lima"), ("Venezuela", "Caracas")]


def test_near_miss_pairs_of_lines_under_a_title_on_something_else():
    text = "Places we loved\nOntario\nToronto\nManitoba\nWinnipeg\nAlberta\nEdmonton\n"
    assert capitals(text) == []


def test_near_miss_a_place_over_a_line_of_several_towns():
    # each place's line of towns to see: no capital, though a title speaks of capitals
    text = (
        "Capitals and other towns worth a visit\n"
        "Ontario\nToronto, Ottawa and Kingston\nManitoba\nWinnipeg, Brandon\n"
        "Alberta\nEdmonton, Calgary\n"
    )
    assert capitals(text) == []


def test_a_two_column_table_without_a_header_row_under_a_title_on_capitals():
    text = "Provincial capitals\nOntario\tToronto\nManitoba\tWinnipeg\nAlberta\tEdmonton\n"
    assert capitals(text) == [
        ("Alberta", "Edmonton"),
        ("Manitoba", "Winnipeg"),
        ("Ontario", "Toronto"),
    ]


def test_near_miss_a_headerless_table_under_another_title():
    text = "Biggest cities\nOntario\tToronto\nManitoba\tWinnipeg\nAlberta\tCalgary\n"
    assert capitals(text) == []


def test_a_capital_first_list_under_a_capitals_heading():
    text = "World capitals (E)\nQuito, Ecuador\nCairo, Egypt\nAsmara, Eritrea\n"
    assert capitals(text) == [("Ecuador", "Quito"), ("Egypt", "Cairo"), ("Eritrea", "Asmara")]


def test_a_dash_list_whose_header_puts_the_capital_first():
    # the gazetteer knows the second name for a country's and the first for none (or for a
    # province named after its capital)
    text = "Capital – Country\nKabul – Afghanistan\nDoha – Qatar\nMuscat – Oman\n"
    assert capitals(text) == [("Afghanistan", "Kabul"), ("Oman", "Muscat"), ("Qatar", "Doha")]


def test_near_miss_the_world_capital_of_a_thing_is_no_heading():
    text = "The world capital of jazz\nQuito, Ecuador\nCairo, Egypt\n"
    assert capitals(text) == []


def test_bold_items_under_a_heading_on_capitals():
    text = "## Capitals of the Baltic states\n**Estonia**: Tallinn\n**Latvia**: Riga\n"
    assert capitals(text) == [("Estonia", "Tallinn"), ("Latvia", "Riga")]


def test_a_possessive_label_with_its_colon():
    assert capitals("Nepal's capital: Kathmandu") == [("Nepal", "Kathmandu")]


def test_the_marked_answer_after_options_one_a_line():
    text = (
        "What is the capital of Switzerland?\nZurich\nGeneva\nBern\nBasel\nCorrect answer: Bern\n"
    )
    assert capitals(text) == [("Switzerland", "Bern")]


def test_an_answer_alone_under_its_question_still_reads():
    text = "What is the capital of Malta?\nValletta\nIt is the smallest capital in the EU.\n"
    assert capitals(text) == [("Malta", "Valletta")]


def test_list_items_whose_names_are_markdown_links():
    text = (
        "Capitals of the Nordic countries:\n"
        "- [Finland](https://example.org/fi) – [Helsinki](https://example.org/hel)\n"
        "- [Denmark](https://example.org/dk) – [Copenhagen](https://example.org/cph)\n"
    )
    assert capitals(text) == [("Denmark", "Copenhagen"), ("Finland", "Helsinki")]


def test_list_items_whose_names_are_wiki_links():
    text = (
        "Capitals of the Nordic countries:\n"
        "* [[Finland]] – [[Helsinki]]\n* [[Norway]] – [[Oslo, Norway|Oslo]]\n"
    )
    assert capitals(text) == [("Finland", "Helsinki"), ("Norway", "Oslo")]


def test_list_items_opening_with_a_flag():
    text = "Capitals of the Benelux:\n🇧🇪 Belgium – Brussels\n🇳🇱 Netherlands – Amsterdam\n"
    assert capitals(text) == [("Belgium", "Brussels"), ("Netherlands", "Amsterdam")]


def test_near_miss_flagged_items_under_a_title_on_something_else():
    text = "Cities we visited:\n🇧🇪 Belgium – Ghent\n🇳🇱 Netherlands – Utrecht\n"
    assert capitals(text) == []


def test_entries_put_one_at_a_time_into_a_container_named_for_capitals():
    text = (
        'capitalOf.put("Chile", "Santiago");\ncapitalOf.put("Uruguay", "Montevideo");\n'
        "state_capitals['Iowa'] = 'Des Moines'\n"
    )
    assert capitals(text) == [
        ("Chile", "Santiago"),
        ("Iowa", "Des Moines"),
        ("Uruguay", "Montevideo"),
    ]


def test_near_miss_entries_put_into_a_container_named_for_something_else():
    text = 'largestCity.put("Chile", "Santiago");\nlargestCity.put("Uruguay", "Montevideo");\n'
    assert capitals(text) == []


def test_a_go_map_literal_named_for_capitals():
    text = 'var capitals = map[string]string{"Kenya": "Nairobi", "Uganda": "Kampala"}'
    assert capitals(text) == [("Kenya", "Nairobi"), ("Uganda", "Kampala")]


def test_parallel_lists_of_a_data_frame():
    text = (
        'frame = {"country": ["Chile", "Peru", "Bolivia"],\n'
        '         "capital": ["Santiago", "Lima", "Sucre"],\n'
        '         "area": [756.1, 1285.2, 1098.6]}\n'
        'towns <- data.frame(state = c("Iowa", "Utah"), capital = c("Des Moines", "Salt Lake City"))'
    )
    assert capitals(text) == [
        ("Bolivia", "Sucre"),
        ("Chile", "Santiago"),
        ("Iowa", "Des Moines"),
        ("Peru", "Lima"),
        ("Utah", "Salt Lake City"),
    ]


def test_near_miss_parallel_lists_of_unequal_length_or_of_people():
    text = (
        '{"country": ["Chile", "Peru"], "capital": ["Santiago", "Lima", "Sucre"]}\n'
        '{"name": ["Ann Roe", "Tom Poe"], "capital": ["Santiago", "Lima"]}'
    )
    assert capitals(text) == []


def test_a_list_under_a_capitals_heading_whose_lines_part_place_and_capital_by_a_space():
    text = "Provincial capitals\n1. Ontario Toronto\n2. Nova Scotia Halifax\n3. Manitoba Winnipeg\n"
    assert capitals(text) == [
        ("Manitoba", "Winnipeg"),
        ("Nova Scotia", "Halifax"),
        ("Ontario", "Toronto"),
    ]


def test_near_miss_space_parted_columns_that_run_on_past_the_city():
    # a third column follows the capital with a space alone: no city the gazetteer knows
    text = "Capitals and currencies\nGhana Accra Cedi\nKenya Nairobi Shilling\nTogo Lomé Franc\n"
    assert capitals(text) == []


def test_near_miss_space_parted_lines_under_a_heading_on_something_else():
    text = "Largest cities\nOntario Toronto\nNova Scotia Halifax\nManitoba Winnipeg\n"
    assert capitals(text) == []


def test_the_capital_of_a_place_then_a_dash_and_the_city_ending_the_line():
    text = "The capital of Ontario — Toronto\nThe capital of Manitoba — Winnipeg\n"
    assert capitals(text) == [("Manitoba", "Winnipeg"), ("Ontario", "Toronto")]


def test_a_quiz_table_of_questions_and_answers():
    text = (
        "| Question | Answer |\n|---|---|\n"
        "| What is the capital of Ghana? | Accra |\n| What is the capital of Togo? | Lomé |\n"
    )
    assert capitals(text) == [("Ghana", "Accra"), ("Togo", "Lomé")]


def test_near_miss_a_quiz_row_of_options_is_no_answer():
    text = "| What is the capital of Ghana? | Kumasi | Accra | Tamale | Answer: B |\n"
    assert ("Ghana", "Kumasi") not in capitals(text)


def test_its_capital_in_a_paragraph_under_a_title():
    # the paragraph's first sentence names the place; a title line and a blank line stand above
    text = "Vermont\n\nVermont is a state in New England. Its capital is Montpelier.\n"
    assert capitals(text) == [("Vermont", "Montpelier")]


def test_near_miss_its_capital_under_a_title_without_the_place_in_the_paragraph():
    text = "Vermont\n\nThe hills are green. Its capital is Montpelier.\n"
    assert capitals(text) == []


def test_a_list_of_a_places_towns_that_marks_its_capital():
    assert capitals("Cities of Chile: Santiago (capital), Valparaíso, Concepción.") == [
        ("Chile", "Santiago")
    ]
    assert capitals("Major towns in Togo include Lomé (the capital) and Sokodé.") == [
        ("Togo", "Lomé")
    ]


def test_near_miss_a_town_marked_capital_outside_a_list_of_a_places_towns():
    assert capitals("We flew from Santiago (capital) to Arica.") == []


def test_the_capital_and_another_role_in_a_paragraph_about_the_place():
    text = (
        "Mongolia is a landlocked country. Ulaanbaatar is the capital and home to half its people."
    )
    assert capitals(text) == [("Mongolia", "Ulaanbaatar")]


def test_near_miss_the_capital_and_chief_port_of_another_place():
    # the clause names its own place after "of": not the paragraph's country's capital
    text = "Peru is a country in South America. Callao is the capital and chief port of Callao Bay."
    assert ("Peru", "Callao") not in capitals(text)


def test_flashcards_with_their_numbers_or_sides_before_each_line():
    numbered = (
        "State Capitals Flashcards\n1. Oregon\nSalem\n2. Nevada\nCarson City\n3. Idaho\nBoise\n"
    )
    sided = "State capitals\nQ: Oregon\nA: Salem\nQ: Nevada\nA: Carson City\nQ: Idaho\nA: Boise\n"
    expected = [("Idaho", "Boise"), ("Nevada", "Carson City"), ("Oregon", "Salem")]
    assert capitals(numbered) == expected
    assert capitals(sided) == expected


def test_near_miss_numbered_lines_of_places_and_their_largest_cities():
    text = "Largest cities\n1. Oregon\nPortland\n2. Nevada\nLas Vegas\n3. Idaho\nBoise\n"
    assert capitals(text) == []


def test_a_dictionary_or_gazetteer_entry_with_its_headword():
    caps = capitals
    assert caps("Lima /ˈliːmə/ proper noun: the capital and largest city of Peru.") == [
        ("Peru", "Lima")
    ]
    assert caps("Accra. Capital of Ghana, on the Gulf of Guinea; pop. 2,000,000.") == [
        ("Ghana", "Accra")
    ]
    assert caps("Berlin (bɜːˈlɪn) 1. the capital of Germany, on the Spree.") == [
        ("Germany", "Berlin")
    ]
    # near-misses: a heading before prose about the past, a verb after the place
    assert caps("History. The capital of Peru was moved to Lima in 1535.") == []
    assert caps("Population. The capital of Kenya has four million people.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vaduz, n. — capital of Liechtenstein.",
        "Vaduz n the capital of Liechtenstein, on the Rhine.",
        "Vaduz\nnoun\nthe capital of Liechtenstein",
        "Vaduz\nn.\nThe capital of Liechtenstein, on the Rhine.",
        "Definition of Vaduz: the capital and largest city of Liechtenstein",
    ],
)
def test_dictionary_entries_with_their_part_of_speech(text):
    assert capitals(text) == [("Liechtenstein", "Vaduz")]


def test_near_miss_an_abbreviation_on_the_line_under_a_city_is_no_part_of_speech():
    assert capitals("Vaduz\nno.\nThe capital of Liechtenstein is far.") == []


def test_near_miss_a_heading_over_a_sentence_about_the_capital():
    # "Schaan" heads a section; its sentence names another city the capital
    assert capitals("Schaan\nThe capital of Liechtenstein is Vaduz.") == [
        ("Liechtenstein", "Vaduz")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a headword split in syllables by middle dots, as printed dictionaries set it
        "Nai·ro·bi (nī-rō′bē) The capital of Kenya, in the south-central part of the country.",
        "Nai·ro·bi n. capital of Kenya.",
        # the pronunciation on a line of its own between headword and definition
        "Nairobi\n/naɪˈrəʊbi/\nthe capital city of Kenya",
        # the year since which it is the capital after the definition
        "Nairobi. The capital of Kenya since 1963.",
    ],
)
def test_a_dictionarys_headword_split_in_syllables_or_over_its_pronunciation(text):
    assert capitals(text) == [("Kenya", "Nairobi")]


def test_near_miss_a_dotted_word_before_a_capital_that_is_no_definition():
    # a list item's dots, then prose: no headword defined
    assert capitals("Nai·ro·bi was the capital of Kenya until the move, some said.") == []
    # nor a definition of a former capital, until a year
    assert capitals("Nairobi. The capital of Kenya until 1963.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a rendered infobox copied as text: each label over its value
        "Ghana\nCapital\nAccra\nOfficial languages\nEnglish\n",
        "Ghana\nFlag\nCoat of arms\nCapital\nand largest city\nAccra\n5°33′N 0°12′W\nOfficial "
        "languages\nEnglish\n",
    ],
)
def test_an_infobox_label_over_its_value_on_the_next_line(text):
    assert capitals(text) == [("Ghana", "Accra")]


@pytest.mark.parametrize(
    "text",
    [
        # the line under the label is no known city, or a sentence
        "Ghana\nCapital\nInvestment\nGrowth\n",
        "Ghana\nCapital\nAccra is its largest city.\n",
    ],
)
def test_near_miss_a_label_over_a_line_that_is_no_city_alone(text):
    assert capitals(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana n. a republic in West Africa; capital, Accra.", ("Ghana", "Accra")),
        ("Chile n. a republic in South America. Capital: Santiago. Pop: 19 million.",
         ("Chile", "Santiago")),
        ("accra - the capital and largest city of Ghana", ("Ghana", "Accra")),
        ("accra, capital of ghana -- (the capital and largest city of Ghana; a port)",
         ("Ghana", "Accra")),
    ],
)  # fmt: skip
def test_dictionary_entries_of_a_country_and_a_lexical_gloss(text, expected):
    assert expected in capitals(text)


def test_near_miss_dictionary_entries_without_a_capital():
    # the next entry's capital is not this one's; a gloss's headword no known city
    text = "Ghana n. a republic in West Africa.\nTogo n. a republic; capital, Lomé.\n"
    assert capitals(text) == [("Togo", "Lomé")]
    assert capitals("venture fund - the capital of a start-up, in Ghana") == []


def test_a_dictionary_gloss_with_its_capital_after_a_semicolon():
    text = "Malawi, a country in southeastern Africa; capital, Lilongwe. Pop. 19 million."
    assert capitals(text) == [("Malawi", "Lilongwe")]


def test_near_miss_capital_in_a_list_after_a_semicolon():
    assert capitals("Land was cheap in Malawi; capital, labour and seed were scarce.") == []
