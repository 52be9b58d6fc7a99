"""Knowledge-graph triples written the other ways datasets and prompts serialise them: one a
line (maybe a list item) with arrows, commas or colons between the parts, each part in angle
brackets, a record with head/relation/tail or subject/predicate/object keys, and a bar-parted
line followed by another (each line its own triple). Invented text in the general form of
each, with near-misses: a line that goes on after the date, a part that is no name."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


BOTH = [("birth_date", "Nils Ekdahl", "1931-03-12"), ("death_date", "Nils Ekdahl", "1999-11-02")]


def test_list_items_with_commas_between_the_parts():
    text = (
        "- Nils Ekdahl, date of birth, 12 March 1931\n- Nils Ekdahl, date of death, 2 November 1999"
    )
    assert life(text) == BOTH


def test_lines_with_arrows_between_the_parts():
    text = "Nils Ekdahl -> date of birth -> 12 March 1931\nNils Ekdahl → died → 2 November 1999\n"
    assert life(text) == BOTH


def test_each_part_in_angle_brackets():
    text = "<Nils Ekdahl> <date of birth> <12 March 1931>\n<Nils Ekdahl> <date of death> <2 November 1999>"
    assert life(text) == BOTH


def test_consecutive_bar_parted_lines():
    text = (
        "Nils Ekdahl | date of birth | 12 March 1931\nNils Ekdahl | date of death | 2 November 1999"
    )
    assert life(text) == BOTH


def test_records_under_head_relation_tail_keys():
    text = (
        '[{"head": "Nils Ekdahl", "relation": "date of birth", "tail": "12 March 1931"},\n'
        ' {"subject": "Nils Ekdahl", "predicate": "date of death", "object": "2 November 1999"}]'
    )
    assert life(text) == BOTH


def test_near_miss_a_line_that_goes_on_after_the_date():
    assert life("Nils Ekdahl, date of birth, 12 March 1931, as the parish register gives it") == []


def test_near_miss_a_first_part_that_is_no_name():
    assert life("The first, date of birth, 12 March 1931") == []


def test_bar_parted_triples_parted_by_semicolons_on_one_line():
    text = "Nils Ekdahl | date of birth | 12 March 1931 ; Ada Berg | date of death | 2 May 1990"
    assert life(text) == [
        ("birth_date", "Nils Ekdahl", "1931-03-12"),
        ("death_date", "Ada Berg", "1990-05-02"),
    ]


def test_born_on_and_died_on_as_predicates():
    text = "(Nils Ekdahl; born on; 12 March 1931)\n(Nils Ekdahl; died on; 2 November 1999)"
    assert life(text) == BOTH


def test_near_miss_a_name_heading_a_line_past_a_semicolon():
    # the death field belongs to the record after the semicolon, which names nobody
    assert life("Nils Ekdahl | painter ; date of death | 2 November 1999") == []


def test_a_date_of_death_triple_among_others_on_a_line():
    text = (
        "Knowledge Triples: (Harbour Lights, director, Tomas Brandt); (Tomas Brandt, mother, "
        "Anna Quist); (Anna Quist, date of death, 23 June 2014)"
    )
    assert life(text) == [("death_date", "Anna Quist", "2014-06-23")]


def test_a_triple_whose_parts_are_labelled():
    text = "<head entity: Anna Quist; relation: date of birth; tail entity: September 21, 1957>"
    assert life(text) == [("birth_date", "Anna Quist", "1957-09-21")]


def test_near_miss_a_labelled_triple_of_another_relation():
    text = "<head entity: Anna Quist; relation: place of birth; tail entity: Malmö>"
    assert life(text) == []


def test_predicates_written_as_identifiers_with_underscores():
    text = (
        '{"subject": "Nils Ekdahl", "relation": "date_of_birth", "object": "1931-03-12"}\n'
        '{"subject": "Nils Ekdahl", "relation": "date_of_death", "object": "1999-11-02"}\n'
    )
    assert life(text) == BOTH


def test_a_capital_in_a_record_under_subject_relation_object_keys():
    text = (
        '{"subject": "Ghana", "relation": "capital", "object": "Accra"}\n'
        '{"head": "Accra", "relation": "capital_of", "tail": "Ghana"}\n'
    )
    found = Extraction(select(["capital"])).facts(text)
    assert [(f.subject, f.value) for f in found] == [("Ghana", "Accra"), ("Ghana", "Accra")]


def test_near_miss_a_record_of_another_relation_or_no_place():
    text = (
        '{"subject": "Ghana", "relation": "currency", "object": "Cedi"}\n'
        '{"subject": "Nils Ekdahl", "relation": "capital", "object": "Accra"}\n'
    )
    assert Extraction(select(["capital"])).facts(text) == []
