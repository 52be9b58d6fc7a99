"""Conflicts: a subject stated with two or more different values in one relation."""

import json

import duckdb
import pytest
from click.testing import CliRunner
from conftest import SAMPLE_DATA, write_jsonl

from auditor.cli import main


def _scan(corpus, out, *extra):
    result = CliRunner().invoke(main, ["scan", "-q", str(corpus), "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _assert_conflicts_match_the_plan(report: dict, tally: dict) -> None:
    by_relation = {c["relation"]: c for c in report["categories"]}
    for relation, truth in tally["relations"].items():
        got = by_relation[relation]["conflicts"]
        if relation == "paper_title":  # an author has many titles: no conflict by nature
            assert got == {"applicable": False}
            continue
        planted = truth["conflicts"]
        assert got["subjects"] == planted["subjects"], relation
        assert got["conflicted_subjects"] == planted["conflicted_subjects"], relation
        assert got["conflicted_mentions"] == planted["conflicted_mentions"], relation
        assert got["mentions"] == truth["mentions"]
        assert got["subject_share"] == pytest.approx(
            planted["conflicted_subjects"] / planted["subjects"]
        )
        assert got["mention_share"] == pytest.approx(
            planted["conflicted_mentions"] / truth["mentions"]
        )


def test_conflicts_of_sample_data_equal_the_planted_ones(tmp_path, sample_tally):
    # The sample corpus plants a second birth date for 3 people, a second death date for 3,
    # and a second capital for Bolivia and Sri Lanka.
    planted = {r: t["conflicts"]["conflicted_subjects"] for r, t in sample_tally["relations"].items()}
    assert planted["birth_date"] == 3 and planted["death_date"] == 3 and planted["capital"] == 2
    out = tmp_path / "audit"
    report = _scan(SAMPLE_DATA, out)
    _assert_conflicts_match_the_plan(report, sample_tally)
    with duckdb.connect(str(out / "audit.duckdb"), read_only=True) as con:
        rows = con.execute(
            "SELECT subject, value FROM conflicts WHERE relation = 'capital' ORDER BY subject, value"
        ).fetchall()
    assert rows == [("Bolivia", "La Paz"), ("Bolivia", "Sucre"),
                    ("Sri Lanka", "Colombo"), ("Sri Lanka", "Sri Jayawardenepura Kotte")]  # fmt: skip


@pytest.mark.parametrize("seed", [7, 99])
def test_conflicts_of_fresh_planted_corpora_equal_the_plan(tmp_path, sample_generator, seed):
    tally = sample_generator.generate(tmp_path / "corpus", seed=seed, documents=200, conflicts=4)
    assert tally["relations"]["birth_date"]["conflicts"]["conflicted_subjects"] == 4
    _assert_conflicts_match_the_plan(_scan(tmp_path / "corpus", tmp_path / "audit"), tally)


def test_a_corpus_without_planted_conflicts_has_none(tmp_path, sample_generator):
    sample_generator.generate(tmp_path / "corpus", seed=7, documents=200, conflicts=0)
    report = _scan(tmp_path / "corpus", tmp_path / "audit")
    for category in report["categories"]:
        if category["relation"] != "paper_title":
            assert category["conflicts"]["conflicted_subjects"] == 0
            assert category["conflicts"]["top"] == []


def test_conflicts_follow_a_hand_computed_example(tmp_path):
    # Kenya: Nairobi (doc 1 twice, doc 2 once) and Mombasa (doc 3 once): a conflict of 2 values
    # and 4 mentions. Peru: Lima once: no conflict. Values are compared by their counting key:
    # "NAIROBI" is Nairobi, not a third value.
    # subjects 2, conflicted 1 -> share 1/2; mentions 5, in conflict 4 -> share 4/5.
    corpus = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "1", "text": "The capital of Kenya is Nairobi. Nairobi is the capital of Kenya."},
        {"id": "2", "text": "The capital of Kenya is NAIROBI. Lima is the capital of Peru."},
        {"id": "3", "text": "Mombasa is the capital of Kenya, said the old atlas."},
    ])  # fmt: skip
    out = tmp_path / "audit"
    report = _scan(corpus, out)
    (capital,) = [c for c in report["categories"] if c["relation"] == "capital"]
    conflicts = capital["conflicts"]
    assert (conflicts["subjects"], conflicts["conflicted_subjects"]) == (2, 1)
    assert (conflicts["mentions"], conflicts["conflicted_mentions"]) == (5, 4)
    assert conflicts["subject_share"] == pytest.approx(1 / 2)
    assert conflicts["mention_share"] == pytest.approx(4 / 5)
    (top,) = conflicts["top"]
    assert top["subject"] == "Kenya" and top["mentions"] == 4
    assert [(v["value"].casefold(), v["mentions"], v["documents"]) for v in top["values"]] == [
        ("nairobi", 3, 2), ("mombasa", 1, 1)
    ]  # fmt: skip
    with duckdb.connect(str(out / "audit.duckdb"), read_only=True) as con:
        rows = con.execute(
            "SELECT relation, subject_key, value_key, mentions, documents, values_stated, "
            "subject_mentions FROM conflicts ORDER BY value_key"
        ).fetchall()
    assert rows == [("capital", "kenya", "mombasa", 1, 1, 2, 4),
                    ("capital", "kenya", "nairobi", 3, 2, 2, 4)]  # fmt: skip
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "1 of 2 subjects (0.500)" in html and "Mombasa (1)" in html
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "| capital | 1 of 2 | 0.500 | 4 | 0.800 | Kenya: " in markdown
