"""Publication pages as researchers set them out: items labelled by kind and number ("[C3]"),
authors' lines with marks of equal contribution, the venue as a sentence after the title, a
dash between title and authors with the venue in brackets, the authors' line above the title.
Invented items in each layout, with near-misses."""

import pytest

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


TWO = {
    ("Castellan", "Counting Herons from Low Orbit with Convolutional Networks"),
    ("Lund", "Reed Beds as Sediment Traps: A Field Study"),
}


@pytest.mark.parametrize(
    "text",
    [
        "Publications\n[C3] Counting Herons from Low Orbit with Convolutional Networks\n"
        "Mara Castellan, Tom Brandt, Lola Okafor\nCVPR 2019\n"
        "[J2] Reed Beds as Sediment Traps: A Field Study\nPer Lund, Anna Varga\n"
        "Journal of Pond Science, 2020\n",
        "Publications\nCounting Herons from Low Orbit with Convolutional Networks\n"
        "Mara Castellan*, Tom Brandt*, Lola Okafor†\nCVPR 2019\n"
        "Reed Beds as Sediment Traps: A Field Study\nPer Lund, Anna Varga (equal contribution)\n"
        "Journal of Pond Science, 2020\n",
        "Publications\nCounting Herons from Low Orbit with Convolutional Networks. CVPR 2019.\n"
        "Mara Castellan, Tom Brandt, Lola Okafor\n"
        "Reed Beds as Sediment Traps: A Field Study. Journal of Pond Science, 2020.\n"
        "Per Lund, Anna Varga\n",
        "Recent papers\n- Counting Herons from Low Orbit with Convolutional Networks — Mara "
        "Castellan, Tom Brandt (CVPR 2019)\n- Reed Beds as Sediment Traps: A Field Study — Per "
        "Lund, Anna Varga (J. Pond Sci. 2020)\n",
        "Publications\nMara Castellan, Tom Brandt, Lola Okafor\n"
        "Counting Herons from Low Orbit with Convolutional Networks\nCVPR 2019\n"
        "Per Lund, Anna Varga\nReed Beds as Sediment Traps: A Field Study\n"
        "Journal of Pond Science, 2020\n",
    ],
)
def test_publication_page_layouts(text):
    assert facts(text) == TWO


@pytest.mark.parametrize(
    "text",
    [
        # sayings with their speakers and years: sentences, not titles
        "Quotes\n- Be yourself, everyone else is already taken — Oscar Wilde (1890)\n"
        "- Be the change that you wish to see in the world — Mahatma Gandhi (1913)\n",
        # a team page: names over what they did, a dated line under each (no stop ends the
        # line under the names, and it is no Title Case)
        "Our team\nMara Castellan, Tom Brandt\nLed the survey of the north shore ponds\n"
        "2019–2021\nPer Lund, Anna Varga\nCounted the herons on the delta each spring\n"
        "2020–2022\n",
    ],
)
def test_near_misses(text):
    assert facts(text) == set()


LOWER = {
    ("Castellan", "Counting herons from low orbit with convolutional networks"),
    ("Lund", "Reed beds as sediment traps: a field study"),
}


@pytest.mark.parametrize(
    "text",
    [
        # full names first, then the title and the venue, parted by stops or commas
        "Publications\nPer Lund, Anna Varga. Reed beds as sediment traps: a field study. "
        "Journal of Pond Science 12(3): 45–67, 2020.\nMara Castellan, Tom Brandt, Lola Okafor. "
        "Counting herons from low orbit with convolutional networks. In CVPR, 2019.\n",
        "Publications\nPer Lund and Anna Varga, Reed beds as sediment traps: a field study, "
        "Journal of Pond Science, 2020.\nMara Castellan, Tom Brandt and Lola Okafor, Counting "
        "herons from low orbit with convolutional networks, CVPR, 2019.\n",
        # years as headings, the items giving pages instead
        "Publications\n2020\nPer Lund, Anna Varga. Reed beds as sediment traps: a field study. "
        "Journal of Pond Science 12(3): 45–67.\n2019\nMara Castellan, Tom Brandt, Lola Okafor. "
        "Counting herons from low orbit with convolutional networks. In Proceedings of CVPR, "
        "pp. 12–20.\n",
        # the title over Vancouver names over the venue
        "Publications\nReed beds as sediment traps: a field study\nLund P, Varga A\n"
        "J Pond Sci. 2020;12:45-67\nCounting herons from low orbit with convolutional networks\n"
        "Castellan M, Brandt T, Okafor L\nCVPR. 2019\n",
    ],
)
def test_names_first_and_vancouver_items(text):
    assert facts(text) == LOWER


def test_near_miss_a_sentence_after_names_is_no_title():
    # one line of prose, no run of items
    text = "Per Lund, Anna Varga. They surveyed the reed beds together. Journal entry, 2020.\n"
    assert facts(text) == set()


PAIR = {
    ("Castellan", "Counting herons from low orbit with convolutional networks"),
    ("Lund", "Reed beds as sediment traps: a field study"),
}


@pytest.mark.parametrize(
    "text",
    [
        # DBLP's form: full names, a colon, the title, the venue and the year in brackets
        "Publications\nMarta Castellan, Paul Okafor, Jianmin Lund: Counting herons from low "
        "orbit with convolutional networks. Wetl. Surv. 12(3): 265-283 (2016)\n"
        "Yara Lund, Aaron Varga: Reed beds as sediment traps: a field study. CoRR "
        "abs/1301.1234 (2013)\n",
        # a scholar profile: title, names with bare initials, venue and year, a line each
        "Publications\nCounting herons from low orbit with convolutional networks\n"
        "A Castellan, P Okafor, J Lund\nWetland Survey 12 (3), 265-283, 2016\n"
        "Reed beds as sediment traps: a field study\nY Lund, A Varga\n"
        "Wetland Research 35, 1798-1828, 2013\n",
        # ... or title first on a list item's line
        "Papers\n- Counting herons from low orbit with convolutional networks. M Castellan, "
        "P Okafor, J Lund. Wetland Survey, 2016. [pdf]\n- Reed beds as sediment traps: a field "
        "study. Y Lund, A Varga. Wetland Research, 2013. [pdf]\n",
    ],
)
def test_dblp_and_scholar_profile_layouts(text):
    assert facts(text) == PAIR


def test_near_miss_journal_abbreviations_are_no_profile_names():
    text = (
        "Papers\n- Counting herons from low orbit. J Biol Chem, 2016.\n"
        "- Reed beds as sediment traps. J Exp Med, 2013.\n"
    )
    assert facts(text) == set()


def test_dotted_vancouver_names_a_year_and_dashes():
    text = (
        "Publications\n"
        "• Castellan M., Okafor P., Lund J. (2016) – Counting herons from low orbit with "
        "convolutional networks – Wetland Survey 12: 265-283\n"
        "• Lund Y., Varga A. (2013) – Reed beds as sediment traps: a field study – Wetland "
        "Research 35: 1798-1828\n"
    )
    assert facts(text) == PAIR


def test_near_miss_a_changelog_of_dated_dashes_names_no_people():
    text = (
        "Changes\n• Release 2.1 (2016) – Faster import of shapefiles – see notes\n"
        "• Release 2.0 (2013) – New plotting backend for maps – see notes\n"
    )
    assert facts(text) == set()
