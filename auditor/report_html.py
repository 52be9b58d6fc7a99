"""``report.html``: the audit as one self-contained page, plots drawn as static inline SVG.

No script, font, style sheet or image is loaded from anywhere: the page opens offline and in
any browser, and a plot is SVG elements written here (circles, lines, rectangles), so what a
reader sees does not depend on a plotting library. Every piece of text from the corpus or the
report (subjects, values, document ids, shard paths, stating text, relation names from pattern
files) goes through ``html.escape`` before it reaches the page.

Plots (each an ``<svg class="plot" data-plot="…">``; the browser test checks each has marks):
``rates`` (singleton rate with its 95% interval per category, the retrieval threshold as a
dashed line), ``freq-of-freq`` (n_r against r on log-log axes), ``buckets`` (share of
observations by count bucket) and, where report.json has one, ``curve`` (the singleton rate a
corpus of m observations would show, with its band). ``auditor/compare.py`` draws the same plots
with two series side by side.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Series", "bucket_plot", "curve_plot", "fof_plot", "page", "rate_plot",
           "render_report"]  # fmt: skip

# Colours of the first and second series (a corpus and the one it is compared with), and the
# threshold line; chosen to stay apart for the common colour-vision deficiencies.
COLOURS = ("#1f77b4", "#d95f02")
# Three plots side by side fit the page's width.
PLOT_WIDTH, PLOT_HEIGHT = 330, 250
THRESHOLD_COLOUR = "#b2182b"
BAND_OPACITY = 0.2

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto;
       max-width: 1100px; padding: 1em 2em 4em; color: #222; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
h3 { margin-bottom: 0.3em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 14px; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 3px 8px; text-align: left;
         vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.plots { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; }
figure { margin: 0 0 0.8em; }
figcaption { font-size: 13px; color: #555; max-width: 330px; }
svg.plot { background: #fff; border: 1px solid #eee; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
.context { font-family: ui-monospace, monospace; font-size: 12.5px; white-space: pre-wrap;
           word-break: break-word; max-width: 640px; }
mark { background: #ffe08a; }
.flag-yes { color: #b2182b; font-weight: 600; } .muted { color: #777; }
dl.numbers { display: grid; grid-template-columns: max-content auto; gap: 2px 14px; }
dl.numbers dt { color: #555; } dl.numbers dd { margin: 0; font-variant-numeric: tabular-nums; }
"""


def esc(value: object) -> str:
    """Any value as HTML text, escaped (quotes too, so it is safe in attributes)."""
    return html.escape(str(value), quote=True)


def _num(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _int(value: int | None) -> str:
    return "n/a" if value is None else f"{value:,}"


def _tick(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class Series:
    """One corpus's data in a plot: its label (shown in the legend) and colour index."""

    label: str
    index: int = 0

    @property
    def colour(self) -> str:
        return COLOURS[self.index % len(COLOURS)]


class _Frame:
    """A plot's drawing area and its scales: data coordinates to SVG pixels."""

    def __init__(self, width: int, height: int, left: int = 48, right: int = 14,
                 top: int = 14, bottom: int = 36):  # fmt: skip
        self.width, self.height = width, height
        self.x0, self.x1 = left, width - right
        self.y0, self.y1 = height - bottom, top  # y grows downwards in SVG
        self.parts: list[str] = []

    def add(self, element: str) -> None:
        self.parts.append(element)

    def svg(self, name: str, title: str) -> str:
        body = "".join(self.parts)
        return (
            f'<svg class="plot" data-plot="{esc(name)}" xmlns="http://www.w3.org/2000/svg" '
            f'width="{self.width}" height="{self.height}" viewBox="0 0 {self.width} '
            f'{self.height}" role="img" aria-label="{esc(title)}"><title>{esc(title)}</title>'
            f"{body}</svg>"
        )

    def x_axis(self, ticks: Sequence[tuple[float, str]], label: str) -> None:
        self.add(f'<line x1="{self.x0}" y1="{self.y0}" x2="{self.x1}" y2="{self.y0}" '
                 'stroke="#999"/>')  # fmt: skip
        for x, text in ticks:
            self.add(f'<line x1="{x:.1f}" y1="{self.y0}" x2="{x:.1f}" y2="{self.y0 + 4}" '
                     f'stroke="#999"/><text x="{x:.1f}" y="{self.y0 + 15}" '
                     f'text-anchor="middle">{esc(text)}</text>')  # fmt: skip
        self.add(f'<text x="{(self.x0 + self.x1) / 2:.1f}" y="{self.height - 4}" '
                 f'text-anchor="middle">{esc(label)}</text>')  # fmt: skip

    def y_axis(self, ticks: Sequence[tuple[float, str]], label: str) -> None:
        self.add(f'<line x1="{self.x0}" y1="{self.y0}" x2="{self.x0}" y2="{self.y1}" '
                 'stroke="#999"/>')  # fmt: skip
        for y, text in ticks:
            self.add(f'<line x1="{self.x0 - 4}" y1="{y:.1f}" x2="{self.x1}" y2="{y:.1f}" '
                     f'stroke="#eee"/><text x="{self.x0 - 6}" y="{y + 4:.1f}" '
                     f'text-anchor="end">{esc(text)}</text>')  # fmt: skip
        self.add(f'<text transform="translate(11 {(self.y0 + self.y1) / 2:.1f}) rotate(-90)" '
                 f'text-anchor="middle">{esc(label)}</text>')  # fmt: skip

    def legend(self, series: Sequence[Series]) -> None:
        if len(series) < 2:
            return
        for i, s in enumerate(series):
            x = self.x1 - 130
            y = self.y1 + 6 + 14 * i
            self.add(f'<rect x="{x}" y="{y}" width="10" height="10" fill="{s.colour}"/>'
                     f'<text x="{x + 14}" y="{y + 9}">{esc(s.label)}</text>')  # fmt: skip


def _linear(low: float, high: float, a: float, b: float):
    span = (high - low) or 1.0
    return lambda v: a + (v - low) / span * (b - a)


def _log_ticks(high: float) -> list[float]:
    """Powers of ten from 1 up to the first at or above ``high``."""
    top = max(1, math.ceil(math.log10(max(high, 1.0))))
    return [10.0**k for k in range(top + 1)]


def rate_plot(rows: Sequence[tuple[str, float, float, float, Series]],
              threshold: float | None) -> str:  # fmt: skip
    """Singleton rates as points with their 95% interval as a bar, one row per (label, rate,
    low, high, series), on 0..1, with the retrieval threshold as a dashed vertical line."""
    label_width = 150
    frame = _Frame(560, 40 + 26 * len(rows), left=label_width, right=20, top=10, bottom=36)
    x = _linear(0.0, 1.0, frame.x0, frame.x1)
    frame.x_axis([(x(t / 5), _tick(t / 5)) for t in range(6)], "singleton rate n1/N (95% CI)")
    for i, (label, rate, low, high, series) in enumerate(rows):
        y = frame.y1 + 14 + 26 * i
        frame.add(f'<text x="{label_width - 8}" y="{y + 4}" text-anchor="end">{esc(label)}</text>'
                  f'<line class="mark" x1="{x(low):.1f}" y1="{y}" x2="{x(high):.1f}" y2="{y}" '
                  f'stroke="{series.colour}" stroke-width="3"/>'
                  f'<circle class="mark" cx="{x(rate):.1f}" cy="{y}" r="5" '
                  f'fill="{series.colour}"><title>{esc(label)}: {rate:.3f} '
                  f'[{low:.3f}, {high:.3f}]</title></circle>')  # fmt: skip
    if threshold is not None:
        frame.add(f'<line class="threshold" x1="{x(threshold):.1f}" y1="{frame.y1}" '
                  f'x2="{x(threshold):.1f}" y2="{frame.y0}" stroke="{THRESHOLD_COLOUR}" '
                  f'stroke-dasharray="5 3" stroke-width="1.5"><title>retrieval threshold '
                  f'{threshold:g}</title></line>')  # fmt: skip
    return frame.svg("rates", "singleton rate with its 95% interval and the retrieval threshold")


def fof_plot(series: Sequence[tuple[Series, dict[int, int]]]) -> str:
    """The frequency of frequencies: n_r (facts seen exactly r times) against r, both on log
    axes, one point per r with n_r > 0, for each series."""
    points = [(s, r, n) for s, fof in series for r, n in fof.items() if r > 0 and n > 0]
    frame = _Frame(PLOT_WIDTH, PLOT_HEIGHT)
    r_ticks = _log_ticks(max(r for _, r, _ in points))
    n_ticks = _log_ticks(max(n for _, _, n in points))
    x = _linear(0.0, math.log10(r_ticks[-1]) or 1.0, frame.x0 + 8, frame.x1)
    y = _linear(0.0, math.log10(n_ticks[-1]) or 1.0, frame.y0 - 8, frame.y1)
    frame.x_axis([(x(math.log10(t)), _tick(t)) for t in r_ticks], "r (times a fact is counted)")
    frame.y_axis([(y(math.log10(t)), _tick(t)) for t in n_ticks], "n_r (facts)")
    for s, r, n in points:
        frame.add(f'<circle class="mark" cx="{x(math.log10(r)):.1f}" '
                  f'cy="{y(math.log10(n)):.1f}" r="4" fill="{s.colour}" fill-opacity="0.75">'
                  f"<title>{esc(s.label)}: r={r}, n_r={n}</title></circle>")  # fmt: skip
    frame.legend([s for s, _ in series])
    return frame.svg("freq-of-freq", "frequency of frequencies, log-log")


def bucket_plot(series: Sequence[tuple[Series, list[dict]]]) -> str:
    """The share of observations held by facts of each count bucket, as bars (grouped by
    bucket when there are two series)."""
    labels = [b["bucket"] for b in series[0][1]]
    frame = _Frame(PLOT_WIDTH, PLOT_HEIGHT)
    group = (frame.x1 - frame.x0) / len(labels)
    bar = (group - 10) / len(series)
    y = _linear(0.0, 1.0, frame.y0, frame.y1)
    frame.y_axis([(y(t / 4), _tick(t / 4)) for t in range(5)], "share of observations")
    frame.x_axis([(frame.x0 + group * (i + 0.5), label) for i, label in enumerate(labels)],
                 "times a fact is counted")  # fmt: skip
    for k, (s, buckets) in enumerate(series):
        for i, b in enumerate(buckets):
            share = b["share"] or 0.0
            left = frame.x0 + group * i + 5 + bar * k
            # A bar of zero share still gets a hairline, so the plot shows the bucket is empty.
            height = max(y(0.0) - y(share), 1.0)
            frame.add(f'<rect class="mark" x="{left:.1f}" y="{y(0.0) - height:.1f}" '
                      f'width="{bar:.1f}" height="{height:.1f}" fill="{s.colour}">'
                      f"<title>{esc(s.label)}: {esc(b['bucket'])}: {_num(b['share'])} "
                      f"({b['observations']:,} observations, {b['facts']:,} facts)</title>"
                      "</rect>")  # fmt: skip
    frame.legend([s for s, _ in series])
    return frame.svg("buckets", "share of observations by count bucket")


def curve_points(curve: object) -> list[dict]:
    """The points of a category's ``curve`` entry that can be drawn: dicts with a number ``m``
    and a number ``singleton_rate`` (bands ``low``/``high`` optional). Tolerates the entry being
    a list of points or a dict holding one under ``points``."""
    raw = curve.get("points") if isinstance(curve, dict) else curve
    if not isinstance(raw, list):
        return []
    usable = []
    for point in raw:
        if not isinstance(point, dict):
            continue
        m, rate = point.get("m"), point.get("singleton_rate")
        if isinstance(m, int | float) and isinstance(rate, int | float) and m > 0:
            usable.append(point)
    return sorted(usable, key=lambda p: p["m"])


def _band(point: dict, side: str) -> float | None:
    for key in (side, f"band_{side}", f"singleton_rate_{side}"):
        value = point.get(key)
        if isinstance(value, int | float):
            return float(value)
    band = point.get("band")
    if isinstance(band, list | tuple) and len(band) == 2:
        return float(band[0 if side == "low" else 1])
    return None


def nice_step(top: float, most: int = 6) -> float:
    """The smallest step of 1, 2 or 5 times a power of ten that cuts 0..top into at most
    ``most`` intervals (at least 1)."""
    power = 10 ** max(0, math.floor(math.log10(max(top, 1.0))) - 1)
    while True:
        for factor in (1, 2, 5):
            if top / (factor * power) <= most:
                return float(factor * power)
        power *= 10


def curve_plot(series: Sequence[tuple[Series, list[dict], float | None]]) -> str:
    """The singleton rate a corpus of m observations would show (interpolated below the
    observed N, extrapolated above it), as a line with its band shaded, and the observed point
    (the third element of each series: N) marked."""
    frame = _Frame(PLOT_WIDTH, PLOT_HEIGHT, right=20)
    top_m = max(p["m"] for _, points, _ in series for p in points)
    x = _linear(0.0, float(top_m), frame.x0, frame.x1)
    y = _linear(0.0, 1.0, frame.y0, frame.y1)
    step = nice_step(top_m)
    ticks = [k * step for k in range(int(top_m // step) + 1)]
    frame.x_axis([(x(t), f"{t:,.0f}") for t in ticks], "m (observations)")
    frame.y_axis([(y(t / 4), _tick(t / 4)) for t in range(5)], "singleton rate")
    for s, points, observed in series:
        lows = [(p["m"], _band(p, "low")) for p in points]
        highs = [(p["m"], _band(p, "high")) for p in points]
        if all(v is not None for _, v in lows + highs):
            outline = [f"{x(m):.1f},{y(v):.1f}" for m, v in lows]  # type: ignore[arg-type]
            outline += [f"{x(m):.1f},{y(v):.1f}" for m, v in reversed(highs)]  # type: ignore[arg-type]
            frame.add(f'<polygon class="band" points="{" ".join(outline)}" fill="{s.colour}" '
                      f'fill-opacity="{BAND_OPACITY}" stroke="none"/>')  # fmt: skip
        line = " ".join(f"{x(p['m']):.1f},{y(p['singleton_rate']):.1f}" for p in points)
        frame.add(f'<polyline class="mark" points="{line}" fill="none" stroke="{s.colour}" '
                  'stroke-width="2"/>')  # fmt: skip
        if observed:
            at = min(points, key=lambda p: abs(p["m"] - observed))
            frame.add(f'<circle class="mark" cx="{x(at["m"]):.1f}" '
                      f'cy="{y(at["singleton_rate"]):.1f}" r="4" fill="{s.colour}">'
                      f"<title>{esc(s.label)}: observed, m={observed:,.0f}</title>"
                      "</circle>")  # fmt: skip
    frame.legend([s for s, _, _ in series])
    return frame.svg("curve", "singleton rate against corpus size")


def figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption>{esc(caption)}</figcaption></figure>"


def table(header: Sequence[str], rows: Sequence[Sequence[str]], numeric: set[int] | None = None,
          escaped: bool = False) -> str:  # fmt: skip
    """An HTML table; cells are escaped unless ``escaped`` says they already are HTML."""
    numeric = numeric or set()

    def cell(tag: str, i: int, text: str) -> str:
        css = ' class="n"' if i in numeric else ""
        return f"<{tag}{css}>{text if escaped else esc(text)}</{tag}>"

    head = "".join(cell("th", i, esc(h) if escaped else h) for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def highlighted_context(sample: dict) -> str:
    """The stating text with the fact's own span marked, every part escaped."""
    context = sample.get("context") or ""
    start = max(0, min(len(context), sample.get("fact_start") or 0))
    end = max(start, min(len(context), sample.get("fact_end") or start))
    return (f'<div class="context">…{esc(context[:start])}<mark>{esc(context[start:end])}</mark>'
            f"{esc(context[end:])}…</div>")  # fmt: skip


def page(title: str, body: str) -> str:
    """A whole HTML document: inline style, no script, nothing fetched."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # No request may leave the page: a policy that forbids every source but inline style
        # and data: images, so even a crafted report cannot make the browser fetch anything.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>\n"
    )


def _verdict(value: bool | None) -> str:
    return {True: '<span class="flag-yes">YES</span>', False: "no",
            None: '<span class="muted">too few</span>'}[value]  # fmt: skip


def _skipped_section(corpus: dict) -> str:
    skipped = corpus["skipped"]
    rows = [("shard", reason, f"{n:,}") for reason, n in skipped["shards"].items()]
    rows += [("row", reason, f"{n:,}") for reason, n in skipped["rows"].items()]
    if corpus.get("ignored_files"):
        rows.append(("file", "not a shard format", f"{corpus['ignored_files']:,}"))
    if not rows:
        return "<h2>Skipped inputs</h2><p>Nothing was skipped: every shard and row was read.</p>"
    return ("<h2>Skipped inputs</h2><p>What could not be used, by reason (the scan's warnings "
            "name each file and row).</p>"
            + table(("unit", "reason", "count"), rows, {2}))  # fmt: skip


def _conflicts_section(category: dict) -> str:
    conflicts = category.get("conflicts")
    if not conflicts:
        return ""
    if not conflicts.get("applicable"):
        return ("<h3>Conflicts</h3><p class=\"muted\">Not applicable: one subject has many "
                "values in this relation by nature (an author, many titles).</p>")  # fmt: skip
    text = (f"<h3>Conflicts</h3><p>{_int(conflicts['conflicted_subjects'])} of "
            f"{_int(conflicts['subjects'])} subjects ({_num(conflicts['subject_share'])}) are "
            f"stated with two or more different values, holding "
            f"{_int(conflicts['conflicted_mentions'])} of {_int(conflicts['mentions'])} "
            f"mentions ({_num(conflicts['mention_share'])}).</p>")  # fmt: skip
    rows = [
        (c["subject"], "; ".join(f"{v['value']} ({v['mentions']:,})" for v in c["values"]),
         f"{c['mentions']:,}")
        for c in conflicts.get("top", [])
    ]  # fmt: skip
    if rows:
        text += table(("subject", "values stated (mentions)", "mentions"), rows, {2})
    return text


def _category_section(category: dict, threshold: float) -> str:
    relation = category["relation"]
    basis = category["count_basis"]
    parts = [f'<section id="{esc("category-" + relation)}"><h2>{esc(relation)}</h2>',
             '<dl class="numbers">']  # fmt: skip
    numbers = [
        ("mentions", _int(category["mentions"])),
        ("documents", _int(category["documents"])),
        ("distinct facts", _int(category["distinct_facts"])),
        ("singletons (n1)", _int(category["singletons"])),
        ("singleton rate", f"{_num(category['singleton_rate'])} (95% CI "
                           f"{_num(category['singleton_rate_ci'][0])}–"
                           f"{_num(category['singleton_rate_ci'][1])}, "
                           f"{esc(category['singleton_rate_ci_method'])})"),
        ("needs retrieval", _verdict(category["needs_retrieval"])),
        ("merged spelling variants", _int(category.get("merged_variants"))),
    ]  # fmt: skip
    parts += [f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in numbers]
    parts.append("</dl>")
    fof = {int(r): n for r, n in category["freq_of_freq"].items()}
    series = Series(relation)
    if category["singleton_rate"] is None:
        parts.append('<p class="muted">No facts of this category were found: nothing to '
                     "plot.</p>")  # fmt: skip
    else:
        low, high = category["singleton_rate_ci"]
        parts.append(figure(
            rate_plot([(relation, category["singleton_rate"], low, high, series)], threshold),
            f"Singleton rate with its 95% interval; the dashed line is the retrieval threshold "
            f"({threshold:g})."))  # fmt: skip
        plots = [
            figure(fof_plot([(series, fof)]),
                   f"n_r: how many facts are counted exactly r times ({basis}), log-log."),
        ]  # fmt: skip
        if category.get("count_buckets"):
            plots.append(figure(bucket_plot([(series, category["count_buckets"])]),
                                f"Share of the {basis} held by facts counted 1, 2–3, 4–10, "
                                "11–100 and over 100 times."))  # fmt: skip
        points = curve_points(category.get("curve"))
        if points:
            observed = sum(r * n for r, n in fof.items())
            plots.append(figure(curve_plot([(series, points, observed)]),
                                "The singleton rate a corpus of m observations would show "
                                "(interpolated below the observed size, extrapolated above), "
                                "with its band; the dot is this corpus."))  # fmt: skip
        parts.append('<div class="plots">' + "".join(plots) + "</div>")
    top = category.get("top_facts") or []
    if top:
        parts.append("<h3>Most-stated facts</h3>" + table(
            ("subject", "value", "mentions", "documents"),
            [(t["subject"], t["value"], f"{t['mentions']:,}", f"{t['documents']:,}")
             for t in top], {2, 3}))  # fmt: skip
    sample = category.get("singleton_sample") or []
    if sample:
        rows = [
            (esc(s["subject"]), esc(s["value"]),
             f"{esc(s['doc_id'])}<br><span class=\"muted\">{esc(s['shard'])}</span>",
             highlighted_context(s))
            for s in sample
        ]  # fmt: skip
        parts.append(
            f"<h3>Singletons (a sample of {len(sample)})</h3><p>Facts counted once, with the "
            "document that states them and the text around the statement, so a reader can "
            "check what is counted.</p>"
            + table(("subject", "value", "document (shard)", "stating text"), rows, escaped=True)
        )
    parts.append(_conflicts_section(category))
    parts.append("</section>")
    return "".join(parts)


def render_report(report: dict) -> str:
    """report.html for a report.json dict."""
    corpus = report["corpus"]
    threshold = report["retrieval_threshold"]
    categories = report["categories"]
    run = report.get("run") or {}
    body = ["<h1>Fact audit</h1>",
            f"<p>{_int(corpus['shards'])} shards, {_int(corpus['documents'])} documents, "
            f"{_int(corpus['text_bytes'])} bytes of text; facts counted by "
            f"{esc(report['count_basis'])}; retrieval threshold {threshold:g}.</p>"]  # fmt: skip
    if run:
        body.append(f'<p class="muted">Run {esc(run.get("run_id", ""))}, fact-auditor '
                    f'{esc(run.get("tool_version", ""))}, finished {esc(run.get("finished", ""))}'
                    ".</p>")  # fmt: skip
    rated = [(c["relation"], c["singleton_rate"], *c["singleton_rate_ci"], Series(c["relation"]))
             for c in categories if c["singleton_rate"] is not None]  # fmt: skip
    body.append("<h2>Categories</h2>")
    if rated:
        body.append(figure(rate_plot(rated, threshold),
                           "Singleton rate per category with its 95% interval; a category "
                           "needs retrieval when its interval lies right of the dashed "
                           "threshold."))  # fmt: skip
    rows = [
        (f'<a href="#{esc("category-" + c["relation"])}">{esc(c["relation"])}</a>',
         _int(c["mentions"]), _int(c["distinct_facts"]), _int(c["singletons"]),
         _num(c["singleton_rate"]),
         f"{_num(c['singleton_rate_ci'][0])}–{_num(c['singleton_rate_ci'][1])}",
         _num((c.get("conflicts") or {}).get("subject_share")),
         _verdict(c["needs_retrieval"]))
        for c in categories
    ]  # fmt: skip
    body.append(table(("relation", "mentions", "distinct", "singletons", "singleton rate",
                       "95% CI", "conflicted subjects", "retrieval?"), rows,
                      {1, 2, 3, 4, 5, 6}, escaped=True))  # fmt: skip
    body.append(_skipped_section(corpus))
    body += [_category_section(c, threshold) for c in categories]
    body.append(
        "<h2>What the numbers mean</h2><p>The <b>singleton rate</b> n1/N is the share of a "
        "category's observations that are facts seen exactly once: the Good–Turing estimate of "
        "the probability mass the corpus has not shown often enough to learn. By Kalai, "
        "Nachum, Vempala &amp; Zhang (2025) a calibrated model trained on this corpus "
        "hallucinates on about at least this share of questions about such facts. The 95% "
        "interval is Esty's (1983), or Wilson's (1927) under 30 observations. A "
        "<b>conflict</b> is a subject stated with two or more different values in one relation, "
        "after spelling variants are merged: a question about it has no single answer the "
        "corpus supports.</p>"
    )
    return page("Fact audit", "".join(body))
