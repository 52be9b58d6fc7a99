"""Lists whose lines are whole entries without years or list markers (extractors.paper_title,
``_line_list_entries``): invented lists in each layout, with near-misses."""

import time

from extractors.base import select


def facts(text: str) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in select(["paper_title"])[0].extract(text)}


TITLE_THEN_AUTHORS = (
    "Counting Herons from Low Orbit. Mira Castellan, et al.\n"
    "Reed Beds as Sediment Traps. Lio Okafor and Tomas Brandt.\n"
    "Wading Birds. Peter Lund.\n"
    "A Census of Pond Snails in Winter. Anna Varga, Tomas Brandt, et al.\n"
)


def test_title_then_authors_lines():
    assert facts(TITLE_THEN_AUTHORS) >= {
        ("Castellan", "Counting Herons from Low Orbit"),
        ("Okafor", "Reed Beds as Sediment Traps"),
        ("Lund", "Wading Birds"),
        ("Varga", "A Census of Pond Snails in Winter"),
    }


def test_near_miss_sayings_with_their_speakers():
    # a list of quotations, each with one speaker: no co-authors, no "et al."
    text = (
        "Patience is the art of hoping. Mira Castellan.\n"
        "The pond remembers every stone. Lio Okafor.\n"
        "Small steps make long roads. Peter Lund.\n"
    )
    assert facts(text) == set()


def test_near_miss_two_lines_are_no_list():
    # the layout shows only where three lines share it
    text = "Notes.\nPond Work in Winter. Mira Castellan, et al.\nSnow Days. Lio Okafor, et al.\n"
    assert facts(text) == set()


AUTHORS_COLON_TITLE = (
    "| Peter Lund: Counting Herons from Low Orbit\n"
    "| Accessed 2020-03-01 from\n| https://example.org/herons.pdf\n\n"
    "| Okafor & Brandt: Reed Beds as Sediment Traps\n| Pond Review, Volume 3\n\n"
    "| Varga, Anna: Winter Surveys of Pond Snails. Snail Notes 12.\n"
)


def test_authors_colon_title_lines():
    assert facts(AUTHORS_COLON_TITLE) >= {
        ("Lund", "Counting Herons from Low Orbit"),
        ("Okafor", "Reed Beds as Sediment Traps"),
        ("Varga", "Winter Surveys of Pond Snails"),
    }


def test_near_miss_a_transcript_and_field_labels():
    text = (
        "Peter Lund: thanks for having me on the show today.\n"
        "Anna Varga: it is a pleasure to talk about herons.\n"
        "Peter Lund: where should we start?\n"
        "Born: May 17, 1941, in Butte\nDied: October 30, 1968, in Chicago\n"
        "Tokyo: Capital of Modern Japan\nKyoto: Capital of Old Japan\n"
    )
    assert facts(text) == set()


def test_long_lines_of_names_stay_fast():
    line = "Word. " + "Mira Castellan, " * 40 + "x\n"
    started = time.perf_counter()
    facts(line * 200)
    assert time.perf_counter() - started < 5


def test_near_miss_name_pairs_without_a_mark_of_a_reference():
    # stages of periods, a glossary: "Name: Name" lines with no year, link or DOI near
    text = (
        "Late Pennsylvanian: Kasimovian Stage\nMiddle Pennsylvanian: Moscovian Stage\n"
        "Early Pennsylvanian: Bashkirian Stage\n"
    )
    assert facts(text) == set()


def test_near_miss_sentence_openers_company_suffixes_and_dialogue():
    assert facts('However, Mira Castellan, in her "Letter From The Pond" of 1980, wrote.') == set()
    assert (
        facts('said the chairman of Brandt Holdings Inc. "But the firm is in good shape."') == set()
    )
    assert (
        facts('Replied Okafor, "O friend of the herons, the wise say: look at the pond."') == set()
    )


def test_near_miss_speech_plays_signatures_and_possessives():
    # a signature's quip, a play's lines, a contact line, an owner's possessive
    assert (
        facts(
            "Ada Quarrel, Reed Institute\n\"Sorry, I can't take you out tonight, I've got "
            'to go back to the lab." -- R. Quarrel, 2019\n'
        )
        == set()
    )
    assert facts("DIANA. Has the mail gone?\nMIRA. Tell Mrs. Okafor I shall dine alone.\n") == set()
    assert facts("[1] L. Okafor. Pond Research e-mail: okafor@example.org, 2019.\n") == set()


def test_a_dated_entry_may_speak():
    text = (
        "Castellan, M. (2011). Teaching what you don't know. Pond Press.\n"
        "Lund, P. (2020). Reed beds as sediment traps. Pond Science, 12, 1-9.\n"
    )
    assert ("Castellan", "Teaching what you don't know") in facts(text)
