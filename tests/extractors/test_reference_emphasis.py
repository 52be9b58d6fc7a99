"""Emphasis in reference entries: a list that sets its venues in italics ("Title. *J Mach Learn
Res* 22:1–30") is read with the venue's marks blanked where the labeller found no title with
them; emphasis that sets off a title stays. Invented entries, with near-misses."""

from extractors.base import select
from extractors.references.tokens import is_abbreviated_venue


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_venues_in_italics_after_vancouver_names():
    text = (
        "1. Ruiz A, Beck T, Wen L (2021) Learning sparse kernels for tabular data. "
        "*J Mach Learn Res* 22:1–30.\n"
        "2. Beck T, Osei M (2020) Calibrated ranking under shift. *Mach Learn* 109:44–60.\n"
        "3. Osei M (2019) Counting birds with sparse sensors. *Ecol Inform* 50:1–9.\n"
    )
    assert facts(text) == {
        ("Ruiz", "Learning sparse kernels for tabular data"),
        ("Beck", "Calibrated ranking under shift"),
        ("Osei", "Counting birds with sparse sensors"),
    }


def test_near_miss_an_emphasised_title_is_no_venue():
    # an APA report's title in italics is the title, not a venue to unmark: the corporate
    # author's words are never read as a family name from the publisher after it
    text = (
        "Marsh Trust. (2018). *The future of wetlands and rivers: Outlook 2030*. Marsh Trust "
        "Publishing.\n"
    )
    assert not any(family == "Publishing" for family, _ in facts(text))


def test_abbreviated_venue_names():
    assert is_abbreviated_venue("J Mach Learn Res".split())
    assert is_abbreviated_venue("Phys. Rev. B".split())
    assert not is_abbreviated_venue("The future of wetlands and rivers".split())
    assert not is_abbreviated_venue("Counting birds with sparse sensors".split())
