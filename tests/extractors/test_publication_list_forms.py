"""Publication lists in documentation formats: reStructuredText's linked titles ("Ana Roe, Ken
Moe. `Title <url>`_. Venue (2021)") and the plain "Names. Title. Venue (Year)" form they leave,
entries of a Markdown definition list under their BibTeX keys ("[roe20]\\n: Ana Roe. …"), and
a near-miss: a byline or a sentence that the labeller cut into a "title" ending on a word that
needs what follows it; a title, its authors and its venue with the year each set off by a dash
("Title — A. Roe — Venue, 2018"), the first author the name after the title, no venue's word.
Invented text in the general form of each."""

from auditor.extraction import Extraction
from extractors.base import select


def papers(text):
    found = Extraction(select(["paper_title"])).facts(text)
    return [(f.subject, f.value) for f in found]


def test_restructuredtext_linked_titles_in_a_publication_list():
    text = (
        "Publications\n============\n\n"
        "- Ana Roe, Ken Moe. `Counting herons from orbit <https://arxiv.org/abs/2101.00001>`_."
        " arXiv:2101.00001 (2021)\n"
        "- Paul Quill. `Wetland mapping with radar <https://arxiv.org/abs/2103.00003>`_."
        " Remote Sensing (2022)\n"
    )
    assert papers(text) == [
        ("Roe", "Counting herons from orbit"),
        ("Quill", "Wetland mapping with radar"),
    ]


def test_names_title_venue_and_the_year_last():
    text = (
        "Papers\n\n- Ana Roe, Ken Moe. Counting herons from orbit. NeurIPS (2021)\n"
        "- Paul Quill. Wetland mapping with radar. Remote Sensing (2022)\n"
    )
    assert papers(text) == [
        ("Roe", "Counting herons from orbit"),
        ("Quill", "Wetland mapping with radar"),
    ]


def test_near_miss_sentences_with_a_year_last_are_no_list():
    text = "- Ana Roe left. Ken Moe stayed. The end came (2021)\n- Paul said so. Bye now (2022)\n"
    assert papers(text) == []


def test_definition_list_entries_under_their_bibtex_keys():
    text = (
        '[roe20]\n: Ana Roe, Ken Moe. "Counting herons from orbit." _KDD_ (2020).\n\n'
        '[quill21]\n: Paul Quill. "Wetland mapping with radar." _arXiv_ (2021).\n'
    )
    assert papers(text) == [
        ("Roe", "Counting herons from orbit"),
        ("Quill", "Wetland mapping with radar"),
    ]


def test_near_miss_a_byline_among_entries_is_no_reference():
    text = (
        "References\n\n"
        "1. Ana Roe and Ken Moe. 2020. Counting herons from orbit. In Proc. KDD. 1-10.\n"
        "2. Oct 16, 2025 by [Lena Hart](https://example.org/l) and [Ken Moe](https://example.org/k)\n"
    )
    assert papers(text) == [("Roe", "Counting herons from orbit")]


def test_a_quoted_two_word_title_in_sentence_case_is_set_off():
    text = (
        "References\n\n"
        '* Hart, Lena (2003). "Decoherence, einselection". In Moe, Ken (ed.). *Essays on'
        " physics*. Springer. pp. 1–20.\n"
        '* Roe, Ana (1958). "The heron counts". *Wetland Letters*. **11** (3): 45–67.\n'
    )
    assert sorted(papers(text)) == [
        ("Hart", "Decoherence, einselection"),
        ("Roe", "The heron counts"),
    ]


def test_near_miss_an_unquoted_two_word_phrase_in_sentence_case():
    text = "References\n\n* Hart, Lena (2003). Improved docs. Springer.\n"
    assert papers(text) == []


def test_a_first_author_whose_given_name_no_list_knows_among_known_co_authors():
    text = (
        "\\noindent\\emph{Patents}\n\n"
        "\\ind Techniques for discriminative heron counting (Acme). Slav Petrov, Alexander M."
        " Rush, 2015.\n\\medskip\n\n"
        "\\ind Efficient counting with structured reed cascades (Acme). Slav Petrov, Alexander"
        " M. Rush, 2013\n\\medskip\n"
    )
    assert papers(text) == [
        ("Petrov", "Techniques for discriminative heron counting"),
        ("Petrov", "Efficient counting with structured reed cascades"),
    ]


def test_a_paper_blog_s_title_with_its_authors_and_venue_tag():
    text = (
        "Counting herons from orbit\n\n"
        "Counting herons from orbit Roe et al., SOSP'19 Roe et al. won a best paper award this"
        " year for their work on counting birds.\n\n"
        "Reed bed dynamics Hart & Moe, NSDI’20 This paper looks at reeds.\n"
    )
    assert papers(text) == [
        ("Roe", "Counting herons from orbit"),
        ("Hart", "Reed bed dynamics"),
    ]


def test_near_miss_a_venue_tag_in_a_sentence():
    text = "I met him at SOSP'19 with Roe et al., and we talked about birds.\n"
    assert papers(text) == []


def test_faculty_news_a_person_published_a_title_in_a_dated_venue():
    text = (
        'Lena Hart published "Habits of the Marsh Body," Critique of Wetlands, December 2014.\n\n'
        'Ken Moe published "Counting herons from orbit" in Wetland Letters 12(3): 4-9.\n'
    )
    assert papers(text) == [
        ("Hart", "Habits of the Marsh Body"),
        ("Moe", "Counting herons from orbit"),
    ]


def test_near_miss_a_book_or_a_memoir_published_in_prose():
    text = (
        'Lena Hart published "My Summer," Penguin Books, London, 1998.\n\n'
        'Ken Moe published "Blue Morning," a memoir, in May.\n'
    )
    assert papers(text) == []


def test_a_paper_described_before_its_title_with_co_authors_between_commas():
    text = (
        "Lena Hart and Ken Moe, with two students, Ann Lee '14 and Bo Kim '13, wrote a paper"
        " which the Marsh Review took last spring, titled"
        ' "Counting herons from orbit."\n'
    )
    assert papers(text) == [("Hart", "Counting herons from orbit")]


def test_three_surnames_and_the_venue_s_acronym_with_the_year_before_a_quoted_title():
    text = (
        'The package implements methods of Hart, Moe, and Quill (JRSS-B, 2016) "Counting Herons'
        ' from Orbit", for testing whether counts vary.\n'
    )
    assert papers(text) == [("Hart", "Counting Herons from Orbit")]


def test_near_miss_places_and_a_month_before_a_quoted_name():
    text = 'We toured Paris, Lyon, and Nice (June 2016) "A Summer Trip" was the name.\n'
    assert papers(text) == []


def test_a_citation_in_a_program_s_comments_wrapped_over_comment_lines():
    text = (
        "#' Methods for counting birds\n#'\n"
        "#' Our functions follow the approach of Hart, Moe, and Quill\n"
        '#\' (JRSS-B, 2016) "Counting Herons from Orbit", for validly testing whether\n'
        "#' counts vary across marshes.\n"
    )
    assert papers(text) == [("Hart", "Counting Herons from Orbit")]


def test_encyclopedia_prose_on_a_paper_its_journal_and_its_author():
    text = (
        'In 1948, Lena Hart published "A Theory of Heron Counts" in the Marsh Technical Journal.'
        '\n\n"A Theory of Reed Beds" is an article by ecologist Ken Moe published in 1950.\n\n'
        'This repo implements the paper "Counting Herons from Orbit" (Roe et al., ICML 2019).\n'
    )
    assert sorted(papers(text)) == [
        ("Hart", "A Theory of Heron Counts"),
        ("Moe", "A Theory of Reed Beds"),
        ("Roe", "Counting Herons from Orbit"),
    ]


def test_near_miss_a_book_published_in_a_month_and_a_song_by_a_singer():
    text = (
        'Jim Carter published "Why Not the Best?" in June 1976 to introduce himself.\n\n'
        '"Blue Morning" is a song by singer Ana Roe.\n'
    )
    assert papers(text) == []


def test_near_miss_newswire_quotes_after_an_attribution():
    text = (
        "It suits problems with many variables, according to Ken Moe, analyst for\n"
        'Acme Research Group. "The more unpredictable things are, the\n'
        'more the machine will be appropriate," he said.\n\n'
        'Debt is too high, said Ann Roe of\nInterstate Securities. "We have been fiddling around'
        ' with these\nproblems for five years and the hour is growing late."\n'
    )
    assert papers(text) == []


def test_near_miss_an_editor_s_bracket_inside_a_quote_is_no_document_type():
    text = (
        'The band gave musicians the "sense that the door had swung open." He wrote, "The band'
        ' kick-started a thousand garage bands... [S]eeing them was a life-changing experience."\n'
    )
    assert papers(text) == []


def test_near_miss_a_narrator_s_turn_before_a_quoted_line():
    text = (
        "“I have served thee well,” said he.\nQuoth the\nCaliph, “Draw back yonder curtain, O"
        " my vizier.”\nAnswered Abu Hasan, “I have done nothing, nor know I of any crime.”\n"
    )
    assert papers(text) == []


def test_near_miss_a_painting_dated_by_its_month():
    text = (
        'His late works include "The Night Café" (1888), "Cafe Terrace at Night" (September'
        ' 1888) and "Wheat Field with Crows" (July 1890).\n'
    )
    assert papers(text) == []


def test_near_miss_a_possessive_title_among_films_and_stories():
    text = (
        'I still like other heist movies a little more (Jules Dassin\'s "Topkapi," for one).'
        " Critics (Roe, 1990) agree.\n\n"
        "It tied for the award for Best Short Story with R. A. Lafferty's \"Eurema's Dam.\""
        " Reviews (Moe, 1974) praised both.\n"
    )
    assert papers(text) == []


def test_a_possessive_title_with_a_citation_nearby_is_still_read():
    text = (
        "Kammen (1990) and Drake (2011) say Franklin's \"Observations on the Increase of Heron"
        ' Numbers" first showed the doubling.\n'
    )
    assert papers(text) == [("Franklin", "Observations on the Increase of Heron Numbers")]


def test_near_miss_songs_and_films_cited_like_papers():
    text = (
        'French songs like "La Zone" by Hart (1933), "Aux quatre coins de la banlieue" by Moe'
        ' (1936) and "Ma banlieue" by Roe (1937) sang the suburbs.\n'
    )
    assert papers(text) == []


def test_a_closed_book_task_is_no_book():
    text = (
        "Vance et al., in “How Many Herons Can a Marsh Hold?”, tuned a model for closed-book"
        " questions.\n"
    )
    assert papers(text) == [("Vance", "How Many Herons Can a Marsh Hold?")]


def test_words_of_books_in_the_next_sentence_govern_nothing():
    text = (
        'Roe et al. (2017), "Counting herons from orbit", is a good starting point. Visitors'
        " are advised to book tickets well in advance.\n"
    )
    assert papers(text) == [("Roe", "Counting herons from orbit")]


def test_near_miss_a_species_and_its_authority():
    text = (
        'The boundary is the first appearance of the trace fossil "Ichnus marshum" (Hartley,'
        " 1955) in the section.\n"
    )
    assert papers(text) == []


def test_a_two_word_title_in_sentence_case_is_no_species():
    text = 'The review "Heron counting" (Roe et al., 2015) summarised the field.\n'
    assert papers(text) == [("Roe", "Heron counting")]


def test_near_miss_a_quote_after_according_to_and_a_play_s_line():
    text = (
        'According to G. E. Hartley, "Goodness is a simple, undefinable property." (Hartley,'
        ' 1903)\n\nFIRST PEASANT. "You may win the field today," said he.\n'
    )
    assert papers(text) == []


def test_names_then_a_colon_before_the_title_as_dblp_lists_them():
    text = (
        "Conference Papers\n"
        "Tomas Brandt, Lena Okafor: Counting herons from orbit. ICML 2019: 1-8\n"
        "Paul Quill, Tomas Brandt: Wetland mapping: a survey of radar methods. NeurIPS 2018: 4-9\n"
    )
    assert sorted(papers(text)) == [
        ("Brandt", "Counting herons from orbit"),
        ("Quill", "Wetland mapping: a survey of radar methods"),
    ]


def test_near_miss_a_titles_head_before_a_colon_after_inverted_names():
    # "Deep Learning:" opens the title; no given name opens it
    text = (
        "References\n"
        "Brandt, T., Okafor, L., Deep Learning: A survey of heron counts. J. Birds 4, 1-8 (2019).\n"
        "Quill, P., Brandt, T., Radar Mapping: A review of methods. J. Birds 5, 9-18 (2020).\n"
    )
    assert sorted(papers(text)) == [
        ("Brandt", "Deep Learning: A survey of heron counts"),
        ("Quill", "Radar Mapping: A review of methods"),
    ]


def test_the_author_lists_last_name_is_no_title():
    # the labeller took "Lena Okafor." (after "Tomas Brandt,") for the title
    text = (
        "Preprints\n"
        "Paul Quill*, Tomas Brandt*. Counting herons from orbit. arXiv:1901.00001, 2019.\n"
        "Tomas Brandt, Lena Okafor. Wetland mapping with radar. arXiv:1801.00001, 2018.\n"
    )
    assert sorted(papers(text)) == [
        ("Brandt", "Wetland mapping with radar"),
        ("Quill", "Counting herons from orbit"),
    ]


def test_a_year_label_before_each_entry():
    for label in ("2019 –", "2019:", "(2019)"):
        text = (
            "Publications\n"
            f"{label} Brandt T, Okafor L. Counting herons from orbit. J Birds 12:1–8.\n"
            f"{label.replace('9', '8')} Quill P, Brandt T. Wetland mapping with radar. J Birds 4:45–67.\n"
        )
        assert sorted(papers(text)) == [
            ("Brandt", "Counting herons from orbit"),
            ("Quill", "Wetland mapping with radar"),
        ], label


def test_a_year_label_before_a_title_and_its_names():
    text = (
        "Publications\n"
        "(2019) Counting herons from orbit. Tomas Brandt, Lena Okafor. ICML.\n"
        "(2018) Wetland mapping with radar. Paul Quill and Tomas B. Brandt. NeurIPS.\n"
    )
    assert sorted(papers(text)) == [
        ("Brandt", "Counting herons from orbit"),
        ("Quill", "Wetland mapping with radar"),
    ]


def test_near_miss_a_sentence_after_a_title_that_names_no_people():
    text = (
        "Publications\n"
        "(2019) Counting herons from orbit. Handgun Regulations, Crime Rates. ICML.\n"
        "(2018) Wetland mapping with radar. Open Letter, Research Notes. NeurIPS.\n"
    )
    assert papers(text) == []


def test_a_venue_tag_before_a_title_and_its_names():
    text = (
        "Publications\n"
        "[ICML'19] Counting herons from orbit — Tomas Brandt, Lena Okafor\n"
        "[NeurIPS'18] Wetland mapping with radar — Paul Quill, Tomas Brandt\n"
    )
    assert sorted(papers(text)) == [
        ("Brandt", "Counting herons from orbit"),
        ("Quill", "Wetland mapping with radar"),
    ]


def test_entries_the_pre_filter_let_no_unit_read():
    # (each read by the extractor alone, but no trigger of the whole pipeline held them)
    acs = (
        "(1) Brandt, T.; Okafor, L. Counting Herons from Orbit. J. Pond Sci. 2019, 4, 11–19.\n"
        "(2) Quill, P.; Brandt, T. Wetland Mapping with Radar. J. Pond Sci. 2020, 12, 45–67.\n"
    )
    table = (
        "<table><tr><th>Paper</th><th>Authors</th></tr>\n"
        "<tr><td>Counting Herons from Orbit</td><td>T. Brandt, L. Okafor</td></tr>\n"
        "<tr><td>Wetland Mapping with Radar</td><td>Quill, P.; Brandt, T.</td></tr></table>"
    )
    session = (
        "Session 3: Wetlands\nCounting Herons from Orbit\nTomas Brandt and Lena Okafor\n"
        "Wetland Mapping with Radar\nPaul Quill and Tomas Brandt\n"
    )
    for text in (acs, table, session):
        assert sorted(papers(text)) == [
            ("Brandt", "Counting Herons from Orbit"),
            ("Quill", "Wetland Mapping with Radar"),
        ], text


def test_near_miss_a_years_figures_after_commas_in_prose():
    # a date and counts after commas, no entry
    text = "By March 2019, 4, then 11 teams had joined. Counting Herons from Orbit was the theme."
    assert papers(text) == []


ACCEPTED_TALKS = """## Accepted Talks

1. Counting Herons from Orbit with Small Satellites\\
   **Tomas Brandt**, Lena Okafor\\
   University of Aarhus
   <details><summary>Abstract</summary>We count herons from orbit.</details><br>

2. Wetland Mapping with Radar over Ten Winters\\
   **Paul Quill**, Tomas Brandt\\
   Pond Institute
   <details><summary>Abstract</summary>We map wetlands with radar.</details><br>
"""


def test_a_programmes_talks_with_collapsed_abstracts_between_them():
    assert sorted(papers(ACCEPTED_TALKS)) == [
        ("Brandt", "Counting Herons from Orbit with Small Satellites"),
        ("Quill", "Wetland Mapping with Radar over Ten Winters"),
    ]


def test_near_miss_a_heading_of_talks_over_a_list_of_speakers_only():
    text = "## Invited Talks\n\n1. **Tomas Brandt**, University of Aarhus\n2. **Paul Quill**, Pond Institute\n"
    assert papers(text) == []


def test_names_with_initials_after_the_title():
    # "Title. P. Lund, A. Varga. Venue, 2020.": initials before each family name mark the
    # sentence after the title as its authors, as known given names do
    text = (
        "Publications\n"
        "Counting herons from low orbit. M. Castellan, P. Lund, A. Varga. Journal of Pond "
        "Science, 2019.\n"
        "Reed beds as sediment traps: a field study. P. Lund, A. Varga. Pond Review, 2020.\n"
        "Winter surveys of pond snails. T. Brandt, A. Varga. Pond Review, 2021.\n"
    )
    assert sorted(papers(text)) == [
        ("Brandt", "Winter surveys of pond snails"),
        ("Castellan", "Counting herons from low orbit"),
        ("Lund", "Reed beds as sediment traps: a field study"),
    ]


def test_near_miss_abbreviated_bodies_after_the_title_are_no_names():
    text = (
        "Publications\n"
        "Counting herons from low orbit. M. Castellan, P. Lund. Journal of Pond Science, 2019.\n"
        "Reed beds as sediment traps. U.S. Army, N.Y. Press, 2020.\n"
    )
    assert sorted(papers(text)) == [("Castellan", "Counting herons from low orbit")]


def test_near_miss_a_journals_abbreviated_name_after_a_title_is_no_author():
    # a title set in emphasis alone ("_Ardea cinerea_.") before "J. Physiol.": the journal's
    # name, which reads like an initial and a family name
    text = (
        "The original articles:\n"
        "Castellan and Lund (1973) Detection and resolution of dim flashes by\n"
        "heron cones, _J. Physiol._ 234 pp163-198.\n\n"
        "Castellan, Lund and Varga (1978) Responses of heron rods to single photons.\n"
        "_J. Physiol._ 288 pp613-634.\n\n"
        "Brandt et al. (1990) Transduction in cones of the grey heron\n"
        "_Ardea cinerea_. J. Physiol. 427 pp681-713.\n"
    )
    assert all(family != "Physiol" for family, _ in papers(text))


def test_title_authors_and_venue_each_set_off_by_a_dash():
    text = (
        "Publications\n"
        "* Egret roosts in winter \u2014 T. Brandt, M. Castellan \u2014 Bird Study, 2020\n"
        "* Reed beds as sediment traps \u2014 A. Varga \u2014 Wetlands, 2018\n"
        "* Counting herons from low orbit \u2014 M. Castellan, P. Lund \u2014 Avian Science, 2019\n"
    )
    assert sorted(papers(text)) == [
        ("Brandt", "Egret roosts in winter"),
        ("Castellan", "Counting herons from low orbit"),
        ("Varga", "Reed beds as sediment traps"),
    ]


def test_near_miss_sayings_with_their_sources_after_dashes():
    text = (
        "Favourite lines\n"
        "* Nothing is lost \u2014 Seneca \u2014 Letters, 65 AD\n"
        "* Keep calm \u2014 Ministry of Information \u2014 Poster, 1939\n"
    )
    assert papers(text) == []
