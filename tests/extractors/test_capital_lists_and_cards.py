"""Capitals in forum lists, flashcards and travel listicles: a line that opens on its place and
marks the capital among its towns ("Canada: Ottawa (capital) / Toronto (largest)") or says it
("Turkey – Ankara is the capital, …"); flashcards "Capital of X" with the answer on the next
line; numbered "City, Region" headings under a title on capitals with a paragraph between the
items. Invented text in the general form of each, with near-misses."""

from extractors.capital import CapitalExtractor

CAPITAL = CapitalExtractor()


def capitals(text):
    return [(f.subject, f.value) for f in CAPITAL.extract(text)]


def test_a_line_opening_on_its_place_marks_the_capital_among_its_towns():
    text = "Ghana: Accra (capital) / Kumasi (second city)\nPeru – Lima (capital), Arequipa\n"
    assert capitals(text) == [("Ghana", "Accra"), ("Peru", "Lima")]


def test_near_miss_a_capital_of_something_else_in_brackets():
    text = "Ghana: Accra (capital of fun) is lively.\n"
    assert capitals(text) == []


def test_a_line_opening_on_its_place_says_which_town_is_the_capital():
    text = "Ghana - Accra is the capital, Kumasi is the second city.\n"
    assert capitals(text) == [("Ghana", "Accra")]


def test_near_miss_a_line_opening_on_its_place_with_a_belief():
    text = "Ghana - I think Kumasi is the capital.\n"
    assert capitals(text) == []


def test_flashcards_with_the_answer_on_the_next_line():
    text = "Capital of Ghana\nAccra\nCapital of Togo\nLome\n"
    assert capitals(text) == [("Ghana", "Accra"), ("Togo", "Lome")]


def test_near_miss_a_heading_on_a_capital_over_its_paragraph():
    text = "Capital of Ghana\nThe city grew quickly after independence.\n"
    assert capitals(text) == []


def test_numbered_city_region_headings_with_paragraphs_between():
    text = (
        "Visiting the capitals of Canada's provinces\n\n"
        "1. Victoria, British Columbia\nA harbour city with gardens.\n\n"
        "2. Edmonton, Alberta\nA river valley and a huge mall.\n\n"
        "## 3. Regina, Saskatchewan\nA lake in the middle of town.\n"
    )
    assert capitals(text) == [
        ("British Columbia", "Victoria"),
        ("Alberta", "Edmonton"),
        ("Saskatchewan", "Regina"),
    ]


def test_near_miss_numbered_city_region_headings_of_another_list():
    text = (
        "Best cities to visit in Canada\n\n"
        "1. Toronto, Ontario\nTall towers.\n\n2. Montreal, Quebec\nOld streets.\n"
    )
    assert capitals(text) == []


def test_items_ending_on_their_city_at_line_ends_inside_a_text():
    # (a pattern's end of text was taken for the end of each line: only the last item read)
    text = (
        "* Ghana, capital Accra\n* Togo, capital Lome\n\n"
        "Ghana – the Ghanaian capital, Accra\nTogo – the Togolese capital, Lome\n\n"
        "Ghana is a country with Accra as its capital\nMore notes follow.\n"
    )
    assert sorted(set(capitals(text))) == [("Ghana", "Accra"), ("Togo", "Lome")]
    assert len(capitals(text)) == 5


def test_a_table_scraped_to_spaced_lines_with_numeric_columns_and_codes():
    text = (
        "State Abbreviation Capital Area Population\n"
        "Alabama AL Montgomery 135,767 5,024,279\n"
        "Alaska AK Juneau 1,723,337 733,391\n"
        "Arizona AZ Phoenix 295,234 7,151,502\n"
    )
    assert capitals(text) == [
        ("Alabama", "Montgomery"),
        ("Alaska", "Juneau"),
        ("Arizona", "Phoenix"),
    ]


def test_near_miss_a_spaced_table_of_largest_cities():
    text = (
        "State Largest city Area Population\n"
        "Alabama Birmingham 135,767 5,024,279\n"
        "Alaska Anchorage 1,723,337 733,391\n"
        "Arizona Phoenix 295,234 7,151,502\n"
    )
    assert capitals(text) == []


def test_a_markdown_table_with_an_empty_cell_first():
    text = (
        "| Flag | State | Capital | Area |\n|---|---|---|---|\n"
        "| | Bavaria | Munich | 70,549 |\n| | Hesse | Wiesbaden | 21,115 |\n\n"
        "| | State | Capital |\n|---|---|---|\n| 1 | Saxony | Dresden |\n| 2 | Thuringia | Erfurt |\n"
    )
    assert capitals(text) == [
        ("Bavaria", "Munich"),
        ("Hesse", "Wiesbaden"),
        ("Saxony", "Dresden"),
        ("Thuringia", "Erfurt"),
    ]


def test_forum_lines_comparing_the_capital_with_the_largest_city():
    text = (
        "Morocco: Casablanca is the biggest, Rabat is the capital.\n"
        "Turkey - Istanbul is biggest, the capital is Ankara.\n"
        "Vietnam - capital Hanoi, biggest Ho Chi Minh City\n"
    )
    assert sorted(capitals(text)) == [
        ("Morocco", "Rabat"),
        ("Turkey", "Ankara"),
        ("Vietnam", "Hanoi"),
    ]


def test_a_forum_question_names_the_place_the_answer_compares_its_cities():
    text = "How about Nigeria? Lagos is the biggest but Abuja is the capital."
    assert capitals(text) == [("Nigeria", "Abuja")]


def test_near_miss_another_country_named_between_the_line_s_place_and_the_capital():
    text = "Turkey - Istanbul is bigger than Athens, Greece, and Ankara is the capital.\n"
    assert capitals(text) == []


def test_a_heading_with_the_place_s_code_in_brackets_over_its_capital_field():
    text = "New South Wales (NSW)\n\nCapital city: Sydney\n\nThe oldest state.\n"
    assert capitals(text) == [("New South Wales", "Sydney")]


def test_a_place_with_an_apposition_or_which_has_its_capital():
    text = (
        "Tasmania, the island state, has Hobart as its capital.\n"
        "Ghana, which has Accra as its capital, lies on the coast.\n"
    )
    assert capitals(text) == [("Tasmania", "Hobart"), ("Ghana", "Accra")]


def test_near_miss_a_speech_tag_between_the_place_and_has():
    text = "Tasmania, said Ann, has Hobart as its capital.\n"
    assert capitals(text) == []


def test_unnumbered_city_region_headings_with_paragraphs_between():
    text = (
        "Capitals of Canada's provinces\n\n"
        "## Victoria, British Columbia\nA harbour city with gardens and whales offshore.\n\n"
        "## Edmonton, Alberta\nA river valley and a huge mall on the prairie.\n\n"
        "## Regina, Saskatchewan\nA lake in the middle of town.\n"
    )
    assert capitals(text) == [
        ("British Columbia", "Victoria"),
        ("Alberta", "Edmonton"),
        ("Saskatchewan", "Regina"),
    ]


def test_near_miss_another_section_heading_ends_the_list_of_capitals():
    text = (
        "Capitals of Canada's provinces\n\n"
        "## Victoria, British Columbia\nA harbour city.\n\n"
        "# Other cities worth a visit\n\n## Toronto, Ontario\nTall towers.\n"
    )
    assert capitals(text) == [("British Columbia", "Victoria")]
