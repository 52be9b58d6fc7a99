"""`auditor score`: four answer files (always answers, always abstains, perfectly calibrated,
over-confident) over fourteen hand-made items, every expected figure computed by hand below."""

import json
from fractions import Fraction
from importlib.resources import files

import jsonschema
import pytest
from click.testing import CliRunner

from auditor import scoring
from auditor.cli import main
from auditor.scoring_html import render_html

THRESHOLDS = (0.0, 0.5, 0.75, 0.9)

# Corpus weights of the buckets and the audit's floor, per relation (invented for the test).
SHARES = {
    "capital": {"1": 0.1, "2-3": 0.3, "4-10": 0.6},
    "birth_date": {"1": 0.5, "2-3": 0.3, "4-10": 0.2},
    "death_date": {"1": 1.0},
    "paper_title": {"1": 0.4, "4-10": 0.6},
}
FLOOR = {
    "capital": (0.1, [0.05, 0.2]),
    "birth_date": (0.5, [0.4, 0.6]),
    "death_date": (0.8, [0.5, 1.0]),
    "paper_title": (0.4, [0.3, 0.5]),
}

# (group, relation, subject, gold keys, answer kind, bucket, the model's best answer, right?)
# Group A: the model is sure (confidence 1) and right. Group B: confidence 0.6, right on 3 of 5.
# Group C: confidence 0.2, right on 1 of 5. So the calibrated model's confidence is its accuracy.
FACTS = [
    ("A", "capital", "Kenya", ["nairobi"], "place", "4-10", "nairobi.", True),
    ("A", "capital", "Japan", ["tokyo"], "place", "4-10", "Tokyo", True),
    ("A", "birth_date", "Ada Lovelace", ["1815-12-10"], "date", "4-10", "10 December 1815", True),
    ("A", "paper_title", "Attention is all you need", ["vaswani"], "family_name", "4-10",
     "Ashish Vaswani", True),
    ("B", "capital", "Peru", ["lima"], "place", "2-3", "Lima", True),
    ("B", "capital", "Bolivia", ["la paz", "sucre"], "place", "2-3", "La Paz", True),  # conflicted
    ("B", "birth_date", "Marie Curie", ["1867-11-07"], "date", "2-3", "November 7, 1867", True),
    ("B", "birth_date", "Alan Turing", ["1912-06-23"], "date", "2-3", "1912-06-24", False),
    ("B", "capital", "Ghana", ["accra"], "place", "2-3", "Kumasi", False),
    ("C", "capital", "Nepal", ["kathmandu"], "place", "1", "KATHMANDU", True),
    ("C", "capital", "Chile", ["santiago"], "place", "1", "Valparaíso", False),
    ("C", "birth_date", "Jonas Eriksen", ["1901-03-04"], "date", "1", "4 March 1902", False),
    ("C", "death_date", "Jonas Eriksen", ["1970-05-05"], "date", "1", "May 1970", False),
    ("C", "paper_title", "Sparse kernel methods at scale", ["okonkwo"], "family_name", "1",
     "Smith", False),
]  # fmt: skip

ABSTAIN = ["I don't know", "I don’t know.", "", None, "Unknown"]


def item_id(index: int, t: float) -> str:
    return f"f{index}:t{t:g}"


def items() -> list[dict]:
    out = []
    for index, (_, relation, subject, gold, kind, bucket, _, _) in enumerate(FACTS):
        rate, interval = FLOOR[relation]
        for t in THRESHOLDS:
            out.append({
                "id": item_id(index, t), "relation": relation, "subject": subject, "t": t,
                "gold_keys": gold, "gold_answers": gold, "answer_kind": kind, "bucket": bucket,
                "bucket_share": SHARES[relation][bucket], "singleton_rate": rate,
                "singleton_rate_ci": interval,
            })  # fmt: skip
    return out


def answers(confidence: dict[str, float]) -> dict:
    """A model with this confidence per group: it answers its best answer when its confidence
    exceeds t, and abstains otherwise (in one of several ways of saying so)."""
    out = {}
    for index, (group, *_, best, _) in enumerate(FACTS):
        for t in THRESHOLDS:
            out[item_id(index, t)] = best if confidence[group] > t else ABSTAIN[index % 5]
    return out


ALWAYS_ANSWERS = {"A": 2.0, "B": 2.0, "C": 2.0}  # answers whatever t is
ALWAYS_ABSTAINS = {"A": -1.0, "B": -1.0, "C": -1.0}
CALIBRATED = {"A": 1.0, "B": 0.6, "C": 0.2}  # its confidence is its accuracy in each group
# Believes the 0.6-group at 0.95 and the 0.2-group at 0.85: answers C up to t = 0.75, B always.
OVER_CONFIDENT = {"A": 1.0, "B": 0.95, "C": 0.85}

# Expected (correct, wrong, abstained) over the 14 items at each t, by hand:
# A = 4 right; B = 3 right + 2 wrong; C = 1 right + 4 wrong.
EXPECTED_COUNTS = {
    "always answers": {0.0: (8, 6, 0), 0.5: (8, 6, 0), 0.75: (8, 6, 0), 0.9: (8, 6, 0)},
    "always abstains": {0.0: (0, 0, 14), 0.5: (0, 0, 14), 0.75: (0, 0, 14), 0.9: (0, 0, 14)},
    # t = 0: all groups (confidence > 0); t = 0.5: A and B; t = 0.75 and 0.9: A only.
    "calibrated": {0.0: (8, 6, 0), 0.5: (7, 2, 5), 0.75: (4, 0, 10), 0.9: (4, 0, 10)},
    # C (0.85) answers up to 0.75 and abstains at 0.9; B (0.95) answers at 0.9.
    "over-confident": {0.0: (8, 6, 0), 0.5: (8, 6, 0), 0.75: (8, 6, 0), 0.9: (7, 2, 5)},
}
# score = correct − t/(1−t)·wrong; t/(1−t) = 0, 1, 3, 9 for t = 0, 0.5, 0.75, 0.9.
EXPECTED_SCORES = {
    "always answers": {0.0: 8, 0.5: 8 - 6, 0.75: 8 - 3 * 6, 0.9: 8 - 9 * 6},  # 8, 2, -10, -46
    "always abstains": {0.0: 0, 0.5: 0, 0.75: 0, 0.9: 0},
    "calibrated": {0.0: 8, 0.5: 7 - 2, 0.75: 4, 0.9: 4},  # 8, 5, 4, 4
    "over-confident": {0.0: 8, 0.5: 2, 0.75: -10, 0.9: 7 - 9 * 2},  # ..., -11
}
MODELS = {
    "always answers": ALWAYS_ANSWERS,
    "always abstains": ALWAYS_ABSTAINS,
    "calibrated": CALIBRATED,
    "over-confident": OVER_CONFIDENT,
}


def run(tmp_path, model: str) -> dict:
    tmp_path.mkdir(parents=True, exist_ok=True)
    questions = tmp_path / "questions.jsonl"
    questions.write_text("".join(json.dumps(i) + "\n" for i in items()), encoding="utf-8")
    answer_file = tmp_path / "answers.jsonl"
    answer_file.write_text(
        "".join(json.dumps({"id": k, "answer": v}) + "\n" for k, v in answers(MODELS[model]).items()),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["score", str(questions), str(answer_file), "--out", str(tmp_path / "score")]
    )
    assert result.exit_code == 0, result.output
    return json.loads((tmp_path / "score" / "score.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("model", list(MODELS))
def test_overall_figures_per_t_equal_the_hand_computation(tmp_path, model):
    result = run(tmp_path, model)
    assert result["items"] == 56 and result["scored_items"] == 56
    assert [c["t"] for c in result["overall"]] == list(THRESHOLDS)
    for c in result["overall"]:
        correct, wrong, abstained = EXPECTED_COUNTS[model][c["t"]]
        t = Fraction(str(c["t"]))
        assert (c["n"], c["correct"], c["wrong"], c["abstained"]) == (14, correct, wrong, abstained)
        assert c["accuracy"] == float(Fraction(correct, 14))
        assert c["error_rate"] == float(Fraction(wrong, 14))
        assert c["abstention_rate"] == float(Fraction(abstained, 14))
        assert c["accuracy"] + c["error_rate"] + c["abstention_rate"] == pytest.approx(1)
        answered = correct + wrong
        assert c["answered_accuracy"] == (float(Fraction(correct, answered)) if answered else None)
        assert c["score"] == EXPECTED_SCORES[model][c["t"]]
        assert c["beats_abstaining"] is (EXPECTED_SCORES[model][c["t"]] > 0)
        if answered:
            assert c["calibration_gap"] == float(Fraction(correct, answered) - t)
            assert c["meets_target"] is (Fraction(correct, answered) > t)


def test_the_calibrated_model_meets_every_target_and_the_over_confident_one_does_not(tmp_path):
    calibrated = run(tmp_path / "c", "calibrated")
    # answered accuracy 8/14, 7/9, 4/4, 4/4 against t = 0, 0.5, 0.75, 0.9
    assert [c["meets_target"] for c in calibrated["overall"]] == [True, True, True, True]
    assert [c["calibration_gap"] for c in calibrated["overall"]] == [
        float(Fraction(8, 14)), float(Fraction(7, 9) - Fraction(1, 2)), 0.25, float(1 - Fraction(9, 10))
    ]
    over = run(tmp_path / "o", "over-confident")
    # answered accuracy 8/14 = 0.571 at t = 0.75 and 7/9 = 0.778 at t = 0.9: below the targets
    assert [c["meets_target"] for c in over["overall"]] == [True, True, False, False]
    assert over["overall"][3]["calibration_gap"] == float(Fraction(7, 9) - Fraction(9, 10))
    abstains = run(tmp_path / "a", "always abstains")
    assert [c["answered_accuracy"] for c in abstains["overall"]] == [None] * 4
    assert [c["beats_abstaining"] for c in abstains["overall"]] == [False] * 4


def test_cells_per_relation_and_bucket_equal_the_hand_computation(tmp_path):
    result = run(tmp_path, "calibrated")
    cells = {(c["relation"], c["bucket"], c["t"]): c for c in result["cells"]}
    # capital, bucket 2-3 (Peru right, Bolivia right as La Paz, Ghana wrong; group B)
    c = cells["capital", "2-3", 0.5]
    assert (c["n"], c["correct"], c["wrong"], c["abstained"], c["score"]) == (3, 2, 1, 0, 1)
    c = cells["capital", "2-3", 0.75]  # B abstains above 0.6
    assert (c["n"], c["correct"], c["wrong"], c["abstained"], c["score"]) == (3, 0, 0, 3, 0)
    # capital, bucket 1 at t = 0 (Nepal right, Chile wrong): accuracy 1/2, score 1
    c = cells["capital", "1", 0.0]
    assert (c["correct"], c["wrong"], c["accuracy"], c["error_rate"], c["score"]) == (1, 1, 0.5, 0.5, 1)
    # birth_date, bucket 2-3 at t = 0.5 (Curie right, Turing one day off): score 1 - 1 = 0
    c = cells["birth_date", "2-3", 0.5]
    assert (c["correct"], c["wrong"], c["score"], c["beats_abstaining"]) == (1, 1, 0, False)
    assert set(cells) == {
        (relation, bucket, t)
        for _, relation, _, _, _, bucket, _, _ in FACTS
        for t in THRESHOLDS
    }
    relations = {(c["relation"], c["t"]): c for c in result["relations"]}
    # capital at t = 0: 7 items, right: Kenya, Japan, Peru, Bolivia, Nepal; wrong: Ghana, Chile
    c = relations["capital", 0.0]
    assert (c["n"], c["correct"], c["wrong"], c["error_rate"]) == (7, 5, 2, float(Fraction(2, 7)))


def test_error_at_t0_beside_the_floor_is_weighted_by_the_corpus_shares(tmp_path):
    result = run(tmp_path, "always answers")
    floor = {f["relation"]: f for f in result["floor"]}
    # capital: error 1/2 in bucket 1 (share 0.1), 1/3 in 2-3 (0.3), 0 in 4-10 (0.6)
    #   = 0.05 + 0.1 = 0.15, inside [0.05, 0.2]; on the sample 2 wrong of 7.
    capital = floor["capital"]
    assert capital["t"] == 0 and capital["n"] == 7
    assert capital["error_rate"] == float(Fraction(2, 7))
    assert capital["error_rate_corpus_weighted"] == pytest.approx(0.15, abs=1e-15)
    assert capital["compared"] == "within"
    assert capital["singleton_rate"] == 0.1 and capital["singleton_rate_ci"] == [0.05, 0.2]
    # birth_date: 1/1 wrong in bucket 1 (0.5), 1/2 in 2-3 (0.3), 0/1 in 4-10 (0.2) = 0.65 > 0.6
    assert floor["birth_date"]["error_rate_corpus_weighted"] == pytest.approx(0.65, abs=1e-15)
    assert floor["birth_date"]["compared"] == "above"
    # paper_title: 1/1 wrong in bucket 1 (0.4), 0/1 in 4-10 (0.6) = 0.4, inside [0.3, 0.5]
    assert floor["paper_title"]["error_rate_corpus_weighted"] == pytest.approx(0.4, abs=1e-15)
    assert floor["paper_title"]["compared"] == "within"
    # the calibrated model at t = 0 answers the same: the same floor figures
    assert run(tmp_path / "c", "calibrated")["floor"] == result["floor"]


def test_markdown_prints_the_hand_computed_figures(tmp_path):
    run(tmp_path, "calibrated")
    markdown = (tmp_path / "score" / "score.md").read_text(encoding="utf-8")
    # t = 0.5: 7 right, 2 wrong, 5 abstained of 14: 0.500, 2/14 = 0.143, 5/14 = 0.357,
    # answered 7/9 = 0.778, score 5, gap 7/9 - 1/2 = 5/18 = +0.278
    assert "| 0.5 | 14 | 7 | 2 | 5 | 0.500 | 0.143 | 0.357 | 0.778 | 5.00 | yes | +0.278 |" in markdown
    # t = 0.9: 4 right, 10 abstained: 4/14 = 0.286, 10/14 = 0.714, gap 1 - 0.9 = +0.100
    assert "| 0.9 | 14 | 4 | 0 | 10 | 0.286 | 0.000 | 0.714 | 1.000 | 4.00 | yes | +0.100 |" in markdown
    # capital at t = 0: 2/7 = 0.286 on the sample, 0.150 weighted, floor 0.100 in 0.050–0.200
    assert "| capital | 0 | 7 | 0.286 | 0.150 | 0.100 | 0.050–0.200 | within |" in markdown
    over = run(tmp_path / "o", "over-confident")
    assert over["overall"][2]["score"] == -10
    markdown = (tmp_path / "o" / "score" / "score.md").read_text(encoding="utf-8")
    # t = 0.9: 7 right, 2 wrong, 5 abstained: 0.500, 0.143, 0.357, 0.778, 7 - 18 = -11,
    # gap 7/9 - 9/10 = -11/90 = -0.122
    assert "| 0.9 | 14 | 7 | 2 | 5 | 0.500 | 0.143 | 0.357 | 0.778 | -11.00 | no | -0.122 |" in markdown


@pytest.mark.parametrize("model", list(MODELS))
def test_score_json_follows_its_schema(tmp_path, model):
    schema = json.loads(
        files("auditor").joinpath("schemas", "score.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(run(tmp_path, model), schema)


def test_the_schema_refuses_a_cell_without_its_figures(tmp_path):
    schema = json.loads(
        files("auditor").joinpath("schemas", "score.schema.json").read_text(encoding="utf-8")
    )
    result = run(tmp_path, "calibrated")
    del result["cells"][0]["error_rate"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(result, schema)


@pytest.mark.parametrize(
    ("answer", "kind", "gold", "expected"),
    [
        ("14 March 1879", "date", ["1879-03-14"], True),
        ("March 14th, 1879.", "date", ["1879-03-14"], True),
        ("He was born on 14 March 1879 in Ulm.", "date", ["1879-03-14"], True),
        ("March 1879", "date", ["1879-03-14"], False),  # no day: not the fact
        ("03/04/1879", "date", ["1879-03-04"], False),  # ambiguous: never guessed
        ("the Hague", "place", ["hague"], True),
        ("“Nairobi”", "place", ["nairobi"], True),
        ("Nairobi or Mombasa", "place", ["nairobi"], False),  # a hedge is no answer
        ("Dr. Marie Curie", "name", ["marie curie"], True),
        ("Jan van der Linden", "family_name", ["van der linden"], True),
        ("Vaswani, Ashish", "family_name", ["vaswani"], True),
        ("Vaswani et al.", "family_name", ["vaswani"], True),
        ("Avaswani", "family_name", ["vaswani"], False),
        ('"Attention Is All You Need."', "title", ["attention is all you need"], True),
    ],
)
def test_answers_are_matched_by_the_fact_normalisers(answer, kind, gold, expected):
    assert scoring.is_correct(answer, gold, kind) is expected


@pytest.mark.parametrize("answer", ["I don't know", "I DON’T KNOW.", "  ", "", None, "unknown",
                                    "*I don't know*", "N/A"])  # fmt: skip
def test_abstentions_are_recognised(answer):
    assert scoring.is_abstention(answer, scoring.default_abstentions())


@pytest.mark.parametrize("answer", ["Nairobi", "I don't know, maybe Nairobi", "Unknown Pleasures"])
def test_an_answer_is_no_abstention(answer):
    assert not scoring.is_abstention(answer, scoring.default_abstentions())


def test_a_reasoning_model_thoughts_are_dropped_before_matching():
    item = {"gold_keys": ["nairobi"], "answer_kind": "place"}
    phrases = scoring.default_abstentions()
    assert scoring.classify("<think>Kenya... Nairobi?</think>\nNairobi", item, phrases) == "correct"
    assert scoring.classify("<think>not sure</think> I don't know", item, phrases) == "abstained"


def test_the_abstention_list_is_configurable(tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("".join(json.dumps(i) + "\n" for i in items()[:4]), encoding="utf-8")
    answer_file = tmp_path / "a.jsonl"
    answer_file.write_text(
        "".join(json.dumps({"id": i["id"], "answer": "Keine Ahnung"}) + "\n" for i in items()[:4]),
        encoding="utf-8",
    )
    phrases = tmp_path / "phrases.txt"
    phrases.write_text("# German\nkeine ahnung\n", encoding="utf-8")
    out = tmp_path / "s"
    result = CliRunner().invoke(main, ["score", str(questions), str(answer_file), "--out", str(out)])
    assert json.loads((out / "score.json").read_text())["overall"][0]["wrong"] == 1
    result = CliRunner().invoke(main, ["score", str(questions), str(answer_file), "--out", str(out),
                                       "--abstentions", str(phrases)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads((out / "score.json").read_text())["overall"][0]["abstained"] == 1


def test_openai_batch_output_is_read(tmp_path):
    chosen = items()[:3]  # Kenya at t = 0, 0.5, 0.75
    questions = tmp_path / "q.jsonl"
    questions.write_text("".join(json.dumps(i) + "\n" for i in chosen), encoding="utf-8")
    lines = [
        {"id": "batch_req_1", "custom_id": chosen[0]["id"], "error": None,
         "response": {"status_code": 200, "body": {"choices": [
             {"index": 0, "message": {"role": "assistant", "content": "Nairobi."}}]}}},
        {"id": "batch_req_2", "custom_id": chosen[1]["id"], "error": None,
         "response": {"status_code": 200, "body": {"output": [{"type": "message", "content": [
             {"type": "output_text", "text": "Mombasa"}]}]}}},
        {"id": "batch_req_3", "custom_id": chosen[2]["id"], "response": None,
         "error": {"code": "server_error", "message": "failed"}},
    ]  # fmt: skip
    answer_file = tmp_path / "batch_output.jsonl"
    answer_file.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "s"
    result = CliRunner().invoke(main, ["score", str(questions), str(answer_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    score = json.loads((out / "score.json").read_text())
    assert (score["items"], score["scored_items"], score["items_without_answer"]) == (3, 2, 1)
    # every t asked has its row; t = 0.75 has no scored item
    assert [(c["t"], c["n"], c["correct"], c["wrong"]) for c in score["overall"]] == [
        (0, 1, 1, 0), (0.5, 1, 0, 1), (0.75, 0, 0, 0)
    ]
    assert score["overall"][2]["accuracy"] is None and score["overall"][2]["score"] == 0
    assert "1 of 3 items have no answer and are not scored" in result.output


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": "f0:t0", "answer": "Nairobi"}', "{not json"], "line 2: not valid JSON"),
        (['{"id": "f0:t0"}'], 'line 1: needs "id" and "answer"'),
        (['{"id": "nope", "answer": "x"}'], "line 1: 'nope' is no item of the questions file"),
        (['{"id": "f0:t0", "answer": "a"}', '{"id": "f0:t0", "answer": "b"}'],
         "line 2: a second answer to 'f0:t0'"),
        (['{"id": "f0:t0", "answer": 3}'], "line 1: id and answer must be strings"),
        (["[1, 2]"], "line 1: not a JSON object"),
    ],
)  # fmt: skip
def test_a_malformed_answers_file_is_one_line_with_its_line_number(tmp_path, lines, message):
    questions = tmp_path / "q.jsonl"
    questions.write_text("".join(json.dumps(i) + "\n" for i in items()), encoding="utf-8")
    answer_file = tmp_path / "a.jsonl"
    answer_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(questions), str(answer_file)])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_file_that_is_no_questions_file_is_refused_in_one_line(tmp_path):
    not_items = tmp_path / "q.jsonl"
    not_items.write_text('{"custom_id": "x", "method": "POST", "body": {}}\n', encoding="utf-8")
    answer_file = tmp_path / "a.jsonl"
    answer_file.write_text('{"id": "x", "answer": "y"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(not_items), str(answer_file)])
    assert result.exit_code == 1 and "OpenAI batch input file" in result.output
    not_items.write_text('{"hello": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(not_items), str(answer_file)])
    assert result.exit_code == 1 and "line 1: not a question item" in result.output


def test_the_html_page_has_two_inline_svg_plots_and_escapes_all_text(tmp_path):
    hostile = [dict(i, relation="<script>alert(1)</script>") for i in items()[:8]]
    answers_by_id = {i["id"]: "Nairobi" for i in hostile}
    result = scoring.score(hostile, answers_by_id)
    page = render_html(result)
    assert page.count("<svg") == 2 and page.count("</svg>") == 2
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page
    markdown = scoring.render_markdown(result)
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    # the diagonal of the calibration plot and a bar per scored bucket
    assert "answered accuracy = t" in page
    assert page.count("<rect") >= 2
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_the_plots_are_well_formed_svg_with_a_bar_per_outcome_and_a_point_per_t(tmp_path):
    from xml.etree import ElementTree

    from auditor.scoring_html import bucket_plot, calibration_plot

    result = run(tmp_path, "calibrated")
    svg = "{http://www.w3.org/2000/svg}"
    bars = ElementTree.fromstring(bucket_plot(result))
    # at t = 0 the calibrated model answers everything: per (relation, bucket) cell one bar for
    # the right answers and one for the wrong ones where there are any (hand count from FACTS:
    # capital 4-10 right only; capital 2-3 both; capital 1 both; birth_date 4-10 right;
    # birth_date 2-3 both; birth_date 1 wrong; death_date 1 wrong; paper_title 4-10 right;
    # paper_title 1 wrong) = 1 + 2 + 2 + 1 + 2 + 1 + 1 + 1 + 1 = 12, plus 3 legend squares
    assert len(bars.findall(f"{svg}rect")) == 12 + 3
    points = ElementTree.fromstring(calibration_plot(result))
    # a point where something was answered: the A group answers at every t, so overall,
    # capital, birth_date and paper_title (each with an A fact) have 4 points; death_date has
    # only a C fact, answered at t = 0 alone: 1 point
    assert len(points.findall(f"{svg}circle")) == 4 + 4 + 4 + 4 + 1
