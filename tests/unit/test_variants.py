"""Variant merging: unit cases by hand, and a planted corpus with typos in paper titles."""

import json

import duckdb
import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.variants import find_merges, similarity


def test_similarity_is_one_minus_normalised_levenshtein():
    # kitten -> sitting: k->s, e->i, +g = 3 edits; longest 7: 1 - 3/7
    assert similarity("kitten", "sitting") == pytest.approx(1 - 3 / 7)
    assert similarity("same", "same") == 1.0
    # one dropped letter in 25: 1 - 1/25
    assert similarity("attention is all you need", "atention is all you need") == pytest.approx(
        0.96
    )


def test_typos_merge_into_the_most_written_form():
    merges = find_merges([
        ("attention is all you need", 5), ("atention is all you need", 1),
        ("attnetion is all you need", 1), ("deep residual learning", 2),
    ])  # fmt: skip
    assert {(m.variant, m.canonical) for m in merges} == {
        ("atention is all you need", "attention is all you need"),
        ("attnetion is all you need", "attention is all you need"),
    }


def test_distinct_facts_that_look_alike_stay_apart():
    keys = [("sparse kernels at scale", 3), ("sparse kernels for protein folding", 1),
            ("robust kernel methods at scale", 1), ("sparse kernel methods at scale", 1)]  # fmt: skip
    assert find_merges(keys) == []


def test_dates_and_short_keys_are_never_merged():
    assert find_merges([("1879-03-14", 5), ("1879-03-15", 1)], threshold=0.5) == []
    assert find_merges([("lima", 5), ("lime", 1)], threshold=0.5) == []


def test_the_threshold_decides(tmp_path):
    keys = [("neural speech recognition", 4), ("neural speech recogniton", 1)]  # 1 edit in 25
    assert len(find_merges(keys, threshold=0.96)) == 1  # similarity 1 - 1/25 = 0.96
    assert find_merges(keys, threshold=0.97) == []
    # Two typos in a three-word title are too many to call it one spelling, at any threshold.
    assert find_merges([("neural speech recognition", 4), ("neural speach recogniton", 1)],
                       threshold=0.5) == []  # fmt: skip


def _rates(out) -> dict:
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {c["relation"]: c for c in report["categories"]}


def test_planted_typos_in_paper_titles_do_not_move_the_singleton_rates(tmp_path, sample_generator):
    tally = sample_generator.generate(tmp_path / "corpus", seed=11, documents=400, typo_rate=0.15)
    truth = tally["relations"]
    merged, unmerged = tmp_path / "merged", tmp_path / "unmerged"
    for out, extra in [(merged, []), (unmerged, ["--merge-threshold", "off"])]:
        result = CliRunner().invoke(
            main, ["scan", "-q", str(tmp_path / "corpus"), "--out", str(out), *extra]
        )
        assert result.exit_code == 0, result.output
    with_merging, without = _rates(merged), _rates(unmerged)
    for relation, planted in truth.items():
        assert with_merging[relation]["singleton_rate"] == pytest.approx(
            planted["singleton_rate"], abs=0.01
        )
        assert with_merging[relation]["distinct_facts"] == pytest.approx(
            planted["distinct_facts"], rel=0.03
        )
    # Without merging, the typos are spurious singletons: the test can tell the difference.
    assert without["paper_title"]["singleton_rate"] - truth["paper_title"]["singleton_rate"] > 0.01
    assert with_merging["paper_title"]["merged_variants"] > 0
    with duckdb.connect(str(merged / "audit.duckdb"), read_only=True) as con:
        rows = con.execute(
            "SELECT variant, canonical, similarity FROM variants WHERE relation = 'paper_title'"
        ).fetchall()
    assert len(rows) == with_merging["paper_title"]["merged_variants"]
    assert all(0.9 <= s < 1.0 and v != c for v, c, s in rows)


def test_a_bad_merge_threshold_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--merge-threshold", "1.5"])
    assert result.exit_code == 2 and "neither a similarity in (0, 1] nor 'off'" in result.output


def test_titles_that_differ_by_a_real_word_stay_two_facts():
    # Similarities 0.88-0.95: the threshold alone would merge every one of these pairs.
    pairs = [
        ("learning deep features for scene recognition", "learning deep features for object recognition"),
        ("a survey of graph neural networks for traffic forecasting and control", "a survey of graph neural networks for traffic forecasting and routing"),
        ("scaling laws for neural language models", "scaling laws for neural machine models"),
        ("gpt-2 language models are unsupervised learners", "gpt-3 language models are unsupervised learners"),
    ]
    for a, b in pairs:
        assert find_merges([(a, 3), (b, 1)], threshold=0.8) == [], (a, b)


def test_spellings_of_one_fact_merge():
    from auditor.variants import same_spelling

    assert same_spelling("élan vital revisited", "elan vital revisited")  # diacritics
    assert same_spelling("state-of-the-art parsing", "state of the art parsing")  # punctuation
    assert same_spelling("attention is all you need", "attnetion is all you need")  # swapped
    assert same_spelling("attention is all you need", "attention is all you neeed")  # doubled
    assert not same_spelling("marie curie", "curie marie")  # titles keep their order
    assert same_spelling("marie curie", "curie marie", any_word_order=True)  # names need not
    merges = find_merges([("marie curie", 3), ("curie marie", 1)], any_word_order=True)
    assert [(m.variant, m.canonical) for m in merges] == [("curie marie", "marie curie")]
    # Two words changed in a four-word title is no typo.
    assert not same_spelling("deep nets for cats", "deep nuts for cars")


def test_a_planted_corpus_of_near_twin_titles_keeps_its_singletons(tmp_path):
    # Eight distinct papers whose titles differ from a sibling by one real word, each cited
    # once: the singleton rate of paper titles is 8/8 = 1.0, and stays so with merging on.
    from conftest import write_jsonl

    topics = ["scene", "object", "action", "speech"]
    lines = []
    for i, topic in enumerate(topics):
        for j, task in enumerate(["recognition", "detection"]):
            lines.append(
                f"Okafor, A. ({2000 + 2 * i + j}). Learning deep features for {topic} {task} "
                "in large collections. In Proceedings of the Workshop, pp. 1–9."
            )
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"id": "d", "text": "\n".join(lines)}])
    result = CliRunner().invoke(main, ["scan", "-q", str(corpus), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    paper = _rates(tmp_path / "o")["paper_title"]
    assert (paper["distinct_facts"], paper["singletons"], paper["merged_variants"]) == (8, 8, 0)
    assert paper["singleton_rate"] == 1.0
