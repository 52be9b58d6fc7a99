"""Listings of papers without a reference style (extractors.references.listings): programmes,
accepted papers, reading lists. Invented listings in each layout, with near-misses."""

import re
import time

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.listings import PRESENTATION_NOTE, read_listings


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


TWO = {("Castellan", "Counting Herons from Low Orbit"), ("Lund", "Reed Beds as Sediment Traps")}


@pytest.mark.parametrize(
    "text",
    [
        "Accepted Papers\n- Counting Herons from Low Orbit (Mira Castellan, Tomas Brandt)\n"
        "- Reed Beds as Sediment Traps (Peter Lund (Univ. of Lyon), Anna Varga)\n",
        "1. Counting Herons from Low Orbit, by Mira Castellan and Tomas Brandt\n"
        "2. Reed Beds as Sediment Traps, by Peter Lund\n",
        "Paper 12: Counting Herons from Low Orbit. Mira Castellan, Tomas Brandt.\n"
        "Paper 15: Reed Beds as Sediment Traps. Peter Lund, Anna Varga.\n",
        "- Castellan et al. (2019) — Counting Herons from Low Orbit\n"
        "- Lund and Varga (2020) — Reed Beds as Sediment Traps\n",
        "Session 3: Wetlands\nCounting Herons from Low Orbit\nMira Castellan, Tomas Brandt and "
        "Lio Okafor\nReed Beds as Sediment Traps\nPeter Lund and Anna Varga\n",
        "**Counting Herons from Low Orbit**\n*Mira Castellan, Tomas Brandt*\n\n"
        "**Reed Beds as Sediment Traps**\n*Peter Lund, Anna Varga*\n",
    ],
)
def test_listing_layouts(text):
    assert facts(text) == TWO


@pytest.mark.parametrize(
    "text",
    [
        # one item alone shares its layout with nothing
        "- Counting Herons from Low Orbit (Mira Castellan, Tomas Brandt)\n",
        # a cast list: roles and actors, no titles
        "- The Heron (Mira Castellan)\n- The Old Fisherman (Peter Lund)\n",
        # places in brackets, not people
        "- Reed Beds of the Delta (Lyon, France)\n- Winter Ponds of the North (Oslo, Norway)\n",
        # a schedule of sessions chaired by people: titles are not in Title Case sentences
        "Opening remarks and welcome to all\nMira Castellan\n"
        "coffee will be served in the hall\nPeter Lund\n",
    ],
)
def test_near_misses(text):
    assert facts(text) == set()


def test_long_lines_of_names_stay_linear():
    line = "- Title Words Here (" + "Mira Castellan, " * 200 + "x\n"
    started = time.perf_counter()
    list(read_listings(line * 50))
    assert time.perf_counter() - started < 5


def test_linked_works_with_their_authors_in_brackets():
    text = (
        "## Resources\n"
        '* Paper: [*"Counting Herons from Low Orbit"*](https://example.org/h.pdf) '
        "(**Mira Castellan**, **Tomas Brandt**)\n"
        "* [*Reed beds explained*](https://example.org/v) (**Peter Lund**)\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed beds explained"),
    }


def test_near_miss_links_to_people_pages():
    # the bracket holds a role, not a name
    text = "* [Mira Castellan](https://example.org/m) (chair)\n* [Peter Lund](https://x.org/p) (host)\n"
    assert facts(text) == set()


def scanned(text: str) -> set[tuple[str, str]]:
    """Facts through the whole extraction: the pre-filter's triggers must pass the listing."""
    from auditor.extraction import Extraction

    return {(f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text)}


def test_titles_first_with_their_authors_year_after_them():
    text = (
        "Classic papers\n\n"
        "1. **Counting Herons from Low Orbit. [Castellan (1971)](https://example.org/a.pdf).**\n"
        "    * Reed Beds as Sediment Traps. [Lund (1958)](https://example.org/b.pdf).\n"
    )
    assert scanned(text) == TWO
    # near-miss: prose that cites one author-year after a sentence, in a paragraph alone
    assert facts("We took this from the literature. Castellan (1971).\n") == set()


def test_emphasised_or_quoted_titles_then_by_and_their_authors():
    emphasised = (
        "* *Counting Herons from Low Orbit,* by Mira Castellan and Tomas Brandt.\n\n"
        "* *Reed Beds as Sediment Traps,* Volume 2, by Peter Lund.\n"
    )
    assert scanned(emphasised) == {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps, Volume 2"),
    }
    quoted = (
        '1. "Counting herons from low orbit," by M. Castellan (1971)\n'
        '2. "Reed beds as sediment traps," by P. Lund (1958)\n'
    )
    assert scanned(quoted) == {
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }
    # near-miss: a changelog's credits are no titles in Title Case
    assert (
        scanned("* *fixed the parser,* by Mira Castellan.\n* *added tests,* by Peter Lund.\n")
        == set()
    )


def test_set_off_titles_then_their_coauthors():
    # bold or italic titles, a comma and the co-authors, whose given names no list holds
    one_line = (
        "* __*Counting Herons from Low Orbit*__, Xiadong Pei, Oyelaran Adewale and Tomas Brandt\n"
        "* __*Reed beds as sediment traps*__, Jurgis Lund and Anna Varga\n"
    )
    assert scanned(one_line) == {
        ("Pei", "Counting Herons from Low Orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }
    # the title over its names with a blank line between, or as a heading
    two_lines = (
        "**_Counting Herons from Low Orbit_**\n\nXiadong Pei, Oyelaran Adewale and Tomas Brandt\n\n"
        "**_Reed beds as sediment traps_**\n\nJurgis Lund; Anna Varga (Univ. of Pécs)\n"
    )
    assert scanned(two_lines) == {
        ("Pei", "Counting Herons from Low Orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }
    headings = two_lines.replace("**_", "##### ").replace("_**", "").replace("\n\n", "\n")
    assert facts(headings) == {
        ("Pei", "Counting Herons from Low Orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }
    # near-miss: one unknown name under a set-off heading is a byline, not co-authors
    assert facts("**Morning Light**\n\nXiadong Pei\n\n**Evening Rain**\n\nJurgis Lund\n") == set()
    # near-miss: the same items without markup read as prose lines
    assert facts(one_line.replace("__*", "").replace("*__", "")) == set()


def test_authors_a_colon_then_the_title():
    plain = (
        "* Mira Castellan, Tomas Brandt: Counting Herons from Low Orbit. Wetland Letters 2014.\n"
        "* Peter Lund, Anna Varga: Reed Beds as Sediment Traps. Pond Review 2015.\n"
    )
    assert scanned(plain) == TWO
    dated = (
        "1. Castellan et al.: Counting Herons from Low Orbit (2014)\n"
        "2. Lund et al.: Reed Beds as Sediment Traps (2015)\n"
    )
    assert scanned(dated) == TWO
    # after a label, inside a link to the paper's page (the link is what triggers the unit)
    linked = (
        "- Heron counts [[Mira Castellan, Tomas Brandt: **Counting Herons from Low Orbit**]"
        "(https://arxiv.org/abs/1111.00001)]\n"
        "- Reed traps [[Peter Lund, Anna Varga: **Reed Beds as Sediment Traps**]"
        "(https://arxiv.org/abs/1111.00002)]\n"
    )
    assert scanned(linked) == TWO
    # near-miss: a glossary's terms and definitions in sentence case
    glossary = (
        "* Mira Castellan: the person who counts herons on the survey.\n"
        "* Peter Lund: the person who keeps the reed beds clean.\n"
    )
    assert facts(glossary) == set()


def test_bold_titles_over_sub_items_of_authors_and_links():
    text = (
        "- **Counting Herons from Low Orbit (WSDM 2020)**\n"
        "  - Xiadong Pei, Oyelaran Adewale, Tomas Brandt\n"
        "  - [[Paper]](https://arxiv.org/abs/1111.00001)\n"
        "  - [[Code]](https://example.org/herons)\n\n"
        "- **Reed beds as sediment traps (AAAI 2021)**\n"
        "  - Jurgis Lund, Anna Varga\n"
        "  - [[Paper]](https://arxiv.org/abs/1111.00002)\n"
    )
    assert scanned(text) == {
        ("Pei", "Counting Herons from Low Orbit"),
        ("Lund", "Reed beds as sediment traps"),
    }
    # near-miss: the same items five lines apart are no list
    far = text.replace("  - [[Code]](https://example.org/herons)\n", "  - a\n  - b\n  - c\n  - d\n")
    assert facts(far) == set()


def test_set_off_titles_with_links_after_them_or_a_full_stop_before_the_names():
    links_after = (
        "**Counting Herons from Low Orbit** \\[[paper](papers/1.pdf)\\]\\\n"
        "Mira Castellan, Tomas Brandt, Lio Okafor\n\n"
        "**Reed Beds as Sediment Traps** \\[[paper](papers/2.pdf)\\]\\\n"
        "Peter Lund, Anna Varga\n"
    )
    assert facts(links_after) == TWO
    full_stop = (
        "- **Counting Herons from Low Orbit**. Mira Castellan (Univ. of Lyon; Acme) and "
        "Tomas Brandt (Acme). [pdf](papers/1.pdf)\n"
        "- **Reed Beds as Sediment Traps.** Peter Lund (Oslo) and Anna Varga (Pécs). "
        "[pdf](papers/2.pdf)\n"
    )
    assert facts(full_stop) == TWO
    # near-miss: bold terms and their definitions after a full stop
    glossary = (
        "- **Heron counts**. Numbers of birds seen per hour.\n"
        "- **Reed beds**. Wet places where reeds grow.\n"
    )
    assert facts(glossary) == set()


def test_a_full_name_a_comma_and_a_set_off_title():
    text = (
        "Readings:\n"
        "- Mira Castellan, [Counting Herons from Low Orbit](https://example.org/herons)\n"
        "- P. J. Lund, *Reed Beds as Sediment Traps?* (1961), ch. 1, 7-30.\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps?"),
    }
    # near-miss: days before set-off titles of sessions are no authors
    assert facts("- Monday, *Open City Walks*\n- Tuesday, *Closed City Walks*\n") == set()


@pytest.mark.parametrize(
    "view",
    [
        "Ana Roe, Ken Moe: Layer Norm\nno colon here at all\nab: c\na: b: c d\n",
        "x" * 450 + ": Title\n" + "y" * 20 + ": T\n\n:: a\n" + "z" * 399 + ":\t" + "w: q",
        "- Roe: A: B\n" + ("words without one " * 40) + "\n12: late: x: y\n",
    ],
)
def test_colon_lines_found_from_the_colons_are_the_lazy_searchs(view):
    # the lazy search (a second implementation, quadratic on long lines without a colon) and
    # the colon-first one must find the same line matches
    from extractors.references.listings import _NAMES_COLON_LINE, _colon_lines

    expected = [(m.start(), m.end()) for m in _NAMES_COLON_LINE.finditer(view)]
    assert [(m.start(), m.end()) for m in _colon_lines(view)] == expected


def test_numbered_titles_over_their_authors_inverted_with_initials():
    # a reference page's layout: "[n] Title." in bold, the authors APA-inverted on the next line
    # ("Surname, I. I., & Surname, I."), the venue under them
    text = (
        "<h2>References</h2>\n"
        "<p><strong>[1] Grazing pressure shapes reed bed sediments.</strong><br />\n"
        "Lindqvist, A. M., & Oduya, P.<br />\n"
        '<a href="https://example.org/a">Ecology, 41(2), 10–19 (2003)</a></p>\n'
        "<p><strong>[2] A census of herons from low orbit.</strong><br />\n"
        "Brandt, T., Pei, X., & Adewale, O. J.<br />\n"
        '<a href="https://example.org/b">Ibis, 12(1), 1–9 (2005)</a></p>\n'
    )
    assert scanned(text) == {
        ("Lindqvist", "Grazing pressure shapes reed bed sediments"),
        ("Brandt", "A census of herons from low orbit"),
    }
    # near-miss: one-word headings over the names (a meeting's minutes and agenda) are no titles
    assert (
        scanned("**Minutes**\nLindqvist, A. M., & Oduya, P.\n\n**Agenda**\nBrandt, T., & Pei, X.\n")
        == set()
    )


def test_linked_titles_a_dash_and_their_authors():
    # lists of free books and papers: a linked title, a dash, the authors, notes in brackets
    text = (
        "### Wetlands\n\n"
        "* [Counting Herons from Low Orbit](https://example.org/herons.pdf) - Mira Castellan, "
        "Tomas Brandt (PDF) (CC BY-SA)\n"
        "* [Reed Beds: A Field Guide (1998)](https://example.org/reeds/) - Anna Lund\n"
        "* [Ponds in Winter](https://example.org/ponds) (HTML)\n"
        "* [Sediment Budgets](https://example.org/sb) - Ana Varga *( :card_file_box: archived)*\n"
    )
    assert scanned(text) == {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds: A Field Guide"),
        ("Varga", "Sediment Budgets"),
    }
    # near-miss: the same lines without links ("Song - Singer" lines of a playlist)
    plain = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    assert scanned(plain) == set()
    # near-miss: a note in brackets names no co-author ("Tutorials Point (HTML, PDF)")
    assert (
        scanned(
            "* [Heron Tutorial](https://example.org/h) - Tutorials Point (HTML, PDF)\n"
            "* [Reed Tutorial](https://example.org/r) - Learning Hub (HTML, PDF)\n"
        )
        == set()
    )


def test_a_heading_over_accepted_papers_passes_its_list_to_the_extractor():
    # no year, quote or "et al." in the items: the heading is what marks the list as papers
    text = (
        "## Accepted Papers\n---\n\n"
        "##### Heron Counts from Low Orbit in Cloud Systems\n"
        "Ana Roe and Ken Moe (Acme Research, Lisbon); Jia Wei (Acme Research)\n<br/><br/>\n\n"
        "##### Reedbed: A Suite for Benchmarking Wetland Recovery\n"
        "Mira Castellan (FORTH, Greece), Jonas Lind (FORTH, Greece)\n<br/><br/>\n"
    )
    assert scanned(text) == {
        ("Roe", "Heron Counts from Low Orbit in Cloud Systems"),
        ("Castellan", "Reedbed: A Suite for Benchmarking Wetland Recovery"),
    }
    # near-miss: the word in a sentence is no heading, and the same list passes nothing
    assert scanned(text.replace("## Accepted Papers", "We read the accepted papers here.")) == set()


def test_bold_titles_that_parse_as_names_and_names_with_latin_extended_letters():
    text = (
        "- **Benchmarking Heron Neural Networks (ArXiv 2020)**\n"
        "  - Vijay Prakash Dwivedi, Chaitanya K. Joshi, Thomas Laurent\n"
        "  - [[Paper]](https://arxiv.org/abs/2003.00982)\n\n"
        "- **Deep Reed Mapper: Seeing Ponds through the Neural Lens (ArXiv 2020)**\n"
        "  - Cristian Bodnar, Cătălina Cangea, Pietro Liò\n"
        "  - [[Paper]](https://arxiv.org/abs/2002.03864)\n"
    )
    assert scanned(text) == {
        ("Dwivedi", "Benchmarking Heron Neural Networks"),
        ("Bodnar", "Deep Reed Mapper: Seeing Ponds through the Neural Lens"),
    }
    # near-miss: a bold line that names a person over another line of names is no title
    assert (
        scanned("- **Ana Roe (Acme)**\n  - Ken Moe, Jia Wei\n- **Ken Moe (Acme)**\n  - Ana Roe\n")
        == set()
    )


def test_a_lone_unknown_name_is_an_author_inside_a_run_of_plain_items():
    item = "- **{title} (KDD 2020)**\n  - {names}\n  - [[Paper]](https://example.org/{n})\n\n"
    items = [
        ("Local Heron Detection in Multiple Ponds", "Yuchen Bian, Yaowei Yan, Xiao Liu"),
        ("Reed Factorization Models for Pond Clustering", "Hongteng Xu"),
        ("Pond Embedding with Self-Clustering", "Benedek Rozemberczki, Ryan Davies"),
    ]
    text = "".join(item.format(title=t, names=n, n=i) for i, (t, n) in enumerate(items))
    assert ("Xu", "Reed Factorization Models for Pond Clustering") in scanned(text)
    # near-miss: set-off headings over one unknown name each are bylines, whatever their number
    bylines = "".join(
        item.format(title=t, names=n, n=i)
        for i, (t, n) in enumerate(
            [("Morning Light over Ponds", "Xiadong Pei"), ("Evening Rain on Reeds", "Jurgis Lund")]
        )
    )
    assert scanned(bylines) == set()


def test_a_vancouver_author_list_is_no_listing_title():
    # "Title. Names. Venue 2017" would read the journal "Nat Biotechnol" as a person after the
    # entry's real authors taken for a title
    text = (
        "1. Castellan M, Brandt T. Counting herons from low orbit. Nat Biotechnol. 2017;3:1-9.\n"
        "2. Lund P, Varga A. Reed beds as sediment traps. Nat Biotechnol. 2018;4:2-8.\n"
    )
    assert all(item.family != "Biotechnol" for item in read_listings(text))


def test_a_programmes_note_on_how_a_talk_is_given_closes_no_name():
    text = (
        "### Session 2: Herons\n\n"
        "* **Counting Herons from Low Orbit** Mara Castellan and Per Lund\n"
        "* **Reed Beds as Sediment Traps** Anna Varga [remote]\n"
        "* **Winter Surveys of Pond Snails** Tomas Brandt, Ines Vidal (virtual)\n"
    )
    found = sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))
    assert found == [
        ("Brandt", "Winter Surveys of Pond Snails"),
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Varga", "Reed Beds as Sediment Traps"),
    ]


def test_near_miss_a_bracket_closing_a_line_that_is_no_presentation_note():
    assert not PRESENTATION_NOTE.search("Tomas Brandt (Leeds)\nAnna Varga [remote] and Per Lund")
    assert PRESENTATION_NOTE.search("Anna Varga [remote]\n")
