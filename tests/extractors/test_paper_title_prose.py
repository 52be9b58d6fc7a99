"""Prose that the paper_title extractor must not read as bibliography entries (dialogue,
news datelines, encyclopaedic paragraphs, a name with a generational suffix), each beside a
near-miss that must still be read. Every input is invented."""

from extractors.base import select
from extractors.references.reader import _DATELINE


def facts(text: str) -> list[tuple[str, str]]:
    return [(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)]


DIALOGUE = """\
He had not slept for two nights, and the room was cold.

“And what if the door is locked after all,”
 he said suddenly.

“She is a stranger to us all,” thought Vellacourt.

“I beg you to stop there,” said Vellacourt. “In any case this is
unforgivable.”

“Well, that is all very well,” muttered Vellacourt. “Do you know, I
keep thinking about it.”

"You may go now," said Marlowe.

"He has been warned," said Marlowe.

"Write it all down, sergeant," said Brannock.

"Eat first yourself," said Brannock.
"""


NUMBERED_LIST = """\
References

1. Vellacourt, P. (2011). The river before morning: sediment transport in braided channels.
Journal of Fluvial Studies, 14(2), 101-119.
2. Ormsby, K., & Thessaly, R. (2015). Lamps and lanterns: a history of street lighting.
Urban History Review, 9, 33-58.
3. Quarrington, L. (2019). Night carriages in provincial towns. Transport Past, 3(1), 5-22.
"""


def test_dialogue_lines_are_no_entries() -> None:
    assert facts(DIALOGUE) == []


def test_reference_list_still_read() -> None:
    found = dict(facts(NUMBERED_LIST))
    assert found["Vellacourt"].startswith("The river before morning")
    assert found["Ormsby"].startswith("Lamps and lanterns")
    assert found["Quarrington"] == "Night carriages in provincial towns"


def test_news_dateline_reads_as_prose() -> None:
    line = "TALVERN, Ostland, April 9 - Regional officials view with concern a plan"
    assert _DATELINE.match(line)
    assert _DATELINE.match("BRAMFORD, March 4 - The statistics office said on Monday")
    # near-miss: an entry whose authors are written in capitals
    assert not _DATELINE.match("QUELLAN, L. and MARROW, I. 1998. Harbour pilots. Coastal Press.")


PARAGRAPHS = """\
The Harbour Guild (1802–1899) was a guild of pilots in the northern ports.
Through Haldane, Corvin met the painter Ilse Marrow and the poet Tomas Reeve, in whom he found \
further support. Encouraged by the enthusiasm of local collectors, Corvin gave a selection of \
his bronzes to the city in 1911.
After a series of less successful roles, including "The Glass Orchard", the remake of a 1931 \
play of the same name, she moved back to her home town of Bramley to work in regional theatre. \
Returning to the capital in 1984, she took to the stage in a tour of "Winter Hours" by Jean Quill.
"""

ANNOTATED_LIST = """\
Further reading

- Marrow, I. (1998). The bronze foundries of the northern coast. Coastal Arts Press.
- Reeve, T. (2003). Patrons and sculptors, 1880-1914. Journal of Art History, 22(4), 310-334.
- Haldane, C. and Corvin, A. (2010). Casting in sand and wax. Foundry Quarterly, 7, 1-19.
"""


def test_encyclopaedic_paragraphs_are_no_entries() -> None:
    assert facts(PARAGRAPHS) == []


def test_further_reading_still_read() -> None:
    found = dict(facts(ANNOTATED_LIST))
    assert found["Marrow"] == "The bronze foundries of the northern coast"
    assert found["Reeve"].startswith("Patrons and sculptors")
    assert found["Haldane"] == "Casting in sand and wax"


SUFFIX = """\
Dalton R. Ostrander, Jr. has estimated that the canal cost about 4 billion (2010 dollars) \
through early 2010; the average cost per mile was about 20 million.
"""

VANCOUVER = """\
1. Ostrander DR, Pell J. Canal costs in the nineteenth century. J Transp Hist. 2010;12:44-59.
"""


def test_name_with_suffix_is_no_title() -> None:
    assert facts(SUFFIX) == []


def test_vancouver_entry_still_read() -> None:
    assert ("Ostrander", "Canal costs in the nineteenth century") in facts(VANCOUVER)


FILMS = """\
She appeared in Dana Quill's "Winter Hours" (1983) and in Otto Brenn's "The Salt Road" \
(1986), as well as in several television films.
"""

ACADEMIC = """\
Later work built on Brenn's "Measuring salt transport in tidal creeks", which extended the \
model of Quill et al. (2004) to mixed sediments.
"""


def test_possessive_title_dated_like_a_film_is_no_paper() -> None:
    assert facts(FILMS) == []


def test_possessive_title_with_a_citation_still_read() -> None:
    assert ("Brenn", "Measuring salt transport in tidal creeks") in facts(ACADEMIC)


PAIRING = """\
The fourth pairing of Arden and Holt, "Midnight Ferry", was released in the spring of 2009.
"""

PAIRED_AUTHORS = """\
As Arden and Holt (2009) showed in "Tidal mixing in narrow estuaries", the plume thins fast.
"""


def test_two_names_before_a_quoted_film_are_no_authors() -> None:
    assert facts(PAIRING) == []


def test_two_authors_with_a_year_still_read() -> None:
    assert ("Arden", "Tidal mixing in narrow estuaries") in facts(PAIRED_AUTHORS)


def test_near_miss_a_studys_kind_or_a_linking_adverb_is_no_author():
    # the kind of study, or a sentence's adverb before a possessive, names no first author
    assert (
        facts(
            'Experimental Double-blind Study, "The effect of herons on pond snails" J. Pond Res. 10:1-9 (1987).'
        )
        == []
    )
    assert facts('It sold well. Likewise, Moe\'s "Counting Herons" (2007) drew a crowd.') == []


def test_near_miss_a_pronoun_or_an_articles_kind_is_no_author():
    text = (
        'Two teachers reflect on it in the article "Does It Matter When Teachers Teach Herons?" '
        'They conclude that "despite decades of work, little has changed" in schools.'
    )
    assert facts(text) == []
    assert (
        facts('Review Article, "Magnesium in the treatment of pond snails" J. Pond Res. 1:2.') == []
    )


def test_he_is_a_family_name_too():
    text = "He, K., Lund, X., Varga, S. (2016). Counting herons from low orbit with deep networks. In Proc. Wetl."
    assert facts(text) == [("He", "Counting herons from low orbit with deep networks")]
