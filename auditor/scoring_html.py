"""``score.html``: the score of ``auditor score`` as one self-contained page, with two plots
drawn as inline SVG by this module (no JavaScript, no network, no plotting library):

1. outcomes by count bucket at the lowest confidence target, one panel per relation: stacked bars
   of accuracy (correct), error rate (wrong) and abstention rate, which sum to 1, with the
   relation's singleton rate (the predicted floor of the error) as a dashed line;
2. answered accuracy against t, per relation and overall, with the diagonal: a behaviourally
   calibrated model stays above it.

Every text from the items (relation names, buckets) is escaped.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from html import escape

from auditor.questions import BUCKETS, format_number

# Colours for outcomes (colour-blind safe, Okabe & Ito 2008) and for relations in turn.
OUTCOME_COLOURS = {"correct": "#009E73", "wrong": "#D55E00", "abstained": "#BBBBBB"}
SERIES_COLOURS = ("#0072B2", "#E69F00", "#CC79A7", "#56B4E9", "#009E73", "#D55E00", "#F0E442")


def _t_label(t: float) -> str:
    return format_number(Fraction(Decimal(repr(t))))


def _num(value: float) -> str:
    """A coordinate, short."""
    return f"{value:.1f}"


def bucket_plot(result: dict) -> str:
    """Plot 1 as an SVG element: per relation, stacked bars of the outcome shares per count
    bucket at the lowest t, and the singleton rate as a dashed line."""
    if not result["cells"]:
        return "<p>No scored items.</p>"
    lowest = min(c["t"] for c in result["cells"])
    relations = sorted({c["relation"] for c in result["cells"]})
    floors = {f["relation"]: f["singleton_rate"] for f in result["floor"]}
    panel_w, panel_h, left, top, bottom = 250, 210, 44, 28, 40
    columns = min(3, len(relations))
    rows = (len(relations) + columns - 1) // columns
    width, height = columns * panel_w + 10, rows * panel_h + 40
    plot_w, plot_h = panel_w - left - 12, panel_h - top - bottom
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="plot" data-plot="buckets" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        'font-family="sans-serif" font-size="11">',
        f"<title>Outcomes by count bucket at t = {escape(_t_label(lowest))}</title>",
    ]
    for index, relation in enumerate(relations):
        x0 = (index % columns) * panel_w + left
        y0 = (index // columns) * panel_h + top
        parts.append(f'<text x="{x0}" y="{y0 - 10}" font-weight="bold">{escape(relation)}</text>')
        for tick in (0, 0.5, 1):
            y = y0 + plot_h * (1 - tick)
            parts.append(f'<line x1="{x0}" x2="{x0 + plot_w}" y1="{_num(y)}" y2="{_num(y)}" '
                         'stroke="#ddd"/>')  # fmt: skip
            parts.append(f'<text x="{x0 - 6}" y="{_num(y + 4)}" text-anchor="end">{tick:g}</text>')
        slot = plot_w / len(BUCKETS)
        by_bucket = {c["bucket"]: c for c in result["cells"]
                     if c["relation"] == relation and c["t"] == lowest}  # fmt: skip
        for position, bucket in enumerate(BUCKETS):
            x = x0 + position * slot + slot * 0.15
            parts.append(f'<text x="{_num(x0 + (position + 0.5) * slot)}" y="{y0 + plot_h + 14}" '
                         f'text-anchor="middle">{escape(bucket)}</text>')  # fmt: skip
            c = by_bucket.get(bucket)
            if c is None:
                continue
            base = 0.0
            for outcome, share in (("correct", c["accuracy"]), ("wrong", c["error_rate"]),
                                   ("abstained", c["abstention_rate"])):  # fmt: skip
                if share:
                    y = y0 + plot_h * (1 - base - share)
                    parts.append(
                        f'<rect class="mark" x="{_num(x)}" y="{_num(y)}" '
                        f'width="{_num(slot * 0.7)}" '
                        f'height="{_num(plot_h * share)}" fill="{OUTCOME_COLOURS[outcome]}">'
                        f"<title>{escape(relation)} {escape(bucket)}: {outcome} "
                        f"{share:.3f} (n = {c['n']})</title></rect>"
                    )
                base += share
            parts.append(f'<text x="{_num(x0 + (position + 0.5) * slot)}" y="{y0 + plot_h + 26}" '
                         f'text-anchor="middle" fill="#666">n={c["n"]}</text>')  # fmt: skip
        floor = floors.get(relation)
        if floor is not None:
            y = y0 + plot_h * (1 - floor)
            parts.append(f'<line x1="{x0}" x2="{x0 + plot_w}" y1="{_num(y)}" y2="{_num(y)}" '
                         'stroke="#000" stroke-dasharray="5 3"><title>singleton rate '
                         f"{floor:.3f}</title></line>")  # fmt: skip
        parts.append(f'<text x="{x0 + plot_w / 2}" y="{y0 + plot_h + 38}" text-anchor="middle">'
                     "corpus count</text>")  # fmt: skip
    legend_y = rows * panel_h + 26
    x = 10
    for outcome, label in (("correct", "accuracy"), ("wrong", "error rate"),
                           ("abstained", "abstention rate")):  # fmt: skip
        parts.append(f'<rect x="{x}" y="{legend_y - 9}" width="10" height="10" '
                     f'fill="{OUTCOME_COLOURS[outcome]}"/>')  # fmt: skip
        parts.append(f'<text x="{x + 14}" y="{legend_y}">{label}</text>')
        x += 110
    parts.append(f'<line x1="{x}" x2="{x + 24}" y1="{legend_y - 4}" y2="{legend_y - 4}" '
                 'stroke="#000" stroke-dasharray="5 3"/>')  # fmt: skip
    parts.append(f'<text x="{x + 30}" y="{legend_y}">singleton rate (predicted floor of the '
                 "error)</text>")  # fmt: skip
    parts.append("</svg>")
    return "\n".join(parts)


def calibration_plot(result: dict) -> str:
    """Plot 2 as an SVG element: answered accuracy against t, per relation and overall, with
    the diagonal (answered accuracy = t)."""
    size, left, top = 320, 50, 20
    width, height = size + left + 190, size + top + 50
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="plot" data-plot="calibration" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        'font-family="sans-serif" font-size="11">',
        "<title>Answered accuracy against the confidence target t</title>",
    ]

    def point(t: float, accuracy: float) -> tuple[float, float]:
        return left + size * t, top + size * (1 - accuracy)

    for tick in (0, 0.25, 0.5, 0.75, 1):
        x, y = point(tick, tick)
        parts.append(f'<line x1="{left}" x2="{left + size}" y1="{_num(y)}" y2="{_num(y)}" '
                     'stroke="#eee"/>')  # fmt: skip
        parts.append(f'<line x1="{_num(x)}" x2="{_num(x)}" y1="{top}" y2="{top + size}" '
                     'stroke="#eee"/>')  # fmt: skip
        parts.append(f'<text x="{left - 6}" y="{_num(y + 4)}" text-anchor="end">{tick:g}</text>')
        parts.append(f'<text x="{_num(x)}" y="{top + size + 14}" text-anchor="middle">'
                     f"{tick:g}</text>")  # fmt: skip
    parts.append(f'<rect x="{left}" y="{top}" width="{size}" height="{size}" fill="none" '
                 'stroke="#999"/>')  # fmt: skip
    x1, y1 = point(0, 0)
    x2, y2 = point(1, 1)
    parts.append(f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" '
                 'stroke="#000" stroke-dasharray="5 3"><title>answered accuracy = t</title>'
                 "</line>")  # fmt: skip
    parts.append(f'<text x="{left + size / 2}" y="{top + size + 32}" text-anchor="middle">'
                 "confidence target t</text>")  # fmt: skip
    parts.append(f'<text transform="translate(14 {top + size / 2}) rotate(-90)" '
                 'text-anchor="middle">answered accuracy</text>')  # fmt: skip
    series = [("overall", result["overall"], "#000", 2.5)]
    relations = sorted({c["relation"] for c in result["relations"]})
    for index, relation in enumerate(relations):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        cells = [c for c in result["relations"] if c["relation"] == relation]
        series.append((relation, cells, colour, 1.5))
    for number, (name, cells, colour, stroke) in enumerate(series):
        points = [(c, *point(c["t"], c["answered_accuracy"])) for c in cells
                  if c["answered_accuracy"] is not None]  # fmt: skip
        if len(points) > 1:
            path = " ".join(f"{_num(x)},{_num(y)}" for _, x, y in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" '
                         f'stroke-width="{stroke}"/>')  # fmt: skip
        for c, x, y in points:
            parts.append(
                f'<circle class="mark" cx="{_num(x)}" cy="{_num(y)}" r="3.5" '
                f'fill="{colour}"><title>'
                f"{escape(name)}, t = {escape(_t_label(c['t']))}: answered accuracy "
                f"{c['answered_accuracy']:.3f} ({c['correct'] + c['wrong']} answered)"
                "</title></circle>"
            )
        legend_y = top + 14 + 18 * number
        parts.append(
            f'<line x1="{left + size + 16}" x2="{left + size + 36}" y1="{legend_y - 4}" '
            f'y2="{legend_y - 4}" stroke="{colour}" stroke-width="{stroke}"/>'
        )
        parts.append(f'<text x="{left + size + 42}" y="{legend_y}">{escape(name)}</text>')
    legend_y = top + 14 + 18 * len(series)
    parts.append(f'<line x1="{left + size + 16}" x2="{left + size + 36}" y1="{legend_y - 4}" '
                 f'y2="{legend_y - 4}" stroke="#000" stroke-dasharray="5 3"/>')  # fmt: skip
    parts.append(f'<text x="{left + size + 42}" y="{legend_y}">answered accuracy = t</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _html_table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(result: dict) -> str:
    """The whole page: summary tables, the two plots, and score.json's figures per cell."""
    overall = _html_table(
        ["t", "n", "correct", "wrong", "abstained", "accuracy", "error rate", "abstention rate",
         "answered accuracy", "score", "beats abstaining"],
        [[_t_label(c["t"]), str(c["n"]), str(c["correct"]), str(c["wrong"]),
          str(c["abstained"]), _rate(c["accuracy"]), _rate(c["error_rate"]),
          _rate(c["abstention_rate"]), _rate(c["answered_accuracy"]), f"{c['score']:.2f}",
          "yes" if c["beats_abstaining"] else "no"] for c in result["overall"]],
    )  # fmt: skip
    floor = _html_table(
        ["relation", "t", "n", "error rate (sample)", "error rate (corpus-weighted)",
         "singleton rate", "95% interval", "measured is"],
        [[f["relation"], "–" if f["t"] is None else _t_label(f["t"]), str(f["n"]),
          _rate(f["error_rate"]), _rate(f["error_rate_corpus_weighted"]),
          _rate(f["singleton_rate"]),
          "–" if None in f["singleton_rate_ci"] else
          f"{f['singleton_rate_ci'][0]:.3f}–{f['singleton_rate_ci'][1]:.3f}",
          f["compared"] or "–"] for f in result["floor"]],
    )  # fmt: skip
    cells = _html_table(
        ["relation", "bucket", "t", "n", "correct", "wrong", "abstained", "accuracy",
         "error rate", "abstention rate", "answered accuracy", "score"],
        [[c["relation"], c["bucket"], _t_label(c["t"]), str(c["n"]), str(c["correct"]),
          str(c["wrong"]), str(c["abstained"]), _rate(c["accuracy"]), _rate(c["error_rate"]),
          _rate(c["abstention_rate"]), _rate(c["answered_accuracy"]), f"{c['score']:.2f}"]
         for c in result["cells"]],
    )  # fmt: skip
    summary = (
        f"{result['scored_items']} of {result['items']} items scored; "
        f"{result['items_without_answer']} without an answer."
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Model score against the audit</title>
<style>
body {{ font-family: sans-serif; margin: 2em; max-width: 1100px; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; font-size: 13px; }}
th, td {{ border: 1px solid #ccc; padding: 3px 7px; text-align: right; }}
th {{ background: #f4f4f4; }}
td:first-child {{ text-align: left; }}
figure {{ margin: 1.5em 0; }}
figcaption {{ color: #555; font-size: 13px; max-width: 760px; }}
</style></head><body>
<h1>Model score against the audit</h1>
<p>{escape(summary)} Accuracy, error rate and abstention rate are shares of all items (they sum to
1); answered accuracy is correct / (correct + wrong); score = correct − t/(1−t) · wrong, and
always abstaining scores 0.</p>
<h2>Overall, per confidence target t</h2>
{overall}
<h2>Error beside the predicted floor</h2>
{floor}
<figure>{bucket_plot(result)}
<figcaption>Outcomes by the fact's count in the corpus, at the lowest confidence target. The
dashed line is the category's singleton rate: the error a calibrated model trained on the corpus
cannot go below, on questions drawn as the corpus states its facts.</figcaption></figure>
<figure>{calibration_plot(result)}
<figcaption>Accuracy among answered items against the confidence target t stated in the prompt.
A behaviourally calibrated model answers only when its chance of being right exceeds t, so its
points stay above the diagonal.</figcaption></figure>
<h2>Per relation, count bucket and t</h2>
{cells}
</body></html>
"""
