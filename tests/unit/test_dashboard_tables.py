"""The dashboard tables: audit.duckdb (tables, the facts view, runs), OUT/tables/*.parquet, and
the README's documentation of every column."""

import json
import re
import shutil

import duckdb
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import REPO, SAMPLE_DATA

from auditor.cli import main


def _documented_tables() -> dict[str, tuple[str, list[str]]]:
    """{table: (kind, columns)} from the README's table of tables: rows of
    `| `name` | kind | `col`, `col`, … |` under the header `| table | kind | columns |`."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("| table | kind | columns |")
    documented = {}
    for line in readme[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        name, kind, columns = (cell.strip() for cell in line.strip("|").split("|")[:3])
        documented[name.strip("`")] = (kind, re.findall(r"`([^`]+)`", columns))
    return documented


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    out = tmp_path_factory.mktemp("dash") / "audit"
    for _ in range(2):  # the second scan resumes: two rows in runs
        result = CliRunner().invoke(main, ["scan", "-q", str(SAMPLE_DATA), "--out", str(out)])
        assert result.exit_code == 0, result.output
    return out


def test_every_table_and_view_has_the_documented_columns(audited):
    documented = _documented_tables()
    with duckdb.connect(str(audited / "audit.duckdb"), read_only=True) as con:
        present = dict(con.execute(
            "SELECT table_name, table_type FROM information_schema.tables "
            "WHERE table_schema = 'main'"
        ).fetchall())  # fmt: skip
        assert set(present) == set(documented)
        for name, (kind, columns) in documented.items():
            assert present[name] == {"table": "BASE TABLE", "view": "VIEW"}[kind], name
            got = [row[0] for row in con.execute(f"DESCRIBE {name}").fetchall()]
            assert got == columns, name


def test_tables_are_written_as_zstd_parquet_with_the_same_rows(audited):
    documented = _documented_tables()
    files = {p.stem: p for p in (audited / "tables").glob("*.parquet")}
    assert set(files) == {name for name, (kind, _) in documented.items() if kind == "table"}
    with duckdb.connect(str(audited / "audit.duckdb"), read_only=True) as con:
        for name, path in files.items():
            parquet = pq.ParquetFile(path)
            assert parquet.schema_arrow.names == documented[name][1]
            if parquet.metadata.num_row_groups:
                assert parquet.metadata.row_group(0).column(0).compression == "ZSTD"
            (rows,) = con.execute(f"SELECT count(*) FROM {name}").fetchone()
            assert parquet.metadata.num_rows == rows, name
    # Any tool that reads Parquet reads them: DuckDB on the file alone.
    with duckdb.connect() as con:
        (mentions,) = con.execute(
            "SELECT sum(mentions) FROM read_parquet($path)", {"path": str(files["fact_counts"])}
        ).fetchone()
    assert mentions == sum(r["mentions"] for r in _tally()["relations"].values())


def _tally() -> dict:
    return json.loads((SAMPLE_DATA / "TALLY.json").read_text(encoding="utf-8"))


def test_facts_is_a_view_over_the_facts_files_with_every_mention(audited):
    tally = _tally()
    with duckdb.connect(str(audited / "audit.duckdb"), read_only=True) as con:
        per_relation = dict(con.execute(
            "SELECT relation, count(*) FROM facts GROUP BY relation"
        ).fetchall())  # fmt: skip
    assert per_relation == {r: t["mentions"] for r, t in tally["relations"].items()}
    # The database holds counts, not the mentions: no table of that size inside it.
    with duckdb.connect(str(audited / "audit.duckdb"), read_only=True) as con:
        (tables,) = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'facts'"
        ).fetchone()
    assert tables == 0


def test_the_stating_text_of_each_mention_is_the_document_around_it(audited):
    # Read the documents independently of the tool: the JSON-lines shard of the sample.
    shard = SAMPLE_DATA / "part-002.jsonl"
    texts = {}
    for line in shard.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    with duckdb.connect(str(audited / "audit.duckdb"), read_only=True) as con:
        rows = con.execute(
            'SELECT doc_id, "start", "end", context, context_start FROM facts WHERE shard = $s',
            {"s": str(shard)},
        ).fetchall()
    assert rows
    for doc_id, start, end, context, context_start in rows:
        text = texts[doc_id]
        assert context == text[context_start : context_start + len(context)]
        assert context_start == max(0, start - 120)
        assert len(context) == min(len(text), end + 120) - context_start  # spans here < 400


def test_runs_record_every_scan_and_rebuild(audited, tmp_path):
    out = tmp_path / "audit"
    shutil.copytree(audited, out)
    result = CliRunner().invoke(main, ["report", str(out)])
    assert result.exit_code == 0, result.output
    tally = _tally()
    with duckdb.connect(str(out / "audit.duckdb"), read_only=True) as con:
        runs = con.execute(
            "SELECT command, documents, facts, shards, config_hash, inputs, finished >= started "
            "FROM runs ORDER BY finished, command DESC"
        ).fetchall()
    assert [r[0] for r in runs] == ["scan", "scan", "report"]
    total = sum(t["mentions"] for t in tally["relations"].values())
    for command, documents, facts, shards, digest, inputs, ordered in runs:
        assert (documents, facts, shards) == (tally["documents"], total, 4), command
        assert ordered and len(digest) == 16
        assert sorted(json.loads(inputs)) == sorted(
            str(p) for p in SAMPLE_DATA.iterdir() if p.suffix in (".parquet", ".jsonl", ".gz")
        )
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    with duckdb.connect(str(out / "audit.duckdb"), read_only=True) as con:
        (last,) = con.execute("SELECT run_id FROM runs ORDER BY finished DESC LIMIT 1").fetchone()
    assert report["run"]["run_id"] == last


def test_stating_text_is_bounded_around_the_fact():
    from auditor.facts import stating_text

    text = "".join(chr(ord("a") + i % 26) for i in range(2000))
    # A fact in the middle: 120 characters either side.
    assert stating_text(text, 500, 520) == (380, text[380:640])
    # At the start and the end of the document the snippet stops there.
    assert stating_text(text, 10, 20) == (0, text[0:140])
    assert stating_text(text, 1990, 2000) == (1870, text[1870:2000])
    # A fact span of 1,000 characters is cut at 400: 120 + 400 + 120 = 640 characters at most.
    start, snippet = stating_text(text, 600, 1600)
    assert (start, len(snippet)) == (480, 640) and snippet == text[480:1120]


def test_a_quote_in_the_out_path_stays_a_path(tmp_path):
    # The facts view and compare's ATTACH write paths into SQL as quoted literals.
    out = tmp_path / "o'brien's audit"
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "Lima is the capital of Peru."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", "-q", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["report", str(out)]).exit_code == 0
    result = CliRunner().invoke(
        main, ["compare", str(out), str(out), "--out", str(tmp_path / "it's compared")]
    )
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(out / "audit.duckdb"), read_only=True) as con:
        assert con.execute("SELECT subject, value FROM facts").fetchall() == [("Peru", "Lima")]


def test_a_facts_table_of_an_older_version_becomes_the_view(tmp_path):
    out = tmp_path / "audit"
    out.mkdir()
    with duckdb.connect(str(out / "audit.duckdb")) as con:
        con.execute("CREATE TABLE facts AS SELECT 'stale' AS doc_id")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "Lima is the capital of Peru."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", "-q", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(out / "audit.duckdb"), read_only=True) as con:
        (kind,) = con.execute(
            "SELECT table_type FROM information_schema.tables WHERE table_name = 'facts'"
        ).fetchone()
        assert kind == "VIEW"
        assert con.execute("SELECT value FROM facts").fetchall() == [("Lima",)]
