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


def test_linked_titles_cited_in_brackets_by_a_year_alone():
    text = (
        "## Papers\n"
        "- [Coupled tidal models for estuaries](https://arxiv.org/abs/2201.00001) "
        "(Marten et al., 2022)\n"
        "- [Sediment transport in braided rivers](https://arxiv.org/abs/1901.00001) (Lind, 2019)\n"
    )
    assert papers(text) == [
        ("Lind", "Sediment transport in braided rivers"),
        ("Marten", "Coupled tidal models for estuaries"),
    ]


def test_titles_cited_in_brackets_with_et_al_and_no_year():
    text = (
        "Reading:\n"
        "- Coupled tidal models for estuaries (Marten et al.) [[pdf]](https://example.org/a.pdf)\n"
        "- Sediment transport in braided rivers (Lind et al.) [[pdf]](https://example.org/b.pdf)\n"
    )
    assert papers(text) == [
        ("Lind", "Sediment transport in braided rivers"),
        ("Marten", "Coupled tidal models for estuaries"),
    ]


def test_near_miss_songs_with_their_bands_and_years_in_brackets():
    text = "## Playlist\n- Harbour Lights Again (Vantage, 1981)\n- Salt And Rain (Morrow, 1979)\n"
    assert papers(text) == []


def test_links_after_a_tagged_title_are_no_part_of_it():
    text = (
        "## Papers\n"
        "- [OML 2022] Coupled tidal models for estuaries. [[paper]](https://arxiv.org/abs/2201.1) "
        "- *Ilse Marten, Ravi Anand*\n"
        "- [WRR 2019] Sediment transport in braided rivers. [[paper]](https://arxiv.org/abs/1901.1)"
        " - *Oskar Lind*\n"
    )
    assert papers(text) == [
        ("Lind", "Sediment transport in braided rivers"),
        ("Marten", "Coupled tidal models for estuaries"),
    ]
