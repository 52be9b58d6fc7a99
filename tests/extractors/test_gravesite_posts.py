"""A gravesite blog's post: the clause after the grave "of" a name is the name's ("the resting
place of Name, b. D, d. D": a grave is nobody's life, a son is), a possessive grave introduces
the person its pronouns continue ("We found Name's headstone … He was born …"), and a memorial
site's "… Memorial: Name" labels the fields under it, and so does a heading "Memorial for
Name" or "Grave of Name"; a stone's words quoted after a colon ('The stone reads: "Born D –
Died D"') are the person's the post named. Invented text in the general form of each,
with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


@pytest.mark.parametrize("thing", ["grave", "resting place", "headstone", "portrait"])
def test_a_clause_after_a_thing_of_the_person_is_theirs(thing):
    text = (
        f"Last spring we photographed the {thing} of Tomas Hale, b. 3 March 1861, d. 4 June 1921."
    )
    assert life(text) == [
        ("birth_date", "Tomas Hale", "1861-03-03"),
        ("death_date", "Tomas Hale", "1921-06-04"),
    ]


def test_near_miss_a_clause_after_a_relative_of_the_person():
    text = "Last spring we met the eldest son of Tomas Hale, born 3 March 1891, at the fair."
    assert life(text) == []


def test_a_possessive_grave_introduces_the_person():
    text = (
        "Near the chapel wall we found Tomas Hale's headstone. He was born on 3 March 1861 and "
        "passed on 4 June 1921."
    )
    assert life(text) == [
        ("birth_date", "Tomas Hale", "1861-03-03"),
        ("death_date", "Tomas Hale", "1921-06-04"),
    ]


def test_near_miss_a_possessive_grave_and_a_pronoun_of_the_other_gender():
    text = "Near the chapel wall we found Tomas Hale's headstone. She was born on 3 March 1861."
    assert life(text) == []


def test_a_memorial_site_label_before_the_name():
    text = "Online Memorial: Grace Lind\nBirth: 3 Mar 1861, Otley\nDeath: 4 Jun 1921, Selby\n"
    assert life(text) == [
        ("birth_date", "Grace Lind", "1861-03-03"),
        ("death_date", "Grace Lind", "1921-06-04"),
    ]


def test_near_miss_a_memorial_label_before_a_town():
    text = "War Memorial: Otley\nBirth: 3 Mar 1861\n"
    assert life(text) == []


def test_a_memorial_for_heading_labels_the_fields_under_it():
    text = "Memorial for Edwin Marsh\nBIRTH 3 Mar 1840 Leeds, England\nDEATH 9 Oct 1901 Boston"
    assert life(text) == [
        ("birth_date", "Edwin Marsh", "1840-03-03"),
        ("death_date", "Edwin Marsh", "1901-10-09"),
    ]


def test_near_miss_a_memorial_for_a_place_names_nobody():
    text = "Memorial for the Leeds Pals\nBIRTH 3 Mar 1840\nDEATH 9 Oct 1901"
    assert life(text) == []


def test_a_stones_words_quoted_after_a_colon():
    text = (
        "We visited the grave of Edwin Marsh today. The stone reads: "
        '"Born March 3, 1840 – Died October 9, 1901".'
    )
    assert life(text) == [
        ("birth_date", "Edwin Marsh", "1840-03-03"),
        ("death_date", "Edwin Marsh", "1901-10-09"),
    ]


def test_a_heading_grave_of_a_name_introduces_whom_a_pronoun_continues():
    text = (
        "Grave of Tomas Hale (1861-1921)\n"
        "Born on March 3rd, 1861 in Bergen, Tomas was a carpenter. He died on June 4th, 1921.\n"
    )
    assert ("death_date", "Tomas Hale", "1921-06-04") in life(text)


def test_near_miss_a_heading_of_a_place_names_no_one():
    text = (
        "Grave of the Unknown Sailor\n"
        "The stone was set in 1921. He died on June 4th, 1921, somewhere off the coast.\n"
    )
    assert life(text) == []


@pytest.mark.parametrize("thing", ["Portrait", "Grave", "Bust"])
def test_what_shows_a_person_before_of_and_the_name_is_no_part_of_it(thing):
    text = f"Ken Vale, {thing} of Ada Lind (b. 3 May 1850), oil on canvas, 1880."
    assert life(text) == [("birth_date", "Ada Lind", "1850-05-03")]


def test_near_miss_a_depiction_of_no_named_person():
    assert life("Portrait of a Lady (3 May 1850), by Ken Vale.") == []


def test_a_stones_quoted_lines_parted_by_slashes():
    text = 'The inscription says: "EDWIN MARSH / BORN MARCH 3, 1840 / DIED OCTOBER 9, 1901".'
    assert life(text) == [
        ("birth_date", "EDWIN MARSH", "1840-03-03"),
        ("death_date", "EDWIN MARSH", "1901-10-09"),
    ]


def test_marks_after_slashes():
    text = "Edwin Marsh / b. March 3, 1840 / d. October 9, 1901"
    assert life(text) == [
        ("birth_date", "Edwin Marsh", "1840-03-03"),
        ("death_date", "Edwin Marsh", "1901-10-09"),
    ]


def test_near_miss_a_mark_after_a_slash_with_no_name_before_it():
    assert life("see p. 12 / b. March 3, 1840") == []


@pytest.mark.parametrize("separator", [" | ", " / ", " — "])
def test_a_span_after_a_bar_a_slash_or_a_dash(separator):
    text = f"EDWIN MARSH{separator}3 MARCH 1840 – 9 OCTOBER 1901"
    assert life(text) == [
        ("birth_date", "EDWIN MARSH", "1840-03-03"),
        ("death_date", "EDWIN MARSH", "1901-10-09"),
    ]


def test_near_miss_a_venues_run_after_a_bar():
    assert life("Grange Hall | 3 March 2001 – 9 October 2002") == []


def test_a_memorial_pages_labels_run_together_without_colons():
    text = "Edwin Marsh. Birth 3 Mar 1840 Leeds. Death 9 Oct 1901 (aged 61) Boston."
    assert life(text) == [
        ("birth_date", "Edwin Marsh", "1840-03-03"),
        ("death_date", "Edwin Marsh", "1901-10-09"),
    ]


def test_near_miss_a_word_death_before_a_place_and_a_day():
    assert life("Edwin Marsh was a guide. Death Valley 9 October was hot.") == []
