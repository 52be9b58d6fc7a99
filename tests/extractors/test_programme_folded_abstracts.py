"""A workshop page's accepted talks with each abstract folded in an HTML ``<details>`` element
between them and the speaker's own name in bold in the names' line ("1. Title\\ / Ken Moe,
**Ana Roe**\\ / Affiliation / <details>…</details>"): the scan's units hold a folded element
whole, so the list reads as one; read through the pre-filter and units as a scan reads it.
Invented text in the general form, with a near-miss."""

from auditor.extraction import Extraction
from auditor.units import _whole_details
from extractors.base import select

ABSTRACT = (
    "We study how tides mix the water of narrow inlets over a full year of moorings, and we "
    "compare the measured mixing with what three common models predict for the same sites. "
) * 6


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def talk(number, title, names, place):
    return (
        f"{number}. {title}\\\n   {names}\\\n   {place}\n"
        f"   <details><summary>Abstract</summary>\n\n   {ABSTRACT}\n   </details><br>\n\n"
    )


def test_talks_with_folded_abstracts_between_them():
    text = "---\nlayout: page\ntitle: Accepted Talks\n---\n\n" + "".join(
        (
            talk(1, "Tidal Mixing in Narrow Inlets", "**Eva Lindqvist**, Tomas Brandt", "Bergen"),
            talk(2, "Sediment Plumes after Spring Floods", "**Chidi Okafor**", "NTNU"),
            talk(3, "Eelgrass Counts from Drone Images", "Ana Roe, **Ken Moe**", "Aarhus"),
            talk(4, "Storm Surges on Barrier Islands", "Ida Holm, **Per Dahl**", "Lund"),
        )
    )
    assert papers(text) == [
        ("Holm", "Storm Surges on Barrier Islands"),
        ("Lindqvist", "Tidal Mixing in Narrow Inlets"),
        ("Okafor", "Sediment Plumes after Spring Floods"),
        ("Roe", "Eelgrass Counts from Drone Images"),
    ]


def test_a_unit_is_widened_to_the_folded_element_it_cuts():
    text = "Talk one\n<details>\nabstract text here\n</details>\nTalk two"
    cut_open = (0, text.index("abstract") + 3)
    cut_close = (text.index("text here"), len(text))
    assert _whole_details(text, cut_open) == (0, text.index("</details>") + len("</details>"))
    assert _whole_details(text, cut_close) == (text.index("<details>"), len(text))


def test_near_miss_a_unit_holding_its_elements_whole_is_kept():
    text = "Talk one\n<details>\nabstract\n</details>\nTalk two"
    assert _whole_details(text, (0, len(text))) == (0, len(text))
    assert _whole_details(text, (0, 8)) == (0, 8)
