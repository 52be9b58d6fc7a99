"""Records whose birth and death fields are labelled in another language ("Geboren:",
"Date de décès :", "Overleden:"), in plain text and in HTML whose markup wraps the label, and
a genealogy's marks ("* 3. Mai 1900 in Köln, † 4. Juni 1980 in Bonn", the star only with the
cross after it: alone it may be a list's bullet). Invented text in the general form of each,
with near-misses."""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def both(name, born, died):
    return [("birth_date", name, born), ("death_date", name, died)]


def test_german_labels_wrapped_in_markup():
    text = (
        '<div class="person">Greta Albers</div>\n'
        "<p><strong>Geboren:</strong> 7. März 1911</p>\n"
        "<p><strong>Gestorben:</strong> 2. Oktober 1987</p>\n"
    )
    assert life(text) == both("Greta Albers", "1911-03-07", "1987-10-02")


def test_french_labels_with_a_space_before_the_colon():
    text = "Nom : Odile Perrin\nDate de naissance : 7 mars 1911\nDate de décès : 2 octobre 1987\n"
    assert life(text) == both("Odile Perrin", "1911-03-07", "1987-10-02")


def test_dutch_labels_under_a_name_line():
    text = "Hendrik Mol\nGeboren: 7 maart 1911\nOverleden: 2 oktober 1987\n"
    assert life(text) == both("Hendrik Mol", "1911-03-07", "1987-10-02")


def test_a_genealogy_line_with_star_and_cross():
    text = "<h2>Greta Albers</h2>\n<p>* 7. März 1911 in Kiel, † 2. Oktober 1987 in Lübeck</p>"
    assert life(text) == both("Greta Albers", "1911-03-07", "1987-10-02")


def test_star_and_cross_on_consecutive_lines():
    text = "Hendrik Mol\n* 7 March 1911, Delft\n† 2 October 1987, Leiden\n"
    assert life(text) == both("Hendrik Mol", "1911-03-07", "1987-10-02")


def test_near_miss_a_bullet_star_before_a_date():
    assert life("Hendrik Mol\n* 7 March 1911: the bridge at Delft opened\n") == []
