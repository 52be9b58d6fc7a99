"""Paper lists on code-hosting sites ("awesome" lists): a title line with its venue and links
over a sub-item of authors ("- Title (ICLR 2017) [[paper](…)]\n  - Ana Roe, Ken Moe": the
links and the venue are no part of the title), a venue's tag after the list mark ("*
**[ICLR 2017]** Title", "- `ICLR` Title. Names."), short citations after the title ("Title,
Roe and Moe, ICLR 2017.", "[Title](…) (Roe et al., ICLR 2017)"), and a bold title whose last
word the labeller took for a name, kept whole. Invented items in the general form of each,
with near-misses: songs with their artists and years are no papers."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


TWO = [("Lund", "Sparse Herons for Wetland Graphs"), ("Vidal", "Message Passing over Reed Beds")]


def test_a_title_line_with_venue_and_links_over_its_authors():
    text = (
        "- Sparse Herons for Wetland Graphs (ICLR 2017) [[paper](https://example.org/1)]\n"
        "  - Maja Lund, Pavel Orlov\n"
        "- Message Passing over Reed Beds (NeurIPS 2018) [[paper](https://example.org/2)]\n"
        "  - Inés Vidal, Tariq Aziz\n"
    )
    assert papers(text) == TWO


def test_a_bold_venue_tag_after_the_list_mark():
    text = (
        "* **[ICLR 2017]** Sparse Herons for Wetland Graphs [[paper]](https://example.org/1)\n"
        "  * Maja Lund, Pavel Orlov\n"
        "* **[NeurIPS 2018]** Message Passing over Reed Beds [[paper]](https://example.org/2)\n"
        "  * Inés Vidal, Tariq Aziz\n"
    )
    assert papers(text) == TWO


def test_a_venue_tag_in_a_code_span():
    text = (
        "- `ICLR` Sparse Herons for Wetland Graphs. Maja Lund, Pavel Orlov. [[pdf]](https://example.org/1)\n"
        "- `NeurIPS` Message Passing over Reed Beds. Inés Vidal, Tariq Aziz. [[pdf]](https://example.org/2)\n"
    )
    assert papers(text) == TWO


def test_short_citations_after_a_comma():
    text = (
        "* Sparse Herons for Wetland Graphs, Lund and Orlov, ICLR 2017. [[paper]](https://example.org/1)\n"
        "* Message Passing over Reed Beds, Vidal et al., NeurIPS 2018. [[paper]](https://example.org/2)\n"
    )
    assert papers(text) == TWO


def test_short_citations_in_brackets_after_a_linked_title():
    text = (
        "+ [Sparse Herons for Wetland Graphs](https://example.org/1) (Lund et al., ICLR 2017)\n"
        "+ [Message Passing over Reed Beds](https://example.org/2) (Vidal et al., NeurIPS 2018)\n"
    )
    assert papers(text) == TWO


def test_near_miss_songs_with_artists_and_years():
    text = "- Blue Moon Rising, Adams, Decca 1961.\n- Red Sky Falling, Baker, Columbia 1962.\n"
    assert papers(text) == []


def test_a_bold_title_whose_last_word_is_a_co_authors_name_is_kept_whole():
    text = (
        "1. **Counting Herons on Open Marshes.** *Maja Lund, Pavel Marsh.* ICLR 2017.\n"
        "2. **Message Passing over Reed Beds.** *Inés Vidal, Tariq Aziz.* NeurIPS 2018.\n"
    )
    assert papers(text) == [
        ("Lund", "Counting Herons on Open Marshes"),
        ("Vidal", "Message Passing over Reed Beds"),
    ]


def test_a_linked_rst_title_its_names_and_the_venues_year_after_commas():
    text = (
        "Papers\n======\n\n"
        "- `Sparse Herons for Wetland Graphs <https://example.org/1>`_, Maja Lund, Pavel Orlov,"
        " NeurIPS 2021.\n"
        "- `Message Passing over Reed Beds <https://example.org/2>`_, Inés Vidal, Tariq Aziz,"
        " ICML 2022.\n"
    )
    assert papers(text) == TWO


def test_two_linked_papers_on_one_lecture_line():
    text = (
        "- Sequence models [[Maja Lund, Pavel Orlov: **Sparse Herons for Wetland Graphs**]"
        "(https://example.org/1) and [Inés Vidal et al.: **Message Passing over Reed Beds**]"
        "(https://example.org/2)]\n"
        "- Normalisation [[Tariq Aziz, Ken Moe: **Normalising the Marsh**](https://example.org/3)]\n"
    )
    assert papers(text) == sorted([*TWO, ("Aziz", "Normalising the Marsh")])


def test_near_miss_a_two_line_item_is_one_paper():
    text = (
        "1. **Sparse Herons for Wetland Graphs.**\n*Maja Lund, Pavel Orlov.* Marsh Letters 2017."
        " [paper](https://example.org/1)\n\n"
        "1. **Message Passing over Reed Beds.**\n*Inés Vidal, Tariq Aziz.* Reed Review 2018."
        " [paper](https://example.org/2)\n"
    )
    assert papers(text) == TWO


def test_short_citations_before_the_title_and_the_venues_year():
    text = (
        "- Lund et al. Sparse Herons for Wetland Graphs. ICLR 2017. [paper](https://example.org/1)\n"
        "- Vidal and Aziz. Message Passing over Reed Beds. NeurIPS 2018. [paper](https://example.org/2)\n"
    )
    assert papers(text) == TWO


def test_near_miss_short_names_before_sentences_and_a_weekday():
    text = "- Roe et al. Went to the shops. Monday 2017.\n- Moe and Lee. Bought some bread. Tuesday 2018.\n"
    assert papers(text) == []
