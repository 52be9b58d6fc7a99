"""Dates, names, titles and the matching key, against hand-written expectations."""

import pytest

from extractors.normalize import clean_name, clean_title, match_key, parse_date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("14 March 1879", "1879-03-14"),
        ("March 14, 1879", "1879-03-14"),
        ("March 14 1879", "1879-03-14"),
        ("14 Mar. 1879", "1879-03-14"),
        ("21 Sept. 1990", "1990-09-21"),
        ("Sept. 21, 1990", "1990-09-21"),
        ("March 14th, 1943", "1943-03-14"),
        ("the 2nd of April 1851", "1851-04-02"),
        ("1879-03-14", "1879-03-14"),
        ("14.03.1879", "1879-03-14"),  # 14 cannot be a month: day first
        ("03/14/1879", "1879-03-14"),  # 14 cannot be a month: month first
        ("29 February 2000", "2000-02-29"),  # a leap year
        ("5 May 812", "0812-05-05"),
    ],
)
def test_dates_are_normalised_to_iso(written, iso):
    assert parse_date(written) == iso


@pytest.mark.parametrize(
    "written",
    [
        "03/04/1879",  # day-month order cannot be told: never guessed
        "04.03.1879",
        "29 February 1900",  # not a leap year
        "31 April 1900",
        "March 1879",  # no day
        "14 March",  # no year
        "1879",
        "Smarch 14, 1879",
    ],
)
def test_dates_that_are_not_full_valid_unambiguous_dates_are_refused(written):
    assert parse_date(written) is None


def test_names_lose_honorifics_and_nicknames_but_keep_their_case():
    assert clean_name("Sir Isaac Newton") == "Isaac Newton"
    assert clean_name("Dr. Sione  Tupou") == "Sione Tupou"
    assert clean_name('Edward "Duke" Ellington') == "Edward Ellington"
    assert clean_name("Martin Luther King Jr.") == "Martin Luther King Jr."


def test_titles_lose_quotes_braces_and_the_final_full_stop_but_not_a_question_mark():
    assert clean_title("“Attention is all you need.”") == "Attention is all you need"
    assert clean_title("{{GLOSS}: Pre-training of sparse multilingual encoders}") == (
        "GLOSS: Pre-training of sparse multilingual encoders"
    )
    assert (
        clean_title('"Language Models as Knowledge Bases?"')
        == "Language Models as Knowledge Bases?"
    )
    assert clean_title("Going deeper with convolutions,") == "Going deeper with convolutions"


def test_match_key_folds_what_the_guidelines_say_carries_no_meaning():
    # NFKC (the ligature "ﬁ"), case, white space, leading "the ", quotes, trailing punctuation.
    assert match_key("  The  Netherlands ") == match_key("netherlands")
    assert match_key("“Attention Is All You Need.”") == match_key("attention is all you need")
    assert match_key("Eﬃcient ﬁne-tuning") == "efficient fine-tuning"
    assert match_key("Paris") != match_key("Parish")


def test_clean_title_drops_markdown_link_targets_and_escapes():
    from extractors.normalize import clean_title

    # a quoted link whose target the entry reader left after the words
    assert clean_title("[Counting Herons: Data and Its Uses](https://example.org/a/b),") == (
        "Counting Herons: Data and Its Uses"
    )
    assert clean_title("Counting herons](https://example.org/cut-off-targ") == "Counting herons"
    assert clean_title("Reed \\[Bed\\] Studies") == "Reed [Bed] Studies"
    # near-miss: brackets that are no link stay
    assert clean_title("Counting [Grey] Herons") == "Counting [Grey] Herons"


def test_clean_title_drops_a_status_note_at_its_end():
    from extractors.normalize import clean_title

    assert clean_title("Counting Herons from Orbit (Under review).") == "Counting Herons from Orbit"
    assert clean_title("Reed Beds as Traps (Tool Paper)") == "Reed Beds as Traps"
    assert clean_title("Reed beds and ponds [in German]") == "Reed beds and ponds"
    # the year of the edition a reading list cites
    assert clean_title("Les hérons des marais (1952 ed.)") == "Les hérons des marais"
    # near-miss: a bracket that belongs to the title stays (a year alone too)
    assert clean_title("The floods of 1952 (1953)") == "The floods of 1952 (1953)"
    assert (
        clean_title("Yields of barley (Hordeum vulgare).") == "Yields of barley (Hordeum vulgare)"
    )
    assert clean_title("A (WIP) note on herons") == "A (WIP) note on herons"


def test_clean_title_drops_a_latex_line_break_at_its_end():
    from extractors.normalize import clean_title

    assert clean_title("Counting herons in $B$ ponds}\\\\") == "Counting herons in $B$ ponds"
    # near-miss: a backslash inside a title stays
    assert clean_title("Sets A \\ B of herons") == "Sets A \\ B of herons"


def test_clean_title_reads_latex_escapes_and_keeps_a_closing_bracket_it_opened():
    from extractors.normalize import clean_title

    assert clean_title("Returns \\& Simulacra") == "Returns & Simulacra"
    assert clean_title("Growth by 50\\% a Year.") == "Growth by 50% a Year"
    assert clean_title("Phase Synthesis [XXI VII].") == "Phase Synthesis [XXI VII]"
    # near-miss: brackets that enclose the whole title go
    assert clean_title("[Phase Synthesis]") == "Phase Synthesis"


def test_a_title_wrapped_at_a_real_hyphen_keeps_it():
    from extractors.normalize import join_wrapped_words

    # a word split by the wrap is joined (the guidelines' "bidi- rectional" -> "bidirectional")
    assert join_wrapped_words("Deep bidi-\nrectional parsing") == "Deep bidirectional parsing"
    # a compound's second part, or "self", after the hyphen: the wrap fell on a real hyphen
    assert join_wrapped_words("Attention-\nbased parsing") == "Attention-based parsing"
    assert join_wrapped_words("Fine- grained typing") == "Fine-grained typing"
    assert join_wrapped_words("Self- supervised tagging") == "Self-supervised tagging"
    # near-miss: a hyphen before "and" is a suspended compound, left as written
    assert join_wrapped_words("pre- and post-war") == "pre- and post-war"


def test_a_volume_after_a_full_stop_or_in_roman_numerals_is_cut():
    assert clean_title("A History of Letters. vol.V") == "A History of Letters"
    assert clean_title("Studies in Optics, vol. 2") == "Studies in Optics"
    # near-miss: a volume written out is the title's own
    assert clean_title("Essays, Volume 2") == "Essays, Volume 2"


def test_a_count_of_volumes_after_the_title_is_cut():
    # a publisher's catalogue: "Author.—Title. 2 vols. 12mo. cloth"
    assert clean_title("Letters from the Coast. 2 vols.") == "Letters from the Coast"
    assert clean_title("Sketches of Travel. 1 vol") == "Sketches of Travel"
    # near-miss: a count inside the title, after a comma but followed by more words
    assert clean_title("Ten Poems, 3 Vols Lost") == "Ten Poems, 3 Vols Lost"


def test_clean_title_drops_a_dash_left_before_the_authors():
    # "Title — Ana Roe": the dash parts the title from its authors; a hyphen inside stays
    assert clean_title("Counting Herons from Low Orbit —") == "Counting Herons from Low Orbit"
    assert clean_title("Counting Herons -") == "Counting Herons"
    assert clean_title("Low-Orbit Herons") == "Low-Orbit Herons"
    # a rule of dashes under a heading is no parting dash: the title stays as read (and is
    # then refused as no title)
    assert clean_title("Names Method -----").endswith("-----")


def test_clean_title_drops_apa_notes_on_the_work():
    assert clean_title("Pondcount (Version 2.1) [Computer software].") == "Pondcount"
    assert clean_title("Reed beds [Data set]") == "Reed beds"
    assert clean_title("Notes on [Data] structures") == "Notes on [Data] structures"


def test_clean_title_drops_the_medium_in_brackets():
    # Harvard's "[Online]", Vancouver's "[Internet]" and "[dissertation]" name the medium
    assert clean_title("Reed beds as sediment traps [Online].") == "Reed beds as sediment traps"
    assert clean_title("Reed beds [Internet]") == "Reed beds"
    assert clean_title("Notes on [online] learning") == "Notes on [online] learning"
