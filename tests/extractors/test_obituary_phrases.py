"""Deaths in obituaries' set phrases: "went to be with the Lord", "passed from this life",
"entered into eternal rest", "lost her battle with cancer", and a newspaper's death notice
("ROE, Jane (née Smith). Peacefully on D, at Leeds, aged 84"), or with the verb and no subject
("ROE, Jane. Passed away at home on D", "… Died suddenly on D"). Invented text in the general
form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def deaths(text):
    found = Extraction(select(["death_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_an_obituarys_set_phrases():
    for phrase in (
        "went to be with the Lord",
        "passed from this life",
        "entered into eternal rest",
        "lost her battle with cancer",
        "lost her long battle with breast cancer",
    ):
        assert deaths(f"Ilse Marten {phrase} on May 3, 2020.") == [("Ilse Marten", "2020-05-03")]


def test_near_miss_a_battle_that_is_no_illness():
    assert deaths("Ilse Marten lost her battle with the council over parking on May 3, 2020.") == []


def test_a_newspapers_death_notice():
    assert deaths("MARTEN, Ilse (née Brenner). Peacefully on May 3, 2020, at Leeds, aged 84.") == [
        ("Ilse MARTEN", "2020-05-03")
    ]
    assert deaths("BRENNER Tomas Karl. Suddenly at home on Sunday 3 May 2020, aged 70.") == [
        ("Tomas Karl BRENNER", "2020-05-03")
    ]


def test_near_miss_a_dateline_before_peacefully():
    assert deaths("LYON, France. Peacefully on 3 May 2020 the protests ended.") == []


def test_a_notices_age_and_town_before_the_verb_without_a_comma():
    assert deaths("Ilse Marten, age 84, of Leeds passed away on Sunday, May 3, 2020.") == [
        ("Ilse Marten", "2020-05-03")
    ]
    assert deaths("Ilse Marten, aged 84, of Leeds died May 3, 2020.") == [
        ("Ilse Marten", "2020-05-03")
    ]


def test_near_miss_a_town_whose_other_resident_died():
    # the apposition ends at the town; "whose" leaves the death to someone else
    assert deaths("Ilse Marten, age 84, of Leeds whose husband died May 3, 2020, spoke.") == []


def test_pronounced_dead():
    assert deaths("Ilse Marten was pronounced dead on May 3, 2020.") == [
        ("Ilse Marten", "2020-05-03")
    ]


def test_near_miss_a_ruling_pronounced_on_a_date():
    assert deaths("Ilse Marten was pronounced guilty on May 3, 2020.") == []


def test_a_notices_death_before_the_name_is_read_in_the_whole_pipeline():
    # (these phrases held no trigger of the pre-filter: their text was never read)
    assert deaths("The death occurred on 3 May 2020 of Ilse Marten, late of Mill Lane.") == [
        ("Ilse Marten", "2020-05-03")
    ]
    assert deaths(
        "Members noted with regret the death on 3 May 2020 of former Alderman Ilse Marten."
    ) == [("Ilse Marten", "2020-05-03")]
    assert deaths("We mourn the passing on Sunday, May 3, 2020 of our beloved Ilse Marten.") == [
        ("Ilse Marten", "2020-05-03")
    ]


def test_near_miss_a_death_before_someone_elses():
    assert deaths("The death on 3 May 2020 of the dog of Ilse Marten saddened the street.") == []


def test_a_passing_as_a_possessives_noun_and_a_dated_opening_with_my():
    assert deaths("Ilse Marten's passing on May 3, 2020 was noted by the board.") == [
        ("Ilse Marten", "2020-05-03")
    ]
    assert deaths("On Sunday, May 3, 2020, my dear friend Ilse Marten passed away.") == [
        ("Ilse Marten", "2020-05-03")
    ]


def test_near_miss_a_passing_of_a_thing():
    assert deaths("Ilse Marten's passing on May 3, 2020 of the ball won the match.") == []


def test_passed_before_the_manner_of_the_death():
    text = "Piet Vos, 84, of Otley, passed peacefully at home surrounded by family on May 3, 2020."
    assert deaths(text) == [("Piet Vos", "2020-05-03")]


def test_a_notice_s_manner_of_death_under_its_heading_line():
    assert deaths("VOS, Ruth\nSuddenly at home in Otley on 3 May 2020, aged 84.\n") == [
        ("Ruth VOS", "2020-05-03")
    ]
    text = "Piet Vos, 84, of Otley. Peacefully, at Otley General Hospital, on 3 May 2020."
    assert deaths(text) == [("Piet Vos", "2020-05-03")]


def test_a_notice_s_family_name_that_is_also_a_town_s():
    assert deaths("HALE, Thomas. Peacefully on 3rd May 2020, aged 84.") == [
        ("Thomas HALE", "2020-05-03")
    ]


def test_near_miss_the_manner_of_something_else_after_no_person():
    assert deaths("The Otley Herons won 3-1. Peacefully on 3 May 2020 the river rose.") == []
    assert deaths("Piet Vos met Ken Moe. Peacefully on 3 May 2020, the river rose.") == []


def test_a_notice_heading_then_the_verb_without_its_subject():
    text = (
        "VARGA, Ilse Maria (née Brandt). Passed away at home in Sopron on Tuesday, "
        "4 March 2014, aged 91.\nHALE, Thomas. Died suddenly on 2 May 2015.\n"
    )
    found = Extraction(select(["death_date"])).facts(text)
    assert sorted((f.subject, f.value) for f in found) == [
        ("Ilse Maria VARGA", "2014-03-04"),
        ("Thomas HALE", "2015-05-02"),
    ]


def test_near_miss_a_datelines_place_before_the_verb():
    found = Extraction(select(["death_date"])).facts("PARIS, France. Died on 2 May 2015.")
    assert list(found) == []
