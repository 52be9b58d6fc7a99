"""Counting in DuckDB: every query is a file in ``sql/`` (shipped as ``auditor.sql``).

The facts files are read in place; the database ``OUT/audit.duckdb`` keeps ``fact_counts``,
``freq_of_freq`` and (written by the report) ``categories`` for
dashboards. Values from the corpus only ever reach DuckDB as bound parameters or Parquet data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

import duckdb

COUNT_BASES = ("mentions", "documents")


@cache
def sql(name: str) -> str:
    """The text of ``sql/<name>.sql``."""
    return files("auditor.sql").joinpath(f"{name}.sql").read_text(encoding="utf-8")


@dataclass
class CategoryCounts:
    """What DuckDB counted for one relation."""

    relation: str
    mentions: int = 0
    documents: int = 0
    # {count basis: {r: n_r}}
    freq_of_freq: dict[str, dict[int, int]] = field(
        default_factory=lambda: {basis: {} for basis in COUNT_BASES}
    )


def count_facts(
    database: Path, facts_files: Sequence[Path], relations: Sequence[str]
) -> dict[str, CategoryCounts]:
    """Count the facts in ``facts_files`` into ``database``; returns per relation its mentions,
    documents and frequency of frequencies on each count basis. Every relation in ``relations``
    gets an entry, with zeros where no fact was found."""
    counts = {relation: CategoryCounts(relation) for relation in relations}
    files_param = {"facts_files": [str(p) for p in facts_files]}
    with duckdb.connect(str(database)) as con:
        con.execute(sql("fact_counts"), files_param)
        con.execute(sql("freq_of_freq"))
        for relation, mentions, documents in con.execute(
            sql("category_documents"), files_param
        ).fetchall():
            entry = counts.setdefault(relation, CategoryCounts(relation))
            entry.mentions, entry.documents = mentions, documents
        for basis in COUNT_BASES:
            for relation, r, n_r in con.execute(
                sql("select_freq_of_freq"), {"basis": basis}
            ).fetchall():
                counts[relation].freq_of_freq[basis][int(r)] = int(n_r)
    return counts


def store_categories(database: Path, rows: Sequence[dict]) -> None:
    """Write the report's per-category rows into the ``categories`` table."""
    with duckdb.connect(str(database)) as con:
        con.execute(sql("create_categories"))
        for row in rows:
            flat = {
                key: row[key] for key in (
                    "relation", "count_basis", "mentions", "documents", "distinct_facts",
                    "singletons", "doubletons", "singleton_rate", "coverage",
                    "chao1_distinct_facts", "new_facts_if_doubled", "hallucination_lower_bound",
                    "needs_retrieval",
                )
            }  # fmt: skip
            flat["singleton_rate_low"], flat["singleton_rate_high"] = row["singleton_rate_ci"]
            flat["theorem_lower_bound"] = row["theorem_lower_bound"]["value"]
            con.execute(sql("insert_category"), flat)
