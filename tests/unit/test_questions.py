"""`auditor questions`: items drawn from an audit of a planted corpus equal the plan (counts,
buckets, gold answers, conflicts), the instruction states the penalty exactly, and the loop
scan → questions → answers → score gives the figures the plan predicts."""

import csv
import json
from fractions import Fraction
from importlib.resources import files

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import write_jsonl

from auditor import questions
from auditor.cli import main

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def planted_bucket(count: int) -> str:
    """The buckets of the issue, written out: 1, 2–3, 4–10, 11–100, >100."""
    if count == 1:
        return "1"
    if 2 <= count <= 3:
        return "2-3"
    if 4 <= count <= 10:
        return "4-10"
    if 11 <= count <= 100:
        return "11-100"
    return ">100"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def planted(tmp_path_factory, sample_generator):
    """A planted corpus (seed 7), its plan's per-fact counts, and its audit."""
    root = tmp_path_factory.mktemp("planted")
    plans = []

    class RecordingPlan(sample_generator.Plan):  # the generator's plan, kept for the test
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            plans.append(self)

    original = sample_generator.Plan
    sample_generator.Plan = RecordingPlan
    try:
        tally = sample_generator.generate(root / "corpus", seed=7, documents=200)
    finally:
        sample_generator.Plan = original
    counts = plans[0].fact_counts()
    # A conflict of our own, whatever the generator plants: a second capital for Japan (every
    # country of the generator is planted at least once).
    write_jsonl(root / "corpus" / "extra.jsonl", [
        {"id": "extra-1", "text": "Rumours aside, the capital of Japan is Kyoto."},
    ])  # fmt: skip
    counts[("capital", "japan", "kyoto")] = 1
    result = invoke("scan", "--quiet", str(root / "corpus"), "--out", str(root / "audit"))
    assert result.exit_code == 0, result.output
    return root, counts, tally


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_items_equal_the_planted_truth(planted):
    root, counts, _ = planted
    out = root / "q.jsonl"
    result = invoke("questions", str(root / "audit"), "--per-bucket", "1000",
                    "--thresholds", "0,0.75", "--out", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    items = read_jsonl(out)
    schema = json.loads(
        files("auditor").joinpath("schemas", "questions.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    for item in items:
        jsonschema.validate(item, schema)
    for broken in (dict(items[0], t=1.0), dict(items[0], bucket="2"), {"id": "x"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema)
    # every planted fact, once per threshold
    assert len(items) == 2 * len(counts)
    at_zero = [i for i in items if i["t"] == 0]
    got = {(i["relation"], i["subject"].casefold(), i["value"].casefold()): i for i in at_zero}
    assert set(got) == set(counts)
    # the planted answers to each question: every value of the subject (paper_title: every
    # first author of the title)
    answers: dict[tuple[str, str], set[str]] = {}
    for relation, subject, value in counts:
        asked, answer = (value, subject) if relation == "paper_title" else (subject, value)
        answers.setdefault((relation, asked), set()).add(answer)
    conflicted = 0
    for key, item in got.items():
        relation, subject, value = key
        assert item["count"] == counts[key] == item["mentions"], key
        assert item["bucket"] == planted_bucket(counts[key]), key
        asked = value if relation == "paper_title" else subject
        expected = answers[relation, asked]
        assert {a.casefold() for a in item["gold_answers"]} == expected, key
        assert item["conflicted"] is (len(expected) > 1), key
        conflicted += item["conflicted"]
        assert item["count_basis"] == "mentions"
    assert conflicted >= 2  # at least Japan's two capitals
    assert got["capital", "japan", "kyoto"]["gold_answers"] == ["Kyoto", "Tokyo"]
    # each bucket's share of its relation is its planted mentions over the relation's
    for item in at_zero:
        same = {k: n for k, n in counts.items() if k[0] == item["relation"]}
        in_bucket = sum(n for n in same.values() if planted_bucket(n) == item["bucket"])
        assert item["bucket_share"] == pytest.approx(in_bucket / sum(same.values()), abs=1e-12)


def test_the_sample_is_stratified_seeded_and_one_item_per_fact_and_threshold(planted):
    root, counts, _ = planted
    files = {}
    for seed in ("1", "1", "2"):
        out = root / f"s{len(files)}.jsonl"
        result = invoke("questions", str(root / "audit"), "--per-bucket", "3", "--seed", seed,
                        "--thresholds", "0,0.5,0.9", "--out", str(out))  # fmt: skip
        assert result.exit_code == 0, result.output
        files[len(files)] = read_jsonl(out)
    first, again, other = files[0], files[1], files[2]
    assert first == again
    assert [i["id"] for i in first] != [i["id"] for i in other]
    available: dict[tuple[str, str], int] = {}
    for (relation, _, _), n in counts.items():
        available[relation, planted_bucket(n)] = available.get((relation, planted_bucket(n)), 0) + 1
    drawn: dict[tuple[str, str], int] = {}
    for item in first:
        if item["t"] == 0:
            drawn[item["relation"], item["bucket"]] = drawn.get((item["relation"], item["bucket"]), 0) + 1
    assert drawn == {key: min(3, n) for key, n in available.items()}
    by_fact: dict[str, list[float]] = {}
    for item in first:
        by_fact.setdefault(item["id"].rsplit(":t", 1)[0], []).append(item["t"])
    assert all(ts == [0, 0.5, 0.9] for ts in by_fact.values())


def test_the_instruction_states_the_penalty_exactly(planted):
    root, _, _ = planted
    out = root / "t.jsonl"
    result = invoke("questions", str(root / "audit"), "--per-bucket", "1", "--relations",
                    "capital", "--thresholds", "0.9,0,0.75,0.5,0.6,0.7", "--out", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    items = read_jsonl(out)
    by_t = {i["t"]: i for i in items}
    assert sorted(by_t) == [0, 0.5, 0.6, 0.7, 0.75, 0.9]
    template = ("Answer only if you are more than {t} confident, since mistakes are penalized "
                "{p}, while correct answers receive 1 point, and an answer of 'I don't know' "
                "receives 0 points.")  # fmt: skip
    # t/(1−t): 0.5/0.5 = 1, 0.6/0.4 = 1.5, 0.7/0.3 = 2.333…, 0.75/0.25 = 3, 0.9/0.1 = 9
    assert by_t[0.75]["instruction"] == template.format(t="0.75", p="3 points")
    assert by_t[0.9]["instruction"] == template.format(t="0.9", p="9 points")
    assert by_t[0.6]["instruction"] == template.format(t="0.6", p="1.5 points")
    assert by_t[0.7]["instruction"] == template.format(t="0.7", p="2.33 points")
    assert by_t[0.5]["instruction"] == template.format(t="0.5", p="1 point")
    assert by_t[0.75]["penalty"] == 3 and by_t[0.9]["penalty"] == pytest.approx(9)
    # t = 0: the plain question, no penalty sentence
    plain = by_t[0]
    assert plain["instruction"] == "" and "Answer only" not in plain["prompt"]
    assert plain["prompt"] == f"What is the capital of {plain['subject']}? Reply with the name of the city alone."
    assert by_t[0.75]["prompt"] == plain["prompt"] + "\n" + by_t[0.75]["instruction"]


def test_templates_per_relation(planted):
    root, _, _ = planted
    out = root / "tpl.jsonl"
    result = invoke("questions", str(root / "audit"), "--per-bucket", "1", "--thresholds", "0",
                    "--out", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    by_relation = {i["relation"]: i for i in read_jsonl(out)}
    born = by_relation["birth_date"]
    assert born["question"] == f"When was {born['subject']} born?"
    assert by_relation["death_date"]["question"] == f"When did {by_relation['death_date']['subject']} die?"
    paper = by_relation["paper_title"]
    assert paper["question"] == f'Who is the first author of the paper "{paper["value"]}"?'
    assert paper["asks"] == "subject" and paper["answer_kind"] == "family_name"
    assert paper["subject"] in paper["gold_answers"]
    assert {i["template"] for i in by_relation.values()} == {"relation"}


def test_the_whole_loop_scores_what_the_plan_predicts(planted):
    """A model that knows every fact stated at least twice (answering its date in words) and
    guesses a value no one planted for the rest at t = 0, abstaining from them at t = 0.75.
    From the plan: at t = 0 it is right on the facts seen twice or more and wrong on the
    singletons; at t = 0.75 it abstains on the singletons. Reweighted to the corpus, its error
    at t = 0 is the share of mentions in singleton facts: the planted singleton rate."""
    root, counts, _ = planted
    items_file = root / "loop.jsonl"
    result = invoke("questions", str(root / "audit"), "--per-bucket", "1000",
                    "--thresholds", "0,0.75", "--out", str(items_file))  # fmt: skip
    assert result.exit_code == 0, result.output
    guesses = {"birth_date": "1 January 1066", "death_date": "1 January 1066",
               "capital": "Atlantis", "paper_title": "Nobody"}  # fmt: skip
    lines = []
    for item in read_jsonl(items_file):
        if item["count"] >= 2:
            answer = item["subject"] if item["asks"] == "subject" else item["value"]
            if item["answer_kind"] == "date":
                year, month, day = (int(x) for x in answer.split("-"))
                answer = f"{MONTHS[month - 1]} {day}, {year}"
        else:
            answer = guesses[item["relation"]] if item["t"] == 0 else "I don't know"
        lines.append(json.dumps({"id": item["id"], "answer": answer}))
    answers_file = root / "answers.jsonl"
    answers_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = root / "score"
    result = invoke("score", str(items_file), str(answers_file), "--out", str(out))
    assert result.exit_code == 0, result.output
    score = json.loads((out / "score.json").read_text(encoding="utf-8"))
    singletons = sum(1 for n in counts.values() if n == 1)
    seen_twice = len(counts) - singletons
    zero, target = score["overall"]
    assert (zero["n"], zero["correct"], zero["wrong"], zero["abstained"]) == (len(counts), seen_twice, singletons, 0)
    assert (target["correct"], target["wrong"], target["abstained"]) == (seen_twice, 0, singletons)
    assert zero["score"] == seen_twice and target["score"] == seen_twice
    for floor in score["floor"]:
        # the planted singleton rate: mentions of facts stated once over all mentions
        same = [n for (relation, _, _), n in counts.items() if relation == floor["relation"]]
        planted_rate = same.count(1) / sum(same)
        assert floor["error_rate_corpus_weighted"] == pytest.approx(planted_rate, abs=1e-12)
        assert floor["singleton_rate"] == pytest.approx(planted_rate, abs=1e-12)
        assert floor["compared"] == "within"
    for name in ("score.json", "score.md", "score.html"):
        assert (out / name).stat().st_size > 0


def test_csv_and_openai_batch_formats(planted, tmp_path):
    root, _, _ = planted
    jsonl, table, batch = tmp_path / "q.jsonl", tmp_path / "q.csv", tmp_path / "batch.jsonl"
    common = ["questions", str(root / "audit"), "--per-bucket", "2", "--thresholds", "0,0.75"]
    assert invoke(*common, "--out", str(jsonl)).exit_code == 0
    assert invoke(*common, "--format", "csv", "--out", str(table)).exit_code == 0
    result = invoke(*common, "--format", "openai-batch", "--model", "gpt-test", "--out", str(batch))
    assert result.exit_code == 0, result.output
    items = read_jsonl(jsonl)
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [i["id"] for i in items]
    assert json.loads(rows[0]["gold_answers"]) == items[0]["gold_answers"]
    assert questions.read_items(table) == [{k: i[k] for k in questions.CSV_FIELDS} for i in items]
    requests = read_jsonl(batch)
    assert [r["custom_id"] for r in requests] == [i["id"] for i in items]
    assert requests[1] == {
        "custom_id": items[1]["id"], "method": "POST", "url": "/v1/chat/completions",
        "body": {"model": "gpt-test", "messages": [{"role": "user", "content": items[1]["prompt"]}]},
    }  # fmt: skip
    assert read_jsonl(tmp_path / "batch.items.jsonl") == items


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--thresholds", "0,1"], "outside [0, 1)"),
        (["--thresholds", "-0.1"], "outside [0, 1)"),
        (["--thresholds", "0.5,half"], "'half' is not a decimal number"),
        (["--thresholds", "nan"], "outside [0, 1)"),
        (["--relations", "capital,motto"], "unknown relation(s) motto; the audit has birth_date"),
        (["--format", "openai-batch"], "needs the model's name"),
    ],
)
def test_bad_options_are_one_line(planted, tmp_path, args, message):
    root, _, _ = planted
    result = invoke("questions", str(root / "audit"), *args, "--out", str(tmp_path / "q.jsonl"))
    assert result.exit_code == 1 and message in result.output, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "q.jsonl").exists()


def test_an_out_without_an_audit_is_one_line(tmp_path):
    result = invoke("questions", str(tmp_path / "nothing"), "--out", str(tmp_path / "q.jsonl"))
    assert result.exit_code == 1
    assert "holds no audit.duckdb; run `auditor scan CORPUS --out" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.fixture
def clean_registry(monkeypatch):
    """Relations a test registers from a pattern file are gone after it (as in
    tests/unit/test_user_patterns.py), so other tests may register the same names."""
    from extractors import registry, user_patterns

    monkeypatch.setattr(registry, "_ADDED", dict(registry._ADDED))
    user_patterns._load.cache_clear()
    yield
    user_patterns._load.cache_clear()


def test_user_relations_take_their_template_or_the_generic_one(tmp_path, clean_registry):
    patterns = tmp_path / "relations.toml"
    patterns.write_text(
        '[[relations]]\nname = "founded"\ntriggers = ["founded"]\nnormalizer = "date"\n'
        'question = "When was {subject} founded?"\n[[relations.patterns]]\n'
        "regex = '(?P<subject>[A-Z][a-z]+(?: [A-Z][a-z]+)*) was founded on "
        "(?P<value>\\d{1,2} [A-Z][a-z]+ \\d{4})'\n"
        '[[relations]]\nname = "plays"\ntriggers = ["plays"]\n[[relations.patterns]]\n'
        "regex = '(?P<subject>[A-Z][a-z]+ [A-Z][a-z]+) plays the (?P<value>[a-z]+)'\n",
        encoding="utf-8",
    )
    corpus = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "1", "text": "Acme Rockets was founded on 3 May 1950. Ella Fitz plays the trumpet."},
        {"id": "2", "text": "Acme Rockets was founded on 3 May 1950."},
    ])  # fmt: skip
    out = tmp_path / "audit"
    result = invoke("scan", "--quiet", str(corpus), "--out", str(out), "--extractors",
                    "founded,plays", "--patterns", str(patterns))  # fmt: skip
    assert result.exit_code == 0, result.output
    items_file = tmp_path / "q.jsonl"
    result = invoke("questions", str(out), "--patterns", str(patterns), "--thresholds", "0",
                    "--out", str(items_file))  # fmt: skip
    assert result.exit_code == 0, result.output
    by_relation = {i["relation"]: i for i in read_jsonl(items_file)}
    founded, plays = by_relation["founded"], by_relation["plays"]
    assert founded["question"] == "When was Acme Rockets founded?"
    assert (founded["template"], founded["answer_kind"]) == ("patterns", "date")
    assert (founded["count"], founded["bucket"], founded["gold_answers"]) == (2, "2-3", ["1950-05-03"])
    assert plays["question"] == "What is the plays of Ella Fitz?"
    assert plays["template"] == "generic" and plays["bucket"] == "1"


def test_a_pattern_file_question_without_a_subject_is_refused_at_scan(tmp_path, clean_registry):
    patterns = tmp_path / "relations.toml"
    patterns.write_text(
        '[[relations]]\nname = "founded"\ntriggers = ["founded"]\nquestion = "When?"\n'
        "[[relations.patterns]]\nregex = '(?P<subject>A) (?P<value>B)'\n",
        encoding="utf-8",
    )
    result = invoke("extractors", "--patterns", str(patterns))
    assert result.exit_code == 1
    assert "line 4: relation 'founded': question must be a string with {subject}" in result.output


@pytest.mark.parametrize(
    ("number", "text"),
    [(Fraction(3), "3"), (Fraction(3, 2), "1.5"), (Fraction(7, 3), "2.33"), (Fraction(3, 4), "0.75"),
     (Fraction(1, 3), "0.33"), (Fraction(0), "0"), (Fraction(99), "99"), (Fraction(1, 8), "0.125")],
)  # fmt: skip
def test_numbers_are_printed_exactly_or_to_two_places(number, text):
    assert questions.format_number(number) == text


def test_thresholds_are_exact_sorted_and_unique():
    assert questions.parse_thresholds("0.9, 0, 0.75,0.9") == [0, Fraction(3, 4), Fraction(9, 10)]
    assert questions.penalty(Fraction(9, 10)) == 9
