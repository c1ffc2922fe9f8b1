"""BLEU parity with pycocoevalcap, NLTK and fast-bleu on real IU-Xray report pairs."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from slava_lightning.evaluation.metrics.bleu import (
    coco_bleu,
    coco_bleu_from_stats,
    coco_bleu_per_report,
    coco_bleu_stats,
    cxr_bleu2,
    cxr_bleu2_per_report,
)
from slava_lightning.evaluation.metrics.streaming import CocoBLEU, CxrBLEU2, RougeL
from slava_lightning.evaluation.metrics.tokenize import cxr_metric_tokens


def _coco(preds, refs):
    from pycocoevalcap.bleu.bleu import Bleu

    gts = {i: [r] for i, r in enumerate(refs)}
    res = {i: [p] for i, p in enumerate(preds)}
    return Bleu(4).compute_score(gts, res, verbose=0)


def test_corpus_and_per_report_equal_pycocoevalcap(iu_pairs):
    preds, refs = iu_pairs
    ref_corpus, ref_per = _coco(preds, refs)
    corpus, per = coco_bleu_per_report(preds, refs)
    np.testing.assert_allclose(corpus, ref_corpus, rtol=0, atol=1e-12)
    np.testing.assert_allclose(per, ref_per, rtol=0, atol=1e-12)
    assert coco_bleu(preds, refs) == corpus


def test_multiple_references_equal_pycocoevalcap(iu_pairs):
    from pycocoevalcap.bleu.bleu import Bleu

    preds, refs = iu_pairs
    multi = [[refs[i], refs[(i + 7) % len(refs)]] for i in range(len(refs))]
    gts = dict(enumerate(multi))
    res = {i: [p] for i, p in enumerate(preds)}
    expected, _ = Bleu(4).compute_score(gts, res, verbose=0)
    np.testing.assert_allclose(coco_bleu(preds, multi), expected, rtol=0, atol=1e-12)


def test_cxr_bleu2_equals_nltk_method1(iu_pairs):
    from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu

    preds, refs = iu_pairs
    smooth = SmoothingFunction().method1
    expected = [
        sentence_bleu(
            [cxr_metric_tokens(r)],
            cxr_metric_tokens(p),
            weights=(0.5, 0.5),
            smoothing_function=smooth,
        )
        for p, r in zip(preds, refs, strict=True)
    ]
    ours = cxr_bleu2_per_report(preds, refs)
    np.testing.assert_allclose(ours, expected, rtol=0, atol=1e-12)
    assert cxr_bleu2(preds, refs) == pytest.approx(math.fsum(expected) / len(expected), abs=1e-12)


def test_cxr_bleu2_equals_fast_bleu(iu_pairs):
    fast_bleu = pytest.importorskip("fast_bleu", reason="fast-bleu is not installed")
    preds, refs = iu_pairs
    expected, ours = [], []
    for p, r, value in zip(preds, refs, cxr_bleu2_per_report(preds, refs), strict=True):
        hyp = cxr_metric_tokens(p)
        if not hyp:  # fast-bleu does not define BLEU for an empty hypothesis
            continue
        scorer = fast_bleu.BLEU([cxr_metric_tokens(r)], {"bleu2": (0.5, 0.5)})
        expected.append(scorer.get_score([hyp])["bleu2"][0])
        ours.append(value)
    np.testing.assert_allclose(ours, expected, rtol=0, atol=1e-9)


def test_hand_computed_values():
    # hyp "a b c d" vs ref "a b x d e": 3/4 unigrams, 1/3 bigrams; hyp shorter -> BP exp(1 - 5/4)
    tiny, small = 1e-15, 1e-9
    p1 = (3 + tiny) / (4 + small)
    p2 = (1 + tiny) / (3 + small)
    bp = math.exp(1 - 1 / ((4 + tiny) / (5 + small)))
    b1, b2 = coco_bleu(["a b c d"], ["a b x d e"], n=2)
    assert b1 == pytest.approx(p1 * bp, abs=1e-12)
    assert b2 == pytest.approx((p1 * p2) ** 0.5 * bp, abs=1e-12)
    # NLTK method 1: no bigram match -> 0.1 / 1 for the bigram precision
    assert cxr_bleu2_per_report(["a b"], ["a c"])[0] == pytest.approx((0.5 * 0.1) ** 0.5)


def test_torchmetrics_classes_accumulate_like_functions(iu_pairs):
    preds, refs = iu_pairs
    metric, bleu2 = CocoBLEU(), CxrBLEU2()
    for start in range(0, len(preds), 128):
        metric.update(preds[start : start + 128], refs[start : start + 128])
        bleu2.update(preds[start : start + 128], refs[start : start + 128])
    np.testing.assert_allclose(metric.compute().numpy(), coco_bleu(preds, refs), atol=1e-12)
    assert bleu2.compute().item() == pytest.approx(cxr_bleu2(preds, refs), abs=1e-12)


def test_stats_resum_to_corpus(iu_pairs):
    preds, refs = iu_pairs
    stats = coco_bleu_stats(preds, refs)
    np.testing.assert_allclose(coco_bleu_from_stats(stats.sum(axis=0)), coco_bleu(preds, refs))


def test_bad_arguments():
    with pytest.raises(ValueError, match="differ in length"):
        coco_bleu(["a"], ["a", "b"])
    with pytest.raises(ValueError, match="not one string"):
        coco_bleu("a b", "a b")
    with pytest.raises(ValueError, match="n must be"):
        coco_bleu(["a"], ["a"], n=0)
    with pytest.raises(ValueError, match=r"references\[0\]"):
        cxr_bleu2_per_report(["a"], [[]])


def test_states_reduce_like_a_single_process(iu_pairs):
    """Merging per-process states (sum / cat reductions) gives the single-process value."""
    preds, refs = iu_pairs
    half = len(preds) // 2
    for make in (CocoBLEU, CxrBLEU2, RougeL):
        a, b, whole = make(), make(), make()
        a.update(preds[:half], refs[:half])
        b.update(preds[half:], refs[half:])
        whole.update(preds, refs)
        a.merge_state(b)
        torch.testing.assert_close(a.compute(), whole.compute(), rtol=0, atol=1e-12)


def test_coco_bleu2_matches_nltk_corpus_bleu(iu_pairs):
    # metrics.md: coco BLEU-2 and nltk corpus_bleu BLEU-2 agree (up to pycocoevalcap's epsilons)
    from nltk.translate.bleu_score import corpus_bleu

    # NLTK counts max(1, n-grams) per sentence, so hypotheses shorter than 2 tokens differ
    kept = [(p, r) for p, r in zip(*iu_pairs, strict=True) if len(p.split()) >= 2]
    preds, refs = [p for p, _ in kept], [r for _, r in kept]
    nltk_b2 = corpus_bleu([[r.split()] for r in refs], [p.split() for p in preds], (0.5, 0.5))
    assert coco_bleu(preds, refs, n=2)[1] == pytest.approx(nltk_b2, abs=1e-6)
