"""Scoring a model's answers to question items (``auditor score``), the error rate, not accuracy.

Each answer is **correct** (it matches a gold answer through the project's own normalisers: dates
parsed to ISO, then ``match_key``, as facts are counted), **wrong**, or **abstained** (empty, or
one of the phrases of ``auditor/data/abstentions.txt``). Over the n items of a cell:

- accuracy = correct / n, error rate = wrong / n, abstention rate = abstained / n (sum 1);
- answered accuracy = correct / (correct + wrong) (null when nothing was answered);
- score = correct − t/(1−t) · wrong, the points of the confidence-target instruction of Kalai,
  Nachum, Vempala & Zhang (2025, section 4.2); always abstaining scores 0, so a cell "beats
  abstaining" when its score is above 0;
- behavioural calibration: a model answering only when its chance of being right exceeds t has
  answered accuracy above t; ``calibration_gap`` = answered accuracy − t (negative:
  over-confident).

Cells are per relation × count bucket × t, per relation × t, and overall per t. Per relation, the
error rate at t = 0 is set beside the audit's predicted floor (the singleton rate and its 95%
interval), both on the sample and reweighted to the corpus (each bucket by its share of the
relation's count, as a model trained on the corpus meets its facts). Counts are exact integers and
the rates come from exact fractions, so every figure can be checked by hand.
"""

from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from importlib.resources import files
from pathlib import Path

from auditor.questions import BUCKETS, format_number, penalty
from extractors.normalize import (
    DATE_PATTERN,
    clean_name,
    clean_place,
    clean_title,
    match_key,
    nfkc,
    parse_date,
)

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1
OUTCOMES = ("correct", "wrong", "abstained")


class ScoringError(ValueError):
    """An answers file that cannot be scored; the message names the file and the line."""


# --- abstentions -------------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"'})
_SURROUNDING = " \t\n\"'`*_.!,;:()[]"


def fold_abstention(text: str) -> str:
    """An answer folded for comparison with the abstention phrases: NFKC, case-folded, curly
    quotes made straight, white space collapsed, surrounding quotes, brackets, emphasis marks
    and final punctuation removed."""
    folded = " ".join(unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).split())
    return folded.casefold().strip(_SURROUNDING)


def _phrases(text: str) -> frozenset[str]:
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(fold_abstention(line) for line in lines if line)


def default_abstentions() -> frozenset[str]:
    """The phrases of ``auditor/data/abstentions.txt``, folded."""
    return _phrases(
        files("auditor").joinpath("data", "abstentions.txt").read_text(encoding="utf-8")
    )


def read_abstentions(path: Path) -> frozenset[str]:
    """A user's abstention phrases (one a line, ``#`` starts a comment), folded."""
    try:
        return _phrases(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ScoringError(f"{path}: cannot be read ({exc})") from None


def is_abstention(answer: str | None, phrases: frozenset[str]) -> bool:
    """Whether an answer says "I don't know": empty (or null), or one of ``phrases`` once
    folded."""
    if answer is None:
        return True
    folded = fold_abstention(answer)
    return not folded or folded in phrases


# --- matching ----------------------------------------------------------------------------------

_DATE_IN_TEXT = re.compile(DATE_PATTERN, re.IGNORECASE)
_ET_AL = re.compile(r"\s+(?:et al\.?|and others)$", re.IGNORECASE)
_THINKING = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)


def answer_keys(answer: str, kind: str) -> set[str]:
    """The keys an answer may stand for, by the normaliser of its kind (``date``, ``place``,
    ``name``, ``family_name``, ``title``, ``text``): the same functions that turn a statement
    into a fact's ``value_key``/``subject_key`` (``extractors.normalize``). A date answer is
    parsed to ISO, also when it stands inside a sentence (if it holds one date only)."""
    text = nfkc(answer).strip()
    keys = {match_key(text)}
    if kind == "date":
        if iso := parse_date(text.rstrip(".")):
            keys.add(iso)
        found = {parse_date(m[0]) for m in _DATE_IN_TEXT.finditer(text)} - {None}
        if len(found) == 1:
            keys.add(found.pop())  # type: ignore[arg-type]
    elif kind == "place":
        keys.add(match_key(clean_place(text)))
    elif kind in ("name", "family_name"):
        keys.add(match_key(clean_name(_ET_AL.sub("", text))))
    elif kind == "title":
        keys.add(match_key(clean_title(text)))
    keys.discard("")
    return keys


def is_correct(answer: str, gold_keys: Iterable[str], kind: str) -> bool:
    """Whether an answer states one of the gold answers (their match keys). For ``family_name``
    (a paper's first author), a full name whose family name is the gold one is right too
    (``Ashish Vaswani`` or ``Vaswani, Ashish`` for ``vaswani``)."""
    gold = set(gold_keys)
    keys = answer_keys(answer, kind)
    if keys & gold:
        return True
    if kind == "family_name":
        return any(
            key.endswith(" " + family) or key.startswith(family + ",")
            for key in keys
            for family in gold
        )
    return False


def classify(answer: str | None, item: dict, phrases: frozenset[str]) -> str:
    """``correct``, ``wrong`` or ``abstained``."""
    if answer is not None:
        answer = _THINKING.sub("", answer)  # a reasoning model's thoughts are no answer
    if is_abstention(answer, phrases):
        return "abstained"
    assert answer is not None
    return "correct" if is_correct(answer, item["gold_keys"], item["answer_kind"]) else "wrong"


# --- reading answers ---------------------------------------------------------------------------


def _batch_content(record: dict) -> str | None:
    """The text of one OpenAI batch output line (chat completions, completions or responses),
    or None for a failed request."""
    if record.get("error"):
        return None
    response = record.get("response") or {}
    if response.get("status_code", 200) != 200:
        return None
    body = response.get("body") or {}
    choices = body.get("choices")
    if isinstance(choices, list) and choices:
        choice = choices[0] or {}
        message = choice.get("message")
        if isinstance(message, dict):
            return message.get("content") or ""
        if isinstance(choice.get("text"), str):
            return choice["text"]
    output = body.get("output")
    if isinstance(output, list):
        texts = [
            part.get("text", "")
            for entry in output
            if isinstance(entry, dict) and entry.get("type") == "message"
            for part in entry.get("content") or []
            if isinstance(part, dict) and part.get("type") == "output_text"
        ]
        return "".join(texts)
    return None


def read_answers(path: Path, known_ids: set[str]) -> dict[str, str | None]:
    """Answers by item id from ``{"id", "answer"}`` JSON lines or an OpenAI batch output file
    (``custom_id`` and ``response``); a null answer abstains. A failed batch request is left out
    (its item is reported as without an answer). Raises ScoringError with the line number of a
    malformed line, an unknown id or a second answer to one item."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScoringError(f"{path}: cannot be read ({exc})") from None
    answers: dict[str, str | None] = {}
    failed = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            raise ScoringError(f"{path} line {number}: not valid JSON") from None
        if not isinstance(record, dict):
            raise ScoringError(f'{path} line {number}: not a JSON object {{"id", "answer"}}')
        if "custom_id" in record:
            item_id, answer = record["custom_id"], _batch_content(record)
            if answer is None:
                failed += 1
                logger.warning("%s line %d: the request for %s failed; not scored", path,
                               number, item_id)  # fmt: skip
                continue
        elif "id" in record and "answer" in record:
            item_id, answer = record["id"], record["answer"]
        else:
            raise ScoringError(
                f'{path} line {number}: needs "id" and "answer" (or is an OpenAI batch output '
                'line with "custom_id")'
            )
        if not isinstance(item_id, str) or not (answer is None or isinstance(answer, str)):
            raise ScoringError(f"{path} line {number}: id and answer must be strings")
        if item_id not in known_ids:
            raise ScoringError(
                f"{path} line {number}: {item_id!r} is no item of the questions file; "
                "are these the answers to another set of questions?"
            )
        if item_id in answers:
            raise ScoringError(f"{path} line {number}: a second answer to {item_id!r}")
        answers[item_id] = answer
    if failed:
        logger.warning("%d failed requests in %s", failed, path)
    return answers


# --- figures -----------------------------------------------------------------------------------


def _ratio(numerator: int | Fraction, denominator: int | Fraction) -> float | None:
    return float(Fraction(numerator) / denominator) if denominator else None


def cell(outcomes: Iterable[str], t: Fraction) -> dict:
    """The figures of one cell from its items' outcomes at confidence target t (exact
    fractions, returned as floats)."""
    outcomes = list(outcomes)
    n = len(outcomes)
    correct, wrong, abstained = (outcomes.count(o) for o in OUTCOMES)
    answered = correct + wrong
    points = correct - penalty(t) * wrong
    answered_accuracy = Fraction(correct, answered) if answered else None
    return {
        "t": float(t),
        "penalty": float(penalty(t)),
        "n": n,
        "correct": correct,
        "wrong": wrong,
        "abstained": abstained,
        "accuracy": _ratio(correct, n),
        "error_rate": _ratio(wrong, n),
        "abstention_rate": _ratio(abstained, n),
        "answered_accuracy": None if answered_accuracy is None else float(answered_accuracy),
        "score": float(points),
        "score_per_item": _ratio(points, n),
        # Always abstaining scores 0 whatever t is.
        "beats_abstaining": points > 0,
        "calibration_gap": None if answered_accuracy is None else float(answered_accuracy - t),
        "meets_target": None if answered_accuracy is None else answered_accuracy > t,
    }


def _exact_t(value: float) -> Fraction:
    """An item's t (a float written from a short decimal) back to the exact decimal."""
    return Fraction(Decimal(repr(value)))


def _bucket_order(bucket: str) -> int:
    return BUCKETS.index(bucket) if bucket in BUCKETS else len(BUCKETS)


def score(
    items: list[dict], answers: dict[str, str | None], phrases: frozenset[str] | None = None
) -> dict:
    """Every figure of ``score.json`` from the items and the answers by id (items without an
    answer are counted apart and left out of the cells)."""
    phrases = default_abstentions() if phrases is None else phrases
    outcome: dict[str, str] = {}
    for item in items:
        if item["id"] in answers:
            outcome[item["id"]] = classify(answers[item["id"]], item, phrases)
    scored = [item for item in items if item["id"] in outcome]
    thresholds = sorted({_exact_t(item["t"]) for item in items})
    relations = sorted({item["relation"] for item in items})

    def outcomes_of(selected: Iterable[dict]) -> list[str]:
        return [outcome[item["id"]] for item in selected]

    by_t = {t: [i for i in scored if _exact_t(i["t"]) == t] for t in thresholds}
    overall = [cell(outcomes_of(by_t[t]), t) for t in thresholds]
    per_relation, cells = [], []
    for relation in relations:
        for t in thresholds:
            chosen = [i for i in by_t[t] if i["relation"] == relation]
            if chosen:
                per_relation.append({"relation": relation, **cell(outcomes_of(chosen), t)})
            buckets = sorted({i["bucket"] for i in chosen}, key=_bucket_order)
            for bucket in buckets:
                in_bucket = [i for i in chosen if i["bucket"] == bucket]
                cells.append({"relation": relation, "bucket": bucket,
                              **cell(outcomes_of(in_bucket), t)})  # fmt: skip
    return {
        "schema_version": SCHEMA_VERSION,
        "items": len(items),
        "scored_items": len(scored),
        "items_without_answer": len(items) - len(scored),
        "thresholds": [float(t) for t in thresholds],
        "overall": overall,
        "relations": per_relation,
        "cells": cells,
        "floor": [_floor(relation, items, by_t, outcome) for relation in relations],
    }


def _floor(relation: str, items: list[dict], by_t: dict, outcome: dict[str, str]) -> dict:
    """The measured error at the lowest target (t = 0 when asked) beside the predicted floor:
    the category's singleton rate and interval. The sample's error rate weighs every bucket by
    its items; ``error_rate_corpus_weighted`` weighs each bucket's error rate by the bucket's
    share of the relation's count (renormalised over the buckets that have scored items), as
    the corpus presents facts to a model trained on it. ``compared``: where the weighted error
    falls against the interval (below, within, above)."""
    about = next(i for i in items if i["relation"] == relation)
    low, high = (about.get("singleton_rate_ci") or [None, None])[:2]
    row: dict = {
        "relation": relation,
        "t": None,
        "n": 0,
        "error_rate": None,
        "error_rate_corpus_weighted": None,
        "buckets": {},
        "singleton_rate": about.get("singleton_rate"),
        "singleton_rate_ci": [low, high],
        "compared": None,
    }
    lowest = min(by_t, default=None)
    chosen = [] if lowest is None else [i for i in by_t[lowest] if i["relation"] == relation]
    if lowest is None or not chosen:
        return row
    outcomes = [outcome[i["id"]] for i in chosen]
    weighted, covered = Fraction(0), Fraction(0)
    for bucket in sorted({i["bucket"] for i in chosen}, key=_bucket_order):
        in_bucket = [i for i in chosen if i["bucket"] == bucket]
        wrong = sum(outcome[i["id"]] == "wrong" for i in in_bucket)
        share = Fraction(Decimal(repr(in_bucket[0]["bucket_share"])))
        weighted += share * Fraction(wrong, len(in_bucket))
        covered += share
        row["buckets"][bucket] = {
            "n": len(in_bucket),
            "error_rate": float(Fraction(wrong, len(in_bucket))),
            "share": float(share),
        }
    row.update(
        t=float(lowest),
        n=len(chosen),
        error_rate=float(Fraction(outcomes.count("wrong"), len(chosen))),
        error_rate_corpus_weighted=float(weighted / covered) if covered else None,
    )
    measured = row["error_rate_corpus_weighted"]
    if measured is not None and low is not None and high is not None:
        row["compared"] = "below" if measured < low else "above" if measured > high else "within"
    return row


# --- output ------------------------------------------------------------------------------------


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _points(value: float) -> str:
    return f"{value:.2f}"


def _md(text: str) -> str:
    """Corpus text in a Markdown table cell: no pipe, no HTML, no line break."""
    return (
        " ".join(str(text).split())
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


_CELL_HEADER = ("n", "correct", "wrong", "abstained", "accuracy", "error rate",
                "abstention rate", "answered accuracy", "score")  # fmt: skip


def _cell_columns(c: dict) -> list[str]:
    return [str(c["n"]), str(c["correct"]), str(c["wrong"]), str(c["abstained"]),
            _rate(c["accuracy"]), _rate(c["error_rate"]), _rate(c["abstention_rate"]),
            _rate(c["answered_accuracy"]), _points(c["score"])]  # fmt: skip


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    header = list(header)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render_markdown(result: dict) -> str:
    """``score.md``: overall per t, calibration, the floor, then every relation × bucket × t."""
    t_label = lambda c: format_number(Fraction(Decimal(repr(c["t"]))))  # noqa: E731
    lines = [
        "# Model score against the audit",
        "",
        f"{result['scored_items']} of {result['items']} items scored"
        + (f" ({result['items_without_answer']} without an answer)"
           if result["items_without_answer"] else "")  # fmt: skip
        + ". Accuracy, error rate and abstention rate are shares of all items of a row (they sum "
        "to 1); answered accuracy is correct / (correct + wrong); score = correct − t/(1−t) · "
        "wrong (always abstaining scores 0).",
        "",
        "## Overall, per confidence target t",
        "",
        *_table(("t", *_CELL_HEADER, "beats abstaining", "calibration gap"),
                ([t_label(c), *_cell_columns(c), "yes" if c["beats_abstaining"] else "no",
                  _signed(c["calibration_gap"])] for c in result["overall"])),  # fmt: skip
        "",
        "## Error at the lowest t beside the predicted floor (singleton rate)",
        "",
        *_table(("relation", "t", "n", "error rate (sample)", "error rate (corpus-weighted)",
                 "singleton rate", "95% interval", "measured is"),
                ([_md(f["relation"]), "–" if f["t"] is None else t_label(f), str(f["n"]),
                  _rate(f["error_rate"]), _rate(f["error_rate_corpus_weighted"]),
                  _rate(f["singleton_rate"]), _interval(f["singleton_rate_ci"]),
                  f["compared"] or "–"] for f in result["floor"])),  # fmt: skip
        "",
        "## Per relation, per t",
        "",
        *_table(("relation", "t", *_CELL_HEADER, "calibration gap"),
                ([_md(c["relation"]), t_label(c), *_cell_columns(c),
                  _signed(c["calibration_gap"])] for c in result["relations"])),  # fmt: skip
        "",
        "## Per relation, count bucket and t",
        "",
        *_table(("relation", "bucket", "t", *_CELL_HEADER),
                ([_md(c["relation"]), _md(c["bucket"]), t_label(c), *_cell_columns(c)]
                 for c in result["cells"])),  # fmt: skip
        "",
    ]
    return "\n".join(lines)


def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.3f}"


def _interval(bounds: list) -> str:
    if not bounds or bounds[0] is None or bounds[1] is None:
        return "–"
    return f"{bounds[0]:.3f}–{bounds[1]:.3f}"


def render_summary(result: dict) -> str:
    """The terminal summary: overall per t."""
    lines = [f"{'t':>6}{'n':>7}{'accuracy':>10}{'error':>8}{'abstain':>9}{'answered acc':>14}"
             f"{'score':>10}"]  # fmt: skip
    for c in result["overall"]:
        lines.append(
            f"{format_number(Fraction(Decimal(repr(c['t'])))):>6}{c['n']:>7}"
            f"{_rate(c['accuracy']):>10}{_rate(c['error_rate']):>8}"
            f"{_rate(c['abstention_rate']):>9}{_rate(c['answered_accuracy']):>14}"
            f"{_points(c['score']):>10}"
        )
    if result["items_without_answer"]:
        lines.append(f"{result['items_without_answer']} of {result['items']} items have no answer "
                     "and are not scored")  # fmt: skip
    return "\n".join(lines)


def _atomic_write(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def write_outputs(result: dict, out: Path) -> list[Path]:
    """Write ``score.json``, ``score.md`` and ``score.html`` into ``out``; returns their paths."""
    from auditor.scoring_html import render_html

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "score.json", out / "score.md", out / "score.html"]
    texts = [json.dumps(result, indent=2, ensure_ascii=False) + "\n", render_markdown(result),
             render_html(result)]  # fmt: skip
    for path, text in zip(paths, texts, strict=True):
        _atomic_write(path, text)
    return paths
