"""score.html in a real headless Chromium, as report.html is tested (tests/cli/test_report_browser.py):
both plots draw marks of non-zero size inside their frame, the console stays free of errors,
nothing is fetched, no script is on the page, and markup in an item shows as text. The expected
marks are counted by hand from the items of tests/cli/test_scoring.py."""

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import render
from test_scoring import CALIBRATED, answers, items

from auditor.cli import main


def score_page(tmp_path: Path, chosen: list[dict], by_id: dict) -> Path:
    questions = tmp_path / "q.jsonl"
    questions.write_text("".join(json.dumps(i) + "\n" for i in chosen), encoding="utf-8")
    answer_file = tmp_path / "a.jsonl"
    answer_file.write_text(
        "".join(json.dumps({"id": k, "answer": v}) + "\n" for k, v in by_id.items()),
        encoding="utf-8",
    )
    out = tmp_path / "score"
    result = CliRunner().invoke(main, ["score", str(questions), str(answer_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / "score.html"


def test_both_plots_of_the_score_page_draw(browser, tmp_path):
    seen = render(browser, score_page(tmp_path, items(), answers(CALIBRATED)))
    assert seen["errors"] == [] and seen["scripts"] == 0
    assert len(seen["requests"]) == 1 and seen["requests"][0].startswith("file://")
    assert seen["title"] == "Model score against the audit"
    # bars at t = 0 (the calibrated model answers every item there): one per outcome present
    # in each relation × bucket cell, 12 (see test_scoring's SVG test); points: 4 each for
    # overall, capital, birth_date and paper_title, 1 for death_date = 17
    assert seen["plots"] == [
        {"plot": "buckets", "marks": 12, "bad": 0},
        {"plot": "calibration", "marks": 17, "bad": 0},
    ]


def test_markup_in_an_item_shows_as_text(browser, tmp_path):
    hostile = "<script>console.error('ran'); document.title = 'pwned'</script>"
    chosen = [dict(i, relation=hostile, bucket="1") for i in items()[:4]]
    seen = render(browser, score_page(tmp_path, chosen, {i["id"]: "Nairobi" for i in chosen}))
    assert seen["errors"] == [] and seen["scripts"] == 0
    assert seen["title"] == "Model score against the audit"
    assert hostile in seen["text"]
    assert [p["plot"] for p in seen["plots"]] == ["buckets", "calibration"]
    assert all(p["marks"] > 0 and p["bad"] == 0 for p in seen["plots"])
