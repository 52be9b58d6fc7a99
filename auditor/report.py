"""The audit's report: ``report.json`` (schema below), ``report.md`` and the terminal summary.

``report.json``::

    {"schema_version": 1,
     "corpus": {"shards", "documents", "text_bytes", "ignored_files",
                "skipped": {"shards": {reason: n}, "rows": {reason: n}}},
     "count_basis": "mentions" | "documents",
     "retrieval_threshold": 0.1,
     "categories": [{"relation", "count_basis", "mentions", "documents", "distinct_facts",
                     "singletons", "doubletons", "singleton_rate", "singleton_rate_ci",
                     "missing_mass_bound", "coverage", "chao1_distinct_facts",
                     "new_facts_if_doubled", "theorem_lower_bound", "hallucination_lower_bound",
                     "needs_retrieval", "freq_of_freq", "count_buckets", "top_facts",
                     "singleton_sample", "conflicts", "curve", "recall_correction"}, ...],
     "recall": null | {"assumption", "relations": {relation: {"recall", "source"}},
                       "unused": [relation, ...]},
     "run": {"run_id", "tool_version", "started", "finished", "config_hash"}}

``curve`` (per category; null for a category without mentions) is the singleton-rate curve of
``auditor.rarefaction``, documented in ``rarefaction.Curve.as_dict``; ``recall_correction`` is
null unless a recall was given for the relation (``auditor.estimate.recall_correction_entry``).

``auditor/schemas/report.schema.json`` is its JSON Schema (generated from the model in
``auditor/report_schema.py``). See the README for what each field means.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import counting, goodturing, rarefaction
from auditor.estimate import MIN_MENTIONS_TO_FLAG, category_row

if TYPE_CHECKING:
    from auditor.audit_types import CorpusStats, CountOptions

# 2: count_buckets, top_facts, singleton_sample, conflicts per category; run.
SCHEMA_VERSION = 2


def build_report(
    corpus: CorpusStats,
    categories: dict[str, counting.CategoryCounts],
    options: CountOptions,
    details: dict[str, dict] | None = None,
    run: dict | None = None,
) -> dict:
    """report.json as a dict. ``details`` (``counting.report_details``): per relation its top
    facts, singleton sample and conflicts; ``run``: the run's id, times and tool version."""
    result = _build_report(corpus, categories, options)
    if details is not None:
        for row in result["categories"]:
            found = details.get(row["relation"], {})
            row["top_facts"] = found.get("top_facts", [])
            row["singleton_sample"] = found.get("singleton_sample", [])
            row["conflicts"] = found.get("conflicts") or counting.conflicts_for_empty(
                row["relation"]
            )
    if run is not None:
        result["run"] = run
    return result


def _build_report(
    corpus: CorpusStats, categories: dict[str, counting.CategoryCounts], options: CountOptions
) -> dict:
    recalls = {relation: (r, source) for relation, r, source in options.recall}
    return {
        "schema_version": SCHEMA_VERSION,
        "corpus": {
            "shards": corpus.shards,
            "documents": corpus.documents,
            "text_bytes": corpus.text_bytes,
            "ignored_files": corpus.ignored_files,
            "skipped": {
                "shards": dict(sorted(corpus.skipped_shards.items())),
                "rows": dict(sorted(corpus.skipped_rows.items())),
            },
        },
        "count_basis": options.count_by,
        "retrieval_threshold": options.retrieval_threshold,
        "categories": [
            category_row(
                categories[relation],
                options.count_by,
                options.retrieval_threshold,
                recalls.get(relation),
            )
            for relation in sorted(categories)
        ],
        "recall": recall_summary(recalls, categories),
    }


def recall_summary(recalls: dict[str, tuple[float, str]], categories: dict) -> dict | None:
    """report.json's top-level ``recall``: the recalls given, the assumption they are read
    under, and the relations named that the report has no category for (null without any)."""
    if not recalls:
        return None
    return {
        "assumption": rarefaction.RECALL_ASSUMPTION,
        "relations": {
            relation: {"recall": recall, "source": source}
            for relation, (recall, source) in sorted(recalls.items())
        },
        "unused": sorted(set(recalls) - set(categories)),
    }


def _atomic_write(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def write_json(report: dict, out: Path) -> None:
    """Write report.json into ``out``."""
    _atomic_write(out / "report.json", json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def write_reports(report: dict, out: Path) -> None:
    """Write report.json and report.md into ``out`` and the categories table into audit.duckdb."""
    write_json(report, out)
    _atomic_write(out / "report.md", render_markdown(report))
    counting.store_categories(out / "audit.duckdb", report["categories"])
    from auditor import report_html

    _atomic_write(out / "report.html", report_html.render_report(report))


def _fmt_rate(rate: float | None) -> str:
    return "n/a" if rate is None else f"{rate:.3f}"


SUMMARY_COLUMNS = (
    "relation", "mentions", "distinct", "singletons", "singleton rate", "95% CI", "retrieval?",
)  # fmt: skip


def summary_rows(report: dict) -> list[tuple[str, ...]]:
    return [
        (
            c["relation"],
            f"{c['mentions']:,}",
            f"{c['distinct_facts']:,}",
            f"{c['singletons']:,}",
            _fmt_rate(c["singleton_rate"]),
            "–".join(_fmt_rate(x) for x in c["singleton_rate_ci"]),
            {True: "YES", False: "no", None: "too few"}[c["needs_retrieval"]],
        )
        for c in report["categories"]
    ]


def render_table(report: dict) -> str:
    """The summary as a plain-text table for the terminal."""
    rows = [SUMMARY_COLUMNS, *summary_rows(report)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(SUMMARY_COLUMNS))]
    lines = [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    # Relation names may come from user pattern files: escape them for Markdown/HTML viewers.
    return html.escape(text).replace("|", "\\|")


def render_markdown(report: dict) -> str:
    corpus = report["corpus"]
    skipped = corpus["skipped"]
    lines = [
        "# Fact audit",
        "",
        f"Corpus: {corpus['shards']:,} shards, {corpus['documents']:,} documents, "
        f"{corpus['text_bytes']:,} bytes of text. Counted by {report['count_basis']}.",
        "",
    ]
    if skipped["shards"] or skipped["rows"]:
        parts = [f"{n:,} shards ({reason})" for reason, n in skipped["shards"].items()]
        parts += [f"{n:,} rows ({reason})" for reason, n in skipped["rows"].items()]
        lines += [f"Skipped: {', '.join(_md_cell(p) for p in parts)}.", ""]
    lines += [
        "| " + " | ".join(SUMMARY_COLUMNS) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(SUMMARY_COLUMNS) - 1)) + "|",
    ]
    lines += [
        "| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in summary_rows(report)
    ]
    lines += ["", "## Estimates", ""]
    lines += [
        "| relation | coverage | Chao1 distinct facts | new facts if doubled "
        "| missing-mass bound | theorem bound (min\\|E\\|) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for c in report["categories"]:
        theorem = c["theorem_lower_bound"]
        cells = [
            c["relation"],
            _fmt_rate(c["coverage"]),
            _fmt_number(c["chao1_distinct_facts"]),
            _fmt_number(c["new_facts_if_doubled"]),
            "–".join(_fmt_rate(x) for x in c["missing_mass_bound"]),
            f"{theorem['value']:.3f} ({theorem['min_wrong_answers']})",
        ]
        lines.append("| " + " | ".join(_md_cell(cell) for cell in cells) + " |")
    lines += _conflict_lines(report["categories"])
    lines += curve_lines(report)
    basis = report["count_basis"]
    lines += [
        "",
        "## What the numbers mean",
        "",
        f"- **singleton rate**: facts of the category seen exactly once, divided by all its "
        f"{basis} (n1/N): the Good–Turing estimate of the probability mass of facts the corpus "
        "has not shown often enough to learn. By Kalai, Nachum, Vempala & Zhang (2025) a "
        "calibrated model trained on this corpus hallucinates on about at least this fraction "
        "of questions about such arbitrary facts (`hallucination_lower_bound` in report.json).",
        "- **95% CI**: Esty's (1983) normal interval for the missing mass around n1/N; below "
        f"{goodturing.MIN_MENTIONS_FOR_NORMAL} {basis}, Wilson's (1927) score interval, which "
        "does not collapse to a point on few of them.",
        f"- **retrieval?**: YES where the lower end of the 95% CI reaches "
        f"{report['retrieval_threshold']}: the evidence says memorisation cannot serve that "
        f"category; give the model retrieval for it. `too few`: under {MIN_MENTIONS_TO_FLAG} "
        f"{basis}, no verdict either way.",
        "- **coverage**: Good's coverage 1 − n1/N, the share of the category's probability mass "
        "that the corpus's facts account for.",
        "- **Chao1 distinct facts**: Chao's (1984, bias-corrected) estimate of how many distinct "
        "facts the category has, the ones never seen included.",
        "- **new facts if doubled**: the Good–Toulmin (1956) estimate of how many new distinct "
        "facts a corpus twice as large would add.",
        "- **missing-mass bound**: the distribution-free 95% range for the missing mass "
        "(McAllester & Schapire 2000; McAllester & Ortiz 2003), wide for small categories.",
        "- **theorem bound**: Kalai et al. (2025), Theorem 2, with 99% confidence: singleton rate "
        "− 2/min|E| − 6·ln(3N/γ)/√N, where min|E| is the fewest plausible wrong answers to a "
        "question (364 for a birthday). It is 0 until a category has hundreds of thousands of "
        "mentions: the theorem needs that much data to speak, which does not make a category "
        "safe.",
        "",
    ]
    return "\n".join(lines)


def _conflict_lines(categories: list[dict]) -> list[str]:
    """The Markdown table of conflicts (subjects stated with several values), for the
    categories where report.json has them."""
    rows = [c for c in categories if (c.get("conflicts") or {}).get("applicable")]
    if not rows:
        return []
    lines = ["", "## Conflicts", "",
             "| relation | subjects in conflict | share of subjects | mentions in conflict "
             "| share of mentions | most stated |", "|---|---:|---:|---:|---:|---|"]  # fmt: skip
    for c in rows:
        k = c["conflicts"]
        top = "; ".join(
            f"{t['subject']}: " + ", ".join(v["value"] for v in t["values"]) for t in k["top"][:3]
        )
        cells = [c["relation"], f"{k['conflicted_subjects']:,} of {k['subjects']:,}",
                 _fmt_rate(k["subject_share"]), f"{k['conflicted_mentions']:,}",
                 _fmt_rate(k["mention_share"]), top]  # fmt: skip
        lines.append("| " + " | ".join(_md_cell(cell) for cell in cells) + " |")
    return lines


def curve_lines(report: dict) -> list[str]:
    """report.md's sections on the singleton-rate curves (one sentence a category: the rate at
    N and the rate the curve predicts at 2N) and, when recalls were given, the recall
    correction."""
    lines = ["", "## With more data", ""]
    for c in report["categories"]:
        relation = _md_cell(c["relation"])
        curve = c.get("curve")
        if not curve:
            lines.append(f"- {relation}: no mentions, no curve.")
            continue
        now, doubled = curve["observed"]["singleton_rate"], curve["doubled"]
        change = "lower" if doubled["singleton_rate"] < now else "leave"
        sentence = (
            f"- Doubling this corpus would lower the singleton rate of {relation} from "
            f"{_fmt_rate(now)} to {_fmt_rate(doubled['singleton_rate'])} "
            f"(95% band {_fmt_rate(doubled['low'])}–{_fmt_rate(doubled['high'])})"
            if change == "lower"
            else f"- Doubling this corpus would leave the singleton rate of {relation} at "
            f"{_fmt_rate(now)}"
        )
        if c["mentions"] < MIN_MENTIONS_TO_FLAG:
            sentence += f" (under {MIN_MENTIONS_TO_FLAG} {report['count_basis']}: a rough guess)"
        lines.append(sentence + ".")
    lines += [
        "",
        "Each category's curve (`curve` in report.json: the expected singleton rate at every "
        "size from 1 to twice the corpus, with a bootstrap band) is Chao & Jost's (2012) "
        "coverage-based rarefaction and extrapolation, as the R package iNEXT computes it "
        "(Chao et al. 2014). Its value at the corpus's own size is Chao & Jost's estimate, a "
        "little below n1/N (which is the curve's value one mention earlier).",
    ]
    recall = report.get("recall")
    if recall:
        lines += [
            "",
            "## Recall correction",
            "",
            "| relation | recall | from | singleton rate found | corrected (at N/r) | 95% band |",
            "|---|---:|---|---:|---:|---:|",
        ]
        for c in report["categories"]:
            fix = c.get("recall_correction")
            if not fix:
                continue
            corrected = _fmt_rate(fix["singleton_rate"])
            if fix["beyond_reliable_extrapolation"]:
                corrected += " (beyond 2N: unreliable)"
            cells = [
                c["relation"], f"{fix['recall']:.3f}", fix["source"],
                _fmt_rate(fix["observed_singleton_rate"]), corrected,
                f"{_fmt_rate(fix['low'])}–{_fmt_rate(fix['high'])}",
            ]  # fmt: skip
            lines.append("| " + " | ".join(_md_cell(cell) for cell in cells) + " |")
        lines += [
            "",
            f"Assumption: {recall['assumption']}. The corrected rate is what the corpus's own "
            "singleton rate would be if the extractor had found every mention.",
        ]
        if recall["unused"]:
            unused = ", ".join(_md_cell(r) for r in recall["unused"])
            lines += ["", f"Recall given for relations without a category here: {unused}."]
    return lines


def _fmt_number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.1f}"
