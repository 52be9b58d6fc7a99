"""Rarefaction and extrapolation of sample coverage, the singleton rate and richness.

Pure functions, no I/O, over a frequency of frequencies ``{k: f_k}`` (f_k distinct facts seen
exactly k times; n = Σ k·f_k mentions, S_obs = Σ f_k distinct facts), as in
``auditor.goodturing``. For facts, a "species" of the ecological literature is a distinct fact
and an "individual" one mention.

The estimators are those of the R package iNEXT 3.0.2 (Hsieh, Ma & Chao 2016, "iNEXT: an R
package for rarefaction and extrapolation of species diversity", Methods in Ecology and
Evolution 7:1451-1456), for q = 0 and abundance data:

- expected sample coverage at m mentions: Chao & Jost (2012), "Coverage-based rarefaction and
  extrapolation: standardizing samples by completeness rather than size", Ecology
  93(12):2533-2547, the interpolation for m < n and the extrapolation for m ≥ n (iNEXT's
  ``Chat.Ind``);
- expected number of distinct facts at m mentions: Chao, Gotelli, Hsieh, Sander, Ma, Colwell &
  Ellison (2014), "Rarefaction and extrapolation with Hill numbers: a framework for sampling and
  estimation in species diversity studies", Ecological Monographs 84(1):45-67, the
  interpolation and extrapolation of species richness (q = 0; iNEXT's ``TD.m.est``);
- bootstrap bands: the same paper's appendix (iNEXT's ``EstiBootComm.Ind``): a bootstrap
  assemblage of the detected and the estimated undetected facts is resampled.

The singleton rate at m mentions is 1 − coverage: the expected probability mass of the facts a
sample of m mentions has not shown, which n1/N estimates at the observed size (Good 1953).

**Numerics.** iNEXT evaluates the hypergeometric ratios C(n−k, m)/C(n−1, m) as
``exp(lgamma(·) − lgamma(·) − lgamma(·) + lgamma(·))``: at n ≈ 10⁶ each log-gamma is ≈ 10⁷, so
the difference keeps only about eight digits, and the coverage of a few mentions, 1 minus a sum
near 1, is then off by up to 4e-3 relative. Here the ratio's logarithm is a sum of
``log1p`` terms over the shorter of its two product forms when that is short (at most
``DIRECT_TERMS`` factors), and otherwise Stirling's series arranged so that no two large
log-gammas are subtracted (``_log_ratio_stirling``); 1 − ratio is taken with ``expm1``, and the
coverage and the singleton rate are each summed from positive terms, so neither is found as a
small difference of two numbers near 1. Against exact rational arithmetic the relative error
of the coverage, the singleton rate and the richness stayed below 6e-11 over 15,000 random
samples of 10⁶ to 10⁸ mentions (the tests check 1e-10 and less); in the Stirling regime it is
of the order of 10⁻¹⁶·max(k, n/m).

Edge cases follow iNEXT: f1 = 0 (no singletons) makes the coverage 1 from m = n on; with f2 = 0
the undetected count is the bias-corrected (n − 1)/n·f1(f1 − 1)/2, so f1 = 1, f2 = 0 estimates
no undetected fact (coverage 1 from m = n on, richness S_obs); m = n gives Chao & Jost's
coverage 1 − (f1/n)·A, not Good's 1 − f1/n (which is the interpolated coverage at m = n − 1); a
non-integer m below n is interpolated linearly between the integers around it. An empty sample
(n = 0) raises ``ValueError``: nothing was observed, nothing can be rarefied.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

logger = logging.getLogger(__name__)

FreqOfFreq = Mapping[int, int]

# A ratio C(n−k, m)/C(n−1, m) whose shorter product form has at most this many factors is
# summed directly (log1p of each factor); longer ones use Stirling's series.
DIRECT_TERMS = 256
# Stirling's series is used for arguments from here up (its truncation error is below 1e-21).
_STIRLING_FROM = 32
# Below m = n·_DIRECT_SHARE the Stirling form loses relative accuracy on 1 − ratio (its error is
# about 1e-16·n/m): the direct sum over m factors is used there, while it stays affordable.
_DIRECT_SHARE = 2.0**-20
_DIRECT_MAX_WORK = 50_000_000
# In a bootstrap draw, the facts of a group of at least this many facts seen equally often are
# drawn as one category and then spread over the group (see ``bootstrap_samples``).
_LUMP_FROM = 64
# Counts up to this are tallied with bincount (linear), larger ones by sorting.
_BINCOUNT_UP_TO = 1 << 22

# lgamma(j) for j = 0 … _STIRLING_FROM (index j), exact to the last bit for these small j.
_LGAMMA_SMALL = np.array([math.inf] + [math.lgamma(j) for j in range(1, _STIRLING_FROM + 1)])


@dataclass(frozen=True)
class Sample:
    """A frequency of frequencies prepared for the estimators: the distinct frequencies ``k``
    (ascending) and their counts ``f``; ``n`` mentions, ``s_obs`` distinct facts, ``f1``, ``f2``."""

    k: np.ndarray
    f: np.ndarray
    n: int
    s_obs: int
    f1: int
    f2: int

    @classmethod
    def of(cls, fof: FreqOfFreq | Sample) -> Sample:
        if isinstance(fof, Sample):
            return fof
        clean: dict[int, int] = {}
        for k, f_k in fof.items():
            k, f_k = int(k), int(f_k)
            if k < 1 or f_k < 0:
                raise ValueError(
                    f"a frequency of frequencies needs k >= 1 and f_k >= 0, got {k}: {f_k}"
                )
            if f_k:
                clean[k] = f_k
        if not clean:
            raise ValueError("no observations: an empty sample cannot be rarefied or extrapolated")
        ks = sorted(clean)
        return cls(
            k=np.array(ks, dtype=np.int64),
            f=np.array([clean[k] for k in ks], dtype=np.float64),
            n=sum(k * clean[k] for k in ks),
            s_obs=sum(clean.values()),
            f1=clean.get(1, 0),
            f2=clean.get(2, 0),
        )


def undetected_estimate(fof: FreqOfFreq | Sample) -> float:
    """f̂0, the estimated number of facts present but not seen, in the form iNEXT uses.

    Chao (1984) with the sample-size factor (n − 1)/n of Chao et al. (2014), appendix S1:
    f̂0 = (n − 1)/n · f1²/(2·f2) when f2 > 0, and the bias-corrected (n − 1)/n · f1(f1 − 1)/2 when
    f2 = 0 (iNEXT's ``Chat.Ind``, ``EstiBootComm.Ind`` and ``Diversity_profile``). It is 0 when
    f1 = 0 and when f1 = 1, f2 = 0."""
    s = Sample.of(fof)
    if s.f2 > 0:
        return (s.n - 1) * s.f1 * s.f1 / (2 * s.n * s.f2)
    return (s.n - 1) * s.f1 * (s.f1 - 1) / (2 * s.n)


def _log_detection_factor(s: Sample) -> float:
    """log A, A = n·f̂0/(n·f̂0 + f1): Chao & Jost (2012)'s factor, (n − 1)f1/((n − 1)f1 + 2f2)
    (f2 > 0) or (n − 1)(f1 − 1)/((n − 1)(f1 − 1) + 2) (f2 = 0). −inf when f̂0 = 0 < f1 (A = 0);
    0 when f1 = 0 (iNEXT sets A = 1 there; f1 = 0 makes every term it multiplies vanish)."""
    if s.f1 == 0:
        return 0.0
    numerator = (s.n - 1) * s.f1 if s.f2 > 0 else (s.n - 1) * (s.f1 - 1)
    if numerator == 0:
        return -math.inf
    # 1/A − 1 = f1/(n·f̂0), an exact ratio of integers, rounded once.
    return -math.log1p((2 * s.f2 if s.f2 > 0 else 2) / numerator)


def detection_factor(fof: FreqOfFreq | Sample) -> float:
    """A = n·f̂0/(n·f̂0 + f1) of Chao & Jost (2012), section "Extrapolation" (1 when f1 = 0, as in
    iNEXT): the estimated coverage deficit is (f1/n)·A at the observed size and
    (f1/n)·A^(m* + 1) at n + m*."""
    return math.exp(_log_detection_factor(Sample.of(fof)))


# ---------------------------------------------------------------------------------------------
# The hypergeometric ratio R_k(m) = C(n−k, m)/C(n−1, m), on which both interpolations rest:
# (k/n)·R_k(m) is the probability that one given fact seen k times in the sample is missed by a
# random subsample of m mentions and then found by the (m+1)-th draw.


def _omega(z: np.ndarray | np.float64) -> np.ndarray | np.float64:
    """Stirling's correction lgamma(z) − ((z − ½)·ln z − z + ½·ln 2π), for z ≥ 32 (DLMF 5.11.1:
    the Bernoulli-number series, six terms; the first omitted is below 2e-22 there)."""
    inv = 1.0 / z
    inv2 = inv * inv
    tail = 1 / 1680 - inv2 * (1 / 1188 - inv2 * 691 / 360360)
    return inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * tail)))


def _log_ratio_stirling(n: int, m: int, k: np.ndarray) -> np.ndarray:
    """ln R_k(m) for k − 1 > DIRECT_TERMS and m > DIRECT_TERMS, k ≤ n − m.

    ln R = D(n − m, y1) − D(n, y2) with D(x, y) = lgamma(x) − lgamma(y), x − y = δ = k − 1,
    y1 = n − m − k + 1, y2 = n − k + 1. Stirling's series gives
    D(x, y) = (y − ½)·log1p(δ/y) + δ·ln x − δ + ω(x) − ω(y), and the two δ·ln x combine into
    δ·log1p(−m/n): no large log-gamma is formed. A y1 below 32 is first raised to 32 by
    lgamma(32) − lgamma(y1) = ln(y1·(y1 + 1)·…·31) (``shift``)."""
    delta = (k - 1).astype(np.float64)
    y1 = (n - m - k + 1).astype(np.float64)
    shift = np.maximum(0.0, _STIRLING_FROM - y1)
    y1s = y1 + shift
    delta1 = delta - shift
    y2 = np.float64(n) - delta
    low_index = np.minimum(y1, _STIRLING_FROM).astype(np.int64)
    small = _LGAMMA_SMALL[_STIRLING_FROM] - _LGAMMA_SMALL[low_index]
    log_n = math.log(n)
    return (
        np.where(shift > 0, small - shift * log_n + shift, 0.0)
        + (y1s - 0.5) * np.log1p(delta1 / y1s)
        - (y2 - 0.5) * np.log1p(delta / y2)
        + delta1 * math.log1p(-m / n)
        + (_omega(np.float64(n - m)) - _omega(y1s) - _omega(np.float64(n)) + _omega(y2))
    )


def _log_ratio(n: int, m: int, k: np.ndarray) -> np.ndarray:
    """ln R_k(m) = ln[C(n−k, m)/C(n−1, m)] for integer 1 ≤ m ≤ n − 1 and each k (ascending);
    −inf where k > n − m (the subsample cannot miss all k mentions).

    Two product forms: R = Π_{i=1}^{k−1} (1 − m/(n − i)) = Π_{j=0}^{m−1} (1 − (k − 1)/(n − 1 − j)).
    The shorter one is summed as log1p terms when it has at most DIRECT_TERMS factors (or, for
    m < n·2⁻²⁰, where Stirling's form would lose relative accuracy, while affordable); the rest
    goes through ``_log_ratio_stirling``."""
    out = np.full(k.shape, -math.inf)
    valid = k <= n - m
    by_k = valid & (k - 1 <= DIRECT_TERMS)
    if by_k.any():
        # Cumulative sums of ln(1 − m/(n − i)), i = 1 … (largest such k) − 1.
        top = int(k[by_k].max()) - 1
        i = np.arange(1, top + 1, dtype=np.float64)
        cumulative = np.concatenate(([0.0], np.cumsum(np.log1p(-m / (n - i)))))
        out[by_k] = cumulative[k[by_k] - 1]
    rest = valid & ~by_k
    if rest.any():
        ks = k[rest]
        direct = m <= DIRECT_TERMS or (m < n * _DIRECT_SHARE and m * ks.size <= _DIRECT_MAX_WORK)
        if direct:
            j = np.arange(m, dtype=np.float64)
            values = np.empty(ks.size)
            step = max(1, 4_000_000 // m)  # bounded memory: rows of the (k, j) table at a time
            for start in range(0, ks.size, step):
                block = (ks[start : start + step, None] - 1).astype(np.float64)
                values[start : start + step] = np.log1p(-block / (n - 1 - j)).sum(axis=1)
            out[rest] = values
        else:
            out[rest] = _log_ratio_stirling(n, m, ks)
    return out


# ---------------------------------------------------------------------------------------------
# Coverage and singleton rate


def _interpolated(s: Sample, m: int) -> tuple[float, float]:
    """(coverage, singleton rate) at an integer 0 ≤ m < n, Chao & Jost (2012), section
    "Rarefaction": Ĉ(m) = 1 − Σ_k f_k·(k/n)·C(n−k, m)/C(n−1, m); the rate and the coverage are
    each summed from positive terms (Σ_k f_k·k/n = 1)."""
    if m == 0:
        return 0.0, 1.0
    log_r = _log_ratio(s.n, m, s.k)
    weights = s.f * s.k / s.n
    rate = float(np.sum(weights * np.exp(log_r)))
    coverage = float(np.sum(weights * -np.expm1(log_r)))
    return coverage, rate


def _extrapolated(s: Sample, m: float) -> tuple[float, float]:
    """(coverage, singleton rate) at m ≥ n, Chao & Jost (2012), section "Extrapolation":
    Ĉ(n + m*) = 1 − (f1/n)·A^(m* + 1), m* = m − n; the coverage is written
    ((n − f1) − f1·expm1((m* + 1)·ln A))/n so that neither is a difference of numbers near 1."""
    log_a = _log_detection_factor(s)
    if s.f1 == 0 or log_a == -math.inf:
        return 1.0, 0.0
    exponent = (m - s.n + 1) * log_a
    rate = s.f1 / s.n * math.exp(exponent)
    coverage = ((s.n - s.f1) - s.f1 * math.expm1(exponent)) / s.n
    return coverage, rate


def _check_size(m: float) -> float:
    m = float(m)
    if not math.isfinite(m) or m < 0:
        raise ValueError(f"a sample size m must be a finite number >= 0, got {m}")
    return m


def _coverage_and_rate(s: Sample, m: float) -> tuple[float, float]:
    m = _check_size(m)
    if m >= s.n:
        return _extrapolated(s, m)
    low = math.floor(m)
    if low == m:
        return _interpolated(s, low)
    # iNEXT's Chat.Ind: linear between the integers around a non-integer m below n.
    high = low + 1
    below = _interpolated(s, low)
    above = _extrapolated(s, high) if high == s.n else _interpolated(s, high)
    share = m - low
    coverage = (1 - share) * below[0] + share * above[0]
    rate = (1 - share) * below[1] + share * above[1]
    return coverage, rate


def _coverage_and_rate_many(s: Sample, sizes: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """(coverages, singleton rates) at each of ``sizes``, as ``_coverage_and_rate``. When every
    frequency is small (the common case of a bootstrap sample of a small category), the integer
    sizes below n share one table of cumulative log1p sums instead of one pass each."""
    coverages = np.empty(len(sizes))
    rates = np.empty(len(sizes))
    table_rows = (
        [i for i, m in enumerate(sizes) if 1 <= m < s.n and float(m).is_integer()]
        if int(s.k[-1]) - 1 <= DIRECT_TERMS
        else []
    )
    if table_rows:
        ms = np.array([sizes[i] for i in table_rows], dtype=np.float64)[:, None]
        steps = np.arange(1, int(s.k[-1]), dtype=np.float64)[None, :]
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = np.log1p(-ms / (s.n - steps))
        cumulative = np.concatenate([np.zeros((len(table_rows), 1)), np.cumsum(terms, axis=1)], 1)
        log_r = cumulative[:, s.k - 1]
        log_r[s.k[None, :] > s.n - ms] = -math.inf
        weights = s.f * s.k / s.n
        rates[table_rows] = np.sum(weights * np.exp(log_r), axis=1)
        coverages[table_rows] = np.sum(weights * -np.expm1(log_r), axis=1)
    done = set(table_rows)
    for i, m in enumerate(sizes):
        if i not in done:
            coverages[i], rates[i] = _coverage_and_rate(s, m)
    return coverages, rates


def coverage_at(fof: FreqOfFreq | Sample, m: float) -> float:
    """Expected sample coverage of m mentions: the probability mass of the facts they show.

    Chao & Jost (2012), Ecology 93:2533, as computed by iNEXT 3.0.2's ``Chat.Ind``:

    - m < n (rarefaction, "Rarefaction" section): the hypergeometric expectation
      Ĉ(m) = 1 − Σ_k f_k·(k/n)·[C(n − k, m)/C(n − 1, m)], which is exact: the mean, over every
      subsample of m of the n mentions, of the chance that one more mention drawn from the
      remaining n − m repeats a fact of the subsample. Ĉ(n − 1) = 1 − f1/n (Good's coverage);
    - m ≥ n (extrapolation, "Extrapolation" section): Ĉ(n + m*) = 1 − (f1/n)·A^(m* + 1) with
      A = n·f̂0/(n·f̂0 + f1) (``detection_factor``), f̂0 by ``undetected_estimate``; m = n gives
      Chao & Jost's improved coverage estimate 1 − (f1/n)·A;
    - a non-integer m < n: linear interpolation between the neighbouring integers (as iNEXT).

    Edge cases (as iNEXT): f1 = 0 gives 1 from m = n on; f1 = 1, f2 = 0 gives f̂0 = 0, A = 0 and
    coverage 1 from m = n on; m = 0 gives 0. n = 0 raises ValueError."""
    return _coverage_and_rate(Sample.of(fof), m)[0]


def singleton_rate_at(fof: FreqOfFreq | Sample, m: float) -> float:
    """Expected singleton rate (missing mass) of m mentions, 1 − ``coverage_at(fof, m)``,
    computed from its own positive terms (Σ_k f_k·(k/n)·R_k(m) below n, (f1/n)·A^(m − n + 1) from
    n on), so it keeps its relative accuracy where it is tiny. At m = n − 1 it is Good's n1/N
    (Good 1953, the report's ``singleton_rate``); the extrapolation is Chao & Jost (2012)'s."""
    return _coverage_and_rate(Sample.of(fof), m)[1]


def _interpolated_richness(s: Sample, m: int) -> float:
    if m == 0:
        return 0.0
    # C(n−k, m)/C(n, m) = R_k(m)·(n − m)/n
    log_q = _log_ratio(s.n, m, s.k) + math.log1p(-m / s.n)
    return float(np.sum(s.f * -np.expm1(log_q)))


def _extrapolated_richness(s: Sample, m: float) -> float:
    f0 = undetected_estimate(s)
    if f0 == 0:
        return float(s.s_obs)
    return s.s_obs + f0 * -math.expm1((m - s.n) * _log_detection_factor(s))


def richness_at(fof: FreqOfFreq | Sample, m: float) -> float:
    """Expected number of distinct facts in m mentions.

    Chao et al. (2014), Ecological Monographs 84:45, species richness (q = 0), as computed by
    iNEXT 3.0.2's ``TD.m.est``:

    - m < n, the interpolation (rarefaction) of section "Interpolation (rarefaction)", exact over
      every subsample of m mentions: Ŝ(m) = Σ_k f_k·[1 − C(n − k, m)/C(n, m)];
    - m ≥ n, the extrapolation of section "Extrapolation" (Shen, Chao & Lin 2003):
      Ŝ(n + m*) = S_obs + f̂0·[1 − (1 − f1/(n·f̂0 + f1))^m*] = S_obs + f̂0·(1 − A^m*), which tends
      to Chao1 (S_obs + f̂0). iNEXT writes it as obs + (asy − obs)(1 − (1 − β)^m*) with
      β = (obs − Ŝ(n − 1))/(asy − Ŝ(n − 1)), and 1 − β = A;
    - a non-integer m < n: linear interpolation between the neighbouring integers (as iNEXT).

    f̂0 = 0 (f1 = 0, or f1 = 1 with f2 = 0) leaves the extrapolation at S_obs. n = 0 raises
    ValueError."""
    s = Sample.of(fof)
    m = _check_size(m)
    if m >= s.n:
        return _extrapolated_richness(s, m)
    low = math.floor(m)
    if low == m:
        return _interpolated_richness(s, low)
    high = low + 1
    above = float(s.s_obs) if high == s.n else _interpolated_richness(s, high)
    share = m - low
    return (1 - share) * _interpolated_richness(s, low) + share * above


# ---------------------------------------------------------------------------------------------
# Bootstrap


@dataclass(frozen=True)
class BootstrapAssemblage:
    """The estimated assemblage a bootstrap sample is drawn from (Chao et al. 2014, appendix S2;
    iNEXT's ``EstiBootComm.Ind``): each observed fact seen k times has probability
    ``observed[k]``; ``unseen_count`` undetected facts have ``unseen_probability`` each."""

    observed: dict[int, float]
    unseen_count: int
    unseen_probability: float


def bootstrap_assemblage(fof: FreqOfFreq | Sample) -> BootstrapAssemblage:
    """Chao et al. (2014), appendix S2 ("bootstrap method"), as iNEXT's ``EstiBootComm.Ind``:

    - the undetected mass is Chao & Jost's 1 − Ĉ(n) = (f1/n)·A (``a`` in iNEXT);
    - the observed facts' relative frequencies k/n are shrunk by a factor tuned so that the rare
      ones give up that mass: p̂_k = (k/n)·(1 − λ·(1 − k/n)^n), λ = a / Σ_i (x_i/n)(1 − x_i/n)^n
      (λ = 0 when f̂0 = 0);
    - ⌈f̂0⌉ undetected facts share the mass a equally.

    The probabilities sum to 1 (up to rounding)."""
    s = Sample.of(fof)
    f0 = undetected_estimate(s)
    unseen_mass = s.f1 / s.n * detection_factor(s) if s.f1 else 0.0
    share = s.k / s.n
    # (1 − k/n)^n through log1p; k = n (one fact, all mentions) gives 0.
    with np.errstate(divide="ignore"):
        decay = np.exp(s.n * np.log1p(-share))
    normaliser = float(np.sum(s.f * share * decay))
    shrink = 0.0 if f0 == 0 or normaliser == 0 else unseen_mass / normaliser
    observed = share * (1 - shrink * decay)
    unseen = math.ceil(f0)
    return BootstrapAssemblage(
        observed={int(k): float(p) for k, p in zip(s.k, observed, strict=True)},
        unseen_count=unseen,
        unseen_probability=unseen_mass / unseen if unseen else 0.0,
    )


def _spread(rng: np.random.Generator, balls: int, bins: int) -> np.ndarray:
    """The non-zero counts of ``balls`` mentions spread uniformly over ``bins`` equally likely
    facts (a multinomial with equal probabilities), at a cost of min(balls, bins)."""
    if balls == 0 or bins == 0:
        return np.zeros(0, dtype=np.int64)
    if bins <= balls:
        counts = rng.multinomial(balls, np.full(bins, 1.0 / bins))
    else:
        drawn = rng.integers(0, bins, size=balls)
        if bins > _BINCOUNT_UP_TO:
            return np.unique(drawn, return_counts=True)[1]
        counts = np.bincount(drawn, minlength=bins)
    return counts[counts > 0]


def _sample_of_counts(counts: np.ndarray) -> Sample:
    """The Sample of per-fact counts (all positive): small counts tallied by ``bincount``, the
    few large ones by sorting."""
    small = counts[counts <= _BINCOUNT_UP_TO]
    tally = np.bincount(small)
    ks = np.flatnonzero(tally)
    fs = tally[ks]
    large = counts[counts > _BINCOUNT_UP_TO]
    if large.size:
        large_k, large_f = np.unique(large, return_counts=True)
        ks, fs = np.concatenate([ks, large_k]), np.concatenate([fs, large_f])
    ks = ks.astype(np.int64)
    f1 = int(fs[0]) if ks.size and ks[0] == 1 else 0
    f2 = int(fs[ks == 2].sum())
    return Sample(
        k=ks,
        f=fs.astype(np.float64),
        n=int(np.sum(ks * fs)),
        s_obs=int(fs.sum()),
        f1=f1,
        f2=f2,
    )


def bootstrap_samples(fof: FreqOfFreq | Sample, replicates: int, seed: int = 0) -> list[Sample]:
    """``replicates`` bootstrap samples of n mentions from ``bootstrap_assemblage`` (iNEXT draws
    them with ``rmultinom(nboot, n, Prob.hat)``), each as its own frequency of frequencies.

    The multinomial is drawn in two stages with the same law: first one multinomial over the
    facts, where a large group of equally likely facts (the facts seen k times when there are
    many; the undetected facts) is one category, then how each group's mentions spread over its
    facts; so the cost does not grow with the (possibly huge) estimated number of undetected
    facts. Reproducible: the same ``seed`` gives the
    same samples (numpy's PCG64 generator)."""
    if replicates < 1:
        raise ValueError(f"replicates must be at least 1, got {replicates}")
    s = Sample.of(fof)
    assemblage = bootstrap_assemblage(s)
    # Facts of a large group (many facts seen k times) are drawn as one category and spread
    # after; the others, and the undetected ones as one group, in one multinomial draw.
    lumped = s.f >= _LUMP_FROM
    observed = np.array([assemblage.observed[int(k)] for k in s.k])
    single = np.repeat(observed[~lumped], s.f[~lumped].astype(np.int64))
    probabilities = np.concatenate(
        [
            single,
            s.f[lumped] * observed[lumped],
            [assemblage.unseen_count * assemblage.unseen_probability],
        ]
    )
    probabilities = np.clip(probabilities, 0.0, None)
    probabilities /= probabilities.sum()
    group_sizes = [int(f) for f in s.f[lumped]] + [assemblage.unseen_count]
    rng = np.random.default_rng(seed)
    samples = []
    for _ in range(replicates):
        drawn = rng.multinomial(s.n, probabilities)
        singles, groups = drawn[: single.size], drawn[single.size :]
        counts = np.concatenate(
            [singles[singles > 0]]
            + [_spread(rng, int(b), size) for b, size in zip(groups, group_sizes, strict=True)]
        )
        samples.append(_sample_of_counts(counts))
    return samples


def bootstrap_band(
    fof: FreqOfFreq | Sample,
    sizes: Sequence[float],
    replicates: int = 200,
    seed: int = 0,
    confidence: float = 0.95,
    statistic: str = "singleton_rate",
    method: str = "centered",
) -> tuple[list[float], list[float]]:
    """A bootstrap band (low, high) for ``statistic`` (``singleton_rate``, ``coverage`` or
    ``richness``) at each of ``sizes``.

    Chao et al. (2014), appendix S2, as iNEXT: ``bootstrap_samples`` draws ``replicates`` samples
    of n mentions from the estimated assemblage and the estimator is recomputed on each at the
    same sizes. The replicates are centred away from the sample's own estimate: the bootstrap
    assemblage is not the sample (its undetected facts share their mass equally), so its samples
    hold fewer singletons than the sample did (about 0.32 of the mentions against 0.36 in a
    lognormal test population). So:

    - ``method="centered"`` (the default): the (1 ∓ confidence)/2 quantiles of the replicates,
      moved so that their median sits on the estimate: estimate − (median − q_low),
      estimate + (q_high − median); a percentile band that keeps the replicates' asymmetry;
    - ``method="normal"``: iNEXT's own band, estimate ± z·(standard deviation of the
      replicates);
    - ``method="percentile"``: the raw quantiles (Efron's percentile interval), biased by the
      offset above; for comparison only.

    Bands are clipped to [0, 1] for a rate or a coverage and at 0 for richness. Reproducible
    from ``seed``."""
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be strictly between 0 and 1, got {confidence}")
    estimator = _ESTIMATORS.get(statistic)
    if estimator is None:
        raise ValueError(f"unknown statistic {statistic!r}: use {', '.join(_ESTIMATORS)}")
    if method not in BAND_METHODS:
        raise ValueError(f"unknown method {method!r}: use {', '.join(BAND_METHODS)}")
    s = Sample.of(fof)
    sizes = [_check_size(m) for m in sizes]
    values = np.array(
        [_statistic(statistic, b, sizes) for b in bootstrap_samples(s, replicates, seed)]
    )
    upper = math.inf if statistic == "richness" else 1.0
    estimate = _statistic(statistic, s, sizes)
    if method in ("centered", "percentile"):
        tail = (1.0 - confidence) / 2.0
        low, middle, high = np.quantile(values, [tail, 0.5, 1.0 - tail], axis=0)
        if method == "centered":
            low, high = estimate - (middle - low), estimate + (high - middle)
    else:
        from statistics import NormalDist

        z = NormalDist().inv_cdf((1.0 + confidence) / 2.0)
        spread = z * np.std(values, axis=0, ddof=1) if replicates > 1 else np.zeros(len(sizes))
        low, high = estimate - spread, estimate + spread
    return (
        [float(min(max(x, 0.0), upper)) for x in low],
        [float(min(max(x, 0.0), upper)) for x in high],
    )


def _statistic(statistic: str, s: Sample, sizes: Sequence[float]) -> np.ndarray:
    if statistic == "richness":
        return np.array([richness_at(s, m) for m in sizes])
    coverages, rates = _coverage_and_rate_many(s, sizes)
    return rates if statistic == "singleton_rate" else coverages


BAND_METHODS = ("centered", "normal", "percentile")
_ESTIMATORS = {
    "singleton_rate": singleton_rate_at,
    "coverage": coverage_at,
    "richness": richness_at,
}


# ---------------------------------------------------------------------------------------------
# The curve for the report, and the recall correction

DEFAULT_POINTS = 60
DEFAULT_REPLICATES = 200


def curve_sizes(n: int, points: int = DEFAULT_POINTS) -> list[int]:
    """The sample sizes of a curve from 1 to 2n: about ``points`` integers, as iNEXT lays out its
    ``knots`` (``iNEXT.Ind``): evenly spaced from 1 to n − 1, then n, then evenly spaced from
    n + 1 to 2n; duplicates removed (a small n gives fewer points)."""
    if n < 1:
        return []
    if points < 3:
        raise ValueError(f"a curve needs at least 3 points, got {points}")
    half = points // 2
    below = np.floor(np.linspace(1, n - 1, half - 1)).astype(np.int64).tolist() if n > 1 else []
    above = np.floor(np.linspace(n + 1, 2 * n, points - half)).astype(np.int64).tolist()
    return sorted({1, n, 2 * n, *below, *above})


@dataclass(frozen=True)
class CurvePoint:
    m: float
    kind: str  # "interpolated" (m < n), "observed" (m = n), "extrapolated" (m > n)
    singleton_rate: float
    low: float
    high: float
    coverage: float
    distinct_facts: float


@dataclass(frozen=True)
class Curve:
    """A singleton-rate curve with its band; ``as_dict`` is the report's ``curve`` entry."""

    n: int
    points: list[CurvePoint]
    good_turing_rate: float
    confidence: float
    replicates: int
    seed: int
    method: str
    extra: dict[float, CurvePoint] = field(default_factory=dict)

    def at(self, m: float) -> CurvePoint:
        for point in self.points:
            if point.m == m:
                return point
        return self.extra[m]

    def as_dict(self) -> dict:
        """The report's per-category ``curve`` entry (report.json)::

            {"estimator": "Chao & Jost (2012) coverage, as iNEXT 3.0.2 (q = 0)",
             "band": {"confidence": 0.95, "replicates": 200, "seed": 0,
                      "method": "centered"},
             "points": [{"m": 1, "kind": "interpolated", "singleton_rate": 0.97,
                         "low": 0.95, "high": 0.98, "coverage": 0.03,
                         "distinct_facts": 1.0}, ...],
             "observed": {"m": N, "singleton_rate": …, "low": …, "high": …,
                          "good_turing_rate": n1/N},
             "doubled": {"m": 2N, "singleton_rate": …, "low": …, "high": …}}

        ``points`` are ordered by m from 1 to 2N; ``kind`` is ``interpolated`` below N,
        ``observed`` at N and ``extrapolated`` above. ``singleton_rate`` is the expected
        singleton rate (1 − coverage) of m mentions, ``low``/``high`` its bootstrap band,
        ``distinct_facts`` the expected number of distinct facts. ``observed`` is the point at N
        (Chao & Jost's estimate, slightly below Good's n1/N, given as ``good_turing_rate``:
        n1/N is the curve's value at N − 1); ``doubled`` the prediction at 2N."""
        observed, doubled = self.at(self.n), self.at(2 * self.n)
        return {
            "estimator": "Chao & Jost (2012) coverage, as iNEXT 3.0.2 (q = 0)",
            "band": {
                "confidence": self.confidence,
                "replicates": self.replicates,
                "seed": self.seed,
                "method": self.method,
            },
            "points": [_point_dict(p) for p in self.points],
            "observed": {
                "m": self.n,
                "singleton_rate": observed.singleton_rate,
                "low": observed.low,
                "high": observed.high,
                "good_turing_rate": self.good_turing_rate,
            },
            "doubled": {
                "m": 2 * self.n,
                "singleton_rate": doubled.singleton_rate,
                "low": doubled.low,
                "high": doubled.high,
            },
        }


def _point_dict(p: CurvePoint) -> dict:
    return {
        "m": int(p.m) if float(p.m).is_integer() else p.m,
        "kind": p.kind,
        "singleton_rate": p.singleton_rate,
        "low": p.low,
        "high": p.high,
        "coverage": p.coverage,
        "distinct_facts": p.distinct_facts,
    }


def curve(
    fof: FreqOfFreq | Sample,
    points: int = DEFAULT_POINTS,
    replicates: int = DEFAULT_REPLICATES,
    seed: int = 0,
    confidence: float = 0.95,
    method: str = "centered",
    extra_sizes: Iterable[float] = (),
) -> Curve:
    """The singleton-rate curve of a sample from m = 1 to 2n (``curve_sizes``), with the
    expected coverage and number of distinct facts at each size and a bootstrap band of the
    singleton rate (``bootstrap_band``; all sizes share the same bootstrap samples). Sizes in
    ``extra_sizes`` (such as the recall-corrected size n/r) are computed alongside and kept in
    ``Curve.extra``. n = 0 raises ValueError."""
    s = Sample.of(fof)
    grid = curve_sizes(s.n, points)
    extra = sorted({_check_size(m) for m in extra_sizes} - set(grid))
    sizes = [float(m) for m in grid] + extra
    low, high = bootstrap_band(s, sizes, replicates, seed, confidence, "singleton_rate", method)
    made = []
    coverages, rates = _coverage_and_rate_many(s, sizes)
    for m, lo, hi, coverage, rate in zip(sizes, low, high, coverages, rates, strict=True):
        kind = "interpolated" if m < s.n else "observed" if m == s.n else "extrapolated"
        made.append(CurvePoint(m, kind, float(rate), lo, hi, float(coverage), richness_at(s, m)))
    return Curve(
        n=s.n,
        points=made[: len(grid)],
        good_turing_rate=s.f1 / s.n,
        confidence=confidence,
        replicates=replicates,
        seed=seed,
        method=method,
        extra={p.m: p for p in made[len(grid) :]},
    )


RECALL_ASSUMPTION = (
    "each mention of a fact is found by the extractor independently, with the same probability "
    "r (its recall); the facts counted are then a random sample of about r·N of the N mentions "
    "the corpus holds, and the corpus's singleton rate is the curve's value at N/r"
)


def recall_corrected_size(n: int, recall: float) -> float:
    """The number of mentions the corpus holds if the extractor found n of them with recall r:
    n/r. Under independent thinning (each mention kept with probability r) the mentions found
    are a sample of about r·N of the corpus's N, drawn from the same distribution, so the
    corpus's singleton rate is the extrapolated ``singleton_rate_at(fof, n/r)``. r must be in
    (0, 1]."""
    if not (isinstance(recall, int | float) and 0.0 < recall <= 1.0):
        raise ValueError(f"a recall must be a number in (0, 1], got {recall!r}")
    return n / recall


def recall_corrected_rate(fof: FreqOfFreq | Sample, recall: float) -> float:
    """The corpus's singleton rate corrected for an extractor of recall r: the expected
    singleton rate at n/r mentions (``recall_corrected_size``), by Chao & Jost (2012)'s
    extrapolation (r < 1) or, at r = 1, their estimate at n. The assumption is
    ``RECALL_ASSUMPTION``: each mention found independently with the same probability r, so
    the found mentions are a random sample of the corpus's. Below r = 0.5 the size is past
    2n, where Chao et al. (2014) find extrapolation unreliable."""
    s = Sample.of(fof)
    return singleton_rate_at(s, recall_corrected_size(s.n, recall))
