"""The reference labeller's features and its readings of entries in the citation styles of
real bibliographies, with near-misses: prose that no reading may come out of. Every entry is
invented, in the general form of its style."""

import timeit

import pytest

from extractors.references import tokens
from extractors.references.labeller import (
    Reading,
    _trim_title_run,
    read_entry,
    read_gbt_entry,
    shipped_labeller,
)
from extractors.references.reader import _acceptable, _is_one_word_cell, read_references
from extractors.references.tokens import blank_markup, token_features, token_spans, tokenize

_PUNCT = "\"'“”‘’«»„`*_[](){}<>.,;:!?-–—/|#>"


def _simple_features(text: str) -> list[set[str]]:
    """A second, plain implementation of the labeller's features, token by token with no
    cache and no precomputed lists (slow and obvious), to hold the fast one to."""
    spans = token_spans(text)
    n = len(spans)
    split = []
    for start, end in spans:
        token = text[start:end]
        a, b = 0, len(token)
        while a < b and token[a] in _PUNCT:
            a += 1
        while b > a and token[b - 1] in _PUNCT:
            b -= 1
        lead, core, trail = token[:a], token[a:b], token[b:]
        lead = lead.replace("{", "*").replace("}", "*")[-2:]
        trail = trail.replace("{", "*").replace("}", "*")[:2]
        split.append((lead, core, trail))

    def shape(core: str) -> str:
        if not core:
            return "p"
        if core.isdigit():
            if len(core) == 4 and 1500 <= int(core) <= 2099:
                return "yr"
            return "d" if len(core) < 3 else "dd"
        if core.isalpha():
            if core.isupper():
                return "X" if len(core) == 1 else ("XX" if len(core) <= 3 else "XXX")
            if core[0].isupper():
                return "Xx"
            return "x" if core.islower() else "xX"
        if core[:4].isdigit() and 1500 <= int(core[:4]) <= 2099:
            return "yr+"
        if any(c.isdigit() for c in core):
            return "dmix"
        return "Xmix" if core[0].isupper() else "xmix"

    def word(i: int) -> str:
        w = split[i][1].lower()
        return w if len(w) <= 14 else "LONG"

    def shape_punct(i: int) -> str:
        if i < 0 or i >= n:
            return "EDGE"
        lead, core, trail = split[i]
        return shape(core) + lead + "|" + trail

    given, venue = tokens.given_name_source(), tokens.venue_words()
    sentences = commas = 0
    seen_year = quoted = emphasised = bracketed = False
    rows = []
    for i, (lead, core, trail) in enumerate(split):
        quoted = quoted or any(c in lead for c in '"“«„')
        emphasised = emphasised or "*" in lead or "_" in lead
        bracketed = bracketed or "[" in lead
        w = core.lower()
        row = {
            f"sent={min(sentences, 3)}",
            f"yr={int(seen_year)}",
            f"cm={min(commas, 4)}",
            "b",
            "w=" + word(i),
            "s=" + shape(core),
            "l=" + lead,
            "r=" + trail,
            "st=" + shape_punct(i),
            "pos=" + (str(i) if i < 4 else str(min(9, 4 + (6 * i) // n))),
            "rel=" + str((10 * i) // n),
            "-2s=" + shape_punct(i - 2),
            "-1s=" + shape_punct(i - 1),
            "1s=" + shape_punct(i + 1),
            "2s=" + shape_punct(i + 2),
        }
        for flag, name in (
            (w in given, "given"),
            (w in venue, "venue"),
            (w in tokens._PARTICLES, "part"),
            (quoted, "inq"),
            (emphasised, "inem"),
            (bracketed, "inbr"),
            (i == 0 or "\n" in text[spans[i - 1][1] : spans[i][0]], "nl"),
        ):
            if flag:
                row.add(name)
        if len(w) > 3 and w[-3:] in ("ing", "ion", "ity", "ous", "ics"):
            row.add("suf=" + w[-3:])
        if i:
            row.add("-1w=" + word(i - 1))
        if i + 1 < n:
            row.add("1w=" + word(i + 1))
        rows.append(row)
        seen_year = seen_year or shape(core) in ("yr", "yr+")
        if trail:
            quoted = quoted and not any(c in trail for c in '"”»')
            emphasised = emphasised and not ("*" in trail or "_" in trail)
            bracketed = bracketed and "]" not in trail
            after_initial = shape(core) == "X" or (len(w) <= 3 and shape(core) == "Xx")
            if (trail[0] in ".?!" and not after_initial) or trail[0] == ":":
                sentences, commas = sentences + 1, 0
            elif "," in trail:
                commas += 1
    return rows


STYLED_ENTRIES = {
    "apa": "Quarrel, A. B., & Pemberton, N. (2011). Ponds and their keepers in northern "
    "valleys. Journal of Pond Studies, 3(2), 1–9. https://doi.org/10.1000/pond.2011",
    "mla": 'Quarrel, Ashton, and Nell Pemberton. "Counting Herons by Lantern Light." Wetland '
    "Review, vol. 12, no. 4, 2015, pp. 33-51.",
    "vancouver": "1. Quarrel AB, Pemberton N, Okafor L. Reed growth under shifting water "
    "tables. J Pond Sci. 2018;7(3):201-9.",
    "ieee": '[7] A. Quarrel, N. Pemberton, and L. Okafor, "Sparse sensing of reed beds," '
    "IEEE Trans. Wetl. Syst., vol. 4, no. 2, pp. 11–19, Mar. 2019.",
    "title-first": "- **Lantern Surveys of Heron Colonies** Ashton Quarrel, Nell Pemberton "
    "and Lio Okafor. Wetland Workshop 2021.",
    "harvard": "Quarrel, A. and Pemberton, N. (2009) The quiet pond: a field guide. 2nd edn. "
    "Umbra: Reedbank Press.",
    "gb-t-7714": "[3] 李明, 王芳. 湿地芦苇的生长监测[J]. 湿地科学, 2017, 15(2): 101-108.",
    "bbl": "\\bibitem{quarrel19}\nA.~Quarrel and N.~Pemberton.\n\\newblock {\\em Heron "
    "counts from lantern surveys}.\n\\newblock In Proc. Wetland Workshop, 2019.",
}


@pytest.mark.parametrize("style", sorted(STYLED_ENTRIES))
def test_fast_features_are_the_simple_features(style):
    text = blank_markup(STYLED_ENTRIES[style])
    fast = token_features(text, token_spans(text))
    assert [set(row) for row in fast] == _simple_features(text)


def test_features_of_an_author_year_entry_by_hand():
    text = 'Quarrel, A. (2011). "Ponds at dawn," Pond Journal.'
    rows = token_features(text, tokenize(text))
    by_token = dict(zip(text.split(), rows, strict=True))
    # "Quarrel," ends a clause; "A." is an initial (no sentence end); "(2011)." is a year
    assert {"cm=0", "sent=0", "yr=0", "s=Xx", "r=,", "nl", "pos=0"} <= set(by_token["Quarrel,"])
    assert {"cm=1", "sent=0", "yr=0", "s=X"} <= set(by_token["A."])
    assert {"s=yr", "l=(", "r=).", "yr=0", "-1s=X|."} <= set(by_token["(2011)."])
    # the title opens a quotation after the year; the quotation closes on "dawn,\""
    assert {"yr=1", "inq", 'l="', "1w=at"} <= set(by_token['"Ponds'])
    assert "inq" in by_token['dawn,"']
    assert "inq" not in by_token["Pond"]
    assert {"venue", "w=journal", "rel=8", "1s=EDGE", "2s=EDGE"} <= set(by_token["Journal."])


def test_features_mark_emphasis_brackets_and_line_starts():
    text = "[4] *Reed beds*\nof Umbra"
    rows = token_features(text, tokenize(text))
    assert "inbr" in rows[0] and "inbr" not in rows[1]
    assert "inem" in rows[1] and "inem" in rows[2] and "inem" not in rows[3]
    assert "nl" in rows[3] and "nl" not in rows[2]


def test_given_name_feature_follows_the_names_the_features_consult(monkeypatch):
    text = "Quarrel, Ashton. Ponds."
    assert "given" not in token_features(text, tokenize(text))[1]
    # the training script swaps in its own names: cached token features must follow
    monkeypatch.setattr(tokens, "given_name_source", lambda: frozenset({"ashton"}))
    assert "given" in token_features(text, tokenize(text))[1]


def test_no_tokens_no_features():
    assert token_features("", []) == []


@pytest.mark.parametrize(
    ("style", "family", "title"),
    [
        ("apa", "Quarrel", "Ponds and their keepers in northern valleys"),
        ("mla", "Quarrel", "Counting Herons by Lantern Light"),
        ("vancouver", "Quarrel", "Reed growth under shifting water tables"),
        ("ieee", "Quarrel", "Sparse sensing of reed beds"),
        ("title-first", "Quarrel", "Lantern Surveys of Heron Colonies"),
        ("harvard", "Quarrel", "The quiet pond: a field guide"),
        ("gb-t-7714", "李", "湿地芦苇的生长监测"),
        ("bbl", "Quarrel", "Heron counts from lantern surveys"),
    ],
)
def test_labeller_reads_each_style(style, family, title):
    reading = read_entry(shipped_labeller(), STYLED_ENTRIES[style])
    assert reading is not None
    assert (reading.family, reading.title) == (family, title)


@pytest.mark.parametrize("style", ["apa", "mla", "vancouver", "ieee"])
def test_a_list_of_entries_in_one_style_is_read(style):
    # three entries of the same style under each other, as a reference section holds them
    entry = STYLED_ENTRIES[style]
    block = "\n".join(
        entry.replace("Quarrel", name) for name in ("Quarrel", "Okonjo", "Vantablack")
    )
    assert [f.family for f in read_references(block)] == ["Quarrel", "Okonjo", "Vantablack"]


@pytest.mark.parametrize(
    "prose",
    [
        # a person and what they did, with a year and a capitalised programme name
        "Ashton Quarrel joined the Reedbank Pond Society in 2011 and led its survey of the "
        "northern valleys until he retired.",
        # a staff list's line: a name and a position
        "Nell Pemberton, Professor of Wetland Ecology",
        # a numbered list of places and what happened there
        "1. Umbra, Ostland: Umbra was the seat of the old duchy until 1820.\n"
        "2. Varn, Ostland: Varn served as the seat of the court from 1820 to 1871.\n"
        "3. Kessel, Ostland: Kessel became the seat in 1871 and remains it today.",
        # news with a name, a said-clause and a year
        "Pemberton said the pond had never been so low. The council will meet in March 2024 "
        "to discuss the Reedbank Plan, she added.",
        # a review naming a film in quotes
        'I watched "Herons at Dusk" last night with my brother. It was slow, but the '
        "photography was stunning and Lio Okafor's score is wonderful.",
    ],
)
def test_prose_yields_no_reading(prose):
    assert list(read_references(prose)) == []


def _trimmed(text: str, run: tuple[int, int] | None = None) -> str | None:
    blanked = blank_markup(text)
    spans = token_spans(blanked)
    got = _trim_title_run(blanked, spans, run or (0, len(spans)))
    return None if got is None else blanked[spans[got[0]][0] : spans[got[1] - 1][1]]


def test_title_stays_in_its_table_cell():
    assert _trimmed("Ponds at dawn | 2011-PondConf | [pdf](https://example.org/p.pdf) |") == (
        "Ponds at dawn"
    )
    # near-miss: a bar inside a word is no cell boundary
    assert _trimmed("Ponds|Reeds at dawn") == "Ponds|Reeds at dawn"


def test_linked_title_in_brackets_is_the_title_not_a_tag():
    # the whole labelled run is the linked words of a Markdown link
    assert _trimmed('["Ponds at Dawn"](https://example.org/ponds),') == '["Ponds at Dawn"]'
    # near-miss: a bracketed tag before the title's words is dropped
    assert _trimmed("[ICML 2019] Ponds at dawn") == "Ponds at dawn"


def _reading(entry: str, family: str, title: str) -> Reading:
    start = entry.index(title)
    return Reading(family, title, start, start + len(title), entry.index(family), 0.99)


def test_one_word_table_cell_is_no_author():
    row = "| PondNet | Counting reeds with deep networks | 2019-PondConf |"
    assert _is_one_word_cell(_reading(row, "PondNet", "Counting reeds with deep networks"), row)
    # near-miss: a cell holding a name with its initials is an author
    row = "| Quarrel, A. | Counting reeds with deep networks | 2019 |"
    reading = _reading(row, "Quarrel", "Counting reeds with deep networks")
    assert not _is_one_word_cell(reading, row)
    assert _acceptable(reading, row, 0.5)


def test_a_word_of_publications_is_no_family_name():
    entry = "[Counting Reeds at Scale](https://example.org). Reedbank Reference Manual, 2023."
    assert not _acceptable(_reading(entry, "Manual", "Counting Reeds at Scale"), entry, 0.5)
    # an article alone is a title's first word, never a family name
    entry = "The. Counting Reeds at Scale. Reedbank, 2023."
    assert not _acceptable(_reading(entry, "The", "Counting Reeds at Scale"), entry, 0.5)
    # near-miss: a family name that is also a word (Bull, Sage) stays a family name
    entry = "Bull, A. (2011). Counting reeds at scale. Pond Journal, 3, 1-9."
    assert _acceptable(_reading(entry, "Bull", "Counting reeds at scale"), entry, 0.5)


class _FixedLabeller:
    """A stand-in for the CRF that labels an entry's tokens as it is told, with marginals
    of 1, so that the reading rules after the labeller are tested alone."""

    def __init__(self, labels: str):
        self.labels = labels.split()

    def label(self, features):
        assert len(features) == len(self.labels)
        return self.labels

    def marginal(self, label, position):
        return 1.0 if self.labels[position] == label else 0.0


def test_initials_take_the_capitalised_word_the_title_run_opens_with():
    entry = "N. J. Quarrel. Ponds at dawn. Pond Journal 3, 1-9, 2011."
    reading = read_entry(_FixedLabeller("A A T T T T O O O O O"), entry)
    assert (reading.family, reading.title) == ("Quarrel", "Ponds at dawn")
    # near-miss: a title run opening with a word that ends no name ("Counting") is no name,
    # and initials alone make no family name
    entry = "N. J. Counting reeds at dawn. Pond Journal 3, 1-9, 2011."
    assert read_entry(_FixedLabeller("A A T T T T O O O O O"), entry) is None


@pytest.mark.parametrize(
    ("entry", "family", "title"),
    [
        (
            "[3] 李明, 王芳. 湿地芦苇的生长监测[J]. 湿地科学, 2017, 15(2): 101-108.",
            "李",
            "湿地芦苇的生长监测",
        ),
        (
            "  \\item Quarrel A B, Okafor L, et al. Reed counts at dawn[M]. Umbra: Reedbank "
            "Press, 2019.",
            "Quarrel",
            "Reed counts at dawn",
        ),
        # a publication status before the mark is no part of the title
        (
            "Quarrel A, Okafor L. Reed counts at dawn. In press[J].",
            "Quarrel",
            "Reed counts at dawn",
        ),
    ],
)
def test_gbt_entries_are_read_by_their_document_type_mark(entry, family, title):
    reading = read_gbt_entry(blank_markup(entry))
    assert (reading.family, reading.title, reading.confidence) == (family, title, 1.0)


@pytest.mark.parametrize(
    "text, family, title",
    [
        # every bibliography entry with an author and a title counts (the guidelines): a
        # patent's title ends at the colon before its country and number
        (
            "Quarrel A, Okafor L. Reed counter with two lamps: Ostland, No. 11/215[P]. 2019.",
            "Quarrel",
            "Reed counter with two lamps",
        ),
        (
            "Reedbank Pond Society. Methods of counting reeds[S]. Umbra, 2019.",
            "Reedbank Pond Society",
            "Methods of counting reeds",
        ),
    ],
)
def test_gbt_patents_and_standards(text, family, title):
    reading = read_gbt_entry(text)
    assert reading is not None and (reading.family, reading.title) == (family, title)


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a bracketed J in prose is no mark; a bracket that names no type
        "See the note [J] below. It matters.",
        "Quarrel A, Okafor L. Reed counter with two lamps[Q]. 2019.",
    ],
)
def test_no_gbt_reading_without_a_document_type_mark(text):
    assert read_gbt_entry(text) is None


def test_gbt_pattern_is_fast_on_near_matches():
    # many author-like runs and full stops, never closed by a document-type mark
    text = "Quarrel A, Okafor L. " * 30 + "[" + "Reed counts. " * 30
    once = timeit.timeit(lambda: read_gbt_entry(text), number=20)
    doubled = timeit.timeit(lambda: read_gbt_entry(text * 2), number=20)
    # linear, not exponential, in the input (with room for a loaded machine)
    assert doubled < 20 * max(once, 1e-4)


def test_a_books_title_case_title_after_names_closed_by_a_full_stop():
    # the model reads a book's title in title case as a venue; in a list, the sentence after
    # the names (closed by a full stop) is the title where a year follows it
    from extractors.references.labeller import UNLABELLED_TITLE_CONFIDENCE, _title_after_authors

    entry = "Castellan, Mira. The Heron and the Marsh. U of Chicago P, 2009."
    spans = token_spans(entry)
    assert _title_after_authors(entry, spans, (0, 2)) == (2, 7)
    text = (
        "Works Cited\n\n"
        'Brenner, Ludovic. "Sediment Traps in Reed Beds." Journal of Wetland Studies, vol. 14, '
        "no. 2, 2011, pp. 101-19.\n"
        f"{entry}\n"
        'Okafor, Chidi, et al. "Counting Birds from Orbit." Remote Sensing Letters, vol. 6, '
        "no. 4, 2015, pp. 233-41.\n"
    )
    assert ("Castellan", "The Heron and the Marsh") in {
        (found.family, found.title) for found in read_references(text)
    }
    # alone, outside a list, such a reading is not confident enough to be taken
    from extractors.references.reader import MIN_CONFIDENCE

    assert UNLABELLED_TITLE_CONFIDENCE < MIN_CONFIDENCE
    assert list(read_references(f"She read it. {entry}")) == []


@pytest.mark.parametrize(
    ("entry", "author_run"),
    [
        # names closed by a comma: a comma-separated entry whose publisher runs on
        ("Henley, Nora, THE PLANETS: NEW WORLDS, Viking Books, London, 1992", (0, 2)),
        # no stop ends the sentence before the year
        ("Castellan, Mira. The Heron and the Marsh, Chicago 2009.", (0, 2)),
        # no year after it
        ("Castellan, Mira. The Heron and the Marsh. U of Chicago P.", (0, 2)),
        # the venue of an entry whose title the model left unread
        ("Kaiming He. In ICCV. 2017.", (0, 2)),
    ],
)
def test_no_unlabelled_title_where_the_entry_does_not_close_it(entry, author_run):
    from extractors.references.labeller import _title_after_authors

    assert _title_after_authors(entry, token_spans(entry), author_run) is None


@pytest.mark.parametrize(
    ("tokens", "labels", "run", "expected"),
    [
        # an inverted name ends on its initials: the word after them opens the title
        (["Lund,", "J.;", "Hale,", "P.", "Counting", "Birds"], "AAAAAT", (5, 6), (4, 6)),
        # near-miss: natural order, the initials open the next name ("P. Counting" is a name)
        (["Lund", "J,", "P.", "Counting", "Birds"], "AAAAT", (4, 5), (4, 5)),
        # near-miss: a separator after the initials ends the name, the next word is a name
        (["Hale,", "P.,", "Counting", "Birds"], "AAAT", (3, 4), (3, 4)),
    ],
)
def test_a_title_word_after_an_inverted_names_initials(tokens, labels, run, expected):
    from extractors.references.labeller import _title_word_after_inverted_name

    text = " ".join(tokens)
    spans = token_spans(text)
    assert _title_word_after_inverted_name(text, spans, list(labels), run) == expected


def test_a_quoted_title_is_read_to_its_closing_quote():
    # the labeller cuts '"What about PEP 299"' before the number, which looks like a volume's
    text = 'Georg Brandl, "What about PEP 299",\n    https://mail.example.org/2006-February/1.html'
    reading = read_entry(shipped_labeller(), text)
    assert reading is not None and reading.title == "What about PEP 299"


def test_near_miss_a_closed_quoted_title_stays_as_read():
    text = "J. Smith, “Counting herons,” in Proc. CVPR, 2019, “Best paper” award."
    reading = read_entry(shipped_labeller(), text)
    assert reading is not None and reading.title == "Counting herons"


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # one inverted name closed by a full stop: the names end there
        ("Castellan, Mira. Reeds, Herons and Rain. Farrar, Straus and Giroux, 2011.", 2),
        ("Castellan, Mira J. Reeds, Herons and Rain. Farrar, Straus and Giroux, 2011.", 3),
        # near-misses: more names after a comma, initials alone, a run that stops at the name
        ("Castellan, Mira, and Lee Park. Reeds and Rain. Viking, 2011.", None),
        ("Castellan, M. Reeds and Rain. Viking, 2011.", None),
    ],
)
def test_an_mla_inverted_name_ends_at_its_full_stop(entry, expected):
    from extractors.references.labeller import _inverted_name_end

    spans = token_spans(entry)
    # the labeller's run over every word before the year, as it reads the first entry
    assert _inverted_name_end(entry, spans, (0, len(spans) - 1)) == expected
    assert _inverted_name_end(entry, spans, (0, expected or 2)) is None


def test_a_title_with_commas_before_a_publisher_that_reads_as_names():
    text = (
        "Further reading\n"
        "Castellan, Mira. Reeds, Herons and Rain. Farrar, Straus and Giroux, 2011.\n"
        "Okafor, Chidi. The Marsh Year. Oxford University Press, 1998.\n"
    )
    assert ("Castellan", "Reeds, Herons and Rain") in {
        (found.family, found.title) for found in read_references(text)
    }


def test_a_round_bullet_is_no_part_of_the_first_name():
    text = (
        "Conference papers\n"
        "• Castellan M., Okafor C. (2020) Reed maps for wetlands. In: Proc. of the 3rd Wetland "
        "Workshop, pp 1-12. Springer, Cham\n"
        "• Okafor C. (2019) Heron counting with drones. In: Lee J. (eds) Drones in Ecology. "
        "Springer, Cham\n"
    )
    assert {(found.family, found.title) for found in read_references(text)} == {
        ("Castellan", "Reed maps for wetlands"),
        ("Okafor", "Heron counting with drones"),
    }


def test_near_miss_a_round_bullet_before_prose_reads_no_entry():
    text = "Notes\n• Castellan said the reeds grew fast. We counted herons in May.\n"
    assert list(read_references(text)) == []


@pytest.mark.parametrize("bullet", ["", "- ", "* ", "1. "])
def test_mla_book_entries_with_a_list_mark_and_titles_shaped_like_names(bullet):
    # MLA's book entry without a place, a title in Title Case that has the shape of two
    # people's names ("Salt Roads and Their Keepers": no given name opens either), and an
    # entry with its place, each after a list's mark
    text = (
        "Recommended reading:\n"
        f"{bullet}Castellan, Mira. Salt Roads and Their Keepers. Riverbend Books, 2014.\n"
        f"{bullet}Okafor, Chidi. Harbour Towns of the Northern Coast. Boston: Coastline Press,"
        " 2016.\n"
    )
    assert {(found.family, found.title) for found in read_references(text)} == {
        ("Castellan", "Salt Roads and Their Keepers"),
        ("Okafor", "Harbour Towns of the Northern Coast"),
    }


def test_near_miss_people_named_before_the_title_are_still_names():
    # names the labeller does not know, each opened by a given name: the title is after them
    reading = read_entry(
        shipped_labeller(),
        "Mira Castellan and Chidi Okafor. Counting herons from the air. In Proc. of the "
        "Wetland Workshop, 2019.",
    )
    assert reading is not None
    assert (reading.family, reading.title) == ("Castellan", "Counting herons from the air")


@pytest.mark.parametrize("mark", ["", "* ", "1. "])
def test_names_a_comma_the_title_then_its_facts_in_brackets(mark):
    # Chicago's notes and "Further reading" lists: "Given Family, Title (Press, Year)."
    text = (
        "Further reading\n"
        f"{mark}Mira Castellan, Salt Roads and Their Keepers (Riverbend Books, 2014).\n"
        f"{mark}Nora Okafor and Lena Vale, Harbour Towns of the North (Boston: Coastline Press,"
        " 2016), 45.\n"
        f"{mark}Tomas Berg, The Reed Cutters (Oxford: Marsh House, 1998).\n"
    )
    assert {(found.family, found.title) for found in read_references(text)} == {
        ("Castellan", "Salt Roads and Their Keepers"),
        ("Okafor", "Harbour Towns of the North"),
        ("Berg", "The Reed Cutters"),
    }


@pytest.mark.parametrize(
    "entry",
    [
        # near-misses: no year in the brackets, no given name first, a place and a comment
        "Mira Castellan, Salt Roads and Their Keepers (a favourite of mine).",
        "Riverbend, Salt Roads and Their Keepers (Riverbend Books, 2014).",
        "Visit Leeds, then Harrogate and York (in 2014).",
    ],
)
def test_near_miss_no_names_or_no_year_before_the_brackets(entry):
    from extractors.references.labeller import _names_then_title_before_facts

    assert _names_then_title_before_facts(entry, token_spans(entry)) is None


def test_a_reading_lists_note_after_the_entrys_year_is_no_title():
    # "Chapters 1-3" after the year is what to read of the book, not its title
    text = (
        "Course readings\n"
        "Week 1: Castellan, Mira. Salt Roads and Their Keepers. Riverbend Books, 2014. "
        "Chapters 1-3.\n"
        "Week 2: Berg, Tomas. The Reed Cutters. Marsh House, 1998. Chapter 4.\n"
    )
    assert {(found.family, found.title) for found in read_references(text)} == {
        ("Castellan", "Salt Roads and Their Keepers"),
        ("Berg", "The Reed Cutters"),
    }
    # near-miss: the year right after the names opens no note; the title after it stays
    reading = read_entry(
        shipped_labeller(), "Castellan, Mira. 2014. Salt Roads and Their Keepers. Riverbend Books."
    )
    assert reading is not None and reading.title == "Salt Roads and Their Keepers"
