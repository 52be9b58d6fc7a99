"""Whose birth a clause states where the name before its verb is no subject: a name coordinated
inside another's "daughter of …" (the text wrapped before it), and a name in capitals with
"ST." inside; a term of office in parentheses before "as the new …"; an order's rank after the
name ("Ana Lund, Cavaliere di Gran Croce OMRI (…)"); and an obituary's
"took his last breath on". Invented texts in each construction's general form, with
near-misses."""

from extractors.base import select


def facts(text: str) -> set[tuple[str, str, str]]:
    return {
        (f.relation, f.subject, f.value)
        for e in select(["birth_date", "death_date"])
        for f in e.extract(text)
    }


def test_near_miss_a_parent_named_in_the_daughters_apposition():
    text = (
        "Ana Lund, the eldest daughter of the Duke of Kent and\n"
        "Maria Roe of Naples, was born the 12th December, 1791. Her stature was small.\n"
    )
    assert ("birth_date", "Maria Roe", "1791-12-12") not in facts(text)


def test_a_name_after_and_in_a_clause_of_its_own():
    text = "But the governor of Ohio ignored the plea and Ken Moe was executed on March 3, 1999."
    assert facts(text) == {("death_date", "Ken Moe", "1999-03-03")}


def test_a_name_in_capitals_with_st():
    text = (
        "HENRY ST. CLAIR, who became Viscount of Leeds in 1712, was born on the 1st of "
        "October, 1678."
    )
    assert facts(text) == {("birth_date", "HENRY ST. CLAIR", "1678-10-01")}


def test_near_miss_a_street_in_capitals_before_a_sentence():
    text = "We walked down MAIN ST. Ken Moe was born on 3 May 1950 in Leeds."
    assert facts(text) == {("birth_date", "Ken Moe", "1950-05-03")}


def test_a_last_breath_taken_on_a_date():
    assert facts("Ken Moe took his last breath on November 17, 2019.") == {
        ("death_date", "Ken Moe", "2019-11-17")
    }
    assert facts("Ana Roe drew her final breath on 17 November 2019 at home.") == {
        ("death_date", "Ana Roe", "2019-11-17")
    }


def test_near_miss_a_last_breath_of_something_or_a_deep_breath():
    assert facts("Ken Moe took his last breath of mountain air on 17 November 2019.") == set()
    assert facts("Ken Moe took a deep breath on 17 November 2019 and jumped.") == set()


def test_near_miss_a_term_of_office_in_parentheses():
    text = (
        "The minister appointed Ken Lund (27–28 May 1942) and Kurt Moe (28 May 1942 – 14 "
        "October 1943) as the new acting governors."
    )
    assert facts(text) == set()


def test_a_life_span_with_its_words_before_as():
    text = "Kurt Moe (born 28 May 1902 – died 14 October 1943) as a young man lived in Leeds."
    assert facts(text) == {
        ("birth_date", "Kurt Moe", "1902-05-28"),
        ("death_date", "Kurt Moe", "1943-10-14"),
    }


def test_an_orders_rank_after_the_name_and_a_comma():
    text = (
        "Ana Lund, Cavaliere di Gran Croce OMRI (29 September 1912 – 30 July 2007), was an "
        "Italian film director.\n"
        "Ken Moe, Knight Commander of the Order of Leeds (28 March 1942 – 3 May 2010) was a "
        "politician.\n"
    )
    assert facts(text) == {
        ("birth_date", "Ana Lund", "1912-09-29"),
        ("death_date", "Ana Lund", "2007-07-30"),
        ("birth_date", "Ken Moe", "1942-03-28"),
        ("death_date", "Ken Moe", "2010-05-03"),
    }


def test_title_of_rank_after_the_name_is_no_inverted_name():
    # "Ana Lund, Baroness Lund (…)": the name in natural order, then her title of rank
    text = "Ana Lund, Baroness Lund (12 May 1901 – 3 June 1980) was a British politician."
    assert facts(text) == {
        ("birth_date", "Ana Lund", "1901-05-12"),
        ("death_date", "Ana Lund", "1980-06-03"),
    }
    assert facts("Per Varga, Viscount Brandt (12 May 1901 – 3 June 1980) was a peer.") == {
        ("birth_date", "Per Varga", "1901-05-12"),
        ("death_date", "Per Varga", "1980-06-03"),
    }


def test_near_miss_an_inverted_name_keeps_its_given_names():
    assert facts("LUND, Ana Maria (12 May 1901 – 3 June 1980), painter.") == {
        ("birth_date", "Ana Maria LUND", "1901-05-12"),
        ("death_date", "Ana Maria LUND", "1980-06-03"),
    }


def test_role_or_relative_before_a_given_name_is_no_part_of_the_name():
    assert facts("Essayist Ana Lund died on 3 June 1980 in Oslo.") == {
        ("death_date", "Ana Lund", "1980-06-03")
    }
    assert facts("Grandma Ana passed away on 3 June 1980.") == {("death_date", "Ana", "1980-06-03")}


def test_near_miss_a_role_word_before_a_word_that_is_no_given_name():
    # a role word before a word that is no given name stays: no description to strip
    from extractors.persons import person_name

    assert person_name("Drummer Boy Lund") == "Drummer Boy Lund"
