"""A genealogy's marks for a life's two events under the person's name ("* 3. Mai 1900 in
Köln, † 4. Juni 1980 in Bonn"), in plain text and in HTML, on one line or two; the star only
with the cross after it, since alone it may be a list's bullet. Invented text in the general
form of each, with a near-miss.

(Field labels in other languages, "Geboren:", "Date de décès :", were tried and dropped: on the
check part one such field was read with a wrong fact and none gained.)"""

from auditor.extraction import Extraction
from extractors.base import select


def life(text):
    found = Extraction(select(["birth_date", "death_date"])).facts(text)
    return sorted((f.relation, f.subject, f.value) for f in found)


def both(name, born, died):
    return [("birth_date", name, born), ("death_date", name, died)]


def test_a_genealogy_line_with_star_and_cross():
    text = "<h2>Greta Albers</h2>\n<p>* 7. März 1911 in Kiel, † 2. Oktober 1987 in Lübeck</p>"
    assert life(text) == both("Greta Albers", "1911-03-07", "1987-10-02")


def test_star_and_cross_on_consecutive_lines():
    text = "Hendrik Mol\n* 7 March 1911, Delft\n† 2 October 1987, Leiden\n"
    assert life(text) == both("Hendrik Mol", "1911-03-07", "1987-10-02")


def test_near_miss_a_bullet_star_before_a_date():
    assert life("Hendrik Mol\n* 7 March 1911: the bridge at Delft opened\n") == []
