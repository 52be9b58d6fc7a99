"""Counting in DuckDB: every query is a file in ``sql/`` (shipped as ``auditor.sql``).

The facts files are read in place. The database ``OUT/audit.duckdb`` keeps, for dashboards:
``variants`` (every spelling variant merged, and into what), the view ``facts`` (every mention
with its merged identity, read from the facts files), ``fact_counts``, ``freq_of_freq``,
``conflicts``, (written by the report) ``categories`` and ``runs``; ``export_tables`` copies the
tables to ``OUT/tables/*.parquet``. Values from the corpus only ever reach DuckDB as bound
parameters, Parquet or Arrow data; the one literal written into SQL is the list of facts files
(paths the scan named), quoted by ``sql_string``.
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
from auditor.profile import Profile

COUNT_BASES = ("mentions", "documents")
# Relations where one subject has many values by nature (a family name, many paper titles):
# two values are no conflict there.
MULTI_VALUED_RELATIONS = ("paper_title",)
# The tables of audit.duckdb copied to OUT/tables/<name>.parquet (facts are OUT/facts/ already).
EXPORTED_TABLES = ("runs", "categories", "fact_counts", "freq_of_freq", "variants", "conflicts")
TOP_FACTS = 20
SINGLETON_SAMPLE = 20
TOP_CONFLICTS = 10


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
    profile: Profile | None = None,
) -> dict[str, CategoryCounts]:
    """Count the facts in ``facts_files`` into ``database``, spelling variants merged at
    ``merge_threshold`` (None: no merging); returns per relation its mentions, documents,
    merged variants and frequency of frequencies on each count basis. Every relation in
    ``relations`` gets an entry, with zeros where no fact was found. DuckDB keeps to
    ``memory_limit`` (e.g. "4GiB") and spills what does not fit to ``temp_directory``.
    ``profile``: where the ``merge`` and ``count`` stages' totals go."""
    profile = profile or Profile(enabled=False)
    facts_bytes = sum(p.stat().st_size for p in facts_files) if profile.enabled else 0
    counts = {relation: CategoryCounts(relation) for relation in relations}
    files_param = {"facts_files": [str(p) for p in facts_files]}
    config: dict[str, str | bool | int | float | list[str]] = {}
    if memory_limit:
        config["memory_limit"] = memory_limit
    if temp_directory:
        config["temp_directory"] = str(temp_directory)
    with duckdb.connect(str(database), config=config) as con:
        with profile.stage("merge") as totals:
            keys = con.execute(sql("distinct_keys"), files_param).fetchall()
            con.register("merges", _merges(keys, merge_threshold))
            con.execute(sql("create_variants"))
            totals.bytes_in += facts_bytes
        with profile.stage("count") as totals:
            _count(con, facts_files, counts)
            totals.bytes_in += facts_bytes
    return counts


def _count(
    con: duckdb.DuckDBPyConnection, facts_files: Sequence[Path], counts: dict[str, CategoryCounts]
) -> None:
    """Count the facts (variants merged already) into the database's tables and ``counts``."""
    create_facts_view(con, facts_files)
    con.execute(sql("fact_counts"))
    con.execute(sql("freq_of_freq"))
    con.execute(sql("conflicts"), {"multi_valued": list(MULTI_VALUED_RELATIONS)})
    _read_counts(con, counts)


def _read_counts(con: duckdb.DuckDBPyConnection, counts: dict[str, CategoryCounts]) -> None:
    """Each relation's mentions, documents, merged variants and frequency of frequencies on
    each basis, from the counted tables, into ``counts``."""
    for relation, mentions, documents, merged in con.execute(
        sql("category_documents")
    ).fetchall():
        entry = counts.setdefault(relation, CategoryCounts(relation))
        entry.mentions, entry.documents, entry.merged_variants = mentions, documents, merged
    for basis in COUNT_BASES:
        for relation, r, n_r in con.execute(
            sql("select_freq_of_freq"), {"basis": basis}
        ).fetchall():
            counts.setdefault(relation, CategoryCounts(relation))
            counts[relation].freq_of_freq[basis][int(r)] = int(n_r)


def sql_string(text: str) -> str:
    """``text`` as an SQL string literal: quoted, its quotes doubled (DuckDB reads no backslash
    escapes in a plain literal)."""
    return "'" + text.replace("'", "''") + "'"


def create_facts_view(con: duckdb.DuckDBPyConnection, facts_files: Sequence[Path]) -> None:
    """(Re)create the view ``facts`` over ``facts_files`` at their absolute paths; a ``facts``
    table left by an older version of the tool is dropped first."""
    old = con.execute(
        "SELECT table_type FROM information_schema.tables "
        "WHERE table_schema = 'main' AND table_name = 'facts'"
    ).fetchone()
    if old and old[0] == "BASE TABLE":
        con.execute("DROP TABLE facts")
    listed = "[" + ", ".join(sql_string(str(Path(p).resolve())) for p in facts_files) + "]"
    con.execute(sql("facts").replace("$facts_files", listed))


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


def report_details(database: Path, count_by: str) -> dict[str, dict]:
    """Per relation, what the report shows beside the estimates: the most-stated facts, a
    sample of singletons with the document and text that state them, and conflicts (subjects
    with several values: their share of subjects and of mentions, and the top ones). A
    relation in MULTI_VALUED_RELATIONS gets ``conflicts: {"applicable": false}``."""
    details: dict[str, dict] = {}

    def entry(relation: str) -> dict:
        return details.setdefault(
            relation, {"top_facts": [], "singleton_sample": [], "conflicts": None}
        )

    with duckdb.connect(str(database), read_only=True) as con:
        for relation, subject, value, mentions, documents in con.execute(
            sql("top_facts"), {"basis": count_by, "limit": TOP_FACTS}
        ).fetchall():
            entry(relation)["top_facts"].append(
                {"subject": subject, "value": value, "mentions": mentions, "documents": documents}
            )
        for relation, subject, value, doc_id, shard, context, start, end, _ in con.execute(
            sql("singleton_sample"), {"basis": count_by, "limit": SINGLETON_SAMPLE}
        ).fetchall():
            entry(relation)["singleton_sample"].append({
                "subject": subject, "value": value, "doc_id": doc_id, "shard": shard,
                "context": context, "fact_start": start, "fact_end": end,
            })  # fmt: skip
        top: dict[str, dict[str, dict]] = {}
        for relation, subject_key, subject, value, mentions, documents, _ in con.execute(
            sql("top_conflicts"), {"limit": TOP_CONFLICTS}
        ).fetchall():
            conflict = top.setdefault(relation, {}).setdefault(
                subject_key, {"subject": subject, "mentions": 0, "values": []}
            )
            conflict["mentions"] += mentions
            conflict["values"].append(
                {"value": value, "mentions": mentions, "documents": documents}
            )
        for relation, subjects, conflicted, mentions, conflicted_mentions in con.execute(
            sql("conflict_summary")
        ).fetchall():
            if relation in MULTI_VALUED_RELATIONS:
                continue
            entry(relation)["conflicts"] = {
                "applicable": True,
                "subjects": subjects,
                "conflicted_subjects": conflicted,
                "subject_share": conflicted / subjects if subjects else None,
                "mentions": int(mentions),
                "conflicted_mentions": int(conflicted_mentions),
                "mention_share": int(conflicted_mentions) / int(mentions) if mentions else None,
                "top": list(top.get(relation, {}).values()),
            }
    for relation in MULTI_VALUED_RELATIONS:
        if relation in details:
            details[relation]["conflicts"] = {"applicable": False}
    return details


def conflicts_for_empty(relation: str) -> dict:
    """The conflicts entry of a relation with no facts."""
    if relation in MULTI_VALUED_RELATIONS:
        return {"applicable": False}
    return {
        "applicable": True, "subjects": 0, "conflicted_subjects": 0, "subject_share": None,
        "mentions": 0, "conflicted_mentions": 0, "mention_share": None, "top": [],
    }  # fmt: skip


def record_run(database: Path, run: dict) -> None:
    """Add one row to the ``runs`` table (created on first use and kept across runs)."""
    with duckdb.connect(str(database)) as con:
        con.execute(sql("create_runs"))
        con.execute(sql("insert_run"), run)


def export_tables(database: Path, folder: Path) -> list[Path]:
    """Copy the EXPORTED_TABLES of ``database`` to ``folder/<table>.parquet`` (zstd), each
    written under a temporary name and then renamed; returns the files written."""
    import os

    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with duckdb.connect(str(database), read_only=True) as con:
        present = {row[0] for row in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()}  # fmt: skip
        for table in EXPORTED_TABLES:
            if table not in present:
                continue
            data = con.sql(f"SELECT * FROM {table}").to_arrow_table()  # a fixed table name
            path = folder / f"{table}.parquet"
            temporary = path.with_name(f".{path.name}.tmp")
            pq.write_table(data, temporary, compression="zstd")
            os.replace(temporary, path)
            written.append(path)
    return written


def counts_from_database(database: Path) -> dict[str, CategoryCounts]:
    """What ``count_facts`` returned, read back from a finished audit's tables (for
    ``auditor report``): every relation of the categories table, with its mentions, documents,
    merged variants and frequency of frequencies on each basis."""
    with duckdb.connect(str(database), read_only=True) as con:
        counts = {
            relation: CategoryCounts(relation)
            for (relation,) in con.execute("SELECT relation FROM categories").fetchall()
        }
        _read_counts(con, counts)
    return counts
