"""Vancouver (PubMed) entries date an article by year, month and day before its volume:
``Water Res. 2013 Oct 8;17(5):488-96``. The month and day are read as the year alone is, so
such an entry reads as surely as one dated by its year. Invented entries, with a near-miss."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.labeller import _VANCOUVER_MONTH_DAY, read_entry, shipped_labeller

ENTRY = "Varga T, Holm E. Sediment drift in small rivers and on their banks. Water Res. {};17(5):488-96."


@pytest.mark.parametrize("date", ["2012 Mar 4", "2012 Mar", "2012 Jan-Feb", "2012 Sep 30"])
def test_a_month_and_day_after_the_year_read_as_the_year(date):
    labeller = shipped_labeller()
    dated = read_entry(labeller, ENTRY.format(date))
    by_year = read_entry(labeller, ENTRY.format("2012"))
    assert dated is not None and by_year is not None
    assert dated.title == "Sediment drift in small rivers and on their banks"
    assert dated.confidence == pytest.approx(by_year.confidence)


def test_two_entries_so_dated_under_a_heading():
    text = (
        "References\n"
        "Varga T, Holm E. Sediment drift in small rivers and on their banks. Water Res. "
        "2013 Oct 8;17(5):488-96.\n"
        "Okafor NP, Lind P. Grain counts from photographs of riverbeds. J Hydrol. "
        "2015 Nov;41(2):100-8.\n"
    )
    found = Extraction(select(["paper_title"])).facts(text)
    assert sorted((f.subject, f.value) for f in found) == [
        ("Okafor", "Grain counts from photographs of riverbeds"),
        ("Varga", "Sediment drift in small rivers and on their banks"),
    ]


def test_near_miss_a_month_in_a_title_or_a_date_not_before_a_volume():
    assert _VANCOUVER_MONTH_DAY.search("A March on Rome in 1922. J Hist. 2001;3:1-9.") is None
    assert _VANCOUVER_MONTH_DAY.search("Accessed 2019 Mar 4. Available from: the site") is None
