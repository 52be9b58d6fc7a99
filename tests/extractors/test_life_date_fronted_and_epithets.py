"""Life dates in constructions of encyclopedic prose: a sentence fronted by its date whose
subject carries a relative clause or an age ("On D, Jane Roe, who had played Ann since 1969,
died …"), an hour before the day ("At 9:50 a.m. on D, Roe suddenly died"); a ruler's epithet
after the given name, bare or in the quotes a dump leaves for italics ("Otto the Bearded, Duke
of Swabia (…)", 'Otto "the Bearded" (…)'); a maiden name after a comma ("Jane Roe, née Lee
(…)"); a pronoun continuing a sentence whose name follows a fronted phrase of time ("By 1801,
Jane Roe had … She died …", "After Ana's death, Roe …"), by the pronoun's gender. Invented
sentences in the general form of each, with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def facts(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_fronted_date_then_a_name_with_a_relative_clause():
    text = (
        "On 4 May 2011, Ingrid Halvorsen, who had sung with the choir since 1960, died in Bergen."
    )
    assert facts(text) == [("death_date", "Ingrid Halvorsen", "2011-05-04")]


def test_a_fronted_date_then_a_name_with_an_age():
    text = "On 4 May 2011, Ingrid Halvorsen, aged 88, passed away at home."
    assert facts(text) == [("death_date", "Ingrid Halvorsen", "2011-05-04")]


def test_near_miss_a_relative_clause_that_holds_the_death():
    # "whose": the clause is about someone else; and the name's own verb is no death
    text = "On 4 May 2011, Ingrid Halvorsen, whose brother died in 1990, opened the museum."
    assert facts(text) == []


def test_an_hour_before_the_fronted_date_and_a_manner_adverb():
    text = "At 6:15 a.m. on 9 March 1881, Halvorsen suddenly died."
    assert facts(text) == [("death_date", "Halvorsen", "1881-03-09")]


def test_a_ruler_s_epithet_after_the_given_name():
    text = "Otto the Bearded, Duke of Swabia (3 May 1301 – 9 June 1360), ruled for forty years."
    assert facts(text) == [
        ("birth_date", "Otto the Bearded", "1301-05-03"),
        ("death_date", "Otto the Bearded", "1360-06-09"),
    ]


def test_a_ruler_s_epithet_in_quotes_before_a_life_span_with_places():
    text = 'Otto "the Brave", Duke of Swabia (Ulm, 3 May 1301 – Speyer, 9 June 1360), ruled.'
    assert facts(text) == [
        ("birth_date", 'Otto "the Brave"', "1301-05-03"),
        ("death_date", 'Otto "the Brave"', "1360-06-09"),
    ]


def test_near_miss_a_noun_after_the_is_no_epithet():
    # "the Editor" is a role, not an epithet: the name is not read as "Jane the Editor"
    text = "Jane the Editor (born 3 May 1990) writes a column."
    assert ("birth_date", "Jane the Editor", "1990-05-03") not in facts(text)


def test_a_maiden_name_after_a_comma_before_the_life_span():
    text = "Kari Moe, née Lund (3 May 1931 – 9 June 2010), was a weaver."
    assert facts(text) == [
        ("birth_date", "Kari Moe", "1931-05-03"),
        ("death_date", "Kari Moe", "2010-06-09"),
    ]


def test_a_pronoun_continues_a_sentence_that_opened_with_a_role_and_a_name():
    # the last person a sentence was about is the one the pronoun continues, not the page's
    text = (
        "Ingrid Halvorsen (3 May 1901 – 9 June 1980) was a Norwegian minister. "
        "Her successor Kari Lund promised reforms, but she could not prevent a defeat. "
        "The party lost the election. She died suddenly on 2 April 1993."
    )
    assert ("death_date", "Kari Lund", "1993-04-02") in facts(text)
    assert ("death_date", "Ingrid Halvorsen", "1993-04-02") not in facts(text)


def test_a_plural_possessor_opening_the_sentence_is_no_subject_of_the_death():
    text = (
        "The Halvorsens' second son, Per Halvorsen, was born on 4 April 1853, and died of a "
        "fever at the age of 18 on 16 July 1871."
    )
    assert facts(text) == [
        ("birth_date", "Per Halvorsen", "1853-04-04"),
        ("death_date", "Per Halvorsen", "1871-07-16"),
    ]


def test_near_miss_born_and_died_with_the_death_s_cause_in_another_sentence():
    text = (
        "Per Moe was born on 4 April 1853. He died of a fever. On 16 July 1871 the farm was sold."
    )
    assert ("death_date", "Per Moe", "1871-07-16") not in facts(text)


def test_a_list_of_children_each_with_a_birth():
    text = "They had two sons: Per, born in 1945, and Ole, born on 4 February 1949."
    assert facts(text) == [("birth_date", "Ole", "1949-02-04")]


def test_a_pronoun_continues_a_sentence_whose_name_follows_a_fronted_year():
    text = (
        "By 1801, Kasper Holm had become too ill to write. He died on the morning of "
        "6 February 1804, aged seventy."
    )
    assert facts(text) == [("death_date", "Kasper Holm", "1804-02-06")]


def test_a_pronoun_continues_a_sentence_whose_name_follows_a_fronted_event():
    text = (
        "Kasper Holm was a potter in Ribe. Ada Lund ran the shop. After Ada's death, Holm sold "
        "the kiln. He died on 6 February 1804."
    )
    assert facts(text) == [("death_date", "Kasper Holm", "1804-02-06")]


def test_near_miss_the_name_after_a_fronted_year_is_of_another_gender_than_the_pronoun():
    # Maria Lund opens the sentence, but "He" is the man named after her
    text = "By 1801, Maria Lund had taken over the shop of Kasper Holm. He died on 6 February 1804."
    assert facts(text) == [("death_date", "Kasper Holm", "1804-02-06")]
