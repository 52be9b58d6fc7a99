"""Scoring by the guidelines' matching rule, and the dev set's quality gate."""

import json

import pytest
from click.testing import CliRunner
from conftest import DATA, write_jsonl

from auditor.cli import main
from auditor.evaluate import Evaluation, fact_key

DEV = DATA / "extraction" / "dev.jsonl"


def test_scoring_counts_facts_as_multisets_by_hand():
    # gold: A twice, B once; found: A once, C once -> tp 1, gold 3, found 2
    a, b, c = (fact_key("capital", "Kenya", "Nairobi"), fact_key("capital", "Peru", "Lima"),
               fact_key("capital", "Chile", "Santiago"))  # fmt: skip
    result = Evaluation()
    result.add_document("d1", [a, a, b], [a, c])
    score = result.scores["capital"]
    assert (score.true_positives, score.gold, score.extracted) == (1, 3, 2)
    assert score.precision == pytest.approx(1 / 2) and score.recall == pytest.approx(1 / 3)
    assert score.f1 == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))
    assert sorted(result.misses) == sorted([("d1", a), ("d1", b)])
    assert result.false_matches == [("d1", c)]


def test_matching_rule_folds_case_article_quotes_and_trailing_punctuation():
    assert fact_key("capital", "the Netherlands", "Amsterdam.") == fact_key(
        "capital", "NETHERLANDS", "“amsterdam”"
    )


def _scores(args) -> dict:
    result = CliRunner().invoke(main, ["evaluate", str(DEV), "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _assert_quality_gate(scores: dict) -> None:
    assert set(scores) == {"birth_date", "death_date", "capital", "paper_title"}
    for relation, s in scores.items():
        assert s["precision"] >= 0.95, (relation, s)
        assert s["recall"] >= 0.90, (relation, s)


def test_dev_set_reaches_the_quality_gate():
    _assert_quality_gate(_scores([]))


def test_dev_set_scanned_and_scored_from_the_facts_files_reaches_the_gate(tmp_path):
    out = tmp_path / "audit"
    result = CliRunner().invoke(main, ["scan", "--quiet", str(DEV), "--out", str(out)])
    assert result.exit_code == 0, result.output
    _assert_quality_gate(_scores(["--facts", str(out / "facts")]))


def test_show_errors_lists_misses_and_false_matches(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "1", "text": "Lima is the capital of Peru. Bonn is the capital of Germany.",
         "facts": [{"relation": "capital", "subject": "Peru", "value": "Lima"},
                   {"relation": "capital", "subject": "Chile", "value": "Santiago"}]},
    ])  # fmt: skip
    result = CliRunner().invoke(
        main, ["evaluate", str(gold), "--extractors", "capital", "--show-errors"]
    )
    assert result.exit_code == 0, result.output
    assert "missed (1):\n  1\tcapital\tchile\tsantiago" in result.output
    assert "false matches (1):\n  1\tcapital\tgermany\tbonn" in result.output
    data = json.loads(
        CliRunner()
        .invoke(main, ["evaluate", str(gold), "--extractors", "capital", "--json"])
        .output
    )
    assert data["capital"]["precision"] == pytest.approx(0.5) and data["capital"][
        "recall"
    ] == pytest.approx(0.5)


def test_a_broken_gold_file_is_named_with_its_line(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [{"id": "1", "text": "x", "facts": []}, b"{oops"])
    result = CliRunner().invoke(main, ["evaluate", str(gold)])
    assert result.exit_code == 1 and "gold.jsonl line 2: not JSON" in result.output
    gold = write_jsonl(
        tmp_path / "gold2.jsonl", [{"id": "1", "text": "x", "facts": [{"relation": "capital"}]}]
    )
    result = CliRunner().invoke(main, ["evaluate", str(gold)])
    assert result.exit_code == 1 and "line 1: 'facts' must be a list of objects" in result.output
