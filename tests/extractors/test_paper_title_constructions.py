"""Bibliography layouts the paper_title extractor reads through its reference reader, and the
near-misses it must leave alone. Every input is invented, in the general form of its layout."""

import re
import time

import pytest

from extractors.base import select


def facts(text: str) -> list[tuple[str, str]]:
    return [(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)]


AWESOME_LIST = """\
* **Ponds at Dawn: Measuring Reed Growth with Sparse Sensors** Ashton Quarrel and Nell Pemberton
* **Sediment Maps for Shallow Lakes** Lio Okafor, Ines Varga and Tomas Brandt
* **Counting Herons from Low Orbit** Mira Castellan
"""

READING_LIST = """\
<ol>
  <li>"The Lantern Keeper's Daughter" by Orla Fennimore</li>
  <li>"Salt Roads" by Teodor Varkonyi</li>
  <li>"A Winter in Quillon" by Beatrix Lomond</li>
</ol>
"""

WRAPPED_NUMBERED = """\
References

1. Quarrel, A., & Pemberton, N. (2011). Ponds and their keepers in northern
   valleys. Journal of Pond Studies, 3(2), 1-9.
2. Okafor, L. (2014). Reed beds as sediment traps. Wetland Review, 8, 22-31.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            AWESOME_LIST,
            [
                ("Quarrel", "Ponds at Dawn: Measuring Reed Growth with Sparse Sensors"),
                ("Okafor", "Sediment Maps for Shallow Lakes"),
                ("Castellan", "Counting Herons from Low Orbit"),
            ],
        ),
        (
            READING_LIST,
            [
                ("Fennimore", "The Lantern Keeper's Daughter"),
                ("Varkonyi", "Salt Roads"),
                ("Lomond", "A Winter in Quillon"),
            ],
        ),
        (
            WRAPPED_NUMBERED,
            [
                ("Quarrel", "Ponds and their keepers in northern valleys"),
                ("Okafor", "Reed beds as sediment traps"),
            ],
        ),
    ],
)
def test_bibliography_layouts(text, expected):
    assert sorted(facts(text)) == sorted(expected)


def test_bibtex_corporate_author_and_et_al():
    text = (
        '@book{pond05,\n  author = "{Pond Research Council}",\n'
        '  title = "Opportunities in Pond Science",\n  year = "2005"\n}\n'
        "@article{reed20,\n  title = {Reed growth at scale},\n  author = {A. B. Quarrel et al.},\n}\n"
    )
    assert sorted(facts(text)) == [
        ("Pond Research Council", "Opportunities in Pond Science"),
        ("Quarrel", "Reed growth at scale"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # songs and paintings named with a possessive in prose are no papers
        'The service opened with Ella Brandt\'s "Harbour Lights" and closed with Tomas\'s "Salt".',
        'Among the prizes, Miles Quarrel\'s painting, "The Reed Bed," went to a museum.',
        # a lone capitalised phrase and a name in prose, without any mark of a reference
        "Ponds at Dawn, Ashton Quarrel said, would be the name of the boat.",
    ],
)
def test_not_papers(text):
    assert facts(text) == []


def test_possessive_title_in_academic_prose():
    text = (
        "Smoothing has a long history (Katz, 1987). Quarrel's “Reed Growth Models for Shallow "
        "Ponds” remains the standard comparison."
    )
    assert facts(text) == [("Quarrel", "Reed Growth Models for Shallow Ponds")]


PUBLICATION_LIST_WITH_BOLD_OWNER = """\
- Ashton Quarrel, **Nell Pemberton**, and Lio Okafor. "Sparse Reed Models for Shallow Ponds." In *Proceedings of the Pond Conference*, 2019.
- **Nell Pemberton** and Ines Varga. "Heron Counting at Scale." *Pond Journal* 12(3), 2020.
"""

VENUE_TAGGED_TITLES = """\
- **[PondConf 2019] Sparse Reed Models for Shallow Ponds** Ashton Quarrel, Nell Pemberton [[pdf]](https://example.org/a)
- **[ReedCon 2020] Heron Counting at Scale** Lio Okafor [[pdf]](https://example.org/b)
- **[PondConf 2021] Learning Pond Dynamics from Sparse Sensors** Mira Castellan [[pdf]](https://example.org/c)
"""


def test_publication_list_first_author_before_the_bold_owner():
    assert facts(PUBLICATION_LIST_WITH_BOLD_OWNER) == [
        ("Quarrel", "Sparse Reed Models for Shallow Ponds"),
        ("Pemberton", "Heron Counting at Scale"),
    ]


def test_bracketed_venue_tag_is_neither_title_nor_author():
    assert facts(VENUE_TAGGED_TITLES) == [
        ("Quarrel", "Sparse Reed Models for Shallow Ponds"),
        ("Okafor", "Heron Counting at Scale"),
        ("Castellan", "Learning Pond Dynamics from Sparse Sensors"),
    ]


def test_changelog_credits_are_no_papers():
    changelog = (
        "- Fixed a crash when reading empty files (#123). Thanks to Ashton Quarrel.\n"
        "- Added support for Python 3.12 by Lio Okafor (2023).\n"
        "- Improved docs, by Mira Castellan et al.\n"
    )
    assert facts(changelog) == []


def test_licence_and_feature_lists_are_no_papers():
    features = (
        "- **Fast** reading of Parquet files by Arrow\n"
        "- **Simple** configuration with TOML by default\n"
        "- Support for pretrained **word vectors** and embeddings\n"
    )
    assert facts(features) == []


def test_sentence_start_is_not_after_an_initial():
    # inside a long author list, "Nell C. Varga, Lio Okafor, ..." is no entry of its own
    text = (
        "'source' => '[13 Quarrel, Ashton B., Ines Tan, Nell C. Varga, Lio Okafor, Mira "
        'Castellan et al. "Reed counts in shallow ponds." Pond Journal 9, no. 3 (2010): 3-9.'
    )
    assert all(subject != "Varga" for subject, _ in facts(text))


@pytest.mark.parametrize(
    "entry",
    [
        "> Quarrel AB, Okafor L. Reed counts in shallow ponds. Pond J. 2020 Mar;38(3):276-278.",
        "Quarrel, A. Reed counts in shallow ponds. doi: 10.1234/pond.5678",
        "H. Quarrel, *The Theory of Shallow Ponds* (Oxford, 2002).",
        ".. [Qua02]\n    A. Quarrel, *Shallow Ponds*",
        "* **Reed Counts in Shallow Ponds** Ashton Quarrel and Lio Okafor",
        "\\bibitem{q02} A.~Quarrel, \\newblock Shallow ponds.",
    ],
)
def test_triggers_let_reference_entries_through(entry):
    pattern = re.compile(select(["paper_title"])[0].trigger_pattern, re.IGNORECASE)
    assert pattern.search(entry)


def test_trigger_leaves_plain_prose_alone():
    pattern = re.compile(select(["paper_title"])[0].trigger_pattern, re.IGNORECASE)
    assert not pattern.search("We walked to the pond and counted herons until dusk.")


@pytest.mark.parametrize(
    "text",
    [
        "A-" * 40 + " (2019). Reed counts in shallow ponds.",
        "Quarrel, A.-" * 40 + ' "Reed counts."',
        "- **" * 200 + "\n" + "1. " * 300,
    ],
)
def test_pathological_entries_are_read_fast(text):
    started = time.perf_counter()
    facts(text)
    assert time.perf_counter() - started < 5.0
