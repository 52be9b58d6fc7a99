"""`auditor report OUT`, `auditor scan --json` and report.json's schema."""

import json
import shutil

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import REPO, SAMPLE_DATA

from auditor import report, report_schema
from auditor.cli import main


def _read(out):
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """An audit of a copy of sample_data/, and the copy removed afterwards."""
    base = tmp_path_factory.mktemp("rebuild")
    corpus = base / "corpus"
    shutil.copytree(SAMPLE_DATA, corpus)
    out = base / "audit"
    result = CliRunner().invoke(main, ["scan", "-q", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    shutil.rmtree(corpus)
    return out


def _without_run(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "run"}


def test_report_rebuilds_the_same_reports_without_the_corpus_from_a_moved_out(scanned, tmp_path):
    original = _read(scanned)
    moved = tmp_path / "elsewhere"
    shutil.copytree(scanned, moved)  # the corpus is gone and OUT is in another place
    for name in ("report.json", "report.md", "report.html"):
        (moved / name).unlink()
    result = CliRunner().invoke(main, ["report", str(moved)])
    assert result.exit_code == 0, result.output
    assert "birth_date" in result.output and "report.html" in result.output
    rebuilt = _read(moved)
    assert _without_run(rebuilt) == _without_run(original)
    assert rebuilt["run"]["run_id"] != original["run"]["run_id"]
    assert rebuilt["run"]["config_hash"] == original["run"]["config_hash"]
    assert (moved / "report.md").read_text(encoding="utf-8") == (
        scanned / "report.md"
    ).read_text(encoding="utf-8")
    assert (moved / "report.html").is_file()


def test_another_retrieval_threshold_changes_only_the_verdicts(scanned, tmp_path):
    out = tmp_path / "audit"
    shutil.copytree(scanned, out)
    original = _read(out)
    result = CliRunner().invoke(main, ["report", str(out), "--retrieval-threshold", "0.45"])
    assert result.exit_code == 0, result.output
    rebuilt = _read(out)
    assert rebuilt["retrieval_threshold"] == 0.45
    for before, after in zip(original["categories"], rebuilt["categories"], strict=True):
        low = before["singleton_rate_ci"][0]
        # The rule, restated: flagged when the lower end of the interval reaches the threshold,
        # no verdict under 10 mentions.
        expected = None if before["mentions"] < 10 else low >= 0.45
        assert after["needs_retrieval"] is expected
        assert {k: v for k, v in after.items() if k != "needs_retrieval"} == {
            k: v for k, v in before.items() if k != "needs_retrieval"
        }
    flags = {c["relation"]: c["needs_retrieval"] for c in rebuilt["categories"]}
    assert flags["capital"] is False and flags["death_date"] is True  # 0.514 >= 0.45
    assert flags["birth_date"] is False  # its interval starts at 0.431


def test_format_writes_only_the_reports_named(scanned, tmp_path):
    out = tmp_path / "audit"
    shutil.copytree(scanned, out)
    for name in ("report.json", "report.md", "report.html"):
        (out / name).unlink()
    result = CliRunner().invoke(main, ["report", str(out), "--format", "md"])
    assert result.exit_code == 0, result.output
    assert (out / "report.md").is_file()
    assert not (out / "report.json").exists() and not (out / "report.html").exists()


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--format", "pdf"], 2, "name one or more of json, md, html"),
        (["--retrieval-threshold", "1.5"], 2, "1.5"),
    ],
)
def test_bad_report_options_are_one_line(scanned, args, status, message):
    result = CliRunner().invoke(main, ["report", str(scanned), *args])
    assert result.exit_code == status and message in result.output
    assert "Traceback" not in result.output


def test_report_of_a_folder_without_an_audit_says_what_to_do(tmp_path):
    result = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert result.exit_code == 1
    assert "holds no audit.duckdb; run `auditor scan PATH... --out" in result.output


def test_scan_json_prints_the_report_on_stdout(tmp_path):
    out = tmp_path / "audit"
    result = CliRunner().invoke(
        main, ["scan", "-q", str(SAMPLE_DATA), "--out", str(out), "--json"]
    )
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == _read(out)


def test_the_summary_names_the_html_report(tmp_path):
    out = tmp_path / "audit"
    result = CliRunner().invoke(main, ["scan", "-q", str(SAMPLE_DATA), "--out", str(out)])
    assert f"report: {out / 'report.html'}" in result.output


def test_the_committed_schema_is_the_one_the_model_generates():
    committed = (REPO / "auditor" / "schemas" / "report.schema.json").read_text(encoding="utf-8")
    assert committed == report_schema.render(), "run: python -m auditor.report_schema"
    assert report.SCHEMA_VERSION == 2
    assert json.loads(committed)["properties"]["schema_version"]["const"] == report.SCHEMA_VERSION
    compare = (REPO / "auditor" / "schemas" / "compare.schema.json").read_text(encoding="utf-8")
    assert compare == report_schema.render(report_schema.Comparison)


def test_the_schema_refuses_a_renamed_or_retyped_key(scanned):
    schema = json.loads((REPO / "auditor" / "schemas" / "report.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    good = _read(scanned)
    assert not list(validator.iter_errors(good))
    renamed = json.loads(json.dumps(good))
    renamed["categories"][0]["singleton_share"] = renamed["categories"][0].pop("singleton_rate")
    retyped = json.loads(json.dumps(good))
    retyped["categories"][1]["conflicts"]["conflicted_subjects"] = "two"
    old = json.loads(json.dumps(good))
    old["schema_version"] = 1
    for broken in (renamed, retyped, old):
        assert list(validator.iter_errors(broken))
