"""Inter-rater agreement: weighted Cohen's kappa for a pair of raters, Krippendorff's alpha for any
number.

Kappa is scikit-learn's ``cohen_kappa_score`` with **quadratic** weights over the full score scale
(a 0-vs-5 disagreement costs 25 times a 0-vs-1 one), the usual choice for ordinal ratings. Alpha
is the ``krippendorff`` package's, at the **ordinal** level by default (``interval`` on request),
over the study's value domain, with unrated items as missing values.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Literal

import numpy as np

__all__ = ["krippendorff_alpha", "weighted_kappa"]


def weighted_kappa(
    a: Sequence[int],
    b: Sequence[int],
    labels: Sequence[int],
    weights: Literal["linear", "quadratic"] = "quadratic",
) -> float | None:
    """Weighted Cohen's kappa of two raters' scores of the same items.

    Args:
        a: the first rater's scores.
        b: the second rater's scores of the same items, in the same order.
        labels: every possible score (the scale), so that unused scores still count.
        weights: ``quadratic`` or ``linear`` disagreement weights.

    Returns:
        Kappa, or ``None`` where it is undefined (fewer than two items, or no expected
        disagreement because both raters gave one and the same score throughout).

    Raises:
        ValueError: ``a`` and ``b`` differ in length.
    """
    from sklearn.metrics import cohen_kappa_score

    if len(a) != len(b):
        raise ValueError(f"kappa needs paired scores, got {len(a)} and {len(b)}")
    if len(a) < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # undefined kappa: reported as None below
        value = cohen_kappa_score(list(a), list(b), labels=list(labels), weights=weights)
    return None if not np.isfinite(value) else float(value)


def krippendorff_alpha(
    reliability: np.ndarray,
    value_domain: Sequence[int],
    level: Literal["nominal", "ordinal", "interval", "ratio"] = "ordinal",
) -> float | None:
    """Krippendorff's alpha of a ``[raters, units]`` matrix (``nan``: not rated).

    Args:
        reliability: scores, one row per rater, one column per rated unit.
        value_domain: every possible score, in order (it matters for the ordinal distance).
        level: level of measurement.

    Returns:
        Alpha, or ``None`` where it is undefined (no unit rated twice, or a single value used).
    """
    import krippendorff

    data = np.asarray(reliability, dtype=float)
    if data.ndim != 2 or data.shape[0] < 2:
        return None
    pairable = (np.isfinite(data).sum(axis=0) >= 2).sum()
    values = np.unique(data[np.isfinite(data)])
    if pairable == 0 or values.size < 2:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        value = krippendorff.alpha(
            reliability_data=data,
            value_domain=np.asarray(value_domain, dtype=float),
            level_of_measurement=level,
        )
    return None if not np.isfinite(value) else float(value)
