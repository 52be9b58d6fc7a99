"""Publication lists in more layouts: a linked title over a line of authors with initials
("`Title <url>`__" / "B. K. Roe, A. Moe"), a title with its year in brackets over its authors
in italics (the title's few capitalised words are no names), an arXiv identifier as the item's
link label before the title, and a bold title with its venue's acronym in brackets before the
authors ("**Title** (NeurIPS 2021) - Names": the acronym is no author), and an emphasised title,
a dash and its authors ("- **Title** — Ana Roe, Ken Moe. *Venue*."), and a list that gives
no years, each entry a line "Roe, J. Title. Journal 40: 100-120." (a volume and its pages mark
a reference as a year does; lines that each open with a family name and initials are an entry
each, even as one paragraph). Invented items in the
general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_linked_title_over_authors_with_initials():
    text = (
        "Papers\n======\n\n"
        "1. `Counting Herons from Low Orbit <https://example.org/a>`__\n"
        "   M. K. Castellan, T. Brandt, P. Lund\n"
        "2. `Reed Beds as Sediment Traps <https://example.org/b>`__\n"
        "   P. Lund, A. Varga\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_a_title_and_its_year_over_authors_in_italics():
    text = (
        "Papers\n======\n\n"
        "Counting Herons from Low Orbit (2021)\n"
        "   *Mira Castellan, Tomas Brandt, Peter Lund*\n\n"
        "Reed Beds as Sediment Traps (2022)\n"
        "   *Peter Lund, Anna Varga*\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_near_miss_names_and_years_over_names():
    text = "Talks\n\nMira Castellan (2021)\nPeter Lund, Anna Varga\n\nTomas Brandt (2022)\nPeter Lund\n"
    assert papers(text) == []


def test_an_arxiv_identifier_labels_the_items_link():
    text = (
        "- `arXiv:2107.01214 <https://arxiv.org/abs/2107.01214>`_ Counting Herons from Low "
        "Orbit. Castellan et al. (2021)\n"
        "- `arXiv:2210.06170 <https://arxiv.org/abs/2210.06170>`_ Reed Beds as Sediment Traps. "
        "Lund et al. (2022)\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_a_venues_mixed_case_acronym_in_brackets_is_no_author():
    text = (
        "* **Counting Herons from Low Orbit** (NeurIPS 2021) - Mira Castellan, Tomas Brandt\n"
        "* **Reed Beds as Sediment Traps** (NeurIPS 2022) - Peter Lund, Anna Varga\n"
    )
    assert "NeurIPS" not in {subject for subject, _ in papers(text)}


def test_near_miss_a_surname_in_brackets_is_the_author():
    text = "* **Counting Herons from Low Orbit** (Castellan et al., 2021)\n"
    assert papers(text) == [("Castellan", "Counting Herons from Low Orbit")]


def test_an_emphasised_title_a_dash_its_authors_and_the_venue():
    text = (
        "### 2021\n"
        "- **Counting Herons from Low Orbit** — Mira Castellan, Tomas Brandt. *NeurIPS*.\n"
        "- **Reed Beds as Sediment Traps** — Peter Lund, Anna Varga. *ICML*.\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_near_miss_plain_titles_a_dash_and_names():
    # a song list's "Title — Singer" lines: nothing sets the titles off
    text = "## Songs\n- Counting Herons — Mira Castellan, Tomas Brandt\n- Reed Beds — Peter Lund\n"
    assert papers(text) == []


def test_title_first_then_initialled_names_where_the_labeller_finds_no_field():
    # "Title. A. Roe, B. Moe. Venue": the structure alone, in a list, gives the fields (the
    # first entry is one the labeller reads as no field at all)
    text = (
        "Publications\n"
        "2020 – Robust estimation under concept drift. A. Varga, P. Lund. JMLR 21.\n"
        "2019 – Reed beds as sediment traps. P. Lund. ICASSP.\n"
    )
    assert papers(text) == [
        ("Lund", "Reed beds as sediment traps"),
        ("Varga", "Robust estimation under concept drift"),
    ]


def test_near_miss_a_sentence_then_no_names():
    # the second sentence names nobody: no entry
    text = (
        "Publications\n"
        "2021 – Heron counts under shifting baselines. Funded by the Pond Trust. JMLR 21.\n"
    )
    assert papers(text) == []


def test_a_list_without_years_one_entry_a_line():
    text = (
        "Publications\n\n"
        "Castellan, M. Counting herons from low orbit. Ibis 40: 100-120.\n"
        "Lund, P., Varga, A. Reed beds as sediment traps. Wetlands 3: 33-45.\n"
        "Brandt, T. Egret roosts in winter. Bird Study 12(2):1-10.\n"
    )
    assert papers(text) == [
        ("Brandt", "Egret roosts in winter"),
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    ]


def test_near_miss_lines_of_times_are_no_volumes_and_pages():
    text = (
        "Opening hours\n\n"
        "Monday. Closed all day 10: 10-12.\n"
        "Tuesday. Open from nine 9: 9-17.\n"
        "Wednesday. Open late 9: 9-21.\n"
    )
    assert papers(text) == []


def test_near_miss_wrapped_entries_stay_whole():
    text = (
        "Publications\n\n"
        "Castellan, M., Lund, P. Counting herons from low orbit.\n"
        "    Journal of Field Ornithology 40: 100-120.\n"
        "Brandt, T. Egret roosts in winter.\n"
        "    Bird Study 12(2):1-10.\n"
        "Varga, A. Reed beds as sediment traps.\n"
        "    Wetlands 3: 33-45.\n"
    )
    assert papers(text) == [
        ("Brandt", "Egret roosts in winter"),
        ("Castellan", "Counting herons from low orbit"),
        ("Varga", "Reed beds as sediment traps"),
    ]
