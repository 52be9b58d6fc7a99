"""``auditor report OUT``: the reports rebuilt from a finished audit, without the corpus.

What a scan counted stays in ``OUT/audit.duckdb`` (``fact_counts``, ``freq_of_freq``,
``variants``, ``conflicts``, the ``facts`` view over ``OUT/facts/``) and what it read in the
manifests (``OUT/manifest/*.json``); the last row of the ``runs`` table names the facts files and
the counting options. From those this module writes ``report.json``, ``report.md`` and
``report.html`` again, for instance with another retrieval threshold or after the tool learnt a
new section of the report; nothing of the corpus is read.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from auditor import counting, report, report_html, runs
from auditor.audit_types import CorpusStats, ReportOptions

logger = logging.getLogger(__name__)

FORMATS = ("json", "md", "html")


class RebuildError(RuntimeError):
    """OUT cannot be reported on (no audit, an audit of an older version, files missing)."""


def last_run(database: Path) -> dict:
    """The newest row of the ``runs`` table as a dict."""
    import duckdb

    with duckdb.connect(str(database), read_only=True) as con:
        present = con.execute(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_name = 'runs'"
        ).fetchone()
        if not present or not present[0]:
            raise RebuildError(
                f"{database} has no runs table: it was written by an older version of the tool; "
                "scan again (auditor scan ... --out with --fresh) to report on it"
            )
        cursor = con.execute("SELECT * FROM runs ORDER BY finished DESC, started DESC LIMIT 1")
        row = cursor.fetchone()
        if row is None:
            raise RebuildError(f"{database} records no finished run; scan again")
        return dict(zip([d[0] for d in cursor.description], row, strict=True))


def rebuild(out: Path, retrieval_threshold: float | None = None,
            formats: tuple[str, ...] = FORMATS,
            recall: tuple[tuple[str, float, str], ...] | None = None) -> dict:  # fmt: skip
    """Write the reports of ``out`` again in ``formats`` (json, md, html) from its database and
    manifests, with ``retrieval_threshold`` and ``recall`` (the recall correction's (relation,
    recall, source) triples; default for both: the last run's); returns report.json's
    dict. The ``categories`` table follows the new report, the ``facts`` view is pointed at
    ``out/facts/`` where it is now (a moved OUT works again), and the rebuild is a row of
    ``runs`` (command ``report``)."""
    import duckdb

    database = out / "audit.duckdb"
    if not database.is_file():
        raise RebuildError(
            f"{out} holds no audit.duckdb; run `auditor scan PATH... --out {out}` first"
        )
    with runs.out_lock(out):
        started = runs.now()
        run = last_run(database)
        configuration = json.loads(run["configuration"])
        facts_files = [out / "facts" / name for name in json.loads(run["facts_files"])]
        missing = [p.name for p in facts_files if not p.is_file()]
        if missing:
            raise RebuildError(
                f"{out}/facts lacks {len(missing)} facts file(s) of the last run (e.g. "
                f"{missing[0]}); scan again to write them"
            )
        with duckdb.connect(str(database)) as con:
            counting.create_facts_view(con, facts_files)
        names = {p.name for p in facts_files}
        entries = []
        for path in sorted((out / "manifest").glob("*.json")):
            entry = json.loads(path.read_text(encoding="utf-8"))
            if entry.get("facts_file") in names:
                entries.append(entry)
        corpus = CorpusStats.from_manifests(
            entries, run["shards"], run["ignored_files"] or 0
        )
        threshold = (
            configuration["retrieval_threshold"]
            if retrieval_threshold is None else retrieval_threshold
        )  # fmt: skip
        options = ReportOptions(
            count_by=configuration["count_by"],
            retrieval_threshold=threshold,
            merge_threshold=configuration.get("merge_threshold"),
            # The recall correction is report-only: the last run's recalls apply again unless
            # others are given.
            recall=(
                tuple(tuple(entry) for entry in configuration.get("recall") or ())
                if recall is None else recall
            ),  # fmt: skip
        )
        counts = counting.counts_from_database(database)
        details = counting.report_details(database, options.count_by)
        record = runs.run_record(started, run["config_hash"], facts_files)
        result = report.build_report(corpus, counts, options, details, record["report"])
        if "json" in formats:
            report._atomic_write(
                out / "report.json", json.dumps(result, indent=2, ensure_ascii=False) + "\n"
            )
        if "md" in formats:
            report._atomic_write(out / "report.md", report.render_markdown(result))
        if "html" in formats:
            report._atomic_write(out / "report.html", report_html.render_report(result))
        counting.store_categories(database, result["categories"])
        counting.record_run(
            database,
            runs.run_row(record, "report", json.loads(run["inputs"]), options, result),
        )
        counting.export_tables(database, out / "tables")
    return result
