"""Good–Turing statistics over a frequency of frequencies ``{r: n_r}``.

Pure functions, no I/O. ``n_r`` is the number of distinct facts seen exactly ``r`` times;
``N = Σ r·n_r`` is the number of observations (mentions or documents) and ``S_obs = Σ n_r`` the
number of distinct facts observed.

Edge cases have defined answers, never exceptions (invalid input, such as ``r < 1`` or a negative
``n_r``, does raise ``ValueError``):

- an empty category (N = 0): point estimates are ``None`` (nothing was observed, so nothing can
  be estimated), intervals are the whole range ``(0.0, 1.0)``, ``chao1`` and ``good_toulmin`` are
  0, ``theorem_lower_bound`` is 0;
- no singletons: the missing mass is 0 and Chao1 equals S_obs;
- no doubletons: Chao1's bias-corrected form is used (the classic form divides by n2 = 0);
- one fact seen N times, and N = 1: see each function; Simple Good–Turing needs two distinct
  frequencies to fit its line, and with fewer returns the unsmoothed estimates, flagged.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from statistics import NormalDist

logger = logging.getLogger(__name__)

FreqOfFreq = Mapping[int, int]


def _clean(fof: FreqOfFreq) -> dict[int, int]:
    """The frequency of frequencies as {int r: int n_r} with n_r > 0, sorted by r."""
    out = {}
    for r, n_r in fof.items():
        r, n_r = int(r), int(n_r)
        if r < 1 or n_r < 0:
            raise ValueError(
                f"a frequency of frequencies needs r >= 1 and n_r >= 0, got {r}: {n_r}"
            )
        if n_r:
            out[r] = n_r
    return dict(sorted(out.items()))


def total_observations(fof: FreqOfFreq) -> int:
    """N = Σ r·n_r."""
    return sum(r * n_r for r, n_r in _clean(fof).items())


def distinct_observed(fof: FreqOfFreq) -> int:
    """S_obs = Σ n_r, the number of distinct facts seen at least once."""
    return sum(_clean(fof).values())


def n(fof: FreqOfFreq, r: int) -> int:
    """n_r, zero where absent."""
    return _clean(fof).get(r, 0)


def singleton_rate(fof: FreqOfFreq) -> float | None:
    """The Good–Turing estimate of the missing mass, M̂ = n1/N.

    Good (1953), "The population frequencies of species and the estimation of population
    parameters", Biometrika 40(3-4):237-264, eq. (2) with r = 0; Kalai, Nachum, Vempala & Zhang
    (2025), "Why Language Models Hallucinate", call it the singleton rate ``sr``.
    None when N = 0."""
    total = total_observations(fof)
    return n(fof, 1) / total if total else None


def goods_coverage(fof: FreqOfFreq) -> float | None:
    """Good's estimate of sample coverage, C = 1 − n1/N: the probability mass of the facts seen.

    Good (1953), Biometrika 40, section 2; as in scikit-bio's
    ``skbio.diversity.alpha.goods_coverage``.
    None when N = 0."""
    rate = singleton_rate(fof)
    return None if rate is None else 1.0 - rate


def _z(confidence: float) -> float:
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be strictly between 0 and 1, got {confidence}")
    return NormalDist().inv_cdf((1.0 + confidence) / 2.0)


def _clip(low: float, high: float) -> tuple[float, float]:
    return max(0.0, low), min(1.0, high)


# Below this many mentions Esty's normal interval is not trusted (it collapses to a point when
# every mention is a singleton): the Wilson score interval is used instead.
MIN_MENTIONS_FOR_NORMAL = 30


def missing_mass_interval(
    fof: FreqOfFreq, confidence: float = 0.95, method: str = "esty"
) -> tuple[float, float]:
    """An interval for the missing mass M around n1/N, clipped to [0, 1].

    ``method="esty"``: Esty (1983), "A normal limit law for a nonparametric estimator of the
    coverage of a random sample", Annals of Statistics 11(3):905-912, Theorem 1: asymptotically
    normal with variance (n1(N − n1) + 2N·n2)/N³, so
    n1/N ± z·√((n1(N − n1) + 2N·n2)/N³), z the standard normal quantile at (1 + confidence)/2.

    ``method="mcallester"``: a distribution-free bound from McAllester & Schapire (2000), "On the
    convergence rate of Good–Turing estimators" (COLT), and McAllester & Ortiz (2003),
    "Concentration inequalities for the missing mass and for histogram rule error" (JMLR 4),
    as combined in Kalai et al. (2025), appendix B: with probability at least 1 − γ,
    |M − n1/N| ≤ 1/N + 2.42·√(ln(4/γ)/N), γ = 1 − confidence.

    ``method="wilson"``: Wilson (1927), "Probable inference, the law of succession, and
    statistical inference", JASA 22:209-212: the score interval of a binomial proportion, here
    n1 successes in N, (p + z²/2N ± z·√(p(1 − p)/N + z²/4N²)) / (1 + z²/N) with p = n1/N. Unlike
    Esty's, it never collapses to a point on few mentions (n1 = N = 1 gives [0.21, 1] at 95%),
    so the report uses it below ``MIN_MENTIONS_FOR_NORMAL`` mentions, where a normal limit law
    says little.

    N = 0: (0.0, 1.0), nothing is known."""
    total = total_observations(fof)
    if not total:
        _z(confidence)
        return 0.0, 1.0
    n1, n2 = n(fof, 1), n(fof, 2)
    estimate = n1 / total
    if method == "esty":
        half = _z(confidence) * math.sqrt((n1 * (total - n1) + 2 * total * n2) / total**3)
    elif method == "wilson":
        z = _z(confidence)
        scale = 1.0 + z * z / total
        center = (estimate + z * z / (2 * total)) / scale
        half = z / scale * math.sqrt(estimate * (1 - estimate) / total + z * z / (4 * total**2))
        return _clip(center - half, center + half)
    elif method == "mcallester":
        _z(confidence)  # validates confidence
        gamma = 1.0 - confidence
        half = 1.0 / total + 2.42 * math.sqrt(math.log(4.0 / gamma) / total)
    else:
        raise ValueError(f"unknown method {method!r}: use 'esty', 'wilson' or 'mcallester'")
    return _clip(estimate - half, estimate + half)


@dataclass(frozen=True)
class SimpleGoodTuring:
    """The result of ``simple_good_turing``.

    ``p0``: probability mass of all unseen facts together; ``r_star``: adjusted count r* for each
    observed r; ``probabilities``: the probability of one fact seen r times (renormalised, so
    p0 + Σ n_r·p_r = 1); ``slope``/``intercept``: the fitted line log Z_r = a + b·log r (None when
    no line could be fitted); ``warning``: why the result is outside the method's assumptions,
    or None."""

    p0: float | None
    r_star: dict[int, float] = field(default_factory=dict)
    probabilities: dict[int, float] = field(default_factory=dict)
    slope: float | None = None
    intercept: float | None = None
    warning: str | None = None


def simple_good_turing(fof: FreqOfFreq, confidence_level: float = 1.96) -> SimpleGoodTuring:
    """Simple Good–Turing estimation.

    Gale & Sampson (1995), "Good–Turing frequency estimation without tears", Journal of
    Quantitative Linguistics 2(3):217-237, and Sampson's reference C code:

    1. Z_r = n_r / (0.5·(t − q)) with q, t the previous and next observed r (q = 0 for the first;
       for the last, t = 2r − q);
    2. least squares fit of log Z_r = a + b·log r, S(r) = exp(a + b·log r);
    3. for increasing r, the Turing estimate x = (r+1)·n_{r+1}/n_r is used while it differs from
       the smoothed y = (r+1)·S(r+1)/S(r) by more than ``confidence_level`` ×
       √((r+1)²·(n_{r+1}/n_r²)·(1 + n_{r+1}/n_r)); from the first r where it does not, or where
       n_{r+1} = 0, the smoothed y is used for that r and every larger one;
    4. p0 = n1/N; p_r = (1 − p0)·r*/N', N' = Σ n_r·r*.

    A slope b > −1 is outside the method's assumptions (the estimates r* would grow faster than
    r): the result is still returned, as edgeR's port of the code does, with ``warning`` set and
    a log warning. With fewer than two distinct r no line can be fitted (and n_{r+1} = 0 leaves
    no Turing estimate): r* = r, flagged in ``warning``.
    N = 0: ``p0`` is None and the mappings are empty."""
    counts = _clean(fof)
    if not counts:
        return SimpleGoodTuring(p0=None, warning="no observations")
    total = sum(r * n_r for r, n_r in counts.items())
    p0 = counts.get(1, 0) / total
    rs = list(counts)

    slope = intercept = None
    warning = None
    if len(rs) >= 2:
        log_r, log_z = [], []
        for j, r in enumerate(rs):
            q = rs[j - 1] if j > 0 else 0
            t = rs[j + 1] if j + 1 < len(rs) else 2 * r - q
            log_r.append(math.log(r))
            log_z.append(math.log(counts[r] / (0.5 * (t - q))))
        mean_x, mean_y = sum(log_r) / len(rs), sum(log_z) / len(rs)
        sxx = sum((x - mean_x) ** 2 for x in log_r)
        sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(log_r, log_z, strict=True))
        slope = sxy / sxx
        intercept = mean_y - slope * mean_x
        if slope > -1:
            warning = f"fitted slope {slope:.4f} > -1: outside the method's assumptions"
    else:
        warning = "fewer than two distinct frequencies: no line fitted, estimates unsmoothed"
    if warning:
        logger.warning("simple Good-Turing: %s", warning)

    r_star: dict[int, float] = {}
    use_smoothed = False
    for r in rs:
        if slope is None:  # one distinct r: n_{r+1} = 0, no Turing estimate either
            r_star[r] = float(r)
            continue
        y = (r + 1) * ((r + 1) / r) ** slope  # (r+1)·S(r+1)/S(r)
        next_n = counts.get(r + 1, 0)
        if not use_smoothed and next_n:
            x = (r + 1) * next_n / counts[r]
            spread = math.sqrt((r + 1) ** 2 * next_n / counts[r] ** 2 * (1 + next_n / counts[r]))
            if abs(x - y) > confidence_level * spread:
                r_star[r] = x
                continue
        use_smoothed = True
        r_star[r] = y
    normaliser = sum(counts[r] * r_star[r] for r in rs)
    probabilities = {r: (1 - p0) * r_star[r] / normaliser for r in rs}
    return SimpleGoodTuring(p0, r_star, probabilities, slope, intercept, warning)


def chao1(fof: FreqOfFreq, bias_corrected: bool = True) -> float:
    """Chao1 estimate of the number of distinct facts, the unseen included.

    Chao (1984), "Nonparametric estimation of the number of classes in a population",
    Scandinavian Journal of Statistics 11(4):265-270: S_obs + n1²/(2·n2); the bias-corrected
    form (Chao 1987, Biometrics 43(4):783-791, as in scikit-bio): S_obs + n1(n1 − 1)/(2(n2 + 1)).

    With no doubletons the classic form is undefined and the bias-corrected one is used (as
    scikit-bio does). N = 0 gives 0."""
    observed = distinct_observed(fof)
    n1, n2 = n(fof, 1), n(fof, 2)
    if bias_corrected or n2 == 0:
        return observed + n1 * (n1 - 1) / (2 * (n2 + 1))
    return observed + n1 * n1 / (2 * n2)


def good_toulmin(fof: FreqOfFreq, t: float) -> float:
    """Expected number of new distinct facts if the corpus grew by a factor ``t`` (t·N more
    observations; t = 1 is a doubling).

    t ≤ 1: Good & Toulmin (1956), "The number of new species, and the increase in population
    coverage, when a sample is increased", Biometrika 43(1-2):45-63: U(t) = −Σ_i (−t)^i·n_i.

    t > 1, where that series diverges: the smoothed Good–Toulmin estimator of Orlitsky, Suresh &
    Wu (2016), "Optimal prediction of the number of unseen species", PNAS 113(47):13283-13288,
    with binomial smoothing: U^L(t) = −Σ_i (−t)^i·P(L ≥ i)·n_i, L ~ Binomial(k, q),
    q = 2/(t + 2), k = ⌈½·log₂(N·t²/(t − 1))⌉.

    t ≤ 0 raises ValueError; N = 0 gives 0."""
    if t <= 0:
        raise ValueError(f"t must be positive, got {t}")
    counts = _clean(fof)
    if not counts:
        return 0.0
    if t <= 1:
        return -sum((-t) ** i * n_i for i, n_i in counts.items())
    total = sum(r * n_r for r, n_r in counts.items())
    k = max(0, math.ceil(0.5 * math.log2(total * t * t / (t - 1))))
    q = 2.0 / (t + 2.0)
    return -sum((-t) ** i * _binomial_tail(k, q, i) * n_i for i, n_i in counts.items())


def _binomial_tail(k: int, q: float, i: int) -> float:
    """P(L ≥ i) for L ~ Binomial(k, q)."""
    return sum(math.comb(k, j) * q**j * (1 - q) ** (k - j) for j in range(i, k + 1))


def theorem_lower_bound(
    fof: FreqOfFreq,
    min_wrong_answers: int,
    gamma: float = 0.01,
    calibration_error: float = 0.0,
) -> float:
    """The hallucination-rate lower bound of Kalai, Nachum, Vempala & Zhang (2025), "Why Language
    Models Hallucinate", Theorem 2, in the general form of its proof (appendix B): with
    probability at least 1 − γ over the training data,

        err ≥ sr − 2/min_c|E_c| − 6·ln(3N/γ)/√N − δ,

    sr = n1/N the singleton rate, |E_c| the number of plausible wrong answers to a question
    (364 wrong birthdays for a birthday), δ the model's calibration error; clipped at 0. At
    γ = 0.01 the paper writes the third term as (35 + 6·ln N)/√N.

    For small N the bound is vacuous (0): the concentration term 6·ln(3N/γ)/√N is still about
    0.89 at N = 10⁴, 0.33 at N = 10⁵ and 0.12 at N = 10⁶, so it exceeds any singleton rate until
    a category has hundreds of thousands of mentions. That says how much data the theorem needs
    to speak, not that the category is safe: ``singleton_rate`` is the estimate to act on.
    N = 0 gives 0."""
    if min_wrong_answers < 1:
        raise ValueError(f"min_wrong_answers must be at least 1, got {min_wrong_answers}")
    if not 0.0 < gamma < 1.0:
        raise ValueError(f"gamma must be strictly between 0 and 1, got {gamma}")
    total = total_observations(fof)
    if not total:
        return 0.0
    rate = n(fof, 1) / total
    concentration = 6.0 * math.log(3.0 * total / gamma) / math.sqrt(total)
    return max(0.0, rate - 2.0 / min_wrong_answers - concentration - calibration_error)
