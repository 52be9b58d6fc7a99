"""Awesome-lists in more layouts: a table of papers with a venue column and no authors (the
venue's acronym before its year is no author: nothing is stated), two surnames joined by "&"
before a linked title ("- Roe & Moe, [Title](url), ICLR 2017"), and a model's short name as a
label before a title cited in brackets, with links after it ("- GCN: Title (Roe & Moe, ICLR
2017) [paper](url)"). Invented items in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_table_of_papers_and_venues_names_no_author():
    text = (
        "| Paper | Venue | Code |\n|---|---|---|\n"
        "| [Semi-Supervised Counting of Herons with Graph Networks](https://example.org/a) | "
        "ICLR 2017 | [code](https://example.org/c) |\n"
        "| [Graph Attention Networks](https://example.org/b) | ICLR 2018 | "
        "[code](https://example.org/d) |\n"
    )
    assert papers(text) == []


def test_two_surnames_with_an_ampersand_before_a_linked_title():
    text = (
        "- Castellan & Brandt, [Counting Herons from Low Orbit](https://example.org/a), ICLR 2017\n"
        "- Lund et al., [Reed Beds as Sediment Traps](https://example.org/b), ICLR 2018\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_a_models_label_before_a_title_cited_in_brackets():
    text = (
        "- HCN: Counting Herons from Low Orbit (Castellan & Brandt, ICLR 2017) "
        "[paper](https://example.org/a)\n"
        "- RBT: Reed Beds as Sediment Traps (Lund et al., ICLR 2018) [paper](https://example.org/b)\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Lund", "Reed Beds as Sediment Traps"),
    ]


def test_near_miss_notes_dated_by_month():
    text = "- Note: Update the docs (Roe & Moe, June 2017)\n- Todo: Fix the build (Roe et al., March 2018)\n"
    assert papers(text) == []


def test_a_venues_acronym_before_its_year_is_told_from_a_name_in_capitals():
    from extractors.references.reader import _is_venue_tag

    assert _is_venue_tag("ICLR", "| [Title](https://example.org) | ICLR 2017 | [code](x) |")
    assert _is_venue_tag("NeurIPS", "Title. NeurIPS'19.")
    assert not _is_venue_tag("SMITH", "SMITH, J. Counting herons. Leeds: Heron Press, 2019.")
    assert not _is_venue_tag("Castellan", "Castellan 2019. Counting herons.")
