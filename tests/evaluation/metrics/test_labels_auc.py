"""CheXpert-label AUC (R2Gen convention) and paired bootstrap intervals."""

from __future__ import annotations

import math

import numpy as np
import pytest

from slava_lightning.evaluation.metrics.bootstrap import bootstrap_ci, bootstrap_indices
from slava_lightning.evaluation.metrics.labels_auc import (
    OBSERVATIONS,
    binarize_labels,
    label_auc,
)
from slava_lightning.evaluation.metrics.streaming import LabelAUC


def _labels(seed: int, n: int = 40) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.choice([1.0, 0.0, -1.0, np.nan], size=(n, len(OBSERVATIONS)))


def test_auc_equals_sklearn_on_binarised_labels():
    from sklearn.metrics import roc_auc_score

    pred, ref = _labels(0), _labels(1)
    ref[:, 3] = 0.0  # a single class in the references -> NaN
    aucs = label_auc(pred, ref)
    gt, pr = (np.nan_to_num(ref) == 1).astype(int), (np.nan_to_num(pred) == 1).astype(int)
    for i, name in enumerate(OBSERVATIONS):
        if i == 3:
            assert math.isnan(aucs[name])
        else:
            assert aucs[name] == pytest.approx(roc_auc_score(gt[:, i], pr[:, i]))
            tpr = (gt[:, i] & pr[:, i]).sum() / gt[:, i].sum()
            tnr = ((1 - gt[:, i]) & (1 - pr[:, i])).sum() / (1 - gt[:, i]).sum()
            assert aucs[name] == pytest.approx((tpr + tnr) / 2)
    values = [aucs[n] for n in OBSERVATIONS if not math.isnan(aucs[n])]
    assert aucs["mean"] == pytest.approx(np.mean(values))


def test_uncertain_and_blank_are_negative():
    assert binarize_labels([[1, 0, -1, np.nan] + [0] * 10]).tolist() == [[1] + [0] * 13]


def test_metric_class_equals_function():
    pred, ref = _labels(2), _labels(3)
    metric = LabelAUC()
    metric.update(pred[:25], ref[:25])
    metric.update(pred[25:], ref[25:])
    assert metric.compute().item() == pytest.approx(label_auc(pred, ref)["mean"])


def test_bad_labels():
    with pytest.raises(ValueError, match="shape"):
        label_auc(np.zeros((3, 13)), np.zeros((3, 13)))
    bad = np.zeros((2, 14))
    bad[1, 5] = 2
    with pytest.raises(ValueError, match=r"reference\[1, 5\] = 2.0"):
        label_auc(np.zeros((2, 14)), bad)


def test_bootstrap_is_seeded_paired_and_covers_the_mean():
    rng = np.random.default_rng(0)
    scores = rng.random(200)
    other = scores * 0.5

    def mean(values):
        return lambda idx: values[idx].mean(axis=1)

    a = bootstrap_ci(mean(scores), 200, n_resamples=500, seed=7)
    b = bootstrap_ci(mean(scores), 200, n_resamples=500, seed=7)
    c = bootstrap_ci(mean(other), 200, n_resamples=500, seed=7)
    assert a == b
    assert a.low < scores.mean() < a.high
    # paired draws: a metric that is exactly half the other has exactly half the interval
    assert (c.low, c.high) == pytest.approx((a.low / 2, a.high / 2))
    np.testing.assert_array_equal(bootstrap_indices(5, 3, 1), bootstrap_indices(5, 3, 1))
    with pytest.raises(ValueError, match="n_resamples"):
        bootstrap_indices(5, 0)
    with pytest.raises(ValueError, match="confidence"):
        bootstrap_ci(mean(scores), 200, n_resamples=10, confidence=1.5)
