"""Counting in DuckDB: every query is a file in ``sql/`` (shipped as ``auditor.sql``).

The facts files are read in place. The database ``OUT/audit.duckdb`` keeps, for dashboards:
``variants`` (every spelling variant merged, and into what), ``facts`` (every mention with its
merged identity), ``fact_counts``, ``freq_of_freq`` and (written by the report) ``categories``.
Values from the corpus only ever reach DuckDB as bound parameters, Parquet or Arrow data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

import duckdb
import pyarrow as pa

from auditor import variants

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
    merged_variants: int = 0
    # {count basis: {r: n_r}}
    freq_of_freq: dict[str, dict[int, int]] = field(
        default_factory=lambda: {basis: {} for basis in COUNT_BASES}
    )


def count_facts(
    database: Path,
    facts_files: Sequence[Path],
    relations: Sequence[str],
    merge_threshold: float | None = variants.DEFAULT_THRESHOLD,
    memory_limit: str | None = None,
    temp_directory: Path | None = None,
) -> dict[str, CategoryCounts]:
    """Count the facts in ``facts_files`` into ``database``, spelling variants merged at
    ``merge_threshold`` (None: no merging); returns per relation its mentions, documents,
    merged variants and frequency of frequencies on each count basis. Every relation in
    ``relations`` gets an entry, with zeros where no fact was found. DuckDB keeps to
    ``memory_limit`` (e.g. "4GiB") and spills what does not fit to ``temp_directory``."""
    counts = {relation: CategoryCounts(relation) for relation in relations}
    files_param = {"facts_files": [str(p) for p in facts_files]}
    config: dict[str, str | bool | int | float | list[str]] = {}
    if memory_limit:
        config["memory_limit"] = memory_limit
    if temp_directory:
        config["temp_directory"] = str(temp_directory)
    with duckdb.connect(str(database), config=config) as con:
        keys = con.execute(sql("distinct_keys"), files_param).fetchall()
        con.register("merges", _merges(keys, merge_threshold))
        con.execute(sql("create_variants"))
        con.execute(sql("facts"), files_param)
        con.execute(sql("fact_counts"))
        con.execute(sql("freq_of_freq"))
        for relation, mentions, documents, merged in con.execute(
            sql("category_documents")
        ).fetchall():
            entry = counts.setdefault(relation, CategoryCounts(relation))
            entry.mentions, entry.documents, entry.merged_variants = mentions, documents, merged
        for basis in COUNT_BASES:
            for relation, r, n_r in con.execute(
                sql("select_freq_of_freq"), {"basis": basis}
            ).fetchall():
                counts[relation].freq_of_freq[basis][int(r)] = int(n_r)
    return counts


_MERGES_SCHEMA = pa.schema(
    [("relation", pa.string()), ("field", pa.string()), ("variant", pa.string()),
     ("canonical", pa.string()), ("similarity", pa.float64()), ("mentions", pa.int64())]
)  # fmt: skip


def _merges(keys: list[tuple[str, str, str, int]], threshold: float | None) -> pa.Table:
    """The merges among the distinct keys (relation, field, key, mentions) of each relation and
    field, as an Arrow table for DuckDB."""
    groups: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for relation, field_name, key, mentions in keys:
        groups.setdefault((relation, field_name), []).append((key, mentions))
    rows = []
    if threshold is not None:
        for (relation, field_name), group in sorted(groups.items()):
            mentions_of = dict(group)
            rows += [
                (relation, field_name, m.variant, m.canonical, m.similarity, mentions_of[m.variant])
                # Subjects are names: their words may come in another order ("Curie, Marie").
                for m in variants.find_merges(group, threshold, field_name == "subject")
            ]
    return pa.Table.from_pylist(
        [dict(zip(_MERGES_SCHEMA.names, row, strict=True)) for row in rows], schema=_MERGES_SCHEMA
    )


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
