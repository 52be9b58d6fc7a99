"""Lives in the leads of encyclopedias in other languages: the participles of birth and death
coordinated after the name ("Jean Roe, né le 3 mai 1900 à Lyon et mort le 4 juin 1980 à
Paris, est …"), a place before each date ("né à Lyon le …"), the Scandinavian and written-out
German marks in brackets ("(född 3 maj 1900 …, död …)", "(geboren am …; gestorben am …)") and
full-width brackets. Invented sentences in the general form of each, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select


def lives(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Vidal, né le 3 mai 1900 à Lyon et mort le 4 juin 1980 à Paris, est un peintre.",
        "Paul Vidal, né le 3 mai 1900 à Lyon, mort le 4 juin 1980 à Paris, est un peintre.",
        "Paul Vidal (né le 3 mai 1900 à Lyon et mort le 4 juin 1980 à Paris) est un peintre.",
        "Paul Vidal, né à Lyon le 3 mai 1900 et mort à Paris le 4 juin 1980, est un peintre.",
        "Paul Vidal, nacido el 3 de mayo de 1900 en Lyon y fallecido el 4 de junio de 1980 en "
        "París, fue un pintor.",
    ],
)
def test_birth_and_death_participles_after_the_name(text):
    assert lives(text) == [
        ("birth_date", "Paul Vidal", "1900-05-03"),
        ("death_date", "Paul Vidal", "1980-06-04"),
    ]


def test_a_feminine_lead():
    text = "Anne Morel, née le 3 mai 1900 à Nantes et morte le 4 juin 1980 à Brest, est une poète."
    assert lives(text) == [
        ("birth_date", "Anne Morel", "1900-05-03"),
        ("death_date", "Anne Morel", "1980-06-04"),
    ]


def test_near_miss_the_death_of_someone_named_after_a_verb():
    # "a épousé Anne Morel, morte le …": the wife's death, not the lead's
    text = "Paul Vidal, né le 3 mai 1900 à Lyon, a épousé Anne Morel, morte le 4 juin 1980 à Brest."
    assert lives(text) == [("birth_date", "Paul Vidal", "1900-05-03")]


def test_near_miss_a_pronoun_is_nobody():
    text = "Paul Vidal est né le 3 mai 1900. Il est mort le 4 juin 1980."
    assert ("death_date", "Il", "1980-06-04") not in lives(text)


@pytest.mark.parametrize(
    "text",
    [
        # Scandinavian leads: "född"/"död", "født"/"død", and their name of May
        "Paul Vidal (född 3 maj 1900 i Lund, död 4 juni 1980 i Malmö) var en svensk målare.",
        "Paul Vidal (født 3. maj 1900 i Aarhus, død 4. juni 1980) var en dansk maler.",
        # German written out: "geboren am", "gestorben am"
        "Paul Vidal (geboren am 3. Mai 1900 in Köln; gestorben am 4. Juni 1980 in Bonn) war "
        "ein Maler.",
        # full-width brackets around a span, as Chinese and Japanese text sets them
        "Paul Vidal（3 May 1900 – 4 June 1980）was a painter.",
    ],
)
def test_leads_of_other_languages_in_brackets(text):
    assert lives(text) == [
        ("birth_date", "Paul Vidal", "1900-05-03"),
        ("death_date", "Paul Vidal", "1980-06-04"),
    ]


def test_near_miss_a_major_is_no_month():
    assert lives("Paul Vidal (Maj. 3 Regiment, 1900 – 1980) was a soldier.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("王小明（1900年5月3日—1980年6月4日），中国画家。", "王小明"),
        ("中村花子（なかむら はなこ、1900年5月3日 - 1980年6月4日）は、日本の画家。", "中村花子"),
        ("ポール・ヴィダル（1900年5月3日 - 1980年6月4日）は、フランスの画家。", "ポール・ヴィダル"),
    ],
)
def test_chinese_and_japanese_leads(text, name):
    assert lives(text) == [
        ("birth_date", name, "1900-05-03"),
        ("death_date", name, "1980-06-04"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "二战（1939年9月1日—1945年9月2日）是规模最大的战争。",  # an event's span
        "会议（2020年6月4日）在北京举行。",  # a date alone in brackets
    ],
)
def test_near_miss_an_events_span_or_a_lone_date(text):
    assert lives(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Paul Vidal war ein Maler. Er wurde am 3. Mai 1900 in Köln geboren.",
        "Paul Vidal est un peintre. Il est né le 3 mai 1900 à Lyon.",
    ],
)
def test_a_pronoun_of_another_language_continues_the_person(text):
    assert lives(text) == [("birth_date", "Paul Vidal", "1900-05-03")]


def test_near_miss_a_pronoun_after_a_person_of_the_other_gender():
    text = "Anna Vidal war eine Malerin. Er wurde am 3. Mai 1900 in Köln geboren."
    assert ("birth_date", "Anna Vidal", "1900-05-03") not in lives(text)


def test_a_dropped_subject_after_a_sentence_whose_verb_has_an_accent():
    text = "Paolo Vidal è stato un pittore. Nacque il 3 maggio 1900 a Torino."
    assert lives(text) == [("birth_date", "Paolo Vidal", "1900-05-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Mira Castellan (Trento, 12 maggio 1950) è una pittrice italiana.",
        "Mira Castellan (Trento, 12 de mayo de 1950) es una pintora italiana.",
        "Mira Castellan (Trento, 12 de maio de 1950) é uma pintora italiana.",
        "Mira Castellan (Trento, 12 mei 1950) is een Italiaanse schilder.",
        "Mira Castellan (Trento, 12 mai 1950) est une peintre italienne.",
    ],
)
def test_living_persons_birthplace_and_date_in_brackets_before_the_copula(text):
    assert lives(text) == [("birth_date", "Mira Castellan", "1950-05-12")]


def test_near_miss_a_place_and_date_in_brackets_before_another_verb():
    # a bracketed place and date before another verb dates an event, not a birth
    assert lives("Mira Castellan (Trento, 12 maggio 1950) vinse il premio.") == []


@pytest.mark.parametrize(
    "text",
    [
        # Dutch marks in brackets, the death's written out
        "Paul Vidal (geboren 3 mei 1900 in Leiden, overleden 4 juni 1980 in Delft) was een schilder.",
        # Finnish months, in the partitive a date writes them in
        "Paul Vidal (3. toukokuuta 1900 Turku – 4. kesäkuuta 1980 Helsinki) oli taidemaalari.",
    ],
)
def test_dutch_marks_and_finnish_months(text):
    assert lives(text) == [
        ("birth_date", "Paul Vidal", "1900-05-03"),
        ("death_date", "Paul Vidal", "1980-06-04"),
    ]


def test_near_miss_a_dutch_mark_of_another_s_death_outside_the_brackets():
    text = "Paul Vidal (geboren 3 mei 1900 in Leiden) schilderde; zijn vader is overleden in 1930."
    assert lives(text) == [("birth_date", "Paul Vidal", "1900-05-03")]
