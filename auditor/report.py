"""The audit's report: ``report.json`` (schema below), ``report.md`` and the terminal summary.

``report.json``::

    {"schema_version": 1,
     "corpus": {"shards", "documents", "text_bytes", "ignored_files",
                "skipped": {"shards": {reason: n}, "rows": {reason: n}}},
     "count_basis": "mentions" | "documents",
     "retrieval_threshold": 0.1,
     "categories": [{"relation", "mentions", "documents", "distinct_facts", "singletons",
                     "doubletons", "singleton_rate", "hallucination_lower_bound",
                     "needs_retrieval"}, ...]}
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import counting, goodturing

if TYPE_CHECKING:
    from auditor.pipeline import CorpusStats, ScanOptions

SCHEMA_VERSION = 1


def category_row(counts: counting.CategoryCounts, count_by: str, threshold: float) -> dict:
    """One category of report.json from what DuckDB counted."""
    fof = counts.freq_of_freq[count_by]
    rate = goodturing.singleton_rate(fof)
    return {
        "relation": counts.relation,
        "count_basis": count_by,
        "mentions": counts.mentions,
        "documents": counts.documents,
        "distinct_facts": goodturing.distinct_observed(fof),
        "singletons": goodturing.n(fof, 1),
        "doubletons": goodturing.n(fof, 2),
        "singleton_rate": rate,
        "hallucination_lower_bound": rate,
        "needs_retrieval": rate is not None and rate >= threshold,
    }


def build_report(
    corpus: CorpusStats, categories: dict[str, counting.CategoryCounts], options: ScanOptions
) -> dict:
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
            category_row(categories[relation], options.count_by, options.retrieval_threshold)
            for relation in sorted(categories)
        ],
    }


def _atomic_write(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def write_reports(report: dict, out: Path) -> None:
    """Write report.json and report.md into ``out`` and the categories table into audit.duckdb."""
    _atomic_write(out / "report.json", json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    _atomic_write(out / "report.md", render_markdown(report))
    counting.store_categories(out / "audit.duckdb", report["categories"])


def _fmt_rate(rate: float | None) -> str:
    return "n/a" if rate is None else f"{rate:.3f}"


SUMMARY_COLUMNS = ("relation", "mentions", "distinct", "singletons", "singleton rate", "retrieval?")


def summary_rows(report: dict) -> list[tuple[str, ...]]:
    return [
        (
            c["relation"],
            f"{c['mentions']:,}",
            f"{c['distinct_facts']:,}",
            f"{c['singletons']:,}",
            _fmt_rate(c["singleton_rate"]),
            "YES" if c["needs_retrieval"] else "no",
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
    lines += [
        "",
        "## What the numbers mean",
        "",
        "- **singleton rate**: facts of the category seen exactly once, divided by all its "
        f"{report['count_basis']} (n1/N): the Good–Turing estimate of the probability mass of "
        "facts the corpus has not shown often enough to learn.",
        "- **hallucination lower bound**: by Kalai, Nachum, Vempala & Zhang (2025), a calibrated "
        "model trained on this corpus hallucinates on about at least this fraction of questions "
        "about such arbitrary facts.",
        f"- **retrieval?**: YES where the singleton rate reaches {report['retrieval_threshold']}: "
        "memorisation alone cannot serve that category; give the model retrieval for it.",
        "",
    ]
    return "\n".join(lines)
