"""Rarefaction and extrapolation (auditor/rarefaction.py) against iNEXT's published outputs,
hand computations, brute force over every subsample, exact rational arithmetic and a thinning
simulation."""

import itertools
import json
import math
import random
import time
from collections import Counter
from decimal import Decimal, localcontext
from fractions import Fraction

import numpy as np
import pytest
from conftest import DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor import rarefaction as rf

INEXT = json.loads((DATA / "rarefaction" / "inext_examples.json").read_text(encoding="utf-8"))


def fof_of(counts) -> dict[int, int]:
    return dict(Counter(int(c) for c in counts if c > 0))


def relative(value: float, expected) -> float:
    expected = float(expected)
    return abs(value - expected) / abs(expected) if expected else abs(value)


# --- iNEXT 3.0.2's own outputs ------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(INEXT["datasets"]))
def test_reproduces_inext_outputs(name):
    data = INEXT["datasets"][name]
    fof = fof_of(data["abundances"])
    assert sum(data["abundances"]) == data["n"]
    for point in data["points"]:
        m = point["m"]
        assert relative(rf.coverage_at(fof, m), point["coverage"]) < 1e-8, (m, point)
        assert relative(rf.richness_at(fof, m), point["richness"]) < 1e-8, (m, point)
        assert relative(rf.singleton_rate_at(fof, m), 1 - point["coverage"]) < 1e-8, (m, point)


def test_inext_method_labels_match_curve_kinds():
    data = INEXT["datasets"]["spider_Girdled"]
    curve = rf.curve(fof_of(data["abundances"]), replicates=5)
    kinds = {"Rarefaction": "interpolated", "Observed": "observed", "Extrapolation": "extrapolated"}
    by_m = {p.m: p.kind for p in curve.points}
    for point in data["points"]:
        if point["m"] in by_m:
            assert by_m[point["m"]] == kinds[point["method"]]
    assert by_m[data["n"]] == "observed"


# --- edge cases, by hand --------------------------------------------------------------------------


def test_all_singletons_by_hand():
    # {1: 5}: n = 5. Every subsample of m < 5 mentions holds m distinct facts and covers nothing
    # (the next mention is always new): coverage 0, richness m.
    fof = {1: 5}
    for m in range(1, 5):
        assert rf.coverage_at(fof, m) == 0
        assert rf.singleton_rate_at(fof, m) == 1
        assert rf.richness_at(fof, m) == pytest.approx(m, rel=1e-14)
    # f2 = 0: f0 = (n-1)/n * f1 (f1-1)/2 = 4/5 * 10 = 8; A = n f0 / (n f0 + f1) = 40/45 = 8/9.
    assert rf.undetected_estimate(fof) == pytest.approx(8, rel=1e-15)
    assert rf.detection_factor(fof) == pytest.approx(8 / 9, rel=1e-15)
    assert rf.coverage_at(fof, 5) == pytest.approx(1 / 9, rel=1e-14)  # 1 - (5/5)(8/9)
    assert rf.singleton_rate_at(fof, 10) == pytest.approx(262144 / 531441, rel=1e-14)  # (8/9)^6
    assert rf.coverage_at(fof, 10) == pytest.approx(1 - 262144 / 531441, rel=1e-14)
    # richness(10) = 5 + 8 (1 - (8/9)^5) = 5 + 8 * 26281/59049
    assert rf.richness_at(fof, 10) == pytest.approx(5 + 8 * 26281 / 59049, rel=1e-14)


def test_no_singletons_by_hand():
    # {2: 3, 5: 1}: n = 11, S = 4, f1 = 0: f0 = 0, coverage 1 from m = n on.
    fof = {2: 3, 5: 1}
    # coverage(1) = sum f_k k (k-1) / (n (n-1)) = (3*2 + 20) / 110 = 13/55
    assert rf.coverage_at(fof, 1) == pytest.approx(13 / 55, rel=1e-14)
    assert rf.singleton_rate_at(fof, 1) == pytest.approx(42 / 55, rel=1e-14)
    for m in (11, 12, 22, 1000):
        assert rf.coverage_at(fof, m) == 1
        assert rf.singleton_rate_at(fof, m) == 0
        assert rf.richness_at(fof, m) == 4
    # richness(5) = 3 (1 - C(9,5)/C(11,5)) + (1 - C(6,5)/C(11,5)) = 3*336/462 + 456/462 = 244/77
    assert rf.richness_at(fof, 5) == pytest.approx(244 / 77, rel=1e-14)
    assert rf.richness_at(fof, 10) == pytest.approx(4, rel=1e-14)


def test_no_doubletons_by_hand():
    # {1: 3, 4: 1}: n = 7, S = 4. f2 = 0: f0 = 6/7 * 3*2/2 = 18/7, A = 18/(18 + 3) = 6/7.
    fof = {1: 3, 4: 1}
    assert rf.undetected_estimate(fof) == pytest.approx(18 / 7, rel=1e-15)
    assert rf.detection_factor(fof) == pytest.approx(6 / 7, rel=1e-15)
    # coverage(3) = 1 - [3 * (1/7) * 1 + (4/7) * C(3,3)/C(6,3)] = 1 - (3/7 + 1/35) = 19/35
    assert rf.coverage_at(fof, 3) == pytest.approx(19 / 35, rel=1e-14)
    assert rf.coverage_at(fof, 6) == pytest.approx(4 / 7, rel=1e-14)  # Good's 1 - f1/n
    assert rf.coverage_at(fof, 7) == pytest.approx(31 / 49, rel=1e-14)  # 1 - (3/7)(6/7)
    assert rf.coverage_at(fof, 9) == pytest.approx(1 - 648 / 2401, rel=1e-14)  # (3/7)(6/7)^3
    assert rf.richness_at(fof, 9) == pytest.approx(4 + 234 / 343, rel=1e-14)  # 4 + 18/7 (13/49)
    # a non-integer m below n: linear between 6 and 7, as iNEXT: (28/49 + 31/49) / 2
    assert rf.coverage_at(fof, 6.5) == pytest.approx(59 / 98, rel=1e-14)


def test_one_singleton_by_hand():
    # {1: 1, 2: 2}: n = 5, f2 > 0: f0 = 4/5 * 1/(2*2) = 1/5, A = 4/(4 + 4) = 1/2.
    fof = {1: 1, 2: 2}
    assert rf.coverage_at(fof, 5) == pytest.approx(9 / 10, rel=1e-14)
    assert rf.coverage_at(fof, 8) == pytest.approx(79 / 80, rel=1e-14)  # 1 - (1/5)(1/2)^4
    assert rf.richness_at(fof, 8) == pytest.approx(3 + 7 / 40, rel=1e-14)  # 3 + (1/5)(7/8)
    # f1 = 1, f2 = 0 (iNEXT): f0 = 0, A = 0, so nothing is missing from m = n on.
    fof = {1: 1, 3: 2}
    assert rf.undetected_estimate(fof) == 0
    assert rf.coverage_at(fof, 6) == pytest.approx(6 / 7, rel=1e-14)
    assert rf.coverage_at(fof, 7) == 1
    assert rf.singleton_rate_at(fof, 14) == 0
    assert rf.richness_at(fof, 14) == 3


def test_two_mentions_by_hand():
    # {1: 2}: f0 = 1/2 * 2*1/2 = 1/2, A = (n-1)(f1-1)/((n-1)(f1-1) + 2) = 1/3.
    fof = {1: 2}
    assert rf.coverage_at(fof, 1) == 0
    assert rf.coverage_at(fof, 2) == pytest.approx(2 / 3, rel=1e-14)
    assert rf.coverage_at(fof, 3) == pytest.approx(8 / 9, rel=1e-14)
    assert rf.richness_at(fof, 1) == pytest.approx(1, rel=1e-14)
    assert rf.richness_at(fof, 3) == pytest.approx(7 / 3, rel=1e-14)  # 2 + 1/2 (1 - 1/3)
    # {2: 1}: one fact seen twice: the next mention always repeats it.
    fof = {2: 1}
    for m in (1, 2, 4):
        assert rf.coverage_at(fof, m) == 1
        assert rf.richness_at(fof, m) == 1
    assert rf.coverage_at(fof, 0) == 0 and rf.richness_at(fof, 0) == 0


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="no observations"):
        rf.coverage_at({}, 3)
    with pytest.raises(ValueError, match="k >= 1"):
        rf.coverage_at({0: 3}, 3)
    for m in (-1, math.nan, math.inf):
        with pytest.raises(ValueError, match="finite number"):
            rf.singleton_rate_at({1: 2}, m)
    for r in (0, -0.5, 1.5, math.nan):
        with pytest.raises(ValueError, match="recall"):
            rf.recall_corrected_size(10, r)


# --- brute force over every subsample --------------------------------------------------------------


def test_interpolation_is_the_exact_mean_over_every_subsample():
    mentions = list("aaabbcdeffff")  # fof {1: 3, 2: 1, 3: 1, 4: 1}, n = 12
    n = len(mentions)
    fof = fof_of(Counter(mentions).values())
    for m in range(1, n):
        distinct = Fraction(0)
        covered = Fraction(0)
        subsets = 0
        for chosen in itertools.combinations(range(n), m):
            seen = {mentions[i] for i in chosen}
            rest = [mentions[i] for i in range(n) if i not in set(chosen)]
            distinct += len(seen)
            # coverage of the subsample: the chance that one more mention, drawn from the
            # n - m left, states a fact the subsample already holds
            covered += Fraction(sum(x in seen for x in rest), len(rest))
            subsets += 1
        assert subsets == math.comb(n, m)
        assert relative(rf.richness_at(fof, m), distinct / subsets) < 1e-13, m
        assert relative(rf.coverage_at(fof, m), covered / subsets) < 1e-13, m
        assert relative(rf.singleton_rate_at(fof, m), 1 - covered / subsets) < 1e-13, m


# --- exact rational arithmetic at large n -----------------------------------------------------------


def exact_ratio(n: int, k: int, m: int, top: int) -> Fraction:
    """C(n - k, m) / C(top, m) as an exact fraction, from whichever product form is shorter:
    prod_{j<m} (n-k-j)/(top-j), or (n-k)! (top-m)! / ((n-k-m)! top!) over top - (n - k) factors."""
    if n - k < m:
        return Fraction(0)
    if m <= top - (n - k):
        return Fraction(
            math.prod(range(n - k - m + 1, n - k + 1)), math.prod(range(top - m + 1, top + 1))
        )
    return Fraction(
        math.prod(range(n - k - m + 1, top - m + 1)), math.prod(range(n - k + 1, top + 1))
    )


def exact_interpolation(fof: dict[int, int], m: int) -> tuple[Fraction, Fraction]:
    """(singleton rate, richness) at m < n in exact rational arithmetic."""
    n = sum(k * f for k, f in fof.items())
    rate = sum(Fraction(f * k, n) * exact_ratio(n, k, m, n - 1) for k, f in fof.items())
    richness = sum(f * (1 - exact_ratio(n, k, m, n)) for k, f in fof.items())
    return rate, richness


LARGE = [
    {1: 10**6},
    {1: 10**6 - 2, 2: 1},
    {1: 400_000, 2: 100_000, 3: 50_000, 50: 1_000, 700: 100, 3_000: 10},
    {1: 3 * 10**6, 5: 10**5, 1_000: 300, 20_000: 3},
    {2: 10**6, 3: 1, 4_000: 2},
]


@pytest.mark.parametrize("fof", LARGE, ids=lambda f: f"n={sum(k * v for k, v in f.items())}")
def test_interpolation_matches_exact_arithmetic_at_large_n(fof):
    n = sum(k * f for k, f in fof.items())
    for m in (1, 2, 7, 100, 257, 300, 1_234, 2_999):
        rate, richness = exact_interpolation(fof, m)
        coverage = 1 - rate
        assert relative(rf.singleton_rate_at(fof, m), rate) < 1e-10, m
        assert relative(rf.coverage_at(fof, m), coverage) < 1e-9 or coverage == 0, m
        if coverage == 0:
            assert rf.coverage_at(fof, m) == 0
        assert relative(rf.richness_at(fof, m), richness) < 1e-12, m
    assert relative(rf.coverage_at(fof, n - 1), Fraction(n - fof.get(1, 0), n)) < 1e-12


def test_stirling_regime_matches_exact_arithmetic():
    # Frequencies and sizes above DIRECT_TERMS use Stirling's series: compared with exact
    # fractions where both products are long.
    fof = {1: 200_000, 300: 400, 1_000: 50, 9_000: 4}
    n = sum(k * f for k, f in fof.items())
    for m in (400, 5_000, 60_000, n // 2, n - 10_000, n - 9_001):
        rate = sum(Fraction(f * k, n) * exact_ratio(n, k, m, n - 1) for k, f in fof.items())
        richness = sum(f * (1 - exact_ratio(n, k, m, n)) for k, f in fof.items())
        assert relative(rf.singleton_rate_at(fof, m), rate) < 1e-10, m
        assert relative(rf.coverage_at(fof, m), 1 - rate) < 1e-10, m
        assert relative(rf.richness_at(fof, m), richness) < 1e-12, m


@pytest.mark.parametrize(
    ("n", "m", "ks"),
    [
        (2_200, 300, [1, 2, 257, 258, 300, 400, 1_900]),  # small n: Stirling's ω terms matter
        (2_200, 1_400, [1, 258, 300, 770, 790, 800]),  # k near n - m: the shifted form
        (1_040, 735, [300, 305]),  # n - m - k + 1 = 6 and 1
        (10**6, 1, [1, 2, 10**5, 999_999, 10**6]),
        (10**6, 5_000, [2, 256, 257, 258, 4_000, 90_000]),
        (10**7, 3, [2, 10**6, 9 * 10**6]),
    ],
)
def test_log_ratio_in_every_regime_matches_exact_arithmetic(n, m, ks):
    logs = rf._log_ratio(n, m, np.array(ks, dtype=np.int64))
    for k, value in zip(ks, logs, strict=True):
        ratio = exact_ratio(n, k, m, n - 1)
        if ratio == 0:
            assert value == -math.inf
            continue
        exact_log = math.log(ratio.numerator) - math.log(ratio.denominator)
        assert abs(value - exact_log) <= 1e-12 * max(1.0, abs(exact_log)), (k, value, exact_log)
        if exact_log > -700:
            assert relative(math.exp(value), ratio) < 1e-11, k


@given(
    fof=st.dictionaries(st.integers(1, 400), st.integers(1, 60), min_size=1, max_size=8),
    share=st.floats(0.0, 2.0),
)
@settings(max_examples=150, deadline=None)
def test_any_small_sample_matches_exact_arithmetic(fof, share):
    # Random samples the other tests do not list: interpolation against exact fractions,
    # extrapolation against 60-digit decimals.
    n = sum(k * f for k, f in fof.items())
    m = max(1, round(share * n))
    if m < n:
        rate, richness = exact_interpolation(fof, m)
        assert relative(rf.singleton_rate_at(fof, m), rate) < 1e-11
        assert relative(rf.coverage_at(fof, m), 1 - rate) < 1e-11
        assert relative(rf.richness_at(fof, m), richness) < 1e-11
    elif fof.get(1, 0) and (fof.get(1, 0) > 1 or fof.get(2, 0)):
        rate, coverage = decimal_extrapolation(fof, m)
        assert relative(rf.singleton_rate_at(fof, m), rate) < 1e-12
        assert relative(rf.coverage_at(fof, m), coverage) < 1e-12


def decimal_extrapolation(fof: dict[int, int], m: int) -> tuple[Decimal, Decimal]:
    """(singleton rate, coverage) at m >= n with 60-digit decimals: (f1/n) A^(m - n + 1)."""
    n = sum(k * f for k, f in fof.items())
    f1, f2 = fof.get(1, 0), fof.get(2, 0)
    with localcontext() as ctx:
        ctx.prec = 60
        if f2:
            a = Decimal((n - 1) * f1) / Decimal((n - 1) * f1 + 2 * f2)
        else:
            a = Decimal((n - 1) * (f1 - 1)) / Decimal((n - 1) * (f1 - 1) + 2)
        rate = Decimal(f1) / Decimal(n) * a ** (m - n + 1)
        return +rate, 1 - rate


@pytest.mark.parametrize(
    "fof", [{1: 10**6}, {1: 10**7}, {1: 5, 2: 10**6}, {1: 123_456, 2: 7_890, 9: 10**5}], ids=str
)
def test_extrapolation_matches_high_precision(fof):
    n = sum(k * f for k, f in fof.items())
    for m in (n, n + 1, n + 17, (3 * n) // 2, 2 * n):
        rate, coverage = decimal_extrapolation(fof, m)
        assert relative(rf.singleton_rate_at(fof, m), rate) < 1e-12, m
        assert relative(rf.coverage_at(fof, m), coverage) < 1e-9, m


def test_extrapolated_richness_matches_high_precision():
    fof = {1: 10**6}  # all singletons: f0 = (n-1)^2/2, A = (n-1)^2/((n-1)^2 + 2)
    n = 10**6
    with localcontext() as ctx:
        ctx.prec = 60
        f0 = Decimal((n - 1) ** 2) / 2
        a = Decimal((n - 1) ** 2) / Decimal((n - 1) ** 2 + 2)
        expected = Decimal(n) + f0 * (1 - a**n)
    assert relative(rf.richness_at(fof, 2 * n), expected) < 1e-12


def test_fast_on_a_category_with_a_hundred_thousand_frequencies():
    rng = np.random.default_rng(3)
    fof = dict(zip(range(1, 100_001), rng.integers(1, 30, size=100_000).tolist(), strict=True))
    fof[1], fof[2] = 2_000_000, 500_000
    sample = rf.Sample.of(fof)
    started = time.perf_counter()
    values = [rf.singleton_rate_at(sample, m) for m in rf.curve_sizes(sample.n)]
    assert time.perf_counter() - started < 20  # about 0.5 s on an idle core
    assert all(0 <= v <= 1 for v in values)
    assert values == sorted(values, reverse=True)


# --- bootstrap ------------------------------------------------------------------------------------


def test_bootstrap_assemblage_by_hand():
    # {1: 2, 2: 1}: n = 4. f0 = 3/4 * 4/2 = 3/2; A = 6/(6 + 2) = 3/4; undetected mass
    # a = (2/4)(3/4) = 3/8. b = sum x/n (1 - x/n)^n = 2 (1/4)(3/4)^4 + (1/2)(1/2)^4 = 97/512;
    # lambda = a/b = 192/97. p(1) = 1/4 (1 - 192/97 * 81/256) = 1/4 * 9280/24832;
    # p(2) = 1/2 (1 - 192/97 * 1/16) = 85/194; ceil(f0) = 2 undetected facts of 3/16 each.
    assemblage = rf.bootstrap_assemblage({1: 2, 2: 1})
    assert assemblage.observed[1] == pytest.approx(9280 / 24832 / 4, rel=1e-13)
    assert assemblage.observed[2] == pytest.approx(85 / 194, rel=1e-13)
    assert assemblage.unseen_count == 2
    assert assemblage.unseen_probability == pytest.approx(3 / 16, rel=1e-13)
    total = 2 * assemblage.observed[1] + assemblage.observed[2] + 2 * 3 / 16
    assert total == pytest.approx(1, rel=1e-13)


def test_bootstrap_samples_follow_the_assemblage():
    # Many singletons (drawn as one lumped group) and undetected facts (another): the mean
    # number of singletons over the replicates must match sum_i n p_i (1 - p_i)^(n - 1).
    fof = {1: 300, 2: 40, 3: 10, 7: 3}
    n = sum(k * f for k, f in fof.items())
    assemblage = rf.bootstrap_assemblage(fof)
    probabilities = [(p, fof[k]) for k, p in assemblage.observed.items()]
    probabilities.append((assemblage.unseen_probability, assemblage.unseen_count))
    expected = sum(c * n * p * (1 - p) ** (n - 1) for p, c in probabilities)
    samples = rf.bootstrap_samples(fof, 400, seed=11)
    assert all(s.n == n for s in samples)
    singletons = np.array([s.f1 for s in samples])
    error = singletons.std(ddof=1) / math.sqrt(len(samples))
    assert abs(singletons.mean() - expected) < 4 * error


def test_bands_are_reproducible_from_a_seed():
    fof = fof_of(INEXT["datasets"]["spider_Logged"]["abundances"])
    sizes = [1, 100, 252, 400, 504]
    first = rf.bootstrap_band(fof, sizes, replicates=60, seed=7)
    assert rf.bootstrap_band(fof, sizes, replicates=60, seed=7) == first
    assert rf.bootstrap_band(fof, sizes, replicates=60, seed=8) != first
    for m, low, high in zip(sizes, *first, strict=True):
        assert 0 <= low <= rf.singleton_rate_at(fof, m) <= high <= 1
    low, high = rf.bootstrap_band(fof, sizes, replicates=60, seed=7, method="normal")
    assert all(lo <= hi for lo, hi in zip(low, high, strict=True))
    with pytest.raises(ValueError, match="method"):
        rf.bootstrap_band(fof, sizes, method="bca")


def test_curve_layout_and_dict():
    fof = fof_of(INEXT["datasets"]["bird_North.site"]["abundances"])
    n = 202
    curve = rf.curve(fof, replicates=20, seed=1, extra_sizes=[n / 0.6])
    ms = [p.m for p in curve.points]
    assert ms[0] == 1 and ms[-1] == 2 * n and n in ms and ms == sorted(ms)
    assert 40 <= len(ms) <= 100
    assert curve.extra[n / 0.6].kind == "extrapolated"
    for point in [*curve.points, curve.extra[n / 0.6]]:  # the table path and the one-size path
        assert point.singleton_rate == pytest.approx(rf.singleton_rate_at(fof, point.m), rel=1e-13)
        assert point.coverage == pytest.approx(rf.coverage_at(fof, point.m), rel=1e-13)
        assert point.distinct_facts == pytest.approx(rf.richness_at(fof, point.m), rel=1e-13)
    data = curve.as_dict()
    assert data["observed"]["m"] == n and data["doubled"]["m"] == 2 * n
    assert data["observed"]["good_turing_rate"] == pytest.approx(6 / 202)
    assert data["observed"]["singleton_rate"] == pytest.approx(1 - 0.970492765915801, rel=1e-8)
    assert data["doubled"]["singleton_rate"] == pytest.approx(1 - 0.992239138071017, rel=1e-8)
    assert json.loads(json.dumps(data)) == data
    assert rf.curve_sizes(1) == [1, 2] and rf.curve_sizes(2) == [1, 2, 3, 4]


# --- the recall correction: a planted corpus thinned to r = 0.6 ------------------------------------


def thinned(counts: np.ndarray, recall: float, seed: int) -> tuple[float, float, float, tuple]:
    """(unthinned truth n1/N, observed rate of the found mentions, corrected rate at n/r, its
    band) for fact counts whose mentions are each found with probability ``recall``."""
    found = np.random.default_rng(seed).binomial(counts, recall)
    truth = float((counts == 1).sum() / counts.sum())
    observed = float((found == 1).sum() / found.sum())
    sample = fof_of(found)
    size = rf.recall_corrected_size(int(found.sum()), recall)
    curve = rf.curve(sample, replicates=100, seed=seed, extra_sizes=[size])
    point = curve.extra[size]
    assert point.singleton_rate == rf.recall_corrected_rate(sample, recall)
    return truth, observed, point.singleton_rate, (point.low, point.high)


@pytest.mark.parametrize("heavy", [False, True], ids=["birthdays", "capitals"])
def test_recall_correction_on_a_planted_corpus_thinned_to_0_6(sample_generator, heavy):
    # The sample generator's own law of how often a fact is stated (birthdays mostly once,
    # capitals recurring), for 20,000 facts; each mention is then found with probability 0.6.
    for seed in range(3):
        rng = random.Random(seed)
        counts = np.array([sample_generator.repeats(rng, heavy) for _ in range(20_000)])
        truth, observed, corrected, band = thinned(counts, 0.6, seed)
        assert abs(observed - truth) > 0.05  # uncorrected, the thinned rate is far off
        assert abs(corrected - truth) <= 0.02, (seed, truth, corrected, band)
        assert band[0] <= corrected <= band[1]


def test_recall_correction_on_a_sample_from_a_population():
    # A multinomial corpus of 40,000 mentions over 20,000 facts of lognormal probabilities:
    # the observed rate of the thinned facts is about 0.22, the truth about 0.12.
    for seed in range(3):
        rng = np.random.default_rng(100 + seed)
        p = rng.lognormal(0, 1, size=20_000)
        counts = rng.multinomial(40_000, p / p.sum())
        truth, observed, corrected, _ = thinned(counts, 0.6, seed)
        assert abs(observed - truth) > 0.05
        assert abs(corrected - truth) <= 0.02, (seed, truth, corrected)


# --- the report: curves and the recall correction through `auditor scan` -----------------------


def run_scan(*args):
    from click.testing import CliRunner

    from auditor.cli import main

    return CliRunner().invoke(main, ["scan", "--quiet", *args])


@pytest.fixture(scope="module")
def recall_scan(tmp_path_factory):
    from conftest import SAMPLE_DATA

    folder = tmp_path_factory.mktemp("recall")
    evaluation = folder / "evaluation.json"
    evaluation.write_text(
        json.dumps(
            {
                "capital": {
                    "precision": 1.0,
                    "recall": 0.9,
                    "f1": 0.947,
                    "true_positives": 9,
                    "gold": 10,
                    "extracted": 9,
                },
                "death_date": {
                    "precision": 1.0,
                    "recall": 1.0,
                    "f1": 1.0,
                    "true_positives": 0,
                    "gold": 0,
                    "extracted": 0,
                },
                "birth_date": {
                    "precision": 1.0,
                    "recall": 0.5,
                    "f1": 0.667,
                    "true_positives": 5,
                    "gold": 10,
                    "extracted": 5,
                },
            }
        ),  # fmt: skip
        encoding="utf-8",
    )
    out = folder / "audit"
    result = run_scan(
        str(SAMPLE_DATA), "--out", str(out), "--recall", "birth_date=0.6",
        "--recall-from", str(evaluation),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return out, evaluation


def test_report_has_a_curve_for_every_category(recall_scan):
    out, _ = recall_scan
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["categories"]
    for c in report["categories"]:
        fof = {int(k): v for k, v in c["freq_of_freq"].items()}
        n = sum(k * v for k, v in fof.items())
        curve = c["curve"]
        ms = [p["m"] for p in curve["points"]]
        assert ms[0] == 1 and ms[-1] == 2 * n and ms == sorted(ms)
        assert curve["observed"]["m"] == n and curve["doubled"]["m"] == 2 * n
        # the keys the report had before are unchanged: n1/N is still the singleton rate
        assert c["singleton_rate"] == curve["observed"]["good_turing_rate"] == fof.get(1, 0) / n
        for p in curve["points"]:
            assert p["low"] <= p["singleton_rate"] <= p["high"]
            assert p["kind"] == ("interpolated" if p["m"] < n else
                                 "observed" if p["m"] == n else "extrapolated")  # fmt: skip
        assert curve["doubled"]["singleton_rate"] == pytest.approx(
            rf.singleton_rate_at(fof, 2 * n), rel=1e-12
        )
    markdown = (out / "report.md").read_text(encoding="utf-8")
    birth = next(c for c in report["categories"] if c["relation"] == "birth_date")
    assert (
        "Doubling this corpus would lower the singleton rate of birth_date from "
        f"{birth['curve']['observed']['singleton_rate']:.3f} to "
        f"{birth['curve']['doubled']['singleton_rate']:.3f}"
    ) in markdown


def test_recall_correction_in_the_report(recall_scan):
    out, evaluation = recall_scan
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    rows = {c["relation"]: c for c in report["categories"]}
    assert report["recall"]["relations"] == {
        "birth_date": {"recall": 0.6, "source": "--recall"},  # --recall overrides the file
        "capital": {"recall": 0.9, "source": str(evaluation)},
    }  # death_date had no gold facts: its recall was not measured
    assert rows["death_date"]["recall_correction"] is None
    for relation, recall in (("birth_date", 0.6), ("capital", 0.9)):
        fix = rows[relation]["recall_correction"]
        fof = {int(k): v for k, v in rows[relation]["freq_of_freq"].items()}
        n = sum(k * v for k, v in fof.items())
        assert fix["mentions_if_complete"] == pytest.approx(n / recall)
        assert fix["singleton_rate"] == pytest.approx(rf.singleton_rate_at(fof, n / recall))
        assert fix["low"] <= fix["singleton_rate"] <= fix["high"]
        assert fix["observed_singleton_rate"] == rows[relation]["singleton_rate"]
        assert "independently" in fix["assumption"]
    markdown = (out / "report.md").read_text(encoding="utf-8")
    assert "## Recall correction" in markdown and "Assumption: each mention" in markdown


def test_another_recall_rereports_without_rescanning(recall_scan, tmp_path):
    import shutil

    from conftest import SAMPLE_DATA

    out, _ = recall_scan
    copy = tmp_path / "audit"
    shutil.copytree(out, copy)
    facts = {p.name: p.stat().st_mtime_ns for p in (copy / "facts").glob("*.parquet")}
    assert any("part-000.parquet" in name for name in facts)  # Parquet splits resume too
    config = (copy / "config.json").read_text(encoding="utf-8")
    result = run_scan(str(SAMPLE_DATA), "--out", str(copy), "--recall", "birth_date=0.8")
    assert result.exit_code == 0, result.output  # no configuration mismatch, no --fresh needed
    assert {p.name: p.stat().st_mtime_ns for p in (copy / "facts").glob("*.parquet")} == facts
    assert (copy / "config.json").read_text(encoding="utf-8") == config
    report = json.loads((copy / "report.json").read_text(encoding="utf-8"))
    assert report["recall"]["relations"] == {"birth_date": {"recall": 0.8, "source": "--recall"}}


@pytest.mark.parametrize(
    "value", ["birth_date", "birth_date=0", "birth_date=1.5", "birth_date=abc", "=0.5",
              "birth_date=nan"],
)  # fmt: skip
def test_bad_recall_is_refused_in_one_line(value, tmp_path):
    from conftest import SAMPLE_DATA

    result = run_scan(str(SAMPLE_DATA), "--out", str(tmp_path / "a"), "--recall", value)
    assert result.exit_code == 2
    assert "--recall" in result.output and "RELATION=R" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "a").exists()


@pytest.mark.parametrize("content", ["not json", '["a list"]', '{"capital": {"precision": 1}}'])
def test_bad_recall_file_is_refused_in_one_line(content, tmp_path):
    from conftest import SAMPLE_DATA

    path = tmp_path / "evaluation.json"
    path.write_text(content, encoding="utf-8")
    result = run_scan(str(SAMPLE_DATA), "--out", str(tmp_path / "a"), "--recall-from", str(path))
    assert result.exit_code == 2
    assert "--recall-from" in result.output and "Traceback" not in result.output


def test_recall_is_not_part_of_the_scan_configuration():
    from auditor.options import ScanOptions

    plain = ScanOptions(extractor_names=("birth_date",))
    corrected = ScanOptions(extractor_names=("birth_date",), recall=(("birth_date", 0.6, "x"),))
    assert plain.config() == corrected.config()


def test_report_command_keeps_or_replaces_the_recalls(recall_scan, tmp_path):
    import shutil

    from click.testing import CliRunner

    from auditor.cli import main

    out, evaluation = recall_scan
    copy = tmp_path / "audit"
    shutil.copytree(out, copy)
    result = CliRunner().invoke(main, ["report", str(copy), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads((copy / "report.json").read_text(encoding="utf-8"))
    assert report["recall"]["relations"] == {
        "birth_date": {"recall": 0.6, "source": "--recall"},
        "capital": {"recall": 0.9, "source": str(evaluation)},
    }
    result = CliRunner().invoke(main, ["report", str(copy), "--recall", "capital=0.5"])
    assert result.exit_code == 0, result.output
    report = json.loads((copy / "report.json").read_text(encoding="utf-8"))
    assert report["recall"]["relations"] == {"capital": {"recall": 0.5, "source": "--recall"}}
    rows = {c["relation"]: c for c in report["categories"]}
    assert rows["birth_date"]["recall_correction"] is None
    assert rows["capital"]["recall_correction"]["recall"] == 0.5
    result = CliRunner().invoke(main, ["report", str(copy), "--recall", "capital=2"])
    assert result.exit_code == 2 and "RELATION=R" in result.output
