"""`auditor` driven through click's CliRunner over real shards in tmp_path."""

import json
from importlib.resources import files
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from conftest import REPO, SAMPLE_DATA, write_jsonl

from auditor.cli import main


def scan(*args: str) -> tuple:
    result = CliRunner().invoke(main, ["scan", "--quiet", *args])
    return result


def report_of(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def assert_matches_tally(report: dict, tally: dict) -> None:
    by_relation = {c["relation"]: c for c in report["categories"]}
    assert set(by_relation) == set(tally["relations"])
    for relation, truth in tally["relations"].items():
        got = by_relation[relation]
        for key in ("mentions", "distinct_facts", "singletons", "doubletons"):
            assert got[key] == truth[key], (relation, key)
        assert got["singleton_rate"] == pytest.approx(truth["singleton_rate"], abs=1e-12)
    assert report["corpus"]["documents"] == tally["documents"]


def test_scan_of_sample_data_matches_its_hand_tally(tmp_path, sample_tally):
    out = tmp_path / "audit"
    result = scan(str(SAMPLE_DATA), "--out", str(out))
    assert result.exit_code == 0, result.output
    report = report_of(out)
    assert_matches_tally(report, sample_tally)
    assert report["corpus"]["shards"] == 4
    assert report["corpus"]["skipped"] == {"shards": {}, "rows": {}}
    assert "capital" in result.output and "singleton rate" in result.output
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# Fact audit")


@pytest.mark.parametrize("seed", [7, 99])
def test_scan_of_a_fresh_planted_corpus_matches_the_plan(tmp_path, sample_generator, seed):
    tally = sample_generator.generate(tmp_path / "corpus", seed=seed, documents=200)
    out = tmp_path / "audit"
    result = scan(str(tmp_path / "corpus"), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert_matches_tally(report_of(out), tally)


def test_count_bases_and_the_database_follow_a_hand_computed_example(tmp_path):
    # doc1 states Kenya→Nairobi twice; doc2 once, plus Peru→Lima once.
    # mentions:  Nairobi r=3, Lima r=1 -> N=4, n1=1, singleton rate 1/4
    # documents: Nairobi r=2, Lima r=1 -> N=3, n1=1, singleton rate 1/3
    corpus = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "1", "text": "Nairobi is the capital of Kenya. The capital of Kenya is Nairobi."},
        {"id": "2", "text": "Nairobi, the capital of Kenya, is large. Lima is the capital of Peru."},
    ])  # fmt: skip
    for basis, rate, distinct in [("mentions", 1 / 4, 2), ("documents", 1 / 3, 2)]:
        out = tmp_path / basis
        assert scan(str(corpus), "--out", str(out), "--count-by", basis).exit_code == 0
        (capital,) = [c for c in report_of(out)["categories"] if c["relation"] == "capital"]
        assert capital["singleton_rate"] == pytest.approx(rate)
        assert (capital["distinct_facts"], capital["mentions"], capital["documents"]) == (
            distinct,
            4,
            2,
        )
        with duckdb.connect(str(out / "audit.duckdb"), read_only=True) as con:
            counts = con.execute(
                "SELECT value, mentions, documents FROM fact_counts WHERE relation = 'capital' ORDER BY value"
            ).fetchall()
            assert counts == [("Lima", 1, 1), ("Nairobi", 3, 2)]
            stored = con.execute(
                "SELECT singleton_rate FROM categories WHERE relation = 'capital'"
            ).fetchone()
            assert stored[0] == pytest.approx(rate)


def test_retrieval_flag_follows_the_lower_end_of_the_esty_interval(tmp_path):
    # 20 capitals stated once and 10 stated three times: N = 20 + 30 = 50, n1 = 20, n2 = 0.
    # singleton rate = 20/50 = 0.4; Esty: sqrt((n1(N - n1) + 2N n2)/N^3) = sqrt(600/125000)
    # = 0.0692820; 1.959964 * 0.0692820 = 2 * 0.0692820 - 0.040036 * 0.0692820 = 0.1357903;
    # interval 0.2642097 .. 0.5357903.
    syllables = ["Ka", "Lo", "Mi", "Nu", "Pe", "Ro"]
    names = [a + b.lower() + "ria" for a in syllables for b in syllables][:30]
    statements = [f"Port {name} is the capital of {name}." for name in names[:20]]
    statements += [
        f"Port {name} is the capital of {name}." for name in names[20:] for _ in range(3)
    ]
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"text": s} for s in statements])
    for threshold, flagged in [("0.2642", True), ("0.2643", False)]:
        out = tmp_path / threshold
        assert (
            scan(str(corpus), "--out", str(out), "--retrieval-threshold", threshold).exit_code == 0
        )
        (capital,) = [c for c in report_of(out)["categories"] if c["relation"] == "capital"]
        assert capital["singleton_rate"] == pytest.approx(0.4)
        assert capital["singleton_rate_ci"] == pytest.approx([0.2642097, 0.5357903], abs=1e-7)
        assert capital["freq_of_freq"] == {"1": 20, "3": 10}
        assert capital["needs_retrieval"] is flagged


def test_extractors_option_picks_categories_and_unknown_names_are_refused(tmp_path):
    out = tmp_path / "audit"
    assert scan(str(SAMPLE_DATA), "--out", str(out), "--extractors", "capital").exit_code == 0
    assert [c["relation"] for c in report_of(out)["categories"]] == ["capital"]
    result = scan(str(SAMPLE_DATA), "--out", str(out), "--extractors", "capitals")
    assert result.exit_code == 2 and "unknown extractor 'capitals'" in result.output


def test_bad_shards_and_rows_are_counted_in_the_report_and_the_run_goes_on(tmp_path, caplog):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [{"text": "Lima is the capital of Peru."}, b"{not json"])
    (corpus / "b.parquet").write_bytes(b"garbage")
    out = tmp_path / "audit"
    result = scan(str(corpus), "--out", str(out))
    assert result.exit_code == 0, result.output
    report = report_of(out)
    assert report["corpus"]["skipped"] == {
        "shards": {"unreadable": 1},
        "rows": {"malformed_json": 1},
    }
    assert report["corpus"]["documents"] == 1
    assert "b.parquet: cannot be read" in caplog.text and "a.jsonl line 2: skipped" in caplog.text


def test_missing_inputs_are_a_clear_error_not_a_traceback(tmp_path):
    result = scan(str(tmp_path / "nowhere"), "--out", str(tmp_path / "audit"))
    assert result.exit_code == 1
    assert "no such file, directory or matching glob pattern" in result.output
    assert "Traceback" not in result.output


def test_extractors_command_lists_every_builtin():
    result = CliRunner().invoke(main, ["extractors"])
    assert result.exit_code == 0
    names = [line.split("\t")[0] for line in result.output.splitlines()]
    assert names == ["birth_date", "capital", "death_date", "paper_title"]


def test_every_command_and_option_has_documented_help():
    for name, command in main.commands.items():
        assert command.help and len(command.help) > 30, name
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts}"
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_every_query_in_sql_ships_with_the_installed_package():
    shipped = {p.name for p in files("auditor.sql").iterdir() if p.name.endswith(".sql")}
    in_repo = {p.name for p in (REPO / "sql").glob("*.sql")}
    assert shipped == in_repo and "fact_counts.sql" in shipped


def test_exit_status_tells_a_scheduler_whether_anything_was_read(tmp_path):
    from auditor.cli import EXIT_NOTHING_READ, EXIT_SKIPPED_STRICT

    nested = write_jsonl(tmp_path / "a.jsonl", [{"doc": {"body": "Lima is the capital of Peru."}}])
    # The text sits under doc.body: the default --text-field reads nothing, and says so.
    result = scan(str(nested), "--out", str(tmp_path / "a"))
    assert result.exit_code == EXIT_NOTHING_READ, result.output
    assert "no document could be read" in result.output
    result = scan(str(nested), "--out", str(tmp_path / "b"), "--text-field", "doc.body")
    assert result.exit_code == 0, result.output
    assert report_of(tmp_path / "b")["corpus"]["documents"] == 1

    mixed = write_jsonl(tmp_path / "mixed.jsonl", [{"text": "Lima is the capital of Peru."}, b"{broken"])
    assert scan(str(mixed), "--out", str(tmp_path / "c")).exit_code == 0
    result = scan(str(mixed), "--out", str(tmp_path / "d"), "--strict")
    assert result.exit_code == EXIT_SKIPPED_STRICT, result.output
    assert report_of(tmp_path / "d")["corpus"]["skipped"]["rows"] == {"malformed_json": 1}


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--retrieval-threshold", "nan", "not a finite number"),
        ("--max-doc-mb", "inf", "not a finite number"),
        ("--split-mb", "nan", "not a finite number"),
        ("--merge-threshold", "nan", "neither a similarity"),
        ("--memory-limit", "1KB", "too little for DuckDB"),
        ("--workers", "4096", "would only compete"),
    ],
)
def test_bad_numbers_are_refused_in_one_line_before_any_work(tmp_path, option, value, message):
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"text": "Lima is the capital of Peru."}])
    result = scan(str(corpus), "--out", str(tmp_path / "out"), option, value)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_an_out_under_a_file_is_refused(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"text": "Lima is the capital of Peru."}])
    (tmp_path / "plain").write_text("a file, not a folder")
    result = scan(str(corpus), "--out", str(tmp_path / "plain" / "audit"))
    assert result.exit_code == 2 and "is not a folder" in result.output


def test_a_bad_path_is_reported_before_spacy_or_duckdb_is_imported(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from auditor.cli import main\n"
        "try:\n"
        f"    main(['scan', {str(tmp_path / 'missing')!r}])\n"
        "except SystemExit as exc:\n"
        "    print(exc.code, sorted({'spacy', 'duckdb', 'datasketch'} & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert done.stdout.split("\n")[0] == "1 []", done.stdout + done.stderr
    assert "no such file" in done.stderr


def test_a_single_mention_gives_a_wide_interval_and_no_verdict(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"text": "Lima is the capital of Peru."}])
    out = tmp_path / "out"
    assert scan(str(corpus), "--out", str(out)).exit_code == 0
    (capital,) = [c for c in report_of(out)["categories"] if c["relation"] == "capital"]
    assert capital["singleton_rate"] == 1.0
    assert capital["singleton_rate_ci_method"] == "wilson"
    low, high = capital["singleton_rate_ci"]
    assert low == pytest.approx(0.206549, abs=1e-6) and high == 1.0  # not the point [1, 1]
    assert capital["needs_retrieval"] is None
    assert "too few" in (out / "report.md").read_text(encoding="utf-8")


def test_too_little_free_space_for_out_is_refused_before_work(tmp_path, monkeypatch):
    import shutil as shutil_module
    from collections import namedtuple

    corpus = write_jsonl(tmp_path / "c.jsonl", [{"text": "Lima is the capital of Peru."}])
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil_module, "disk_usage", lambda path: usage(10**9, 10**9 - 2**20, 2**20))
    result = scan(str(corpus), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and "has 1 MiB free" in result.output


def test_a_duckdb_failure_while_counting_is_one_line_and_the_facts_are_kept(tmp_path, monkeypatch):
    import duckdb

    from auditor import counting

    def full_disk(*args, **kwargs):
        raise duckdb.IOException("No space left on device")

    monkeypatch.setattr(counting, "count_facts", full_disk)
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"text": "Lima is the capital of Peru."}])
    result = scan(str(corpus), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "counting in DuckDB failed (IOException: No space left on device)" in result.output
    assert list((tmp_path / "out" / "facts").glob("*.parquet"))
