"""The ``auditor`` command: one click group, a verb per job.

Only this module configures logging and progress bars (on stderr; ``--quiet`` turns both down).
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import shutil
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from tqdm import tqdm

from auditor import config

if TYPE_CHECKING:
    from auditor import evaluate as scoring
    from auditor.extraction import Extraction
    from extractors.base import Extractor

# The scan's machinery (spaCy, DuckDB, datasketch) is imported inside the commands that use it:
# --help and the checks of a command's options answer at once.

EXIT_NOTHING_READ = 3
EXIT_SKIPPED_STRICT = 4
EXIT_INTERRUPTED = 130  # the shell's code for a command ended by SIGINT


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


class _Bar:
    """One tqdm bar for a scan: documents read, with shards done and text read alongside."""

    def __init__(self, shards: int, enabled: bool):
        self.total_shards, self.shards_done, self.text_bytes = shards, 0, 0
        self.bar = tqdm(desc="scan", unit="doc", unit_scale=True, file=sys.stderr,
                        disable=not enabled, dynamic_ncols=True)  # fmt: skip
        self._postfix()

    def _postfix(self) -> None:
        self.bar.set_postfix_str(
            f"shards {self.shards_done}/{self.total_shards}, text {self.text_bytes / 1e6:,.1f} MB",
            refresh=False,
        )

    def documents_read(self, documents: int, text_bytes: int) -> None:
        self.text_bytes += text_bytes
        self._postfix()
        self.bar.update(documents)

    def shard_done(self) -> None:
        self.shards_done += 1
        self._postfix()
        self.bar.refresh()

    def close(self) -> None:
        self.bar.close()


def _configure_logging(quiet: bool, verbose: bool) -> None:
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.WARNING
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s: %(message)s")


def _parse_extractors(value: str | None) -> list[Extractor]:
    from extractors import base

    names = None if value is None else [n.strip() for n in value.split(",") if n.strip()]
    try:
        return base.select(names)
    except KeyError as exc:
        raise click.BadParameter(exc.args[0], param_hint="--extractors") from None


@click.group()
@click.version_option(package_name="fact-auditor")
def main() -> None:
    """Audit a pretraining corpus for the facts it states, and predict per category of fact the
    lowest hallucination rate a model trained on it can reach (the Good–Turing singleton rate).
    """


_SPACY_MODEL = click.option(
    "--spacy-model",
    metavar="NAME",
    help="An installed spaCy pipeline (package name or directory) to read text with; with one "
    "that finds entities, facts whose subject is no PERSON or place entity are dropped. "
    "Default: spacy.blank('en') with rule components.",
)
_EXTRACTORS = click.option(
    "--extractors",
    "extractor_names",
    metavar="NAME,NAME",
    help="Comma-separated extractors to run (default: all; see `auditor extractors`).",
)


_MEMORY = re.compile(r"^(\d+(?:\.\d+)?)\s*([KMGT]?)(i?)B$", re.IGNORECASE)


def _check_memory_limit(value: str, param, ctx) -> str:
    match = _MEMORY.match(value.strip())
    if not match:
        raise click.BadParameter(f"{value!r} is not a size such as 512MiB or 4GiB", ctx, param)
    number, prefix, binary = match.groups()
    size = float(number) * (1024 if binary else 1000) ** " KMGT".index(prefix.upper() or " ")
    if size < config.MIN_MEMORY_LIMIT_BYTES:
        raise click.BadParameter(
            f"{value!r} is too little for DuckDB to count in; give at least "
            f"{config.MIN_MEMORY_LIMIT_BYTES // 2**20}MiB",
            ctx,
            param,
        )
    return value.strip()


class _Finite(click.FloatRange):
    """A float range that also refuses ``nan`` and ``inf``, which compare as inside any range
    (``nan``) or overflow the sizes they are turned into (``inf``)."""

    def convert(self, value, param, ctx):
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


class _MergeThreshold(click.ParamType):
    name = "SIMILARITY|off"

    def convert(self, value, param, ctx):
        if isinstance(value, float) or value is None:
            return value
        if str(value).lower() == "off":
            return None
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if not 0.0 < number <= 1.0:
            self.fail(f"{value!r} is neither a similarity in (0, 1] nor 'off'", param, ctx)
        return number


_PATTERNS = click.option(
    "--patterns",
    type=click.Path(exists=True, dir_okay=False),
    help="A TOML file of user-defined relations (regular expressions or spaCy token patterns); "
    "they run with the built-in extractors. See the README for the format.",
)


def _load_patterns(patterns: str | None) -> None:
    if patterns:
        from extractors.user_patterns import PatternFileError, load_patterns

        try:
            load_patterns(patterns)
        except PatternFileError as exc:
            raise click.ClickException(str(exc)) from None


def _extraction(
    extractor_names: str | None, spacy_model: str | None, patterns: str | None
) -> Extraction:
    from auditor.extraction import SpacyModelError
    from auditor.options import extraction_for

    _load_patterns(patterns)  # before the names are checked: they may name its relations
    names = tuple(e.name for e in _parse_extractors(extractor_names))
    try:
        return extraction_for(names, spacy_model, patterns)
    except SpacyModelError as exc:
        raise click.ClickException(str(exc)) from None


_RECALL = click.option(
    "--recall",
    "recalls",
    metavar="RELATION=R,...",
    multiple=True,
    help="The extractor's recall per relation (0 < R <= 1, e.g. birth_date=0.6,capital=0.9; "
    "repeatable). The report then gives beside each such relation's singleton rate the rate "
    "extrapolated to N/R mentions: the corpus's rate had every mention been found, assuming "
    "each is found independently with probability R. Report only: changing it rescans nothing. "
    "Overrides --recall-from for the relations it names.",
)
_RECALL_FROM = click.option(
    "--recall-from",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Take the recalls from the output of `auditor evaluate GOLD --json` (relations "
    "without gold facts are skipped). --recall overrides it relation by relation.",
)


def _parse_recalls(values: tuple[str, ...], source_file: Path | None) -> tuple:
    """The recall correction's (relation, recall, source) triples from --recall-from (first)
    and --recall (overriding it), sorted by relation."""
    found: dict[str, tuple[float, str]] = {}
    if source_file is not None:
        found.update(_recalls_from_evaluation(source_file))
    for value in values:
        for item in (part.strip() for part in value.split(",")):
            if not item:
                continue
            relation, sep, number = item.partition("=")
            try:
                recall = float(number)
            except ValueError:
                recall = math.nan
            if not sep or not relation.strip() or not 0.0 < recall <= 1.0:
                raise click.BadParameter(
                    f"{item!r}: write RELATION=R with R a recall above 0 and at most 1, "
                    "e.g. birth_date=0.6",
                    param_hint="--recall",
                )
            found[relation.strip()] = (recall, "--recall")
    return tuple((relation, r, source) for relation, (r, source) in sorted(found.items()))


def _recalls_from_evaluation(path: Path) -> dict[str, tuple[float, str]]:
    """Recalls by relation from `auditor evaluate --json` output: {relation: {"recall", "gold",
    ...}} or, with --by-genre or --show-errors, the same under "scores". Relations without gold
    facts (recall not measured) or with recall 0 (nothing to extrapolate from) are skipped with
    a warning."""
    hint = "--recall-from"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise click.BadParameter(f"{path}: not readable as JSON ({exc})", param_hint=hint) from None
    scores = data.get("scores", data) if isinstance(data, dict) else None
    if not isinstance(scores, dict) or not all(
        isinstance(s, dict) and isinstance(s.get("recall"), int | float) for s in scores.values()
    ):
        raise click.BadParameter(
            f"{path}: expected the output of `auditor evaluate GOLD --json` (per relation an "
            "object with a recall)",
            param_hint=hint,
        )
    found = {}
    for relation, score in scores.items():
        recall = float(score["recall"])
        if score.get("gold", 1) == 0:
            logging.getLogger(__name__).warning(
                "%s: %s has no gold facts, its recall was not measured: no correction", path,
                relation,
            )
        elif not 0.0 < recall <= 1.0:
            logging.getLogger(__name__).warning(
                "%s: the recall of %s is %s: no correction for it", path, relation, recall
            )
        else:
            found[relation] = (recall, str(path))
    return found


def _check_writable(out: Path) -> None:
    """Refuse an OUT that cannot be created or written, with what to do, before any work."""
    existing = out
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise click.BadParameter(f"{existing} is not a folder", param_hint="--out")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise click.BadParameter(
            f"{existing} is not writable; name a folder you can write to", param_hint="--out"
        )
    free = shutil.disk_usage(existing).free
    if free < config.MIN_FREE_BYTES:
        raise click.BadParameter(
            f"{existing} has {free // 2**20} MiB free; the audit needs at least "
            f"{config.MIN_FREE_BYTES // 2**20} MiB (facts, counts, spill files): free some space "
            "or name another folder",
            param_hint="--out",
        )


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    default=config.DEFAULTS.out,
    show_default=True,
    help="Directory for facts/, audit.duckdb, tables/, report.html, report.json, report.md.",
)
@_EXTRACTORS
@_PATTERNS
@_SPACY_MODEL
@click.option(
    "--text-field",
    default=config.DEFAULTS.text_field,
    show_default=True,
    help="Column (Parquet) or key (JSON lines) holding the document text.",
)
@click.option(
    "--id-field",
    default=config.DEFAULTS.id_field,
    show_default=True,
    help="Column or key holding the document id; where absent, shard path and row.",
)
@click.option(
    "--count-by",
    type=click.Choice(["mentions", "documents"]),
    default=config.DEFAULTS.count_by,
    show_default=True,
    help="Count a fact once per statement (mentions) or once per document stating it.",
)
@click.option(
    "--retrieval-threshold",
    type=_Finite(0, 1),
    default=config.DEFAULTS.retrieval_threshold,
    show_default=True,
    help="Flag a category as needing retrieval when its singleton rate reaches this.",
)
@click.option(
    "--merge-threshold",
    type=_MergeThreshold(),
    default=str(config.DEFAULTS.merge_threshold),
    show_default=True,
    help="Merge spelling variants of a subject or value (within a relation) whose edit-distance "
    "similarity reaches this, so one fact written several ways is counted once; 'off' to count "
    "every spelling apart. Merges are listed in the variants table of audit.duckdb.",
)
@click.option(
    "--max-doc-mb",
    type=_Finite(min=0, min_open=True),
    default=config.DEFAULTS.max_doc_mb,
    show_default=True,
    help="Skip (and count) documents whose text is larger than this many megabytes.",
)
@click.option("--workers", type=click.IntRange(min=1), default=config.DEFAULTS.workers,
              show_default=f"this machine's cores; 1 for inputs under "
              f"{config.DEFAULTS.parallel_min_bytes // 2**20} MiB",
              help="Processes that extract in parallel (with --engine ray: the CPUs of a local "
              "Ray). Results are the same for any number.")  # fmt: skip
@click.option("--engine", type=click.Choice(["local", "ray"]), default=config.DEFAULTS.engine,
              show_default=True,
              help="Where splits run: worker processes on this machine, or Ray tasks "
              "(pip install 'fact-auditor[ray]'); OUT must be reachable from every Ray "
              "node.")  # fmt: skip
@click.option("--ray-address", metavar="ADDRESS",
              help="Join this Ray cluster (e.g. ray://head:10001 or auto) instead of starting "
              "a local Ray.")  # fmt: skip
@click.option("--memory-limit", default=config.DEFAULTS.memory_limit, show_default=True,
              callback=lambda ctx, param, value: _check_memory_limit(value, param, ctx),
              help="Memory DuckDB may use for counting (e.g. 4GiB); it spills the rest to "
              "OUT/tmp/.")  # fmt: skip
@click.option("--split-mb", type=_Finite(min=0, min_open=True),
              default=config.DEFAULTS.split_mb,
              show_default=True,
              help="Size of the pieces a shard is cut into for parallel work (Parquet row "
              "groups, JSON-lines byte ranges; compressed JSON lines: one piece a file). "
              "Part of the configuration a resumed scan must share.")  # fmt: skip
@click.option("--fresh", is_flag=True,
              help="Discard the facts and manifest already in OUT and scan everything again. "
              "Without it, a scan resumes: splits finished earlier with the same configuration "
              "are not read again.")  # fmt: skip
@click.option("--doc-timeout", type=_Finite(min=0, min_open=True),
              default=config.DEFAULTS.doc_timeout, show_default=True,
              help="Seconds a document may take per million characters (and at least this "
              "many); a document over it is skipped and counted as over_time_budget, so no "
              "document can stall the scan.")  # fmt: skip
@click.option("--strict", is_flag=True,
              help=f"Exit with status {EXIT_SKIPPED_STRICT} when any shard or row was skipped "
              "(the report is written all the same).")  # fmt: skip
@click.option("--quiet", "-q", is_flag=True, help="No progress bars; errors only on stderr.")
@click.option("--verbose", "-v", is_flag=True, help="Debug logging on stderr.")
@click.option("--json", "as_json", is_flag=True,
              help="Print report.json on stdout (for scripts) instead of the summary table, "
              "which then goes to stderr with the paths of the reports.")  # fmt: skip
@_RECALL
@_RECALL_FROM
@click.option("--profile", is_flag=True,
              help="Time each stage of the scan (read, prefilter, extract, write_facts, merge, "
              "count, report: seconds, bytes in and out, documents), print the totals and "
              "write them into report.json as 'profile'.")  # fmt: skip
def scan(paths, out, extractor_names, patterns, spacy_model, text_field, id_field, count_by,
         retrieval_threshold, merge_threshold, max_doc_mb, workers, engine, ray_address,
         memory_limit, split_mb, fresh, doc_timeout, strict, quiet, verbose,
         as_json=False, recalls=(), recall_from=None, profile=False) -> None:  # fmt: skip
    """Scan corpus shards and report, per category of fact, its singleton rate.

    PATHS are Parquet (.parquet) or JSON-lines (.jsonl, .jsonl.gz, .jsonl.zst) files,
    directories (searched recursively) or glob patterns, read in sorted order.

    Writes OUT/facts/ (one Parquet file of extracted facts per shard), OUT/audit.duckdb
    and OUT/tables/*.parquet (counts for dashboards), OUT/report.html, OUT/report.json and
    OUT/report.md, and prints a summary.

    Exit status: 0 every input read (skipped rows are counted in the report); 1 a bad option or
    an error that stopped the scan; 2 a usage error; 3 nothing could be read (no document at
    all: wrong --text-field, every shard unreadable); 4 with --strict, something was skipped;
    130 interrupted (Ctrl-C or SIGTERM): what finished is kept, and the same command resumes.
    """
    _configure_logging(quiet, verbose)
    from auditor.readers import InputError, resolve_inputs

    _load_patterns(patterns)  # a bad pattern file is named first, with its line
    recall = _parse_recalls(recalls, recall_from)

    # Cheap checks first: a wrong path or option is reported before spaCy or DuckDB start.
    if engine == "local" and workers and workers > (os.cpu_count() or 1):
        raise click.BadParameter(
            f"{workers} workers on a machine with {os.cpu_count()} cores would only compete "
            "for them (and each holds its own pipeline in memory); use at most the cores",
            param_hint="--workers",
        )
    try:
        shards, _ = resolve_inputs(paths)
    except InputError as exc:
        raise click.ClickException(
            f"{exc}. Name Parquet or JSON-lines shards, or folders of them."
        ) from None
    _check_writable(out)
    from auditor import pipeline, report

    # a bad --patterns or --spacy-model fails here, before any reading
    extraction = _extraction(extractor_names, spacy_model, patterns)
    options = pipeline.ScanOptions(
        extractor_names=tuple(e.name for e in extraction.extractors),
        spacy_model=spacy_model,
        patterns=patterns,
        text_field=text_field,
        id_field=id_field,
        max_doc_bytes=int(max_doc_mb * 1_000_000),
        count_by=count_by,
        retrieval_threshold=retrieval_threshold,
        merge_threshold=merge_threshold,
        split_bytes=int(split_mb * 1024 * 1024),
        workers=workers,
        engine=engine,
        ray_address=ray_address,
        memory_limit=memory_limit,
        fresh=fresh,
        doc_timeout=doc_timeout,
        recall=recall,
        profile=profile,
    )
    bars = _Bar(len(shards), enabled=not quiet)
    # SIGTERM (a scheduler's stop) ends the scan the way Ctrl-C does.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        result = pipeline.run_scan(paths, out, options, progress=bars)
    except KeyboardInterrupt:
        bars.close()
        click.echo(
            f"interrupted: the splits finished so far are kept in {out}; run the same command "
            "again to resume",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    except (pipeline.ConfigMismatch, pipeline.EngineUnavailable, pipeline.OutInUse) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write the audit to {out}: {exc}") from None
    except Exception as exc:
        # DuckDB's own errors (a full disk while it counts or spills, memory it cannot get)
        # are no OSError; they end the run with what DuckDB said, not a traceback.
        import duckdb  # imported already by the scan

        if not isinstance(exc, duckdb.Error):
            raise
        raise click.ClickException(
            f"counting in DuckDB failed ({type(exc).__name__}: {exc}); the facts extracted so far "
            f"are kept in {out}/facts and the same command resumes once the cause is fixed "
            "(disk space, --memory-limit)"
        ) from None
    finally:
        bars.close()
        signal.signal(signal.SIGTERM, previous)
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    click.echo(report.render_table(result), err=as_json)
    if "profile" in result:
        click.echo("profile (seconds of all processes):", err=as_json)
        from auditor.profile import render_table

        click.echo(render_table(result["profile"]), err=as_json)
    skipped = result["corpus"]["skipped"]
    if skipped["shards"] or skipped["rows"]:
        click.echo(f"skipped: {json.dumps(skipped)} (see the warnings above)", err=True)
    click.echo(
        f"report: {out / 'report.html'} (open it in a browser), {out / 'report.json'}, "
        f"{out / 'report.md'}; counts: {out / 'audit.duckdb'}, {out / 'tables'}/",
        err=as_json,
    )
    if result["corpus"]["documents"] == 0:
        click.echo(
            f"error: no document could be read (skipped: {json.dumps(skipped)}); check the "
            "paths, the format and --text-field",
            err=True,
        )
        sys.exit(EXIT_NOTHING_READ)
    if strict and (skipped["shards"] or skipped["rows"]):
        click.echo("error: --strict: some input was skipped (see above)", err=True)
        sys.exit(EXIT_SKIPPED_STRICT)


def _report_formats(value: str) -> tuple[str, ...]:
    from auditor.rebuild import FORMATS

    chosen = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    unknown = [part for part in chosen if part not in FORMATS]
    if unknown or not chosen:
        raise click.BadParameter(
            f"{value!r}: name one or more of {', '.join(FORMATS)}, separated by commas",
            param_hint="--format",
        )
    return chosen


@main.command("report")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--retrieval-threshold", type=_Finite(0, 1), default=None,
              help="Flag a category as needing retrieval when the lower end of its singleton "
              "rate's 95% interval reaches this. Default: the threshold of the last "
              "scan.")  # fmt: skip
@click.option("--format", "formats", default="html,md,json", show_default=True,
              help="Which reports to write, comma-separated: html (report.html), md "
              "(report.md), json (report.json).")  # fmt: skip
@_RECALL
@_RECALL_FROM
def report_command(out, retrieval_threshold, formats, recalls=(), recall_from=None) -> None:
    """Rebuild the reports of the audit in OUT from OUT/audit.duckdb and the manifests,
    without reading the corpus again (e.g. with another --retrieval-threshold). Also refreshes
    the categories table, OUT/tables/ and the facts view, and records the rebuild in runs."""
    _configure_logging(quiet=False, verbose=False)
    chosen = _report_formats(formats)
    # Without --recall or --recall-from, the last run's recalls are kept.
    recall = _parse_recalls(recalls, recall_from) if recalls or recall_from else None
    from auditor import rebuild, report, runs

    try:
        result = rebuild.rebuild(out, retrieval_threshold, chosen, recall)
    except (rebuild.RebuildError, runs.OutInUse) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(report.render_table(result))
    names = {"html": "report.html", "md": "report.md", "json": "report.json"}
    click.echo("rebuilt: " + ", ".join(str(out / names[f]) for f in chosen))


@main.command("compare")
@click.argument("out_a", type=click.Path(file_okay=False, path_type=Path))
@click.argument("out_b", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", "folder", type=click.Path(file_okay=False, path_type=Path),
              default="compare", show_default=True,
              help="Folder for compare.json and compare.html.")  # fmt: skip
def compare_command(out_a, out_b, folder) -> None:
    """Compare two audits (OUT_A and OUT_B, e.g. a corpus before and after deduplication):
    per category both singleton rates with their 95% intervals, the change B − A, whether the
    intervals separate, and the facts that became or stopped being singletons. Prints a table
    and writes compare.json and compare.html (the plots of both side by side)."""
    _configure_logging(quiet=False, verbose=False)
    from auditor import compare

    try:
        result = compare.compare(out_a, out_b)
    except compare.CompareError as exc:
        raise click.ClickException(str(exc)) from None
    json_path, html_path = compare.write(result, folder)
    click.echo(compare.render_table(result))
    click.echo(f"comparison: {html_path}, {json_path}")


@main.command("extractors")
@_PATTERNS
def list_extractors(patterns) -> None:
    """List the registered extractors (built-in, plugins and a pattern file's relations), the
    relations each emits, and their versions."""
    from extractors import base

    _load_patterns(patterns)
    for name, extractor in base.available().items():
        click.echo(f"{name}\tv{extractor.version}\t{', '.join(extractor.relations)}")


def _echo_scores(scores: dict[str, scoring.RelationScore]) -> None:
    click.echo(f"{'relation':<14}{'precision':>10}{'recall':>10}{'f1':>8}{'gold':>7}{'found':>7}")
    for relation, s in sorted(scores.items()):
        click.echo(
            f"{relation:<14}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>8.3f}{s.gold:>7}{s.extracted:>7}"
        )


@main.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_EXTRACTORS
@_PATTERNS
@_SPACY_MODEL
@click.option("--facts", "facts_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score the facts a scan wrote (OUT/facts/) instead of extracting again; "
              "documents are matched by id.")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--show-errors", is_flag=True, help="List the missed gold facts and false matches.")
@click.option("--by-genre", is_flag=True,
              help="Also score each genre apart (the documents' 'genre' field).")  # fmt: skip
@click.option("--part", type=click.Choice(config.EVALUATION_PARTS),
              help="Score only one part of the gold file, split by source with a fixed rule: "
              "'tune' (read its errors to fix general rules) or 'check' (read only its "
              "scores). Documents without a 'source' fall in one part together.")  # fmt: skip
def evaluate_command(
    gold, extractor_names, patterns, spacy_model, facts_dir, as_json, show_errors, by_genre, part
):
    """Score the extractors against GOLD, a labelled JSON-lines file ({"id", "text", "facts":
    [{"relation", "subject", "value"}]}, optionally "source" and "genre"), by the labelling
    guidelines' matching rule: precision, recall and F1 per relation.
    """
    _configure_logging(quiet=True, verbose=False)
    from auditor import evaluate as scoring

    try:
        documents = scoring.read_gold(gold)
    except scoring.GoldFileError as exc:
        raise click.ClickException(str(exc)) from None
    if part:
        documents = [doc for doc in documents if scoring.part_of(doc) == part]
    extraction = _extraction(extractor_names, spacy_model, patterns)
    if facts_dir:
        result = scoring.score(documents, scoring.facts_from_files(facts_dir), extraction.relations)
    else:
        result = scoring.evaluate(documents, extraction)
    if as_json:
        click.echo(json.dumps(result.as_dict(show_errors, by_genre), indent=2, ensure_ascii=False))
        return
    _echo_scores(result.scores)
    if by_genre:
        for genre, table in sorted(result.by_genre.items()):
            click.echo(f"\ngenre {genre}:")
            _echo_scores(table)
    if show_errors:
        for title, errors in (("missed", result.misses), ("false matches", result.false_matches)):
            click.echo(f"\n{title} ({len(errors)}):")
            for doc_id, (relation, subject, value) in errors:
                click.echo(f"  {doc_id}\t{relation}\t{subject}\t{value}")


@main.command("questions")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--per-bucket", type=click.IntRange(min=1), default=100, show_default=True,
              help="Facts drawn per relation and count bucket (1, 2-3, 4-10, 11-100, >100); a "
              "bucket with fewer facts gives all it has.")  # fmt: skip
@click.option("--thresholds", default="0,0.5,0.75,0.9", show_default=True,
              help="Comma-separated confidence targets t in [0, 1): each fact becomes one item "
              "per t, whose instruction says that a mistake costs t/(1-t) points. At t = 0 "
              "the item is the plain question.")  # fmt: skip
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the draw; the same seed on the same audit gives the same items.")
@click.option("--relations", metavar="NAME,NAME",
              help="Comma-separated relations to ask about (default: every relation of the "
              "audit).")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "openai-batch"]),
              default="jsonl", show_default=True,
              help="jsonl and csv: the items; openai-batch: an OpenAI Batch API input file "
              "(chat completions, custom_id = item id) plus the items as FILE.items.jsonl "
              "beside it, which `auditor score` reads.")  # fmt: skip
@click.option("--model", metavar="NAME",
              help="The model named in each request of --format openai-batch.")
@click.option("--patterns", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The pattern file the scan used: its relations' question templates "
              "(question = \"... {subject} ...\"). Relations without a template get a generic "
              "question.")  # fmt: skip
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              default="questions.jsonl", show_default=True, help="The file to write.")
def questions_command(out, per_bucket, thresholds, seed, relations, fmt, model, patterns,
                      out_file) -> None:  # fmt: skip
    """Draw question items with confidence targets from the audit in OUT (written by `auditor
    scan --out OUT`): per relation and count bucket up to --per-bucket facts, one item per fact
    and target t, with the gold answers (every value the corpus states for the subject), the
    fact's count and bucket and the category's singleton rate. Score a model's answers with
    `auditor score`.
    """
    _configure_logging(quiet=True, verbose=False)
    from auditor import questions

    names = None if relations is None else [n.strip() for n in relations.split(",") if n.strip()]
    try:
        targets = questions.parse_thresholds(thresholds)
    except questions.QuestionsError as exc:
        raise click.ClickException(f"--thresholds: {exc}") from None
    if fmt == "openai-batch" and not model:
        raise click.ClickException("--format openai-batch needs the model's name: add --model NAME")
    try:
        items = questions.build_items(out, per_bucket, targets, seed, names, patterns)
        written = questions.write_items(items, out_file, fmt, model)
    except questions.QuestionsError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {out_file}: {exc}") from None
    facts = len(items) // len(targets)
    click.echo(f"{len(items)} items ({facts} facts x {len(targets)} targets): "
               f"{', '.join(str(p) for p in written)}")  # fmt: skip


@main.command("score")
@click.argument("questions_file", metavar="QUESTIONS",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))  # fmt: skip
@click.argument("answers_file", metavar="ANSWERS",
                type=click.Path(exists=True, dir_okay=False, path_type=Path))  # fmt: skip
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default="score", show_default=True,
              help="Folder for score.json, score.md and score.html.")  # fmt: skip
@click.option("--abstentions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A text file of answers that mean 'I don't know', one a line, replacing the "
              "built-in list (an empty answer always abstains).")  # fmt: skip
def score_command(questions_file, answers_file, out_dir, abstentions) -> None:
    """Score a model's ANSWERS to the QUESTIONS items of `auditor questions` (the .jsonl or .csv
    items; for an OpenAI batch, its .items.jsonl). ANSWERS holds {"id", "answer"} lines or is an
    OpenAI batch output file. Per relation, count bucket and confidence target: accuracy, error
    (hallucination) rate, abstention rate, answered accuracy and the penalised score; the error
    at t = 0 beside the audit's predicted floor. Writes OUT/score.json, score.md, score.html.
    """
    _configure_logging(quiet=False, verbose=False)
    from auditor import questions, scoring

    try:
        items = questions.read_items(questions_file)
        phrases = scoring.read_abstentions(abstentions) if abstentions else None
        answers = scoring.read_answers(answers_file, {item["id"] for item in items})
        result = scoring.score(items, answers, phrases)
        written = scoring.write_outputs(result, out_dir)
    except (questions.QuestionsError, scoring.ScoringError) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write the score to {out_dir}: {exc}") from None
    click.echo(scoring.render_summary(result))
    click.echo(f"score: {', '.join(str(p) for p in written)}")
