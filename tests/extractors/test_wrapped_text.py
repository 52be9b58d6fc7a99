"""Text hard-wrapped at a width (books, mailing lists, plain-text exports): a statement that
runs over a line break is read as if the line were joined; lists, tables and records keep their
lines. Invented text, with near-misses."""

import pytest

from auditor.extraction import Extraction
from extractors.base import select
from extractors.layout import unwrapped_view


def facts(text):
    return sorted((f.relation, f.subject, f.value) for f in Extraction(select(None)).facts(text))


PROSE = (
    "The valley was settled late, and for a long time its only road followed the river\n"
    "down to the coast, where the ferries left twice a week for the islands in summer.\n"
    "Travellers who reach the coast today find that Tórshavn is the capital of the\n"
    "Faroe Islands, a town of painted houses around a small and busy harbour, and that\n"
    "the poet Janus Djurhuus, who was born on 26 February 1881 in the village of\n"
    "Sandavágur, is remembered there with a stone near the old church on the hill.\n"
)


def test_statements_over_wrapped_lines():
    assert facts(PROSE) == [
        ("birth_date", "Janus Djurhuus", "1881-02-26"),
        ("capital", "Faroe Islands", "Tórshavn"),
    ]


def test_a_field_label_that_ends_a_wrapped_line():
    text = (
        "Rosalind Vane was the singer of a band that had two hits in the summer of 1967.\n"
        "Rosalind Vane Born: June 13, 1943, in Dayton, Ohio, a river town Died:\n"
        "March 13, 1991, in Tucson, Arizona, after a short illness, aged forty-seven.\n"
        "Her records were reissued in 2004 and are still played on the radio today.\n"
    )
    assert ("death_date", "Rosalind Vane", "1991-03-13") in facts(text)


def test_a_paper_named_in_wrapped_prose():
    text = (
        "The dialects of the islands were long thought to have vanished with the old farms,\n"
        'but in their 2017 paper "Norn Words in the Speech of the Northern Isles", Joensen\n'
        "et al. showed that many words of the old language still live on among fishermen,\n"
        "and their list has since grown with every summer of work on the outer islands.\n"
    )
    assert ("paper_title", "Joensen", "Norn Words in the Speech of the Northern Isles") in facts(
        text
    )


def test_the_joined_view_keeps_offsets_and_lists():
    view = unwrapped_view(PROSE)
    assert view is not None and len(view) == len(PROSE)
    assert "capital of the Faroe Islands" in view
    # a list's lines and a record's fields stay apart
    listing = (
        "Norway | capital Oslo | calling code +47 | drives on the right | krone, NOK\n"
        "Sweden | capital Stockholm | calling code +46 | drives on the right | krona\n"
        "Iceland | capital Reykjavik | calling code +354 | drives on the right | krona\n"
    )
    assert unwrapped_view(listing) is None
    record = (
        "- authors: Elin Joensen, Pauli Hansen, Mikkjal Olsen, and Rannva Dam Jacobsen\n"
        "  title: A survey of the grammar of island dialects in the northern seas\n"
        "  venue: Journal of Island Studies, with notes on the history of the texts\n"
    )
    view = unwrapped_view(record)
    assert view is None or "\n  title:" in view


@pytest.mark.parametrize(
    "text",
    [
        # a nickname in quotes inside a name in a wrapped list of players is no title
        "The old team was John Smoltz, Tom Glavine, Dale Murphy, Bruce Sutter, Pete\n"
        'Smith, Rick Mahler, Jim Acker, Jim "Break on Through" Morrison, Ron Gant and\n'
        "Andres Thomas, and everybody in the town could name every one of them back then.\n",
        # ... nor in a list of names of one line after another
        "\tAnn Roe, Ken Moe, German Lind, Dale Marsh, Bruce Tamm, Pete Sand, Rick Mahl,\n"
        'Jim Acker, Jim "Break on Through" Morrow, Ron Gent, Ozzie "The Aeneid" Vigil,\n'
        "Lonnie Smith, Jerry Royce.\n",
        # short lines: no width, nothing joined ("Died" ends a column's header)
        "Name | Born | Died\nAnn Roe | 3 May 1901 | 4 June 1980\n",
    ],
)
def test_near_misses(text):
    assert [f for f in facts(text) if f[0] == "paper_title"] == []


def test_an_inline_list_of_regions_and_capitals_wrapped_at_a_width():
    # pairs cut at the width (72 here): inside a region's name, after a dash, before a dash;
    # each break is where the next word would not have fitted
    text = (
        "The provinces and their capitals, as the ministry lists them this year:\n"
        "Aragon - Zaragoza, Asturias - Oviedo, Cantabria - Santander, Castile and\n"
        "Leon - Valladolid, Catalonia - Barcelona, Extremadura - Merida, Galicia\n"
        "- Santiago de Compostela, La Rioja - Logrono, Murcia - Murcia, Navarre -\n"
        "Pamplona, Balearic Islands - Palma, Valencia - Valencia, Andalusia -\n"
        "Seville.\n"
    )
    found = [f for f in facts(text) if f[0] == "capital"]
    assert ("capital", "Castile and Leon", "Valladolid") in found
    assert ("capital", "Galicia", "Santiago de Compostela") in found
    assert ("capital", "Navarre", "Pamplona") in found
    assert ("capital", "Andalusia", "Seville") in found


def test_near_miss_lines_ended_on_purpose_are_not_joined():
    # lines of a wrapped width, but after each break there would have been room for the next
    # line's first word: the breaks are the writer's, not a width's
    text = (
        "Notes from the meeting of the regional board in the town hall\n"
        "Budget approved after a long discussion of the roads\n"
        "Capital works on the harbour postponed until the survey\n"
        "Next meeting set for the first Monday of the month here\n"
        "Minutes taken by the secretary and read aloud at the end of the meeting.\n"
    )
    view = unwrapped_view(text)
    assert view is None or view.count("\n") == text.count("\n")


def test_a_name_the_wrap_parted_is_read_whole():
    # textwrap's fill at 60 columns put the given name on the line above the family name
    text = (
        "The harbour was rebuilt after the war by a team of engineers\n"
        "who had learnt the trade on the northern coast, and the survey\n"
        "that guided them was begun by a young woman from the town. Ingrid\n"
        "Dahlberg was born on 12 May 1931 in Tórshavn and died on 3 June\n"
        "2010 in Copenhagen, long after the harbour had been finished.\n"
    )
    assert facts(text) == [
        ("birth_date", "Ingrid Dahlberg", "1931-05-12"),
        ("death_date", "Ingrid Dahlberg", "2010-06-03"),
    ]


def test_a_bracket_pushed_over_to_the_next_line_is_joined():
    # "(12" did not fit on the line above: the wrap put it under the name
    line = "and the survey that guided them was begun by a young woman. Dahlberg"
    assert len(line) + 1 + len("(12") > max(len(line), 70)
    text = (
        "The harbour was rebuilt after the war by a team of engineers who had\n"
        "learnt the trade on the northern coast, far from the busy capital,\n"
        f"{line}\n"
        "(12 May 1931 – 3 June 2010) is remembered with a stone by the quay.\n"
    )
    view = unwrapped_view(text)
    assert view is not None and "Dahlberg (12 May" in view


def test_near_miss_a_heading_that_ends_on_a_name_above_a_full_name():
    # the line above a full name ends on a given name: a page's trail, not a wrap
    text = (
        "Oral History Project of the Northern Coast › People › Ingrid\n"
        "Hedda Dahlberg (12 May 1931 – 3 June 2010) was a Faroese engineer.\n"
    )
    assert [fact[1] for fact in facts(text)] == ["Hedda Dahlberg", "Hedda Dahlberg"]


def test_a_line_past_the_width_does_not_set_the_width():
    # wrapped at 65; a link's address that no wrap could break runs to 86: the width is the
    # prose's, and the date wrapped before its year is joined
    text = (
        "See https://example.org/a-very-long-address/that-did-not-break/at-all/notes.html\n"
        "Ingrid Halvorsen grew up on a farm high above the fjord and went\n"
        "to school in the town below, walking nearly an hour each way in\n"
        "winter. Her brother, the painter Per Halvorsen, was born on 3 May\n"
        "1931 in Bergen and studied in Oslo before he moved abroad to\n"
        "Paris, where he lived for the rest of his long working life.\n"
    )
    joined = unwrapped_view(text)
    assert joined is not None
    assert "born on 3 May 1931" in joined
