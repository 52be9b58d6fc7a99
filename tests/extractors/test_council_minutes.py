"""Deaths as council minutes record them: a list of deaths with each date in brackets ("the
deaths of former Councillors Ken Moe (12 May 2019) and Jane Roe (4 June 2019)"), an office
alone before the name's apposition ("Former Lord Mayor, Councillor Jane Roe, died on …": the
office names nobody), "Honorary Alderman" before a name, a role apposed to a name before "who
died" ("Name, the former Clerk, who died …": the name's), and a role alone as the subject names
nobody. Invented text in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.persons import person_name


def deaths(text):
    found = Extraction(select(["death_date"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_a_list_of_deaths_each_dated_in_brackets():
    text = (
        "The Chair reported with regret the deaths of former Councillors Piet Vos (12 May 2019),"
        " Olga Brandt (3 March 2019) and Ruth Kemp (4 June 2019)."
    )
    assert deaths(text) == [
        ("Olga Brandt", "2019-03-03"),
        ("Piet Vos", "2019-05-12"),
        ("Ruth Kemp", "2019-06-04"),
    ]


def test_near_miss_deaths_of_an_organisation_dated():
    assert deaths("The deaths of the Heron Society (12 May 2019) members were noted.") == []


def test_an_office_alone_names_nobody_its_apposition_does():
    text = "Former Lord Mayor, Councillor Ruth Kemp, died on 4th June 2019."
    assert deaths(text) == [("Ruth Kemp", "2019-06-04")]


def test_honorary_before_a_rank():
    text = "The Mayor reported that Honorary Alderman Ruth Kemp had passed away on 4 June 2019."
    assert deaths(text) == [("Ruth Kemp", "2019-06-04")]


def test_offices_alone_are_no_names_but_a_rank_may_be():
    assert person_name("Lord Mayor") is None
    assert person_name("Councillor") is None
    assert person_name("Prince") == "Prince"  # the musician's whole name


def test_a_councillors_abbreviated_or_qualified_rank_is_dropped():
    assert deaths("The Council noted the passing of Cllr Jane Roe on 3 May 2020.") == [
        ("Jane Roe", "2020-05-03")
    ]
    assert deaths("The Clerk reported that Parish Councillor Ken Moe died on 3 May 2020.") == [
        ("Ken Moe", "2020-05-03")
    ]
    # near-miss: a family name alone after the rank is the name as written
    assert person_name("Councillor Roe") == "Roe"


def test_a_council_s_staff_role_before_the_name_is_no_part_of_it():
    text = "It was noted with regret that former Clerk Olga Brandt died on 3 March 2021."
    assert deaths(text) == [("Olga Brandt", "2021-03-03")]
    assert person_name("Treasurer Piet Vos") == "Piet Vos"


def test_near_miss_a_staff_role_before_a_street_is_no_person():
    assert person_name("Clerk Street") != "Street"


def test_a_role_apposed_to_the_name_before_who_died():
    text = "Members remembered Piet Vos, the former Clerk, who died on 12 May 2019."
    assert deaths(text) == [("Piet Vos", "2019-05-12")]


def test_near_miss_a_role_alone_as_the_subject_names_nobody():
    assert deaths("The Clerk died on 12 May 2019.") == []
    assert deaths("Our Treasurer died on 12 May 2019.") == []


def test_the_date_before_a_role_in_lower_case_and_the_name():
    text = "Members noted with regret the death on 4 June 2019 of former councillor Ruth Kemp."
    assert deaths(text) == [("Ruth Kemp", "2019-06-04")]


def test_near_miss_the_date_before_a_relative_of_the_name():
    # the role's own "of" names someone else: the wife's death, not Ruth Kemp's
    assert deaths("Members noted the death on 4 June 2019 of the wife of Ruth Kemp.") == []
