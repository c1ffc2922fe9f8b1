"""CheXpert-label AUC over the 14 observations in the R2Gen ``compute_ce`` convention.

Labels are the labeler's 1 / 0 / -1 / blank. Blank (NaN) and uncertain (-1) both count as
negative; each observation's AUC is sklearn's ``roc_auc_score`` of the reference labels against the
(binary) predicted labels, i.e. (TPR + TNR) / 2. Where the references hold a single class the AUC
is undefined and reported as NaN; the mean skips NaNs.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np

from slava_lightning.observations import CHEXPERT_OBSERVATIONS

__all__ = ["OBSERVATIONS", "binarize_labels", "label_auc"]

OBSERVATIONS: tuple[str, ...] = CHEXPERT_OBSERVATIONS


def binarize_labels(
    labels: np.ndarray | Sequence[Sequence[float]], name: str = "labels"
) -> np.ndarray:
    """Map labeler output (1, 0, -1, NaN) to 1 / 0: only positive mentions are positive."""
    arr = np.asarray(labels, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[1] != len(OBSERVATIONS):
        raise ValueError(f"{name} must have shape [N, {len(OBSERVATIONS)}], got {arr.shape}")
    bad = ~np.isnan(arr) & ~np.isin(arr, (1.0, 0.0, -1.0))
    if bad.any():
        row, col = np.argwhere(bad)[0]
        raise ValueError(f"{name}[{row}, {col}] = {arr[row, col]} is not one of 1, 0, -1, NaN")
    return (np.nan_to_num(arr, nan=0.0) == 1.0).astype(np.int64)


def label_auc(
    predicted: np.ndarray | Sequence[Sequence[float]],
    reference: np.ndarray | Sequence[Sequence[float]],
) -> dict[str, float]:
    """Per-observation AUC and their NaN-skipping mean (key ``"mean"``)."""
    from sklearn.metrics import roc_auc_score

    pred = binarize_labels(predicted, "predicted")
    gt = binarize_labels(reference, "reference")
    if pred.shape != gt.shape:
        raise ValueError(f"predicted {pred.shape} and reference {gt.shape} label shapes differ")
    out: dict[str, float] = {}
    for i, name in enumerate(OBSERVATIONS):
        if len(np.unique(gt[:, i])) < 2:
            out[name] = float("nan")
        else:
            out[name] = float(roc_auc_score(gt[:, i], pred[:, i]))
    values = np.array(list(out.values()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        out["mean"] = float(np.nanmean(values)) if not np.isnan(values).all() else float("nan")
    return out
