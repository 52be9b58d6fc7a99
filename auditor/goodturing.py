"""Good–Turing statistics over a frequency of frequencies ``{r: n_r}``.

Pure functions, no I/O. ``n_r`` is the number of distinct facts seen exactly ``r`` times;
``N = Σ r·n_r`` is the number of observations (mentions or documents).
"""

from __future__ import annotations

from collections.abc import Mapping

FreqOfFreq = Mapping[int, int]


def _check(fof: FreqOfFreq) -> None:
    for r, n_r in fof.items():
        if int(r) < 1 or int(n_r) < 0:
            raise ValueError(
                f"a frequency of frequencies needs r >= 1 and n_r >= 0, got {r}: {n_r}"
            )


def total_observations(fof: FreqOfFreq) -> int:
    """N = Σ r·n_r."""
    _check(fof)
    return sum(int(r) * int(n_r) for r, n_r in fof.items())


def distinct_observed(fof: FreqOfFreq) -> int:
    """S_obs = Σ n_r, the number of distinct facts seen at least once."""
    _check(fof)
    return sum(int(n_r) for n_r in fof.values())


def n(fof: FreqOfFreq, r: int) -> int:
    """n_r, zero where absent."""
    return int(fof.get(r, 0))


def singleton_rate(fof: FreqOfFreq) -> float | None:
    """The Good–Turing estimate of the missing mass, n1/N.

    Good (1953), "The population frequencies of species and the estimation of population
    parameters", Biometrika 40, eq. (2) with r = 0; the quantity Kalai et al. (2025), "Why
    Language Models Hallucinate", call the singleton rate ``sr``. None when N = 0 (nothing was
    observed, so no rate is defined)."""
    total = total_observations(fof)
    return n(fof, 1) / total if total else None
