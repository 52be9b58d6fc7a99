"""The pre-filter's pass counts per source and relation, checked against counts made by hand."""

import re

from auditor.prefilter import ALL, WINDOW_RADIUS, Prefilter, measure, totals
from extractors.api import Fact, spec_of


class RegexExtractor:
    """A relation of one regular expression with groups subject and value."""

    version = "1"

    def __init__(self, name, triggers, regex):
        self.name, self.triggers, self.regex = name, triggers, re.compile(regex)

    @property
    def relations(self):
        return (self.name,)

    def extract(self, text):
        for m in self.regex.finditer(text):
            yield Fact(m.start(), m.end(), self.name, m["subject"], m["value"])


MOTTO = spec_of(
    RegexExtractor("motto", ("motto",), r"(?P<subject>\w+)'s motto is \"(?P<value>[^\"]+)\"")
)
FOUNDED = spec_of(
    RegexExtractor("founded", ("founded",), r"(?P<subject>\w+) was founded in (?P<value>\d{4})")
)


def test_pass_counts_per_source_and_relation_by_hand():
    docs = [
        ("s1", 'Harvard\'s motto is "Veritas".'),  # 29 characters, ASCII
        ("s1", "No motto here at all."),  # 21: a trigger, no fact
        ("s2", "Nothing to see."),  # 15: no trigger
        ("s2", "Café Acme was founded in 1901."),  # 30 characters, 31 bytes (é is two)
    ]
    counts = measure(docs, [MOTTO, FOUNDED])
    motto = counts["s1", "motto"]
    assert (motto.documents, motto.text_bytes) == (2, 29 + 21)
    assert (motto.passed_documents, motto.passed_bytes) == (2, 29 + 21)  # short: whole documents
    assert (motto.windows, motto.windows_with_fact, motto.facts) == (2, 1, 1)
    assert motto.precision == 0.5 and motto.document_rate == 1.0
    founded_s1 = counts["s1", "founded"]
    assert (founded_s1.documents, founded_s1.passed_documents, founded_s1.windows) == (2, 0, 0)
    founded = counts["s2", "founded"]
    assert (founded.documents, founded.text_bytes) == (2, 15 + 31)
    assert (founded.passed_documents, founded.passed_bytes, founded.windows) == (1, 31, 1)
    assert (founded.windows_with_fact, founded.facts) == (1, 1)
    assert counts["s2", "motto"].passed_documents == 0
    everything = counts["s2", ALL]
    assert (everything.documents, everything.passed_documents, everything.passed_bytes) == (
        2,
        1,
        31,
    )
    assert (everything.windows, everything.windows_with_fact) == (1, 1)
    summed = totals(counts)
    assert summed[ALL].documents == 4 and summed[ALL].text_bytes == 29 + 21 + 15 + 31
    assert summed["motto"].passed_documents == 2 and summed["founded"].passed_documents == 1
    assert summed[ALL].windows == 3 and summed[ALL].windows_with_fact == 2


def test_far_apart_triggers_make_separate_windows_and_only_the_stating_one_counts():
    filler = ("word " * 20 + "\n") * (3 * WINDOW_RADIUS // 100)  # 101 characters a line
    text = "The motto of nobody.\n" + filler + 'Yale\'s motto is "Lux et veritas".\n' + filler
    prefilter = Prefilter([MOTTO, FOUNDED])
    (motto_windows, founded_windows) = prefilter.windows_by_relation(text)
    assert len(motto_windows) == 2 and founded_windows == []
    assert prefilter.windows(text) == motto_windows
    counts = measure([("s", text)], [MOTTO, FOUNDED])
    row = counts["s", "motto"]
    assert (row.windows, row.windows_with_fact, row.facts) == (2, 1, 1)
    assert row.passed_bytes == sum(b - a for a, b in motto_windows) < len(text)
    assert (counts["s", ALL].windows, counts["s", ALL].windows_with_fact) == (2, 1)


def test_two_relations_sharing_an_anchor_each_get_their_windows():
    born = spec_of(RegexExtractor("born_a", ("born",), r"(?P<subject>\w+) born (?P<value>\d+)"))
    also = spec_of(RegexExtractor("born_b", ("born",), r"(?P<subject>\w+) born in (?P<value>\d+)"))
    prefilter = Prefilter([born, also])
    text = "Ada born 1815."
    assert prefilter.windows_by_relation(text) == [[(0, len(text))], [(0, len(text))]]
    counts = totals(measure([("s", text)], [born, also]))
    assert (counts["born_a"].windows_with_fact, counts["born_b"].windows_with_fact) == (1, 0)
    assert counts[ALL].windows == 1 and counts[ALL].windows_with_fact == 1


def test_no_relations_pass_nothing():
    assert Prefilter([]).windows("born capital et al.") == []
    assert measure([("s", "born")], [])["s", ALL].passed_documents == 0


def test_without_extraction_the_same_text_passes_and_no_fact_is_counted():
    docs = [("s", 'Harvard\'s motto is "Veritas".'), ("s", "Acme was founded in 1901.")]
    full, bare = measure(docs, [MOTTO, FOUNDED]), measure(docs, [MOTTO, FOUNDED], extract=False)
    for key, row in full.items():
        assert (bare[key].passed_documents, bare[key].passed_bytes, bare[key].windows) == (
            row.passed_documents,
            row.passed_bytes,
            row.windows,
        )
        assert bare[key].facts == bare[key].windows_with_fact == 0
    assert full["s", ALL].facts == 2


def test_a_straight_quote_is_an_anchor_only_before_a_letter():
    from extractors.registry import builtin_specs

    (paper,) = [spec for spec in builtin_specs() if spec.name == "paper_title"]
    prefilter = Prefilter([paper])
    # closing quotes and quotes before digits: no anchor, so no confirmation is even tried
    prose = 'A 12" pizza and a 5" ruler; the sign read "24/7"; he shouted "!" twice.\n' * 50
    lowered = prose.lower()
    assert not any(
        lowered[end - length + 1 : end + 1].startswith('"')
        for end, (length, _) in prefilter.automaton.iter(lowered)
    )
    # a list item opening with a quoted title is still a trigger
    entry = '1. "Counting Herons from Low Orbit." Wetland Letters, 2019.\n'
    assert prefilter.hits_by_relation(entry)[0]


def _paper_prefilter():
    from extractors.registry import builtin_specs

    (paper,) = [spec for spec in builtin_specs() if spec.name == "paper_title"]
    return Prefilter([paper])


def test_paper_triggers_pass_prose_that_merely_dates_quotes_or_replies():
    # a reply's attribution line, a year ending a sentence of prose, dialogue in curly quotes
    # and a clock time inside a sentence: none of them is a reference's mark
    prefilter = _paper_prefilter()
    prose = (
        "In article <1993Apr5.1234@news.example.edu>, ann@example.edu (Ann Roe) writes:\n"
        "The bridge was finished in 1990. The ferry left at 10:30 that day.\n"
        "\u201cCome in,\u201d she said, and he came in.\n"
    )
    assert prefilter.hits_by_relation(prose)[0] == []


def test_paper_triggers_still_pass_the_marks_of_entries():
    prefilter = _paper_prefilter()
    for entry in (
        "Roe, A. and Moe, K. 2019. Counting herons. Wetland Letters 4.\n",
        "Counting Herons from Low Orbit. Mira Castellan. Wetland Letters 2019.\n",
        "Roe, Ann. \u201cCounting Herons.\u201d Wetland Letters, vol. 4\n",
        "10:30  Counting Herons from Low Orbit \u2014 Mira Castellan\n",
        'The article "Counting Herons" by Ann Roe describes the survey.\n',
        "The paper 'Counting Herons' by Ann Roe describes the survey.\n",
    ):
        assert prefilter.hits_by_relation(entry)[0], entry


def test_paper_triggers_pass_no_dialogue_or_news_quotes_in_straight_quotes():
    # a line of dialogue opening with a straight quote, a quote after a speech verb's comma,
    # a quote after a sentence's stop: speech, not a reference (each line alone passed before)
    prefilter = _paper_prefilter()
    for prose in (
        '"This is going to be a long evening," she said.\n',
        '    "The harbour will close at noon," the official said.\n',
        'He paused. Then he said, "Yes, if I was not a poor man."\n',
        'The mayor spoke at the meeting. "We have no plans," he added.\n',
    ):
        assert prefilter.hits_by_relation(prose)[0] == [], prose


def test_paper_triggers_pass_quoted_titles_after_authors_and_title_first():
    prefilter = _paper_prefilter()
    for entry in (
        'Castellan, Mira. "Counting Herons from Low Orbit." Wetland Letters\n',
        'M. Castellan, "Counting Herons from Low Orbit," in Proc. Wetlands\n',
        'Castellan et al., "Counting Herons from Low Orbit"\n',
        '"Counting Herons from Low Orbit" (2019) - Mira Castellan\n',
        '"Counting Herons from Low Orbit," by Mira Castellan\n',
        '{"title": "Counting Herons from Low Orbit", "year": 2019}\n',
    ):
        assert prefilter.hits_by_relation(entry)[0], entry


def _life_prefilter():
    from extractors.registry import builtin_specs

    (birth,) = [spec for spec in builtin_specs() if spec.name == "birth_date"]
    return Prefilter([birth])


def test_life_triggers_pass_no_capital_initials_or_births_of_things():
    prefilter = _life_prefilter()
    for prose in (
        "My syllogism: A is B. C is A. Therefore C is B.\n",
        "The birth of the cooperative movement came later.\n",
    ):
        assert prefilter.hits_by_relation(prose)[0] == [], prose


def test_life_triggers_pass_the_labels_and_columns_of_births():
    prefilter = _life_prefilter()
    for entry in (
        "Date of birth: 3 May 1950\n",
        "Birthdate 3 May 1950\n",
        "| Name | Birth | Death |\n",
        "Births\n1950 - Ann Roe, painter\n",
        "Ann Roe (b. 3 May 1950)\n",
    ):
        assert prefilter.hits_by_relation(entry)[0], entry


def test_paper_words_pass_only_near_a_quoted_title():
    prefilter = _paper_prefilter()
    for prose in (
        "Use adhesive-backed paper labels made for the purpose.\n",
        "If you receive a letter in your mail box, read the article carefully.\n",
        "To quote the minister (p. 146): the nation was roused.\n",
        "Training at the college ended in 1962.\n",
    ):
        assert prefilter.hits_by_relation(prose)[0] == [], prose
    for entry in (
        'This is summarized from the article\n  "Faster Heron Counts" by Mira Castellan.\n',
        '"Faster Heron Counts" is a paper by Mira Castellan.\n',
        "Faster Heron Counts [paper](https://example.org/herons)\n",
        "Castellan, M. Faster heron counts. Wetland Letters 4, p. 12\n",
        "Faster heron counts. Mira Castellan. Wetland Letters 2014.\n",
    ):
        assert prefilter.hits_by_relation(entry)[0], entry


def test_split_alternatives_keeps_groups_classes_and_escapes_whole():
    from extractors.api import split_alternatives

    pattern = r"a\|b|(c|d)e|[|x]y|(?-i:[A-Z])\.|f"
    assert split_alternatives(pattern) == [r"a\|b", "(c|d)e", "[|x]y", r"(?-i:[A-Z])\.", "f"]
    assert split_alternatives("[]|]z|w") == ["[]|]z", "w"]


def test_paper_trigger_parts_cover_the_pattern_and_its_anchors():
    from extractors.registry import builtin_specs

    (paper,) = [spec for spec in builtin_specs() if spec.name == "paper_title"]
    assert "|".join(part for part, _ in paper.trigger_parts) == paper.trigger_pattern
    held = {anchor for _, anchors in paper.trigger_parts for anchor in anchors}
    assert held == set(paper.trigger_anchors)


def test_anchors_confirmed_by_their_own_parts_find_what_the_whole_pattern_finds():
    # a second implementation: the same spec without its parts confirms every anchor with the
    # whole alternation; on entries of many layouts both cut the same units (a trigger's span
    # may differ where two alternatives match from one place: the units hold both)
    from dataclasses import replace

    from extractors.registry import builtin_specs

    (paper,) = [spec for spec in builtin_specs() if spec.name == "paper_title"]
    by_parts, whole = Prefilter([paper]), Prefilter([replace(paper, trigger_parts=())])
    entries = (
        "Roe, A. and Moe, K. 2019. Counting herons. Wetland Letters 4.\n"
        "Castellan, Mira. \u201cCounting Herons.\u201d Wetland Letters, vol. 4, pp. 12-19.\n"
        '[3] M. Castellan et al., "Counting herons," in Proc. ACL, 2019, p. 3.\n'
        "10:30  Counting Herons from Low Orbit \u2014 Mira Castellan\n"
        "- **Counting Herons** [ICML 2020] [paper](https://arxiv.org/abs/2001.01234)\n"
        "@article{roe2019, title = {Counting herons}, author = {Roe, Ana}}\n"
        "Roe, A. (2019). Counting herons. J. Wetl. 4(2): 12. doi:10.1000/xyz\n"
        '{"title": "Counting herons", "authors": ["Ana Roe"]}\n'
        "* [Counting herons](https://example.org/herons.pdf) - Ana Roe (PDF)\n"
        'In their 2019 paper "Counting herons", Roe and Moe showed it.\n'
    )
    assert by_parts.units_by_relation(entries) == whole.units_by_relation(entries)
    assert by_parts.units_by_relation(entries)[0]


def test_life_date_anchors_confirmed_by_their_own_parts_cut_the_same_units():
    from dataclasses import replace

    from extractors.registry import builtin_specs

    (birth,) = [spec for spec in builtin_specs() if spec.name == "birth_date"]
    assert "|".join(part for part, _ in birth.trigger_parts) == birth.trigger_pattern
    by_parts, whole = Prefilter([birth]), Prefilter([replace(birth, trigger_parts=())])
    texts = (
        "Ann Roe (b. 3 May 1950) is a painter. Ken Moe died on June 4, 2001.\n"
        "| Name | Birth | Death |\n| Ann Roe | 3 May 1950 | 4 June 2001 |\n"
        "Births\n1950 - Ann Roe, painter\nDate of birth: 1950-05-03\n"
        "Ann Roe's sudden death on 4 June 2001 shocked us. Ann Roe, 3 May 1950 (age 51)\n"
        "Jan Vos (3. Mai 1901 – 4. Juni 1980) war Maler. 1950年5月3日\n"
    )
    assert by_parts.units_by_relation(texts) == whole.units_by_relation(texts)
    assert by_parts.units_by_relation(texts)[0]
