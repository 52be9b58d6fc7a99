"""``auditor compare OUT_A OUT_B``: two audits side by side (a corpus before and after
deduplication, two data mixes).

Per category: both singleton rates with their 95% intervals, the difference (B − A) and whether
the intervals separate (one lies wholly above the other: a change the evidence supports), and
the facts whose singleton status changed, matched by (relation, subject key, value key):

- ``became_singleton``: counted twice or more in A, once in B;
- ``new_singleton``: absent from A, once in B;
- ``stopped_being_singleton``: once in A, twice or more in B;
- ``singleton_gone``: once in A, absent from B.

Written as a table on stdout, ``compare.json`` and ``compare.html`` (the report's plots with
both audits drawn side by side).
"""

from __future__ import annotations

import json
from pathlib import Path

from auditor import counting, report_html
from auditor.report_html import Series, esc

COMPARE_SCHEMA_VERSION = 1
TRANSITIONS = ("became_singleton", "new_singleton", "stopped_being_singleton", "singleton_gone")
SAMPLE_PER_TRANSITION = 10


class CompareError(RuntimeError):
    """The two folders cannot be compared (no report, different count bases)."""


def _load(out: Path) -> dict:
    path = out / "report.json"
    if not path.is_file():
        raise CompareError(
            f"{out} holds no report.json; run `auditor scan PATH... --out {out}` first"
        )
    if not (out / "audit.duckdb").is_file():
        raise CompareError(f"{out} holds no audit.duckdb; scan into it again")
    return json.loads(path.read_text(encoding="utf-8"))


def transition(r_a: int, r_b: int) -> str | None:
    """Which change of singleton status a fact counted ``r_a`` times in A and ``r_b`` in B
    made (None: none)."""
    if r_b == 1 and r_a != 1:
        return "new_singleton" if r_a == 0 else "became_singleton"
    if r_a == 1 and r_b != 1:
        return "singleton_gone" if r_b == 0 else "stopped_being_singleton"
    return None


def intervals_separate(a: list[float], b: list[float]) -> bool:
    """Whether two intervals [low, high] do not overlap."""
    return a[1] < b[0] or b[1] < a[0]


def _transitions(out_a: Path, out_b: Path, basis: str) -> dict[str, dict]:
    import duckdb

    found: dict[str, dict] = {}
    with duckdb.connect() as con:
        # ATTACH takes no parameter: the paths go in as quoted literals (folders the user named).
        con.execute(f"ATTACH {counting.sql_string(str(out_a / 'audit.duckdb'))} AS a (READ_ONLY)")
        con.execute(f"ATTACH {counting.sql_string(str(out_b / 'audit.duckdb'))} AS b (READ_ONLY)")
        for relation, subject, value, r_a, r_b in con.execute(
            counting.sql("compare_singletons"), {"basis": basis}
        ).fetchall():
            kind = transition(r_a, r_b)
            if kind is None:
                continue
            entry = found.setdefault(relation, {
                "counts": dict.fromkeys(TRANSITIONS, 0), "samples": {t: [] for t in TRANSITIONS},
            })  # fmt: skip
            entry["counts"][kind] += 1
            if len(entry["samples"][kind]) < SAMPLE_PER_TRANSITION:
                entry["samples"][kind].append(
                    {"subject": subject, "value": value, "count_a": r_a, "count_b": r_b}
                )
    return found


def _side(category: dict | None) -> dict | None:
    if category is None:
        return None
    keys = ("mentions", "distinct_facts", "singletons", "singleton_rate", "singleton_rate_ci",
            "singleton_rate_ci_method", "needs_retrieval", "freq_of_freq",
            "count_buckets")  # fmt: skip
    side = {key: category.get(key) for key in keys}
    if "curve" in category:
        side["curve"] = category["curve"]
    return side


def compare(out_a: Path, out_b: Path) -> dict:
    """compare.json's dict for the audits in ``out_a`` and ``out_b``."""
    report_a, report_b = _load(out_a), _load(out_b)
    basis = report_a["count_basis"]
    if report_b["count_basis"] != basis:
        raise CompareError(
            f"{out_a} counts facts by {basis}, {out_b} by {report_b['count_basis']}: the rates "
            "cannot be compared; scan both with the same --count-by"
        )
    moved = _transitions(out_a, out_b, basis)
    by_a = {c["relation"]: c for c in report_a["categories"]}
    by_b = {c["relation"]: c for c in report_b["categories"]}
    categories = []
    for relation in sorted(set(by_a) | set(by_b)):
        a, b = _side(by_a.get(relation)), _side(by_b.get(relation))
        rated = a and b and a["singleton_rate"] is not None and b["singleton_rate"] is not None
        changes = moved.get(relation) or {
            "counts": dict.fromkeys(TRANSITIONS, 0), "samples": {t: [] for t in TRANSITIONS}
        }
        categories.append({
            "relation": relation,
            "a": a,
            "b": b,
            "difference": b["singleton_rate"] - a["singleton_rate"] if rated else None,  # type: ignore[index]
            "intervals_separate": (
                intervals_separate(a["singleton_rate_ci"], b["singleton_rate_ci"])  # type: ignore[index]
                if rated else None
            ),
            "transitions": changes["counts"],
            "samples": changes["samples"],
        })  # fmt: skip
    return {
        "schema_version": COMPARE_SCHEMA_VERSION,
        "count_basis": basis,
        "a": {"out": str(out_a), "run": report_a.get("run"), "corpus": report_a["corpus"]},
        "b": {"out": str(out_b), "run": report_b.get("run"), "corpus": report_b["corpus"]},
        "categories": categories,
    }


def _rate(side: dict | None) -> str:
    if not side or side["singleton_rate"] is None:
        return "n/a"
    low, high = side["singleton_rate_ci"]
    return f"{side['singleton_rate']:.3f} ({low:.3f}–{high:.3f})"


COLUMNS = ("relation", "A rate (95% CI)", "B rate (95% CI)", "B − A", "separate?",
           "became singletons", "stopped being singletons")  # fmt: skip


def rows(result: dict) -> list[tuple[str, ...]]:
    """The comparison's table rows (relation, both rates, change, separation, transitions)."""
    out: list[tuple[str, ...]] = []
    for c in result["categories"]:
        difference = "n/a" if c["difference"] is None else f"{c['difference']:+.3f}"
        separate = {True: "yes", False: "no", None: "n/a"}[c["intervals_separate"]]
        t = c["transitions"]
        out.append((c["relation"], _rate(c["a"]), _rate(c["b"]), difference, separate,
                    f"{t['became_singleton'] + t['new_singleton']:,}",
                    f"{t['stopped_being_singleton'] + t['singleton_gone']:,}"))  # fmt: skip
    return out


def render_table(result: dict) -> str:
    """The comparison as a plain-text table for the terminal."""
    table = [COLUMNS, *rows(result)]
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
             for row in table]  # fmt: skip
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_html(result: dict) -> str:
    """compare.html: the table, then per category the plots of A and B side by side and the
    facts whose singleton status changed."""
    a_name, b_name = f"A: {result['a']['out']}", f"B: {result['b']['out']}"
    series_a, series_b = Series(a_name, 0), Series(b_name, 1)
    body = [
        "<h1>Fact audit: comparison</h1>",
        f"<p><b>A</b> = {esc(result['a']['out'])} ({result['a']['corpus']['documents']:,} "
        f"documents), <b>B</b> = {esc(result['b']['out'])} "
        f"({result['b']['corpus']['documents']:,} documents); counted by "
        f"{esc(result['count_basis'])}.</p>",
        report_html.table(COLUMNS, rows(result), {1, 2, 3, 4, 5, 6}),
    ]
    for c in result["categories"]:
        relation = c["relation"]
        body.append(f"<h2>{esc(relation)}</h2>")
        sides = [(s, c[k]) for s, k in ((series_a, "a"), (series_b, "b"))
                 if c[k] and c[k]["singleton_rate"] is not None]  # fmt: skip
        if not sides:
            body.append('<p class="muted">Neither audit found facts of this category.</p>')
        else:
            rates = [(s.label[:1], side["singleton_rate"], *side["singleton_rate_ci"], s)
                     for s, side in sides]  # fmt: skip
            body.append(report_html.figure(
                report_html.rate_plot(rates, None),
                "Singleton rate of A and B with their 95% intervals."))  # fmt: skip
            plots = [
                report_html.figure(
                    report_html.fof_plot([(s, {int(r): n for r, n in side["freq_of_freq"].items()})
                                          for s, side in sides]),
                    "n_r against r, log-log, A and B."),
                report_html.figure(
                    report_html.bucket_plot([(s, side["count_buckets"]) for s, side in sides]),
                    "Share of observations by count bucket, A and B."),
            ]  # fmt: skip
            curves = [(s, report_html.curve_points(side.get("curve")),
                       sum(int(r) * n for r, n in side["freq_of_freq"].items()))
                      for s, side in sides]  # fmt: skip
            curves = [entry for entry in curves if entry[1]]
            if curves:
                plots.append(report_html.figure(report_html.curve_plot(curves),
                                                "Singleton rate against corpus size, A and B."))
            body.append('<div class="plots">' + "".join(plots) + "</div>")
        t = c["transitions"]
        body.append(
            f"<p>Became singletons: {t['became_singleton']:,} (counted more often in A), "
            f"{t['new_singleton']:,} new in B. Stopped being singletons: "
            f"{t['stopped_being_singleton']:,} (counted more often in B), "
            f"{t['singleton_gone']:,} absent from B.</p>"
        )
        sample = [(kind.replace("_", " "), s["subject"], s["value"], f"{s['count_a']:,}",
                   f"{s['count_b']:,}")
                  for kind in TRANSITIONS for s in c["samples"][kind]]  # fmt: skip
        if sample:
            body.append(report_html.table(("change", "subject", "value", "count in A",
                                           "count in B"), sample, {3, 4}))  # fmt: skip
    return report_html.page("Fact audit: comparison", "".join(body))


def write(result: dict, folder: Path) -> tuple[Path, Path]:
    """Write compare.json and compare.html into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    json_path, html_path = folder / "compare.json", folder / "compare.html"
    json_path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    html_path.write_text(render_html(result), encoding="utf-8")
    return json_path, html_path
