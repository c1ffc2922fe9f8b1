"""Paired bootstrap confidence intervals.

All metrics of one evaluation are resampled with the *same* seeded index draws (report pairs are
resampled as units), so their intervals are comparable and differences between systems can be
bootstrapped too. Intervals are percentile intervals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

__all__ = ["ConfidenceInterval", "bootstrap_ci", "bootstrap_indices", "percentile_ci"]


@dataclass(frozen=True)
class ConfidenceInterval:
    """A percentile interval and the settings that produced it."""

    low: float
    high: float
    confidence: float
    n_resamples: int
    seed: int

    def as_dict(self) -> dict[str, float | int]:
        """Plain-JSON form."""
        return {
            "low": self.low,
            "high": self.high,
            "confidence": self.confidence,
            "n_resamples": self.n_resamples,
            "seed": self.seed,
        }


def bootstrap_indices(n_reports: int, n_resamples: int, seed: int = 0) -> np.ndarray:
    """``[n_resamples, n_reports]`` indices drawn with replacement from a seeded generator."""
    if n_reports < 1:
        raise ValueError(f"n_reports must be >= 1, got {n_reports}")
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be >= 1, got {n_resamples}")
    return np.random.default_rng(seed).integers(0, n_reports, size=(n_resamples, n_reports))


def percentile_ci(
    replicates: np.ndarray, confidence: float, n_resamples: int, seed: int
) -> ConfidenceInterval:
    """The central ``confidence`` percentile interval of bootstrap replicates (NaNs ignored)."""
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie in (0, 1), got {confidence}")
    tail = (1 - confidence) / 2 * 100
    finite = replicates[~np.isnan(replicates)]
    if finite.size == 0:
        return ConfidenceInterval(float("nan"), float("nan"), confidence, n_resamples, seed)
    low, high = np.percentile(finite, [tail, 100 - tail])
    return ConfidenceInterval(float(low), float(high), confidence, n_resamples, seed)


def bootstrap_ci(
    statistic: Callable[[np.ndarray], np.ndarray],
    n_reports: int,
    n_resamples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> ConfidenceInterval:
    """Bootstrap interval of a corpus statistic.

    Args:
        statistic: maps an index matrix ``[B, n_reports]`` to ``B`` replicate values (vectorised,
            e.g. ``lambda idx: scores[idx].mean(axis=1)`` for a mean of per-report scores).
        n_reports: number of report pairs.
        n_resamples: bootstrap resamples ``B``.
        confidence: interval coverage.
        seed: generator seed; equal seeds give the same draws for every metric (paired).
    """
    idx = bootstrap_indices(n_reports, n_resamples, seed)
    return percentile_ci(
        np.asarray(statistic(idx), dtype=np.float64), confidence, n_resamples, seed
    )
