"""References that program code holds in string literals (seeders, fixtures, configuration):
each literal read as a line of its own. And a prose reading that starts inside an author list
is no first author's. Invented code in the general form, with near-misses."""

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


def test_references_in_an_array_of_records():
    text = (
        "$examples = [\n"
        "    [\n"
        "        'source' => '1. Castellan M, Brandt T, Okafor L. Counting herons from low orbit "
        "with convolutional networks. Wetl Ecol. 2019;3:12-20.',\n"
        "        'type' => 'article',\n"
        "    ],\n"
        "    [\n"
        "        'source' => 'Lund, Per, Anna Varga, Ken Moe, Ann Poe et al. \"Reed beds as "
        "sediment traps in the delta.\" Journal of Pond Science 12, no. 3 (2020): 45-67.',\n"
        "        'type' => 'article',\n"
        "    ],\n"
        "];\n"
    )
    assert facts(text) == {
        ("Castellan", "Counting herons from low orbit with convolutional networks"),
        ("Lund", "Reed beds as sediment traps in the delta"),
    }


def test_near_miss_literals_that_hold_no_reference():
    text = (
        "$messages = [\n"
        "    'welcome' => 'Welcome back to the pond survey dashboard, please sign in.',\n"
        "    'error' => 'The heron count could not be saved. Try again in 2019.',\n"
        "];\n"
    )
    assert facts(text) == set()


def test_near_miss_prose_before_a_cited_title_is_no_author_list():
    # "Thus, " before the names is a clause's opening, not a co-author's
    text = 'Thus, in his 1931 article, "The Herons of the Delta", Castellan wrote that birds count.'
    assert ("Castellan", "The Herons of the Delta") in facts(text)
