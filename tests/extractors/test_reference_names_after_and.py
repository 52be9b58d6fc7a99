"""An inverted first author, then "and" and the last author in natural order, as Chicago's and
MLA's bibliographies name two authors ("Roe, Ana, and Priya Vale. Title. Oslo: Press, 2011."):
the second name is no part of the title, where its given name is one the labeller did not
learn; so is a lone inverted name with such a given name ("Lund, Per. Title. London: Press,
2016."), which the labeller read into the title. Near-misses: a run after such an "and" that
holds no person's name stays as read; a lone entry so read is not confident enough alone.
Invented entries in the general form."""

from auditor.extraction import Extraction
from extractors.base import select
from extractors.references.labeller import _names_after_inverted_and
from extractors.references.tokens import token_spans


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return sorted((f.subject, f.value) for f in found)


def test_the_last_author_after_and_is_no_part_of_the_title():
    text = (
        "Bibliography\n"
        "Moreland, Karl, and Priya Anand. Sparse Routing for Lattice Networks. Boston: "
        "Lattice Press, 2011.\n"
        "Ostrava, Lena. Adaptive Queue Sizing in Mesh Switches. New York: Mesh Books, 2014.\n"
        "Haverty, John, and Ben Moe. On the Stability of Greedy Schedulers. Chicago: Greedy "
        "House, 1999.\n"
    )
    assert papers(text) == [
        ("Haverty", "On the Stability of Greedy Schedulers"),
        ("Moreland", "Sparse Routing for Lattice Networks"),
        ("Ostrava", "Adaptive Queue Sizing in Mesh Switches"),
    ]


def test_near_miss_words_after_and_that_name_no_one_stay_in_the_title():
    text = "Moreland, Karl, and the sea. Sparse Routing for Lattice Networks. Boston, 2011."
    spans = token_spans(text)
    # the labeller's runs as they would be: "Moreland, Karl," the names, the rest a title
    author_run, title_run = (0, 2), (2, len(spans))
    assert _names_after_inverted_and(text, spans, author_run, title_run) is None


def test_a_given_name_and_family_name_after_and_move_to_the_names():
    text = "Moreland, Karl, and Priya Anand. Sparse Routing for Lattice Networks. Boston, 2011."
    spans = token_spans(text)
    after = _names_after_inverted_and(text, spans, (0, 2), (2, 10))
    assert after is not None
    assert text[spans[after[0]][0] : spans[after[1] - 1][1]] == (
        "Sparse Routing for Lattice Networks."
    )


def test_a_lone_inverted_name_with_an_unlearned_given_name_closes_at_its_stop():
    text = (
        "Bibliography\n"
        "Lund, Per. Buffer Tuning at the Edge. London: Edge Press, 2016.\n"
        "Vale, Priya. Salt Roads and Their Keepers. Oslo: Reed Press, 2001.\n"
    )
    assert papers(text) == [
        ("Lund", "Buffer Tuning at the Edge"),
        ("Vale", "Salt Roads and Their Keepers"),
    ]


def test_near_miss_such_an_entry_alone_is_no_reading():
    assert papers("Lund, Per. Buffer Tuning at the Edge. London: Edge Press, 2016.\n") == []


def test_iso_690_names_in_capitals_close_at_their_stop():
    # family names in capitals, parted by semicolons, given names the labeller did not learn
    text = (
        "Bibliography\n"
        "OKONKWO, Chidi; MOE, Dag; LUND, Per. Sediment plumes after spring floods. Hydrology "
        "Review, 2004, 31, 1-20.\n"
        "OSTRAVA, Lena; BELL, Tom; KIM, Rae. Adaptive queue sizing in mesh switches. Computer "
        "Networks, 2014, 8, 101-109.\n"
    )
    assert papers(text) == [
        ("OKONKWO", "Sediment plumes after spring floods"),
        ("OSTRAVA", "Adaptive queue sizing in mesh switches"),
    ]
