"""The estimators against published tables, hand computations and properties."""

import json
import math

import pytest
from conftest import DATA
from hypothesis import given
from hypothesis import strategies as st

from auditor import goodturing as gt

REFERENCE = json.loads((DATA / "goodturing" / "reference.json").read_text(encoding="utf-8"))


def fof_of(case: dict) -> dict[int, int]:
    return {int(r): n_r for r, n_r in case["freq_of_freq"].items()}


def significant(x: float, digits: int) -> float:
    return float(f"{x:.{digits}g}")


@pytest.mark.parametrize("case", REFERENCE["simple_good_turing"], ids=lambda c: c["source"][:30])
def test_simple_good_turing_reproduces_published_outputs(case):
    digits = int(case["precision"].split()[0])
    result = gt.simple_good_turing(fof_of(case))
    expected = case["expected"]
    assert significant(result.p0, digits) == pytest.approx(expected["p0"], rel=1e-12)
    for r, p in expected["probabilities"].items():
        assert significant(result.probabilities[int(r)], digits) == pytest.approx(p, rel=1e-12)
    assert result.warning is None


@pytest.mark.parametrize("case", REFERENCE["goods_coverage"], ids=lambda c: c["source"][:30])
def test_goods_coverage_reproduces_scikit_bio(case):
    assert gt.goods_coverage(fof_of(case)) == pytest.approx(case["expected"], abs=1e-11)


@pytest.mark.parametrize("case", REFERENCE["chao1"], ids=lambda c: c["source"][:30])
def test_chao1_reproduces_scikit_bio(case):
    fof = fof_of(case)
    assert gt.chao1(fof) == pytest.approx(case["expected"]["bias_corrected"])
    assert gt.chao1(fof, bias_corrected=False) == pytest.approx(case["expected"]["uncorrected"])


def test_singleton_rate_and_esty_interval_by_hand():
    # n1 = 20, n2 = 5, n3 = 10: N = 20 + 10 + 30 = 60; rate = 1/3.
    # variance = (n1 (N - n1) + 2 N n2) / N^3 = (20*40 + 2*60*5) / 216000 = 1400/216000
    # sd = 0.0805076; z(0.95) = 1.9599640; half width = 0.1577920.
    fof = {1: 20, 2: 5, 3: 10}
    assert gt.singleton_rate(fof) == pytest.approx(1 / 3)
    low, high = gt.missing_mass_interval(fof, 0.95, "esty")
    assert (low, high) == pytest.approx((1 / 3 - 0.1577920, 1 / 3 + 0.1577920), abs=1e-6)
    # 90%: z = 1.6448536, half width = 0.1324232
    low, high = gt.missing_mass_interval(fof, 0.90, "esty")
    assert (low, high) == pytest.approx((1 / 3 - 0.1324232, 1 / 3 + 0.1324232), abs=1e-6)


def test_mcallester_bound_by_hand():
    # N = 10000, n1 = 3000: 1/N + 2.42 sqrt(ln(4/0.05)/N) = 0.0001 + 2.42 * sqrt(4.3820266/10000)
    # = 0.0001 + 2.42 * 0.0209333 = 0.0507586
    fof = {1: 3000, 7: 1000}
    low, high = gt.missing_mass_interval(fof, 0.95, "mcallester")
    assert (low, high) == pytest.approx((0.3 - 0.0507586, 0.3 + 0.0507586), abs=1e-6)


def test_good_toulmin_by_hand():
    fof = {1: 10, 2: 5, 3: 1}
    # t = 1: n1 - n2 + n3 = 10 - 5 + 1 = 6;  t = 0.5: 10*0.5 - 5*0.25 + 1*0.125 = 3.875
    assert gt.good_toulmin(fof, 1.0) == pytest.approx(6.0)
    assert gt.good_toulmin(fof, 0.5) == pytest.approx(3.875)
    # t = 2, N = 23: k = ceil(0.5 * log2(23 * 4 / 1)) = ceil(3.2618) = 4, q = 2/4 = 0.5;
    # P(L>=1) = 15/16, P(L>=2) = 11/16, P(L>=3) = 5/16
    # U = 2*(15/16)*10 - 4*(11/16)*5 + 8*(5/16)*1 = 18.75 - 13.75 + 2.5 = 7.5
    assert gt.good_toulmin(fof, 2.0) == pytest.approx(7.5)
    with pytest.raises(ValueError):
        gt.good_toulmin(fof, 0)


def test_theorem_lower_bound_by_hand_and_the_papers_simplification():
    # N = 10^6, n1 = 500000: sr = 0.5; 2/364 = 0.0054945;
    # 6 ln(3e6/0.01)/1000 = 6 * 19.5193 / 1000 = 0.1171160; bound = 0.3773895
    fof = {1: 500_000, 2: 250_000}
    assert gt.theorem_lower_bound(fof, 364) == pytest.approx(0.3773895, abs=1e-6)
    # At gamma = 0.01 the paper rounds 6 ln(300) = 34.22 up to 35: (35 + 6 ln N)/sqrt(N).
    n_total = 1_000_000
    paper_term = (35 + 6 * math.log(n_total)) / math.sqrt(n_total)
    assert 0.5 - 2 / 364 - paper_term == pytest.approx(gt.theorem_lower_bound(fof, 364), abs=1e-3)
    # Calibration error is subtracted; a small corpus gives the vacuous 0.
    assert gt.theorem_lower_bound(fof, 364, calibration_error=0.1) == pytest.approx(
        0.2773895, abs=1e-6
    )
    assert gt.theorem_lower_bound({1: 90, 2: 5}, 364) == 0.0


def test_edge_cases_have_defined_answers():
    empty: dict[int, int] = {}
    assert gt.singleton_rate(empty) is None and gt.goods_coverage(empty) is None
    assert gt.missing_mass_interval(empty) == (0.0, 1.0)
    assert gt.chao1(empty) == 0 and gt.good_toulmin(empty, 1) == 0
    assert gt.theorem_lower_bound(empty, 364) == 0.0
    assert gt.simple_good_turing(empty).p0 is None

    no_singletons = {2: 4, 5: 1}  # nothing seen once: no missing mass, Chao1 = S_obs
    assert gt.singleton_rate(no_singletons) == 0.0
    assert gt.chao1(no_singletons) == 5 and gt.chao1(no_singletons, bias_corrected=False) == 5

    no_doubletons = {1: 4, 3: 2}  # classic Chao1 undefined: bias-corrected 6 + 4*3/2 = 12
    assert gt.chao1(no_doubletons, bias_corrected=False) == 12.0

    one_fact = {7: 1}  # one fact seen 7 times
    assert gt.singleton_rate(one_fact) == 0.0
    assert gt.missing_mass_interval(one_fact) == (0.0, 0.0)
    sgt = gt.simple_good_turing(one_fact)
    assert sgt.p0 == 0.0 and sgt.probabilities == {7: 1.0} and sgt.warning

    single = {1: 1}  # N = 1: the only fact is a singleton
    assert gt.singleton_rate(single) == 1.0 and gt.goods_coverage(single) == 0.0
    assert gt.missing_mass_interval(single) == (1.0, 1.0)
    assert gt.chao1(single) == 1.0


def test_a_slope_above_minus_one_warns_and_still_estimates():
    result = gt.simple_good_turing({1: 2, 2: 2, 3: 2, 4: 2})  # flat: slope about -0.2
    assert result.slope > -1 and "outside the method's assumptions" in result.warning
    assert result.p0 + sum(
        n * result.probabilities[r] for r, n in {1: 2, 2: 2, 3: 2, 4: 2}.items()
    ) == pytest.approx(1)


def test_invalid_input_is_refused():
    with pytest.raises(ValueError):
        gt.singleton_rate({0: 3})
    with pytest.raises(ValueError):
        gt.singleton_rate({1: -1})
    with pytest.raises(ValueError):
        gt.missing_mass_interval({1: 1}, method="agresti")


freq_of_freqs = st.dictionaries(
    st.integers(min_value=1, max_value=60),
    st.integers(min_value=1, max_value=10_000),
    min_size=1,
    max_size=12,
)


@given(freq_of_freqs)
def test_sgt_probabilities_sum_to_one_with_p0_and_are_finite(fof):
    result = gt.simple_good_turing(fof)
    total = result.p0 + sum(n * result.probabilities[r] for r, n in fof.items())
    assert total == pytest.approx(1.0, abs=1e-9)
    assert all(math.isfinite(p) and p >= 0 for p in result.probabilities.values())
    assert 0.0 <= result.p0 <= 1.0


@given(freq_of_freqs, st.floats(min_value=0.5, max_value=0.999))
def test_intervals_contain_the_estimate_and_widen_with_confidence(fof, confidence):
    rate = gt.singleton_rate(fof)
    for method in ("esty", "mcallester"):
        low, high = gt.missing_mass_interval(fof, confidence, method)
        assert 0.0 <= low <= rate <= high <= 1.0
        wider_low, wider_high = gt.missing_mass_interval(
            fof, min(0.9999, confidence + 0.0001), method
        )
        assert wider_low <= low + 1e-12 and wider_high >= high - 1e-12


@given(freq_of_freqs)
def test_estimates_are_finite_and_consistent(fof):
    rate, coverage = gt.singleton_rate(fof), gt.goods_coverage(fof)
    assert rate + coverage == pytest.approx(1.0)
    assert gt.chao1(fof) >= gt.distinct_observed(fof)
    assert gt.chao1(fof, bias_corrected=False) >= gt.distinct_observed(fof)
    for t in (0.25, 1.0, 3.0):
        assert math.isfinite(gt.good_toulmin(fof, t))
    assert 0.0 <= gt.theorem_lower_bound(fof, 364) <= rate


@given(freq_of_freqs)
def test_one_more_singleton_never_lowers_the_singleton_rate(fof):
    more = dict(fof)
    more[1] = more.get(1, 0) + 1
    assert gt.singleton_rate(more) >= gt.singleton_rate(fof)


def test_wilson_interval_by_hand_and_by_scipy():
    import math

    # n1 = N = 1 at 95%: z = 1.959964, z² = 3.841459
    # centre = (1 + z²/2)/(1 + z²) = 2.920729/4.841459 = 0.603275
    # half   = z/(1 + z²) · √(0 + z²/4) = 0.404830 · 0.979982 = 0.396726  ->  [0.206549, 1]
    low, high = gt.missing_mass_interval({1: 1}, 0.95, "wilson")
    assert low == pytest.approx(0.206549, abs=1e-6) and high == 1.0
    # 20 singletons among N = 50 mentions ({1: 20, 3: 10}): a second implementation
    z = 1.959963984540054
    p, total = 20 / 50, 50
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z / (1 + z * z / total) * math.sqrt(p * (1 - p) / total + z * z / (4 * total**2))
    assert gt.missing_mass_interval({1: 20, 3: 10}, 0.95, "wilson") == pytest.approx(
        (centre - half, centre + half)
    )
    stats = pytest.importorskip("scipy.stats")
    ci = stats.binomtest(20, 50).proportion_ci(0.95, method="wilson")
    assert gt.missing_mass_interval({1: 20, 3: 10}, 0.95, "wilson") == pytest.approx(
        (ci.low, ci.high), abs=1e-9
    )
