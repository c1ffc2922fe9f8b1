"""ROUGE-L parity with pycocoevalcap (beta 1.2) and rouge-score on real IU-Xray pairs."""

from __future__ import annotations

import random

import numpy as np
import pytest

from slava_lightning.evaluation.metrics.rouge import lcs_length, rouge_l, rouge_l_per_report
from slava_lightning.evaluation.metrics.streaming import RougeL


def test_lcs_equals_dynamic_programming():
    from pycocoevalcap.rouge.rouge import my_lcs

    rng = random.Random(0)
    for _ in range(500):
        a = [rng.choice("abcde") for _ in range(rng.randint(0, 90))]
        b = [rng.choice("abcdef") for _ in range(rng.randint(0, 90))]
        assert lcs_length(a, b) == my_lcs(a, b)


def test_coco_convention_equals_pycocoevalcap(iu_pairs):
    from pycocoevalcap.rouge.rouge import Rouge

    preds, refs = iu_pairs
    gts = {i: [r] for i, r in enumerate(refs)}
    res = {i: [p] for i, p in enumerate(preds)}
    mean, per = Rouge().compute_score(gts, res)
    np.testing.assert_allclose(rouge_l_per_report(preds, refs, "coco"), per, rtol=0, atol=1e-12)
    assert rouge_l(preds, refs, "coco") == pytest.approx(mean, abs=1e-12)


def test_rouge_score_convention_equals_rouge_score(iu_pairs):
    from rouge_score import rouge_scorer

    preds, refs = iu_pairs
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    expected = [scorer.score(r, p)["rougeL"].fmeasure for p, r in zip(preds, refs, strict=True)]
    ours = rouge_l_per_report(preds, refs, "rouge_score")
    np.testing.assert_allclose(ours, expected, rtol=0, atol=1e-12)


def test_hand_values():
    # LCS("a b c", "a c") = 2: P = 2/3, R = 1 -> F1 = 0.8; beta 1.2: 2.44 * P * R / (R + 1.44 P)
    assert rouge_l(["a b c"], ["a c"], "rouge_score") == pytest.approx(0.8)
    p, r = 2 / 3, 1.0
    assert rouge_l(["a b c"], ["a c"], "coco") == pytest.approx(2.44 * p * r / (r + 1.44 * p))


def test_metric_class_and_errors(iu_pairs):
    preds, refs = iu_pairs
    metric = RougeL("rouge_score")
    metric.update(preds[:200], refs[:200])
    metric.update(preds[200:], refs[200:])
    assert metric.compute().item() == pytest.approx(rouge_l(preds, refs, "rouge_score"), abs=1e-12)
    with pytest.raises(ValueError, match="convention"):
        RougeL("rouge1")
    with pytest.raises(ValueError, match="convention"):
        rouge_l(["a"], ["a"], "bleu")
