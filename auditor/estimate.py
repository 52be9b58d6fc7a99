"""The estimates of one category, from what DuckDB counted: the stage between counting and the
report. ``category_row`` turns a relation's frequency of frequencies (``auditor.counting``)
into its row of report.json: the Good–Turing singleton rate and its intervals
(``auditor.goodturing``), the singleton-rate curve and the recall correction
(``auditor.rarefaction``), and the count buckets. Pure functions of the counts; the report
(``auditor.report``) assembles and renders the rows.
"""

from __future__ import annotations

from auditor import counting, goodturing, rarefaction

CONFIDENCE = 0.95
THEOREM_GAMMA = 0.01

# min_c |E_c| of Kalai et al. (2025), Theorem 2: the fewest plausible wrong answers a question
# about one fact of the relation has. Birthdays: 364 other days of the year, as in the paper;
# death dates likewise. Capitals and titles have no natural count; the numbers are deliberately
# small (a larger one only shrinks the 2/|E_c| term further): ten other cities of the country,
# a thousand other titles. Relations not listed use DEFAULT_MIN_WRONG_ANSWERS.
MIN_WRONG_ANSWERS = {"birth_date": 364, "death_date": 364, "capital": 10, "paper_title": 1000}
DEFAULT_MIN_WRONG_ANSWERS = 10


# A category with fewer mentions is not flagged either way (needs_retrieval is null).
MIN_MENTIONS_TO_FLAG = 10


def category_row(
    counts: counting.CategoryCounts,
    count_by: str,
    threshold: float,
    recall: tuple[float, str] | None = None,
) -> dict:
    """One category of report.json from what DuckDB counted: every estimate is computed from the
    frequency of frequencies on the count basis. ``needs_retrieval`` compares the lower end of
    the Esty interval with the threshold, so a category is flagged only when the evidence
    supports it. ``recall``: (the extractor's recall for the relation, where it came from), for
    the recall correction."""
    fof = counts.freq_of_freq[count_by]
    rate = goodturing.singleton_rate(fof)
    total = goodturing.total_observations(fof)
    method = "esty" if total >= goodturing.MIN_MENTIONS_FOR_NORMAL else "wilson"
    interval = goodturing.missing_mass_interval(fof, CONFIDENCE, method)
    min_wrong = MIN_WRONG_ANSWERS.get(counts.relation, DEFAULT_MIN_WRONG_ANSWERS)
    observed = total > 0
    # Too few mentions to flag either way: "no" would read as "safe", "YES" as established.
    judged = total >= MIN_MENTIONS_TO_FLAG
    return {
        "relation": counts.relation,
        "count_basis": count_by,
        "mentions": counts.mentions,
        "documents": counts.documents,
        "distinct_facts": goodturing.distinct_observed(fof),
        "merged_variants": counts.merged_variants,
        "singletons": goodturing.n(fof, 1),
        "doubletons": goodturing.n(fof, 2),
        "singleton_rate": rate,
        "singleton_rate_ci": list(interval),
        "singleton_rate_ci_method": method,
        "missing_mass_bound": list(goodturing.missing_mass_interval(fof, CONFIDENCE, "mcallester")),
        "coverage": goodturing.goods_coverage(fof),
        "chao1_distinct_facts": goodturing.chao1(fof) if observed else None,
        "new_facts_if_doubled": goodturing.good_toulmin(fof, 1.0) if observed else None,
        "theorem_lower_bound": {
            "value": goodturing.theorem_lower_bound(fof, min_wrong, THEOREM_GAMMA),
            "min_wrong_answers": min_wrong,
            "gamma": THEOREM_GAMMA,
        },
        "hallucination_lower_bound": rate,
        "needs_retrieval": interval[0] >= threshold if judged else None,
        "freq_of_freq": {str(r): n_r for r, n_r in sorted(fof.items())},
        "count_buckets": count_buckets(fof),
        **curve_entries(fof, recall),
    }


# The singleton-rate curve of each category: points from 1 to 2N, bootstrap replicates and seed
# of its band (fixed, so that a report is reproducible).
CURVE_POINTS = 60
CURVE_REPLICATES = 200
CURVE_SEED = 2014
# Extrapolation is trusted up to about twice the observed size (Chao et al. 2014, section
# "Extrapolation"); a recall correction beyond that is reported with a warning flag.
RELIABLE_EXTRAPOLATION = 2.0


def curve_entries(fof: dict[int, int], recall: tuple[float, str] | None) -> dict:
    """The ``curve`` and ``recall_correction`` entries of a category (both null without
    mentions; ``recall_correction`` null without a recall)."""
    total = goodturing.total_observations(fof)
    if not total:
        return {"curve": None, "recall_correction": None}
    corrected = rarefaction.recall_corrected_size(total, recall[0]) if recall else None
    curve = rarefaction.curve(
        fof,
        points=CURVE_POINTS,
        replicates=CURVE_REPLICATES,
        seed=CURVE_SEED,
        confidence=CONFIDENCE,
        extra_sizes=[corrected] if corrected is not None else [],
    )
    return {
        "curve": curve.as_dict(),
        "recall_correction": (
            recall_correction_entry(curve, recall, corrected)
            if recall and corrected is not None
            else None
        ),
    }


def recall_correction_entry(
    curve: rarefaction.Curve, recall: tuple[float, str], corrected_size: float
) -> dict:
    """A category's ``recall_correction``::

        {"recall": 0.6, "source": "--recall" | "<evaluation.json path>",
         "mentions_found": N, "mentions_if_complete": N/r,
         "singleton_rate": rate at N/r, "low": …, "high": …,
         "observed_singleton_rate": n1/N, "beyond_reliable_extrapolation": false,
         "assumption": "each mention … found independently …"}

    ``singleton_rate`` is the curve extrapolated to N/r (its band likewise); past twice the
    observed size (r < 0.5) ``beyond_reliable_extrapolation`` is true."""
    point = curve.at(corrected_size)
    return {
        "recall": recall[0],
        "source": recall[1],
        "mentions_found": curve.n,
        "mentions_if_complete": corrected_size,
        "singleton_rate": point.singleton_rate,
        "low": point.low,
        "high": point.high,
        "observed_singleton_rate": curve.good_turing_rate,
        "beyond_reliable_extrapolation": corrected_size > RELIABLE_EXTRAPOLATION * curve.n,
        "assumption": rarefaction.RECALL_ASSUMPTION,
    }


# The count buckets of the report: (label, lowest count, highest count or None).
COUNT_BUCKETS = (("1", 1, 1), ("2-3", 2, 3), ("4-10", 4, 10), ("11-100", 11, 100),
                 (">100", 101, None))  # fmt: skip


def count_buckets(fof: dict[int, int]) -> list[dict]:
    """The share of a category's N observations (mentions or documents) held by facts whose
    count r falls in each bucket of COUNT_BUCKETS: sum of r * n_r over the bucket, divided by
    N = sum of r * n_r over all r (None for every bucket when N = 0). The first bucket's share
    is the singleton rate n1/N."""
    total = sum(r * n_r for r, n_r in fof.items())
    rows = []
    for label, low, high in COUNT_BUCKETS:
        held = sum(r * n_r for r, n_r in fof.items() if r >= low and (high is None or r <= high))
        facts = sum(n_r for r, n_r in fof.items() if r >= low and (high is None or r <= high))
        rows.append({
            "bucket": label, "facts": facts, "observations": held,
            "share": held / total if total else None,
        })  # fmt: skip
    return rows
