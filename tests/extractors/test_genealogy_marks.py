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


def test_a_descendant_charts_numbered_lines_with_b_and_d_colons():
    text = (
        "1 Tomas Brandt b: 3 May 1850 d: 9 Jun 1911\n"
        "  +Lena Okafor b: 4 Apr 1855 d: 1 Jan 1930\n"
        "    2 Paul Brandt b: 7 Jul 1880\n"
    )
    found = {(f.relation, f.subject, f.value) for f in Extraction(select(None)).facts(text)}
    assert found == {
        ("birth_date", "Tomas Brandt", "1850-05-03"),
        ("death_date", "Tomas Brandt", "1911-06-09"),
        ("birth_date", "Lena Okafor", "1855-04-04"),
        ("death_date", "Lena Okafor", "1930-01-01"),
        ("birth_date", "Paul Brandt", "1880-07-07"),
    }


def test_near_miss_a_label_with_b_colon_is_no_person():
    text = "Total b: 12 Mar 1860 and more\nNote d: see 5 Jun 1920 records"
    assert Extraction(select(None)).facts(text) == []
