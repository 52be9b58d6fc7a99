"""Life dates in prose wrapped at a width (a mail, a hard-wrapped page, a PDF's text), where the
wrap parts a clause: "Born on May 3, 1921, in Bergen, Halvorsen\\nstudied …". The clause is
read with its lines joined, and its subject is the name it writes (the guidelines: the name as
the clause writes it, even a bare family name), not the person the page opened with. Near-miss:
a field line ("Died D, Place (aged\\n35 …)") read with its lines joined keeps the name of its
block, which only the text around it gives. Invented text in the general form of each."""

from auditor.extraction import Extraction
from extractors.base import select


def facts(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def test_a_fronted_birth_whose_subject_ends_the_line():
    text = (
        "- Ingrid Halvorsen, a name synonymous with the cello in Norway, was one of\n"
        "the most admired players of her generation and a teacher to many of them.\n"
        "Born on May 3, 1921, in Bergen, Norway, to a family of fishermen, Halvorsen\n"
        "studied in Oslo and Paris before joining the national orchestra in 1946.\n"
    )
    assert facts(text) == [("birth_date", "Halvorsen", "1921-05-03")]


def test_near_miss_a_wrapped_field_line_keeps_its_blocks_name():
    text = (
        "Francis Ford led his side to a great win by an innings and forty runs, and\n"
        "playing again the next summer, he helped the county to win by seven wickets.\n"
        "\n"
        "Thomas Gale Brown (1869-1904)\n"
        "\n"
        "Full name Thomas Gale Brown\n"
        "Born August 20, 1869, Malton, Yorkshire\n"
        "Died November 4, 1904, Chelsea, Kensington, London, England (aged\n"
        "35 years 76 days), buried at Brompton beside Francis Ford, his old captain\n"
    )
    assert facts(text) == [
        ("birth_date", "Thomas Gale Brown", "1869-08-20"),
        ("death_date", "Thomas Gale Brown", "1904-11-04"),
    ]
