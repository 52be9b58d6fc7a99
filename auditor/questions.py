"""Question items with confidence targets, drawn from an audited corpus (``auditor questions``).

Each sampled fact becomes one item per confidence target t: the question (a template per
relation, held by its ``RelationSpec``: ``extractors/data/questions.toml`` for the built-in
ones), the instruction of Kalai, Nachum, Vempala & Zhang
(2025, section 4.2) stating t and the penalty t/(1−t), the gold answers (every value the corpus
states for the subject, so a conflicted subject accepts any of them), the fact's count and count
bucket, and the category's singleton rate (the floor the evaluation is compared with).

Facts are drawn per relation and count bucket (1, 2–3, 4–10, 11–100, >100; the count on the
basis the scan used), up to ``per_bucket`` each, by a seeded shuffle in DuckDB
(``sql/question_sample.sql``). ``auditor/scoring.py`` scores a model's answers to the items.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path

logger = logging.getLogger(__name__)

# Count buckets in order; sql/question_sample.sql assigns them (the same bounds).
BUCKETS = ("1", "2-3", "4-10", "11-100", ">100")
FORMATS = ("jsonl", "csv", "openai-batch")
ANSWER_KINDS = ("date", "place", "name", "family_name", "title", "text")
# A pattern file's value normaliser decides how its relation's answers are matched.
ANSWER_KIND_OF_NORMALIZER = {"date": "date", "text": "text", "title": "title"}
GENERIC = "generic"

# The columns of the CSV format, in order; lists are JSON arrays inside their cell.
CSV_FIELDS = (
    "id", "relation", "subject", "value", "asks", "question", "hint", "t", "penalty",
    "instruction", "prompt", "gold_answers", "gold_keys", "answer_kind", "conflicted", "count",
    "count_basis", "mentions", "documents", "bucket", "bucket_share", "singleton_rate",
    "singleton_rate_ci", "template",
)  # fmt: skip
_CSV_JSON_FIELDS = {"gold_answers", "gold_keys", "singleton_rate_ci", "conflicted"}
_CSV_FLOAT_FIELDS = {"t", "penalty", "bucket_share", "singleton_rate"}
_CSV_INT_FIELDS = {"count", "mentions", "documents"}


class QuestionsError(ValueError):
    """Input that cannot make questions (no audit, unknown relation, bad threshold); the
    message says what to do."""


@dataclass(frozen=True)
class Template:
    """How to ask about one relation's facts."""

    question: str  # with {subject} (asks == "value") or {value} (asks == "subject")
    hint: str = ""
    asks: str = "value"  # which side of the fact is the answer
    answer: str = "text"  # how answers are matched: one of ANSWER_KINDS
    source: str = "relation"  # "relation" (the data file), "patterns" or "generic"

    def ask(self, relation: str, subject: str, value: str) -> str:
        """The question about one fact. Plain replacement, not str.format: corpus text may hold
        braces."""
        return (
            self.question.replace("{relation}", relation.replace("_", " "))
            .replace("{subject}", subject)
            .replace("{value}", value)
        )


def builtin_templates() -> dict[str, Template]:
    """The templates of the built-in relations' specs, by relation, and the generic one."""
    from extractors import registry

    templates = {
        relation: _template(spec.question, "relation")
        for spec in registry.builtin_specs()
        if spec.question is not None
        for relation in spec.relations
    }
    templates[GENERIC] = _template(registry.questions()[GENERIC], GENERIC)
    return templates


def _template(question, source: str) -> Template:
    return Template(question.question, question.hint, question.asks, question.answer, source)


def pattern_templates(path: Path) -> dict[str, Template]:
    """Templates of a pattern file's relations that carry ``question = "..."`` (the answer is
    matched by the relation's value normaliser). The file is read as TOML only: its patterns
    were checked when the scan loaded it."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise QuestionsError(f"{path}: cannot be read as a pattern file ({exc})") from None
    templates = {}
    for entry in data.get("relations", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            continue
        question = entry.get("question")
        if question is None:
            continue
        if not isinstance(question, str) or "{subject}" not in question:
            raise QuestionsError(
                f"{path}: relation {entry['name']!r}: question must be a string with "
                "{subject} in it"
            )
        normalizer = entry.get("normalizer", "text")
        templates[entry["name"]] = Template(
            question=question,
            hint=entry.get("question_hint", ""),
            answer=ANSWER_KIND_OF_NORMALIZER.get(normalizer, "text"),
            source="patterns",
        )
    return templates


def template_for(relation: str, templates: dict[str, Template]) -> Template:
    """The relation's template, or the generic one."""
    return templates.get(relation) or templates[GENERIC]


# --- confidence targets ------------------------------------------------------------------------


def parse_thresholds(text: str) -> list[Fraction]:
    """Confidence targets from ``0,0.5,0.75,0.9``: decimals in [0, 1), kept exact (as
    fractions) so that the penalty t/(1−t) and the scores are exact. Duplicates are dropped;
    order is ascending."""
    values = set()
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            number = Decimal(part)
        except InvalidOperation:
            raise QuestionsError(f"{part!r} is not a decimal number such as 0.75") from None
        if not number.is_finite() or not 0 <= number < 1:
            raise QuestionsError(
                f"{part!r} is outside [0, 1): a confidence target t must be at least 0 and "
                "below 1 (at t = 1 the penalty t/(1-t) is infinite)"
            )
        values.add(Fraction(number))
    if not values:
        raise QuestionsError("no confidence target given; write e.g. 0,0.5,0.75,0.9")
    return sorted(values)


def format_number(number: Fraction) -> str:
    """A number as the instruction prints it: exact when it is a decimal of at most six places
    (0.75, 3, 1.5), otherwise rounded to two places (t = 0.7: penalty 7/3 → 2.33)."""
    if number.denominator == 1:
        return str(number.numerator)
    scaled = number * 10**6
    if scaled.denominator == 1:
        text = str(Decimal(number.numerator) / Decimal(number.denominator))
        return text.rstrip("0").rstrip(".") if "." in text else text
    return f"{float(number):.2f}".rstrip("0").rstrip(".")


def penalty(t: Fraction) -> Fraction:
    """Points lost for a wrong answer at confidence target t: t/(1−t) (Kalai et al. 2025, 4.2),
    which makes answering worth it exactly when the chance of being right exceeds t."""
    return t / (1 - t)


def instruction(t: Fraction) -> str:
    """The confidence-target instruction of Kalai, Nachum, Vempala & Zhang (2025, section 4.2)
    for target t, as the issue quotes it: "Answer only if you are more than t confident, since
    mistakes are penalized t/(1−t) points, while correct answers receive 1 point, and an answer
    of 'I don't know' receives 0 points". A penalty of exactly 1 is written "1 point", as the
    same sentence writes "1 point". At t = 0 there is no instruction: the plain question, as a
    benchmark graded right-or-wrong asks it (no penalty, so guessing never costs)."""
    if t == 0:
        return ""
    cost = penalty(t)
    unit = "point" if cost == 1 else "points"
    return (
        f"Answer only if you are more than {format_number(t)} confident, since mistakes are "
        f"penalized {format_number(cost)} {unit}, while correct answers receive 1 point, and an "
        "answer of 'I don't know' receives 0 points."
    )


def prompt(question: str, hint: str, t: Fraction) -> str:
    """What the model is sent: the question, its answer hint, then the instruction."""
    first = f"{question} {hint}".strip()
    text = instruction(t)
    return f"{first}\n{text}" if text else first


# --- reading the audit -------------------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    relation: str
    count_basis: str
    singleton_rate: float | None
    singleton_rate_ci: tuple[float | None, float | None]


def _connect(out: Path):
    import duckdb

    database = Path(out) / "audit.duckdb"
    if not database.is_file():
        raise QuestionsError(
            f"{out} holds no audit.duckdb; run `auditor scan CORPUS --out {out}` first"
        )
    try:
        return duckdb.connect(str(database), read_only=True)
    except duckdb.Error as exc:
        raise QuestionsError(f"{database} cannot be opened ({exc})") from None


def _sql(name: str) -> str:
    from auditor.counting import sql

    return sql(name)


def read_categories(con) -> dict[str, Category]:
    """The categories table of an audit: count basis and singleton rate per relation."""
    import duckdb

    try:
        rows = con.execute(_sql("question_categories")).fetchall()
    except duckdb.Error as exc:
        raise QuestionsError(
            f"the audit has no usable categories table ({exc}); run `auditor scan` again"
        ) from None
    return {
        relation: Category(relation, basis, rate, (low, high))
        for relation, basis, _m, _d, _distinct, rate, low, high in rows
    }


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def build_items(
    out: Path,
    per_bucket: int,
    thresholds: Sequence[Fraction],
    seed: int = 0,
    relations: Iterable[str] | None = None,
    patterns: Path | None = None,
) -> list[dict]:
    """The question items of the audit in ``out``: up to ``per_bucket`` facts per relation and
    count bucket, one item per fact and confidence target (ordered by relation, bucket, draw,
    t). Raises QuestionsError for a missing audit or an unknown relation."""
    templates = builtin_templates()
    if patterns:
        templates.update(pattern_templates(patterns))
    with _connect(out) as con:
        categories = read_categories(con)
        chosen = sorted(categories) if relations is None else list(dict.fromkeys(relations))
        if unknown := [r for r in chosen if r not in categories]:
            raise QuestionsError(
                f"unknown relation(s) {', '.join(unknown)}; the audit has "
                f"{', '.join(sorted(categories)) or 'none'}"
            )
        bases = {categories[r].count_basis for r in chosen}
        basis = bases.pop() if len(bases) == 1 else "mentions"
        rows = con.execute(
            _sql("question_sample"),
            {"basis": basis, "relations": chosen, "seed": str(seed), "per_bucket": per_bucket},
        ).fetchall()
        facts = [dict(zip(_SAMPLE_COLUMNS, row, strict=True)) for row in rows]
        answers = _gold(con, facts, templates)
    items = []
    for fact in facts:
        relation = fact["relation"]
        template = template_for(relation, templates)
        category = categories[relation]
        gold_answers, gold_keys = answers[_asked_key(fact, template)]
        question = template.ask(relation, fact["subject"], fact["value"])
        fact_id = _short_hash(relation, fact["subject_key"], fact["value_key"])
        for t in thresholds:
            items.append({
                "id": f"{relation}:{fact_id}:t{format_number(t)}",
                "relation": relation,
                "subject": fact["subject"],
                "value": fact["value"],
                "asks": template.asks,
                "question": question,
                "hint": template.hint,
                "t": float(t),
                "penalty": float(penalty(t)),
                "instruction": instruction(t),
                "prompt": prompt(question, template.hint, t),
                "gold_answers": gold_answers,
                "gold_keys": gold_keys,
                "answer_kind": template.answer,
                "conflicted": len(gold_answers) > 1,
                "count": int(fact["n"]),
                "count_basis": basis,
                "mentions": int(fact["mentions"]),
                "documents": int(fact["documents"]),
                "bucket": fact["bucket"],
                # The bucket's share of the relation's count: the weight the corpus gives its
                # questions, so that a sample's error rate can be reweighted to the corpus.
                "bucket_share": int(fact["bucket_count"]) / int(fact["relation_count"]),
                "singleton_rate": category.singleton_rate,
                "singleton_rate_ci": list(category.singleton_rate_ci),
                "template": template.source,
            })  # fmt: skip
    logger.info("%d facts drawn, %d items", len(facts), len(items))
    return items


_SAMPLE_COLUMNS = (
    "relation", "subject_key", "value_key", "subject", "value", "mentions", "documents", "n",
    "bucket", "bucket_facts", "bucket_count", "relation_count",
)  # fmt: skip


def _asked_key(fact: dict, template: Template) -> tuple[str, str]:
    """The key the question is about: the subject's, or the value's when the answer is the
    subject."""
    side = "subject_key" if template.asks == "value" else "value_key"
    return fact["relation"], fact[side]


def _gold(con, facts: list[dict], templates: dict[str, Template]) -> dict:
    """For each asked key: (the written answers, the match keys an answer may have), where the
    answers are every fact the corpus states about the asked subject (value) and the keys add
    the spelling variants merged into them."""
    asked: dict[str, set[str]] = {}
    for fact in facts:
        relation, key = _asked_key(fact, template_for(fact["relation"], templates))
        asked.setdefault(relation, set()).add(key)
    gold: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for relation, keys in sorted(asked.items()):
        template = template_for(relation, templates)
        by = "subject" if template.asks == "value" else "value"
        answer_side = "value" if template.asks == "value" else "subject"
        written: dict[str, dict[str, str]] = {}  # asked key -> {answer key: written answer}
        for row in con.execute(
            _sql("question_gold"), {"relation": relation, "keys": sorted(keys), "by": by}
        ).fetchall():
            fact = dict(zip(_GOLD_COLUMNS, row, strict=True))
            asked_key = fact[f"{by}_key"]
            written.setdefault(asked_key, {}).setdefault(
                fact[f"{answer_side}_key"], fact[answer_side]
            )
        answer_keys = sorted({k for answers in written.values() for k in answers})
        variants: dict[str, set[str]] = {}
        for canonical, variant in con.execute(
            _sql("question_variants"),
            {"relation": relation, "field": answer_side, "keys": answer_keys},
        ).fetchall():
            variants.setdefault(canonical, set()).add(variant)
        for asked_key, answers in written.items():
            keys_accepted = set(answers)
            for key in answers:
                keys_accepted |= variants.get(key, set())
            gold[relation, asked_key] = (
                [answers[k] for k in sorted(answers)],
                sorted(keys_accepted),
            )
    return gold


_GOLD_COLUMNS = ("relation", "subject_key", "value_key", "subject", "value", "mentions",
                 "documents")  # fmt: skip


# --- writing and reading items -----------------------------------------------------------------


def batch_request(item: dict, model: str) -> dict:
    """One line of an OpenAI Batch API input file (chat completions); ``custom_id`` is the
    item's id, so the batch output can be scored against the items."""
    return {
        "custom_id": item["id"],
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": model, "messages": [{"role": "user", "content": item["prompt"]}]},
    }


def items_path_for_batch(path: Path) -> Path:
    """Where the items go beside an OpenAI batch input file (the batch holds prompts only)."""
    return path.with_name(f"{path.stem}.items.jsonl")


def _jsonl(records: Iterable[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_items(items: list[dict], path: Path, fmt: str, model: str | None = None) -> list[Path]:
    """Write the items as ``fmt`` (jsonl, csv or openai-batch) to ``path``; returns the files
    written (openai-batch also writes the items, as JSON lines, beside the batch file)."""
    path = Path(path)
    if fmt == "jsonl":
        path.write_text(_jsonl(items), encoding="utf-8")
        return [path]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for item in items:
            writer.writerow({
                key: json.dumps(item[key], ensure_ascii=False) if key in _CSV_JSON_FIELDS
                else item[key]
                for key in CSV_FIELDS
            })  # fmt: skip
        path.write_text(buffer.getvalue(), encoding="utf-8")
        return [path]
    if fmt == "openai-batch":
        if not model:
            raise QuestionsError("--format openai-batch needs the model's name: add --model NAME")
        path.write_text(_jsonl(batch_request(item, model) for item in items), encoding="utf-8")
        items_file = items_path_for_batch(path)
        items_file.write_text(_jsonl(items), encoding="utf-8")
        return [path, items_file]
    raise QuestionsError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def read_items(path: Path) -> list[dict]:
    """Items written by ``write_items`` as jsonl (also the ``.items.jsonl`` beside a batch
    file) or csv. Raises QuestionsError naming the line of a malformed item."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionsError(f"{path}: cannot be read ({exc})") from None
    items: list[dict] = []
    if path.suffix.lower() == ".csv":
        for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
            try:
                item: dict = {}
                for key in CSV_FIELDS:
                    value = row[key]
                    if key in _CSV_JSON_FIELDS:
                        item[key] = json.loads(value)
                    elif key in _CSV_FLOAT_FIELDS:
                        item[key] = float(value) if value else None
                    elif key in _CSV_INT_FIELDS:
                        item[key] = int(value)
                    else:
                        item[key] = value
            except (KeyError, ValueError, TypeError) as exc:
                raise QuestionsError(f"{path} line {number}: not a question item ({exc})") from None
            items.append(item)
        return items
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            raise QuestionsError(f"{path} line {number}: not valid JSON") from None
        if isinstance(item, dict) and "custom_id" in item and "id" not in item:
            raise QuestionsError(
                f"{path} is an OpenAI batch input file; score against the items written beside "
                f"it: {items_path_for_batch(path)}"
            )
        if not isinstance(item, dict) or not {"id", "relation", "t", "gold_keys"} <= set(item):
            raise QuestionsError(
                f"{path} line {number}: not a question item (written by `auditor questions`)"
            )
        items.append(item)
    return items
