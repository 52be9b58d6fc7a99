"""Vancouver entries (medicine's reference style): family names with initials, the title, the
journal, then the year and a semicolon before the volume, its issue or its pages, maybe with
the month and day between ("2020 Jan 25;395(10223):497-506", "2003;326:1-3", "2019; 16: 44-50").
A line of prose whose citations share a semicolon ("(Roe, 2012; Moe, 2013)") is no entry, even
when it opens on a given name and an initial. Invented entries in the general form, with a
near-miss."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references import reader


def papers(text):
    return sorted((f.subject, f.value) for f in Extraction(select(["paper_title"])).facts(text))


def test_the_year_and_a_semicolon_before_the_volume_in_each_of_its_forms():
    text = (
        "References\n"
        "1. Varga A, Holm K. Serum markers of sepsis in neonates. Lancet. 2020 Jan 25;395(10223):497-506.\n"
        "2. Lindqvist M, Berg O. Outcomes of late preterm birth. BMJ 2003;326:1-3.\n"
        "3. Okafor C. Night shifts and nurse fatigue. J Nurs Stud. 2019; 16: 44-50.\n"
    )
    assert papers(text) == [
        ("Lindqvist", "Outcomes of late preterm birth"),
        ("Okafor", "Night shifts and nurse fatigue"),
        ("Varga", "Serum markers of sepsis in neonates"),
    ]


def test_near_miss_prose_whose_citations_share_a_semicolon():
    text = (
        'Rosa M. Varga, in her book "Civic Ties" argues that trust is linked to turnout. The'
        " framework has been applied to Italy (Varga, 2012; Holm, 2013).\n"
    )
    assert papers(text) == []


def test_a_book_whose_publisher_and_year_a_semicolon_parts():
    # a Vancouver book: "Publisher; Year." (with its place before, or without)
    text = (
        "Sources\n"
        "1. Varga A. Neonatal sepsis in small hospitals. Riverbend Books; 2014.\n"
        "2. Holm K, Berg O. Caring for late preterm infants. Boston: Coastline Press; 2016.\n"
    )
    assert papers(text) == [
        ("Holm", "Caring for late preterm infants"),
        ("Varga", "Neonatal sepsis in small hospitals"),
    ]


def test_near_miss_prose_with_a_year_after_a_semicolon():
    text = "The ward opened in March; 2014. The next year it closed, and nobody wrote about it."
    assert papers(text) == []


def test_a_title_opening_on_a_word_the_labeller_took_for_a_name():
    # after "Holm T." a capitalised word reads like a name with its initial before it ("T.
    # Tidal"); a Vancouver list's last name ends on its initials' stop
    text = (
        "References\n"
        "1. Varga A, Holm T. Tidal mixing in shallow fjords. Estuar Coast Shelf Sci [Internet]. "
        "2021 [cited 2022 Jan 5];250:107–18. Available from: https://example.org/a\n"
        "2. Okafor C. Night shifts and nurse fatigue. J Nurs Stud. 2019; 16: 44-50.\n"
        "3. Lindqvist M, Berg O. Outcomes of late preterm birth. BMJ 2003;326:1-3.\n"
    )
    assert papers(text) == [
        ("Lindqvist", "Outcomes of late preterm birth"),
        ("Okafor", "Night shifts and nurse fatigue"),
        ("Varga", "Tidal mixing in shallow fjords"),
    ]


def test_near_miss_an_initial_and_a_family_name_in_another_style():
    # "T. Tidal" is the second author's name where names put their initials first
    found = reader.read_entry(
        reader.shipped_labeller(),
        "A. Varga, T. Tidal. Mixing in shallow fjords. Estuar Coast Shelf Sci, 2021.",
    )
    assert found is not None and found.title == "Mixing in shallow fjords"


def test_a_corporate_author_the_labeller_read_as_the_titles_head():
    text = (
        "References\n"
        "1. Nordic Council of Ministers. Guidelines for coastal water monitoring. "
        "Copenhagen: NCM; 2017.\n"
        "2. Okafor C. Night shifts and nurse fatigue. J Nurs Stud. 2019; 16: 44-50.\n"
        "3. Lindqvist M, Berg O. Outcomes of late preterm birth. BMJ 2003;326:1-3.\n"
    )
    assert papers(text) == [
        ("Lindqvist", "Outcomes of late preterm birth"),
        ("Nordic Council of Ministers", "Guidelines for coastal water monitoring"),
        ("Okafor", "Night shifts and nurse fatigue"),
    ]


def test_near_miss_a_title_whose_first_sentence_names_no_organisation():
    found = reader.read_entry(
        reader.shipped_labeller(),
        "Coastal Waters of Norway. A Field Guide. Bergen: Fjord Press; 2017.",
    )
    assert found is None or found.family != "Coastal Waters of Norway"


def test_a_reports_year_closing_its_title_where_the_entry_is_dated_before():
    found = reader.read_entry(
        reader.shipped_labeller(),
        "Holm, I. (2021). Coastal water monitoring report 2020. Bergen: Fjord Press.",
    )
    assert found is not None and found.title == "Coastal water monitoring report 2020"
    text = (
        "References\n"
        "Nordic Ocean Institute. (2020). Coastal survey report 2020. Bergen: NOI.\n"
        "Okafor, C. (2019). Night shifts and nurse fatigue. Journal of Nursing, 16, 44-50.\n"
    )
    assert ("Nordic Ocean Institute", "Coastal survey report 2020") in papers(text)


def test_near_miss_a_year_after_the_titles_own_stop_is_the_entrys_date():
    found = reader.read_entry(
        reader.shipped_labeller(), "Okafor, C. Night shifts and nurse fatigue. 2019. Leeds."
    )
    assert found is not None and found.title == "Night shifts and nurse fatigue"


def test_a_books_entry_after_its_list_number():
    # the number's stop before the names had read as a field of its own, names and title
    # with it
    text = (
        "References\n"
        "1. Brandt T. Counting eelgrass in northern fjords. London: Fjord Press; 2019.\n"
        "2. Holm I, Dahl P. Coastal hazards of the north. New York: Tern Books; 2018.\n"
        "3. Okafor C. Night shifts and nurse fatigue. J Nurs Stud. 2019; 16: 44-50.\n"
    )
    assert ("Holm", "Coastal hazards of the north") in papers(text)


def test_a_year_opening_the_title_after_the_names_stop():
    found = reader.read_entry(
        reader.shipped_labeller(),
        "Varga EJ, Holm K. 1991 Summary: National Coastal Survey. Bergen: Fjord Press; 1993.",
    )
    assert found is not None and found.title == "1991 Summary: National Coastal Survey"


def test_near_miss_a_year_with_its_own_stop_is_the_date():
    found = reader.read_entry(
        reader.shipped_labeller(), "Varga, E. 1991. Summary of the survey. Bergen: Fjord Press."
    )
    assert found is not None and found.title == "Summary of the survey"


def test_near_miss_a_style_whose_year_goes_without_its_stop():
    # the entry's only year, between the names and the title: its date
    found = reader.read_entry(
        reader.shipped_labeller(), "Varga, E. 1985 Storms and tides. Coastal Science 38, 32-41."
    )
    assert found is not None and found.title == "Storms and tides"
