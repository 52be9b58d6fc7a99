"""report.html and compare.html in a real headless Chromium (Debian's ``chromium`` package,
driven by playwright with that system browser; ``.ci/run`` installs it). Every plot must have
drawn marks of non-zero size inside its frame, the console must stay free of errors, nothing
may be fetched, and a document whose text holds ``<script>`` shows it as text.

The test does not skip: without a browser it fails and says how to get one."""

import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from conftest import SAMPLE_DATA, render, write_jsonl

from auditor.cli import main


def _scan(corpus: Path, out: Path) -> dict:
    result = CliRunner().invoke(main, ["scan", "-q", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _assert_every_plot_drew(seen: dict, expected: dict) -> None:
    assert seen["errors"] == [], seen["errors"]
    assert len(seen["requests"]) == 1 and seen["requests"][0].startswith("file://")
    assert seen["scripts"] == 0
    counts: dict[str, int] = {}
    for plot in seen["plots"]:
        counts[plot["plot"]] = counts.get(plot["plot"], 0) + 1
        assert plot["marks"] > 0 and plot["bad"] == 0, plot
    assert counts == expected


def _expected_plots(report: dict) -> dict:
    """One overview of the rates, then per category with facts: its rate, n_r and buckets
    (and its curve where report.json has one)."""
    rated = [c for c in report["categories"] if c["singleton_rate"] is not None]
    expected = {"rates": 1 + len(rated), "freq-of-freq": len(rated), "buckets": len(rated)}
    curves = sum(1 for c in rated if c.get("curve"))
    if curves:
        expected["curve"] = curves
    return expected


def test_the_report_of_sample_data_draws_every_plot(browser, tmp_path):
    report = _scan(SAMPLE_DATA, tmp_path / "audit")
    seen = render(browser, tmp_path / "audit" / "report.html")
    _assert_every_plot_drew(seen, _expected_plots(report))
    assert seen["title"] == "Fact audit"
    assert "Bolivia" in seen["text"] and "La Paz (" in seen["text"]  # a planted conflict


def test_the_report_of_a_planted_corpus_draws_every_plot(browser, tmp_path, sample_generator):
    sample_generator.generate(tmp_path / "corpus", seed=99, documents=200)
    report = _scan(tmp_path / "corpus", tmp_path / "audit")
    _assert_every_plot_drew(render(browser, tmp_path / "audit" / "report.html"),
                            _expected_plots(report))  # fmt: skip


def test_markup_in_the_corpus_is_shown_as_text(browser, tmp_path):
    hostile = ("Lima is the capital of Peru. <script>document.title = 'pwned'; "
               "console.error('ran')</script><img src=x onerror=\"document.title = 'img'\">")  # fmt: skip
    corpus = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "<script>console.error('id')</script>", "text": hostile},
        {"id": "2", "text": "Oslo is the capital of Norway. Oslo is the capital of Norway."},
        # A fact whose value itself holds markup: the title of a BibTeX entry.
        {"id": "3", "text": "@article{smith2016,\n  title = {Learning to <script>console.error("
                            "'title')</script> parse},\n  author = {Smith, John},\n"
                            "  year = {2016}\n}\n"},
    ])  # fmt: skip
    report = _scan(corpus, tmp_path / "audit")
    by_relation = {c["relation"]: c for c in report["categories"]}
    capital, titles = by_relation["capital"], by_relation["paper_title"]
    assert [s["value"] for s in capital["singleton_sample"]] == ["Lima"]
    assert [t["value"] for t in titles["top_facts"]] == [
        "Learning to <script>console.error('title')</script> parse"
    ]
    seen = render(browser, tmp_path / "audit" / "report.html")
    rated = [c for c in report["categories"] if c["singleton_rate"] is not None]
    assert len(rated) == 2  # birth and death dates have no facts: no plot for them
    _assert_every_plot_drew(seen, _expected_plots(report))
    assert seen["title"] == "Fact audit"  # no script ran, no image handler fired
    assert "<script>document.title = 'pwned'; console.error('ran')</script>" in seen["text"]
    assert "<script>console.error('id')</script>" in seen["text"]
    assert "<img src=x onerror=" in seen["text"]
    assert "Learning to <script>console.error('title')</script> parse" in seen["text"]


def test_the_comparison_page_draws_both_audits(browser, tmp_path, sample_generator):
    sample_generator.generate(tmp_path / "corpus", seed=5, documents=150)
    (tmp_path / "corpus" / "TALLY.json").unlink()
    for copy in ("one", "two"):
        shutil.copytree(tmp_path / "corpus", tmp_path / "twice" / copy)
    report = _scan(tmp_path / "corpus", tmp_path / "b")
    _scan(tmp_path / "twice", tmp_path / "a")
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "a"), str(tmp_path / "b"),
                                       "--out", str(tmp_path / "cmp")])  # fmt: skip
    assert result.exit_code == 0, result.output
    seen = render(browser, tmp_path / "cmp" / "compare.html")
    expected = _expected_plots(report)
    expected["rates"] -= 1  # no overview on the comparison page
    _assert_every_plot_drew(seen, expected)
    rates = [p for p in seen["plots"] if p["plot"] == "rates"]
    assert all(p["marks"] == 4 for p in rates)  # A and B: a point and an interval each
