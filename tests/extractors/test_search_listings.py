"""A search engine's listing of scholarly works, as Google Scholar's results and profiles are
copied into pages: the title on its own line (maybe after kind tags, "[PDF]", "[BOOK][B]"),
under it the authors as initials and family names, a dash, the venue and year, a dash and the
host. Invented entries in the general form, with near-misses (a host that is no web address
or publisher)."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def test_listed_works_with_their_tags_and_snippets():
    text = (
        "[PDF] Counting herons from low orbit\n"
        "M Castellan, P Lund, A Varga… - Journal of Pond Science, 2019 - Elsevier\n"
        "Herons stand in shallow water and are hard to count from above. We show …\n"
        "Cited by 12 Related articles All 5 versions\n\n"
        "[BOOK][B] Reed beds as sediment traps\n"
        "P Lund - 2020 - books.google.com\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    ]


def test_near_miss_a_line_of_names_and_a_year_under_no_scholarly_host():
    text = "Weather today\nJ Smith - 2019 - Channel 4\n\nMeeting notes\nAB Roe - Minutes, 2019 - intranet\n"
    assert papers(text) == []


def test_a_profile_s_list_copied_without_its_hosts():
    text = (
        "Publications\n"
        "Counting herons from low orbit\n"
        "M Castellan, P Lund - Journal of Pond Science, 2019\n"
        "Reed beds as sediment traps\n"
        "P Lund, A Varga - Wetland Letters, 2020\n"
    )
    assert papers(text) == [
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps"),
    ]


def test_near_miss_one_line_of_names_a_venue_and_a_year_without_a_host():
    text = "Publications\nWeather today\nJ Smith - Forecast, 2019\n\nMore soon."
    assert papers(text) == []
