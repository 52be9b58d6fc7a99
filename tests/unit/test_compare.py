"""`auditor compare OUT_A OUT_B`: a corpus with every document twice against its deduplicated
copy, where the planted tally says what must change."""

import json
import shutil

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.compare import intervals_separate, transition


def _scan(corpus, out):
    result = CliRunner().invoke(main, ["scan", "-q", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def duplicated_and_deduplicated(tmp_path_factory, sample_generator):
    base = tmp_path_factory.mktemp("compare")
    tally = sample_generator.generate(base / "corpus", seed=7, documents=200)
    (base / "corpus" / "TALLY.json").unlink()
    # A: every shard twice (in two folders), so every document is there twice; B: once.
    for copy in ("one", "two"):
        shutil.copytree(base / "corpus", base / "duplicated" / copy)
    _scan(base / "duplicated", base / "a")
    _scan(base / "corpus", base / "b")
    result = CliRunner().invoke(
        main, ["compare", str(base / "a"), str(base / "b"), "--out", str(base / "cmp")]
    )
    assert result.exit_code == 0, result.output
    compared = json.loads((base / "cmp" / "compare.json").read_text(encoding="utf-8"))
    return tally, compared, result.output, base


def test_deduplication_shows_both_rates_and_the_change(duplicated_and_deduplicated):
    tally, compared, output, _ = duplicated_and_deduplicated
    by_relation = {c["relation"]: c for c in compared["categories"]}
    assert set(by_relation) == set(tally["relations"])
    for relation, truth in tally["relations"].items():
        c = by_relation[relation]
        # With every document twice, every fact is counted at least twice: no singleton in A.
        assert c["a"]["singleton_rate"] == 0.0
        assert c["a"]["mentions"] == 2 * truth["mentions"]
        assert c["b"]["singleton_rate"] == pytest.approx(truth["singleton_rate"], abs=1e-12)
        assert c["difference"] == pytest.approx(truth["singleton_rate"], abs=1e-12)
        # Every singleton of B was a doubleton in A and nothing else changed status.
        assert c["transitions"] == {
            "became_singleton": truth["singletons"], "new_singleton": 0,
            "stopped_being_singleton": 0, "singleton_gone": 0,
        }  # fmt: skip
        sample = c["samples"]["became_singleton"]
        assert len(sample) == min(10, truth["singletons"])
        assert all((s["count_a"], s["count_b"]) == (2, 1) for s in sample)
    # The singleton rates of the person and title categories are far apart, beyond noise.
    for relation in ("birth_date", "death_date", "paper_title"):
        assert by_relation[relation]["intervals_separate"] is True
    for relation in tally["relations"]:
        assert relation in output
    assert f"{tally['relations']['birth_date']['singleton_rate']:+.3f}" in output


def test_compare_json_matches_its_schema(duplicated_and_deduplicated):
    import jsonschema

    from auditor import report_schema

    _, compared, _, _ = duplicated_and_deduplicated
    schema = json.loads(report_schema.COMPARE_SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert not list(validator.iter_errors(compared))
    broken = json.loads(json.dumps(compared))
    del broken["categories"][0]["transitions"]["became_singleton"]
    assert list(validator.iter_errors(broken))


def test_the_comparison_page_is_written_with_both_audits(duplicated_and_deduplicated):
    _, _, output, base = duplicated_and_deduplicated
    page = (base / "cmp" / "compare.html").read_text(encoding="utf-8")
    assert "compare.html" in output and page.count('data-plot="rates"') == 4
    assert str(base / "a") in page and "<script" not in page


def test_comparing_an_audit_with_itself_changes_nothing(duplicated_and_deduplicated):
    _, _, _, base = duplicated_and_deduplicated
    result = CliRunner().invoke(
        main, ["compare", str(base / "b"), str(base / "b"), "--out", str(base / "same")]
    )
    assert result.exit_code == 0, result.output
    compared = json.loads((base / "same" / "compare.json").read_text(encoding="utf-8"))
    for c in compared["categories"]:
        assert c["difference"] == 0.0 and c["intervals_separate"] is False
        assert set(c["transitions"].values()) == {0}


@pytest.mark.parametrize(
    ("r_a", "r_b", "expected"),
    [(2, 1, "became_singleton"), (0, 1, "new_singleton"), (1, 3, "stopped_being_singleton"),
     (1, 0, "singleton_gone"), (1, 1, None), (2, 5, None), (0, 2, None)],
)  # fmt: skip
def test_transitions_by_hand(r_a, r_b, expected):
    assert transition(r_a, r_b) == expected


def test_intervals_separate_only_when_they_do_not_overlap():
    assert intervals_separate([0.1, 0.2], [0.3, 0.4]) and intervals_separate([0.3, 0.4], [0.1, 0.2])
    assert not intervals_separate([0.1, 0.3], [0.3, 0.4])  # touching is overlapping
    assert not intervals_separate([0.1, 0.5], [0.2, 0.3])


def test_compare_errors_are_one_line(tmp_path, duplicated_and_deduplicated):
    _, _, _, base = duplicated_and_deduplicated
    result = CliRunner().invoke(main, ["compare", str(tmp_path), str(base / "b")])
    assert result.exit_code == 1 and "holds no report.json" in result.output
    documents = tmp_path / "by-documents"
    result = CliRunner().invoke(
        main, ["scan", "-q", str(base / "corpus"), "--out", str(documents), "--count-by", "documents"]
    )
    assert result.exit_code == 0
    result = CliRunner().invoke(
        main, ["compare", str(base / "b"), str(documents), "--out", str(tmp_path / "c")]
    )
    assert result.exit_code == 1 and "scan both with the same --count-by" in result.output
    assert "Traceback" not in result.output
